// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import type { Code } from '../../shared/api/schemas';
import { stepBoundary } from '../../renderer/coding/boundaries';
import { dropTarget, moveTarget, visibleNodes } from '../../renderer/coding/codeTree';
import { assignLanes } from '../../renderer/coding/lanes';
import { markSpans } from '../../renderer/coding/marks';
import { pointToOffset, rangeToOffsets } from '../../renderer/coding/selection';
import { scaleValues, weightLabel } from '../../renderer/coding/weights';

const code = (id: string, parentId: string | null, name = id): Code => ({ id, parentId, name, path: name, colour: '#000000', definition: '', inclusion: '', exclusion: '', example: '', position: 0, weight: null, excerpts: 0 });
const ex = (id: string, start: number, end: number, codes = 1) => ({ id, start, end, codes: Array.from({ length: codes }, (_, i) => ({ codeId: `c${i}`, weight: null })) });

describe('stripe lanes', () => {
  it('puts overlapping excerpts side by side and reuses lanes once free', () => {
    const { lanes, count } = assignLanes([ex('a', 0, 10), ex('b', 5, 15, 2), ex('c', 12, 20), ex('d', 20, 30)]);
    expect(Object.fromEntries(lanes)).toEqual({ a: 0, b: 1, c: 0, d: 0 });
    expect(count).toBe(3);
  });
});

describe('text marks', () => {
  it('splits spans at mark edges and keeps every offset', () => {
    const pieces = markSpans([{ start: 0, end: 10, gap: false }, { start: 10, end: 12, gap: true }], [{ start: 3, end: 11, kind: 'selected' }, { start: 5, end: 6, kind: 'hit' }]);
    expect(pieces.map((p) => [p.start, p.end, p.marks.join('+')])).toEqual([
      [0, 3, ''], [3, 5, 'selected'], [5, 6, 'selected+hit'], [6, 10, 'selected'], [10, 11, 'selected'], [11, 12, ''],
    ]);
  });
});

describe('excerpt boundaries', () => {
  const text = 'Mostly by watching Rocío. She let me.';
  it('extends and shrinks by one word, never below one word', () => {
    const r = { start: 10, end: 18 }; // "watching"
    expect(stepBoundary(text, r, 'start', 'extend')).toEqual({ start: 7, end: 18 });
    expect(stepBoundary(text, r, 'end', 'extend')).toEqual({ start: 10, end: 24 });
    expect(stepBoundary(text, { start: 7, end: 24 }, 'start', 'shrink')).toEqual({ start: 10, end: 24 });
    expect(stepBoundary(text, { start: 7, end: 24 }, 'end', 'shrink')).toEqual({ start: 7, end: 18 });
    expect(stepBoundary(text, r, 'end', 'shrink')).toEqual(r);
  });
});

describe('code tree moves', () => {
  const codes = [code('a', null), code('a1', 'a'), code('a2', 'a'), code('b', null)];
  it('computes up, down, indent and outdent as codes.move arguments', () => {
    expect(moveTarget(codes, 'a2', 'up')).toEqual({ parentId: 'a', position: 0 });
    expect(moveTarget(codes, 'a1', 'up')).toBeNull();
    expect(moveTarget(codes, 'a', 'down')).toEqual({ parentId: null, position: 1 });
    expect(moveTarget(codes, 'b', 'indent')).toEqual({ parentId: 'a', position: 2 });
    expect(moveTarget(codes, 'a2', 'indent')).toEqual({ parentId: 'a1', position: 0 });
    expect(moveTarget(codes, 'a1', 'outdent')).toEqual({ parentId: null, position: 1 });
  });
  it('refuses to drop a code into itself and places before/after/inside', () => {
    expect(dropTarget(codes, 'a', 'a1', 'inside')).toBeNull();
    expect(dropTarget(codes, 'b', 'a1', 'before')).toEqual({ parentId: 'a', position: 0 });
    expect(dropTarget(codes, 'a1', 'a2', 'after')).toEqual({ parentId: 'a', position: 1 });
    expect(dropTarget(codes, 'a2', 'b', 'inside')).toEqual({ parentId: 'b', position: 0 });
  });
  it('hides the children of collapsed codes', () => {
    expect(visibleNodes(codes, new Set(['a'])).map((n) => n.code.id)).toEqual(['a', 'b']);
  });
});

describe('weights', () => {
  it('lists integer steps with their labels', () => {
    const scale = { min: -2, max: 2, labels: { '-2': 'highly sceptical', '2': 'highly supportive' } };
    expect(scaleValues(scale)).toEqual([-2, -1, 0, 1, 2]);
    expect(weightLabel(scale, -2)).toBe('−2 highly sceptical');
    expect(weightLabel(scale, 1)).toBe('+1');
    expect(weightLabel(scale, null)).toBe('no weight');
  });
});

describe('selection to offsets', () => {
  function reader() {
    const root = document.createElement('div');
    // A gutter without offsets, then text pieces as the reader draws them (the emoji is two units).
    root.innerHTML = '<div><div data-gutter="">Lucía</div><div><span data-start="7" data-end="20">Mostly 😊 by </span><span data-start="20" data-end="28">watching</span></div></div>';
    document.body.append(root);
    return root;
  }
  it('maps text-node points by their piece offsets', () => {
    const root = reader();
    const [a, b] = root.querySelectorAll('[data-start]');
    const range = document.createRange();
    range.setStart(a!.firstChild!, 7); // where the emoji (two UTF-16 units) starts
    range.setEnd(b!.firstChild!, 5);
    expect(rangeToOffsets(root, range)).toEqual({ start: 14, end: 25 });
  });
  it('maps element and gutter points to the next piece', () => {
    const root = reader();
    const gutterText = root.querySelector('[data-gutter]')!.firstChild!;
    expect(pointToOffset(root, gutterText, 2)).toBe(7);
    expect(pointToOffset(root, root, root.childNodes.length)).toBe(28);
  });
});
