// The project file's data model (see ARCHITECTURE.md). Every row that can travel
// between two coders' copies has a UUID key and created/updated times (ISO 8601,
// UTC), so copies merge without collisions. Offsets are UTF-16 code units of the
// immutable normalised document text; code points only at CSV/REFI boundaries.
import { sql } from 'drizzle-orm';
import {
  type AnySQLiteColumn,
  index,
  integer,
  real,
  sqliteTable,
  text,
  uniqueIndex,
} from 'drizzle-orm/sqlite-core';

const id = () => text('id').primaryKey();
const stamps = {
  createdAt: text('created_at')
    .notNull()
    .default(sql`(strftime('%Y-%m-%dT%H:%M:%fZ','now'))`),
  updatedAt: text('updated_at')
    .notNull()
    .default(sql`(strftime('%Y-%m-%dT%H:%M:%fZ','now'))`),
};

export const project = sqliteTable('project', {
  id: id(),
  name: text('name').notNull(),
  /** JSON: blind mode, owner coder, agreement defaults… */
  settings: text('settings').notNull().default('{}'),
  ...stamps,
});

export const coder = sqliteTable(
  'coder',
  {
    id: id(),
    name: text('name').notNull(),
    colour: text('colour').notNull().default('#4c6ef5'),
    /** 'consensus' is the layer that records reconciled decisions. */
    kind: text('kind', { enum: ['person', 'consensus'] })
      .notNull()
      .default('person'),
    ...stamps,
  },
  (t) => [uniqueIndex('coder_name_unique').on(t.name)],
);

export const cases = sqliteTable(
  'cases',
  {
    id: id(),
    name: text('name').notNull(),
    position: integer('position').notNull().default(0),
    ...stamps,
  },
  (t) => [uniqueIndex('cases_name_unique').on(t.name)],
);

export const descriptorField = sqliteTable(
  'descriptor_field',
  {
    id: id(),
    name: text('name').notNull(),
    type: text('type', { enum: ['text', 'number', 'date', 'choice'] })
      .notNull()
      .default('text'),
    /** JSON array of allowed values for 'choice'. */
    choices: text('choices').notNull().default('[]'),
    position: integer('position').notNull().default(0),
    ...stamps,
  },
  (t) => [uniqueIndex('descriptor_field_name_unique').on(t.name)],
);

export const caseValue = sqliteTable(
  'case_value',
  {
    id: id(),
    caseId: text('case_id')
      .notNull()
      .references(() => cases.id, { onDelete: 'cascade' }),
    fieldId: text('field_id')
      .notNull()
      .references(() => descriptorField.id, { onDelete: 'cascade' }),
    value: text('value'),
    ...stamps,
  },
  (t) => [uniqueIndex('case_value_case_field').on(t.caseId, t.fieldId), index('case_value_field').on(t.fieldId)],
);

export const document = sqliteTable(
  'document',
  {
    id: id(),
    name: text('name').notNull(),
    kind: text('kind', { enum: ['interview', 'survey', 'fieldnote'] })
      .notNull()
      .default('interview'),
    sourceName: text('source_name'),
    /** sha256 of the original file's bytes (duplicate detection, merge by content). */
    sourceSha256: text('source_sha256'),
    /** sha256 of the stored text; the identity used when merging copies. */
    sha256: text('sha256').notNull(),
    encoding: text('encoding'),
    /** Immutable once imported: NFC, LF line endings, no BOM. */
    text: text('text').notNull(),
    /** Length in Unicode code points. */
    characters: integer('characters').notNull(),
    caseId: text('case_id').references(() => cases.id, { onDelete: 'set null' }),
    position: integer('position').notNull().default(0),
    ...stamps,
  },
  (t) => [
    uniqueIndex('document_name_unique').on(t.name),
    index('document_sha256').on(t.sha256),
    index('document_case').on(t.caseId),
    // Covers the document list and every "documents in order" query: the columns after
    // `text` sit behind its overflow pages, so without it listing 1,000 documents read
    // all 70 MB of their transcripts.
    index('document_listing').on(t.position, t.name, t.id, t.kind, t.characters, t.caseId),
  ],
);

export const segment = sqliteTable(
  'segment',
  {
    id: id(),
    documentId: text('document_id')
      .notNull()
      .references(() => document.id, { onDelete: 'cascade' }),
    kind: text('kind', { enum: ['paragraph', 'turn'] }).notNull(),
    speaker: text('speaker'),
    start: integer('start').notNull(),
    end: integer('end').notNull(),
    /** Media time of a cue, in milliseconds, for VTT/SRT sources. */
    timeStartMs: integer('time_start_ms'),
    timeEndMs: integer('time_end_ms'),
    /** The case whose words this turn is (a participant's turns; never the interviewer's). */
    caseId: text('case_id').references((): AnySQLiteColumn => cases.id, { onDelete: 'set null' }),
    ...stamps,
  },
  (t) => [index('segment_document').on(t.documentId, t.start), index('segment_case').on(t.caseId)],
);

