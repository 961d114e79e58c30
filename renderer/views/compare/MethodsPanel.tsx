// A methods paragraph to paste into a paper: coders, unit, documents, κ/α per code
// with bootstrap intervals, and how disagreements were resolved.
import { useEffect, useRef, useState } from 'react';
import { useStore } from '../../store';

export function MethodsPanel({ onClose }: { onClose(): void }) {
  const text = useStore((s) => s.methodsText);
  const compared = useStore((s) => s.comparedQuery);
  const revision = useStore((s) => s.consensusRevision);
  const load = useStore((s) => s.loadMethods);
  const [copied, setCopied] = useState<string | null>(null);
  const area = useRef<HTMLTextAreaElement>(null);

  // The paragraph reports decisions too, so it is re-read after each one.
  useEffect(() => {
    setCopied(null);
    void load();
  }, [compared, revision, load]);

  const copy = async () => {
    if (text === null) return;
    try {
      if (!navigator.clipboard) throw new Error('no clipboard');
      await navigator.clipboard.writeText(text);
      setCopied('Copied to the clipboard.');
    } catch {
      // Without clipboard access (an insecure page, a refusal) the user copies it by hand.
      area.current?.focus();
      area.current?.select();
      setCopied('Selected: press Ctrl+C (⌘C on a Mac) to copy.');
    }
  };

  return (
    <section className="cmp-methods" aria-labelledby="cmp-methods-title" data-testid="methods-panel">
      <header className="cmp-section-head">
        <h2 id="cmp-methods-title">Methods summary</h2>
        <p className="cmp-caption">To paste into a paper; every number can be checked against the table and the consensus layer.</p>
        <span className="cmp-spacer" />
        <button type="button" className="primary" disabled={text === null} onClick={() => void copy()}>
          Copy
        </button>
        <button type="button" onClick={onClose}>
          Close
        </button>
      </header>
      <textarea
        ref={area}
        className="cmp-methods-text"
        readOnly
        aria-label="Methods summary text"
        rows={9}
        value={text ?? 'Writing the summary…'}
      />
      <p className="cmp-caption" role="status">
        {copied}
      </p>
    </section>
  );
}
