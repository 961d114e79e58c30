// Timestamps as they appear in transcripts and caption files: "00:12:03",
// "0:03" (Teams), "0:0:37.100" (old Teams, unpadded), "00:00:01,500" (SRT).

/** Milliseconds for `[h:]m:s[.fff|,fff]`, or null when it is not a timestamp. */
export function parseTimecode(stamp: string): number | null {
  const m = /^\s*(?:(\d{1,3}):)?(\d{1,2}):(\d{1,2})(?:[.,](\d{1,3}))?\s*$/.exec(stamp);
  if (!m) return null;
  const [, h = '0', min = '0', s = '0', frac] = m;
  if (Number(min) > 59 || Number(s) > 59) return null;
  // ".5" means half a second, not 5 ms.
  const ms = frac ? Number(frac.padEnd(3, '0')) : 0;
  return ((Number(h) * 60 + Number(min)) * 60 + Number(s)) * 1000 + ms;
}

/** "01:02:03.004" — for messages and for building text from cues. */
export function formatTimecode(ms: number): string {
  const pad = (n: number, w = 2) => String(n).padStart(w, '0');
  const h = Math.floor(ms / 3_600_000);
  const m = Math.floor(ms / 60_000) % 60;
  const s = Math.floor(ms / 1000) % 60;
  return `${pad(h)}:${pad(m)}:${pad(s)}.${pad(ms % 1000, 3)}`;
}
