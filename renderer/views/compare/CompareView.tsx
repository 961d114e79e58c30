// Placeholder until this view is built; replaced by its own module.
export function CompareView() {
  return <div className="view-placeholder">Compare is being built.</div>;
}
