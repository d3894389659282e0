// `gonghui audit verify --against-data`: replays the audit log and compares what it says with the
// data tables, so an edit made behind the log's back (raw SQL, a restored backup, a bug that wrote
// without auditing) shows up, row by row.
//
// The replay keeps the last state the log records of every organization, federation membership and
// member (`after` of its last change; a `federation.left` removes the membership), and each module's
// replay its own tables (activity-replay.ts, benefit-replay.ts, bargaining-replay.ts), and compares it
// with the rows, field by field, through the same mappings the store reads with (toOrganization,
// toMembership, toMember). Personal data is masked in the log, so the member's decrypted ID number,
// phone and birth date are compared with the logged mask: every character the mask shows must be
// the clear value's character at that place. Derived tables (the closure table, membership events)
// are not compared. The state is held in memory: one entry per row of the compared tables.

import canonicalize from 'canonicalize';
import type { Prisma } from '../generated/prisma/client.js';
import { activityReplay } from './activity-replay.js';
import type { Json } from './audit-seal.js';
import { bargainingReplay } from './bargaining-replay.js';
import { benefitReplay } from './benefit-replay.js';
import { toMember } from './member.js';
import { loggedImportedMembers } from './member-import-audit.js';
import { toMembership, toOrganization } from './organization.js';
import { type PersonalDataCipher, PersonalDataError } from './personal-data.js';

/** What `compareLogWithData` reads through: a Prisma client or an interactive transaction. */
export type DataReader = Pick<
  Prisma.TransactionClient,
  | 'auditEntry'
  | 'organization'
  | 'federationMembership'
  | 'member'
  | 'activity'
  | 'enrollment'
  | 'fund'
  | 'benefitProgram'
  | 'disbursementRun'
  | 'ledgerEntry'
  | 'bargainingCase'
>;

/** The data tables the log is compared with. */
export type ReplayedTable =
  | 'Organization'
  | 'FederationMembership'
  | 'Member'
  | 'Activity'
  | 'Enrollment'
  | 'Fund'
  | 'FundYear'
  | 'BenefitProgram'
  | 'DisbursementRun'
  | 'LedgerEntry'
  | 'BargainingCase';

/** A module's part of the replay: it keeps what the log says of its own tables and compares them. */
export interface ModuleReplay {
  /** Applies one entry's change (an action of another module does nothing). */
  apply(action: string, before: Json, after: Json): void;
  /** Every row of the module's tables that differs from the replayed state. */
  compare(db: DataReader): Promise<DataDifference[]>;
}

/** One row whose table and log disagree. */
export interface DataDifference {
  readonly table: ReplayedTable;
  /** The row's id. */
  readonly id: string;
  /** `missing`: the log has it, the table not; `extra`: the table has it, the log not; `different`: fields differ. */
  readonly kind: 'missing' | 'extra' | 'different';
  /** The fields that differ (for `different`). */
  readonly fields: readonly string[];
  /** What differs, in a sentence (personal data is never printed in clear). */
  readonly message: string;
}

/** Fields whose logged value is a mask of the clear value. */
const MASKED_FIELDS = new Set(['idNumber', 'phone', 'birthDate']);

/** Whether a clear value fits a logged mask: same length, and every character the mask shows is the clear one there. */
export function fitsMask(masked: Json | undefined, clear: unknown): boolean {
  if (masked === null || clear === null) return masked === clear;
  if (typeof masked !== 'string' || typeof clear !== 'string') return false;
  const shown = [...masked];
  const value = [...clear];
  return shown.length === value.length && shown.every((c, i) => c === '*' || c === value[i]);
}

type Row = Record<string, Json>;

/** The last state the log records of each row, per table. */
interface Replayed {
  readonly Organization: Map<string, Row>;
  readonly FederationMembership: Map<string, Row>;
  readonly Member: Map<string, Row>;
}

/**
 * Applies one entry's change to the replayed state. Entries that change no row (a reveal) and second
 * entries repeating a change for another organization's admins (`organization.movedOut`, `member.transferredOut`,
 * `federation.memberJoined`/`memberLeft`) do nothing.
 */
function replay(state: Replayed, action: string, before: Json, after: Json): void {
  const row = (value: Json) => value as Row;
  switch (action) {
    case 'organization.created':
    case 'organization.updated':
    case 'organization.moved':
      state.Organization.set(row(after).id as string, row(after));
      return;
    case 'federation.joined':
      state.FederationMembership.set(row(after).id as string, row(after));
      return;
    case 'federation.left':
      state.FederationMembership.delete(row(before).id as string);
      return;
    case 'member.imported':
      for (const { event: _event, ...member } of loggedImportedMembers(after)) {
        state.Member.set(member.id as string, member);
      }
      return;
    case 'member.registered':
    case 'member.updated':
    case 'member.membershipChanged': {
      const { event: _event, ...member } = row(after);
      state.Member.set(member.id as string, member);
      return;
    }
  }
}

