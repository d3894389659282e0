// The member module's adapter on Prisma: its reader, how its changes are written (member rows with
// their personal data sealed and their search columns, the membership history, the coverage
// counters) and what each change writes to the audit log, personal data masked.
//
// Everything a search or a statistic needs is written here, with the change, whoever made it (the
// API, `gonghui import members`, a seed): the name's pinyin, initials and pieces, the birth year,
// the phone's blind index, and the subtree counters of "MemberTally". Personal data is never
// scanned in clear: the ID number and the phone are found by their blind indexes.

import {
  type Change,
  type EngagedMember,
  type HeldMembershipState,
  type IdNumberClaim,
  type Member,
  type MemberEngagement,
  type MemberReader,
  type MemberStoreChange,
  type MembershipEventReason,
  type MembershipRecord,
  maskBirthDate,
  maskIdNumber,
  maskPhone,
  nameGrams,
} from '@gonghui/core';
import { Prisma, type PrismaClient } from '../generated/prisma/client.js';
import type { Json } from './audit-seal.js';
import { type ImportedColumns, importedColumns } from './member-import-audit.js';
import { namePinyin } from './name-pinyin.js';
import type { PersonalDataCipher } from './personal-data.js';
import { copyInOf } from './statements.js';
import {
  type BulkWriters,
  type ChangeAudits,
  type ChangeWriters,
  fromDbDate,
  type Tx,
  toDbDate,
  type UnitContext,
  type UnitState,
  writeAsRead,
} from './unit.js';

type MemberRow = Prisma.MemberGetPayload<object>;

/** How many rows each counter is split into (a transaction adds to one, picked at random). */
export const TALLY_SHARDS = 16;

function toMembershipState(row: MemberRow): HeldMembershipState {
  const held = {
    organizationId: row.organizationId,
    memberSince: fromDbDate(row.memberSince),
    since: fromDbDate(row.since),
  };
  const reason = row.statusReason as MembershipEventReason | null;
  switch (row.status) {
    case 'ACTIVE':
      return { ...held, status: 'ACTIVE', custody: row.custody ?? 'EMPLOYER_UNION' };
    case 'RETAINED':
      return {
        ...held,
        status: 'RETAINED',
        custody: row.custody ?? 'EMPLOYER_UNION',
        reason: reason as 'RETIRED' | 'UNEMPLOYED',
      };
    case 'ENDED':
      return {
        ...held,
        status: 'ENDED',
        reason: reason as 'LEFT' | 'EXPELLED' | 'LAPSED',
        note: row.statusNote,
      };
  }
}

/** Maps a member row to the core entity, its personal data decrypted. */
export function toMember(row: MemberRow, personalData: PersonalDataCipher): Member {
  const { idNumber, phone, birthDate } = personalData.openAll(row);
  return {
    id: row.id,
    name: row.name,
    idNumber,
    gender: row.gender,
    birthDate,
    phone,
    membership: toMembershipState(row),
  };
}

/**
 * The search columns of a name and birth date: full pinyin and initials (`namePinyin`), the name's
 * pieces for substring search (core's `nameGrams`) and the birth year.
 */
export function memberSearchColumns(name: string, birthDate: string) {
  return {
    ...namePinyin(name),
    nameGrams: nameGrams(name),
    birthYear: Number(birthDate.slice(0, 4)),
  };
}

/** The columns of a member, from the core entity: personal data encrypted, search columns derived. */
function memberColumns(m: Member, personalData: PersonalDataCipher) {
  const state = m.membership;
  return {
    name: m.name,
    ...personalData.seal(m.id, { idNumber: m.idNumber, phone: m.phone, birthDate: m.birthDate }),
    ...memberSearchColumns(m.name, m.birthDate),
    gender: m.gender,
    organizationId: state.organizationId,
    status: state.status,
    custody: state.status === 'ENDED' ? null : state.custody,
    statusReason: state.status === 'ACTIVE' ? null : state.reason,
    statusNote: state.status === 'ENDED' ? state.note : null,
    memberSince: toDbDate(state.memberSince),
    since: toDbDate(state.since),
  };
}

