import { type ReactNode, useCallback, useId, useRef } from 'react';
import { useDialogFocus } from './import/useDialogFocus';
import './extras.css';

/**
 * The frame of a dialog that runs one action from a form (merge a copy, REFI-QDA
 * export/import, codebook files): title and close button, an introduction, the
 * caller's form and results, the error sentence, and a footer with Cancel + the
 * action while choosing, then a single Done. While the action runs nothing can
 * close it: Escape, ✕ and Cancel wait.
 */
export function FormDialog(props: {
  title: string;
  intro: ReactNode;
  /** Changes when a step replaces the focused control (see useDialogFocus). */
  step: string;
  busy: boolean;
  done: boolean;
  formId: string;
  action: string;
  /** Extra reasons to keep the action disabled (e.g. no file chosen yet). */
  actionDisabled?: boolean;
  error: string | null;
  errorId: string;
  className?: string;
  onClose(): void;
  children: ReactNode;
}) {
  const { busy, done, onClose } = props;
  const ref = useRef<HTMLDivElement>(null);
  const ids = { title: useId(), intro: useId() };
  const onEscape = useCallback(() => !busy && onClose(), [busy, onClose]);
  useDialogFocus(ref, onEscape, props.step);

  return (
    <div className="modal-backdrop">
      <div
        ref={ref}
        className={`modal merge-dialog${props.className ? ` ${props.className}` : ''}`}
        role="dialog"
        aria-modal="true"
        aria-labelledby={ids.title}
        aria-describedby={ids.intro}
        tabIndex={-1}
      >
        <div className="modal-header">
          <h2 id={ids.title}>{props.title}</h2>
          <span className="topbar-spacer" />
          <button type="button" className="icon-button" aria-label="Close" onClick={onClose} disabled={busy}>
            ✕
          </button>
        </div>
        <div className="modal-body">
          <p id={ids.intro}>{props.intro}</p>
          {props.children}
          {props.error && (
            <p id={props.errorId} className="error-text" role="alert">
              {props.error}
            </p>
          )}
        </div>
        <div className="modal-footer">
          <span className="topbar-spacer" />
          {done ? (
            <button type="button" className="primary" data-step-focus onClick={onClose}>
              Done
            </button>
          ) : (
            <>
              <button type="button" onClick={onClose} disabled={busy}>
                Cancel
              </button>
              <button type="submit" form={props.formId} className="primary" disabled={busy || (props.actionDisabled ?? false)}>
                {props.action}
              </button>
            </>
          )}
        </div>
      </div>
    </div>
  );
}
