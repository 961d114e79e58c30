// @vitest-environment jsdom
import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { fakeClient, studyPath, studyProject } from './fakeClient';
import { fileOf, utf8 } from './importFixtures';
import { renderApp } from './renderApp';

const participantsCsv = `participant,expertise,tenure,area
Lucía,intermediate,0.5,Sales
Roberto,expert,12,Claims
`;

/** The study project with Interview 1 not yet linked to Lucía. */
async function openParticipants() {
  const study = studyProject();
  study.documents[0]!.case = null;
  const client = fakeClient({ projects: [study], openAtLaunch: studyPath });
  const app = renderApp(client);
  // Reading Interview 1, so the inspector shows whether it gets linked.
  await app.user.click((await screen.findAllByTestId('doc-item'))[0]!);
  await screen.findByTestId('reader');
  await app.user.click(screen.getByRole('button', { name: 'Import…' }));
  const dialog = screen.getByRole('dialog', { name: 'Import' });
  await app.user.click(within(dialog).getByRole('tab', { name: 'Participants' }));
  return { client, dialog, ...app };
}

const cells = (table: Element) => [...table.querySelectorAll('tbody tr')].map((tr) => [...tr.children].map((c) => c.textContent));

describe('participants import', () => {
  it('shows a dry run (fields, changes, links), then applies it', async () => {
    const { client, dialog, user } = await openParticipants();
    expect(within(dialog).getByRole('tab', { name: 'Participants' }).getAttribute('aria-selected')).toBe('true');
    const apply = within(dialog).getByRole('button', { name: 'Apply' }) as HTMLButtonElement;
    expect(apply.disabled).toBe(true);

    await user.upload(within(dialog).getByLabelText('Choose a participants CSV'), fileOf('participants.csv', utf8(participantsCsv)));
    const report = await within(dialog).findByTestId('participants-report');
    expect(client.callsTo('cases.import')).toEqual([expect.objectContaining({ fileName: 'participants.csv', dryRun: true })]);
    expect(report.textContent).toContain('participants.csv: 2 cases in column “participant”. Nothing is saved until you apply.');
    expect(cells(within(report).getByRole('region', { name: 'Fields' }))).toEqual([
      ['expertise', 'text', '—'],
      ['tenure', 'number', '—'],
      ['area', 'text', '—'],
    ]);
    expect(within(report).getByRole('region', { name: 'New cases' }).textContent).toContain('Roberto');
    expect(cells(within(report).getByRole('region', { name: 'Changes' }))).toEqual([
      ['Lucía', 'expertise', 'novice', 'intermediate'],
      ['Lucía', 'area', '—', 'Sales'],
    ]);
    expect(within(report).getByRole('region', { name: 'Linked documents' }).textContent).toContain('Interview 1 → Lucía');
    // Nothing saved yet.
    expect(screen.getAllByTestId('doc-item')[0]!.textContent).toContain('no case');

    await user.click(apply);
    await within(dialog).findByText('Saved: 1 case created, 2 values changed, 1 document linked.');
    expect(client.callsTo('cases.import')[1]).not.toHaveProperty('dryRun');
    await waitFor(() => expect(screen.getAllByTestId('doc-item')[0]!.textContent).toContain('Lucía'));

    await user.click(within(dialog).getByRole('button', { name: 'Done' }));
    expect(screen.queryByRole('dialog')).toBeNull();
    const inspector = screen.getByRole('complementary', { name: 'Inspector' });
    expect((within(inspector).getByLabelText('Case') as HTMLSelectElement).selectedOptions[0]!.textContent).toBe('Lucía');
    expect(screen.getByRole('heading', { level: 2, name: /^Interview 1 — Lucía/ }).textContent).toBe('Interview 1 — Lucía (intermediate, tenure 0.5, Sales)');
  });

  it('shows what is wrong with a bad file, naming the line', async () => {
    const { client, dialog, user } = await openParticipants();
    await user.upload(
      within(dialog).getByLabelText('Choose a participants CSV'),
      fileOf('ragged.csv', utf8('participant,expertise\nLucía,novice\nRoberto,expert,extra\n')),
    );
    const alert = await within(dialog).findByRole('alert');
    expect(alert.textContent).toMatch(/ragged\.csv line 3/);
    expect(within(dialog).queryByTestId('participants-report')).toBeNull();
    expect((within(dialog).getByRole('button', { name: 'Apply' }) as HTMLButtonElement).disabled).toBe(true);
    expect(client.callsTo('cases.import')).toHaveLength(1);
  });

  it('is reachable from the inspector next to the case', async () => {
    const client = fakeClient({ openAtLaunch: studyPath });
    const { user } = renderApp(client);
    await user.click((await screen.findAllByTestId('doc-item'))[1]!);
    await screen.findByTestId('reader');
    const inspector = screen.getByRole('complementary', { name: 'Inspector' });
    await user.click(within(inspector).getByRole('button', { name: 'Import participants…' }));
    const dialog = screen.getByRole('dialog', { name: 'Import' });
    expect(within(dialog).getByRole('tab', { name: 'Participants' }).getAttribute('aria-selected')).toBe('true');
  });
});
