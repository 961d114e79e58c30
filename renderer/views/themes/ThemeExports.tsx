import { useCallback, useState } from 'react';
import { useStore } from '../../store';
import { BomToggle, CsvButton } from '../analysis/ExportBar';
import { ThemeReport } from './ThemeReport';

/** The theme report and summary CSVs (every theme, as `qualia themes report`) and the printable report. */
export function ThemeExports() {
  const layer = useStore((s) => s.themeLayer);
  const [report, setReport] = useState(false);
  const close = useCallback(() => setReport(false), []);
  return (
    <>
      <button type="button" onClick={() => setReport(true)}>
        Printable report
      </button>
      {report && <ThemeReport onClose={close} />}
      <div className="export-bar" role="group" aria-label="Export">
        <CsvButton request={{ kind: 'themeReport', layer, summary: false }} label="Theme report CSV" />
        <CsvButton request={{ kind: 'themeReport', layer, summary: true }} label="Summary CSV" />
        <BomToggle />
      </div>
    </>
  );
}
