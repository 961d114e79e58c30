import { useId, useMemo, useState } from 'react';
import { useStore } from '../../store';
import { byDescriptor, participants } from './participantCounts';

/** Which participants voiced the theme, and how it spreads over a descriptor such as expertise. */
export function ThemeParticipants() {
  const excerpts = useStore((s) => s.themeExcerpts);
  const cases = useStore((s) => s.cases);
  const [picked, setPicked] = useState<string | null>(null);
  const fieldId = useId();
  const people = useMemo(() => participants(excerpts), [excerpts]);
  const field = cases.fields.some((f) => f.name === picked) ? picked! : (cases.fields.find((f) => f.type === 'choice') ?? cases.fields[0])?.name;
  const groups = useMemo(() => (field ? byDescriptor(excerpts, cases, field) : []), [excerpts, cases, field]);

  return (
    <>
      <h3 className="detail-subtitle">Participants who voiced it</h3>
      {people.length === 0 ? (
        <p className="empty">No excerpts in this layer.</p>
      ) : (
        <table className="analysis-table detail-table" data-testid="theme-participants">
          <thead>
            <tr>
              <th scope="col">Participant</th>
              <th scope="col" className="num">
                Excerpts
              </th>
              <th scope="col">Codes</th>
            </tr>
          </thead>
          <tbody>
            {people.map((p) => (
              <tr key={p.case}>
                <th scope="row">{p.case}</th>
                <td className="num">{p.excerpts}</td>
                <td className="codes-cell">{p.codes.map((c) => c.split(' > ').at(-1)).join(', ')}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      <h3 className="detail-subtitle">
        <label htmlFor={fieldId}>Counts by</label>{' '}
        <select id={fieldId} value={field ?? ''} onChange={(e) => setPicked(e.target.value)} disabled={!field}>
          {cases.fields.map((f) => (
            <option key={f.id} value={f.name}>
              {f.name}
            </option>
          ))}
        </select>
      </h3>
      {!field ? (
        <p className="empty">No descriptors yet. Import a participants table to compare groups.</p>
      ) : (
        <table className="analysis-table detail-table" data-testid="theme-descriptors">
          <thead>
            <tr>
              <th scope="col">{field}</th>
              <th scope="col" className="num">
                Excerpts
              </th>
              <th scope="col" className="num">
                Participants
              </th>
            </tr>
          </thead>
          <tbody>
            {groups.map((g) => (
              <tr key={g.value}>
                <th scope="row">{g.value}</th>
                <td className="num">{g.excerpts}</td>
                <td className="num">
                  {g.cases} <span className="muted">of {g.casesInGroup}</span>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </>
  );
}
