import { useId } from 'react';
import { ENCODINGS } from '../../import/files';
import { useStore } from '../../store';

/** Override detection for the whole batch; Re-read previews every file again with it. */
export function ImportSettingsBar() {
  const settings = useStore((s) => s.importSettings);
  const applied = useStore((s) => s.importApplied);
  const problem = useStore((s) => s.importPatternError);
  const busy = useStore((s) => s.importPhase !== 'preview');
  const setSettings = useStore((s) => s.setImportSettings);
  const reread = useStore((s) => s.rereadImport);
  const ids = { encoding: useId(), pattern: useId(), hint: useId() };
  const changed = settings.encoding !== applied.encoding || settings.speakerPattern !== applied.speakerPattern;

  return (
    <form
      className="import-settings"
      onSubmit={(e) => {
        e.preventDefault();
        void reread();
      }}
    >
      <label htmlFor={ids.encoding}>Encoding</label>
      <select id={ids.encoding} value={settings.encoding} onChange={(e) => setSettings({ encoding: e.target.value })}>
        {ENCODINGS.map((enc) => (
          <option key={enc.value} value={enc.value}>
            {enc.label}
          </option>
        ))}
      </select>
      <label htmlFor={ids.pattern}>Speaker pattern</label>
      <input
        id={ids.pattern}
        type="text"
        className="mono"
        value={settings.speakerPattern}
        onChange={(e) => setSettings({ speakerPattern: e.target.value })}
        placeholder={String.raw`^([A-Z][\w ]+):\s`}
        spellCheck={false}
        autoComplete="off"
        aria-describedby={ids.hint}
        aria-invalid={problem ? true : undefined}
      />
      <button type="submit" disabled={busy}>
        Re-read
      </button>
      <p id={ids.hint} className={problem ? 'field-hint error-text' : 'field-hint'} aria-live="polite">
        {problem ??
          (changed
            ? 'Settings changed: Re-read to preview the files with them.'
            : 'Leave the pattern empty to detect labels like “Name:”. Its first group is the speaker’s name.')}
      </p>
    </form>
  );
}
