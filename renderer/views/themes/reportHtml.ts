// The theme report as one standalone HTML file: inline styles only, no scripts,
// no external resources, so it opens anywhere and prints on a page or two.
import { attribution, type ReportQuote, type ThemeReportModel } from './reportModel';

const escape = (s: string) => s.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
const paragraphs = (s: string) =>
  s
    .split(/\n{2,}/)
    .map((p) => p.trim())
    .filter(Boolean)
    .map((p) => `<p>${escape(p).replace(/\n/g, '<br>')}</p>`)
    .join('\n');

const STYLE = `
body { font: 11pt/1.5 system-ui, -apple-system, 'Segoe UI', Roboto, Arial, sans-serif; color: #1f2328; max-width: 46rem; margin: 2rem auto; padding: 0 1.5rem; }
h1 { font-size: 1.5rem; margin: 0 0 .25rem; }
h2 { font-size: 1rem; margin: 1.25rem 0 .4rem; text-transform: uppercase; letter-spacing: .05em; color: #555; }
.lede { color: #444; margin: 0 0 .5rem; }
.facts { color: #666; font-size: .9em; margin: 0 0 .75rem; }
blockquote { margin: 0 0 .6rem; padding: 0 0 0 .75rem; border-left: 3px solid #ccc; break-inside: avoid; }
blockquote.starred { border-left-color: #e8a400; }
blockquote p { margin: 0; }
.who { color: #666; font-size: .85em; }
@page { margin: 1.5cm; }
`;

function quote(q: ReportQuote): string {
  return `<blockquote class="${q.starred ? 'starred' : ''}"><p>${q.starred ? '★ ' : ''}“${escape(q.text)}”</p><p class="who">${escape(attribution(q))}</p></blockquote>`;
}

export function themeReportHtml(m: ThemeReportModel, opts: { starredOnly?: boolean } = {}): string {
  const others = opts.starredOnly ? [] : m.others;
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'">
<title>${escape(m.name)} — theme report</title>
<style>${STYLE}</style>
</head>
<body>
<h1>${escape(m.name)}</h1>
${m.description ? `<p class="lede">${escape(m.description)}</p>` : ''}
<p class="facts">${m.excerpts} excerpts (${escape(m.layer)}) from ${m.participants.length} participants · codes: ${escape(m.codes.join('; '))}</p>
${m.writeUp.trim() ? `<h2>Write-up</h2>\n${paragraphs(m.writeUp)}` : ''}
${m.starred.length ? `<h2>Representative quotes</h2>\n${m.starred.map(quote).join('\n')}` : ''}
${others.length ? `<h2>${m.starred.length ? 'Other quotes' : 'Quotes'}</h2>\n${others.map(quote).join('\n')}` : ''}
</body>
</html>
`;
}
