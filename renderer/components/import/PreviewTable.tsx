import { useStore } from '../../store';
import { PreviewRows } from './PreviewRows';

/** Few files: show their first lines straight away; many: keep the table scannable. */
const OPEN_LINES_UP_TO = 3;

export function PreviewTable() {
  const items = useStore((s) => s.importItems);
  return (
    <table className="import-table">
      <thead>
        <tr>
          <th scope="col">File</th>
          <th scope="col">Document name</th>
          <th scope="col">Encoding</th>
          <th scope="col">Speakers</th>
          <th scope="col" className="num">
            Segments
          </th>
          <th scope="col" className="num">
            Characters
          </th>
          <th scope="col">
            <span className="visually-hidden">Remove</span>
          </th>
        </tr>
      </thead>
      {items.map((item) => (
        <PreviewRows key={item.key} item={item} openLines={items.length <= OPEN_LINES_UP_TO} />
      ))}
    </table>
  );
}