/** The fields of `logged` and `actual` that differ (masked fields compared by `fitsMask`). */
function differingFields(table: ReplayedTable, logged: Row, actual: Record<string, unknown>): string[] {
  const fields = new Set([...Object.keys(logged), ...Object.keys(actual)]);
  return [...fields].filter((field) =>
    table === 'Member' && MASKED_FIELDS.has(field)
      ? !fitsMask(logged[field], actual[field])
      : canonicalize(logged[field] ?? null) !== canonicalize(toJsonValue(actual[field])),
  );
}

function toJsonValue(value: unknown): unknown {
  return value === undefined ? null : JSON.parse(JSON.stringify(value));
}

/** Compares one table's rows with what the log says of them (`logged` and `rows` by id). */
export function compareTable(
  table: ReplayedTable,
  logged: ReadonlyMap<string, Row>,
  rows: ReadonlyMap<string, Record<string, unknown>>,
): DataDifference[] {
  const differences: DataDifference[] = [];
  for (const [id, row] of logged) {
    const actual = rows.get(id);
    if (actual === undefined) {
      differences.push({
        table,
        id,
        kind: 'missing',
        fields: [],
        message: `${table} ${id} is in the audit log but not in the table`,
      });
      continue;
    }
    const fields = differingFields(table, row, actual);
    if (fields.length > 0) {
      const shown = fields.map((field) =>
        table === 'Member' && MASKED_FIELDS.has(field)
          ? `${field} does not fit the logged ${JSON.stringify(row[field] ?? null)}`
          : `${field}: log ${canonicalize(row[field] ?? null)}, table ${canonicalize(toJsonValue(actual[field]))}`,
      );
      differences.push({
        table,
        id,
        kind: 'different',
        fields,
        message: `${table} ${id} differs from the audit log: ${shown.join('; ')}`,
      });
    }
  }
  for (const id of rows.keys()) {
    if (!logged.has(id)) {
      differences.push({
        table,
        id,
        kind: 'extra',
        fields: [],
        message: `${table} ${id} is in the table but the audit log never recorded it`,
      });
    }
  }
  return differences;
}

/**
 * Replays the whole audit log and returns every row of the organization, federation membership,
 * member, activity, enrollment, fund, fund year, program, run, ledger and bargaining-case tables that differs from it (missing, extra, or with different fields); empty when they agree.
 * Verify the chain first: a replay of a forged log proves nothing.
 */
export async function compareLogWithData(
  db: DataReader,
  personalData: PersonalDataCipher,
  options: { batchSize?: number } = {},
): Promise<DataDifference[]> {
  const batchSize = options.batchSize ?? 1000;
  const state: Replayed = { Organization: new Map(), FederationMembership: new Map(), Member: new Map() };
  const modules = [activityReplay(), benefitReplay(), bargainingReplay()];
  let after = 0n;
  for (;;) {
    const batch = await db.auditEntry.findMany({
      where: { seq: { gt: after } },
      orderBy: { seq: 'asc' },
      take: batchSize,
      select: { seq: true, action: true, before: true, after: true },
    });
    for (const entry of batch) {
      replay(state, entry.action, entry.before as Json, entry.after as Json);
      for (const module of modules) module.apply(entry.action, entry.before as Json, entry.after as Json);
    }
    if (batch.length < batchSize) break;
    after = batch.at(-1)?.seq ?? after;
  }
  const byId = <T extends { id: string }>(rows: T[]) =>
    new Map(rows.map((r) => [r.id, r as unknown as Record<string, unknown>]));
  const organizations = byId((await db.organization.findMany()).map(toOrganization));
  const memberships = byId((await db.federationMembership.findMany()).map(toMembership));
  const members = new Map<string, Record<string, unknown>>();
  const unreadable: DataDifference[] = [];
  for (const row of await db.member.findMany()) {
    try {
      members.set(row.id, toMember(row, personalData) as unknown as Record<string, unknown>);
    } catch (error) {
      if (!(error instanceof PersonalDataError)) throw error;
      // Its clear values cannot be compared: report the row; the rest of it is compared as usual.
      members.set(row.id, { ...state.Member.get(row.id), id: row.id });
      const message = `Member ${row.id} differs from the audit log: ${error.message}`;
      unreadable.push({ table: 'Member', id: row.id, kind: 'different', fields: ['personal data'], message });
    }
  }
  return [
    ...compareTable('Organization', state.Organization, organizations),
    ...compareTable('FederationMembership', state.FederationMembership, memberships),
    ...unreadable,
    ...compareTable('Member', state.Member, members),
    ...(await Promise.all(modules.map((module) => module.compare(db)))).flat(),
  ];
}
