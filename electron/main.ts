// The desktop host: one hardened window over the built renderer, and one IPC
// channel that routes contract calls to the same workspace the browser host uses.
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { app, BrowserWindow, dialog, ipcMain, Menu } from 'electron';
import { fileRecentStore } from '../db/recent';
import { fileBackupSettings } from '../db/backupSettings';
import { createWorkspace } from '../db/workspace';
import { buildMenu } from './menu';
import { routeInvoke } from './ipcRouter';
import { hardenApp, hardenSession } from './security';
import { secureWebPreferences } from './windowOptions';

const rendererIndex = join(__dirname, '..', 'renderer', 'index.html');
const rendererUrl = pathToFileURL(rendererIndex).href;
let win: BrowserWindow | null = null;

const recent = fileRecentStore(join(app.getPath('userData'), 'recent.json'));
const workspace = createWorkspace({
  host: 'electron',
  version: app.getVersion(),
  recent,
  // Per-computer settings live with the other desktop state, not in ~/.config.
  backups: fileBackupSettings(join(app.getPath('userData'), 'backups.json')),
  pickFile: async (mode, kind) => {
    const filters = {
      project: [{ name: 'Qualia project', extensions: ['qualia'] }],
      qdpx: [{ name: 'REFI-QDA project', extensions: ['qdpx'] }],
      codebook: [{ name: 'REFI-QDA codebook', extensions: ['qdc'] }, { name: 'Codebook CSV', extensions: ['csv'] }],
    }[kind];
    if (mode === 'create') {
      const defaultPath = { project: 'Untitled.qualia', qdpx: 'Export.qdpx', codebook: 'Codebook.qdc' }[kind];
      const r = win ? await dialog.showSaveDialog(win, { filters, defaultPath }) : { canceled: true, filePath: '' };
      return r.canceled || !r.filePath ? null : r.filePath;
    }
    const r = win
      ? await dialog.showOpenDialog(win, { filters, properties: ['openFile'] })
      : { canceled: true, filePaths: [] as string[] };
    return r.canceled ? null : (r.filePaths[0] ?? null);
  },
  onProjectChange: (project) => {
    win?.setTitle(project ? `${project.path.replace(/^.*[\\/]/, '')} — Qualia` : 'Qualia');
    refreshMenu();
  },
});

function notifyProjectChanged(): void {
  win?.webContents.send('qualia:event:project-changed', null);
}

async function runMenuAction(action: () => Promise<unknown>): Promise<void> {
  try {
    await action();
    notifyProjectChanged();
  } catch (err) {
    if (win) await dialog.showMessageBox(win, { type: 'error', message: (err as Error).message });
  }
}

function refreshMenu(): void {
  Menu.setApplicationMenu(
    buildMenu(recent.list(), {
      newProject: () =>
        void runMenuAction(async () => {
          const { path } = await workspace.api['project.pickFile']({ mode: 'create' });
          if (path) await workspace.api['project.create']({ path });
        }),
      openProject: () =>
        void runMenuAction(async () => {
          const { path } = await workspace.api['project.pickFile']({ mode: 'open' });
          if (path) await workspace.api['project.open']({ path });
        }),
      openRecent: (path) => void runMenuAction(() => workspace.api['project.open']({ path })),
      closeProject: () => void runMenuAction(() => workspace.api['project.close']({})),
    }),
  );
}

function createWindow(): void {
  win = new BrowserWindow({
    width: 1280,
    height: 820,
    title: 'Qualia',
    show: false,
    webPreferences: secureWebPreferences(join(__dirname, 'preload.cjs')),
  });
  win.once('ready-to-show', () => win?.show());
  win.on('closed', () => {
    win = null;
  });
  void win.loadFile(rendererIndex);
}

// Only our own page may call in: not an injected frame, not a navigated-away page (see ipcRouter.ts).
ipcMain.handle('qualia:invoke', (event, method: unknown, input: unknown) => {
  const frame = event.senderFrame;
  return routeInvoke(workspace.api, rendererUrl, frame ? { url: frame.url, isMainFrame: frame.parent === null } : null, method, input);
});

if (!app.requestSingleInstanceLock()) {
  app.quit();
} else {
  hardenApp();
  app.whenReady().then(() => {
    hardenSession();
    const fileArg = process.argv.slice(app.isPackaged ? 1 : 2).find((a) => a.endsWith('.qualia'));
    if (fileArg) {
      try {
        workspace.openPath(fileArg);
      } catch (err) {
        dialog.showErrorBox('Qualia', (err as Error).message);
      }
    }
    refreshMenu();
    createWindow();
  });
  app.on('second-instance', () => {
    if (win) {
      if (win.isMinimized()) win.restore();
      win.focus();
    }
  });
  app.on('window-all-closed', () => {
    app.quit();
  });
  // A backup copy may still be streaming: let it finish (it is renamed into place only
  // when complete) before the project is closed and the process exits.
  let quitting = false;
  app.on('before-quit', (event) => {
    if (quitting) return;
    event.preventDefault();
    quitting = true;
    void workspace
      .backupsIdle()
      .catch(() => undefined)
      .finally(() => {
        workspace.close();
        app.quit();
      });
  });
}
