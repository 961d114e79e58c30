import { type RefObject, useEffect } from 'react';
import { useStoreApi } from '../store';

/** Keys typed into a field belong to the field: undo there is the field's own undo. */
export function isTextEntry(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false;
  if (target.isContentEditable || target instanceof HTMLTextAreaElement || target instanceof HTMLSelectElement) return true;
  return target instanceof HTMLInputElement && !['checkbox', 'radio', 'button', 'submit', 'range', 'color'].includes(target.type);
}

/** Ctrl/Cmd+Z undo, Ctrl/Cmd+Shift+Z or Ctrl+Y redo, Ctrl/Cmd+F search — anywhere in the project window. */
export function useCodingShortcuts(searchInput: RefObject<HTMLInputElement | null>): void {
  const store = useStoreApi();
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if (!(e.ctrlKey || e.metaKey) || e.altKey) return;
      const key = e.key.toLowerCase();
      if (key === 'f' && !e.shiftKey) {
        e.preventDefault();
        searchInput.current?.focus();
        searchInput.current?.select();
        return;
      }
      if (isTextEntry(e.target)) return;
      if (key === 'z' || (key === 'y' && !e.shiftKey)) {
        e.preventDefault();
        if (key === 'z' && !e.shiftKey) void store.getState().undo();
        else void store.getState().redo();
      }
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [store, searchInput]);
}
