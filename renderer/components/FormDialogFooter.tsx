/**
 * The footer of a dialog that runs one action from a form: Cancel + the action while
 * choosing, nothing clickable but Cancel-disabled while it runs, then a single Done.
 */
export function FormDialogFooter(props: {
  formId: string;
  action: string;
  busy: boolean;
  done: boolean;
  onClose: () => void;
  /** Extra reasons to keep the action disabled (e.g. no file chosen yet). */
  actionDisabled?: boolean;
}) {
  const { formId, action, busy, done, onClose, actionDisabled = false } = props;
  return (
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
          <button type="submit" form={formId} className="primary" disabled={busy || actionDisabled}>
            {action}
          </button>
        </>
      )}
    </div>
  );
}
