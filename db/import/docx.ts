// Word .docx → plain text. mammoth reads the package; we walk its document
// tree ourselves because mammoth.extractRawText drops <w:br/>, and Teams
// transcripts pasted into Word put "timestamp⏎speaker⏎text" in one paragraph
// separated only by such breaks: without them the speaker runs into the text.
import { baseName, ImportError } from '../../shared/import/errors';
import { readZipForImport } from './zipGuard';

interface DocxNode {
  type: string;
  value?: string;
  breakType?: string;
  children?: DocxNode[];
}

/** Paragraph texts joined by blank lines; formatting, comments, footnotes and images dropped. */
export async function extractDocx(bytes: Uint8Array, fileName: string): Promise<string> {
  const name = baseName(fileName);
  if (bytes.length === 0) throw new ImportError({ fileName, code: 'empty' }, `${name} is empty.`);
  // mammoth inflates whatever the zip claims: refuse zip bombs and damaged archives first.
  await readZipForImport(bytes, fileName);
  // Loaded when a .docx comes in, not at every start of the command line (a sixth of its start-up).
  const { default: mammoth } = await import('mammoth');
  let root: DocxNode | null = null;
  try {
    await mammoth.convertToHtml(
      { buffer: Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength) },
      {
        // The HTML is thrown away; this hook is the supported way to get the tree.
        transformDocument: (doc: DocxNode) => {
          root = doc;
          return doc;
        },
        convertImage: mammoth.images.imgElement(async () => ({ src: '' })),
      },
    );
  } catch (e) {
    const detail = e instanceof Error ? e.message.split('\n')[0] : String(e);
    throw new ImportError(
      { fileName, code: 'corrupt' },
      `${name} is not a readable .docx file (damaged, or another kind of file renamed): ${detail}`,
    );
  }
  const paragraphs: string[] = [];
  if (root) collectParagraphs(root, paragraphs);
  return paragraphs.filter((p) => p.trim()).join('\n\n');
}

function collectParagraphs(node: DocxNode, out: string[]): void {
  if (node.type === 'paragraph') {
    out.push((node.children ?? []).map(inlineText).join(''));
    return;
  }
  for (const child of node.children ?? []) collectParagraphs(child, out);
}

const SKIPPED = new Set(['image', 'noteReference', 'commentReference', 'comment', 'checkbox']);

function inlineText(node: DocxNode): string {
  switch (node.type) {
    case 'text':
      return node.value ?? '';
    case 'tab':
      return '\t';
    case 'break':
      return node.breakType === 'line' || node.breakType === undefined ? '\n' : '\n\n';
    case 'paragraph':
      // A paragraph nested inside a run (text box) still reads as its own line.
      return (node.children ?? []).map(inlineText).join('') + '\n';
    default:
      return SKIPPED.has(node.type) ? '' : (node.children ?? []).map(inlineText).join('');
  }
}
