// Which host we run in, which project is open, and the ways to open, create and
// close one. Loading the project's contents is the documents slice's job.
import type { StateCreator } from 'zustand/vanilla';
import type { HostInfo, ProjectInfo, RecentProject } from '../../shared/api/schemas';
import { attempt } from './errorSlice';
import type { Store } from './types';

export interface ProjectSlice {
  hostInfo: HostInfo | null;
  project: ProjectInfo | null;
  recent: RecentProject[];
  /** False until the first `init` has answered, so the UI can avoid flashing the start screen. */
  ready: boolean;
  /** An open/create/close is in flight; buttons use it to avoid double submits. */
  busy: boolean;
  init(): Promise<void>;
  /** Re-read the open project from the host (after a desktop menu changed it). */
  syncProject(): Promise<void>;
  refreshRecent(): Promise<void>;
  openProject(path: string): Promise<void>;
  createProject(path: string, name?: string): Promise<void>;
  /** Native dialog, then open; a cancelled dialog does nothing. */
  pickAndOpen(): Promise<void>;
  pickAndCreate(name?: string): Promise<void>;
  closeProject(): Promise<void>;
}

export const createProjectSlice: StateCreator<Store, [], [], ProjectSlice> = (set, get) => {
  const call: Store['client']['call'] = (method, input) => get().client.call(method, input);

  async function adopt(project: ProjectInfo | null): Promise<void> {
    set({ project });
    if (project) await get().loadProjectData();
    else get().clearProjectData();
  }

  // User-initiated project changes: clear a stale error first, and keep one at a time.
  async function change(body: () => Promise<void>): Promise<void> {
    if (get().busy) return;
    set({ busy: true, error: null });
    try {
      await attempt(get, body);
    } finally {
      set({ busy: false });
    }
  }

  return {
    hostInfo: null,
    project: null,
    recent: [],
    ready: false,
    busy: false,

    async init() {
      await attempt(get, async () => {
        const [hostInfo, recent, project] = await Promise.all([
          call('app.info', {}),
          call('project.recent', {}),
          // `qualia serve study.qualia` and `qualia study.qualia` start with a project open.
          call('project.current', {}),
        ]);
        set({ hostInfo, recent });
        await adopt(project);
      });
      set({ ready: true });
    },

    async syncProject() {
      await attempt(get, async () => {
        const [project, recent] = await Promise.all([call('project.current', {}), call('project.recent', {})]);
        set({ recent });
        const before = get().project;
        if (project?.id === before?.id && project?.path === before?.path) set({ project });
        else await adopt(project);
      });
    },

    async refreshRecent() {
      await attempt(get, async () => set({ recent: await call('project.recent', {}) }));
    },

    openProject(path) {
      return change(async () => adopt(await call('project.open', { path })));
    },

    createProject(path, name) {
      const trimmed = name?.trim();
      return change(async () => adopt(await call('project.create', trimmed ? { path, name: trimmed } : { path })));
    },

    pickAndOpen() {
      return change(async () => {
        const { path } = await call('project.pickFile', { mode: 'open' });
        if (path !== null) await adopt(await call('project.open', { path }));
      });
    },

    pickAndCreate(name) {
      const trimmed = name?.trim();
      return change(async () => {
        const { path } = await call('project.pickFile', { mode: 'create' });
        if (path !== null) await adopt(await call('project.create', trimmed ? { path, name: trimmed } : { path }));
      });
    },

    closeProject() {
      return change(async () => {
        await call('project.close', {});
        await adopt(null);
        // The project just closed heads the recent list now.
        set({ recent: await call('project.recent', {}) });
      });
    },
  };
};
