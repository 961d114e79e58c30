// Compare: agreement between two coders code by code (and among three or more),
// their disagreements side by side, and the decisions that build the consensus
// layer. Locked in blind mode until the project owner reveals the codings.
import { useEffect, useRef, useState } from 'react';
import { useStore } from '../../store';
import { CodesTable } from './CodesTable';
import { CompareControls } from './CompareControls';
import { DisagreementsPanel } from './DisagreementsPanel';
import { LockedPanel } from './LockedPanel';
import { MethodsPanel } from './MethodsPanel';
import { MultiTable } from './MultiTable';
import './compare.css';
import './multi.css';

export function CompareView() {
  const projectId = useStore((s) => s.project?.id);
  const loadCompare = useStore((s) => s.loadCompare);
  // The codes table offers "Add to theme…": it lists the project's themes.
  const loadThemes = useStore((s) => s.loadThemes);
  const settings = useStore((s) => s.compareSettings);
  const codeOpen = useStore((s) => s.compareCodeId !== null);
  const notice = useStore((s) => s.compareNotice);
  // Revealing (or turning blind mode on) elsewhere in the window unlocks or locks this view.
  const blind = useStore((s) => s.projectSettings.blind);
  const revealed = useStore((s) => s.projectSettings.revealed);
  const [methodsOpen, setMethodsOpen] = useState(false);
  // An undo or redo from the top bar may take back a decision: follow it.
  const windowUndo = useStore((s) => s.undoState);
  const syncCompare = useStore((s) => s.syncCompare);
  const seenUndo = useRef(windowUndo);
  useEffect(() => {
    if (seenUndo.current === windowUndo) return;
    seenUndo.current = windowUndo;
    void syncCompare();
  }, [windowUndo, syncCompare]);

  useEffect(() => {
    setMethodsOpen(false);
    void loadCompare();
  }, [projectId, blind, revealed, loadCompare]);
  // An undo may take a code back out of a theme: the menus follow.
  const editNotice = useStore((s) => s.editNotice);
  useEffect(() => {
    void loadThemes();
  }, [projectId, loadThemes, editNotice]);

  if (!settings) return <p className="cmp-loading">Loading the comparison…</p>;
  if (settings.blind && !settings.revealed) return <LockedPanel settings={settings} />;

  return (
    <div className="compare-view" data-testid="compare-view">
      <CompareControls methodsOpen={methodsOpen} onToggleMethods={() => setMethodsOpen((o) => !o)} />
      {notice && (
        <p className="cmp-notice" role="status">
          {notice}
        </p>
      )}
      {methodsOpen && <MethodsPanel onClose={() => setMethodsOpen(false)} />}
      <CodesTable />
      <MultiTable />
      {codeOpen && <DisagreementsPanel />}
    </div>
  );
}
