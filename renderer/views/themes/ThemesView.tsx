// Placeholder until this view is built; replaced by its own module.
export function ThemesView() {
  return <div className="view-placeholder">Themes is being built.</div>;
}
