// The compiled read path (issue 9): a query over the public organization directory becomes one SQL
// statement whose single text column is the JSON of the answer's `data`, built by PostgreSQL, so no
// field resolver runs in Node. What it compiles, and only that (anything else is executed normally):
//
//   Query.organization(id), Query.organizations(first, after, filter), and below them the
//   Organization columns, `parent`, `ancestors`, the `children` and `subtree` connections with
//   first/after (subtree with filter/includeSelf), edges/node/cursor, nodes, pageInfo, totalCount,
//   `__typename` everywhere, fragments and @skip/@include.
//
// Every compiled field is public (its type's scopes and its own are `{ public: true }`, checked once
// against the schema in `ReadCompiler`), so the viewer's scope check is true for every row and the
// statement needs none. Arguments that the normal path answers with an error — an ID that is not an
// Organization's global ID, a cursor this API did not issue or of another list, `last`/`before`, a
// negative page size, a string the input guard refuses — make `build` return null: the request is
// executed normally and answered with exactly that error.
//
// The SQL mirrors what Pothos's Prisma plugin and Prisma send: the same orders (name, id for
// children; depth, name, id for organizations; distance, name, id along the closure index for
// subtree), LIMIT page size + 1 to learn whether a next page exists, Prisma's cursor semantics (rows
// from the cursor's row on in the list's order, the first of them skipped), Prisma's filters
// (`LIKE prefix || '%'`, `ILIKE '%' || text || '%'`, enum lists) and the page size rules (default 20,
// at most 100). The JSON text is concatenated so that it is byte for byte what graphql-js and
// JSON.stringify would write; cursors are left as placeholders (the list's number in `lists`, the
// parent's id and the raw cursor between two U+0001, a character PostgreSQL's JSON never leaves
// unescaped) for Node to seal with the server's key, bound to their list as the edge plugin binds
// them (field coordinate, defining arguments, parent). A cursor given to a nested list whose parent is
// not known while building (children of every row of a page) is checked in the statement: under
// another parent the page is not answered there (FALLBACK_MARK) and the normal path refuses it.

import {
  type DocumentNode,
  type FieldNode,
  type FragmentDefinitionNode,
  type GraphQLField,
  GraphQLIncludeDirective,
  type GraphQLNamedType,
  type GraphQLObjectType,
  type GraphQLSchema,
  GraphQLSkipDirective,
  getArgumentValues,
  getDirectiveValues,
  getNamedType,
  getVariableValues,
  isAbstractType,
  isObjectType,
  Kind,
  type OperationDefinitionNode,
  type SelectionSetNode,
} from 'graphql';
import { DEFAULT_PAGE_SIZE, MAX_PAGE_SIZE, parseGlobalID } from '../builder.js';
import { listArguments, listOf, type OpenedCursor } from '../hardening/edge-plugin.js';
import { passesInputGuard } from '../hardening/input-guard.js';

/** Marks a cursor placeholder in the statement's JSON text (never unescaped in PostgreSQL's JSON). */
export const CURSOR_MARK = '\u0001';

/** In the statement's JSON text: a page after a cursor whose row is not in its list (the request runs normally). */
export const FALLBACK_MARK = '\u0002';

/** Comment that starts every compiled statement (tests and logs tell it apart by it). */
export const COMPILED_SQL_MARK = '/* gonghui compiled read */';

/** One compiled request: the statement, its parameters, and the lists (`listArguments`) its cursor placeholders name by number. */
export interface CompiledRead {
  readonly sql: string;
  readonly params: readonly string[];
  readonly lists: readonly string[];
}

/** Opens a sealed cursor given to `list` (`listArguments`; CursorSeal.open); throws when this API did not issue it for that list. */
export type CursorOpener = (sealed: string, argument: string, list: string) => OpenedCursor;

/** The object a connection hangs under: its id in SQL, and its id itself when known while building (`''` at the root). */
interface Parent {
  readonly sql: string;
  readonly known: string | null;
}

/** The parent of a root list. */
const ROOT: Parent = { sql: "''", known: '' };

/** Thrown while building when the request must be executed normally. */
class NotCompiled extends Error {}

