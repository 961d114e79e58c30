// GUIDs for REFI-QDA export.
import { createHash } from 'node:crypto';
import { isGuid } from '../../shared/refi/xml';

/**
 * Qualia's ids are UUIDs, which is what GUIDType asks for. Anything else (a row
 * written by hand, or an id we need that has no row, like an excerpt's memo) gets
 * a name-based UUID (version 5 layout over SHA-1), so exporting twice gives the
 * same GUIDs.
 */
export function derivedGuid(seed: string): string {
  const h = createHash('sha1').update(`qualia-refi:${seed}`, 'utf8').digest('hex');
  const variant = ((parseInt(h[16]!, 16) & 0x3) | 0x8).toString(16);
  return `${h.slice(0, 8)}-${h.slice(8, 12)}-5${h.slice(13, 16)}-${variant}${h.slice(17, 20)}-${h.slice(20, 32)}`;
}
export const asGuid = (id: string): string => (isGuid(id) ? id : derivedGuid(id));
