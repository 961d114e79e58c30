// The reader in a real browser: `qualia serve` on a project holding a 500-page
// transcript (6,000 turns, 3,000 excerpts by two coders), driven by Debian's
// Chromium through playwright-core. Measured inside the page with
// performance.now() and a PerformanceObserver for long tasks, so the numbers do
// not include the DevTools-protocol round trips of the driver. Runs as its own
// process (bench/run.ts spawns it), type-checked with the DOM library (tsconfig.e2e.json):
//   node dist/bench/ui.js <scratch dir> <seed> <runs|-> <out.json>
import { type ChildProcess, spawn } from 'node:child_process';
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { chromium, type BrowserContext, type Page } from 'playwright-core';
import { newId } from '../db/ids';
import { openProject } from '../db/open';
import { listCodes } from '../db/services/codebook';
import { qualia } from './child';
import { codebook, codebookCsv, encodeTranscript, longTranscript, planExcerpts, transcript } from './generate';
import type { ScenarioResult } from './results';
import { round2, stats } from './stats';

const CHROMIUM = process.env.QUALIA_CHROMIUM ?? '/usr/bin/chromium';
const LONG = 'long-interview';
const SHORT = 'interview-0001';

function buildProject(dir: string, seed: number): { project: string; characters: number; excerpts: number } {
  mkdirSync(dir, { recursive: true });
  const long = longTranscript(seed);
  const short = transcript(seed, 0, 500);
  const files = [long, short].map((t) => {
    const path = join(dir, t.fileName);
    writeFileSync(path, encodeTranscript(t));
    return path;
  });
  const codebookPath = join(dir, 'codebook.csv');
  writeFileSync(codebookPath, codebookCsv(codebook()));
  const project = join(dir, 'ui.qualia');
  qualia(['init', project, '--name', 'UI bench']);
  qualia(['import', project, ...files]);
  qualia(['codebook', 'import', project, codebookPath]);
  qualia(['coders', 'add', project, 'Coder A']);
  qualia(['coders', 'add', project, 'Coder B']);
  const p = openProject(project);
  try {
    const s = p.sqlite;
    const doc = s.prepare('SELECT id, text FROM document WHERE name = ?').get(LONG) as { id: string; text: string };
    const planned = planExcerpts(seed, [doc.text], codebook(), { documents: 1, words: 0, excerptsPerCoder: 1_500, coders: 2 });
    const codeIds = new Map(listCodes(p).map((c) => [c.path, c.id]));
    const specs = codebook().map((c) => codeIds.get(c.path)!);
    const coders = s.prepare("SELECT id FROM coder WHERE name IN ('Coder A', 'Coder B') ORDER BY name").pluck().all() as string[];
    const insEx = s.prepare('INSERT INTO excerpt (id, document_id, coder_id, start, "end", memo) VALUES (?, ?, ?, ?, ?, ?)');
    const insEc = s.prepare('INSERT INTO excerpt_code (id, excerpt_id, code_id, weight) VALUES (?, ?, ?, ?)');
    s.transaction(() => {
      for (const e of planned) {
        const id = newId();
        insEx.run(id, doc.id, coders[e.coder], e.start, e.end, e.memo);
        for (const c of e.codes) insEc.run(newId(), id, specs[c.code], c.weight);
      }
    })();
    return { project, characters: doc.text.length, excerpts: planned.length };
  } finally {
    p.close();
  }
}

