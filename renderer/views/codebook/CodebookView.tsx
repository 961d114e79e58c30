// Placeholder until this view is built; replaced by its own module.
export function CodebookView() {
  return <div className="view-placeholder">Codebook is being built.</div>;
}