/** The buckets a member counts in: its status; for a live membership also gender, birth and joining year, phone, custody. */
function tallyBuckets(m: Member): [dimension: string, bucket: string][] {
  const state = m.membership;
  const buckets: [string, string][] = [['status', state.status]];
  if (state.status === 'ENDED') return buckets;
  buckets.push(
    ['gender', m.gender],
    ['birthYear', m.birthDate.slice(0, 4)],
    ['joinedYear', state.memberSince.slice(0, 4)],
    ['phone', m.phone === null ? 'NONE' : 'ON_RECORD'],
    ['custody', state.custody],
  );
  return buckets;
}

/**
 * What one unit of work does to the member registry besides its rows: the membership version each
 * member had when it was read (a transition writes only over that version) and the counter changes,
 * added to every ancestor's counters in one statement when the unit's changes are applied.
 */
export class MemberUnit {
  /** `membershipVersion` of each member row as this unit read (and locked) it. */
  readonly versions = new Map<string, number>();
  readonly #deltas = new Map<string, number>();
  readonly #shard = Math.floor(Math.random() * TALLY_SHARDS);

  /** Counts (`sign` 1) or uncounts (-1) a member in its holder's subtree counters. */
  count(member: Member, sign: 1 | -1): void {
    for (const [dimension, bucket] of tallyBuckets(member)) {
      const key = JSON.stringify([member.membership.organizationId, dimension, bucket]);
      this.#deltas.set(key, (this.#deltas.get(key) ?? 0) + sign);
    }
  }

