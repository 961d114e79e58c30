// No network at run time: the built renderer (what both hosts serve) names no
// external host it could load from or send to — no CDN, no web fonts, no
// telemetry. The only absolute URLs allowed are identifiers and message text that
// libraries carry and browsers never fetch; a new one fails here until reviewed.
// tests/e2e/hostile.e2e.ts checks the same in a real browser, request by request.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const RENDERER = 'dist/renderer';

/** Absolute URLs that are never requested, with the reason. */
const NEVER_FETCHED: [RegExp, string][] = [
  [/^http:\/\/www\.w3\.org\/(2000\/svg|1999\/xhtml|1999\/xlink|1998\/Math\/MathML|XML\/1998\/namespace|2000\/xmlns\/?)$/, 'XML namespace names'],
  [/^https:\/\/react\.dev\/errors\/$/, "React's error-decoder link, in error messages"],
  [/^https:\/\/(redux|redux-toolkit)\.js\.org\/Errors\?code=(\$\{\w+\})?$/, "Redux's error-decoder link, in error messages (recharts)"],
  [/^https:\/\/bit\.ly\/3cXEKWf$/, 'a link in a recharts/immer error message'],
];

function files(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? files(join(dir, e.name)) : [join(dir, e.name)]));
}

describe('the renderer bundle makes no external requests', () => {
  const built = existsSync(join(RENDERER, 'index.html'));

  it('is built (run `npm run build` first)', () => {
    expect(built).toBe(true);
  });

  it.skipIf(!built)('names no external URL in its HTML, CSS or JavaScript, except identifiers never fetched', () => {
    const shipped = files(RENDERER).filter((f) => /\.(html|css|js|mjs|json|svg)$/.test(f));
    expect(shipped.some((f) => f.endsWith('.js'))).toBe(true);
    const found = new Map<string, string[]>();
    for (const f of shipped) {
      // Scheme-relative (//host/…) and ws(s) count as well.
      for (const m of readFileSync(f, 'utf8').matchAll(/\b(?:https?|wss?):\/\/[^\s"'`)<>\\]*|["'`(]\/\/[a-z0-9-]+\.[a-z0-9.-]+\//gi)) {
        const url = m[0].replace(/^["'`(]/, '').replace(/[.,;]+$/, '');
        found.set(url, [...(found.get(url) ?? []), f]);
      }
    }
    const unexplained = [...found.keys()].filter((u) => !NEVER_FETCHED.some(([re]) => re.test(u)));
    expect(unexplained, `external URLs in ${RENDERER}: ${unexplained.map((u) => `${u} (${found.get(u)!.join(', ')})`).join('; ')}`).toEqual([]);
  });

  it.skipIf(!built)('loads nothing from elsewhere in its page: no external <link>, <script> or CSS import, no web fonts', () => {
    const html = readFileSync(join(RENDERER, 'index.html'), 'utf8');
    for (const [, attr] of html.matchAll(/<(?:link|script|img|iframe)\b[^>]*\b(?:href|src)="([^"]*)"/g)) {
      expect(attr, 'index.html').toMatch(/^(\.\/|\/(?!\/)|data:)/);
    }
    for (const f of files(RENDERER).filter((x) => x.endsWith('.css'))) {
      const css = readFileSync(f, 'utf8');
      expect(css, f).not.toMatch(/@import|@font-face[^}]*url\((?!["']?(?:\.\/|\/(?!\/)|data:))/);
      expect(css, f).not.toMatch(/url\(\s*["']?(?:https?:)?\/\//);
    }
    expect(html).not.toMatch(/fonts\.googleapis|fonts\.gstatic|cdn\.|unpkg|jsdelivr|googletagmanager|analytics|sentry/i);
  });

  it('would catch one: the scan finds a URL planted in a string', () => {
    const text = 'x="https://fonts.googleapis.com/css2?family=Inter" y=`//cdn.example.com/a.js`';
    const hits = [...text.matchAll(/\b(?:https?|wss?):\/\/[^\s"'`)<>\\]*|["'`(]\/\/[a-z0-9-]+\.[a-z0-9.-]+\//gi)].map((m) => m[0]);
    expect(hits).toEqual(['https://fonts.googleapis.com/css2?family=Inter', '`//cdn.example.com/']);
  });
});
