// Member listing and search over a subtree, and coverage statistics (覆盖面). Every filter is
// answered by an index: the subtree through the closure table, names through their pieces (GIN)
// and pinyin columns, the ID number and the phone through their blind indexes; statistics come
// from the maintained counters of "MemberTally" (src/store/member.ts), never from counting rows.
import {
  AGE_BANDS,
  birthYearRange,
  checkPhone,
  chinaToday,
  type DomainError,
  normalizePinyin,
  parseIdNumber,
  prefixEnd,
  queryGrams,
  systemClock,
} from '@gonghui/core';
import { GraphQLError } from 'graphql';
import { builder, listCost, PUBLIC } from '../builder.js';
import type { Context } from '../context.js';
import type { Prisma } from '../generated/prisma/client.js';
import { toDbDate } from '../store/unit.js';
import { GenderEnum, MemberConnection, MembershipStatusEnum } from './member.js';
import { Organization } from './organization.js';

/** What a member search narrows by; every given field must hold. */
const MemberFilter = builder.inputType('MemberFilter', {
  description: 'Narrows a member search; every given field must hold.',
  fields: (t) => ({
    status: t.field({
      type: [MembershipStatusEnum],
      required: false,
      description: 'Only these statuses (default: all).',
    }),
    gender: t.field({ type: GenderEnum, required: false, description: 'Only this gender.' }),
    ageFrom: t.int({
      required: false,
      description: 'Youngest age, as reached this year (this year less the birth year, like the age bands).',
    }),
    ageTo: t.int({ required: false, description: 'Oldest age, as reached this year.' }),
    joinedFrom: t.string({ required: false, description: 'Joined on or after this date `YYYY-MM-DD`.' }),
    joinedTo: t.string({ required: false, description: 'Joined on or before this date `YYYY-MM-DD`.' }),
    nameContains: t.string({
      required: false,
      description: 'Part of the name, 1–50 characters (红军 finds 胡红军; letters ignore case).',
    }),
    pinyin: t.string({
      required: false,
      description:
        'Start of the full pinyin or of the initials, no tones (huhongjun, huhong, hhj, hh find 胡红军).',
    }),
    idNumber: t.string({
      required: false,
      description:
        'The exact ID number (18 characters or a 15-digit first-generation one), found by its blind index.',
    }),
    phone: t.string({ required: false, description: 'The exact phone, found by its blind index.' }),
  }),
});

type Filter = typeof MemberFilter.$inferInput;

/** A filter that cannot be answered: a BAD_USER_INPUT error naming the field. */
function badFilter(error: DomainError | { message: string }, field: string): GraphQLError {
  return new GraphQLError(`filter.${field}: ${error.message}`, {
    extensions: { code: 'BAD_USER_INPUT', argument: ['filter', field] },
  });
}

/** A date of the filter, or a BAD_USER_INPUT error. */
function filterDate(value: string | null | undefined, field: string): Date | undefined {
  if (value === null || value === undefined) return undefined;
  if (
    !/^\d{4}-\d{2}-\d{2}$/.test(value) ||
    Number.isNaN(Date.parse(value)) ||
    toDbDate(value).toISOString().slice(0, 10) !== value
  ) {
    throw badFilter({ message: `'${value}' is not a real calendar date YYYY-MM-DD` }, field);
  }
  return toDbDate(value);
}