/** The Organization fields read from its own row (the differential test selects from them too). */
export const ORGANIZATION_SCALARS = [
  'id',
  'name',
  'kind',
  'level',
  'status',
  'regionCode',
  'creditCode',
  'depth',
  'createdAt',
  'updatedAt',
  'dissolvedAt',
] as const;

/** The fields that compile, by type; each is checked to be public when the compiler is made. */
const COMPILABLE: Readonly<Record<string, readonly string[]>> = {
  Query: ['organization', 'organizations'],
  Organization: [...ORGANIZATION_SCALARS, 'parent', 'ancestors', 'children', 'subtree'],
  OrganizationConnection: ['totalCount', 'edges', 'nodes', 'pageInfo'],
  OrganizationEdge: ['cursor', 'node'],
  PageInfo: ['hasNextPage', 'hasPreviousPage', 'startCursor', 'endCursor'],
};

/** Whether Pothos scope-auth options say "anyone": absent, or exactly `{ public: true }`. */
function isPublicScope(scopes: unknown, absentIsPublic: boolean): boolean {
  if (scopes === undefined) return absentIsPublic;
  if (scopes === null || typeof scopes !== 'object') return false;
  const entries = Object.entries(scopes);
  return entries.length === 1 && entries[0]?.[0] === 'public' && entries[0][1] === true;
}

/** The scope-auth options Pothos keeps on a type or field. */
function scopesOf(thing: { extensions?: unknown }): unknown {
  const extensions = thing.extensions as { pothosOptions?: { authScopes?: unknown } } | undefined;
  return extensions?.pothosOptions?.authScopes;
}

/**
 * The compilable fields of `schema` that are public, as `Type.field` coordinates: a field listed in
 * COMPILABLE whose type (for Query: the field itself) or own scopes are anything but public is left out.
 */
export function publicCompilableFields(schema: GraphQLSchema): Set<string> {
  const allowed = new Set<string>();
  for (const [typeName, fields] of Object.entries(COMPILABLE)) {
    const type = schema.getType(typeName) as GraphQLObjectType | undefined;
    if (!type) continue;
    const root = typeName === 'Query';
    if (!root && !isPublicScope(scopesOf(type), false)) continue;
    for (const name of fields) {
      const field = type.getFields()[name];
      if (field && isPublicScope(scopesOf(field), !root)) allowed.add(`${typeName}.${name}`);
    }
  }
  return allowed;
}

/** A literal part of the JSON text, as a SQL string literal (the text holds no quote: names and JSON punctuation). */
function lit(text: string): string {
  if (text.includes("'")) throw new Error(`unexpected quote in compiled JSON text: ${text}`);
  return `'${text}'`;
}

/** JSON text of a nullable SQL expression that yields JSON text, `null` when it is NULL. */
function orNull(expression: string): string {
  return `coalesce(${expression}, 'null')`;
}

/** Base64 of a text expression's UTF-8 bytes on one line (as Node's Buffer writes it). */
function base64(expression: string): string {
  return `translate(encode(convert_to(${expression}, 'UTF8'), 'base64'), chr(10), '')`;
}

/** DateTime as `Date.prototype.toISOString` writes it (timestamp(3) columns hold UTC). */
function isoTime(column: string): string {
  return `'"' || to_char(${column}, 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"') || '"'`;
}

/** Where a cursor points: conditions on a source row (`c`, `l`) that it is the cursor's row, and that it comes at or after it. */
interface CursorRow {
  readonly is: string;
  readonly atOrAfter: string;
}

/** Where a page of organizations comes from, and how it is ordered and cursored. */
interface PageSource {
  /** FROM of the rows: the organization as `c` (subtree: its closure row as `l`). */
  readonly from: string;
  /** Conditions of the list's rows. */
  readonly where: readonly string[];
  /** FROM and WHERE of `totalCount` when cheaper than the rows' (the subtree without a filter: its closure rows alone). */
  readonly count?: string;
  /** Columns of a page row: the organization's, plus what ordering and cursors need. */
  readonly columns: string;
  /** Order of the rows over the source (`c`, `l`). */
  readonly order: string;
  /** The same order over a page row. */
  readonly pageOrder: (p: string) => string;
  /** The row an opened cursor's raw text names (NotCompiled when it is not a cursor of this kind of list). */
  readonly cursorRow: (raw: string, build: Build) => CursorRow;
  /** The raw cursor of a page row `p` (before sealing). */
  readonly cursor: (p: string) => string;
}

