import { type KeyboardEvent, useEffect, useId, useRef, useState } from 'react';
import type { ProjectInfo } from '../../shared/api/schemas';
import { ExportQdpxDialog } from './ExportQdpxDialog';
import { ImportQdpxDialog } from './ImportQdpxDialog';
import { BackupsDialog } from './BackupsDialog';
import { MergeDialog } from './MergeDialog';
import './extras.css';

const fileName = (path: string) => path.replace(/^.*[\\/]/, '');

type DialogKind = 'merge' | 'export' | 'import' | 'backups';
const MENU_ITEMS: [DialogKind, string][] = [
  ['merge', 'Merge a copy…'],
  ['export', 'Export REFI-QDA (.qdpx)…'],
  ['import', 'Import REFI-QDA project (.qdpx)…'],
  ['backups', 'Backups…'],
];

/**
 * The project's name in the top bar, as a menu button: the menu shows where the
 * file is and holds the project-wide actions of MENU_ITEMS. Arrow keys move through
 * it, Escape closes it and returns to the button.
 */
export function ProjectMenu({ project }: { project: ProjectInfo }) {
  const [open, setOpen] = useState(false);
  // One dialog at a time; closing it returns focus to the menu button.
  const [dialog, setDialog] = useState<DialogKind | null>(null);
  const button = useRef<HTMLButtonElement>(null);
  const menu = useRef<HTMLDivElement>(null);
  const menuId = useId();
  const name = project.name || fileName(project.path);

  const items = () => [...(menu.current?.querySelectorAll<HTMLElement>('[role="menuitem"]') ?? [])];
  useEffect(() => {
    if (!open) return;
    items()[0]?.focus();
    // A click anywhere else closes the menu.
    const onDown = (e: MouseEvent) => {
      if (!menu.current?.contains(e.target as Node) && !button.current?.contains(e.target as Node)) setOpen(false);
    };
    document.addEventListener('mousedown', onDown);
    return () => document.removeEventListener('mousedown', onDown);
  }, [open]);

  const close = () => {
    setOpen(false);
    button.current?.focus();
  };
  const closeDialog = () => {
    setDialog(null);
    button.current?.focus();
  };
  const onMenuKey = (e: KeyboardEvent) => {
    const list = items();
    const at = list.indexOf(document.activeElement as HTMLElement);
    const go = (i: number) => list[(i + list.length) % list.length]?.focus();
    const keys: Record<string, () => void> = {
      Escape: close,
      ArrowDown: () => go(at + 1),
      ArrowUp: () => go(at - 1),
      Home: () => go(0),
      End: () => go(list.length - 1),
      Tab: () => setOpen(false),
    };
    const action = keys[e.key];
    if (!action) return;
    if (e.key !== 'Tab') e.preventDefault();
    action();
  };

  return (
    <span className="project-menu">
      <button
        ref={button}
        type="button"
        className="project-menu-button"
        aria-haspopup="menu"
        aria-expanded={open}
        aria-controls={open ? menuId : undefined}
        aria-label={`Project menu: ${name}`}
        title={project.path}
        onClick={() => setOpen(!open)}
        onKeyDown={(e) => {
          if (e.key === 'ArrowDown' && !open) {
            e.preventDefault();
            setOpen(true);
          }
        }}
      >
        <span className="topbar-title">{name}</span>
        <span aria-hidden="true">▾</span>
      </button>
      {open && (
        <div ref={menu} id={menuId} className="project-menu-list" role="menu" aria-label="Project" onKeyDown={onMenuKey}>
          <p className="project-menu-path" role="presentation">
            {project.path}
          </p>
          {MENU_ITEMS.map(([kind, label]) => (
            <button
              key={kind}
              type="button"
              role="menuitem"
              tabIndex={-1}
              onClick={() => {
                setOpen(false);
                setDialog(kind);
              }}
            >
              {label}
            </button>
          ))}
        </div>
      )}
      {dialog === 'merge' && <MergeDialog onClose={closeDialog} />}
      {dialog === 'export' && <ExportQdpxDialog projectPath={project.path} onClose={closeDialog} />}
      {dialog === 'import' && <ImportQdpxDialog onClose={closeDialog} />}
      {dialog === 'backups' && <BackupsDialog onClose={closeDialog} />}
    </span>
  );
}
