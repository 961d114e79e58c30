import { type KeyboardEvent, useId, useLayoutEffect, useMemo, useRef, useState } from 'react';
import { foldQuery } from '../../shared/text/fold';
import { useStore } from '../store';
import type { PickerState } from '../store/excerptsSlice';
import { shortcutCodes } from './codeTree';
import { clearSelection } from './readSelection';
import { WeightSelect } from './WeightSelect';

/** The popover that applies codes to a selection: filter, arrows + Enter, checkboxes + Apply, 1–9. */
export function CodePicker() {
  const picker = useStore((s) => s.picker);
  if (!picker) return null;
  return <PickerPopover key={`${picker.range.start}-${picker.range.end}-${picker.excerptId}`} picker={picker} />;
}

function PickerPopover({ picker }: { picker: PickerState }) {
  const codes = useStore((s) => s.codes);
  const applyCodes = useStore((s) => s.applyCodes);
  const closePicker = useStore((s) => s.closePicker);
  const hasCoder = useStore((s) => s.activeCoderId !== null || picker.excerptId !== null);
  const [filter, setFilter] = useState('');
  const [active, setActive] = useState(0);
  const [checked, setChecked] = useState<Map<string, number | null>>(new Map());
  const [place, setPlace] = useState<{ left: number; top: number } | null>(null);
  const ref = useRef<HTMLDivElement>(null);
  const returnTo = useRef<Element | null>(document.activeElement);
  const id = useId();

  const numbers = useMemo(() => new Map(shortcutCodes(codes).map((c, i) => [c.id, i + 1])), [codes]);
  const shown = useMemo(() => {
    const q = foldQuery(filter.trim());
    return q ? codes.filter((c) => foldQuery(c.path).includes(q)) : codes;
  }, [codes, filter]);
  const activeCode = shown[Math.min(active, shown.length - 1)];

  // Open next to the anchor, flipped or shifted so the whole popover stays in the window.
  useLayoutEffect(() => {
    const el = ref.current;
    if (!el) return;
    const { width, height } = el.getBoundingClientRect();
    const { x, y, top: above = y } = picker.anchor;
    const left = Math.max(8, Math.min(x - 24, window.innerWidth - width - 8));
    // Below the selection, else above it, else as low as fits (covering as little as possible).
    const top =
      y + 8 + height <= window.innerHeight - 8 ? y + 8 : above - 8 - height >= 8 ? above - 8 - height : Math.max(8, window.innerHeight - 8 - height);
    setPlace({ left, top });
  }, [picker.anchor]);

  const close = () => {
    closePicker();
    if (returnTo.current instanceof HTMLElement) returnTo.current.focus();
  };
  const apply = async (choices: { codeId: string; weight: number | null }[]) => {
    if (choices.length === 0) return;
    const focusBack = returnTo.current;
    if (await applyCodes(choices)) {
      clearSelection();
      if (focusBack instanceof HTMLElement) focusBack.focus();
    }
  };
  const applyChecked = () =>
    apply(codes.filter((c) => checked.has(c.id)).map((c) => ({ codeId: c.id, weight: checked.get(c.id) ?? null })));
  const toggle = (codeId: string, on: boolean) =>
    setChecked((m) => {
      const next = new Map(m);
      if (on) next.set(codeId, next.get(codeId) ?? null);
      else next.delete(codeId);
      return next;
    });

  const onKeyDown = (e: KeyboardEvent) => {
    const inFilter = e.target instanceof HTMLInputElement && e.target.type === 'search';
    if (e.key === 'Escape') {
      e.preventDefault();
      e.stopPropagation();
      close();
    } else if (inFilter && (e.key === 'ArrowDown' || e.key === 'ArrowUp')) {
      e.preventDefault();
      setActive((a) => Math.max(0, Math.min(shown.length - 1, a + (e.key === 'ArrowDown' ? 1 : -1))));
    } else if (inFilter && e.key === 'Enter') {
      e.preventDefault();
      if (checked.size) void applyChecked();
      else if (activeCode) void apply([{ codeId: activeCode.id, weight: null }]);
    } else if (inFilter && filter === '' && /^[1-9]$/.test(e.key)) {
      const code = shortcutCodes(codes)[Number(e.key) - 1];
      if (!code) return;
      e.preventDefault();
      void apply([{ codeId: code.id, weight: checked.get(code.id) ?? null }]);
    }
  };

  return (
    <div
      ref={ref}
      className="code-picker"
      role="dialog"
      aria-label={picker.excerptId ? 'Add codes to the excerpt' : 'Apply codes'}
      style={place ? { left: place.left, top: place.top } : { visibility: 'hidden' }}
      onKeyDown={onKeyDown}
    >
      {!hasCoder ? (
        <p className="picker-note">Choose or add a coder in the top bar before coding.</p>
      ) : null}
      <input
        type="search"
        className="picker-filter"
        placeholder="Filter codes…"
        aria-label="Filter codes"
        aria-controls={`${id}-list`}
        aria-activedescendant={activeCode ? `${id}-${activeCode.id}` : undefined}
        autoFocus
        value={filter}
        onChange={(e) => {
          setFilter(e.target.value);
          setActive(0);
        }}
      />
      <ul id={`${id}-list`} className="picker-list" aria-label="Codes">
        {shown.length === 0 && <li className="empty">No code matches.</li>}
        {shown.map((code) => {
          const on = checked.has(code.id);
          return (
            <li key={code.id} id={`${id}-${code.id}`} className={code === activeCode ? 'picker-item active' : 'picker-item'} onMouseEnter={() => setActive(shown.indexOf(code))}>
              <label>
                <input type="checkbox" checked={on} onChange={(e) => toggle(code.id, e.target.checked)} />
                <span className="swatch" style={{ backgroundColor: code.colour }} aria-hidden="true" />
                <span className="picker-name" title={code.path}>
                  {code.path}
                </span>
              </label>
              {numbers.has(code.id) && <kbd className="code-key">{numbers.get(code.id)}</kbd>}
              <button type="button" className="icon-button picker-one" aria-label={`Apply ${code.name}`} title={`Apply ${code.name} now`} onClick={() => void apply([{ codeId: code.id, weight: checked.get(code.id) ?? null }])}>
                ↵
              </button>
              {on && code.weight && (
                <WeightSelect code={code} value={checked.get(code.id) ?? null} onChange={(w) => setChecked((m) => new Map(m).set(code.id, w))} />
              )}
            </li>
          );
        })}
      </ul>
      <div className="picker-footer">
        <span className="muted">↑↓ Enter · 1–9 · Esc</span>
        <button type="button" onClick={close}>
          Close
        </button>
        <button type="button" className="primary" disabled={checked.size === 0} onClick={() => void applyChecked()}>
          Apply{checked.size > 1 ? ` ${checked.size} codes` : ''}
        </button>
      </div>
    </div>
  );
}