  /** Adds the counted changes to the counters of each organization concerned and all its ancestors, in key order. */
  async flush(tx: Tx): Promise<void> {
    const rows = [...this.#deltas].filter(([, delta]) => delta !== 0);
    this.#deltas.clear();
    if (rows.length === 0) return;
    const keys = rows.map(([key]) => JSON.parse(key) as [string, string, string]);
    await tx.$executeRaw`
      INSERT INTO "MemberTally" ("organizationId", "dimension", "bucket", "shard", "count")
      SELECT l."ancestorId", d.dimension, d.bucket, ${this.#shard}::int, SUM(d.delta)::int
      FROM unnest(${keys.map((k) => k[0])}::text[], ${keys.map((k) => k[1])}::text[],
                  ${keys.map((k) => k[2])}::text[], ${rows.map(([, delta]) => delta)}::int[])
           AS d(organization, dimension, bucket, delta)
      JOIN "OrganizationLink" l ON l."descendantId" = d.organization
      GROUP BY 1, 2, 3 ORDER BY 1, 2, 3
      ON CONFLICT ("organizationId", "dimension", "bucket", "shard")
      DO UPDATE SET "count" = "MemberTally"."count" + EXCLUDED."count"`;
  }
}

/**
 * Moves a subtree's counters with it (`organization.moved`): `sign` -1 before its links change
 * takes its totals off every strict ancestor, `sign` 1 afterwards adds them to the new ones.
 */
export async function moveSubtreeTallies(tx: Tx, organizationId: string, sign: 1 | -1): Promise<void> {
  await tx.$executeRaw`
    INSERT INTO "MemberTally" ("organizationId", "dimension", "bucket", "shard", "count")
    SELECT l."ancestorId", t."dimension", t."bucket", 0, (${sign}::int * SUM(t."count"))::int
    FROM "MemberTally" t JOIN "OrganizationLink" l ON l."descendantId" = t."organizationId" AND l."distance" > 0
    WHERE t."organizationId" = ${organizationId}
    GROUP BY 1, 2, 3 ORDER BY 1, 2, 3
    ON CONFLICT ("organizationId", "dimension", "bucket", "shard")
    DO UPDATE SET "count" = "MemberTally"."count" + EXCLUDED."count"`;
}

/** The SQL that counts every member into its holder's ancestors, as the maintained counters should hold them. */
const COUNT_FROM_ROWS = `
  WITH buckets AS (
    SELECT m."organizationId", b.dimension, b.bucket
    FROM "Member" m CROSS JOIN LATERAL (VALUES
      ('status', m."status"::text),
      ('gender', CASE WHEN m."status" <> 'ENDED' THEN m."gender"::text END),
      ('birthYear', CASE WHEN m."status" <> 'ENDED' THEN m."birthYear"::text END),
      ('joinedYear', CASE WHEN m."status" <> 'ENDED' THEN extract(year FROM m."memberSince")::int::text END),
      ('phone', CASE WHEN m."status" <> 'ENDED' THEN CASE WHEN m."phoneEncrypted" IS NULL THEN 'NONE' ELSE 'ON_RECORD' END END),
      ('custody', m."custody"::text)) AS b(dimension, bucket)
    WHERE b.bucket IS NOT NULL)
  SELECT l."ancestorId" AS "organizationId", b.dimension, b.bucket, count(*)::int AS count
  FROM buckets b JOIN "OrganizationLink" l ON l."descendantId" = b."organizationId"
  GROUP BY 1, 2, 3`;

/** Recounts every counter from the member rows (after the backfill; tests compare it with the maintained ones). */
export async function recountMemberTallies(tx: Tx): Promise<void> {
  await tx.$executeRawUnsafe(`DELETE FROM "MemberTally"`);
  await tx.$executeRawUnsafe(
    `INSERT INTO "MemberTally" ("organizationId", "dimension", "bucket", "shard", "count")
     SELECT "organizationId", dimension, bucket, 0, count FROM (${COUNT_FROM_ROWS}) c`,
  );
}

/** The counters of every subtree counted afresh from the rows: `organizationId dimension bucket` → count. */
export async function countedTallies(
  prisma: Pick<PrismaClient, '$queryRawUnsafe'>,
): Promise<Map<string, number>> {
  const rows =
    await prisma.$queryRawUnsafe<
      { organizationId: string; dimension: string; bucket: string; count: number }[]
    >(COUNT_FROM_ROWS);
  return new Map(rows.map((r) => [`${r.organizationId} ${r.dimension} ${r.bucket}`, Number(r.count)]));
}

/** The maintained counters, summed over shards, without zeros: `organizationId dimension bucket` → count. */
export async function maintainedTallies(
  prisma: Pick<PrismaClient, '$queryRawUnsafe'>,
): Promise<Map<string, number>> {
  const rows = await prisma.$queryRawUnsafe<
    { organizationId: string; dimension: string; bucket: string; count: number }[]
  >(
    `SELECT "organizationId", "dimension", "bucket", SUM("count")::int AS count FROM "MemberTally"
     WHERE "dimension" <> 'backfill' GROUP BY 1, 2, 3 HAVING SUM("count") <> 0`,
  );
  return new Map(rows.map((r) => [`${r.organizationId} ${r.dimension} ${r.bucket}`, Number(r.count)]));
}

/** Rows the backfill writes per transaction. */
const BACKFILL_BATCH = 500;

/**
 * Writes the search columns (pinyin, pieces, birth year, phone blind index) of members stored before
 * they existed, then recounts the counters: run when the opening migration left its marker, once.
 * Returns how many members it wrote.
 */
export async function backfillMemberSearch(
  prisma: PrismaClient,
  personalData: PersonalDataCipher,
): Promise<number> {
  const marker = { organizationId: '', dimension: 'backfill', bucket: 'pending', shard: 0 };
  const pending = await prisma.memberTally.findUnique({
    where: { organizationId_dimension_bucket_shard: marker },
  });
  if (pending === null) return 0;
  let written = 0;
  let after = '';
  for (;;) {
    const rows = await prisma.member.findMany({
      where: { id: { gt: after } },
      orderBy: { id: 'asc' },
      take: BACKFILL_BATCH,
      select: { id: true, name: true, birthDateEncrypted: true, phoneEncrypted: true },
    });
    if (rows.length === 0) break;
    await prisma.$transaction(
      rows.map((row) => {
        const birthDate = personalData.open(row, 'birthDate');
        const phone = personalData.open(row, 'phone');
        return prisma.member.update({
          where: { id: row.id },
          data: {
            ...memberSearchColumns(row.name, birthDate),
            phoneHash: phone === null ? null : personalData.phoneHash(phone),
          },
        });
      }),
    );
    written += rows.length;
    after = (rows.at(-1) as { id: string }).id;
  }
  await prisma.$transaction(async (tx) => {
    await recountMemberTallies(tx);
  });
  return written;
}

/** The member module's part of each unit of work, by the unit's state (one per attempt). */
const units = new WeakMap<UnitState, MemberUnit>();

/** The member module's part of a unit of work. */
function memberUnit(state: UnitState): MemberUnit {
  let unit = units.get(state);
  if (unit === undefined) {
    unit = new MemberUnit();
    units.set(state, unit);
  }
  return unit;
}

/** Adds the coverage counter changes of the unit's member changes, once per `apply` (prisma-store.ts). */
export function flushMemberTallies({ tx, state }: UnitContext): Promise<void> {
  return memberUnit(state).flush(tx);
}

/** Action of the audit entries `countIdNumberClaims` counts. */
const CLAIM_ACTION: Change['type'] = 'member.idNumberClaimed';

/**
 * The expression counting the `member.idNumberClaimed` entries of `actor` since `since` (an ISO
 * instant), sealed and pending in one snapshot (an entry the sealer moves is counted once), as an int.
 */
export function claimsCount(actor: string, since: string): Prisma.Sql {
  const at = new Date(since);
  return Prisma.sql`((SELECT count(*) FROM "AuditEntry" WHERE "actor" = ${actor} AND "action" = ${CLAIM_ACTION} AND "at" >= ${at})
          + (SELECT count(*) FROM "AuditPending" WHERE "actor" = ${actor} AND "action" = ${CLAIM_ACTION} AND "at" >= ${at}))::int`;
}

/**
 * The `member.idNumberClaimed` entries of `actor` since `since` (`claimsCount`), without the lock
 * the reader's `countIdNumberClaims` takes first: what a bulk import's batch counts when it decides
 * ahead, outside any transaction (the lock would wait for the batch committing meanwhile).
 */
export async function countClaimsUnlocked(tx: Tx, actor: string, since: string): Promise<number> {
  const [claims] = await tx.$queryRaw<{ n: number }[]>`SELECT ${claimsCount(actor, since)} AS "n"`;
  return claims?.n ?? 0;
}

/** The member module's reader inside a unit of work: a member read to be changed is locked FOR UPDATE and its version kept. */
export function memberReader({ tx, state, personalData, who }: UnitContext): MemberReader {
  const unit = memberUnit(state);
  const read = (row: MemberRow) => {
    unit.versions.set(row.id, row.membershipVersion);
    return toMember(row, personalData);
  };
  return {
    async findById(id) {
      // A member read by id is about to change (its contact, its membership): lock its row.
      await tx.$queryRaw`SELECT 1 FROM "Member" WHERE "id" = ${id} FOR UPDATE`;
      const row = await tx.member.findUnique({ where: { id } });
      return row ? read(row) : null;
    },
    async findByIdNumber(idNumber) {
      // The blind index: the ciphertext is randomised, so the lookup goes by the keyed hash.
      const row = await tx.member.findUnique({
        where: { idNumberHash: personalData.idNumberHash(idNumber) },
      });
      return row ? toMember(row, personalData) : null;
    },
    // Counted from the audit log by the entries' own time (the server clock): exact across
    // processes and restarts (index "AuditEntry_actor_action_at_idx"). Writes run in parallel, so
    // the viewer's registrations queue here, behind a lock of their own, until the transaction ends:
    // two of them cannot both count 9 of 10 and both answer.
    async countIdNumberClaims(since) {
      await tx.$executeRaw`SELECT pg_advisory_xact_lock(hashtextextended(${`gonghui:id-claims:${who.actor}`}, 0))`;
      return countClaimsUnlocked(tx, who.actor, since);
    },
    async engagementOf(memberId) {
      const row = await tx.member.findUnique({
        where: { id: memberId },
        select: { lastDuesPaidOn: true, lastActivityOn: true, spokenToOn: true },
      });
      return engagementOf(row ?? { lastDuesPaidOn: null, lastActivityOn: null, spokenToOn: null });
    },
    async findLapseCandidates(organizationId, silentOnOrBefore, limit) {
      const bound = toDbDate(silentOnOrBefore);
      // The partial index of active members who were spoken to; the subtree through the closure table.
      const ids = await tx.$queryRaw<{ id: string }[]>`
        SELECT m."id" FROM "Member" m
        WHERE m."status" = 'ACTIVE' AND m."spokenToOn" IS NOT NULL AND m."since" <= ${bound}
          AND (m."lastDuesPaidOn" IS NULL OR m."lastDuesPaidOn" <= ${bound})
          AND (m."lastActivityOn" IS NULL OR m."lastActivityOn" <= ${bound})
          AND EXISTS (SELECT 1 FROM "OrganizationLink" l
                      WHERE l."ancestorId" = ${organizationId} AND l."descendantId" = m."organizationId")
        ORDER BY m."id" LIMIT ${limit} FOR UPDATE OF m`;
      const rows = await tx.member.findMany({
        where: { id: { in: ids.map((r) => r.id) } },
        orderBy: { id: 'asc' },
      });
      return rows.map((row): EngagedMember => ({ member: read(row), engagement: engagementOf(row) }));
    },
    async findLiveHeldBy(organizationId, limit) {
      const ids = await tx.$queryRaw<{ id: string }[]>`
        SELECT "id" FROM "Member" WHERE "organizationId" = ${organizationId} AND "status" <> 'ENDED'
        ORDER BY "id" LIMIT ${limit} FOR UPDATE`;
      const rows = await tx.member.findMany({
        where: { id: { in: ids.map((r) => r.id) } },
        orderBy: { id: 'asc' },
      });
      return rows.map(read);
    },
  };
}

function engagementOf(row: {
  lastDuesPaidOn: Date | null;
  lastActivityOn: Date | null;
  spokenToOn: Date | null;
}): MemberEngagement {
  const date = (d: Date | null) => (d === null ? null : fromDbDate(d));
  return {
    lastDuesPaidOn: date(row.lastDuesPaidOn),
    lastActivityOn: date(row.lastActivityOn),
    spokenToOn: date(row.spokenToOn),
  };
}

/** The row of a membership event, `sequence`-th in its member's history. */
function eventRow(e: MembershipRecord, sequence: number) {
  return {
    id: e.id,
    memberId: e.memberId,
    type: e.type,
    date: toDbDate(e.date),
    fromOrganizationId: e.fromOrganizationId,
    toOrganizationId: e.toOrganizationId,
    reason: e.reason,
    note: e.note,
    sequence,
  };
}

type MemberRegistered = Extract<MemberStoreChange, { type: 'member.registered' }>;

/**
 * Writes registered members (every column, search columns included) and their joining events (the
 * first of each history), however many, in two statements, and counts them in the coverage
 * counters: a bulk import applies hundreds at once, a registration applies one the same way.
 */
async function registerMembers(
  { tx, state, personalData }: UnitContext,
  changes: readonly MemberRegistered[],
): Promise<void> {
  const rows = await tx.member.createManyAndReturn({
    data: changes.map((c) => ({ id: c.member.id, ...memberColumns(c.member, personalData) })),
  });
  for (const row of rows) state.rows.set(row.id, row);
  await tx.membershipEvent.createMany({ data: changes.map((c) => eventRow(c.event, 1)) });
  const unit = memberUnit(state);
  for (const c of changes) unit.count(c.member, 1);
}

type MemberImported = Extract<MemberStoreChange, { type: 'member.imported' }>;

/**
 * How a bulk import's batch is sent: `copy`, COPY's text format for `COPY … FROM STDIN` (a direct transaction on
 * PostgreSQL: `copyInOf`), or `json`, the JSON parameters of one INSERT (PGlite, or a batch decided
 * again inside a transaction of Prisma's).
 */
export type ImportedForm = 'copy' | 'json';

/** The columns of "Member" a bulk import writes, in the order of its COPY. */
const IMPORTED_MEMBER_COLUMNS = [
  'id',
  'name',
  'idNumberHash',
  'idNumberEncrypted',
  'gender',
  'birthDateEncrypted',
  'phoneEncrypted',
  'phoneHash',
  'organizationId',
  'status',
  'custody',
  'statusReason',
  'statusNote',
  'memberSince',
  'since',
  'namePinyin',
  'nameInitials',
  'nameGrams',
  'birthYear',
  'updatedAt',
] as const;

/** The columns of "MembershipEvent" a bulk import writes, in the order of its COPY. */
const IMPORTED_EVENT_COLUMNS = [
  'id',
  'memberId',
  'type',
  'date',
  'fromOrganizationId',
  'toOrganizationId',
  'reason',
  'note',
  'sequence',
] as const;

/** A text[] as PostgreSQL reads its literal (`{"a","b"}`, every element quoted). */
function arrayLiteral(values: readonly string[]): string {
  return `{${values.map((v) => `"${v.replace(/[\\"]/g, '\\$&')}"`).join(',')}}`;
}

