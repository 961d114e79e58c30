// The hardened web preferences of every Qualia window (Electron security checklist).
// Kept apart from main.ts so a test can hold them to the checklist.
export function secureWebPreferences(preload: string) {
  return {
    preload,
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
  } as const;
}

/** IPC is answered only for our own page, loaded from the packaged renderer. */
export function isTrustedSender(frameUrl: string, rendererUrl: string): boolean {
  return frameUrl.split('#')[0]!.split('?')[0] === rendererUrl;
}