export const code = sqliteTable(
  'code',
  {
    id: id(),
    parentId: text('parent_id').references((): AnySQLiteColumn => code.id, { onDelete: 'cascade' }),
    name: text('name').notNull(),
    definition: text('definition').notNull().default(''),
    inclusion: text('inclusion').notNull().default(''),
    exclusion: text('exclusion').notNull().default(''),
    example: text('example').notNull().default(''),
    colour: text('colour').notNull().default('#868e96'),
    position: integer('position').notNull().default(0),
    weightMin: real('weight_min'),
    weightMax: real('weight_max'),
    /** JSON object: weight value → label, e.g. {"-2": "highly sceptical"}. */
    weightLabels: text('weight_labels').notNull().default('{}'),
    ...stamps,
  },
  (t) => [index('code_parent').on(t.parentId, t.position)],
);

export const excerpt = sqliteTable(
  'excerpt',
  {
    id: id(),
    documentId: text('document_id')
      .notNull()
      .references(() => document.id, { onDelete: 'cascade' }),
    coderId: text('coder_id')
      .notNull()
      .references(() => coder.id),
    start: integer('start').notNull(),
    end: integer('end').notNull(),
    memo: text('memo').notNull().default(''),
    ...stamps,
  },
  (t) => [index('excerpt_document').on(t.documentId, t.start), index('excerpt_coder').on(t.coderId)],
);

export const excerptCode = sqliteTable(
  'excerpt_code',
  {
    id: id(),
    excerptId: text('excerpt_id')
      .notNull()
      .references(() => excerpt.id, { onDelete: 'cascade' }),
    codeId: text('code_id')
      .notNull()
      .references(() => code.id, { onDelete: 'cascade' }),
    weight: real('weight'),
    ...stamps,
  },
  (t) => [uniqueIndex('excerpt_code_unique').on(t.excerptId, t.codeId), index('excerpt_code_code').on(t.codeId)],
);

export const memo = sqliteTable(
  'memo',
  {
    id: id(),
    coderId: text('coder_id').references(() => coder.id),
    targetType: text('target_type', { enum: ['project', 'document', 'code', 'excerpt', 'theme'] }).notNull(),
    /** Null for project memos. Not a foreign key: the target table depends on target_type. */
    targetId: text('target_id'),
    title: text('title').notNull().default(''),
    body: text('body').notNull().default(''),
    ...stamps,
  },
  (t) => [index('memo_target').on(t.targetType, t.targetId)],
);

export const theme = sqliteTable(
  'theme',
  {
    id: id(),
    name: text('name').notNull(),
    description: text('description').notNull().default(''),
    position: integer('position').notNull().default(0),
    ...stamps,
  },
  (t) => [uniqueIndex('theme_name_unique').on(t.name)],
);

export const themeCode = sqliteTable(
  'theme_code',
  {
    id: id(),
    themeId: text('theme_id')
      .notNull()
      .references(() => theme.id, { onDelete: 'cascade' }),
    codeId: text('code_id')
      .notNull()
      .references(() => code.id, { onDelete: 'cascade' }),
    ...stamps,
  },
  (t) => [uniqueIndex('theme_code_unique').on(t.themeId, t.codeId)],
);

/** Quotes a researcher starred as representative of a theme. */
export const themeStar = sqliteTable(
  'theme_star',
  {
    id: id(),
    themeId: text('theme_id')
      .notNull()
      .references(() => theme.id, { onDelete: 'cascade' }),
    excerptId: text('excerpt_id')
      .notNull()
      .references(() => excerpt.id, { onDelete: 'cascade' }),
    ...stamps,
  },
  (t) => [uniqueIndex('theme_star_unique').on(t.themeId, t.excerptId)],
);

/**
 * A consensus decision on one disagreement between two coders: what was decided,
 * by whom, when, and why. The originals are never changed; an accepted coding is
 * written as an excerpt of the consensus coder (`consensusExcerptId`).
 */
export const decision = sqliteTable(
  'decision',
  {
    id: id(),
    codeId: text('code_id')
      .notNull()
      .references(() => code.id, { onDelete: 'cascade' }),
    documentId: text('document_id')
      .notNull()
      .references(() => document.id, { onDelete: 'cascade' }),
    /** The disagreement's range (UTF-16), as shown when it was decided. */
    start: integer('start').notNull(),
    end: integer('end').notNull(),
    coderA: text('coder_a').notNull().references(() => coder.id),
    coderB: text('coder_b').notNull().references(() => coder.id),
    outcome: text('outcome', { enum: ['accept_a', 'accept_b', 'union', 'edit', 'skip'] }).notNull(),
    decidedBy: text('decided_by').references(() => coder.id),
    note: text('note').notNull().default(''),
    consensusExcerptId: text('consensus_excerpt_id').references(() => excerpt.id, { onDelete: 'set null' }),
    ...stamps,
  },
  (t) => [index('decision_code_document').on(t.codeId, t.documentId)],
);