/** The characters COPY's text format escapes, and their escapes. */
const COPY_ESCAPES: Record<string, string> = { '\\': '\\\\', '\n': '\\n', '\r': '\\r', '\t': '\\t' };

/** One value in COPY's text format: null as `\N`, a backslash, newline, carriage return or tab escaped. */
function copyValue(value: unknown): string {
  if (value === null || value === undefined) return '\\N';
  const text = String(value);
  return /[\\\n\r\t]/.test(text) ? text.replace(/[\\\n\r\t]/g, (c) => COPY_ESCAPES[c] as string) : text;
}

/**
 * Rows in COPY's text format (tab-separated, one line each), the columns in `columns`' order: three
 * to four times cheaper to make than CSV through csv-stringify, whose per-field work cost a batch more
 * than the COPY saved (bench/import.ts, "CPU per 1,000 rows").
 */
function copyText(rows: readonly Record<string, unknown>[], columns: readonly string[]): string {
  let text = '';
  for (const row of rows) text += `${columns.map((column) => copyValue(row[column])).join('\t')}\n`;
  return text;
}

/** The logged members of each `member.imported` change, made once. */
const importedLogged = new WeakMap<MemberImported, ImportedColumns>();

/**
 * The members a bulk import's batch logs (its audit entry's `after.members`: every member masked as
 * `member.registered` logs one, with its event, in the columnar form), made on first call and
 * remembered with the change: an import makes them while the batch before commits.
 */
