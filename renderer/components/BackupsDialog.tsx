import { type FormEvent, useCallback, useEffect, useId, useRef, useState } from 'react';
import type { BackupSettings } from '../../shared/api/schemas';
import { useStore } from '../store';
import type { BackupFile, BackupListing } from '../store/backupsSlice';
import { useDialogFocus } from './import/useDialogFocus';
import './extras.css';

const KIND_LABEL: Record<BackupFile['kind'], string> = {
  open: 'on opening',
  edits: 'while editing',
  manual: 'by hand',
  'before-restore': 'before a restore',
};

const when = (iso: string) => new Date(iso).toLocaleString(undefined, { dateStyle: 'medium', timeStyle: 'medium' });
const size = (bytes: number) => (bytes < 1024 * 1024 ? `${Math.max(1, Math.round(bytes / 1024))} KB` : `${(bytes / 1024 / 1024).toFixed(1)} MB`);

/** Reloading the window is the one way to be sure nothing of the replaced contents stays on screen. */
function reloadWindow(): void {
  window.location.reload();
}

/**
 * The open project's backups: the list (newest first), "Back up now", restoring one
 * (after a confirmation; the current state is backed up first), and the automatic
 * backup settings, which apply to every project on this computer.
 */
export function BackupsDialog({ onClose, onRestored = reloadWindow }: { onClose(): void; onRestored?: () => void }) {
  const listBackups = useStore((s) => s.listBackups);
  const backUpNow = useStore((s) => s.backUpNow);
  const restoreBackup = useStore((s) => s.restoreBackup);
  const updateBackupSettings = useStore((s) => s.updateBackupSettings);
  const [listing, setListing] = useState<BackupListing | null>(null);
  const [draft, setDraft] = useState<BackupSettings | null>(null);
  const [busy, setBusy] = useState<null | 'backup' | 'restore' | 'settings'>(null);
  const [confirming, setConfirming] = useState<BackupFile | null>(null);
  const [status, setStatus] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);
  const ref = useRef<HTMLDivElement>(null);
  const ids = { title: useId(), intro: useId(), list: useId(), confirm: useId(), keep: useId(), every: useId(), folder: useId(), auto: useId() };
  const onEscape = useCallback(() => {
    if (busy) return; // a backup or restore in flight finishes first
    if (confirming) setConfirming(null);
    else onClose();
  }, [busy, confirming, onClose]);
  useDialogFocus(ref, onEscape, confirming ? 'confirm' : 'list');

  const refresh = useCallback(async () => {
    const r = await listBackups();
    if (!r.ok) {
      setError(r.error);
      return;
    }
    setListing(r.value);
    setDraft((d) => d ?? r.value.settings);
  }, [listBackups]);
  useEffect(() => {
    void refresh();
  }, [refresh]);

  const backup = async () => {
    setBusy('backup');
    setError(null);
    setStatus(null);
    const r = await backUpNow();
    setBusy(null);
    if (!r.ok) setError(r.error);
    else setStatus(`Backed up: ${r.value.fileName}`);
    await refresh();
  };

  const restore = async () => {
    if (!confirming) return;
    setBusy('restore');
    setError(null);
    const r = await restoreBackup(confirming.fileName);
    if (!r.ok) {
      setBusy(null);
      setConfirming(null);
      setError(r.error);
      await refresh();
      return;
    }
    setStatus(`Restored the backup from ${when(confirming.createdAt)}. Reloading…`);
    onRestored();
  };

  const saveSettings = async (e: FormEvent) => {
    e.preventDefault();
    if (!draft) return;
    setBusy('settings');
    setError(null);
    const folder = draft.folder?.trim() ? draft.folder.trim() : null;
    const r = await updateBackupSettings({ ...draft, folder });
    setBusy(null);
    if (!r.ok) setError(r.error);
    else {
      setDraft(r.value);
      setStatus('Backup settings saved.');
      await refresh();
    }
  };

  const number = (key: 'keep' | 'everyMinutes', value: string) => draft && setDraft({ ...draft, [key]: Number(value) });

  return (
    <div className="modal-backdrop">
      <div ref={ref} className="modal backups-dialog" role="dialog" aria-modal="true" aria-labelledby={ids.title} aria-describedby={ids.intro} tabIndex={-1}>
        <div className="modal-header">
          <h2 id={ids.title}>Backups</h2>
          <span className="topbar-spacer" />
          <button type="button" className="icon-button" aria-label="Close" onClick={onClose} disabled={busy !== null}>
            ✕
          </button>
        </div>
        <div className="modal-body">
          <p id={ids.intro}>
            Copies of this project taken while it is open, the newest first. Restoring one replaces the project with it; its current state is backed up first, so a restore
            can itself be undone by restoring that copy.
          </p>
          {listing && (
            <p className="muted mono backups-folder" data-testid="backups-folder">
              {listing.folder}
            </p>
          )}
          {listing?.lastError && (
            <p className="error-text" role="alert">
              The last automatic backup failed: {listing.lastError}
            </p>
          )}
          {confirming ? (
            <div className="backups-confirm" role="group" aria-labelledby={ids.confirm} data-testid="backups-confirm">
              <h3 id={ids.confirm}>Restore the backup from {when(confirming.createdAt)}?</h3>
              <p>
                The project will be replaced by this copy: everything done since then is set aside (kept as a backup taken now, “before a restore”). Undo history
                starts afresh.
              </p>
              <div className="backups-actions">
                <button type="button" data-step-focus onClick={() => setConfirming(null)} disabled={busy !== null}>
                  Cancel
                </button>
                <button type="button" className="primary" onClick={() => void restore()} disabled={busy !== null}>
                  {busy === 'restore' ? 'Restoring…' : 'Restore'}
                </button>
              </div>
            </div>
          ) : (
            <>
              <div className="backups-actions">
                <button type="button" className="primary" data-autofocus data-step-focus onClick={() => void backup()} disabled={busy !== null}>
                  {busy === 'backup' ? 'Backing up…' : 'Back up now'}
                </button>
              </div>
              {listing && listing.backups.length === 0 && <p className="muted">No backups yet.</p>}
              {listing && listing.backups.length > 0 && (
                <table className="summary-table backups-table" aria-label="Backups of this project" data-testid="backups-table">
                  <thead>
                    <tr>
                      <th scope="col">Taken</th>
                      <th scope="col">Reason</th>
                      <th scope="col">Size</th>
                      <th scope="col">
                        <span className="visually-hidden">Restore</span>
                      </th>
                    </tr>
                  </thead>
                  <tbody>
                    {listing.backups.map((b) => (
                      <tr key={b.fileName} data-testid="backup-row" title={b.fileName}>
                        <th scope="row">{when(b.createdAt)}</th>
                        <td>{KIND_LABEL[b.kind]}</td>
                        <td>{size(b.bytes)}</td>
                        <td>
                          <button type="button" onClick={() => setConfirming(b)} disabled={busy !== null} aria-label={`Restore the backup from ${when(b.createdAt)}`}>
                            Restore…
                          </button>
                        </td>
                      </tr>
                    ))}
                  </tbody>
                </table>
              )}
              {draft && (
                <form className="backups-settings" onSubmit={(e) => void saveSettings(e)} aria-label="Automatic backups" noValidate>
                  <h3>Automatic backups</h3>
                  <p className="muted">On opening a project that changed since its last backup, and while editing at most every so many minutes. These settings apply to every project on this computer.</p>
                  <label className="backups-check">
                    <input id={ids.auto} type="checkbox" checked={draft.enabled} onChange={(e) => setDraft({ ...draft, enabled: e.target.checked })} />
                    Back up automatically
                  </label>
                  <label htmlFor={ids.keep}>Keep</label>
                  <span>
                    <input id={ids.keep} type="number" min={1} max={100} value={draft.keep} onChange={(e) => number('keep', e.target.value)} /> backups per project
                  </span>
                  <label htmlFor={ids.every}>While editing, every</label>
                  <span>
                    <input id={ids.every} type="number" min={1} max={1440} value={draft.everyMinutes} onChange={(e) => number('everyMinutes', e.target.value)} /> minutes
                  </span>
                  <label htmlFor={ids.folder}>Folder</label>
                  <input
                    id={ids.folder}
                    type="text"
                    value={draft.folder ?? ''}
                    placeholder="Next to the project (a “.backups” folder)"
                    onChange={(e) => setDraft({ ...draft, folder: e.target.value })}
                    autoComplete="off"
                    spellCheck={false}
                  />
                  <span />
                  <span>
                    <button type="submit" disabled={busy !== null}>
                      {busy === 'settings' ? 'Saving…' : 'Save settings'}
                    </button>
                  </span>
                </form>
              )}
            </>
          )}
          {error && (
            <p className="error-text" role="alert">
              {error}
            </p>
          )}
          {status && (
            <p className="muted" role="status" data-testid="backups-status">
              {status}
            </p>
          )}
        </div>
        <div className="modal-footer">
          <span className="topbar-spacer" />
          <button type="button" onClick={onClose} disabled={busy !== null}>
            Done
          </button>
        </div>
      </div>
    </div>
  );
}
