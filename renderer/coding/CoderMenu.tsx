import { useEffect, useId, useRef, useState } from 'react';
import { useStore } from '../store';
import { isBlindHidden } from './blind';
import { BlindSettings } from './BlindSettings';
import { LockIcon } from './LockIcon';

/**
 * The active coder, always visible in the top bar as "Ana ▾" with the blind-mode
 * state beside it; the menu switches coder, adds one, and holds the blind settings.
 */
export function CoderMenu() {
  const coders = useStore((s) => s.coders);
  const activeId = useStore((s) => s.activeCoderId);
  const settings = useStore((s) => s.projectSettings);
  const setActiveCoder = useStore((s) => s.setActiveCoder);
  const addCoder = useStore((s) => s.addCoder);
  const [open, setOpen] = useState(false);
  const [name, setName] = useState('');
  const button = useRef<HTMLButtonElement>(null);
  const panel = useRef<HTMLDivElement>(null);
  const id = useId();
  const people = coders.filter((c) => c.kind === 'person');
  const active = coders.find((c) => c.id === activeId);
  const hidden = isBlindHidden(settings);

  const close = () => {
    setOpen(false);
    button.current?.focus();
  };
  useEffect(() => {
    if (open) panel.current?.querySelector<HTMLInputElement>('input:checked, input')?.focus();
  }, [open]);

  return (
    <span className="coder-menu">
      <button
        ref={button}
        type="button"
        className="coder-button"
        aria-haspopup="dialog"
        aria-expanded={open}
        aria-label={`Coder: ${active?.name ?? 'none'}${hidden ? ', blind coding on' : ''}`}
        title="Who is coding: every excerpt and memo records it"
        onClick={() => setOpen(!open)}
      >
        <span className="coder-dot" style={{ backgroundColor: active?.colour ?? 'transparent' }} aria-hidden="true" />
        <span data-testid="active-coder">{active?.name ?? 'No coder'}</span> ▾
      </button>
      {settings.blind && (
        <span className={hidden ? 'blind-badge on' : 'blind-badge'} data-testid="blind-state" title={hidden ? 'Blind coding: you see only your own codings' : 'Blind coding, revealed'}>
          <LockIcon open={!hidden} />
          {hidden ? 'blind' : 'revealed'}
        </span>
      )}
      {open && (
        <div ref={panel} className="topbar-popover coder-popover" role="dialog" aria-label="Coder and blind coding" onKeyDown={(e) => e.key === 'Escape' && close()}>
          <fieldset>
            <legend>Coding as</legend>
            {people.length === 0 && <p className="muted">No coders yet: add yourself below.</p>}
            {people.map((c) => (
              <label key={c.id} className="toggle coder-choice">
                <input type="radio" name={`${id}-coder`} checked={c.id === activeId} onChange={() => setActiveCoder(c.id)} />
                <span className="coder-dot" style={{ backgroundColor: c.colour }} aria-hidden="true" />
                {c.name}
              </label>
            ))}
          </fieldset>
          <form
            className="add-coder"
            onSubmit={async (e) => {
              e.preventDefault();
              if (name.trim() && (await addCoder(name.trim()))) setName('');
            }}
          >
            <input type="text" aria-label="New coder's name" placeholder="Add coder…" value={name} onChange={(e) => setName(e.target.value)} />
            <button type="submit" className="pane-action" disabled={!name.trim()}>
              Add coder
            </button>
          </form>
          <BlindSettings />
          <button type="button" className="link-button" onClick={close}>
            Close
          </button>
        </div>
      )}
    </span>
  );
}