export function importedLog(change: MemberImported): ImportedColumns {
  let logged = importedLogged.get(change);
  if (logged === undefined) {
    logged = importedColumns(
      change.registered.map(
        ({ member, event }) => ({ ...maskedMember(member), event }) as unknown as Record<string, Json>,
      ),
    );
    importedLogged.set(change, logged);
  }
  return logged;
}

/** The rows of each `member.imported` change as its statements send them, made once. */
const importedSent = new WeakMap<MemberImported, { form: ImportedForm; members: string; events: string }>();

/**
 * The member rows (encrypted, with their search columns) and the joining events of a bulk import's
 * batch as its statements send them (`form`), made on first call and remembered with the change: an
 * import makes them while the batch before commits, and the writer finds them made.
 */
export function importedRows(
  change: MemberImported,
  personalData: PersonalDataCipher,
  form: ImportedForm,
): { members: string; events: string } {
  let rows = importedSent.get(change);
  if (rows === undefined || rows.form !== form) {
    const updatedAt = new Date().toISOString();
    const members = change.registered.map(({ member: m }) => ({
      ...memberColumns(m, personalData),
      id: m.id,
      // As `YYYY-MM-DD`, not the Date the Prisma client takes.
      memberSince: m.membership.memberSince,
      since: m.membership.since,
      updatedAt,
    }));
    const events = change.registered.map(({ event }) => ({ ...event, sequence: 1 }));
    rows =
      form === 'json'
        ? { form, members: JSON.stringify(members), events: JSON.stringify(events) }
        : {
            form,
            members: copyText(
              members.map((m) => ({ ...m, nameGrams: arrayLiteral(m.nameGrams) })),
              IMPORTED_MEMBER_COLUMNS,
            ),
            events: copyText(events, IMPORTED_EVENT_COLUMNS),
          };
    importedSent.set(change, rows);
  }
  return rows;
}

