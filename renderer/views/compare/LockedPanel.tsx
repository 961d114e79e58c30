import { useState } from 'react';
import type { ProjectSettings } from '../../../shared/api/schemas';
import { useStore } from '../../store';

/** Blind coding: agreement would show each coder the other's codings, so it waits for the reveal. */
export function LockedPanel({ settings }: { settings: ProjectSettings }) {
  const coders = useStore((s) => s.compareCoders);
  const activeId = useStore((s) => s.activeCoderId);
  const updateSettings = useStore((s) => s.updateSettings);
  const [confirming, setConfirming] = useState(false);
  const owner = coders.find((c) => c.id === settings.ownerCoderId);
  const isOwner = owner !== undefined && owner.id === activeId;
  return (
    <section className="cmp-locked" aria-labelledby="cmp-locked-title" data-testid="compare-locked">
      <h2 id="cmp-locked-title">
        <span aria-hidden="true">🔒 </span>Compare is locked while coding is blind
      </h2>
      <p>
        Blind coding is on: each coder sees only their own codings, so that nobody is swayed by the others. Agreement,
        disagreements and the consensus layer would show every coder’s work, so they stay hidden until the codings are
        revealed.
      </p>
      <p>
        {owner ? (
          <>
            Only the project owner, <strong>{owner.name}</strong>, can reveal the codings, once everyone has finished coding.
          </>
        ) : (
          <>No project owner is set yet; the person who manages the project sets one and reveals the codings.</>
        )}{' '}
        Once revealed, every coder sees everyone’s codings, here and in the transcript.
      </p>
      {isOwner &&
        (confirming ? (
          <p className="cmp-reveal" role="group" aria-label="Confirm reveal">
            Reveal everyone’s codings now?{' '}
            <button type="button" className="primary" onClick={() => void updateSettings({ revealed: true })}>
              Reveal
            </button>{' '}
            <button type="button" onClick={() => setConfirming(false)}>
              Cancel
            </button>
          </p>
        ) : (
          <button type="button" onClick={() => setConfirming(true)}>
            Reveal codings…
          </button>
        ))}
    </section>
  );
}