/** The Prisma condition of a search: the subtree (or the organization itself) and every filter. */
export function memberSearchWhere(
  ctx: Pick<Context, 'personalData' | 'env'>,
  organizationId: string,
  includeSubtree: boolean,
  filter: Filter | null | undefined,
  today = chinaToday(systemClock),
): Prisma.MemberWhereInput {
  const and: Prisma.MemberWhereInput[] = [
    includeSubtree
      ? { organization: { ancestorLinks: { some: { ancestorId: organizationId } } } }
      : { organizationId },
  ];
  if (!filter) return { AND: and };
  if (filter.status?.length) and.push({ status: { in: filter.status } });
  if (filter.gender) and.push({ gender: filter.gender });
  if (filter.ageFrom != null || filter.ageTo != null) {
    const years = birthYearRange(filter.ageFrom ?? null, filter.ageTo ?? null, Number(today.slice(0, 4)));
    if (!years.ok) throw badFilter(years.error, 'ageFrom');
    and.push({ birthYear: { gte: years.value.from ?? undefined, lte: years.value.to ?? undefined } });
  }
  const joinedFrom = filterDate(filter.joinedFrom, 'joinedFrom');
  const joinedTo = filterDate(filter.joinedTo, 'joinedTo');
  if (joinedFrom || joinedTo) and.push({ memberSince: { gte: joinedFrom, lte: joinedTo } });
  if (filter.nameContains != null) {
    const query = filter.nameContains.trim();
    if (query === '' || [...query].length > 50)
      throw badFilter({ message: '1 to 50 characters' }, 'nameContains');
    and.push(
      { nameGrams: { hasEvery: queryGrams(query) } },
      { name: { contains: query, mode: 'insensitive' } },
    );
  }
  if (filter.pinyin != null) {
    const pinyin = normalizePinyin(filter.pinyin);
    if (!pinyin.ok) throw badFilter(pinyin.error, 'pinyin');
    const end = prefixEnd(pinyin.value);
    const range = { gte: pinyin.value, ...(end === null ? {} : { lt: end }) };
    and.push({ OR: [{ nameInitials: range }, { namePinyin: range }] });
  }
  if (filter.idNumber != null) {
    const id = parseIdNumber(filter.idNumber, { today, rules: ctx.env.rules });
    if (!id.ok) throw badFilter(id.error, 'idNumber');
    and.push({ idNumberHash: ctx.personalData.idNumberHash(id.value.value) });
  }
  if (filter.phone != null) {
    const phone = checkPhone(filter.phone);
    if (!phone.ok || phone.value === null)
      throw badFilter({ message: 'a mobile number or a landline like 0571-87654321' }, 'phone');
    and.push({ phoneHash: ctx.personalData.phoneHash(phone.value) });
  }
  return { AND: and };
}

/** The filters that test a personal-data value for an exact match: each answer confirms or denies the value. */
const EXACT_FIELDS = ['idNumber', 'phone'] as const;

/** The exact searches of each request already checked and audited (a page and its total are one search). */
const exactSearches = new WeakMap<Context, Set<string>>();

/**
 * An exact search by ID number or phone tells whether a member holds that value, so it is a reveal in
 * small steps (the masks leave ~10,000 candidates: ~670 requests of 15 aliases): only a viewer who may
 * reveal the subtree's members (ORG_ADMIN of the organization or above; core's `memberAccess`) may run
 * one, and each is written to the audit log as one `member.searched` entry naming the fields, never the
 * value. Anyone else gets FORBIDDEN naming the filter.
 */
async function checkExactSearch(ctx: Context, organizationId: string, filter: Filter | null | undefined) {
  const fields = EXACT_FIELDS.filter((field) => filter?.[field] != null);
  if (fields.length === 0) return;
  const search = JSON.stringify([organizationId, fields.map((field) => filter?.[field])]);
  const checked = exactSearches.get(ctx) ?? new Set<string>();
  exactSearches.set(ctx, checked);
  if (checked.has(search)) return;
  if (!(await ctx.access.permits('ADMIN', organizationId))) {
    throw new GraphQLError(
      `filter.${fields[0]}: an exact search by ID number or phone needs ORG_ADMIN of the organization or above ` +
        '(who may reveal these values); ORG_VIEWER reads them masked and searches by the other filters',
      { extensions: { code: 'FORBIDDEN', argument: ['filter', fields[0]] } },
    );
  }
  checked.add(search);
  await ctx.store.record({
    action: 'member.searched',
    targetType: 'Organization',
    targetId: organizationId,
    organizationId,
    after: { fields },
  });
}

