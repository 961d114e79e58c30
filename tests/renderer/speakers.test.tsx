// @vitest-environment jsdom
import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { remap, SPEAKERS_HINT } from '../../renderer/components/SpeakersPanel';
import { ApiError } from '../../shared/api/envelope';
import { fakeClient, studyPath } from './fakeClient';
import { renderApp } from './renderApp';
import './codingSetup';

async function openDocument(index: number) {
  const client = fakeClient({ openAtLaunch: studyPath });
  const app = renderApp(client);
  await app.user.click((await screen.findAllByTestId('doc-item'))[index]!);
  await screen.findByTestId('reader');
  const inspector = screen.getByRole('complementary', { name: 'Inspector' });
  return { client, inspector, ...app };
}

const speakersPanel = () => screen.findByRole('region', { name: 'Speakers' });
const rowsOf = (panel: HTMLElement) =>
  within(panel)
    .getAllByTestId('speaker-row')
    .map((r) => {
      const select = r.querySelector('select')!;
      return `${r.querySelector('.speaker-name')!.textContent} · ${r.querySelector('.speaker-turns')!.textContent} · ${select.selectedOptions[0]!.textContent}`;
    });
const status = () => screen.getByRole('contentinfo');

describe('speakers in the document inspector', () => {
  it('lists each speaker with their turns and whose words they are, and says what that means', async () => {
    await openDocument(0);
    const panel = await speakersPanel();
    await waitFor(() => expect(rowsOf(panel)).toEqual(['Interviewer · 2 turns · — nobody (e.g. interviewer) —', 'Lucía · 2 turns · Lucía']));
    expect(panel.textContent).toContain(SPEAKERS_HINT);
    const select = within(panel).getByLabelText('Lucía') as HTMLSelectElement;
    expect([...select.options].map((o) => o.textContent)).toEqual(['— nobody (e.g. interviewer) —', 'Lucía']);
    expect(select.getAttribute('aria-describedby')).toBeTruthy();
    expect(document.getElementById(select.getAttribute('aria-describedby')!)!.textContent).toBe('2 turns');
  });

  it('maps a speaker to nobody and back; the undo step is named and the select keeps focus', async () => {
    const { client, user } = await openDocument(0);
    const panel = await speakersPanel();
    const select = (await within(panel).findByLabelText('Lucía')) as HTMLSelectElement;

    await user.selectOptions(select, '— nobody (e.g. interviewer) —');
    await waitFor(() => expect(rowsOf(panel)[1]).toBe('Lucía · 2 turns · — nobody (e.g. interviewer) —'));
    expect(client.callsTo('documents.mapSpeaker')).toEqual([{ id: 'doc-lucia', speaker: 'Lucía', caseId: null }]);
    await waitFor(() => expect(status().textContent).toContain("Undo: map speaker 'Lucía'"));
    expect(screen.getByRole('button', { name: 'Undo' }).title).toBe("Undo: map speaker 'Lucía' (Ctrl+Z)");
    // The same control, not a new one: a keyboard user stays where they were.
    expect(select.isConnected).toBe(true);
    expect(document.activeElement).toBe(select);

    await user.selectOptions(select, 'Lucía');
    await waitFor(() => expect(rowsOf(panel)[1]).toBe('Lucía · 2 turns · Lucía'));
    expect(client.callsTo('documents.mapSpeaker')[1]).toEqual({ id: 'doc-lucia', speaker: 'Lucía', caseId: 'case-lucia' });
  });

  it('reaches the selects with Tab and maps the interviewer to a case', async () => {
    const { client, user } = await openDocument(0);
    const panel = await speakersPanel();
    const select = (await within(panel).findByLabelText('Interviewer')) as HTMLSelectElement;
    // Tab order: the document's case select, "Import participants…", then the speakers.
    within(screen.getByRole('complementary', { name: 'Inspector' })).getByRole('button', { name: 'Import participants…' }).focus();
    await user.tab();
    expect(document.activeElement).toBe(select);
    await user.selectOptions(select, 'case-lucia');
    await waitFor(() => expect(client.callsTo('documents.mapSpeaker')).toEqual([{ id: 'doc-lucia', speaker: 'Interviewer', caseId: 'case-lucia' }]));
    expect(rowsOf(panel)[0]).toBe('Interviewer · 2 turns · Lucía');
  });

  it('re-reads the speakers after an undo', async () => {
    const { client, user } = await openDocument(0);
    const panel = await speakersPanel();
    await user.selectOptions(await within(panel).findByLabelText('Lucía'), '— nobody (e.g. interviewer) —');
    await waitFor(() => expect(status().textContent).toContain("Undo: map speaker 'Lucía'"));
    const reads = client.callsTo('documents.speakers').length;
    await user.click(screen.getByRole('button', { name: 'Undo' }));
    await waitFor(() => expect(client.callsTo('documents.speakers').length).toBeGreaterThan(reads));
  });

  it('reports a refused mapping in the banner', async () => {
    const { client, user } = await openDocument(0);
    client.handle('documents.mapSpeaker', async () => Promise.reject(new ApiError('not_found', 'no case with id "x"')));
    const panel = await speakersPanel();
    await user.selectOptions(await within(panel).findByLabelText('Lucía'), '— nobody (e.g. interviewer) —');
    expect((await screen.findByRole('alert')).textContent).toContain('no case with id "x"');
    // The select goes back to what the server has.
    await waitFor(() => expect(rowsOf(panel)[1]).toBe('Lucía · 2 turns · Lucía'));
  });

  it('shows no speakers section for a document without speaker turns', async () => {
    const { client } = await openDocument(1);
    await waitFor(() => expect(client.callsTo('documents.speakers')).toEqual([{ id: 'doc-notes' }]));
    expect(screen.queryByRole('region', { name: 'Speakers' })).toBeNull();
  });

  it('remap joins a speaker split over cases into one row', () => {
    const rows = [
      { speaker: 'Lucía', turns: 3, caseId: 'a', caseName: 'A' },
      { speaker: 'Interviewer', turns: 2, caseId: null, caseName: null },
      { speaker: 'Lucía', turns: 1, caseId: 'b', caseName: 'B' },
    ];
    expect(remap(rows, 'Lucía', null, null)).toEqual([
      { speaker: 'Lucía', turns: 4, caseId: null, caseName: null },
      { speaker: 'Interviewer', turns: 2, caseId: null, caseName: null },
    ]);
  });
});
