// Files picked or dropped in the UI travel to the core as base64 of their raw
// bytes (the same over IPC and HTTP); decoding stays in the core, which detects
// the encoding from the bytes themselves.

/** What the import needs of a File; tests and the store accept any such object. */
export interface PickedFile {
  readonly name: string;
  readonly size: number;
  arrayBuffer(): Promise<ArrayBuffer>;
}

export interface WireFile {
  fileName: string;
  data: string;
}

// A multiple of 3, so each chunk encodes to whole base64 quads and the pieces
// simply concatenate; small enough for String.fromCharCode's argument limit.
const CHUNK = 3 * 8192;

export function bytesToBase64(bytes: Uint8Array): string {
  const parts: string[] = [];
  for (let i = 0; i < bytes.length; i += CHUNK) {
    const chunk = bytes.subarray(i, i + CHUNK);
    parts.push(btoa(String.fromCharCode.apply(null, chunk as unknown as number[])));
  }
  return parts.join('');
}

export async function readWireFile(file: PickedFile): Promise<WireFile> {
  return { fileName: file.name, data: bytesToBase64(new Uint8Array(await file.arrayBuffer())) };
}

/**
 * The browser host refuses request bodies over 64 MB (cli/serve/server.ts); base64
 * adds a third, so larger files fail there with a bare network error. Say so first.
 */
export const BROWSER_MAX_FILE_BYTES = 46 * 1024 * 1024;

export function tooLargeForBrowser(file: PickedFile): string | null {
  if (file.size <= BROWSER_MAX_FILE_BYTES) return null;
  const mb = (n: number) => `${Math.round(n / (1024 * 1024))} MB`;
  return `${file.name} is ${mb(file.size)}; the browser version sends files up to ${mb(BROWSER_MAX_FILE_BYTES)}. Use the desktop app or \`qualia import\` for it.`;
}

export const ENCODINGS: ReadonlyArray<{ value: string; label: string }> = [
  { value: '', label: 'Detect automatically' },
  { value: 'utf-8', label: 'UTF-8' },
  { value: 'utf-16le', label: 'UTF-16LE' },
  { value: 'utf-16be', label: 'UTF-16BE' },
  { value: 'windows-1252', label: 'Windows-1252' },
  { value: 'iso-8859-1', label: 'ISO-8859-1' },
];

/** A user's speaker pattern must compile the way the core compiles it (flag `u`). */
export function patternProblem(pattern: string): string | null {
  if (!pattern.trim()) return null;
  try {
    new RegExp(pattern, 'u');
    return null;
  } catch (err) {
    return `Not a valid pattern: ${(err as Error).message}`;
  }
}
