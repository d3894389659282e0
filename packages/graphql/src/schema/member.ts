import {
  type MemberAccess,
  maskBirthDate,
  maskIdNumber,
  maskPhone,
  registerMember,
  updateMemberContact,
} from '@gonghui/core';
import { builder } from '../builder.js';
import type { Context } from '../context.js';
import type { Prisma } from '../generated/prisma/client.js';
import { fromDbDate } from '../store/unit.js';
import { countedConnection } from './connection.js';
import { rowPayload, runCommand, writtenRow } from './errors.js';
import { Organization } from './organization.js';

/** Male or female, from the ID number. */
export const GenderEnum = builder.enumType('Gender', {
  description: 'Gender, from the sequence code of the ID number (odd male, even female).',
  values: {
    MALE: { value: 'MALE', description: '男: male.' },
    FEMALE: { value: 'FEMALE', description: '女: female.' },
  } as const,
});

/** Where a member's membership stands. */
export const MembershipStatusEnum = builder.enumType('MembershipStatus', {
  description: 'Where a membership stands (会籍状态).',
  values: {
    ACTIVE: { value: 'ACTIVE', description: '正常: active; pays dues, votes, may stand.' },
    RETAINED: {
      value: 'RETAINED',
      description: '保留会籍: retained on retirement or unemployment; no dues, no vote.',
    },
    ENDED: { value: 'ENDED', description: '会籍终止: ended (left, expelled or lapsed); kept for history.' },
  } as const,
});

/** The member facts the access rule needs. */
interface MemberFacts {
  readonly id: string;
  readonly organizationId: string;
}

/** What this request's viewer may see of a member (memoised per request by the path loader). */
export function accessOf(member: MemberFacts, ctx: Context): Promise<MemberAccess> {
  return ctx.access.memberAccess(member.id, member.organizationId);
}

// Personal data is stored encrypted (src/store/personal-data.ts): every field below decrypts through
// `ctx.personalData.open`, the same mapping the store's `toMember` uses, then masks unless revealed.

/** A personal-data field: clear only on `reveal: true` by a viewer who may reveal, and every reveal audited. */
function personalField(field: 'idNumber' | 'phone' | 'birthDate') {
  return {
    authScopes: async (member: MemberFacts, args: { reveal?: boolean | null }, ctx: Context) =>
      // Masked values are for everyone who may see the member; a reveal needs REVEAL access.
      args.reveal ? (await accessOf(member, ctx)) === 'REVEAL' : true,
    reveal: async (member: MemberFacts, ctx: Context): Promise<void> => {
      await ctx.store.record({
        action: 'member.revealed',
        targetType: 'Member',
        targetId: member.id,
        organizationId: member.organizationId,
        after: { field },
      });
    },
  };
}

const ID_NUMBER = personalField('idNumber');
const PHONE = personalField('phone');
const BIRTH_DATE = personalField('birthDate');

/** Description of the `reveal` argument of every personal-data field. */
const REVEAL_DESCRIPTION =
  "Return the clear value instead of the masked one. Needs ORG_ADMIN of the member's organization (or above) " +
  'or the member themselves; otherwise the field is a FORBIDDEN error. Every reveal is written to the audit log.';

/** A real-name member. */
export const Member = builder.prismaNode('Member', {
  description:
    'A real-name member (实名会员): one record per person for life. Readable by ORG_VIEWER and ORG_ADMIN of ' +
    'the organization holding the membership or above it, and by the member themselves; personal data ' +
    '(ID number, phone, birth date) is masked unless revealed.',
  // Checked per member before anything resolves, so `node(id:)` cannot even confirm a member exists.
  runScopesOnType: true,
  authScopes: async (member, ctx) => (await accessOf(member, ctx)) !== 'NONE',
  id: { field: 'id' },
  fields: (t) => ({
    name: t.exposeString('name', { description: 'Full name as on the identity card.' }),
    gender: t.field({ type: GenderEnum, description: 'From the ID number.', resolve: (m) => m.gender }),
    organization: t.relation('organization', {
      description: 'The union holding the membership (for an ended one: the last union).',
    }),
    status: t.field({
      type: MembershipStatusEnum,
      description: 'Where the membership stands.',
      resolve: (m) => m.status,
    }),
    memberSince: t.string({
      description: 'The date `YYYY-MM-DD` the person joined; kept across transfers.',
      resolve: (m) => fromDbDate(m.memberSince),
    }),
    idNumber: t.string({
      nullable: true,
      description:
        'ID number, masked to its province-level address code (`33****************`) unless revealed; ' +
        'null only when a reveal was refused.',
      args: {
        reveal: t.arg.boolean({ required: false, defaultValue: false, description: REVEAL_DESCRIPTION }),
      },
      authScopes: ID_NUMBER.authScopes,
      resolve: async (m, args, ctx) => {
        const clear = ctx.personalData.open(m, 'idNumber');
        if (!args.reveal) return maskIdNumber(clear);
        await ID_NUMBER.reveal(m, ctx);
        return clear;
      },
    }),
    phone: t.string({
      nullable: true,
      description: 'Contact phone, masked (`138****5678`) unless revealed; null when none is on record.',
      args: {
        reveal: t.arg.boolean({ required: false, defaultValue: false, description: REVEAL_DESCRIPTION }),
      },
      authScopes: PHONE.authScopes,
      resolve: async (m, args, ctx) => {
        const clear = ctx.personalData.open(m, 'phone');
        if (clear === null) return null;
        if (!args.reveal) return maskPhone(clear);
        await PHONE.reveal(m, ctx);
        return clear;
      },
    }),
    birthDate: t.string({
      nullable: true,
      description:
        'Birth date, masked to its year (`1990-**-**`) unless revealed; null only when a reveal was refused.',
      args: {
        reveal: t.arg.boolean({ required: false, defaultValue: false, description: REVEAL_DESCRIPTION }),
      },
      authScopes: BIRTH_DATE.authScopes,
      resolve: async (m, args, ctx) => {
        const clear = ctx.personalData.open(m, 'birthDate');
        if (!args.reveal) return maskBirthDate(clear);
        await BIRTH_DATE.reveal(m, ctx);
        return clear;
      },
    }),
  }),
});