/** ` WHERE a AND b`, or nothing. */
function whereOf(conditions: readonly string[]): string {
  return conditions.length > 0 ? ` WHERE ${conditions.join(' AND ')}` : '';
}

/** The fields collected under one response key, in first-appearance order (graphql-js's CollectFields). */
type Collected = Map<string, FieldNode[]>;

/** The state of building one request's statement. */
class Build {
  readonly params: string[] = [];
  /** The lists (`listArguments`) whose cursors the statement's placeholders name by number. */
  readonly lists: string[] = [];
  #aliases = 0;

  constructor(
    readonly schema: GraphQLSchema,
    readonly fragments: Readonly<Record<string, FragmentDefinitionNode>>,
    readonly variables: Record<string, unknown>,
    readonly openCursor: CursorOpener,
  ) {}

  /** A new table alias. */
  alias(prefix: string): string {
    this.#aliases += 1;
    return `${prefix}${this.#aliases}`;
  }

  /** Passes a string argument through the input guard: a refused one is executed normally (and refused there). */
  guard(value: string): string {
    if (!passesInputGuard(value)) throw new NotCompiled();
    return value;
  }

  /** A string parameter (guarded). */
  param(value: string): string {
    this.params.push(this.guard(value));
    return `$${this.params.length}::text`;
  }

  /** Whether @skip/@include let a selection through. */
  included(node: FieldNode | { directives?: FieldNode['directives'] }): boolean {
    const skip = getDirectiveValues(GraphQLSkipDirective, node, this.variables);
    if (skip?.if === true) return false;
    const include = getDirectiveValues(GraphQLIncludeDirective, node, this.variables);
    return include?.if !== false;
  }

  /** The fields selected on an object of `type` by these selection sets, merged per response key. */
  collect(type: GraphQLObjectType, selectionSets: readonly SelectionSetNode[]): Collected {
    const fields: Collected = new Map();
    const visited = new Set<string>();
    const walk = (selectionSet: SelectionSetNode) => {
      for (const selection of selectionSet.selections) {
        if (!this.included(selection)) continue;
        if (selection.kind === Kind.FIELD) {
          const key = selection.alias?.value ?? selection.name.value;
          const list = fields.get(key);
          if (list) list.push(selection);
          else fields.set(key, [selection]);
        } else if (selection.kind === Kind.INLINE_FRAGMENT) {
          if (!selection.typeCondition || this.applies(selection.typeCondition.name.value, type)) {
            walk(selection.selectionSet);
          }
        } else {
          const name = selection.name.value;
          const fragment = this.fragments[name];
          if (visited.has(name) || !fragment) continue;
          visited.add(name);
          if (this.applies(fragment.typeCondition.name.value, type)) walk(fragment.selectionSet);
        }
      }
    };
    for (const selectionSet of selectionSets) walk(selectionSet);
    return fields;
  }

  /** Whether a fragment's type condition applies to an object of `type`. */
  applies(condition: string, type: GraphQLObjectType): boolean {
    const conditionType = this.schema.getType(condition) as GraphQLNamedType | undefined;
    if (!conditionType) return false;
    if (conditionType === type) return true;
    return isAbstractType(conditionType) && this.schema.isSubType(conditionType, type);
  }

  /** The arguments of a field as graphql-js coerces them. */
  args(type: GraphQLObjectType, node: FieldNode): Record<string, unknown> {
    const field = type.getFields()[node.name.value] as GraphQLField<unknown, unknown>;
    return getArgumentValues(field, node, this.variables);
  }
}

/** The selection sets under the fields of one response key. */
function subSelections(nodes: readonly FieldNode[]): SelectionSetNode[] {
  return nodes.flatMap((node) => (node.selectionSet ? [node.selectionSet] : []));
}

