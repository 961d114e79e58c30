import { useId } from 'react';
import { ENCODINGS } from '../../import/files';
import { useStore } from '../../store';
import { ParticipantsReport } from './ParticipantsReport';

/** A participants CSV: first column the case name, other columns descriptors. */
export function ParticipantsTab() {
  const file = useStore((s) => s.participantsFile);
  const phase = useStore((s) => s.participantsPhase);
  const encoding = useStore((s) => s.participantsEncoding);
  const error = useStore((s) => s.participantsError);
  const choose = useStore((s) => s.chooseParticipantsFile);
  const setEncoding = useStore((s) => s.setParticipantsEncoding);
  const ids = { file: useId(), encoding: useId() };
  const busy = phase === 'checking' || phase === 'applying';

  return (
    <div className="participants">
      <p className="muted">
        One row per participant: the first column is the case name, the others become descriptors (their type is inferred).
        Documents named after a case, or with exactly one speaker who is a case, are linked to it.
      </p>
      <div className="participants-pick">
        <input
          id={ids.file}
          className="visually-hidden"
          type="file"
          accept=".csv,.tsv,.txt"
          disabled={busy}
          data-autofocus=""
          onChange={(e) => {
            const picked = e.currentTarget.files?.[0];
            e.currentTarget.value = '';
            if (picked) void choose(picked);
          }}
        />
        <label htmlFor={ids.file} className="button-like">
          Choose a participants CSV
        </label>
        {file && <span className="file-name">{file.fileName}</span>}
        <label htmlFor={ids.encoding}>Encoding</label>
        <select id={ids.encoding} value={encoding} disabled={busy} onChange={(e) => void setEncoding(e.target.value)}>
          {ENCODINGS.map((enc) => (
            <option key={enc.value} value={enc.value}>
              {enc.label}
            </option>
          ))}
        </select>
      </div>
      {error && (
        <p role="alert" className="import-error">
          {error}
        </p>
      )}
      {phase === 'checking' && <p aria-live="polite">Checking {file?.fileName ?? 'the file'}…</p>}
      {phase === 'applying' && <p aria-live="polite">Saving…</p>}
      <ParticipantsReport />
    </div>
  );
}

export function ParticipantsAction() {
  const phase = useStore((s) => s.participantsPhase);
  const apply = useStore((s) => s.applyParticipants);
  const close = useStore((s) => s.closeImport);
  if (phase === 'applied') {
    return (
      <button type="button" className="primary" onClick={close} data-step-focus="">
        Done
      </button>
    );
  }
  return (
    <button type="button" className="primary" disabled={phase !== 'checked'} onClick={() => void apply()} data-step-focus="">
      Apply
    </button>
  );
}