/** A page of members (shared by `Organization.members` and the `members` search). */
export const MemberConnection = countedConnection(Member, 'Member', {
  connection: 'A page of members, ordered by name.',
  edge: 'A member in a page.',
});

builder.prismaObjectFields(Organization, (t) => ({
  members: t.relatedConnection(
    'members',
    {
      cursor: 'id',
      totalCount: true,
      nullable: true,
      description:
        'Members whose membership this organization itself holds (not those of its branches), ordered by name; ' +
        'ORG_VIEWER or ORG_ADMIN of this organization or above it.',
      authScopes: (org) => ({ orgView: org.id }),
      query: () => ({ orderBy: [{ name: 'asc' }, { id: 'asc' }] }),
    },
    MemberConnection,
  ),
}));

type MemberRow = Prisma.MemberGetPayload<object>;

/** The payload of every mutation of one member: the member as it is now, or the rules broken. */
export const MemberPayload = rowPayload('MemberPayload', {
  model: 'Member',
  description: 'Result of a change to a member: the member as it is now, or the rules the change broke.',
  field: 'member',
  fieldDescription: 'The member as the change left it, or null when the change was refused.',
});

const RegisterMemberInput = builder.inputType('RegisterMemberInput', {
  description: 'A person joining a grassroots union (or its branch or group) as a real-name member.',
  fields: (t) => ({
    organizationId: t.globalID({
      for: Organization,
      description: 'The grassroots union, joint grassroots union, branch or group the person joins.',
    }),
    name: t.string({ description: 'Full name as on the identity card, 1–50 characters.' }),
    idNumber: t.string({
      description:
        'Citizen ID number: 18 characters (a lowercase x is accepted) or a 15-digit first-generation one.',
    }),
    phone: t.string({
      required: false,
      description: 'Contact phone: an 11-digit mobile number (13–19…) or a landline like 0571-87654321.',
    }),
    joinedOn: t.string({
      required: false,
      description: 'Joining date `YYYY-MM-DD`, not in the future; default today (China Standard Time).',
    }),
  }),
});

const UpdateMemberContactInput = builder.inputType('UpdateMemberContactInput', {
  description: "A member's new contact phone.",
  fields: (t) => ({
    memberId: t.globalID({ for: Member, description: 'The member.' }),
    phone: t.string({
      required: false,
      description:
        'The new phone (an 11-digit mobile or a landline like 0571-87654321); null or blank clears it.',
    }),
  }),
});

builder.mutationFields((t) => ({
  registerMember: t.field({
    type: MemberPayload,
    description:
      'Registers a real-name member (one record per person for life; at least 16 on the joining date). ' +
      'ORG_ADMIN of the organization joined or above it. Whether the ID number is already registered is ' +
      'checked last, after every other check passed: MEMBER_ID_NUMBER_TAKEN is written to the audit log ' +
      "of the union holding that membership (`member.idNumberClaimed`), and after the rule set's hourly " +
      'number of such answers a viewer gets MEMBER_ID_NUMBER_CHECK_LIMIT without any check.',
    authScopes: (_root, { input }) => ({
      orgChange: { type: 'registerMember', organizationId: input.organizationId.id },
    }),
    args: { input: t.arg({ type: RegisterMemberInput, description: 'The person and the union they join.' }) },
    resolve: (_root, { input }, ctx, info) =>
      runCommand(
        ctx,
        info,
        registerMember,
        {
          organizationId: input.organizationId.id,
          name: input.name,
          idNumber: input.idNumber,
          phone: input.phone ?? null,
          joinedOn: input.joinedOn ?? null,
        },
        { locks: { mode: 'share', organizations: [input.organizationId.id] }, answer: writtenRow<MemberRow> },
      ),
  }),
  updateMemberContact: t.field({
    type: MemberPayload,
    description:
      "Changes a member's contact phone: ORG_ADMIN of the member's organization (or above) or the member " +
      'themselves (those who may reveal it).',
    authScopes: async (_root, { input }, ctx) => {
      const member = await ctx.prisma.member.findUnique({
        where: { id: input.memberId.id },
        select: { id: true, organizationId: true },
      });
      // An unknown member: only a system admin gets as far as the command's MEMBER_NOT_FOUND.
      return member ? (await accessOf(member, ctx)) === 'REVEAL' : ctx.access.systemAdmin;
    },
    args: { input: t.arg({ type: UpdateMemberContactInput, description: 'The member and the new phone.' }) },
    resolve: (_root, { input }, ctx, info) =>
      runCommand(
        ctx,
        info,
        updateMemberContact,
        { memberId: input.memberId.id, phone: input.phone ?? null },
        // No organization changes; the member's row is locked when the command reads it.
        { locks: { mode: 'share', organizations: [] }, answer: writtenRow<MemberRow> },
      ),
  }),
}));