/** Concatenates JSON pieces (SQL text expressions) into one expression. */
function concat(pieces: readonly string[]): string {
  return pieces.length === 0 ? "''" : pieces.join(' || ');
}

/** An object's JSON from its collected fields: `{"key":<value>,…}`. */
function objectJson(fields: Collected, value: (key: string, nodes: FieldNode[]) => string): string {
  const pieces: string[] = [];
  let first = true;
  for (const [key, nodes] of fields) {
    pieces.push(lit(`${first ? '{' : ','}"${key}":`), value(key, nodes));
    first = false;
  }
  pieces.push(first ? lit('{}') : lit('}'));
  return concat(pieces);
}

/** The JSON of an organization row `o` (whose id is `known` when the request names it) with the fields selected by `nodes`. */
function organizationJson(
  build: Build,
  nodes: readonly FieldNode[],
  o: string,
  known: string | null = null,
): string {
  const type = build.schema.getType('Organization') as GraphQLObjectType;
  return objectJson(build.collect(type, subSelections(nodes)), (_key, fieldNodes) => {
    const node = fieldNodes[0] as FieldNode;
    switch (node.name.value) {
      case '__typename':
        return lit('"Organization"');
      case 'id':
        return `'"' || ${base64(`'Organization:' || ${o}.id`)} || '"'`;
      case 'name':
        return `to_json(${o}.name)::text`;
      case 'regionCode':
      case 'creditCode':
        return orNull(`to_json(${o}."${node.name.value}")::text`);
      case 'kind':
      case 'level':
      case 'status':
        return `'"' || ${o}.${node.name.value}::text || '"'`;
      case 'depth':
        return `${o}.depth::text`;
      case 'createdAt':
      case 'updatedAt':
        return isoTime(`${o}."${node.name.value}"`);
      case 'dissolvedAt':
        return orNull(isoTime(`${o}."dissolvedAt"`));
      case 'parent': {
        const p = build.alias('o');
        return orNull(
          `(SELECT ${organizationJson(build, fieldNodes, p)} FROM "Organization" ${p} WHERE ${p}.id = ${o}."parentId")`,
        );
      }
      case 'ancestors': {
        const a = build.alias('o');
        const l = build.alias('l');
        return `'[' || coalesce((SELECT string_agg(${organizationJson(build, fieldNodes, a)}, ',' ORDER BY ${a}.depth) FROM "OrganizationLink" ${l} JOIN "Organization" ${a} ON ${a}.id = ${l}."ancestorId" WHERE ${l}."descendantId" = ${o}.id AND ${l}.distance > 0), '') || ']'`;
      }
      case 'children':
        return connectionJson(
          build,
          fieldNodes,
          childrenSource(o),
          build.args(type, node),
          listOf('Organization', 'children'),
          { sql: `${o}.id`, known },
        );
      case 'subtree': {
        const args = build.args(type, node);
        return connectionJson(
          build,
          fieldNodes,
          subtreeSource(build, o, args),
          args,
          listOf('Organization', 'subtree'),
          { sql: `${o}.id`, known },
        );
      }
      default:
        throw new NotCompiled();
    }
  });
}

/** The row an id cursor names, in an order of organization columns (Prisma's cursor: rows from the cursor's row on). */
function idCursorRow(columns: readonly string[]) {
  return (raw: string, build: Build): CursorRow => {
    const id = cursorChunk(raw);
    if (typeof id !== 'string') throw new NotCompiled();
    const key = build.param(id);
    const k = build.alias('k');
    const row = (alias: string) => columns.map((column) => `${alias}.${column}`).join(', ');
    return {
      is: `c.id = ${key}`,
      atOrAfter: `(${row('c')}) >= (SELECT ${row(k)} FROM "Organization" ${k} WHERE ${k}.id = ${key})`,
    };
  };
}

/** The page source of `children` of organization row `o`. */
function childrenSource(o: string): PageSource {
  return {
    from: 'FROM "Organization" c',
    where: [`c."parentId" = ${o}.id`],
    columns: 'c.*',
    order: 'c.name, c.id',
    pageOrder: (p) => `${p}.name, ${p}.id`,
    cursorRow: idCursorRow(['name', 'id']),
    cursor: (p) => base64(`'GPC:S:' || ${p}.id`),
  };
}

