import { type KeyboardEvent, useEffect, useRef, useState } from 'react';
import type { DocumentDetail } from '../../shared/api/schemas';
import { useStore } from '../store';

/** The document's name as an input: Enter or leaving the field saves, Escape puts it back. */
export function DocumentNameField({ doc, labelId }: { doc: DocumentDetail; labelId: string }) {
  const rename = useStore((s) => s.renameDocument);
  const [draft, setDraft] = useState(doc.name);
  const skipBlur = useRef(false);
  const pending = useRef(false);

  useEffect(() => setDraft(doc.name), [doc.id, doc.name]);

  const commit = async () => {
    const name = draft.trim();
    if (!name || name === doc.name || pending.current) {
      if (!name) setDraft(doc.name);
      return;
    }
    pending.current = true;
    // A refused name (already taken) is reported in the banner; the field shows the real name again.
    if (!(await rename(doc.id, name))) setDraft(doc.name);
    pending.current = false;
  };

  const onKeyDown = (e: KeyboardEvent<HTMLInputElement>) => {
    if (e.key === 'Enter') {
      e.preventDefault();
      void commit();
    } else if (e.key === 'Escape') {
      e.preventDefault();
      skipBlur.current = true;
      setDraft(doc.name);
      e.currentTarget.blur();
    }
  };

  return (
    <input
      type="text"
      className="inline-edit"
      aria-labelledby={labelId}
      value={draft}
      onChange={(e) => setDraft(e.target.value)}
      onKeyDown={onKeyDown}
      onBlur={() => {
        if (skipBlur.current) skipBlur.current = false;
        else void commit();
      }}
      spellCheck={false}
      autoComplete="off"
    />
  );
}

/** Link the document to a case (participant) by choice, or unlink it. */
export function DocumentCaseField({ doc, labelId }: { doc: DocumentDetail; labelId: string }) {
  const cases = useStore((s) => s.cases.cases);
  const setCase = useStore((s) => s.setDocumentCase);
  const openImport = useStore((s) => s.openImport);
  const current = cases.find((c) => c.name === doc.case);

  return (
    <>
      <select
        className="inline-edit"
        aria-labelledby={labelId}
        value={current?.id ?? ''}
        onChange={(e) => void setCase(doc.id, e.target.value || null)}
      >
        <option value="">— none —</option>
        {cases.map((c) => (
          <option key={c.id} value={c.id}>
            {c.name}
          </option>
        ))}
      </select>
      <button type="button" className="link-button" onClick={() => openImport('participants')}>
        Import participants…
      </button>
    </>
  );
}
