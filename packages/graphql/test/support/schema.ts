// The database shape two ways, in one comparable form: what the Prisma schema declares (from
// Prisma's own DMMF) and what a database actually has (from pg_catalog). The drift test in
// test/migrations.test.ts compares them.

import { execFile } from 'node:child_process';
import { mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';

/** The Prisma schema folder of @gonghui/graphql (one `.prisma` file per module). */
export const SCHEMA_FOLDER = fileURLToPath(new URL('../../prisma/schema/', import.meta.url));

/** Every `.prisma` file of a schema folder, in name order, as one schema text. */
async function readSchemaFolder(folder: string): Promise<string> {
  const files = (await readdir(folder)).filter((f) => f.endsWith('.prisma')).sort();
  const texts = await Promise.all(files.map((f) => readFile(join(folder, f), 'utf8')));
  return texts.join('\n');
}

/** A database shape, sorted, so two shapes compare with toEqual and diff readably. */
export interface DatabaseShape {
  enums: Record<string, string[]>;
  /** table → column → "type, NULL|NOT NULL, DEFAULT|no default" */
  tables: Record<string, Record<string, string>>;
  /** index name → "table(columns) primary|unique|index" */
  indexes: Record<string, string>;
  /** constraint name → "table(columns) → table(columns) ON DELETE x ON UPDATE y" */
  foreignKeys: Record<string, string>;
}

interface DmmfField {
  name: string;
  dbName?: string | null;
  kind: 'scalar' | 'enum' | 'object' | 'unsupported';
  type: string;
  isList: boolean;
  isRequired: boolean;
  isUpdatedAt: boolean;
  hasDefaultValue: boolean;
  default?: unknown;
  nativeType?: [string, string[]] | null;
  relationFromFields?: string[];
  relationToFields?: string[];
  relationOnDelete?: string;
  relationOnUpdate?: string;
}
interface DmmfModel {
  name: string;
  dbName: string | null;
  fields: DmmfField[];
}
interface DmmfIndex {
  model: string;
  type: 'id' | 'unique' | 'normal' | 'fulltext';
  dbName?: string | null;
  fields: { name: string }[];
}
interface DmmfDatamodel {
  enums: { name: string; dbName?: string | null; values: { name: string; dbName: string | null }[] }[];
  models: DmmfModel[];
  indexes: DmmfIndex[];
}

/**
 * Reads the Prisma schema folder through `prisma generate` with a generator that dumps the DMMF
 * (offline: no engine binary is needed for generate). Takes ~3 s.
 */
export async function readDatamodel(schemaFolder: string = SCHEMA_FOLDER): Promise<DmmfDatamodel> {
  const dir = await mkdtemp(join(tmpdir(), 'gonghui-dmmf-'));
  try {
    const generator = fileURLToPath(new URL('./dmmf-generator.mjs', import.meta.url));
    const output = join(dir, 'dmmf.json');
    const source = await readSchemaFolder(schemaFolder);
    const schema = `${source.replace(/^generator\s+\w+\s*\{[^}]*\}/gm, '')}
generator dmmf {
  provider = ${JSON.stringify(`"${process.execPath}" "${generator}"`)}
  output   = ${JSON.stringify(output)}
}
`;
    await writeFile(join(dir, 'schema.prisma'), schema);
    const cli = createRequire(import.meta.url).resolve('prisma/build/index.js');
    await promisify(execFile)(process.execPath, [cli, 'generate', '--schema', 'schema.prisma'], {
      cwd: dir,
      env: { ...process.env, PRISMA_SCHEMA_ENGINE_BINARY: '/bin/true', PRISMA_HIDE_UPDATE_MESSAGE: '1' },
    });
    return JSON.parse(await readFile(output, 'utf8')) as DmmfDatamodel;
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

const SCALAR_TYPES: Record<string, string> = {
  String: 'text',
  Int: 'integer',
  BigInt: 'bigint',
  Boolean: 'boolean',
  DateTime: 'timestamp(3) without time zone',
  Float: 'double precision',
  Decimal: 'numeric(65,30)',
  Json: 'jsonb',
  Bytes: 'bytea',
};

const NATIVE_TYPES: Record<string, (args: string[]) => string> = {
  Text: () => 'text',
  VarChar: (args) => (args.length ? `character varying(${args[0]})` : 'character varying'),
  Char: (args) => `character(${args[0] ?? 1})`,
  Uuid: () => 'uuid',
  Date: () => 'date',
  Timestamp: (args) => `timestamp(${args[0] ?? 3}) without time zone`,
  Timestamptz: (args) => `timestamp(${args[0] ?? 3}) with time zone`,
  SmallInt: () => 'smallint',
  Integer: () => 'integer',
  BigInt: () => 'bigint',
  Real: () => 'real',
  DoublePrecision: () => 'double precision',
  Decimal: (args) => (args.length ? `numeric(${args.join(',')})` : 'numeric'),
  JsonB: () => 'jsonb',
  Json: () => 'json',
  Boolean: () => 'boolean',
};

function columnType(field: DmmfField): string {
  let type: string;
  if (field.kind === 'enum') type = field.type;
  else if (field.nativeType) {
    const [name, args] = field.nativeType;
    const native = NATIVE_TYPES[name];
    if (!native)
      throw new Error(`drift test: native type @db.${name} is not mapped yet (test/support/schema.ts)`);
    type = native(args);
  } else {
    const scalar = SCALAR_TYPES[field.type];
    if (!scalar)
      throw new Error(`drift test: Prisma type ${field.type} is not mapped yet (test/support/schema.ts)`);
    type = scalar;
  }
  return field.isList ? `${type}[]` : type;
}

/** Whether Prisma puts a DEFAULT in the database for this field (uuid()/cuid() are made by the client). */
function hasDatabaseDefault(field: DmmfField): boolean {
  if (!field.hasDefaultValue) return false;
  const value = field.default;
  if (value !== null && typeof value === 'object' && 'name' in value) {
    return !['uuid', 'cuid', 'nanoid', 'ulid'].includes(String((value as { name: unknown }).name));
  }
  return true;
}

function column(type: string, nullable: boolean, hasDefault: boolean): string {
  return `${type}, ${nullable ? 'NULL' : 'NOT NULL'}, ${hasDefault ? 'DEFAULT' : 'no default'}`;
}

function sortRecord<T>(record: Record<string, T>): Record<string, T> {
  return Object.fromEntries(Object.entries(record).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)));
}

const REFERENTIAL_ACTIONS: Record<string, string> = {
  Cascade: 'CASCADE',
  Restrict: 'RESTRICT',
  NoAction: 'NO ACTION',
  SetNull: 'SET NULL',
  SetDefault: 'SET DEFAULT',
};

/** The shape Prisma would create for a datamodel (names as Prisma's default naming). */
export function expectedShape(datamodel: DmmfDatamodel): DatabaseShape {
  const shape: DatabaseShape = { enums: {}, tables: {}, indexes: {}, foreignKeys: {} };
  for (const enumType of datamodel.enums) {
    shape.enums[enumType.dbName ?? enumType.name] = enumType.values.map(
      (value) => value.dbName ?? value.name,
    );
  }
  const tableOf = new Map(datamodel.models.map((model) => [model.name, model]));
  const columnName = (model: DmmfModel, fieldName: string): string => {
    const field = model.fields.find((candidate) => candidate.name === fieldName);
    return field?.dbName ?? fieldName;
  };
  for (const model of datamodel.models) {
    const table = model.dbName ?? model.name;
    const columns: Record<string, string> = {};
    for (const field of model.fields) {
      if (field.kind !== 'scalar' && field.kind !== 'enum') continue;
      columns[field.dbName ?? field.name] = column(
        columnType(field),
        !field.isRequired,
        hasDatabaseDefault(field),
      );
    }
    shape.tables[table] = sortRecord(columns);
    for (const field of model.fields) {
      if (field.kind !== 'object' || !field.relationFromFields?.length) continue;
      const target = tableOf.get(field.type);
      if (!target) throw new Error(`drift test: unknown relation target ${field.type}`);
      const from = field.relationFromFields.map((name) => columnName(model, name));
      const to = (field.relationToFields ?? []).map((name) => columnName(target, name));
      const optional = field.relationFromFields.some(
        (name) => !model.fields.find((candidate) => candidate.name === name)?.isRequired,
      );
      const onDelete = REFERENTIAL_ACTIONS[field.relationOnDelete ?? (optional ? 'SetNull' : 'Restrict')];
      const onUpdate = REFERENTIAL_ACTIONS[field.relationOnUpdate ?? 'Cascade'];
      shape.foreignKeys[`${table}_${from.join('_')}_fkey`] =
        `${table}(${from.join(', ')}) → ${target.dbName ?? target.name}(${to.join(', ')}) ON DELETE ${onDelete} ON UPDATE ${onUpdate}`;
    }
  }
  for (const index of datamodel.indexes) {
    const model = tableOf.get(index.model);
    if (!model) throw new Error(`drift test: unknown model ${index.model}`);
    const table = model.dbName ?? model.name;
    const columns = index.fields.map((field) => columnName(model, field.name));
    const suffix = { id: 'pkey', unique: 'key', normal: 'idx', fulltext: 'idx' }[index.type];
    const name =
      index.dbName ?? (index.type === 'id' ? `${table}_pkey` : `${table}_${columns.join('_')}_${suffix}`);
    const kind = index.type === 'id' ? 'primary' : index.type === 'unique' ? 'unique' : 'index';
    shape.indexes[name] = `${table}(${columns.join(', ')}) ${kind}`;
  }
  shape.enums = sortRecord(shape.enums);
  shape.tables = sortRecord(shape.tables);
  shape.indexes = sortRecord(shape.indexes);
  shape.foreignKeys = sortRecord(shape.foreignKeys);
  return shape;
}

/** Runs one query and returns its rows (pg Client, PGlite, … adapt to this). */
export type RowQuery = <Row>(sql: string) => Promise<Row[]>;

const FK_ACTIONS: Record<string, string> = {
  a: 'NO ACTION',
  r: 'RESTRICT',
  c: 'CASCADE',
  n: 'SET NULL',
  d: 'SET DEFAULT',
};

/** The shape of the `public` schema of a database, leaving out the runner's `ignoreTables`. */
export async function actualShape(
  query: RowQuery,
  ignoreTables: string[] = ['_gonghui_migrations'],
): Promise<DatabaseShape> {
  const shape: DatabaseShape = { enums: {}, tables: {}, indexes: {}, foreignKeys: {} };
  const ignored = new Set(ignoreTables);
  const enums = await query<{ name: string; labels: string[] }>(`
    SELECT t.typname AS name, array_agg(e.enumlabel::text ORDER BY e.enumsortorder) AS labels
    FROM pg_type t JOIN pg_enum e ON e.enumtypid = t.oid JOIN pg_namespace n ON n.oid = t.typnamespace
    WHERE n.nspname = 'public' GROUP BY t.typname`);
  for (const row of enums) shape.enums[row.name] = row.labels;
  const columns = await query<{
    table: string;
    column: string;
    type: string;
    notnull: boolean;
    hasdefault: boolean;
  }>(`
    SELECT c.relname AS "table", a.attname AS "column", format_type(a.atttypid, a.atttypmod) AS type,
           a.attnotnull AS notnull, a.atthasdef AS hasdefault
    FROM pg_attribute a JOIN pg_class c ON c.oid = a.attrelid JOIN pg_namespace n ON n.oid = c.relnamespace
    WHERE n.nspname = 'public' AND c.relkind = 'r' AND a.attnum > 0 AND NOT a.attisdropped`);
  for (const row of columns) {
    if (ignored.has(row.table)) continue;
    shape.tables[row.table] ??= {};
    const tableColumns = shape.tables[row.table] ?? {};
    tableColumns[row.column] = column(row.type.replaceAll('"', ''), !row.notnull, row.hasdefault);
  }
  const indexes = await query<{
    name: string;
    table: string;
    columns: string[];
    unique: boolean;
    primary: boolean;
  }>(`
    SELECT i.relname AS name, t.relname AS "table", x.indisunique AS "unique", x.indisprimary AS "primary",
           array(SELECT a.attname::text FROM unnest(x.indkey::int2[]) WITH ORDINALITY k(attnum, ord)
                 JOIN pg_attribute a ON a.attrelid = t.oid AND a.attnum = k.attnum ORDER BY k.ord) AS columns
    FROM pg_index x JOIN pg_class i ON i.oid = x.indexrelid JOIN pg_class t ON t.oid = x.indrelid
    JOIN pg_namespace n ON n.oid = t.relnamespace WHERE n.nspname = 'public'`);
  for (const row of indexes) {
    if (ignored.has(row.table)) continue;
    const kind = row.primary ? 'primary' : row.unique ? 'unique' : 'index';
    shape.indexes[row.name] = `${row.table}(${row.columns.join(', ')}) ${kind}`;
  }
  const foreignKeys = await query<{
    name: string;
    table: string;
    columns: string[];
    target: string;
    targetColumns: string[];
    ondelete: string;
    onupdate: string;
  }>(`
    SELECT c.conname AS name, t.relname AS "table", r.relname AS target,
           c.confdeltype AS ondelete, c.confupdtype AS onupdate,
           array(SELECT a.attname::text FROM unnest(c.conkey) WITH ORDINALITY k(attnum, ord)
                 JOIN pg_attribute a ON a.attrelid = c.conrelid AND a.attnum = k.attnum ORDER BY k.ord) AS columns,
           array(SELECT a.attname::text FROM unnest(c.confkey) WITH ORDINALITY k(attnum, ord)
                 JOIN pg_attribute a ON a.attrelid = c.confrelid AND a.attnum = k.attnum ORDER BY k.ord) AS "targetColumns"
    FROM pg_constraint c JOIN pg_class t ON t.oid = c.conrelid JOIN pg_class r ON r.oid = c.confrelid
    JOIN pg_namespace n ON n.oid = t.relnamespace WHERE n.nspname = 'public' AND c.contype = 'f'`);
  for (const row of foreignKeys) {
    if (ignored.has(row.table)) continue;
    shape.foreignKeys[row.name] =
      `${row.table}(${row.columns.join(', ')}) → ${row.target}(${row.targetColumns.join(', ')}) ` +
      `ON DELETE ${FK_ACTIONS[row.ondelete]} ON UPDATE ${FK_ACTIONS[row.onupdate]}`;
  }
  for (const [table, tableColumns] of Object.entries(shape.tables))
    shape.tables[table] = sortRecord(tableColumns);
  shape.enums = sortRecord(shape.enums);
  shape.tables = sortRecord(shape.tables);
  shape.indexes = sortRecord(shape.indexes);
  shape.foreignKeys = sortRecord(shape.foreignKeys);
  return shape;
}
