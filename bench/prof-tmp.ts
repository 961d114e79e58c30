import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createTheme, themeExcerpts, themeReportCsv } from '../db/services/themes';
import { exportExcerptsCsv } from '../db/services/excerptsCsv';
import { buildLargeProject } from './large';
const large = buildLargeProject(mkdtempSync(join(tmpdir(), 'qp-')));
createTheme(large.p, 'All', '', large.codeIds);
for (let i = 0; i < 2; i++) {
  let t = performance.now();
  themeExcerpts(large.p, 'coder');
  console.log('excerpts', (performance.now() - t).toFixed(0));
  t = performance.now();
  themeReportCsv(large.p, 'coder');
  console.log('report', (performance.now() - t).toFixed(0));
  t = performance.now();
  exportExcerptsCsv(large.p);
  console.log('export', (performance.now() - t).toFixed(0));
}
