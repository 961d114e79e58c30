import { type KeyboardEvent, type RefObject, useEffect } from 'react';

const FOCUSABLE =
  'a[href], button:not(:disabled), input:not(:disabled), select:not(:disabled), textarea:not(:disabled), summary, [tabindex]:not([tabindex="-1"])';

/**
 * Modal focus: focus moves into the dialog when it opens, Tab and Shift+Tab
 * cycle inside it, Escape asks to close, and focus returns to where it was.
 */
export function useDialogFocus(ref: RefObject<HTMLElement | null>, onEscape: () => void) {
  useEffect(() => {
    const before = document.activeElement as HTMLElement | null;
    const first = ref.current?.querySelector<HTMLElement>('[data-autofocus]') ?? ref.current;
    first?.focus();
    return () => {
      if (before?.isConnected) before.focus();
    };
  }, [ref]);

  return (e: KeyboardEvent<HTMLElement>) => {
    if (e.key === 'Escape') {
      e.preventDefault();
      e.stopPropagation();
      onEscape();
      return;
    }
    if (e.key !== 'Tab' || !ref.current) return;
    const items = [...ref.current.querySelectorAll<HTMLElement>(FOCUSABLE)].filter((el) => !el.closest('[hidden]'));
    const [head, tail] = [items[0], items[items.length - 1]];
    if (!head || !tail) return;
    const active = document.activeElement;
    if (e.shiftKey && (active === head || active === ref.current)) {
      e.preventDefault();
      tail.focus();
    } else if (!e.shiftKey && active === tail) {
      e.preventDefault();
      head.focus();
    }
  };
}
