// Placeholder until this view is built; replaced by its own module.
export function AnalysisView() {
  return <div className="view-placeholder">Analysis is being built.</div>;
}
