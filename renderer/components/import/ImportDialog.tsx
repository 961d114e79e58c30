import { type KeyboardEvent, useCallback, useId, useRef } from 'react';
import { useStore } from '../../store';
import type { ImportTab } from '../../store/importSlice';
import { ParticipantsAction, ParticipantsTab } from './ParticipantsTab';
import { TranscriptsAction, TranscriptsTab } from './TranscriptsTab';
import { useDialogFocus } from './useDialogFocus';

const TABS: { id: ImportTab; label: string }[] = [
  { id: 'transcripts', label: 'Transcripts' },
  { id: 'participants', label: 'Participants' },
];

export function ImportDialog() {
  const open = useStore((s) => s.importOpen);
  return open ? <ImportDialogBox /> : null;
}

function ImportDialogBox() {
  const tab = useStore((s) => s.importTab);
  const setTab = useStore((s) => s.setImportTab);
  const close = useStore((s) => s.closeImport);
  const cancel = useStore((s) => s.cancelImport);
  const busy = useStore(
    (s) => ['reading', 'importing'].includes(s.importPhase) || ['checking', 'applying'].includes(s.participantsPhase),
  );
  const step = useStore((s) => (s.importTab === 'transcripts' ? s.importPhase : `participants-${s.participantsPhase}`));
  const finished = useStore((s) => (s.importTab === 'transcripts' ? s.importPhase === 'done' : s.participantsPhase === 'applied'));
  const ref = useRef<HTMLDivElement>(null);
  const tabRefs = useRef<Partial<Record<ImportTab, HTMLButtonElement | null>>>({});
  const ids = { title: useId(), panel: useId(), tab: useId() };
  // Escape never abandons a running batch silently: it asks it to stop instead.
  const onEscape = useCallback(() => (busy ? cancel() : close()), [busy, cancel, close]);
  useDialogFocus(ref, onEscape, step);

  const onTabKey = (e: KeyboardEvent<HTMLDivElement>) => {
    if (e.key !== 'ArrowLeft' && e.key !== 'ArrowRight') return;
    e.preventDefault();
    const next = TABS[(TABS.findIndex((t) => t.id === tab) + 1) % TABS.length]!.id;
    setTab(next);
    tabRefs.current[next]?.focus();
  };

  return (
    <div
      className="modal-backdrop"
      // Files dropped beside the drop zone must not make the browser navigate to them.
      onDragOver={(e) => e.preventDefault()}
      onDrop={(e) => e.preventDefault()}
    >
      <div ref={ref} role="dialog" aria-modal="true" aria-labelledby={ids.title} className="modal import-dialog" tabIndex={-1}>
        <header className="modal-header">
          <h2 id={ids.title}>Import</h2>
          <div role="tablist" aria-label="What to import" className="tabs" onKeyDown={onTabKey}>
            {TABS.map((t) => (
              <button
                key={t.id}
                ref={(el) => {
                  tabRefs.current[t.id] = el;
                }}
                type="button"
                role="tab"
                id={`${ids.tab}-${t.id}`}
                aria-selected={t.id === tab}
                aria-controls={ids.panel}
                tabIndex={t.id === tab ? 0 : -1}
                className="tab"
                disabled={busy && t.id !== tab}
                onClick={() => setTab(t.id)}
              >
                {t.label}
              </button>
            ))}
          </div>
          <span className="topbar-spacer" />
          <button type="button" className="icon-button" aria-label="Close" onClick={close} disabled={busy}>
            ✕
          </button>
        </header>
        <div id={ids.panel} role="tabpanel" aria-labelledby={`${ids.tab}-${tab}`} className="modal-body">
          {tab === 'transcripts' ? <TranscriptsTab /> : <ParticipantsTab />}
        </div>
        <footer className="modal-footer">
          <span className="topbar-spacer" />
          {tab === 'transcripts' ? <TranscriptsAction /> : <ParticipantsAction />}
          {!finished && (
            <button type="button" onClick={close} disabled={busy}>
              Close
            </button>
          )}
        </footer>
      </div>
    </div>
  );
}
