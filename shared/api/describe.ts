// A readable listing of the contract for docs/api-methods.md, generated from the
// contract itself so the documentation cannot drift from the code.
import { z } from 'zod';
import { contract, methods } from './contract';

function fieldsOf(schema: z.ZodType): string {
  const json = z.toJSONSchema(schema, { unrepresentable: 'any', io: 'input' }) as { properties?: Record<string, unknown>; required?: string[]; anyOf?: unknown[] };
  if (!json.properties) return json.anyOf ? '(one of several shapes)' : '`{}`';
  const keys = Object.keys(json.properties);
  if (keys.length === 0) return '`{}`';
  const required = new Set(json.required ?? []);
  return `\`{${keys.map((k) => (required.has(k) ? k : `${k}?`)).join(', ')}}\``;
}

export function describeContract(): string {
  const groups = new Map<string, string[]>();
  for (const m of methods) {
    const spec = contract[m];
    const group = m.split('.')[0]!;
    const line = `| \`${m}\` | ${fieldsOf(spec.input)} | ${spec.summary} |`;
    groups.set(group, [...(groups.get(group) ?? []), line]);
  }
  const out = ['# API methods', '', 'Generated from `shared/api/contract.ts` by `UPDATE_DOCS=1 npx vitest run tests/api/docs.test.ts`; do not edit by hand.', 'Each method takes the input shown (a `?` marks an optional field) and answers with an envelope (see [api.md](api.md)).', ''];
  for (const [group, lines] of groups) out.push(`## ${group}`, '', '| method | input | what it does |', '| --- | --- | --- |', ...lines, '');
  return out.join('\n');
}
