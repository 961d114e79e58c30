import { useEffect } from 'react';
import type { In } from '../../../shared/api/contract';
import type { Table } from '../../../shared/api/schemas';
import { useStore } from '../../store';
import { type TableMethod, tableKey } from '../../store/analysisSlice';

/** A cached analysis table, fetched when first needed; null while it loads. */
export function useTable<M extends TableMethod>(method: M, input: In<M>): Table | null {
  const key = tableKey(method, input);
  const table = useStore((s) => s.analysisTables[key] ?? null);
  const loadTable = useStore((s) => s.loadTable);
  useEffect(() => {
    if (!table) void loadTable(method, JSON.parse(key.slice(method.length + 1)) as In<M>);
  }, [key, table, method, loadTable]);
  return table;
}
