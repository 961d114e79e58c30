import { createRequire } from 'node:module';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { isTrustedSender, secureWebPreferences } from '../../electron/windowOptions';

const require = createRequire(import.meta.url);

describe('Electron host', () => {
  it('creates windows with the security checklist settings', () => {
    expect(secureWebPreferences('/app/preload.cjs')).toMatchObject({
      preload: '/app/preload.cjs',
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      webSecurity: true,
      webviewTag: false,
    });
  });

  it('answers IPC only from its own page', () => {
    const own = 'file:///opt/Qualia/resources/app.asar/dist/renderer/index.html';
    expect(isTrustedSender(own, own)).toBe(true);
    expect(isTrustedSender(`${own}#/documents`, own)).toBe(true);
    expect(isTrustedSender('https://example.org/index.html', own)).toBe(false);
    expect(isTrustedSender('file:///tmp/evil/index.html', own)).toBe(false);
    expect(isTrustedSender('', own)).toBe(false);
  });

  it('ships a packaging config that electron-builder accepts, for Linux, Windows and macOS', async () => {
    const yaml = require('js-yaml') as { load(s: string): Record<string, { target: string[] }> };
    const { validateConfiguration } = require('app-builder-lib/out/util/config/config') as {
      validateConfiguration(cfg: unknown, logger: unknown): Promise<void>;
    };
    const { DebugLogger } = require('builder-util') as { DebugLogger: new (enabled: boolean) => unknown };
    const cfg = yaml.load(readFileSync('electron-builder.yml', 'utf8'));
    await expect(validateConfiguration(cfg, new DebugLogger(false))).resolves.toBeUndefined();
    expect(cfg.linux!.target).toEqual(['AppImage', 'deb']);
    expect(cfg.win!.target).toEqual(['nsis']);
    expect(cfg.mac!.target).toEqual(['dmg']);
    // A config the schema refuses is refused (the check above can fail).
    await expect(validateConfiguration({ ...cfg, linux: { bogusKey: 1 } }, new DebugLogger(false))).rejects.toThrow();
  });
});