/**
 * Writes a bulk import's batch of registrations, members and their joining events, and counts them
 * in the coverage counters (flushed once per apply). On a direct transaction (PostgreSQL): one COPY
 * per table, the database's cheapest way in (a member registered meanwhile fails the COPY on the
 * unique key like an INSERT, and the import runs the batch again). Else one statement whatever its
 * size, the rows passed as two JSON parameters (json_to_recordset: PostgreSQL and PGlite alike, no
 * per-row statement or parameter; `json`, not `jsonb`: read once as it is parsed).
 */
async function writeImported(
  { tx, state, personalData }: UnitContext,
  change: MemberImported,
): Promise<void> {
  if (change.registered.length === 0) return;
  const copyIn = copyInOf(tx);
  const { members, events } = importedRows(change, personalData, copyIn ? 'copy' : 'json');
  if (copyIn) {
    const list = (columns: readonly string[]) => columns.map((c) => `"${c}"`).join(', ');
    await copyIn(`COPY "Member" (${list(IMPORTED_MEMBER_COLUMNS)}) FROM STDIN`, members);
    await copyIn(`COPY "MembershipEvent" (${list(IMPORTED_EVENT_COLUMNS)}) FROM STDIN`, events);
  } else {
    await tx.$executeRaw`
    WITH "members" AS (
      INSERT INTO "Member" ("id", "name", "idNumberHash", "idNumberEncrypted", "gender", "birthDateEncrypted",
                            "phoneEncrypted", "phoneHash", "organizationId", "status", "custody", "statusReason",
                            "statusNote", "memberSince", "since", "namePinyin", "nameInitials", "nameGrams",
                            "birthYear", "updatedAt")
      SELECT r."id", r."name", r."idNumberHash", r."idNumberEncrypted", r."gender"::"Gender", r."birthDateEncrypted",
             r."phoneEncrypted", r."phoneHash", r."organizationId", r."status"::"MembershipStatus",
             r."custody"::"Custody", r."statusReason", r."statusNote", r."memberSince"::date, r."since"::date,
             r."namePinyin", r."nameInitials", r."nameGrams", r."birthYear", now()
      FROM json_to_recordset(${members}::json) AS r("id" text, "name" text, "idNumberHash" text,
           "idNumberEncrypted" text, "gender" text, "birthDateEncrypted" text, "phoneEncrypted" text,
           "phoneHash" text, "organizationId" text, "status" text, "custody" text, "statusReason" text,
           "statusNote" text, "memberSince" text, "since" text, "namePinyin" text, "nameInitials" text,
           "nameGrams" text[], "birthYear" int))
    INSERT INTO "MembershipEvent" ("id", "memberId", "type", "date", "fromOrganizationId", "toOrganizationId",
                                   "reason", "note", "sequence")
    SELECT e."id", e."memberId", e."type"::"MembershipEventType", e."date"::date, e."fromOrganizationId",
           e."toOrganizationId", e."reason", e."note", 1
    FROM json_to_recordset(${events}::json) AS e("id" text, "memberId" text, "type" text, "date" text,
         "fromOrganizationId" text, "toOrganizationId" text, "reason" text, "note" text)`;
  }
  const unit = memberUnit(state);
  for (const { member } of change.registered) unit.count(member, 1);
}

