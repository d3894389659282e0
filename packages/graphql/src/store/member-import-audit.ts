// The audit entry of a bulk import's batch (`member.imported`): every member the batch registered,
// as `member.registered` would log it (personal data masked by `maskedMember`, with its joining
// event), in a columnar form. The members of a batch share most of what they are (the union, the
// status, the joining date, the event's type…), so a field every member has the same value of is
// kept once (`same`), a field whose values repeat another field's (the event's member id is the
// member's id) names that field (`alias`), and the rest are kept as one array per field (`columns`),
// each member at the same index: about a third of the size of one object per member, which is
// written, read back, canonicalised and sealed once per batch.
//
// Entries written before this form keep `after.members` as an array of those objects;
// `loggedImportedMembers` reads both forms.

import type { Json } from './audit-seal.js';

/** A logged member: its fields (nested one level: `membership`, `event`). */
type Logged = Record<string, Json>;

/** The columnar form of a batch's logged members (what `after.members` holds). */
export interface ImportedColumns {
  /** How many members the batch registered. */
  readonly count: number;
  /** Fields (as `a.b` paths) every member has the same value of. */
  readonly same: Record<string, Json>;
  /** Fields whose values are those of another field, every member alike: path → that field's path. */
  readonly alias: Record<string, string>;
  /** The other fields: path → the values, one per member, in the batch's order. */
  readonly columns: Record<string, Json[]>;
}

/** Path separator of a nested field (`membership.status`); no field name of a member holds it. */
const DOT = '.';

/** A plain object (not an array, not null). */
function isObject(value: Json | undefined): value is Record<string, Json> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** A field of a logged member: its path (`membership.status`), and its key and, nested, the inner key. */
interface Field {
  readonly path: string;
  readonly key: string;
  readonly inner: string | null;
}

/** The fields of a logged member, objects nested one level flattened (`membership.status`). */
function fieldsOf(member: Logged): Field[] {
  return Object.entries(member).flatMap(([key, value]): Field[] =>
    isObject(value)
      ? Object.keys(value).map((inner) => ({ path: `${key}${DOT}${inner}`, key, inner }))
      : [{ path: key, key, inner: null }],
  );
}

/** A field's value in a member; undefined when the member lacks it. */
function fieldValue(member: Logged, { key, inner }: Field): Json | undefined {
  const value = member[key];
  if (inner === null) return value;
  return isObject(value) ? value[inner] : undefined;
}

/** Whether two logged values are equal (primitives, or arrays and objects compared by their JSON). */
function same(a: Json | undefined, b: Json | undefined): boolean {
  if (a === b) return true;
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) return false;
  return JSON.stringify(a) === JSON.stringify(b);
}

/** The columnar form of a batch's logged members (see the file's header); `membersOfColumns` gives them back. */
export function importedColumns(members: readonly Logged[]): ImportedColumns {
  const result: ImportedColumns = { count: members.length, same: {}, alias: {}, columns: {} };
  const [first] = members;
  if (first === undefined) return result;
  const fields = fieldsOf(first);
  // Every member of a batch has the fields of the first (as `member.registered` logs one): no more, no fewer.
  for (const member of members) {
    const count = Object.entries(member).reduce(
      (n, [, v]) => n + (isObject(v) ? Object.keys(v).length : 1),
      0,
    );
    const lacking = fields.find((field) => fieldValue(member, field) === undefined);
    if (lacking !== undefined) throw new Error(`member.imported: not every member has ${lacking.path}`);
    if (count !== fields.length) throw new Error('member.imported: not every member has the same fields');
  }
  const kept: [string, Json[]][] = [];
  for (const field of fields) {
    const values = members.map((member) => fieldValue(member, field) as Json);
    const value = values[0] as Json;
    if (values.every((v) => same(v, value))) {
      result.same[field.path] = value;
      continue;
    }
    const twin = kept.find(([, column]) => column.every((v, i) => same(v, values[i])));
    if (twin !== undefined) {
      result.alias[field.path] = twin[0];
      continue;
    }
    kept.push([field.path, values]);
    result.columns[field.path] = values;
  }
  return result;
}

/** The logged members of a columnar form, each as one object (nested fields unflattened). */
export function membersOfColumns(form: ImportedColumns): Logged[] {
  const members: Logged[] = [];
  for (let i = 0; i < form.count; i++) {
    const member: Logged = {};
    const set = (path: string, value: Json) => {
      const dot = path.indexOf(DOT);
      if (dot < 0) {
        member[path] = value;
        return;
      }
      const outer = path.slice(0, dot);
      const inner = isObject(member[outer]) ? (member[outer] as Record<string, Json>) : {};
      inner[path.slice(dot + 1)] = value;
      member[outer] = inner;
    };
    for (const [path, value] of Object.entries(form.same)) set(path, value);
    for (const [path, values] of Object.entries(form.columns)) set(path, values[i] as Json);
    for (const [path, from] of Object.entries(form.alias)) set(path, form.columns[from]?.[i] as Json);
    members.push(member);
  }
  return members;
}

/**
 * The members a `member.imported` entry's `after` logs, each as `member.registered` logs one (its
 * event included): from the columnar form, or from an entry written before it (`members` an array).
 */
export function loggedImportedMembers(after: Json): Logged[] {
  const members = isObject(after) ? after.members : undefined;
  if (Array.isArray(members)) return members as Logged[];
  if (isObject(members) && typeof members.count === 'number') return membersOfColumns(members as never);
  throw new Error('member.imported: the entry holds no members (neither an array nor the columnar form)');
}
