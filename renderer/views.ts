// The views of an open project, in top-bar order.
export const views = [
  { id: 'documents', label: 'Documents' },
  { id: 'codebook', label: 'Codebook' },
  { id: 'compare', label: 'Compare' },
  { id: 'themes', label: 'Themes' },
  { id: 'analysis', label: 'Analysis' },
] as const;

export type ViewId = (typeof views)[number]['id'];
