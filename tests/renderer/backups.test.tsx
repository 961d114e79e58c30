// @vitest-environment jsdom
// The Backups dialog over a fake host: the list, Back up now, restoring after a
// confirmation, and the settings form, each answer checked against the contract.
import { cleanup, render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { ApiError } from '../../shared/api/envelope';
import type { BackupEntry, BackupSettings } from '../../shared/api/schemas';
import { BackupsDialog } from '../../renderer/components/BackupsDialog';
import { createStore, StoreProvider } from '../../renderer/store';
import { fakeClient, studyPath } from './fakeClient';

afterEach(cleanup);

const folder = '/home/ana/study.backups';
const entry = (createdAt: string, kind: BackupEntry['kind'], bytes = 450_000): BackupEntry => ({
  fileName: `study-${createdAt.replace(/:/g, '-').replace('.', '-')}-${kind}.qualia`,
  path: `${folder}/study-${kind}.qualia`,
  createdAt,
  bytes,
  kind,
});

function setup(opts: { lastError?: string | null } = {}) {
  const client = fakeClient({ openAtLaunch: studyPath });
  let settings: BackupSettings = { enabled: true, keep: 10, everyMinutes: 10, folder: null };
  let backups = [entry('2025-11-20T09:30:00.000Z', 'edits'), entry('2025-11-20T09:00:00.000Z', 'open', 2_500_000)];
  client.handle('backups.list', async () => ({ folder, settings, backups, lastError: opts.lastError ?? null }));
  client.handle('backups.create', async () => {
    const made = entry('2025-11-20T10:00:00.000Z', 'manual');
    backups = [made, ...backups];
    return made;
  });
  client.handle('backups.updateSettings', async (patch) => (settings = { ...settings, ...patch }));
  const store = createStore(client);
  const onRestored = vi.fn();
  const onClose = vi.fn();
  const user = userEvent.setup();
  render(
    <StoreProvider store={store}>
      <BackupsDialog onClose={onClose} onRestored={onRestored} />
    </StoreProvider>,
  );
  return { client, store, onRestored, onClose, user, dialog: () => screen.getByRole('dialog', { name: 'Backups' }) };
}

const rows = async () => {
  const table = await screen.findByTestId('backups-table');
  return [...table.querySelectorAll('tbody tr')].map((r) => [...r.children].slice(1, 3).map((c) => c.textContent));
};

describe('the Backups dialog', () => {
  it('lists the backups newest first with their reason and size, and backs up now', async () => {
    const { client, user, dialog } = setup({ lastError: 'cannot back up study.qualia to …: disk full (no space left on the device)' });
    expect(await rows()).toEqual([
      ['while editing', '439 KB'],
      ['on opening', '2.4 MB'],
    ]);
    expect(within(dialog()).getByTestId('backups-folder').textContent).toBe(folder);
    expect(within(dialog()).getByRole('alert').textContent).toContain('The last automatic backup failed: cannot back up study.qualia');
    expect(document.activeElement).toBe(within(dialog()).getByRole('button', { name: 'Back up now' }));
    await user.click(within(dialog()).getByRole('button', { name: 'Back up now' }));
    await waitFor(() => expect(within(dialog()).getByTestId('backups-status').textContent).toBe('Backed up: study-2025-11-20T10-00-00-000Z-manual.qualia'));
    expect((await rows())[0]).toEqual(['by hand', '439 KB']);
    expect(client.callsTo('backups.create')).toEqual([{}]);
  });

  it('restores only after a confirmation that can be cancelled, then hands over to reload', async () => {
    const { client, user, onRestored, dialog } = setup();
    await rows();
    const restoreButtons = within(dialog()).getAllByRole('button', { name: /^Restore the backup from / });
    await user.click(restoreButtons[1]!);
    const confirm = within(dialog()).getByTestId('backups-confirm');
    expect(confirm.textContent).toContain('The project will be replaced by this copy');
    await user.click(within(confirm).getByRole('button', { name: 'Cancel' }));
    expect(within(dialog()).queryByTestId('backups-confirm')).toBeNull();
    expect(client.callsTo('backups.restore')).toEqual([]);

    // A refused restore is shown in the dialog, and nothing reloads.
    client.handle('backups.restore', async () => {
      throw new ApiError('file_error', 'study-x.qualia: this backup is damaged (page 3 is never used); choose another one');
    });
    await user.click(within(dialog()).getAllByRole('button', { name: /^Restore the backup from / })[1]!);
    await user.click(within(within(dialog()).getByTestId('backups-confirm')).getByRole('button', { name: 'Restore' }));
    await waitFor(() => expect(within(dialog()).getByRole('alert').textContent).toContain('this backup is damaged'));
    expect(onRestored).not.toHaveBeenCalled();

    client.handle('backups.restore', async (_input, next) => {
      void next;
      return (await client.call('project.current', {}))!;
    });
    await user.click(within(dialog()).getAllByRole('button', { name: /^Restore the backup from / })[1]!);
    await user.click(within(within(dialog()).getByTestId('backups-confirm')).getByRole('button', { name: 'Restore' }));
    await waitFor(() => expect(onRestored).toHaveBeenCalledTimes(1));
    expect(client.callsTo('backups.restore').at(-1)).toEqual({ fileName: 'study-2025-11-20T09-00-00-000Z-open.qualia' });
  });

  it('saves the settings; a value the contract refuses is reported, not saved', async () => {
    const { client, user, dialog } = setup();
    await rows();
    const keep = within(dialog()).getByLabelText('Keep');
    await user.clear(keep);
    await user.type(keep, '3');
    const every = within(dialog()).getByLabelText('While editing, every');
    await user.clear(every);
    await user.type(every, '5');
    await user.click(within(dialog()).getByRole('button', { name: 'Save settings' }));
    await waitFor(() => expect(within(dialog()).getByTestId('backups-status').textContent).toBe('Backup settings saved.'));
    expect(client.callsTo('backups.updateSettings')).toEqual([{ enabled: true, keep: 3, everyMinutes: 5, folder: null }]);

    await user.clear(keep);
    await user.type(keep, '0');
    await user.click(within(dialog()).getByRole('button', { name: 'Save settings' }));
    await waitFor(() => expect(within(dialog()).getByRole('alert').textContent).toMatch(/keep/));
    expect(client.callsTo('backups.updateSettings')).toHaveLength(2); // sent, refused by the contract's schema
  });
});