/** The filter of an organization list on the organization row `c`, as Prisma writes it (filterWhere in schema/organization.ts). */
function filterSql(build: Build, filter: unknown): string[] {
  if (filter === null || filter === undefined) return [];
  const f = filter as {
    kind?: string[] | null;
    level?: string[] | null;
    status?: string | null;
    regionCode?: string | null;
    nameContains?: string | null;
  };
  const conditions: string[] = [];
  const enumList = (column: string, enumType: string, values: readonly string[]) =>
    `c.${column} IN (${values.map((value) => `CAST(${build.param(value)} AS "${enumType}")`).join(', ')})`;
  if (f.kind?.length) conditions.push(enumList('kind', 'OrganizationKind', f.kind));
  if (f.level?.length) conditions.push(enumList('level', 'OrganizationLevel', f.level));
  if (f.status) conditions.push(`c.status = CAST(${build.param(f.status)} AS "OrganizationStatus")`);
  if (f.regionCode) conditions.push(`c."regionCode"::text LIKE (${build.param(f.regionCode)} || '%')`);
  if (f.nameContains) conditions.push(`c.name ILIKE ('%' || ${build.param(f.nameContains)} || '%')`);
  return conditions;
}

/** The page source of `subtree(filter, includeSelf)` of organization row `o`, along the closure index. */
function subtreeSource(build: Build, o: string, args: Record<string, unknown>): PageSource {
  const links = [`l."ancestorId" = ${o}.id`, ...(args.includeSelf ? [] : ['l.distance > 0'])];
  const filter = filterSql(build, args.filter);
  return {
    from: 'FROM "OrganizationLink" l JOIN "Organization" c ON c.id = l."descendantId"',
    where: [...links, ...filter],
    // Every closure row has its organization (a foreign key): without a filter, count the rows alone.
    ...(filter.length === 0 ? { count: `FROM "OrganizationLink" l${whereOf(links)}` } : {}),
    columns:
      'c.*, l."ancestorId" AS "__ancestor", l.distance AS "__distance", l."descendantName" AS "__name"',
    order: 'l.distance, l."descendantName", l."descendantId"',
    pageOrder: (p) => `${p}."__distance", ${p}."__name", ${p}.id`,
    cursorRow: (raw, b) => {
      const key = cursorChunk(raw);
      if (!Array.isArray(key) || key.length !== 2 || !key.every((part) => typeof part === 'string')) {
        throw new NotCompiled();
      }
      const ancestor = b.param(key[0] as string);
      const descendant = b.param(key[1] as string);
      const k = b.alias('k');
      return {
        is: `l."ancestorId" = ${ancestor} AND l."descendantId" = ${descendant}`,
        atOrAfter: `(l.distance, l."descendantName", l."descendantId") >= (SELECT ${k}.distance, ${k}."descendantName", ${k}."descendantId" FROM "OrganizationLink" ${k} WHERE ${k}."ancestorId" = ${ancestor} AND ${k}."descendantId" = ${descendant})`,
      };
    },
    cursor: (p) =>
      base64(
        `'GPC:T:[' || to_json('S:' || ${p}."__ancestor")::text || ',' || to_json('S:' || ${p}.id)::text || ']'`,
      ),
  };
}

/** The page source of `organizations(filter)`. */
function organizationsSource(build: Build, args: Record<string, unknown>): PageSource {
  return {
    from: 'FROM "Organization" c',
    where: filterSql(build, args.filter),
    columns: 'c.*',
    order: 'c.depth, c.name, c.id',
    pageOrder: (p) => `${p}.depth, ${p}.name, ${p}.id`,
    cursorRow: idCursorRow(['depth', 'name', 'id']),
    cursor: (p) => base64(`'GPC:S:' || ${p}.id`),
  };
}

