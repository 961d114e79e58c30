import { type ReactNode, useId, useState } from 'react';
import type { CsvRequest } from '../../store/analysisSlice';
import { useStore } from '../../store';
import { downloadText } from './download';

/** The BOM choice, shared by every CSV button in the app. */
export function BomToggle() {
  const bom = useStore((s) => s.csvBom);
  const setAnalysis = useStore((s) => s.setAnalysis);
  const id = useId();
  return (
    <span className="bom-toggle">
      <input id={id} type="checkbox" checked={bom} onChange={(e) => setAnalysis({ csvBom: e.target.checked })} />
      <label htmlFor={id} title="Start the file with a byte-order mark so Excel reads accented letters correctly">
        BOM for Excel
      </label>
    </span>
  );
}

/** A button that asks the core for a CSV (the same bytes the CLI writes) and saves it. */
export function CsvButton({ request, label = 'Export CSV' }: { request: CsvRequest; label?: string }) {
  const exportCsv = useStore((s) => s.exportCsv);
  const [busy, setBusy] = useState(false);
  async function run() {
    setBusy(true);
    try {
      const file = await exportCsv(request);
      if (file) downloadText(file.text, file.fileName);
    } finally {
      setBusy(false);
    }
  }
  return (
    <button type="button" onClick={() => void run()} disabled={busy}>
      {label}
    </button>
  );
}

export function ExportBar({ request, children }: { request: CsvRequest; children?: ReactNode }) {
  return (
    <div className="export-bar" role="group" aria-label="Export">
      <CsvButton request={request} />
      <BomToggle />
      {children}
    </div>
  );
}
