import { Menu, type MenuItemConstructorOptions } from 'electron';
import type { RecentProject } from '../shared/api/schemas';

export interface MenuActions {
  newProject(): void;
  openProject(): void;
  openRecent(path: string): void;
  closeProject(): void;
}

export function buildMenu(recent: RecentProject[], actions: MenuActions): Menu {
  const isMac = process.platform === 'darwin';
  const file: MenuItemConstructorOptions = {
    label: 'File',
    submenu: [
      { label: 'New Project…', accelerator: 'CmdOrCtrl+N', click: actions.newProject },
      { label: 'Open Project…', accelerator: 'CmdOrCtrl+O', click: actions.openProject },
      {
        label: 'Open Recent',
        submenu: recent.length
          ? recent.map((r) => ({ label: `${r.name} — ${r.path}`, enabled: r.exists, click: () => actions.openRecent(r.path) }))
          : [{ label: 'No recent projects', enabled: false }],
      },
      { label: 'Close Project', accelerator: 'CmdOrCtrl+W', click: actions.closeProject },
      { type: 'separator' },
      isMac ? { role: 'close' } : { role: 'quit' },
    ],
  };
  const template: MenuItemConstructorOptions[] = [
    ...(isMac ? [{ role: 'appMenu' } as MenuItemConstructorOptions] : []),
    file,
    { role: 'editMenu' },
    { role: 'viewMenu' },
    { role: 'windowMenu' },
  ];
  return Menu.buildFromTemplate(template);
}
