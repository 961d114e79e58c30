import type { Command } from 'commander';
import { findDocument, getDocument, listDocuments } from '../../db/services/documents';
import { readProject } from '../project';

export function registerDocumentCommands(program: Command): void {
  program
    .command('documents')
    .description('list the documents of a project')
    .argument('<file>', 'the .qualia file')
    .option('--json', 'print {"documents": [{"id","name","characters","case"}]}')
    .action((file: string, opts: { json?: boolean }) => {
      const docs = readProject(file, listDocuments);
      if (opts.json) {
        const documents = docs.map((d) => ({ id: d.id, name: d.name, characters: d.characters, case: d.case }));
        process.stdout.write(`${JSON.stringify({ documents }, null, 2)}\n`);
        return;
      }
      if (docs.length === 0) {
        process.stdout.write('no documents\n');
        return;
      }
      const width = Math.max(...docs.map((d) => d.name.length), 4);
      process.stdout.write(`${'name'.padEnd(width)}  ${'characters'.padStart(10)}  case\n`);
      for (const d of docs) {
        process.stdout.write(`${d.name.padEnd(width)}  ${String(d.characters).padStart(10)}  ${d.case ?? ''}\n`);
      }
    });

  program
    .command('text')
    .description("print a document's stored text exactly (for checking offsets)")
    .argument('<file>', 'the .qualia file')
    .argument('<document>', 'document id or name')
    .action((file: string, document: string) => {
      const text = readProject(file, (p) => getDocument(p, findDocument(p, document).id).text);
      process.stdout.write(text);
    });
}
