import { type KeyboardEvent, useId, useRef, useState } from 'react';
import { formatCount } from '../format/numbers';
import { useStore } from '../store';

/**
 * A listbox with a roving tabindex: Tab lands on one item, arrows move between
 * items, Enter or Space opens. Opening is explicit (not on focus) so arrowing
 * through a long list doesn't fetch every transcript on the way.
 */
export function DocumentList() {
  const documents = useStore((s) => s.documents);
  const selectedId = useStore((s) => s.selectedDocumentId);
  const selectDocument = useStore((s) => s.selectDocument);
  const openImport = useStore((s) => s.openImport);
  const [focusIndex, setFocusIndex] = useState<number | null>(null);
  const items = useRef<(HTMLLIElement | null)[]>([]);
  const titleId = useId();

  const selectedIndex = documents.findIndex((d) => d.id === selectedId);
  const tabStop = Math.min(focusIndex ?? Math.max(selectedIndex, 0), documents.length - 1);

  const open = (index: number) => {
    const doc = documents[index];
    if (!doc) return;
    setFocusIndex(index);
    void selectDocument(doc.id);
  };

  const onKeyDown = (e: KeyboardEvent<HTMLUListElement>) => {
    // Read the index from the focused item itself, not from state, so a programmatic
    // focus() that React hasn't seen yet still moves from the right place.
    const from = Number((e.target as HTMLElement).closest<HTMLElement>('[data-index]')?.dataset.index ?? tabStop);
    const last = documents.length - 1;
    const to = (() => {
      switch (e.key) {
        case 'ArrowDown':
          return Math.min(from + 1, last);
        case 'ArrowUp':
          return Math.max(from - 1, 0);
        case 'Home':
          return 0;
        case 'End':
          return last;
        default:
          return null;
      }
    })();
    if (to !== null) {
      e.preventDefault();
      setFocusIndex(to);
      items.current[to]?.focus();
    } else if (e.key === 'Enter' || e.key === ' ') {
      e.preventDefault();
      open(from);
    }
  };

  return (
    <section className="doc-list" aria-labelledby={titleId}>
      <div className="pane-head">
        <h2 id={titleId} className="pane-title">
          Documents
        </h2>
        <button type="button" className="pane-action" aria-keyshortcuts="Control+I Meta+I" title="Import transcripts (Ctrl+I)" onClick={() => openImport()}>
          Import…
        </button>
      </div>
      {documents.length === 0 ? (
        <p className="empty">No documents in this project yet.</p>
      ) : (
        <ul role="listbox" aria-labelledby={titleId} className="doc-items" onKeyDown={onKeyDown}>
          {documents.map((doc, i) => (
            <li
              key={doc.id}
              ref={(el) => {
                items.current[i] = el;
              }}
              role="option"
              aria-selected={doc.id === selectedId}
              tabIndex={i === tabStop ? 0 : -1}
              data-testid="doc-item"
              data-index={i}
              className="doc-item"
              onClick={() => open(i)}
              onFocus={() => setFocusIndex(i)}
            >
              <span className="doc-name">{doc.name}</span>
              <span className="doc-meta">
                {doc.case ?? 'no case'} · {formatCount(doc.characters)} characters
              </span>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
