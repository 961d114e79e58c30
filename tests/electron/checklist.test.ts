// The Electron security checklist, checked in code: window options, the CSP both
// hosts send, the handlers that deny navigation, new windows, webviews,
// permissions and network requests (run against a stand-in for Electron's `app`
// and `session`, so they are exercised, not just read), the one-function preload,
// the single IPC channel, and the fuses flipped at packaging.
import { readdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { beforeAll, describe, expect, it, vi } from 'vitest';
import { CONTENT_SECURITY_POLICY } from '../../cli/serve/static';
import { secureWebPreferences } from '../../electron/windowOptions';

type Listener = (...args: unknown[]) => unknown;

// A recording stand-in for the parts of Electron the host touches.
const fake = vi.hoisted(() => {
  const appListeners = new Map<string, (...args: unknown[]) => unknown>();
  const session = {
    permissionRequest: null as null | ((...a: unknown[]) => unknown),
    permissionCheck: null as null | ((...a: unknown[]) => unknown),
    devicePermission: null as null | ((...a: unknown[]) => unknown),
    beforeRequest: null as null | { filter: { urls: string[] }; handler: (...a: unknown[]) => unknown },
    headersReceived: null as null | ((...a: unknown[]) => unknown),
  };
  const exposed: { key: string; api: Record<string, unknown> }[] = [];
  const invoked: unknown[][] = [];
  const subscribed: string[] = [];
  return { appListeners, session, exposed, invoked, subscribed };
});

vi.mock('electron', () => ({
  app: { on: (event: string, fn: Listener) => fake.appListeners.set(event, fn) },
  session: {
    defaultSession: {
      setPermissionRequestHandler: (fn: Listener) => (fake.session.permissionRequest = fn),
      setPermissionCheckHandler: (fn: Listener) => (fake.session.permissionCheck = fn),
      setDevicePermissionHandler: (fn: Listener) => (fake.session.devicePermission = fn),
      webRequest: {
        onBeforeRequest: (filter: { urls: string[] }, handler: Listener) => (fake.session.beforeRequest = { filter, handler }),
        onHeadersReceived: (fn: Listener) => (fake.session.headersReceived = fn),
      },
    },
  },
  contextBridge: { exposeInMainWorld: (key: string, api: Record<string, unknown>) => fake.exposed.push({ key, api }) },
  ipcRenderer: {
    invoke: (...args: unknown[]) => {
      fake.invoked.push(args);
      return Promise.resolve(null);
    },
    on: (channel: string) => fake.subscribed.push(channel),
    removeListener: () => undefined,
  },
}));

const require = createRequire(import.meta.url);
const electronSources = readdirSync('electron').filter((f) => f.endsWith('.ts')).map((f) => ({ file: f, text: readFileSync(join('electron', f), 'utf8') }));

function directives(csp: string): Map<string, string[]> {
  return new Map(csp.split(';').map((d) => d.trim()).filter(Boolean).map((d) => {
    const [name, ...values] = d.split(/\s+/);
    return [name!, values];
  }));
}

/** The checks a CSP must pass, wherever it is declared. */
function expectStrictCsp(csp: string, where: string): void {
  const d = directives(csp);
  expect(d.get('default-src'), where).toEqual(["'self'"]);
  expect(d.get('script-src'), `${where}: scripts only from the app itself — no inline, no eval`).toEqual(["'self'"]);
  expect(d.get('object-src'), where).toEqual(["'none'"]);
  expect(d.get('base-uri'), where).toEqual(["'none'"]);
  expect(d.get('form-action'), where).toEqual(["'none'"]);
  expect(d.get('frame-src'), where).toEqual(["'none'"]);
  expect(d.get('connect-src'), where).toEqual(["'self'"]);
  expect(csp, where).not.toContain('unsafe-eval');
  expect(csp, `${where}: no host may be named`).not.toMatch(/https?:|\bws:|\*/);
}

describe('Electron security checklist', () => {
  it('opens every window with the hardened web preferences', () => {
    expect(secureWebPreferences('/app/preload.cjs')).toEqual({
      preload: '/app/preload.cjs',
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      webviewTag: false,
      experimentalFeatures: false,
      spellcheck: false,
    });
    const windows = electronSources.flatMap(({ file, text }) => [...text.matchAll(/new BrowserWindow\(\{[\s\S]*?\n {2}\}\)/g)].map((m) => ({ file, code: m[0] })));
    expect(windows.length).toBeGreaterThan(0);
    for (const w of windows) expect(w.code, w.file).toMatch(/webPreferences: secureWebPreferences\(/);
    // Nothing in the host switches a protection back off.
    for (const { file, text } of electronSources) {
      expect(text, file).not.toMatch(/(contextIsolation|sandbox|webSecurity):\s*false|nodeIntegration\w*:\s*true|allowRunningInsecureContent:\s*true|webviewTag:\s*true/);
      expect(text, file).not.toMatch(/shell\.openExternal|enableRemoteModule|disable-web-security|--no-sandbox/);
    }
  });

  it('sends a CSP without unsafe-eval or inline scripts, from both hosts and the page itself', () => {
    expectStrictCsp(CONTENT_SECURITY_POLICY, 'cli/serve/static.ts');
    expect(directives(CONTENT_SECURITY_POLICY).get('frame-ancestors')).toEqual(["'none'"]);
    const meta = /http-equiv="Content-Security-Policy"\s+content="([^"]+)"/.exec(readFileSync('renderer/index.html', 'utf8'))?.[1];
    expect(meta).toBeDefined();
    expectStrictCsp(meta!, 'renderer/index.html');
    expect(electronSources.find((s) => s.file === 'security.ts')!.text).toContain("'Content-Security-Policy': [CONTENT_SECURITY_POLICY]");
  });

  describe('handlers on every web contents and the session', () => {
    beforeAll(async () => {
      const { hardenApp, hardenSession } = await import('../../electron/security');
      hardenApp();
      hardenSession();
    });

    function newContents() {
      const on = new Map<string, Listener>();
      let openHandler: Listener | null = null;
      const contents = { on: (e: string, fn: Listener) => on.set(e, fn), setWindowOpenHandler: (fn: Listener) => (openHandler = fn) };
      fake.appListeners.get('web-contents-created')!({}, contents);
      return { on, openHandler: () => openHandler! };
    }

    it.each(['will-navigate', 'will-frame-navigate', 'will-redirect', 'will-attach-webview'])('cancels %s', (event) => {
      const { on } = newContents();
      const e = { preventDefault: vi.fn() };
      on.get(event)!(e, 'https://evil.example/');
      expect(e.preventDefault).toHaveBeenCalledOnce();
    });

    it('denies every new window', () => {
      expect(newContents().openHandler()({ url: 'https://evil.example/' })).toEqual({ action: 'deny' });
    });

    it('denies every permission request and check, devices included', () => {
      for (const permission of ['media', 'geolocation', 'notifications', 'clipboard-read', 'openExternal']) {
        const callback = vi.fn();
        fake.session.permissionRequest!({}, permission, callback);
        expect(callback).toHaveBeenCalledWith(false);
        expect(fake.session.permissionCheck!({}, permission)).toBe(false);
      }
      expect(fake.session.devicePermission!({ deviceType: 'usb' })).toBe(false);
    });

    it('cancels every network request and adds the CSP to responses', () => {
      expect(fake.session.beforeRequest!.filter.urls).toEqual(expect.arrayContaining(['http://*/*', 'https://*/*', 'ws://*/*', 'wss://*/*']));
      const callback = vi.fn();
      fake.session.beforeRequest!.handler({ url: 'https://fonts.googleapis.com/css' }, callback);
      expect(callback).toHaveBeenCalledWith({ cancel: true });
      const headers = vi.fn();
      fake.session.headersReceived!({ responseHeaders: { 'x-a': ['1'] } }, headers);
      expect(headers).toHaveBeenCalledWith({ responseHeaders: { 'x-a': ['1'], 'Content-Security-Policy': [CONTENT_SECURITY_POLICY] } });
    });
  });

  it('exposes exactly one narrow bridge from the preload: invoke and a fixed set of events', async () => {
    await import('../../electron/preload');
    expect(fake.exposed.map((e) => e.key)).toEqual(['qualia']);
    const api = fake.exposed[0]!.api as { invoke: (m: unknown, i: unknown) => Promise<unknown>; on: (c: string, l: Listener) => () => void };
    expect(Object.keys(api).sort()).toEqual(['invoke', 'on']);
    await api.invoke({ toString: () => 'documents.list' }, { a: 1 });
    expect(fake.invoked).toEqual([['qualia:invoke', 'documents.list', { a: 1 }]]);
    api.on('project-changed', () => undefined);
    api.on('../../evil', () => undefined);
    expect(fake.subscribed).toEqual(['qualia:event:project-changed']);
  });

  it('listens on one IPC channel only, routed through the validating router', () => {
    const channels = electronSources.flatMap(({ text }) => [...text.matchAll(/ipcMain\.(handle|handleOnce|on|once)\(\s*'([^']+)'/g)].map((m) => m[2]));
    expect(channels).toEqual(['qualia:invoke']);
    const main = electronSources.find((s) => s.file === 'main.ts')!.text;
    expect(main).toMatch(/ipcMain\.handle\('qualia:invoke',[\s\S]{0,200}routeInvoke\(workspace\.api, rendererUrl,/);
    expect(main).not.toMatch(/\bdispatch\(/);
  });

  it('flips the security fuses when packaging', () => {
    const yaml = require('js-yaml') as { load(s: string): { electronFuses?: Record<string, boolean>; asar?: boolean } };
    const cfg = yaml.load(readFileSync('electron-builder.yml', 'utf8'));
    expect(cfg.asar).toBe(true);
    expect(cfg.electronFuses).toEqual({
      runAsNode: false,
      enableNodeOptionsEnvironmentVariable: false,
      enableNodeCliInspectArguments: false,
      enableEmbeddedAsarIntegrityValidation: true,
      onlyLoadAppFromAsar: true,
      enableCookieEncryption: true,
    });
  });
});
