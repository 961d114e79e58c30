// The views of an open project, in top-bar order. Codebook, Compare, Themes and
// Analysis join this list as they are built.
export const views = [{ id: 'documents', label: 'Documents' }] as const;

export type ViewId = (typeof views)[number]['id'];