/**
 * The value inside a Prisma-plugin cursor (`base64("GPC:" + chunk)`): a string for `S:`, an array of
 * values for `T:`; anything else (the normal path refuses or reads it otherwise) is not compiled.
 */
function cursorChunk(raw: string): unknown {
  const decoded = Buffer.from(raw, 'base64').toString('utf8');
  if (Buffer.from(decoded, 'utf8').toString('base64') !== raw) throw new NotCompiled();
  if (decoded.startsWith('GPC:S:')) return decoded.slice('GPC:S:'.length);
  if (!decoded.startsWith('GPC:T:')) throw new NotCompiled();
  let parts: unknown;
  try {
    parts = JSON.parse(decoded.slice('GPC:T:'.length));
  } catch {
    throw new NotCompiled();
  }
  if (!Array.isArray(parts)) throw new NotCompiled();
  return parts.map((part) => {
    if (typeof part !== 'string' || !part.startsWith('S:')) throw new NotCompiled();
    return part.slice(2);
  });
}

/** Rows a page asks for, as the Prisma plugin counts them: `first` (default 20, at most 100); `last`/`before` and negatives are not compiled. */
function pageSizeOf(args: Record<string, unknown>): number {
  if (args.last != null || args.before != null) throw new NotCompiled();
  const first = args.first;
  if (first == null) return DEFAULT_PAGE_SIZE;
  if (typeof first !== 'number' || !Number.isInteger(first) || first < 0) throw new NotCompiled();
  return Math.min(first, MAX_PAGE_SIZE);
}

/**
 * The JSON of a connection field (`OrganizationConnection`) over `source`, one page per parent;
 * `coordinate` (`listOf`) and the arguments name its list as the edge plugin names it, and its cursors
 * are sealed for that list under `parent` and opened with it.
 */
