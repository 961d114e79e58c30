import { type RefObject, useId, useState } from 'react';
import type { Code } from '../../../shared/api/schemas';
import type { Scale } from '../../coding/weights';
import { formatCount } from '../../format/numbers';
import { useStore } from '../../store';
import type { CodePatch } from '../../store/codebookSlice';
import { CodeMemos } from './CodeMemos';
import { MergeCodeForm } from './MergeCodeForm';
import { scaleProblem, WeightScaleEditor } from './WeightScaleEditor';

type TextField = 'definition' | 'inclusion' | 'exclusion' | 'example';
interface Draft {
  name: string;
  colour: string;
  definition: string;
  inclusion: string;
  exclusion: string;
  example: string;
  weight: Scale | null;
}

const textFields: { key: TextField; label: string; hint: string }[] = [
  { key: 'definition', label: 'Definition', hint: 'What the code means.' },
  { key: 'inclusion', label: 'Use when', hint: 'Inclusion criteria.' },
  { key: 'exclusion', label: 'Do not use when', hint: 'Exclusion criteria (and which code to use instead).' },
  { key: 'example', label: 'Example', hint: 'A typical quotation.' },
];

/** Edit one code: name, colour, definition and criteria, weight scale; split, merge, delete, memos. */
export function CodeEditor({ code, nameRef, onDelete, onSelect, onSplit }: { code: Code; nameRef: RefObject<HTMLInputElement | null>; onDelete(): void; onSelect(id: string): void; onSplit(): void }) {
  const notes = useStore((s) => s.codeNotes[code.id]);
  const updateCode = useStore((s) => s.updateCode);
  // codes.list does not carry the criteria; show what the server sends if it ever does, else this session's.
  const extra = code as Code & Partial<Record<TextField, string>>;
  const initial: Draft = {
    name: code.name,
    colour: code.colour,
    definition: code.definition,
    inclusion: notes?.inclusion ?? extra.inclusion ?? '',
    exclusion: notes?.exclusion ?? extra.exclusion ?? '',
    example: notes?.example ?? extra.example ?? '',
    weight: code.weight,
  };
  const [draft, setDraft] = useState<Draft>(initial);
  const id = useId();

  const changed: CodePatch = {};
  if (draft.name.trim() !== initial.name) changed.name = draft.name.trim();
  if (draft.colour !== initial.colour) changed.colour = draft.colour;
  for (const f of textFields) if (draft[f.key] !== initial[f.key]) changed[f.key] = draft[f.key];
  if (JSON.stringify(draft.weight) !== JSON.stringify(initial.weight)) changed.weight = draft.weight;
  const problem = !draft.name.trim() ? 'A code needs a name.' : scaleProblem(draft.weight);
  const dirty = Object.keys(changed).length > 0;

  return (
    <div className="code-editor-wrap">
    <form
      className="code-editor"
      aria-label={`Code ${code.name}`}
      onSubmit={(e) => {
        e.preventDefault();
        if (dirty && !problem) void updateCode(code.id, changed);
      }}
    >
      <p className="muted cb-path">
        {code.path} · {formatCount(code.excerpts)} excerpt{code.excerpts === 1 ? '' : 's'}
      </p>
      <div className="cb-name-row">
        <label htmlFor={`${id}-name`}>Name</label>
        <input id={`${id}-name`} ref={nameRef} type="text" value={draft.name} onChange={(e) => setDraft({ ...draft, name: e.target.value })} />
        <label htmlFor={`${id}-colour`}>Colour</label>
        <input id={`${id}-colour`} type="color" value={draft.colour} onChange={(e) => setDraft({ ...draft, colour: e.target.value })} />
      </div>
      {textFields.map((f) => (
        <div key={f.key} className="cb-field">
          <label htmlFor={`${id}-${f.key}`}>{f.label}</label>
          <textarea
            id={`${id}-${f.key}`}
            rows={f.key === 'definition' ? 3 : 2}
            placeholder={f.hint}
            value={draft[f.key]}
            onChange={(e) => setDraft({ ...draft, [f.key]: e.target.value })}
          />
        </div>
      ))}
      <WeightScaleEditor value={draft.weight} onChange={(weight) => setDraft({ ...draft, weight })} />
      {problem && <p className="error-text">{problem}</p>}
      <div className="button-row">
        <button type="submit" className="primary" disabled={!dirty || !!problem}>
          Save changes
        </button>
        <button type="button" disabled={!dirty} onClick={() => setDraft(initial)}>
          Revert
        </button>
        <span className="topbar-spacer" />
        <button type="button" onClick={onSplit} title="Move some of this code's excerpts to a new code">
          Split…
        </button>
        <button type="button" className="coding-danger" onClick={onDelete}>
          Delete code…
        </button>
      </div>
    </form>
    <MergeCodeForm code={code} onMerged={onSelect} />
    <CodeMemos code={code} />
    </div>
  );
}
