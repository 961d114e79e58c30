// Stripes in the margin of a passage, one per run of lines a coder's highlights
// cover — like the reader's excerpt stripes. Positions are measured from the
// rendered <mark>s, so they follow the text's wrapping.
import { type RefObject, useLayoutEffect, useState } from 'react';

interface Stripe {
  top: number;
  height: number;
}

function measure(el: HTMLElement): Stripe[] {
  const base = el.getBoundingClientRect();
  const runs: { top: number; bottom: number }[] = [];
  for (const mark of el.querySelectorAll('mark')) {
    for (const r of mark.getClientRects()) {
      if (r.height > 0) runs.push({ top: r.top - base.top, bottom: r.bottom - base.top });
    }
  }
  runs.sort((x, y) => x.top - y.top);
  const merged: { top: number; bottom: number }[] = [];
  for (const r of runs) {
    const last = merged.at(-1);
    // Consecutive lines of one highlight make one stripe: the gap between their
    // boxes is the line spacing, under a line's height.
    if (last && r.top <= last.bottom + (r.bottom - r.top)) last.bottom = Math.max(last.bottom, r.bottom);
    else merged.push({ ...r });
  }
  return merged.map((r) => ({ top: Math.round(r.top), height: Math.round(r.bottom - r.top) }));
}

const same = (x: Stripe[], y: Stripe[]) => x.length === y.length && x.every((s, i) => s.top === y[i]!.top && s.height === y[i]!.height);

export function Stripes({ target, colour, side, version }: { target: RefObject<HTMLElement | null>; colour: string; side: 'start' | 'end'; version: string }) {
  const [stripes, setStripes] = useState<Stripe[]>([]);
  useLayoutEffect(() => {
    const el = target.current;
    if (!el) return;
    const update = () => {
      const next = measure(el);
      setStripes((old) => (same(old, next) ? old : next));
    };
    update();
    if (typeof ResizeObserver === 'undefined') return;
    const observer = new ResizeObserver(update);
    observer.observe(el);
    return () => observer.disconnect();
  }, [target, version]);
  return (
    <div className={`cmp-stripes cmp-stripes-${side}`} aria-hidden="true">
      {stripes.map((s) => (
        <span key={`${s.top}-${s.height}`} className="cmp-stripe" style={{ top: s.top, height: s.height, background: colour }} />
      ))}
    </div>
  );
}
