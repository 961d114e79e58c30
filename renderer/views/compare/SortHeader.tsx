// A sortable column header of the agreement tables: click for ascending, again for
// descending, a third time for codebook order.
import type { Sort } from './figures';

export interface Column<K extends string> {
  key: K;
  label: string;
  sub?: string;
  help?: string;
}

export function SortHeader<K extends string>({ column, sort, onSort }: { column: Column<K>; sort: Sort<K> | null; onSort(key: K): void }) {
  const active = sort?.key === column.key;
  return (
    <th scope="col" className={column.key === 'code' ? 'cmp-code-col' : 'num'} title={column.help} aria-sort={active ? sort.dir : 'none'}>
      <button type="button" className="cmp-sort" onClick={() => onSort(column.key)}>
        {column.label}
        {column.sub && <span className="cmp-sub">{column.sub}</span>}
        <span className="cmp-sort-mark" aria-hidden="true">
          {active ? (sort.dir === 'ascending' ? '▲' : '▼') : '↕'}
        </span>
      </button>
    </th>
  );
}
