// Shared steps for the coding component tests: open the study with Interview 1 in
// the reader, select a phrase of it as a user would, and read the stripes.
import { fireEvent, screen, waitFor } from '@testing-library/react';
import { beforeEach, expect } from 'vitest';
import { type FakeClient, type FakeOptions, fakeClient, studyPath } from './fakeClient';
import { renderApp } from './renderApp';

// The active coder is remembered per project in localStorage; start every test afresh.
beforeEach(() => localStorage.clear());

export async function openInterview(opts: FakeOptions = {}): Promise<ReturnType<typeof renderApp> & { client: FakeClient; reader: HTMLElement }> {
  const client = fakeClient({ openAtLaunch: studyPath, ...opts });
  const app = renderApp(client);
  const [first] = await screen.findAllByTestId('doc-item');
  await app.user.click(first!);
  const reader = await screen.findByTestId('reader');
  await waitFor(() => expect(reader.textContent).toContain('Mostly by watching'));
  return { ...app, client, reader };
}

/** Select `phrase` (inside one text piece) with a DOM range and let go of the mouse. */
export function selectPhrase(reader: HTMLElement, phrase: string, from = 0, to = phrase.length): void {
  for (const piece of reader.querySelectorAll<HTMLElement>('[data-start]')) {
    const node = piece.firstChild;
    const at = node?.textContent?.indexOf(phrase) ?? -1;
    if (!node || at < 0) continue;
    const range = document.createRange();
    range.setStart(node, at + from);
    range.setEnd(node, at + to);
    const selection = document.getSelection()!;
    selection.removeAllRanges();
    selection.addRange(range);
    fireEvent.mouseUp(piece, { clientX: 200, clientY: 150 });
    return;
  }
  throw new Error(`"${phrase}" is not in the reader`);
}

export const stripes = (reader: HTMLElement) => [...reader.querySelectorAll<HTMLElement>('[data-testid="stripe"]')];
export const stripeCodes = (reader: HTMLElement) => stripes(reader).map((s) => s.dataset.code);
