// UUIDs as row keys, so two coders' copies of a project merge without collisions.
export const newId = (): string => globalThis.crypto.randomUUID();
export const nowIso = (): string => new Date().toISOString();