/** Members ordered by name, then id (the index `Member_name_id_idx`, or per organization `Member_organizationId_name_id_idx`). */
const ORDER: Prisma.MemberOrderByWithRelationInput[] = [{ name: 'asc' }, { id: 'asc' }];

builder.queryFields((t) => ({
  members: t.prismaConnection(
    {
      type: 'Member',
      cursor: 'id',
      nullable: true,
      description:
        'Members of an organization or its whole subtree, filtered, ordered by name: ORG_VIEWER or ORG_ADMIN ' +
        'of the organization or above it. Personal data is masked as on every member. `totalCount` of a ' +
        'whole subtree (at most narrowed by status) comes from the coverage counters; with other filters it ' +
        'counts the matching rows, so ask for it with selective filters. The same members as a CSV or XLSX file: ' +
        '`GET /exports/members?organizationId=<id>&format=csv|xlsx[&includeSubtree=false][&reveal=true]` with ' +
        'the bearer token (ORG_ADMIN of the organization or above; `reveal=true` is audited).',
      authScopes: (_root, args) => ({ orgView: args.organizationId.id }),
      args: {
        organizationId: t.arg.globalID({
          for: Organization,
          required: true,
          description: 'The organization.',
        }),
        includeSubtree: t.arg.boolean({
          required: false,
          defaultValue: true,
          description:
            'True (the default): members held anywhere below it too; false: only those it holds itself.',
        }),
        filter: t.arg({ type: MemberFilter, required: false, description: 'Narrows the list.' }),
      },
      resolve: async (query, _root, args, ctx) => {
        await checkExactSearch(ctx, args.organizationId.id, args.filter);
        return ctx.prisma.member.findMany({
          ...query,
          where: memberSearchWhere(ctx, args.organizationId.id, args.includeSubtree ?? true, args.filter),
          orderBy: ORDER,
        });
      },
      totalCount: async (_root, args, ctx) => {
        await checkExactSearch(ctx, args.organizationId.id, args.filter);
        const subtree = args.includeSubtree ?? true;
        const { status, ...rest } = args.filter ?? {};
        // A whole subtree, at most narrowed by status: the counters know (no count of a province's rows).
        if (subtree && Object.values(rest).every((v) => v === null || v === undefined)) {
          const coverage = await coverageOf(ctx, args.organizationId.id);
          const statuses: readonly string[] = status?.length ? status : ['ACTIVE', 'RETAINED', 'ENDED'];
          return statuses.reduce((n, s) => n + count(coverage, 'status', s), 0);
        }
        return ctx.prisma.member.count({
          where: memberSearchWhere(ctx, args.organizationId.id, subtree, args.filter),
        });
      },
    },
    MemberConnection,
  ),
}));

/** The counters of one subtree, summed over shards: dimension → bucket → count. */
type Tallies = Map<string, Map<string, number>>;

/** Coverage of one subtree, from its counters. */
interface Coverage {
  readonly tallies: Tallies;
  /** This year, China Standard Time: joined this year, ages. */
  readonly year: number;
}

const count = (c: Coverage, dimension: string, bucket: string) => c.tallies.get(dimension)?.get(bucket) ?? 0;
const live = (c: Coverage) => count(c, 'status', 'ACTIVE') + count(c, 'status', 'RETAINED');

/** How many members of a subtree fall in one age band. */
interface AgeBandCount {
  readonly from: number;
  readonly to: number | null;
  readonly count: number;
}

const AgeBand = builder.objectRef<AgeBandCount>('MemberAgeBand').implement({
  description: 'Live members whose age reached this year (this year less the birth year) lies in a band.',
  authScopes: PUBLIC,
  fields: (t) => ({
    from: t.exposeInt('from', { description: 'Youngest age of the band.' }),
    to: t.exposeInt('to', { nullable: true, description: 'Oldest age of the band; null: no upper end.' }),
    count: t.exposeInt('count', { description: 'Live members in the band.' }),
  }),
});

