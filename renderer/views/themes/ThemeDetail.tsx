import { useId, useState } from 'react';
import type { Theme } from '../../../shared/api/schemas';
import { useStore } from '../../store';
import type { Layer } from '../../store/themesSlice';
import { ThemeExcerpts } from './ThemeExcerpts';
import { ThemeExports } from './ThemeExports';
import { ThemeMemo } from './ThemeMemo';
import { ThemeParticipants } from './ThemeParticipants';

type Tab = 'excerpts' | 'participants' | 'writeup';

/** The selected theme: its excerpts, who voiced it, its write-up and its exports. */
export function ThemeDetail({ theme }: { theme: Theme }) {
  const layer = useStore((s) => s.themeLayer);
  const setLayer = useStore((s) => s.setThemeLayer);
  const excerpts = useStore((s) => s.themeExcerpts);
  const loading = useStore((s) => s.themeExcerptsLoading);
  const [tab, setTab] = useState<Tab>('excerpts');
  const titleId = useId();
  const panelId = useId();
  const count = new Set(excerpts.map((e) => e.excerptId)).size;
  const tabs: { id: Tab; label: string }[] = [
    { id: 'excerpts', label: `Excerpts (${count})` },
    { id: 'participants', label: 'Participants' },
    { id: 'writeup', label: 'Write-up' },
  ];

  return (
    <section className="theme-detail" aria-labelledby={titleId} data-testid="theme-detail">
      <header className="detail-head">
        <h2 id={titleId}>{theme.name}</h2>
        {theme.description && <p className="detail-description">{theme.description}</p>}
        <div className="detail-controls">
          <div className="segmented" role="radiogroup" aria-label="Codings">
            {(['coder', 'consensus'] as Layer[]).map((l) => (
              <button
                key={l}
                type="button"
                role="radio"
                aria-checked={layer === l}
                title={l === 'coder' ? 'Every coder’s own codings' : 'The reconciled consensus layer'}
                onClick={() => void setLayer(l)}
              >
                {l === 'coder' ? 'Coders' : 'Consensus'}
              </button>
            ))}
          </div>
          <ThemeExports />
        </div>
        <div className="tabs" role="tablist" aria-label="Theme">
          {tabs.map((t) => (
            <button
              key={t.id}
              type="button"
              role="tab"
              className="tab"
              aria-selected={tab === t.id}
              aria-controls={panelId}
              onClick={() => setTab(t.id)}
            >
              {t.label}
            </button>
          ))}
        </div>
      </header>
      <div className="detail-body" id={panelId} role="tabpanel">
        {loading && excerpts.length === 0 ? (
          <p className="empty">Loading…</p>
        ) : tab === 'excerpts' ? (
          <ThemeExcerpts theme={theme} />
        ) : tab === 'participants' ? (
          <ThemeParticipants />
        ) : (
          <ThemeMemo theme={theme} />
        )}
      </div>
    </section>
  );
}
