// Renders one of the analysis views (Themes, Analysis) over a store on the fake
// client, without the rest of the app, and records what the page downloads.
import { cleanup, render } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type { ReactElement } from 'react';
import { afterEach, vi } from 'vitest';
import { createStore, StoreProvider } from '../../renderer/store';
import { fakeClient, studyPath } from './fakeClient';
import { analysisProject } from './fakeAnalysisData';

afterEach(() => {
  cleanup();
  vi.restoreAllMocks();
});

export async function renderView(view: ReactElement) {
  const project = analysisProject();
  const client = fakeClient({ projects: [project], openAtLaunch: studyPath });
  const store = createStore(client);
  await store.getState().init();
  const user = userEvent.setup();
  const utils = render(<StoreProvider store={store}>{view}</StoreProvider>);
  return { ...utils, client, store, user, project };
}

export interface Download {
  fileName: string;
  blob: Blob;
}

/** Capture Blob-URL downloads: the blob behind each <a download> the page clicks. */
export function captureDownloads(): Download[] {
  const blobs = new Map<string, Blob>();
  const downloads: Download[] = [];
  let n = 0;
  URL.createObjectURL = (blob: Blob) => {
    const url = `blob:fake/${++n}`;
    blobs.set(url, blob);
    return url;
  };
  URL.revokeObjectURL = () => {};
  vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (this: HTMLAnchorElement) {
    const blob = blobs.get(this.href);
    if (blob && this.download) downloads.push({ fileName: this.download, blob });
  });
  return downloads;
}

/** A Blob's bytes decoded as UTF-8, keeping a leading BOM (TextDecoder would drop it). */
export async function blobText(blob: Blob): Promise<string> {
  // jsdom's Blob has no arrayBuffer(); its FileReader does the same job.
  const buffer = await new Promise<ArrayBuffer>((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => resolve(reader.result as ArrayBuffer);
    reader.onerror = () => reject(reader.error);
    reader.readAsArrayBuffer(blob);
  });
  const bytes = new Uint8Array(buffer);
  return new TextDecoder('utf-8', { ignoreBOM: true }).decode(bytes);
}
