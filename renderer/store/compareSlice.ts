// The Compare view's state: agreement between two coders, their disagreements on
// one code, and decisions written to the consensus layer. The coders' own codings
// are never changed here, so agreement can always be recomputed on them.
import type { StateCreator } from 'zustand/vanilla';
import { type CompareSlice, type ComparedQuery, distinctCoders, initialCompare as initial, nextUndecided } from './compareState';
import { compareThemeActions } from './compareThemes';
import { attempt } from './errorSlice';
import type { Store } from './types';

export { type CompareQuery, type CompareSlice, type CompareUnit, type ComparedQuery, DEFAULT_MIN_OVERLAP, type DecisionOptions, distinctCoders, type MultiReport, nextUndecided, type Outcome } from './compareState';

export const createCompareSlice: StateCreator<Store, [], [], CompareSlice> = (set, get) => {
  // Only the latest request of each kind may write its answer.
  let computeGeneration = 0;
  let listGeneration = 0;
  const call: Store['client']['call'] = (method, input) => get().client.call(method, input);
  const pair = () => {
    const q = get().comparedQuery;
    return q ? { coderA: q.coderA, coderB: q.coderB } : null;
  };

  /** Load what the current disagreement needs: its document and the consensus layer there. */
  async function loadContext(): Promise<void> {
    const d = get().disagreements[get().disagreementIndex];
    if (!d) return;
    if (!get().compareDocs[d.documentId]) {
      const doc = await call('documents.get', { id: d.documentId });
      set((s) => ({ compareDocs: { ...s.compareDocs, [doc.id]: doc } }));
    }
    await refreshConsensus(d.documentId);
  }

  async function refreshConsensus(documentId: string): Promise<void> {
    const consensus = get().compareCoders.find((c) => c.kind === 'consensus');
    if (!consensus) return;
    const all = await call('excerpts.list', { documentId, viewerCoderId: null });
    set((s) => ({ consensusExcerpts: { ...s.consensusExcerpts, [documentId]: all.filter((e) => e.coderId === consensus.id) } }));
  }

  /** Re-read the list for the open code, keeping `keepKey` current when it is still there. */
  async function refreshList(keepKey: string | null, advance: boolean): Promise<void> {
    const p = pair();
    const codeId = get().compareCodeId;
    if (!p || !codeId) return;
    const mine = ++listGeneration;
    const list = await call('consensus.disagreements', { ...p, codeId });
    if (mine !== listGeneration) return;
    const at = keepKey === null ? -1 : list.findIndex((d) => d.key === keepKey);
    let index = at >= 0 ? at : list.findIndex((d) => !d.decision);
    if (at >= 0 && advance) index = nextUndecided(list, at);
    set({ disagreements: list, disagreementIndex: Math.max(0, index), disagreementsLoading: false });
  }

  const refreshUndo = async () => set({ compareUndo: await call('edit.state', {}) });
  /** The rest of the window (status bar undo, counts) follows consensus changes too. */
  const shareEdit = async () => {
    await get().afterEdit();
  };
  const refreshCoders = async () => set({ compareCoders: await call('coders.list', {}) });
  const currentKey = () => get().disagreements[get().disagreementIndex]?.key ?? null;

  return {
    ...initial,
    ...compareThemeActions(set, get, refreshUndo),

    async loadCompare() {
      computeGeneration++;
      listGeneration++;
      const previous = get().compareQuery;
      set({ ...initial, compareQuery: previous });
      const loaded = await attempt(get, async () => {
        const [settings, coders, codes, undo] = await Promise.all([
          call('project.settings', {}),
          call('coders.list', {}),
          call('codes.list', {}),
          call('edit.state', {}),
        ]);
        const people = coders.filter((c) => c.kind === 'person');
        const known = (id: string | null) => (id && people.some((c) => c.id === id) ? id : null);
        const coderA = known(previous.coderA) ?? people[0]?.id ?? null;
        const coderB = known(previous.coderB) ?? people.find((c) => c.id !== coderA)?.id ?? null;
        const extra = previous.extra.filter((id) => known(id) && id !== coderA && id !== coderB);
        set({ compareSettings: settings, compareCoders: coders, compareCodes: codes, compareUndo: undo, compareQuery: { ...previous, coderA, coderB, extra } });
        return settings;
      });
      // Open with figures on screen when there is something to compare.
      const q = get().compareQuery;
      if (loaded && !(loaded.blind && !loaded.revealed) && q.coderA && q.coderB && q.coderA !== q.coderB) await get().computeAgreement();
    },

    setCompareQuery(patch) {
      set((s) => ({ compareQuery: { ...s.compareQuery, ...patch } }));
    },

    async computeAgreement() {
      const q = get().compareQuery;
      if (!q.coderA || !q.coderB) return;
      if (!distinctCoders(q)) {
        get().reportError(new Error('choose each coder once: the coders compared must all differ'));
        return;
      }
      const query: ComparedQuery = { ...q, coderA: q.coderA, coderB: q.coderB };
      const mine = ++computeGeneration;
      set({ compareComputing: true, compareNotice: null });
      await attempt(get, async () => {
        const [report, codes, multi] = await Promise.all([
          call('agreement.compute', {
            coders: [query.coderA, query.coderB],
            unit: query.unit,
            ...(query.unit === 'segment' ? { minOverlap: query.minOverlap } : {}),
          }),
          call('codes.list', {}),
          // Three or more coders: Fleiss κ and α per code, always at the character level.
          query.extra.length > 0 ? call('agreement.multi', { coders: [query.coderA, query.coderB, ...query.extra] }) : null,
        ]);
        if (mine !== computeGeneration) return;
        const before = get().comparedQuery;
        const samePair = before?.coderA === query.coderA && before.coderB === query.coderB;
        set({ compareReport: report, compareMulti: multi, compareCodes: codes, comparedQuery: query, methodsText: null });
        // Disagreements depend on the two coders only; a new pair starts afresh.
        if (!samePair) set({ compareCodeId: null, disagreements: [], disagreementIndex: 0 });
      });
      if (mine === computeGeneration) set({ compareComputing: false });
    },

    async openCodeDisagreements(codeId) {
      if (!pair()) return;
      set({ compareCodeId: codeId, disagreements: [], disagreementIndex: 0, disagreementsLoading: true, compareNotice: null });
      await attempt(get, async () => {
        await refreshList(null, false);
        await loadContext();
      });
      set({ disagreementsLoading: false });
    },

    stepDisagreement(delta) {
      const { disagreements, disagreementIndex } = get();
      if (disagreements.length === 0) return;
      get().gotoDisagreement(Math.max(0, Math.min(disagreements.length - 1, disagreementIndex + delta)));
    },

    gotoDisagreement(index) {
      if (!get().disagreements[index] || index === get().disagreementIndex) return;
      set({ disagreementIndex: index });
      void attempt(get, loadContext);
    },

    async decideDisagreement(outcome, options) {
      const p = pair();
      const d = get().disagreements[get().disagreementIndex];
      if (!p || !d || get().compareDeciding) return false;
      set({ compareDeciding: true, compareNotice: null });
      const done = await attempt(get, async () => {
        await call('consensus.decide', {
          ...p,
          codeId: d.codeId,
          documentId: d.documentId,
          start: d.start,
          end: d.end,
          outcome,
          decidedBy: options.decidedBy,
          ...(options.note?.trim() ? { note: options.note.trim() } : {}),
          ...(outcome === 'edit' && options.edited ? { edited: options.edited } : {}),
        });
        set((s) => ({ consensusRevision: s.consensusRevision + 1 }));
        // The first decision creates the consensus coder.
        await refreshCoders();
        await Promise.all([refreshList(d.key, true), refreshUndo()]);
        await loadContext();
        return true;
      });
      set({ compareDeciding: false });
      if (done) await shareEdit();
      return done === true;
    },

    async acceptAllAgreements(codeId) {
      const p = pair();
      if (!p) return;
      await attempt(get, async () => {
        const { created } = await call('consensus.acceptAgreements', { ...p, ...(codeId ? { codeId } : {}) });
        const what = created === 1 ? '1 agreed stretch' : `${created} agreed stretches`;
        set((s) => ({ compareNotice: `${what} copied to the consensus layer.`, consensusRevision: s.consensusRevision + 1 }));
        await refreshCoders();
        await Promise.all([refreshUndo(), loadContext()]);
      });
      await shareEdit();
    },

    async undoCompare() {
      await attempt(get, async () => {
        const { undone, ...state } = await call('edit.undo', {});
        set((s) => ({ compareUndo: state, compareNotice: `Undone: ${undone}.`, consensusRevision: s.consensusRevision + 1 }));
        await refreshList(currentKey(), false);
        await loadContext();
      });
      await shareEdit();
    },

    async syncCompare() {
      if (get().compareDeciding || !get().comparedQuery) return;
      await attempt(get, async () => {
        await refreshUndo();
        await refreshList(currentKey(), false);
        await loadContext();
      });
      set((s) => ({ consensusRevision: s.consensusRevision + 1 }));
    },

    async loadMethods() {
      const q = get().comparedQuery;
      if (!q) return;
      set({ methodsText: null });
      await attempt(get, async () => {
        const { text } = await call('agreement.methods', {
          coders: [q.coderA, q.coderB],
          unit: q.unit,
          ...(q.unit === 'segment' ? { minOverlap: q.minOverlap } : {}),
        });
        if (get().comparedQuery === q) set({ methodsText: text });
      });
    },
  };
};
