// Memos, search and auto-code of the fake Qualia, over the real pure search and
// extend helpers (shared/search, shared/text/extend).
import type { Api } from '../../shared/api/contract';
import { ApiError } from '../../shared/api/envelope';
import type { Excerpt, Memo, SearchHit } from '../../shared/api/schemas';
import { findHits } from '../../shared/search/findHits';
import { extendRange, mergeRanges } from '../../shared/text/extend';
import { clone, type CodingData, newId, now } from './fakeCoding';
import type { FakeProject } from './fakeClient';

type Methods = 'memos.list' | 'memos.save' | 'memos.delete' | 'search.text' | 'autocode.preview' | 'autocode.apply';

interface Ctx {
  need: () => FakeProject;
  data: () => CodingData;
  change<T>(label: string, fn: (p: FakeProject, d: CodingData) => T): T;
  insert(d: CodingData, e: Omit<Excerpt, 'id' | 'createdAt' | 'memo'>): Excerpt;
  names(ids: string[]): string;
}

export function memoSearchHandlers({ need, data, change, insert, names }: Ctx): Pick<Api, Methods> {
  const autocodeRanges = (q: { query: string; mode: 'words' | 'phrase' | 'prefix' | 'regex'; extent: 'hit' | 'sentence' | 'paragraph' | 'turn' }) =>
    need().documents.flatMap((doc) => {
      const turns = doc.segments.filter((s) => s.kind === 'turn');
      return mergeRanges(findHits(doc.text, q.query, q.mode).map((r) => extendRange(doc.text, r, q.extent, turns))).map((r) => ({
        documentId: doc.id, documentName: doc.name, start: r.start, end: r.end, text: doc.text.slice(r.start, r.end),
      }));
    });

  return {
    'memos.list': async ({ targetType, targetId, query }) => {
      const d = data();
      const fromExcerpts: Memo[] = d.excerpts.filter((e) => e.memo).map((e) => ({ id: e.id, coderId: e.coderId, targetType: 'excerpt', targetId: e.id, title: '', body: e.memo, updatedAt: e.createdAt }));
      const fold = (s: string) => s.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();
      return clone([...d.memos, ...fromExcerpts]).filter(
        (m) => (!targetType || m.targetType === targetType) && (targetId === undefined || m.targetId === targetId) && (!query || fold(`${m.title}\n${m.body}`).includes(fold(query))),
      );
    },
    'memos.save': async ({ id, coderId, targetType, targetId, title, body }) => {
      if (targetType !== 'project' && !targetId) throw new ApiError('bad_input', `a ${targetType} memo needs the ${targetType}'s id`);
      const memoId = id ?? newId('memo');
      change(id ? 'edit memo' : `add ${targetType} memo`, (_, d) => {
        const old = d.memos.find((m) => m.id === id);
        if (id && !old) throw new ApiError('not_found', `no memo with id "${id}"`);
        const memo: Memo = { id: memoId, coderId: old?.coderId ?? coderId, targetType, targetId, title, body, updatedAt: now() };
        d.memos = [memo, ...d.memos.filter((m) => m.id !== memoId)];
      });
      return clone(data().memos.find((m) => m.id === memoId)!);
    },
    'memos.delete': async ({ id }) => {
      if (!data().memos.some((m) => m.id === id)) throw new ApiError('not_found', `no memo with id "${id}"`);
      change('delete memo', (_, d) => (d.memos = d.memos.filter((m) => m.id !== id)));
      return null;
    },

    'search.text': async ({ query, mode, limit }) => {
      const hits: SearchHit[] = [];
      for (const doc of need().documents) {
        let ranges;
        try {
          ranges = findHits(doc.text, query, mode);
        } catch (err) {
          throw new ApiError('bad_input', (err as Error).message);
        }
        for (const r of ranges) {
          hits.push({ documentId: doc.id, documentName: doc.name, start: r.start, end: r.end, before: doc.text.slice(Math.max(0, r.start - 60), r.start), match: doc.text.slice(r.start, r.end), after: doc.text.slice(r.end, r.end + 60) });
        }
      }
      return hits.slice(0, limit);
    },
    'autocode.preview': async (q) => autocodeRanges(q),
    'autocode.apply': async ({ codeId, coderId, weight, ...q }) => {
      const ranges = autocodeRanges(q);
      if (ranges.length === 0) return { created: 0 };
      change(`auto-code ${names([codeId])} on ${ranges.length} passage${ranges.length === 1 ? '' : 's'}`, (_, d) => {
        for (const r of ranges) insert(d, { documentId: r.documentId, coderId, start: r.start, end: r.end, codes: [{ codeId, weight: weight ?? null }] });
      });
      return { created: ranges.length };
    },
  };
}
