import { SPEAKER_STYLES } from '../../../shared/import/speakers';
import { formatCount } from '../../format/numbers';
import { useStore } from '../../store';
import { exclusionOf, type ImportItem, isDuplicate } from '../../import/items';

const styleExample = (id: string | null) => SPEAKER_STYLES.find((s) => s.id === id)?.example ?? null;

function EncodingCell({ item, chosen }: { item: ImportItem; chosen: boolean }) {
  const p = item.preview;
  if (!p?.encoding) return <span className="muted">{p?.format === 'docx' ? 'in the .docx' : '—'}</span>;
  return (
    <>
      <span className="encoding">{p.encoding}</span>
      <span className="cell-note">
        {chosen ? 'as chosen' : p.detected ? `detected ${p.detected.encoding} · ${Math.round(p.detected.confidence)}%` : 'a guess: check the text'}
      </span>
    </>
  );
}

function SpeakersCell({ item }: { item: ImportItem }) {
  const p = item.preview;
  if (!p || p.error) return <span className="muted">—</span>;
  if (p.speakers.length === 0) return <span className="muted">none found</span>;
  const example = styleExample(p.speakerStyle);
  return (
    <>
      <ul className="chips" aria-label={`Speakers in ${item.fileName}`}>
        {p.speakers.map((name) => (
          <li key={name} className="chip">
            {name}
          </li>
        ))}
      </ul>
      {example && <span className="cell-note">labels like “{example}”</span>}
    </>
  );
}

/** One file of the preview: its facts on one row, what to know about it below. */
export function PreviewRows({ item, openLines }: { item: ImportItem; openLines: boolean }) {
  const chosenEncoding = useStore((s) => s.importApplied.encoding !== '');
  const setName = useStore((s) => s.setImportName);
  const setAnyway = useStore((s) => s.setImportAnyway);
  const remove = useStore((s) => s.removeImportItem);
  const p = item.preview;
  const error = item.readError ?? p?.error ?? null;
  const excluded = exclusionOf(item) !== null;
  const twin = p?.duplicateOf != null ? `document “${p.duplicateOf}”` : item.sameAsInBatch && `${item.sameAsInBatch} in this batch`;

  return (
    <tbody className={excluded ? 'import-file excluded' : 'import-file'} data-testid="import-file" data-file={item.fileName}>
      <tr>
        <th scope="row" className="file-cell">
          {item.fileName}
          {p?.format && <span className="cell-note">{p.format}</span>}
        </th>
        <td>
          <input
            type="text"
            aria-label={`Document name for ${item.fileName}`}
            value={item.documentName}
            disabled={!p || error !== null}
            onChange={(e) => setName(item.key, e.target.value)}
          />
        </td>
        <td>{p || error ? <EncodingCell item={item} chosen={chosenEncoding} /> : <span className="muted">reading…</span>}</td>
        <td>
          <SpeakersCell item={item} />
        </td>
        <td className="num">{p && !error ? formatCount(p.segments) : ''}</td>
        <td className="num">{p && !error ? formatCount(p.characters) : ''}</td>
        <td>
          <button type="button" className="icon-button" aria-label={`Remove ${item.fileName}`} title="Remove from this import" onClick={() => remove(item.key)}>
            ✕
          </button>
        </td>
      </tr>
      <tr className="notes-row">
        <td colSpan={7}>
          {error && (
            <p className="import-error">
              <strong>Not importable:</strong> {error}
            </p>
          )}
          {!error && isDuplicate(item) && (
            <p className="import-duplicate">
              Same content as {twin}{item.importAnyway ? ' — will be imported again.' : ' — will be skipped.'}{' '}
              <label>
                <input type="checkbox" checked={item.importAnyway} onChange={(e) => setAnyway(item.key, e.target.checked)} /> Import anyway
              </label>
            </p>
          )}
          {p && p.warnings.length > 0 && (
            <ul className="import-warnings">
              {p.warnings.map((w, i) => (
                <li key={i}>{w}</li>
              ))}
            </ul>
          )}
          {p && !error && (
            <details className="first-lines" open={openLines}>
              <summary>First lines</summary>
              <pre>{p.firstLines}</pre>
            </details>
          )}
        </td>
      </tr>
    </tbody>
  );
}
