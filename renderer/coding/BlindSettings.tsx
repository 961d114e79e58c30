import { useStore } from '../store';
import './inspector.css';

/** Blind coding: the owner's switch (the first to turn it on becomes owner) and Reveal. */
export function BlindSettings() {
  const settings = useStore((s) => s.projectSettings);
  const coders = useStore((s) => s.coders);
  const activeId = useStore((s) => s.activeCoderId);
  const update = useStore((s) => s.updateSettings);
  const owner = coders.find((c) => c.id === settings.ownerCoderId);
  const active = coders.find((c) => c.id === activeId);
  const mayChange = !!activeId && (settings.ownerCoderId === null || settings.ownerCoderId === activeId);

  return (
    <fieldset className="blind-settings">
      <legend>Blind coding</legend>
      <p className="muted">Each coder sees only their own codings, and Compare stays locked, until the owner reveals them.</p>
      <p>
        Owner: <strong>{owner?.name ?? 'none yet'}</strong>
        {settings.blind && <> · {settings.revealed ? 'revealed' : 'codings hidden'}</>}
      </p>
      {mayChange ? (
        <div className="button-row">
          <label className="toggle">
            <input
              type="checkbox"
              checked={settings.blind}
              onChange={(e) => void update({ blind: e.target.checked, revealed: false, ownerCoderId: settings.ownerCoderId ?? activeId })}
            />{' '}
            Blind mode{settings.ownerCoderId === null && active ? ` (${active.name} becomes the owner)` : ''}
          </label>
          {settings.blind && !settings.revealed && (
            <button type="button" className="pane-action primary" onClick={() => void update({ revealed: true })}>
              Reveal all codings
            </button>
          )}
        </div>
      ) : (
        <p className="muted">Only {owner?.name ?? 'the owner'} can change this.</p>
      )}
    </fieldset>
  );
}