const MemberCoverage = builder.objectRef<Coverage>('MemberCoverage').implement({
  description:
    'Coverage statistics (覆盖面) of an organization and everything below it, from counters kept with every ' +
    'change. Live members are active and retained ones; the breakdowns count live members.',
  authScopes: PUBLIC,
  fields: (t) => ({
    active: t.int({ description: 'Active members (正常).', resolve: (c) => count(c, 'status', 'ACTIVE') }),
    retained: t.int({
      description: 'Retained memberships (保留会籍).',
      resolve: (c) => count(c, 'status', 'RETAINED'),
    }),
    ended: t.int({
      description: 'Ended memberships, kept for history.',
      resolve: (c) => count(c, 'status', 'ENDED'),
    }),
    live: t.int({ description: 'Active plus retained members.', resolve: live }),
    male: t.int({ description: 'Live male members.', resolve: (c) => count(c, 'gender', 'MALE') }),
    female: t.int({ description: 'Live female members.', resolve: (c) => count(c, 'gender', 'FEMALE') }),
    withPhone: t.int({
      description: 'Live members with a phone on record.',
      resolve: (c) => count(c, 'phone', 'ON_RECORD'),
    }),
    realNameShare: t.float({
      description:
        'Share (0–1) of live members whose real-name record is complete: a verified ID number (every member ' +
        'has one) and a phone on record; 0 without members.',
      resolve: (c) => (live(c) === 0 ? 0 : count(c, 'phone', 'ON_RECORD') / live(c)),
    }),
    joinedThisYear: t.int({
      description: 'Live members who joined this year (China Standard Time).',
      resolve: (c) => count(c, 'joinedYear', String(c.year)),
    }),
    employerUnion: t.int({
      description: "Live members held by their employer's own union (employers with a union).",
      resolve: (c) => count(c, 'custody', 'EMPLOYER_UNION'),
    }),
    townshipUnion: t.int({
      description: 'Live members held by a township/street union (employers without a union).',
      resolve: (c) => count(c, 'custody', 'TOWNSHIP_UNION'),
    }),
    higherUnion: t.int({
      description: 'Live members held by a higher union (dissolved employers).',
      resolve: (c) => count(c, 'custody', 'HIGHER_UNION'),
    }),
    ageBands: t.field({
      type: [AgeBand],
      description: 'Live members by age band (up to 25, 26–35, 36–45, 46–55, 56 and over).',
      complexity: listCost(AGE_BANDS.length),
      resolve: (c) =>
        AGE_BANDS.map(({ from, to }) => {
          let n = 0;
          for (const [year, value] of c.tallies.get('birthYear') ?? []) {
            const age = c.year - Number(year);
            if (age >= from && (to === null || age <= to)) n += value;
          }
          return { from, to, count: n };
        }),
    }),
  }),
});

/** The counters of a subtree (its primary-key prefix: a few hundred rows at most). */
export async function coverageOf(
  ctx: Pick<Context, 'prisma'>,
  organizationId: string,
  today = chinaToday(systemClock),
) {
  const rows = await ctx.prisma.memberTally.groupBy({
    by: ['dimension', 'bucket'],
    where: { organizationId },
    _sum: { count: true },
  });
  const tallies: Tallies = new Map();
  for (const row of rows) {
    const bucket = tallies.get(row.dimension) ?? new Map<string, number>();
    bucket.set(row.bucket, row._sum.count ?? 0);
    tallies.set(row.dimension, bucket);
  }
  return { tallies, year: Number(today.slice(0, 4)) };
}

builder.prismaObjectFields(Organization, (t) => ({
  memberCoverage: t.field({
    type: MemberCoverage,
    nullable: true,
    description:
      'Coverage statistics (覆盖面) of this organization and its whole subtree: ORG_VIEWER or ORG_ADMIN of it or above.',
    authScopes: (org) => ({ orgView: org.id }),
    select: { id: true },
    resolve: (org, _args, ctx) => coverageOf(ctx, org.id),
  }),
}));