function serve(project: string, env: NodeJS.ProcessEnv): Promise<{ child: ChildProcess; url: string }> {
  const child = spawn(process.execPath, ['bin/qualia.js', 'serve', project, '--port', '0'], { env, stdio: ['ignore', 'pipe', 'pipe'] });
  return new Promise((resolve, reject) => {
    let out = '';
    const timer = setTimeout(() => reject(new Error(`qualia serve printed no URL:\n${out}`)), 30_000);
    child.stdout!.on('data', (chunk: Buffer) => {
      out += chunk.toString();
      const m = /(http:\/\/127\.0\.0\.1:\d+\/#token=[\w-]+)/.exec(out);
      if (m) {
        clearTimeout(timer);
        resolve({ child, url: m[1]! });
      }
    });
    child.stderr!.on('data', (chunk: Buffer) => (out += chunk.toString()));
    child.on('exit', (code) => reject(new Error(`qualia serve exited with ${code}:\n${out}`)));
  });
}

declare global {
  interface Window {
    __longTasks: { start: number; duration: number }[];
  }
}

/** Click a document in the list; milliseconds until its first turn is painted. */
function openDocument(page: Page, name: string): Promise<number> {
  return page.evaluate(
    (name) =>
      new Promise<number>((resolve, reject) => {
        const item = [...document.querySelectorAll<HTMLElement>('[data-testid="doc-item"]')].find((el) => el.querySelector('.doc-name')?.textContent === name);
        if (!item) return reject(new Error(`no document "${name}" in the list`));
        const t0 = performance.now();
        const shown = () => {
          const title = document.querySelector('.reader-pane h2')?.textContent ?? '';
          return title.includes(name) && document.querySelector('[data-testid="reader"] [data-row-index]');
        };
        const poll = () => {
          if (performance.now() - t0 > 20_000) return reject(new Error(`"${name}" did not open within 20 s`));
          // The frame after the row exists is the one that shows it.
          if (shown()) requestAnimationFrame(() => setTimeout(() => resolve(performance.now() - t0)));
          else requestAnimationFrame(poll);
        };
        item.click();
        requestAnimationFrame(poll);
      }),
    name,
  );
}

interface ScrollRun {
  steps: { kind: 'page' | 'stride' | 'jump'; start: number; ms: number }[];
  idleFrames: number[];
  longTasks: { start: number; duration: number }[];
  rowsRendered: number;
}

/**
 * Page down through the first tenth of the transcript, then in 60 strides through
 * the rest, then jump to each quarter and back to the top. A step lasts from
 * setting scrollTop until the frame after rows are painted at the new place.
 */
function scrollThrough(page: Page): Promise<ScrollRun> {
  return page.evaluate(async () => {
    const el = document.querySelector<HTMLElement>('[data-testid="reader"]')!;
    const frame = () => new Promise<void>((r) => requestAnimationFrame(() => r()));
    const box = el.getBoundingClientRect();
    const painted = () => document.elementFromPoint(box.left + box.width / 3, box.top + box.height / 2)?.closest('[data-row-index]');
    const idleFrames: number[] = [];
    for (let i = 0; i < 20; i++) {
      const t = performance.now();
      await frame();
      await frame();
      idleFrames.push(performance.now() - t);
    }
    const from = performance.now();
    const steps: ScrollRun['steps'] = [];
    const go = async (kind: ScrollRun['steps'][number]['kind'], top: number) => {
      const t = performance.now();
      el.scrollTop = top;
      await frame();
      while (!painted() && performance.now() - t < 5_000) await frame();
      await frame();
      steps.push({ kind, start: t, ms: performance.now() - t });
    };
    const total = el.scrollHeight;
    for (let top = 0; top < total / 10; top += el.clientHeight * 0.9) await go('page', top);
    for (let top = total / 10; top < total; top += total / 60) await go('stride', top);
    for (const q of [0.25, 0.5, 0.75, 1, 0]) await go('jump', q * (el.scrollHeight - el.clientHeight));
    const longTasks = window.__longTasks.filter((t) => t.start >= from);
    return { steps, idleFrames, longTasks, rowsRendered: el.querySelectorAll('[data-row-index]').length };
  });
}

/** "page 2 (max 80 ms), stride 4 (max 152 ms)": where the long tasks fell. */
function longTasksByKind(run: ScrollRun): string {
  const by = new Map<string, number[]>();
  for (const t of run.longTasks) {
    const step = [...run.steps].reverse().find((s) => s.start <= t.start);
    const kind = step?.kind ?? 'before';
    by.set(kind, [...(by.get(kind) ?? []), t.duration]);
  }
  return [...by].map(([k, d]) => `${k} ${d.length} (max ${Math.max(...d).toFixed(0)} ms)`).join(', ') || 'none';
}

/** In-page fetch of the text the reader paints first: the floor under its first paint. */
function fetchDocument(page: Page, name: string): Promise<number> {
  return page.evaluate(async (name) => {
    const token = sessionStorage.getItem('qualia.token')!;
    const post = async (method: string, body: unknown) => {
      const r = await fetch(`/api/${method}`, { method: 'POST', headers: { 'content-type': 'application/json', 'x-qualia-token': token }, body: JSON.stringify(body) });
      const env = (await r.json()) as { ok: boolean; value: { id: string } };
      if (!env.ok) throw new Error(`${method} failed`);
      return env.value;
    };
    const t0 = performance.now();
    await post('documents.get', { id: name });
    return performance.now() - t0;
  }, name);
}

async function uiScenarios(dir: string, seed: number, runsOverride: number | null, log: (m: string) => void): Promise<ScenarioResult[]> {
  const openName = 'open a 500-page transcript (6,000 turns) in the browser: click to first painted turn';
  const scrollName = 'scroll through that transcript (page steps and jumps): time until the new rows are painted';
  if (!existsSync(CHROMIUM)) {
    const skipped = `not available: no Chromium at ${CHROMIUM} (set QUALIA_CHROMIUM)`;
    return [
      { id: 'ui-open', name: openName, metric: 'median', skipped },
      { id: 'ui-scroll', name: scrollName, metric: 'median', skipped },
    ];
  }
  if (!existsSync('dist/renderer/index.html')) throw new Error('dist/renderer is missing: run `npm run build`');
  const built = buildProject(join(dir, 'ui'), seed);
  const env = { ...process.env, QUALIA_CONFIG_DIR: join(dir, 'ui', 'config') };
  const { child, url } = await serve(built.project, env);
  let browser: BrowserContext | null = null;
  try {
    browser = await chromium.launchPersistentContext(join(dir, 'ui', 'chromium-profile'), {
      executablePath: CHROMIUM,
      headless: true,
      viewport: { width: 1280, height: 800 },
      args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
    });
    const page = browser.pages()[0] ?? (await browser.newPage());
    await page.addInitScript(() => {
      window.__longTasks = [];
      new PerformanceObserver((list) => {
        for (const e of list.getEntries()) window.__longTasks.push({ start: e.startTime, duration: e.duration });
      }).observe({ type: 'longtask', buffered: true });
    });
    await page.goto(url);
    await page.getByTestId('doc-item').first().waitFor();
    const n = runsOverride ?? 7;
    const opens: number[] = [];
    const fetches: number[] = [];
    let openLongest = 0;
    for (let i = 0; i < n + 1; i++) {
      await openDocument(page, SHORT);
      await page.waitForTimeout(300);
      const since = await page.evaluate(() => performance.now());
      const ms = await openDocument(page, LONG);
      await page.waitForTimeout(500);
      const tasks = await page.evaluate((since) => window.__longTasks.filter((t) => t.start >= since).map((t) => t.duration), since);
      // The first open also loads code-splitting chunks and warms caches: not counted.
      if (i > 0) {
        opens.push(ms);
        openLongest = Math.max(openLongest, ...tasks);
        fetches.push(await fetchDocument(page, LONG));
      }
      log(`  ui open run ${i + 1}/${n + 1}: ${ms.toFixed(0)} ms`);
    }
    await page.waitForTimeout(1_000);
    const scroll = await scrollThrough(page);
    const s = stats(opens);
    const f = stats(fetches);
    const st = stats(scroll.steps.map((x) => x.ms));
    const idle = stats(scroll.idleFrames);
    const longest = Math.max(0, ...scroll.longTasks.map((t) => t.duration));
    log(`  ui scroll: ${scroll.steps.length} steps, p95 ${st.p95} ms, ${scroll.longTasks.length} long tasks`);
    return [
      {
        id: 'ui-open',
        name: openName,
        metric: 'median',
        stats: s,
        baseline: { name: 'in-page fetch of documents.get for the same document (the text and turns, no rendering)', stats: f },
        ratio: round2(s.median / f.median),
        extra: { characters: built.characters, excerpts: built.excerpts, longestTaskWhileOpeningMs: round2(openLongest) },
      },
      {
        id: 'ui-scroll',
        name: scrollName,
        metric: 'median',
        stats: st,
        baseline: { name: 'two idle animation frames (the frame floor)', stats: idle },
        ratio: round2(st.median / idle.median),
        extra: { steps: scroll.steps.length, longTasks: scroll.longTasks.length, longestTaskMs: round2(longest), longTasksDuring: longTasksByKind(scroll), rowsInDom: scroll.rowsRendered },
      },
    ];
  } finally {
    await browser?.close();
    if (child.exitCode === null) {
      child.kill('SIGTERM');
      await new Promise((r) => child.once('exit', r));
    }
  }
}

const [dir, seed, runs, out] = process.argv.slice(2);
if (!dir || !seed || !runs || !out) {
  process.stderr.write('usage: node dist/bench/ui.js <scratch dir> <seed> <runs|-> <out.json>\n');
  process.exit(1);
}
const results = await uiScenarios(dir, Number(seed), runs === '-' ? null : Number(runs), (m) => process.stdout.write(`${m}\n`));
writeFileSync(out, JSON.stringify(results));
