import { type KeyboardEvent, lazy, Suspense, useEffect, useId, useState } from 'react';
import { useStore } from '../../store';
import type { AnalysisTab } from '../../store/analysisSlice';
import type { Layer } from '../../store/themesSlice';
import { CooccurrenceTab } from './CooccurrenceTab';
import { CoverageTab } from './CoverageTab';
import { MatrixTab } from './MatrixTab';
import './analysis.css';

// The chart library is most of the app's weight: load it when a chart is first shown.
const FrequenciesTab = lazy(() => import('./FrequenciesTab').then((m) => ({ default: m.FrequenciesTab })));
const WeightsTab = lazy(() => import('./WeightsTab').then((m) => ({ default: m.WeightsTab })));

const TABS: { id: AnalysisTab; label: string }[] = [
  { id: 'matrix', label: 'Matrix' },
  { id: 'cooccurrence', label: 'Co-occurrence' },
  { id: 'frequencies', label: 'Frequencies' },
  { id: 'weights', label: 'Weights' },
  { id: 'coverage', label: 'Coverage' },
];

function TabPanel({ tab }: { tab: AnalysisTab }) {
  switch (tab) {
    case 'matrix':
      return <MatrixTab />;
    case 'cooccurrence':
      return <CooccurrenceTab />;
    case 'frequencies':
      return <FrequenciesTab />;
    case 'weights':
      return <WeightsTab />;
    case 'coverage':
      return <CoverageTab />;
  }
}

/** Tables and charts over the codings, each exportable as the CLI exports it. */
export function AnalysisView() {
  const tab = useStore((s) => s.analysisTab);
  const layer = useStore((s) => s.analysisLayer);
  const setAnalysis = useStore((s) => s.setAnalysis);
  const reset = useStore((s) => s.resetAnalysisData);
  const projectId = useStore((s) => s.project?.id);
  const undone = useStore((s) => s.editNotice);
  const [fresh, setFresh] = useState<string | null | undefined>(undefined);
  const layerId = useId();
  const panelId = useId();

  // Codings may have changed since the last visit (or an undo just changed them):
  // start from fresh tables. Tabs render only afterwards, or their first fetch
  // would be thrown away by the reset.
  useEffect(() => {
    reset();
    setFresh(projectId ?? null);
  }, [projectId, reset, undone]);

  const onTabKey = (e: KeyboardEvent, i: number) => {
    const step = e.key === 'ArrowRight' ? 1 : e.key === 'ArrowLeft' ? -1 : 0;
    if (!step) return;
    e.preventDefault();
    const next = TABS[(i + step + TABS.length) % TABS.length]!;
    setAnalysis({ analysisTab: next.id });
    document.getElementById(`${panelId}-${next.id}`)?.focus();
  };

  return (
    <div className="analysis-view">
      <div className="analysis-head">
        <div className="tabs" role="tablist" aria-label="Analyses">
          {TABS.map((t, i) => (
            <button
              key={t.id}
              id={`${panelId}-${t.id}`}
              type="button"
              role="tab"
              className="tab"
              aria-selected={t.id === tab}
              aria-controls={panelId}
              tabIndex={t.id === tab ? 0 : -1}
              onClick={() => setAnalysis({ analysisTab: t.id })}
              onKeyDown={(e) => onTabKey(e, i)}
            >
              {t.label}
            </button>
          ))}
        </div>
        <span className="analysis-spacer" />
        <label htmlFor={layerId}>Codings</label>
        <select id={layerId} value={layer} onChange={(e) => setAnalysis({ analysisLayer: e.target.value as Layer })}>
          <option value="coder">Coders (everyone’s)</option>
          <option value="consensus">Consensus layer</option>
        </select>
      </div>
      <div className="analysis-body" id={panelId} role="tabpanel" aria-labelledby={`${panelId}-${tab}`}>
        {fresh !== undefined && fresh === (projectId ?? null) && (
          <Suspense fallback={<p className="empty analysis-empty">Loading…</p>}>
            <TabPanel tab={tab} />
          </Suspense>
        )}
      </div>
    </div>
  );
}
