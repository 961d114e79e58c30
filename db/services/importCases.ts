// Importing (or re-importing) a participants table: new cases and fields are
// created, existing values updated, and every change reported. One transaction.
import type { ParticipantsTable } from '../../shared/import/participants';
import { newId, nowIso } from '../ids';
import type { ProjectDb } from '../open';

export interface CasesImportReport {
  casesCreated: string[];
  fieldsCreated: { name: string; type: string }[];
  changes: { case: string; field: string; from: string | null; to: string | null }[];
  unchanged: number;
  /** Documents without a case that this import linked, by document name = case name or a speaker = case name. */
  linked: { document: string; case: string }[];
}

class DryRun extends Error {}

/** With `dryRun`, everything is computed inside the transaction, then rolled back. */
export function importCases(p: ProjectDb, table: ParticipantsTable, opts: { dryRun?: boolean } = {}): CasesImportReport {
  const s = p.sqlite;
  const report: CasesImportReport = { casesCreated: [], fieldsCreated: [], changes: [], unchanged: 0, linked: [] };
  const write = s.transaction(() => {
    const fieldIds = new Map(
      (s.prepare('SELECT id, name, choices FROM descriptor_field').all() as { id: string; name: string; choices: string }[]).map((f) => [f.name, f]),
    );
    let fieldPos = (s.prepare('SELECT coalesce(max(position), -1) + 1 AS n FROM descriptor_field').get() as { n: number }).n;
    const insField = s.prepare('INSERT INTO descriptor_field (id, name, type, choices, position) VALUES (?, ?, ?, ?, ?)');
    const updChoices = s.prepare('UPDATE descriptor_field SET choices = ?, updated_at = ? WHERE id = ?');
    for (const f of table.fields) {
      const existing = fieldIds.get(f.name);
      if (!existing) {
        const id = newId();
        insField.run(id, f.name, f.type, JSON.stringify(f.choices), fieldPos++);
        fieldIds.set(f.name, { id, name: f.name, choices: JSON.stringify(f.choices) });
        report.fieldsCreated.push({ name: f.name, type: f.type });
      } else if (f.choices.length) {
        // Keep the user's (possibly edited) type; only widen a choice list.
        const known = JSON.parse(existing.choices) as string[];
        const merged = [...known, ...f.choices.filter((c) => !known.includes(c))];
        if (merged.length !== known.length) updChoices.run(JSON.stringify(merged), nowIso(), existing.id);
      }
    }

    const caseIds = new Map((s.prepare('SELECT id, name FROM cases').all() as { id: string; name: string }[]).map((c) => [c.name, c.id]));
    let casePos = (s.prepare('SELECT coalesce(max(position), -1) + 1 AS n FROM cases').get() as { n: number }).n;
    const insCase = s.prepare('INSERT INTO cases (id, name, position) VALUES (?, ?, ?)');
    const getValue = s.prepare('SELECT id, value FROM case_value WHERE case_id = ? AND field_id = ?');
    const insValue = s.prepare('INSERT INTO case_value (id, case_id, field_id, value) VALUES (?, ?, ?, ?)');
    const updValue = s.prepare('UPDATE case_value SET value = ?, updated_at = ? WHERE id = ?');
    for (const c of table.cases) {
      let caseId = caseIds.get(c.name);
      if (!caseId) {
        caseId = newId();
        insCase.run(caseId, c.name, casePos++);
        caseIds.set(c.name, caseId);
        report.casesCreated.push(c.name);
      }
      for (const f of table.fields) {
        const fieldId = fieldIds.get(f.name)!.id;
        const to = c.values[f.name] ?? null;
        const row = getValue.get(caseId, fieldId) as { id: string; value: string | null } | undefined;
        if (!row) {
          insValue.run(newId(), caseId, fieldId, to);
          if (!report.casesCreated.includes(c.name)) report.changes.push({ case: c.name, field: f.name, from: null, to });
        } else if (row.value !== to) {
          updValue.run(to, nowIso(), row.id);
          report.changes.push({ case: c.name, field: f.name, from: row.value, to });
        } else report.unchanged++;
      }
    }

    const unlinked = s.prepare('SELECT id, name FROM document WHERE case_id IS NULL').all() as { id: string; name: string }[];
    const speakersOf = s.prepare("SELECT DISTINCT speaker FROM segment WHERE document_id = ? AND kind = 'turn' AND speaker IS NOT NULL");
    const link = s.prepare('UPDATE document SET case_id = ?, updated_at = ? WHERE id = ?');
    const byLower = new Map([...caseIds].map(([name, id]) => [name.toLocaleLowerCase(), { name, id }]));
    for (const d of unlinked) {
      const direct = byLower.get(d.name.toLocaleLowerCase());
      const viaSpeakers = (speakersOf.all(d.id) as { speaker: string }[])
        .map((r) => byLower.get(r.speaker.toLocaleLowerCase()))
        .filter((c) => c !== undefined);
      const target = direct ?? (viaSpeakers.length === 1 ? viaSpeakers[0] : undefined);
      if (target) {
        link.run(target.id, nowIso(), d.id);
        report.linked.push({ document: d.name, case: target.name });
      }
    }
    // Turns spoken by a case's participant belong to that case, unless already mapped by hand.
    // One pass over the unmapped turns (not one table scan per case: 1,000 participants
    // × 200,000 turns took minutes); the first case by that name, ignoring case, wins.
    const caseByLower = new Map<string, string>();
    for (const [name, id] of caseIds) if (!caseByLower.has(name.toLocaleLowerCase())) caseByLower.set(name.toLocaleLowerCase(), id);
    const turns = s.prepare("SELECT id, speaker FROM segment WHERE kind = 'turn' AND case_id IS NULL AND speaker IS NOT NULL").all() as { id: string; speaker: string }[];
    const mapTurn = s.prepare('UPDATE segment SET case_id = ?, updated_at = ? WHERE id = ?');
    const now = nowIso();
    for (const t of turns) {
      const caseId = caseByLower.get(t.speaker.toLocaleLowerCase());
      if (caseId) mapTurn.run(caseId, now, t.id);
    }
    if (opts.dryRun) throw new DryRun();
  });
  try {
    write();
  } catch (err) {
    if (!(err instanceof DryRun)) throw err;
  }
  return report;
}
