// Recently opened projects, kept in a small JSON file in the user's config folder
// (Electron's userData, or ~/.config/qualia for the browser host and CLI).
import { existsSync, mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { homedir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import type { RecentProject } from '../shared/api/schemas';

const LIMIT = 12;

export interface RecentStore {
  list(): RecentProject[];
  add(path: string, name: string): void;
}

export function defaultConfigDir(): string {
  if (process.env.QUALIA_CONFIG_DIR) return process.env.QUALIA_CONFIG_DIR;
  const base = process.env.XDG_CONFIG_HOME || join(homedir(), '.config');
  return join(base, 'qualia');
}

export function fileRecentStore(file = join(defaultConfigDir(), 'recent.json')): RecentStore {
  const read = (): Omit<RecentProject, 'exists'>[] => {
    try {
      const parsed = JSON.parse(readFileSync(file, 'utf8')) as unknown;
      return Array.isArray(parsed) ? (parsed as Omit<RecentProject, 'exists'>[]) : [];
    } catch {
      return []; // a missing or damaged list is not worth failing over
    }
  };
  return {
    list: () => read().map((r) => ({ ...r, exists: existsSync(r.path) })),
    add(path, name) {
      const abs = resolve(path);
      const next = [{ path: abs, name, openedAt: new Date().toISOString() }, ...read().filter((r) => r.path !== abs)].slice(0, LIMIT);
      try {
        mkdirSync(dirname(file), { recursive: true });
        const tmp = `${file}.tmp`;
        writeFileSync(tmp, JSON.stringify(next, null, 2));
        renameSync(tmp, file);
      } catch {
        // Read-only home: recents are a convenience, opening the project still works.
      }
    },
  };
}

export function memoryRecentStore(): RecentStore {
  let items: Omit<RecentProject, 'exists'>[] = [];
  return {
    list: () => items.map((r) => ({ ...r, exists: existsSync(r.path) })),
    add(path, name) {
      const abs = resolve(path);
      items = [{ path: abs, name, openedAt: new Date().toISOString() }, ...items.filter((r) => r.path !== abs)].slice(0, LIMIT);
    },
  };
}
