// The foundation flow in a real browser: the demo opens, a document opens, its
// text is readable with speaker turns; a project can be closed and a new one made.
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { SCREENSHOTS, type Session, startSession } from './harness';

let session: Session | null = null;
afterEach(async () => {
  await session?.stop();
  session = null;
});

describe('browser host, end to end', () => {
  it('opens the demo project, lists its documents and reads one', async () => {
    session = await startSession({ demo: true });
    const { page } = session;
    const items = page.getByTestId('doc-item');
    await items.first().waitFor();
    expect(await items.count()).toBe(6);
    // The token was taken out of the address bar.
    expect(page.url()).not.toContain('token=');

    await items.nth(1).click();
    const reader = page.getByTestId('reader');
    await reader.waitFor();
    await expect.poll(() => reader.innerText()).toContain('Interviewer');
    const text = await reader.innerText();
    expect(text.length).toBeGreaterThan(1500);
    expect(text).toContain('Andrés');
    // The shell fills the window: the transcript scrolls inside it, the status bar stays in view.
    const status = await page.locator('.statusbar').boundingBox();
    expect(status && status.y + status.height).toBeLessThanOrEqual(800);
    expect(await page.locator('.statusbar').innerText()).toContain('6 documents');
    await page.screenshot({ path: join(SCREENSHOTS, 'foundation-document.png') });

    // Keyboard: arrow down moves to the next document, Enter opens it.
    await items.nth(1).focus();
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('Enter');
    await expect.poll(() => reader.innerText()).toContain('Mónica');
  });

  it('closes the project and creates a new one from the start screen', async () => {
    session = await startSession({ demo: true });
    const { page } = session;
    await page.getByTestId('doc-item').first().waitFor();
    await page.getByRole('button', { name: /close project/i }).click();
    const pathInput = page.getByLabel(/project file path/i);
    await pathInput.waitFor();
    // The demo we just closed is offered as a recent project.
    await expect.poll(() => page.getByText('demo.qualia').count()).toBeGreaterThan(0);
    await page.screenshot({ path: join(SCREENSHOTS, 'foundation-start.png') });

    await pathInput.fill(join(session.dir, 'fieldwork.qualia'));
    await page.getByRole('button', { name: /^create/i }).click();
    await expect.poll(() => page.locator('body').innerText()).toContain('fieldwork');
    expect(await page.getByTestId('doc-item').count()).toBe(0);

    // Opening a file that is not a project shows a clear error.
    await page.getByRole('button', { name: /close project/i }).click();
    await page.getByLabel(/project file path/i).fill(join(session.dir, 'nope.qualia'));
    await page.getByRole('button', { name: /^open/i }).click();
    await expect.poll(() => page.getByRole('alert').innerText()).toContain('no such file');
  });
});
