// The active coder is per person and per project, so it lives in this browser's
// storage rather than in the shared project file.
import type { Coder } from '../../shared/api/schemas';

const key = (projectId: string) => `qualia.activeCoder.${projectId}`;

export function rememberedCoder(projectId: string): string | null {
  try {
    return globalThis.localStorage?.getItem(key(projectId)) ?? null;
  } catch {
    return null; // storage can be disabled; the first coder is a fine default
  }
}

export function rememberCoder(projectId: string, coderId: string): void {
  try {
    globalThis.localStorage?.setItem(key(projectId), coderId);
  } catch {
    // not remembered; nothing else depends on it
  }
}

/** The remembered person coder if still there, else the first person coder. */
export function chooseCoder(coders: Coder[], remembered: string | null): string | null {
  const people = coders.filter((c) => c.kind === 'person');
  return people.find((c) => c.id === remembered)?.id ?? people[0]?.id ?? null;
}
