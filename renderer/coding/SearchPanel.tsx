import { type KeyboardEvent, type RefObject, useId, useMemo } from 'react';
import type { SearchHit } from '../../shared/api/schemas';
import { useStore } from '../store';
import type { SearchMode } from '../store/searchSlice';
import type { ViewId } from '../views';
import { AutoCodePanel } from './AutoCodePanel';

const modes: { id: SearchMode; label: string }[] = [
  { id: 'words', label: 'All words' },
  { id: 'phrase', label: 'Phrase' },
  { id: 'prefix', label: 'Word starts' },
  { id: 'regex', label: 'Regular expression' },
];

/** Search results grouped by document; a click or Enter opens the document at the hit. */
export function SearchPanel({ onView, searchInput }: { onView(view: ViewId): void; searchInput: RefObject<HTMLInputElement | null> }) {
  const hits = useStore((s) => s.searchHits);
  const mode = useStore((s) => s.searchMode);
  const setMode = useStore((s) => s.setSearchMode);
  const runSearch = useStore((s) => s.runSearch);
  const searching = useStore((s) => s.searching);
  const error = useStore((s) => s.searchError);
  const close = useStore((s) => s.closeSearch);
  const jumpTo = useStore((s) => s.jumpTo);
  const query = useStore((s) => s.searchQuery);
  const titleId = useId();

  const groups = useMemo(() => {
    const map = new Map<string, SearchHit[]>();
    for (const h of hits ?? []) map.set(h.documentName, [...(map.get(h.documentName) ?? []), h]);
    return [...map];
  }, [hits]);

  const open = (hit: SearchHit) => {
    onView('documents');
    void jumpTo(hit);
  };
  const onKeyDown = (e: KeyboardEvent) => {
    if (e.key !== 'Escape') return;
    e.stopPropagation();
    close();
    searchInput.current?.focus();
  };

  return (
    <aside className="search-panel" aria-labelledby={titleId} onKeyDown={onKeyDown}>
      <div className="pane-head">
        <h2 id={titleId} className="pane-title">
          Search
        </h2>
        <button type="button" className="icon-button" aria-label="Close search" onClick={close}>
          ×
        </button>
      </div>
      <div className="search-options">
        <label>
          Match{' '}
          <select
            value={mode}
            onChange={(e) => {
              setMode(e.target.value as SearchMode);
              void runSearch();
            }}
          >
            {modes.map((m) => (
              <option key={m.id} value={m.id}>
                {m.label}
              </option>
            ))}
          </select>
        </label>
        <span className="muted" role="status">
          {searching ? 'Searching…' : hits ? `${hits.length} hit${hits.length === 1 ? '' : 's'}${hits.length >= 500 ? ' (first 500)' : ''}` : query ? '' : 'Type in the search box and press Enter.'}
        </span>
      </div>
      {error && <p className="error-text">{error}</p>}
      <div className="search-results">
        {groups.map(([name, list]) => (
          <section key={name} className="search-group">
            <h3>
              {name} <span className="muted">({list.length})</span>
            </h3>
            <ul>
              {list.map((h) => (
                <li key={`${h.documentId}-${h.start}`}>
                  <button type="button" className="search-hit" data-testid="search-hit" onClick={() => open(h)}>
                    <span className="muted">…{h.before.replace(/\s+/g, ' ').slice(-50)}</span>
                    <mark>{h.match}</mark>
                    <span className="muted">{h.after.replace(/\s+/g, ' ').slice(0, 50)}…</span>
                  </button>
                </li>
              ))}
            </ul>
          </section>
        ))}
      </div>
      {hits && hits.length > 0 && <AutoCodePanel />}
    </aside>
  );
}
