import { useId, useState } from 'react';
import { useStore } from '../store';
import type { Extent } from '../store/searchSlice';
import { clip } from './describe';
import { WeightSelect } from './WeightSelect';

const extents: { id: Extent; label: string }[] = [
  { id: 'hit', label: 'the hit only' },
  { id: 'sentence', label: 'its sentence' },
  { id: 'paragraph', label: 'its paragraph' },
  { id: 'turn', label: 'its speaker turn' },
];

/** Auto-code: apply one code to every hit, grown to a sentence, paragraph or turn; preview first. */
export function AutoCodePanel() {
  const codes = useStore((s) => s.codes);
  const preview = useStore((s) => s.autocodePreview);
  const result = useStore((s) => s.autocodeResult);
  const previewAutocode = useStore((s) => s.previewAutocode);
  const applyAutocode = useStore((s) => s.applyAutocode);
  const hasCoder = useStore((s) => s.activeCoderId !== null);
  const [codeId, setCodeId] = useState('');
  const [extent, setExtent] = useState<Extent>('sentence');
  const [weight, setWeight] = useState<number | null>(null);
  const [previewed, setPreviewed] = useState<Extent | null>(null);
  const titleId = useId();
  const code = codes.find((c) => c.id === codeId);

  return (
    <section className="autocode" aria-labelledby={titleId}>
      <h3 id={titleId}>Auto-code the hits</h3>
      <div className="autocode-form">
        <label>
          Code{' '}
          <select value={codeId} onChange={(e) => (setCodeId(e.target.value), setWeight(null))}>
            <option value="">Choose a code…</option>
            {codes.map((c) => (
              <option key={c.id} value={c.id}>
                {c.path}
              </option>
            ))}
          </select>
        </label>
        <label>
          Extend to{' '}
          <select value={extent} onChange={(e) => setExtent(e.target.value as Extent)}>
            {extents.map((x) => (
              <option key={x.id} value={x.id}>
                {x.label}
              </option>
            ))}
          </select>
        </label>
        {code?.weight && (
          <label>
            Weight <WeightSelect code={code} value={weight} onChange={setWeight} />
          </label>
        )}
      </div>
      <div className="button-row">
        <button type="button" className="pane-action" onClick={() => (setPreviewed(extent), void previewAutocode(extent))}>
          Preview
        </button>
        <button
          type="button"
          className="pane-action primary"
          disabled={!code || !preview || preview.length === 0 || previewed !== extent || !hasCoder}
          onClick={() => void applyAutocode({ extent, codeId, weight })}
        >
          {preview ? `Apply to ${preview.length} passage${preview.length === 1 ? '' : 's'}` : 'Apply (preview first)'}
        </button>
      </div>
      {result !== null && (
        <p role="status" className="autocode-result">
          Created {result} excerpt{result === 1 ? '' : 's'} — one step to undo.
        </p>
      )}
      {preview && (
        <ol className="autocode-preview" aria-label="Passages to code">
          {preview.map((p) => (
            <li key={`${p.documentId}-${p.start}`}>
              <span className="muted">{p.documentName}: </span>
              {clip(p.text, 200)}
            </li>
          ))}
        </ol>
      )}
    </section>
  );
}
