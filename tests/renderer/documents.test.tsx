// @vitest-environment jsdom
import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { ApiError } from '../../shared/api/envelope';
import { formatCount } from '../../renderer/format/numbers';
import { fakeClient, fieldnoteText, luciaText, studyPath, withoutLabels } from './fakeClient';
import { renderApp } from './renderApp';

/** The transcript text as shown, without the gutter's speaker names. */
function readerText(reader: HTMLElement): string {
  const copy = reader.cloneNode(true) as HTMLElement;
  for (const gutter of copy.querySelectorAll('[data-gutter]')) gutter.remove();
  return copy.textContent ?? '';
}

const gutterNames = (reader: HTMLElement) =>
  [...reader.querySelectorAll('[data-gutter]')].map((g) => g.textContent).filter(Boolean);

async function openStudy() {
  const client = fakeClient();
  const app = renderApp(client);
  await app.user.type(await screen.findByLabelText('Project file path'), `${studyPath}{Enter}`);
  await screen.findAllByTestId('doc-item');
  return { client, ...app };
}

describe('documents view', () => {
  it('lists documents with case and grouped character counts, and the code tree', async () => {
    await openStudy();
    const items = screen.getAllByTestId('doc-item');
    expect(items.map((i) => i.querySelector('.doc-name')?.textContent)).toEqual(['Interview 1', 'Field notes — warehouse']);
    expect(items[0]!.textContent).toContain('Lucía');
    expect(items[1]!.textContent).toContain('no case');
    expect(items[0]!.getAttribute('role')).toBe('option');

    const codes = screen.getByRole('region', { name: 'Codes' });
    const mentoring = within(codes).getByText('Mentoring').closest('li')!;
    expect(mentoring.textContent).toContain(formatCount(1031));
    // Nested under its parent, so indented by depth.
    expect(within(codes).getByText('Learning').closest('li')!.contains(mentoring)).toBe(true);
    expect(screen.getByRole('banner').textContent).toContain('Learning at work');
  });

  it('shows project counts in the status bar', async () => {
    await openStudy();
    expect(screen.getByRole('contentinfo').textContent).toBe(`Saved · 2 documents · ${formatCount(1204)} excerpts · 2 coders`);
  });

  it('opens a clicked document: speakers in the gutter, labels stripped, no text lost', async () => {
    const { user } = await openStudy();
    expect(screen.queryByTestId('reader')).toBeNull();
    await user.click(screen.getAllByTestId('doc-item')[0]!);
    const reader = await screen.findByTestId('reader');

    expect(readerText(reader)).toBe(withoutLabels(luciaText));
    expect(readerText(reader)).toContain('tecnología');
    expect(readerText(reader)).toContain('Rocío: ella');
    expect(gutterNames(reader)).toEqual(['Interviewer', 'Lucía', 'Interviewer', 'Lucía']);
    expect(screen.getByRole('heading', { level: 2, name: /^Interview 1 — Lucía/ }).textContent).toBe(
      'Interview 1 — Lucía (novice, tenure 0.5)',
    );
    expect(screen.getAllByTestId('doc-item')[0]!.getAttribute('aria-selected')).toBe('true');
  });

  it('renders paragraphs without speakers exactly', async () => {
    const { user } = await openStudy();
    await user.click(screen.getAllByTestId('doc-item')[1]!);
    await waitFor(() => expect(readerText(screen.getByTestId('reader'))).toBe(fieldnoteText));
    expect(gutterNames(screen.getByTestId('reader'))).toEqual([]);
  });

  it('moves through the list with arrow keys and opens with Enter', async () => {
    const { user } = await openStudy();
    const items = screen.getAllByTestId('doc-item');
    // One tab stop for the whole list.
    expect(items.map((i) => i.tabIndex)).toEqual([0, -1]);
    items[0]!.focus();
    await user.keyboard('{ArrowDown}');
    expect(document.activeElement).toBe(items[1]);
    await user.keyboard('{Enter}');
    await waitFor(() => expect(readerText(screen.getByTestId('reader'))).toBe(fieldnoteText));
    await user.keyboard('{ArrowUp}');
    expect(document.activeElement).toBe(items[0]);
    await user.keyboard(' ');
    await waitFor(() => expect(readerText(screen.getByTestId('reader'))).toBe(withoutLabels(luciaText)));
  });

  it('reaches the document list with Tab', async () => {
    const { user } = await openStudy();
    const first = screen.getAllByTestId('doc-item')[0]!;
    for (let i = 0; i < 12 && document.activeElement !== first; i++) await user.tab();
    expect(document.activeElement).toBe(first);
  });

  it('shows the document in the inspector', async () => {
    const { user } = await openStudy();
    const inspector = screen.getByRole('complementary', { name: 'Inspector' });
    expect(inspector.textContent).toContain('No document open.');
    await user.click(screen.getAllByTestId('doc-item')[0]!);
    await screen.findByTestId('reader');
    // Name and case are editable: read the field's value, not its text.
    const shown = (dd: Element | null | undefined) => {
      const field = dd?.querySelector<HTMLInputElement | HTMLSelectElement>('input, select');
      if (field instanceof HTMLSelectElement) return field.selectedOptions[0]?.textContent;
      return field ? field.value : dd?.textContent;
    };
    const facts = [...inspector.querySelectorAll('dt')].map((dt) => [dt.textContent, shown(dt.nextElementSibling)]);
    expect(Object.fromEntries(facts)).toEqual({
      Name: 'Interview 1',
      Case: 'Lucía',
      expertise: 'novice',
      tenure: '0.5',
      area: '—',
      Characters: formatCount([...luciaText].length),
      Source: 'lucia.docx',
      'Speaker turns': '4',
    });
  });

  it('reports a document that cannot be loaded', async () => {
    const { user, client } = await openStudy();
    client.handle('documents.get', async () => {
      throw new ApiError('not_found', 'no document with id or name "doc-lucia"');
    });
    await user.click(screen.getAllByTestId('doc-item')[0]!);
    expect((await screen.findByRole('alert')).textContent).toContain('no document with id or name');
    expect(screen.queryByTestId('reader')).toBeNull();
    expect(screen.getByText('This document could not be opened.')).toBeTruthy();
  });

  it('closes the project and returns to the start screen', async () => {
    const { user, client } = await openStudy();
    await user.click(screen.getAllByTestId('doc-item')[0]!);
    await screen.findByTestId('reader');
    await user.click(screen.getByRole('button', { name: /close project/i }));
    await screen.findByLabelText('Project file path');
    expect(client.callsTo('project.close')).toEqual([{}]);
    expect(screen.queryByTestId('doc-item')).toBeNull();
    expect(screen.queryByTestId('reader')).toBeNull();
    expect(screen.queryByRole('contentinfo')).toBeNull();
    expect(screen.getByRole('banner').textContent).toContain('Qualia');
    const recent = screen.getByRole('region', { name: 'Recent projects' });
    expect(within(recent).getAllByRole('button')[0]!.textContent).toContain(studyPath);
  });

  it('starts in the documents view when the host launched with a project open', async () => {
    const client = fakeClient({ openAtLaunch: studyPath });
    renderApp(client);
    expect(await screen.findAllByTestId('doc-item')).toHaveLength(2);
    expect(client.callsTo('project.open')).toEqual([]);
  });
});
