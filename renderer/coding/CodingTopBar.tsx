import { useRef } from 'react';
import type { ViewId } from '../views';
import { useStore } from '../store';
import { CoderMenu } from './CoderMenu';
import { SearchPanel } from './SearchPanel';
import { UndoButtons } from './UndoButtons';
import { useCodingShortcuts } from './useCodingShortcuts';
import './topbar.css';

/** The top bar's coding controls: global search, undo/redo, the active coder and blind mode. */
export function CodingTopBar({ onView }: { onView(view: ViewId): void }) {
  const input = useRef<HTMLInputElement>(null);
  const query = useStore((s) => s.searchQuery);
  const setQuery = useStore((s) => s.setSearchQuery);
  const runSearch = useStore((s) => s.runSearch);
  const open = useStore((s) => s.searchOpen);
  useCodingShortcuts(input);

  return (
    <div className="coding-topbar">
      <form
        role="search"
        className="topbar-search"
        onSubmit={(e) => {
          e.preventDefault();
          void runSearch();
        }}
      >
        <input
          ref={input}
          type="search"
          aria-label="Search documents"
          placeholder="Search…"
          title="Search all documents (Ctrl+F)"
          aria-keyshortcuts="Control+F Meta+F"
          value={query}
          onChange={(e) => setQuery(e.target.value)}
        />
      </form>
      <UndoButtons />
      <CoderMenu />
      {open && <SearchPanel onView={onView} searchInput={input} />}
    </div>
  );
}
