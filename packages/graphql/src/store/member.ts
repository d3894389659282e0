// The member module's adapter on Prisma: its reader, how its changes are written (member rows with
// their personal data sealed, membership events) and what each change writes to the audit log,
// personal data masked.

import {
  type Change,
  type HeldMembershipState,
  type IdNumberClaim,
  type Member,
  type MemberReader,
  type MemberStoreChange,
  type MembershipEventReason,
  maskBirthDate,
  maskIdNumber,
  maskPhone,
} from '@gonghui/core';
import type { Prisma } from '../generated/prisma/client.js';
import type { Json } from './audit-seal.js';
import type { PersonalDataCipher } from './personal-data.js';
import {
  type BulkWriters,
  type ChangeAudits,
  type ChangeWriters,
  fromDbDate,
  toDbDate,
  type UnitContext,
} from './unit.js';

type MemberRow = Prisma.MemberGetPayload<object>;

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

/** The columns of a member, from the core entity, its personal data encrypted. */
function memberColumns(m: Member, personalData: PersonalDataCipher) {
  const state = m.membership;
  return {
    name: m.name,
    ...personalData.seal(m.id, { idNumber: m.idNumber, phone: m.phone, birthDate: m.birthDate }),
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

/** Action of the audit entries `countIdNumberClaims` counts. */
const CLAIM_ACTION: Change['type'] = 'member.idNumberClaimed';

/** The member module's reader inside a unit of work: a member read by id is locked FOR UPDATE. */
export function memberReader({ tx, personalData, who }: UnitContext): MemberReader {
  return {
    async findById(id) {
      // A member read by id is about to change (its contact, its membership): lock its row.
      await tx.$queryRaw`SELECT 1 FROM "Member" WHERE "id" = ${id} FOR UPDATE`;
      const row = await tx.member.findUnique({ where: { id } });
      return row ? toMember(row, personalData) : null;
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
      return tx.auditEntry.count({
        where: { actor: who.actor, action: CLAIM_ACTION, at: { gte: new Date(since) } },
      });
    },
  };
}

type MemberRegistered = Extract<MemberStoreChange, { type: 'member.registered' }>;

/**
 * Writes registered members and their joining events, however many, in two statements whose one
 * parameter is the rows as JSON (a bulk import applies hundreds at once; a registration applies one
 * the same way). The rows the transaction wrote are the columns it sent, stamped with one instant.
 */
async function registerMembers(
  { tx, state, personalData }: UnitContext,
  changes: readonly MemberRegistered[],
): Promise<void> {
  const now = new Date();
  const rows: MemberRow[] = changes.map((c) => ({
    id: c.member.id,
    ...memberColumns(c.member, personalData),
    createdAt: now,
    updatedAt: now,
  }));
  const members = JSON.stringify(
    rows.map((r) => ({ ...r, memberSince: fromDbDate(r.memberSince), since: fromDbDate(r.since) })),
  );
  await tx.$executeRaw`
    INSERT INTO "Member" ("id", "name", "idNumberHash", "idNumberEncrypted", "gender", "birthDateEncrypted",
                          "phoneEncrypted", "organizationId", "status", "custody", "statusReason", "statusNote",
                          "memberSince", "since", "createdAt", "updatedAt")
    SELECT r."id", r."name", r."idNumberHash", r."idNumberEncrypted", r."gender"::"Gender", r."birthDateEncrypted",
           r."phoneEncrypted", r."organizationId", r."status"::"MembershipStatus", r."custody"::"Custody",
           r."statusReason", r."statusNote", r."memberSince"::date, r."since"::date, ${now}, ${now}
    FROM jsonb_to_recordset(${members}::jsonb) AS r("id" text, "name" text, "idNumberHash" text,
         "idNumberEncrypted" text, "gender" text, "birthDateEncrypted" text, "phoneEncrypted" text,
         "organizationId" text, "status" text, "custody" text, "statusReason" text, "statusNote" text,
         "memberSince" text, "since" text)`;
  for (const row of rows) state.rows.set(row.id, row);
  const events = JSON.stringify(changes.map((c) => c.event));
  await tx.$executeRaw`
    INSERT INTO "MembershipEvent" ("id", "memberId", "type", "date", "fromOrganizationId", "toOrganizationId",
                                   "reason", "note", "recordedAt")
    SELECT e."id", e."memberId", e."type"::"MembershipEventType", e."date"::date, e."fromOrganizationId",
           e."toOrganizationId", e."reason", e."note", ${now}
    FROM jsonb_to_recordset(${events}::jsonb) AS e("id" text, "memberId" text, "type" text, "date" text,
         "fromOrganizationId" text, "toOrganizationId" text, "reason" text, "note" text)`;
}

/** Member changes written many at once: a run of registrations. */
export const memberBulkWriters: BulkWriters<MemberStoreChange> = {
  'member.registered': registerMembers,
};

/** How each member change is written. */
export const memberWriters: ChangeWriters<MemberStoreChange> = {
  'member.registered': (unit, change) => registerMembers(unit, [change]),
  'member.updated': async ({ tx, state, personalData }, change) => {
    const row = await tx.member.update({
      where: { id: change.after.id },
      data: memberColumns(change.after, personalData),
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
