import { useEffect, useId, useMemo, useRef, useState } from 'react';
import { createPortal } from 'react-dom';
import { useStore } from '../../store';
import { downloadText, safeFileName } from '../analysis/download';
import { themeReportHtml } from './reportHtml';
import { attribution, type ReportQuote, themeReportModel } from './reportModel';

function Quote({ q }: { q: ReportQuote }) {
  return (
    <blockquote className={q.starred ? 'report-quote starred' : 'report-quote'}>
      <p>
        {q.starred && <span aria-label="starred">★ </span>}“{q.text}”
      </p>
      <p className="report-who">{attribution(q)}</p>
    </blockquote>
  );
}

/**
 * The selected theme as a printable page. It is drawn inside the app (the page's
 * CSP allows no scripts in a new window, and the desktop host opens no windows)
 * and print CSS hides everything else; "Download HTML" saves the same report.
 */
export function ThemeReport({ onClose }: { onClose(): void }) {
  const theme = useStore((s) => s.themes.find((t) => t.id === s.selectedThemeId));
  const excerpts = useStore((s) => s.themeExcerpts);
  const memo = useStore((s) => s.themeMemo);
  const cases = useStore((s) => s.cases);
  const layer = useStore((s) => s.themeLayer);
  const [starredOnly, setStarredOnly] = useState(false);
  const closeRef = useRef<HTMLButtonElement>(null);
  const titleId = useId();
  const onlyId = useId();
  const model = useMemo(() => (theme ? themeReportModel(theme, excerpts, memo, cases, layer) : null), [theme, excerpts, memo, cases, layer]);

  useEffect(() => {
    closeRef.current?.focus();
    const onKey = (e: KeyboardEvent) => e.key === 'Escape' && onClose();
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [onClose]);

  if (!model) return null;
  const others = starredOnly ? [] : model.others;
  return createPortal(
    <div className="print-layer" role="dialog" aria-modal="true" aria-labelledby={titleId} data-testid="theme-report">
      <div className="print-actions">
        <button type="button" className="primary" onClick={() => window.print()}>
          Print
        </button>
        <button type="button" onClick={() => downloadText(themeReportHtml(model, { starredOnly }), safeFileName(model.name, 'html'), 'text/html;charset=utf-8')}>
          Download HTML
        </button>
        <span className="bom-toggle">
          <input id={onlyId} type="checkbox" checked={starredOnly} onChange={(e) => setStarredOnly(e.target.checked)} />
          <label htmlFor={onlyId}>Starred quotes only</label>
        </span>
        <span className="analysis-spacer" />
        <button type="button" ref={closeRef} onClick={onClose}>
          Close
        </button>
      </div>
      <article className="report-page">
        <h1 id={titleId}>{model.name}</h1>
        {model.description && <p className="report-lede">{model.description}</p>}
        <p className="report-facts">
          {model.excerpts} excerpts ({model.layer}) from {model.participants.length} participants · codes: {model.codes.join('; ')}
        </p>
        {model.writeUp.trim() && (
          <section>
            <h2>Write-up</h2>
            {model.writeUp
              .split(/\n{2,}/)
              .filter((p) => p.trim())
              .map((p, i) => (
                <p key={i} className="report-para">
                  {p.trim()}
                </p>
              ))}
          </section>
        )}
        {model.starred.length > 0 && (
          <section>
            <h2>Representative quotes</h2>
            {model.starred.map((q) => (
              <Quote key={q.key} q={q} />
            ))}
          </section>
        )}
        {others.length > 0 && (
          <section>
            <h2>{model.starred.length ? 'Other quotes' : 'Quotes'}</h2>
            {others.map((q) => (
              <Quote key={q.key} q={q} />
            ))}
          </section>
        )}
      </article>
    </div>,
    document.body,
  );
}