/** Member changes written many at once: a run of registrations. */
export const memberBulkWriters: BulkWriters<MemberStoreChange> = {
  'member.registered': registerMembers,
};

/**
 * How each member change is written: rows, history, counters (added up per unit, flushed once per
 * apply). A transition writes the row only over the version it read, and its history record takes
 * the next sequence (unique per member): a transition that lost a race fails here, and the unit
 * runs again.
 */
export const memberWriters: ChangeWriters<MemberStoreChange> = {
  'member.registered': (unit, change) => registerMembers(unit, [change]),
  'member.imported': writeImported,
  'member.updated': async ({ tx, state, personalData }, change) => {
    const row = await tx.member.update({
      where: { id: change.after.id },
      data: memberColumns(change.after, personalData),
    });
    state.rows.set(row.id, row);
    memberUnit(state).count(change.before, -1);
    memberUnit(state).count(change.after, 1);
  },
  'member.membershipChanged': async (context, change) => {
    const { tx, state, personalData } = context;
    const { id } = change.after;
    const unit = memberUnit(state);
    const version = unit.versions.get(id);
    if (version === undefined) throw new Error(`member ${id} changes membership without being read first`);
    await writeAsRead(context, tx.member, `member ${id} changed membership meanwhile`, {
      where: { id, membershipVersion: version },
      data: { ...memberColumns(change.after, personalData), membershipVersion: version + 1 },
    });
    unit.versions.set(id, version + 1);
    await tx.membershipEvent.create({ data: eventRow(change.event, version + 1) });
    unit.count(change.before, -1);
    unit.count(change.after, 1);
  },
  'member.engagementRecorded': async ({ tx, state }, change) => {
    const { after } = change;
    const date = (d: string | null) => (d === null ? null : toDbDate(d));
    const row = await tx.member.update({
      where: { id: change.memberId },
      data: {
        lastDuesPaidOn: date(after.lastDuesPaidOn),
        lastActivityOn: date(after.lastActivityOn),
        spokenToOn: date(after.spokenToOn),
      },
    });
    state.rows.set(row.id, row);
  },
  // No data changes: the audit entry is the record.
  'member.idNumberClaimed': async () => {},
};

