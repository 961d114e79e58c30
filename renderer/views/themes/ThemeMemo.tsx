import { useEffect, useId, useState } from 'react';
import type { Theme } from '../../../shared/api/schemas';
import { useStore } from '../../store';

/** The theme's analytic write-up, kept as a memo on the theme. */
export function ThemeMemo({ theme }: { theme: Theme }) {
  const memo = useStore((s) => s.themeMemo);
  const save = useStore((s) => s.saveThemeMemo);
  const saved = memo?.body ?? '';
  const [draft, setDraft] = useState(saved);
  const [saving, setSaving] = useState(false);
  const id = useId();
  // Another theme, or the saved memo arriving: show what is stored.
  useEffect(() => setDraft(saved), [saved, theme.id]);
  const dirty = draft !== saved;

  async function run() {
    setSaving(true);
    await save(draft);
    setSaving(false);
  }

  return (
    <div className="theme-memo">
      <label htmlFor={id} className="detail-subtitle">
        Analytic write-up
      </label>
      <textarea
        id={id}
        value={draft}
        rows={14}
        placeholder="What the theme means, how it varies between participants, how it answers the research question…"
        onChange={(e) => setDraft(e.target.value)}
        onKeyDown={(e) => {
          if (e.key === 's' && (e.ctrlKey || e.metaKey)) {
            e.preventDefault();
            if (dirty) void run();
          }
        }}
      />
      <div className="memo-actions">
        <button type="button" className="primary" disabled={!dirty || saving} onClick={() => void run()}>
          Save write-up
        </button>
        <span className="muted" role="status">
          {saving ? 'Saving…' : dirty ? 'Unsaved changes' : memo ? `Saved ${new Date(memo.updatedAt).toLocaleString()}` : ''}
        </span>
      </div>
    </div>
  );
}