function connectionJson(
  build: Build,
  nodes: readonly FieldNode[],
  source: PageSource,
  args: Record<string, unknown>,
  coordinate: string,
  parent: Parent,
): string {
  const size = pageSizeOf(args);
  const after = args.after;
  const list = listArguments(coordinate, args);
  let cursorRow: CursorRow | undefined;
  /** The condition that the parent is the one the cursor names, when only the statement knows the parent. */
  let sameParent: string | undefined;
  if (after != null) {
    if (typeof after !== 'string') throw new NotCompiled();
    let opened: OpenedCursor;
    try {
      opened = build.openCursor(build.guard(after), 'after', list);
    } catch {
      throw new NotCompiled();
    }
    if (parent.known === null) sameParent = `${parent.sql} = ${build.param(opened.parentId)}`;
    else if (parent.known !== opened.parentId) throw new NotCompiled();
    cursorRow = source.cursorRow(opened.cursor, build);
  }
  const p = build.alias('p');
  const connectionType = build.schema.getType('OrganizationConnection') as GraphQLObjectType;
  const edgeType = build.schema.getType('OrganizationEdge') as GraphQLObjectType;
  const pageInfoType = build.schema.getType('PageInfo') as GraphQLObjectType;
  const inPage = `FILTER (WHERE ${p}."__row" <= ${size})`;
  let listNumber: number | undefined;
  const cursorOf = () => {
    listNumber ??= build.lists.push(list) - 1;
    // The placeholder: `<list number> <parent id> <cursor>` (neither an id nor a cursor has a space).
    return `chr(1) || '${listNumber} ' || ${parent.sql} || ' ' || ${source.cursor(p)} || chr(1)`;
  };
  const items = (item: string) =>
    `'[' || coalesce(string_agg(${item}, ',' ORDER BY ${p}."__row") ${inPage}, '') || ']'`;
  const json = objectJson(build.collect(connectionType, subSelections(nodes)), (_key, fieldNodes) => {
    switch ((fieldNodes[0] as FieldNode).name.value) {
      case '__typename':
        return lit('"OrganizationConnection"');
      case 'totalCount':
        return `(SELECT count(*) ${source.count ?? source.from + whereOf(source.where)})::text`;
      case 'nodes':
        return items(organizationJson(build, fieldNodes, p));
      case 'edges': {
        const edge = objectJson(build.collect(edgeType, subSelections(fieldNodes)), (_k, edgeNodes) => {
          switch ((edgeNodes[0] as FieldNode).name.value) {
            case '__typename':
              return lit('"OrganizationEdge"');
            case 'cursor':
              return cursorOf();
            case 'node':
              return organizationJson(build, edgeNodes, p);
            default:
              throw new NotCompiled();
          }
        });
        return items(edge);
      }
      case 'pageInfo':
        return objectJson(build.collect(pageInfoType, subSelections(fieldNodes)), (_k, infoNodes) => {
          switch ((infoNodes[0] as FieldNode).name.value) {
            case '__typename':
              return lit('"PageInfo"');
            case 'hasNextPage':
              return `(coalesce(max(${p}."__row"), 0) > ${size})::text`;
            case 'hasPreviousPage':
              return lit(after != null ? 'true' : 'false');
            case 'startCursor':
              return orNull(`(array_agg(${cursorOf()} ORDER BY ${p}."__row") ${inPage})[1]`);
            case 'endCursor':
              return orNull(`(array_agg(${cursorOf()} ORDER BY ${p}."__row" DESC) ${inPage})[1]`);
            default:
              throw new NotCompiled();
          }
        });
      default:
        throw new NotCompiled();
    }
  });
  const where = whereOf(cursorRow ? [...source.where, cursorRow.atOrAfter] : source.where);
  const skip = cursorRow ? ' OFFSET 1' : '';
  const page = `SELECT ${source.columns} ${source.from}${where} ORDER BY ${source.order} LIMIT ${size + 1}${skip}`;
  // GROUP BY (): one row even when the page is empty and no aggregate is selected (e.g. only pageInfo.hasPreviousPage).
  const connection = `(SELECT ${json} FROM (SELECT q.*, row_number() OVER (ORDER BY ${source.pageOrder('q')}) AS "__row" FROM (${page}) q) ${p} GROUP BY ())`;
  if (!cursorRow) return connection;
  // Prisma pages after a cursor in SQL for some shapes (rows from the cursor's row on, the first
  // skipped) and in memory for others (nothing when the cursor's row is not among the list's rows);
  // they agree when it is. When it is not, the statement says so and the request runs normally.
  // So does a cursor of this list under another parent (the normal path refuses it).
  const answerable = `EXISTS (SELECT 1 ${source.from}${whereOf([...source.where, cursorRow.is])})`;
  return `CASE WHEN ${sameParent ? `${sameParent} AND ` : ''}${answerable} THEN ${connection} ELSE chr(2) END`;
}

/** The JSON of the root fields of a query operation. */
function rootJson(build: Build, operation: OperationDefinitionNode): string {
  const query = build.schema.getQueryType() as GraphQLObjectType;
  return objectJson(build.collect(query, [operation.selectionSet]), (_key, fieldNodes) => {
    const node = fieldNodes[0] as FieldNode;
    switch (node.name.value) {
      case '__typename':
        return lit('"Query"');
      case 'organization': {
        const id = build.args(query, node).id;
        const parsed = typeof id === 'string' ? parseGlobalID(id) : null;
        if (parsed?.typename !== 'Organization') throw new NotCompiled();
        const o = build.alias('o');
        return orNull(
          `(SELECT ${organizationJson(build, fieldNodes, o, parsed.id)} FROM "Organization" ${o} WHERE ${o}.id = ${build.param(parsed.id)})`,
        );
      }
      case 'organizations': {
        const args = build.args(query, node);
        return connectionJson(
          build,
          fieldNodes,
          organizationsSource(build, args),
          args,
          listOf('Query', 'organizations'),
          ROOT,
        );
      }
      default:
        throw new NotCompiled();
    }
  });
}

/** A query operation that may compile: every field it can select is a public compilable field. */
interface Candidate {
  readonly operation: OperationDefinitionNode;
  readonly fragments: Readonly<Record<string, FragmentDefinitionNode>>;
}

/**
 * Compiles queries over the public organization directory into one statement each. What a document
 * can select is checked once per parsed document (yoga hands the same document object to every
 * request with the same text); the statement is built per request from the variables.
 */