/**
 * A member as the audit log keeps it: personal data masked with the API's own masks (core's
 * `maskIdNumber`, `maskBirthDate`, `maskPhone`), so reading the log (ORG_ADMIN) never shows more
 * than the API shows without an audited reveal.
 */
export function maskedMember(member: Member): Member {
  return {
    ...member,
    idNumber: maskIdNumber(member.idNumber),
    birthDate: maskBirthDate(member.birthDate),
    phone: member.phone === null ? null : maskPhone(member.phone),
  };
}

/**
 * A refused registration as the audit log keeps it (`member.idNumberClaimed`): the union asked for
 * and the person as given, personal data masked like `maskedMember`; who asked and when are the
 * entry's `actor` and `at`.
 */
export function maskedClaim(claim: IdNumberClaim): Json {
  return {
    organizationId: claim.organizationId,
    organizationName: claim.organizationName,
    name: claim.name,
    idNumber: maskIdNumber(claim.idNumber),
    phone: claim.phone === null ? null : maskPhone(claim.phone),
    joinedOn: claim.joinedOn,
  };
}

/** What each member change writes to the audit log, personal data masked. */
export const memberAudits: ChangeAudits<MemberStoreChange> = {
  'member.registered': (_, change) => [
    {
      action: change.type,
      targetType: 'Member',
      targetId: change.member.id,
      organizationId: change.member.membership.organizationId,
      after: { ...maskedMember(change.member), event: change.event },
    },
  ],
  // One entry for the batch: every member as `member.registered` would log it, in the columnar form
  // of member-import-audit.ts (the replay reads it, and the one-object-per-member form of older entries).
  'member.imported': (_, change) => [
    {
      action: change.type,
      targetType: 'MemberImport',
      targetId: change.importId,
      organizationId: change.organizationId,
      after: { members: importedLog(change) as unknown as Json },
    },
  ],
  'member.updated': (_, change) => [
    {
      action: change.type,
      targetType: 'Member',
      targetId: change.after.id,
      organizationId: change.after.membership.organizationId,
      before: maskedMember(change.before),
      after: maskedMember(change.after),
    },
  ],
  // A transfer (or a higher union taking over) is seen by the union the member left too.
  'member.membershipChanged': (_, change) => {
    const event = {
      action: change.type,
      targetType: 'Member',
      targetId: change.after.id,
      organizationId: change.after.membership.organizationId,
      before: maskedMember(change.before),
      after: { ...maskedMember(change.after), event: change.event },
    };
    const from = change.before.membership.organizationId;
    if (from === change.after.membership.organizationId) return [event];
    return [event, { ...event, action: 'member.transferredOut', organizationId: from }];
  },
  'member.engagementRecorded': (_, change) => [
    {
      action: change.type,
      targetType: 'Member',
      targetId: change.memberId,
      organizationId: change.organizationId,
      before: change.before,
      after: change.after,
    },
  ],
  // Scoped to the holder's union: its admins see that someone else registered this person.
  'member.idNumberClaimed': (_, change) => [
    {
      action: change.type,
      targetType: 'Member',
      targetId: change.claim.holderId,
      organizationId: change.claim.holderOrganizationId,
      after: maskedClaim(change.claim),
    },
  ],
};
