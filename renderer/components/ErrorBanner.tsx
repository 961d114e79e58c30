import { useStore } from '../store';

/** The one place errors surface; role="alert" so screen readers announce them. */
export function ErrorBanner() {
  const error = useStore((s) => s.error);
  const dismiss = useStore((s) => s.dismissError);
  if (!error) return null;
  return (
    <div role="alert" className="error-banner">
      <span className="error-banner-message">{error}</span>
      <button type="button" className="error-banner-dismiss" onClick={dismiss}>
        Dismiss
      </button>
    </div>
  );
}
