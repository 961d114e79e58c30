import type { ProjectSettings } from '../../shared/api/schemas';

export const noSettings: ProjectSettings = { blind: false, revealed: false, ownerCoderId: null };

/** Blind and not yet revealed: each coder sees only their own codings (and Compare stays locked). */
export const isBlindHidden = (s: ProjectSettings) => s.blind && !s.revealed;