export class ReadCompiler {
  readonly #allowed: Set<string>;
  readonly #candidates = new WeakMap<DocumentNode, Map<string, Candidate | null>>();

  /** Binds the compiler to the executable schema, keeping only the compilable fields that are public there. */
  constructor(readonly schema: GraphQLSchema) {
    this.#allowed = publicCompilableFields(schema);
  }

  /** The query operation of `document` if every field it can select compiles (remembered per document), else null. */
  candidate(document: DocumentNode, operationName: string | null | undefined): Candidate | null {
    let byName = this.#candidates.get(document);
    if (!byName) {
      byName = new Map();
      this.#candidates.set(document, byName);
    }
    const key = operationName ?? '';
    let found = byName.get(key);
    if (found === undefined) {
      found = this.#check(document, operationName);
      byName.set(key, found);
    }
    return found;
  }

  /**
   * The statement of one request, or null when it must be executed normally (variables that do not
   * coerce, or an argument the normal path answers with an error).
   */
  build(
    candidate: Candidate,
    rawVariables: Record<string, unknown> | null | undefined,
    openCursor: CursorOpener,
  ): CompiledRead | null {
    const coerced = getVariableValues(
      this.schema,
      candidate.operation.variableDefinitions ?? [],
      rawVariables ?? {},
    );
    if (coerced.errors) return null;
    const build = new Build(this.schema, candidate.fragments, coerced.coerced, openCursor);
    try {
      const json = rootJson(build, candidate.operation);
      return {
        sql: `${COMPILED_SQL_MARK} SELECT ${json} AS data`,
        params: build.params,
        lists: build.lists,
      };
    } catch (error) {
      if (error instanceof NotCompiled) return null;
      throw error;
    }
  }

  #check(document: DocumentNode, operationName: string | null | undefined): Candidate | null {
    const operations = document.definitions.filter(
      (definition): definition is OperationDefinitionNode => definition.kind === Kind.OPERATION_DEFINITION,
    );
    const operation =
      operationName == null
        ? operations.length === 1
          ? operations[0]
          : undefined
        : operations.find((definition) => definition.name?.value === operationName);
    if (operation?.operation !== 'query') return null;
    const fragments: Record<string, FragmentDefinitionNode> = {};
    for (const definition of document.definitions) {
      if (definition.kind === Kind.FRAGMENT_DEFINITION) fragments[definition.name.value] = definition;
    }
    const query = this.schema.getQueryType();
    if (!query) return null;
    return this.#selects(query, operation.selectionSet, fragments) ? { operation, fragments } : null;
  }

  /** Whether every field this selection set can select on `type` (and below) is allowed (validated documents have no fragment cycles). */
  #selects(
    type: GraphQLObjectType,
    selectionSet: SelectionSetNode,
    fragments: Record<string, FragmentDefinitionNode>,
  ): boolean {
    for (const selection of selectionSet.selections) {
      for (const directive of selection.directives ?? []) {
        if (directive.name.value !== 'skip' && directive.name.value !== 'include') return false;
      }
      if (selection.kind === Kind.FIELD) {
        const name = selection.name.value;
        if (name === '__typename') continue;
        const field = type.getFields()[name];
        if (!field || !this.#allowed.has(`${type.name}.${name}`)) return false;
        const target = getNamedType(field.type);
        if (selection.selectionSet && !isObjectType(target)) return false;
        if (
          selection.selectionSet &&
          !this.#selects(target as GraphQLObjectType, selection.selectionSet, fragments)
        ) {
          return false;
        }
      } else {
        const fragment =
          selection.kind === Kind.INLINE_FRAGMENT ? selection : fragments[selection.name.value];
        if (!fragment) return false;
        const condition = fragment.typeCondition && this.schema.getType(fragment.typeCondition.name.value);
        // A fragment whose type condition does not apply to `type` selects nothing here.
        if (
          condition &&
          condition !== type &&
          !(isAbstractType(condition) && this.schema.isSubType(condition, type))
        ) {
          continue;
        }
        if (!this.#selects(type, fragment.selectionSet, fragments)) return false;
      }
    }
    return true;
  }
}
