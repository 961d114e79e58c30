import { useId, useState } from 'react';
import type { Theme, ThemeExcerpt } from '../../../shared/api/schemas';
import { useStore } from '../../store';
import { shortDocument } from '../analysis/excerptRows';

function Excerpt({ e }: { e: ThemeExcerpt }) {
  const starQuote = useStore((s) => s.starQuote);
  const meta = [shortDocument(e.document, e.case), e.case, e.speaker && e.speaker !== e.case ? `speaker ${e.speaker}` : null, e.coder, e.weight !== null ? `weight ${e.weight}` : null];
  return (
    <li className={e.starred ? 'theme-quote starred' : 'theme-quote'} data-testid="theme-quote">
      <button
        type="button"
        className="star"
        aria-pressed={e.starred}
        aria-label="Star quote"
        title={e.starred ? 'A representative quote (click to unstar)' : 'Star as a representative quote'}
        onClick={() => void starQuote(e.excerptId, !e.starred)}
      >
        {e.starred ? '★' : '☆'}
      </button>
      <div>
        <blockquote>{e.text}</blockquote>
        <p className="quote-meta">{meta.filter(Boolean).join(' · ')}</p>
        {e.memo && <p className="quote-memo">{e.memo}</p>}
      </div>
    </li>
  );
}

/** The theme's excerpts, grouped by code, each with a star for representative quotes. */
export function ThemeExcerpts({ theme }: { theme: Theme }) {
  const excerpts = useStore((s) => s.themeExcerpts);
  const codes = useStore((s) => s.codes);
  const [starredOnly, setStarredOnly] = useState(false);
  const onlyId = useId();
  const shown = starredOnly ? excerpts.filter((e) => e.starred) : excerpts;

  if (theme.codeIds.length === 0) return <p className="empty">This theme has no codes yet. Drag codes onto it on the board.</p>;
  return (
    <>
      <div className="excerpts-filter">
        <input id={onlyId} type="checkbox" checked={starredOnly} onChange={(e) => setStarredOnly(e.target.checked)} />
        <label htmlFor={onlyId}>Starred only ({new Set(excerpts.filter((e) => e.starred).map((e) => e.excerptId)).size})</label>
      </div>
      {theme.codeIds.map((codeId) => {
        const code = codes.find((c) => c.id === codeId);
        const mine = shown.filter((e) => e.codeId === codeId);
        const path = code?.path ?? mine[0]?.codePath ?? codeId;
        return (
          <section key={codeId} className="excerpt-group" aria-label={path}>
            <h3 className="group-title">
              <span className="swatch" style={{ backgroundColor: code?.colour ?? 'transparent' }} aria-hidden="true" />
              {path} <span className="muted">({mine.length})</span>
            </h3>
            {mine.length === 0 ? (
              <p className="empty">{starredOnly ? 'No starred quotes under this code.' : 'No excerpts in this layer.'}</p>
            ) : (
              <ol className="theme-quotes">
                {mine.map((e) => (
                  <Excerpt key={`${e.excerptId}-${e.codeId}`} e={e} />
                ))}
              </ol>
            )}
          </section>
        );
      })}
    </>
  );
}
