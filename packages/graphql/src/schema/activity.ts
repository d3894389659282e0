// Activities with limited places through the API: the activity and its enrollments, a member's own
// enrollments and waiting position, enroll/cancel (by the member themselves or an admin of their
// union), and the remaining places pushed to subscribers as they change.

import {
  type ACTIVITY_ELIGIBILITIES,
  cancelEnrollment,
  createActivity,
  type EnrollmentOutcome,
  enroll,
} from '@gonghui/core';
import { isThenable } from '@pothos/core';
import { queryFromInfo } from '@pothos/plugin-prisma';
import { encodeGlobalID } from '@pothos/plugin-relay';
import { type FieldNode, type GraphQLResolveInfo, getNamedType, isObjectType, Kind } from 'graphql';
import { builder, listCost, PUBLIC } from '../builder.js';
import type { Context } from '../context.js';
import type { EventBus } from '../events.js';
import type { Prisma } from '../generated/prisma/client.js';
import { type PlacesRow, placesKey } from '../store/activity.js';
import { enrollAtOnce } from '../store/enrollment.js';
import { countedConnection } from './connection.js';
import { errorsField, type Payload, rowOf, rowPayload, runCommand, writtenRow } from './errors.js';
import { Member } from './member.js';
import { Organization } from './organization.js';

declare module '../events.js' {
  interface EventTopics {
    /** The places of one activity after a change committed. */
    'activity.places': [activityId: string, places: PlacesRow];
  }
}

/** Who may enrol in an activity. */
export const ActivityEligibilityEnum = builder.enumType('ActivityEligibility', {
  description:
    'Who may enrol: live members of the organizing union’s subtree, or only its real-name verified ones.',
  values: {
    SUBTREE_MEMBERS: {
      value: 'SUBTREE_MEMBERS',
      description:
        'Members with a live (active or retained) membership held in the organizing union or below it.',
    },
    SUBTREE_REAL_NAME_MEMBERS: {
      value: 'SUBTREE_REAL_NAME_MEMBERS',
      description:
        'Those of them who are real-name verified (实名认证: ID number and contact phone on record).',
    },
  } as const satisfies Record<(typeof ACTIVITY_ELIGIBILITIES)[number], object>,
});

/** Where an enrollment stands. */
export const EnrollmentStatusEnum = builder.enumType('EnrollmentStatus', {
  description: 'Where an enrollment stands.',
  values: {
    ENROLLED: { value: 'ENROLLED', description: '已报名: holds its places.' },
    WAITING: { value: 'WAITING', description: '候补: on the waiting list, in arrival order.' },
    CANCELLED: { value: 'CANCELLED', description: '已取消: cancelled; its places went to the waiting list.' },
  } as const,
});

type EnrollmentRow = Prisma.EnrollmentGetPayload<object>;

/** One member's enrollment in an activity. */
export const Enrollment = builder.prismaObject('Enrollment', {
  description:
    "A member's enrollment in an activity: enrolled, waiting or cancelled. Reached through the activity (its " +
    "organizers), the member (who sees the member), `myEnrollments` or a mutation's payload.",
  authScopes: PUBLIC,
  fields: (t) => ({
    activity: t.relation('activity', { description: 'The activity.' }),
    member: t.relation('member', { description: 'The member (masked like every member).' }),
    places: t.exposeInt('places', { description: 'Places held or wanted.' }),
    status: t.expose('status', {
      type: EnrollmentStatusEnum,
      description: 'Enrolled, waiting or cancelled.',
    }),
    arrival: t.exposeInt('arrival', {
      description: 'Arrival number within the activity: the waiting list goes by it.',
    }),
    enrolledAt: t.expose('enrolledAt', { type: 'DateTime', description: 'When the enrollment was made.' }),
    waitingPosition: t.int({
      nullable: true,
      description: 'Place on the waiting list (1 = next to move up), or null when not waiting.',
      select: { activityId: true, status: true, arrival: true },
      resolve: async (e, _args, ctx) =>
        e.status !== 'WAITING'
          ? null
          : 1 +
            (await ctx.prisma.enrollment.count({
              where: { activityId: e.activityId, status: 'WAITING', arrival: { lt: e.arrival } },
            })),
    }),
  }),
});

/** A page of enrollments. */
const EnrollmentConnection = countedConnection(Enrollment, 'Enrollment', {
  connection: 'A page of enrollments, in arrival order.',
  edge: 'An enrollment in a page.',
});

/** An activity with limited places. */
export const Activity = builder.prismaNode('Activity', {
  description:
    'An activity with limited places (活动名额) of a union, enrolled first come, first served. Public like the ' +
    'organization directory; who enrolled is visible to ORG_VIEWER of the organizing union or above.',
  authScopes: PUBLIC,
  id: { field: 'id' },
  fields: (t) => ({
    title: t.exposeString('title', { description: 'Title, e.g. 亲子陶艺.' }),
    description: t.exposeString('description', { description: 'What it is about (may be empty).' }),
    place: t.exposeString('place', { description: 'Where it takes place.' }),
    startsAt: t.expose('startsAt', { type: 'DateTime', description: 'When it starts.' }),
    endsAt: t.expose('endsAt', { type: 'DateTime', description: 'When it ends.' }),
    enrollmentOpensAt: t.expose('enrollmentOpensAt', {
      type: 'DateTime',
      description: 'Enrollment opens at this instant (inclusive).',
    }),
    enrollmentClosesAt: t.expose('enrollmentClosesAt', {
      type: 'DateTime',
      description: 'Enrollment closes at this instant (exclusive); cancelling is possible until the start.',
    }),
    places: t.exposeInt('places', { description: 'Number of places.' }),
    placesPerMember: t.exposeInt('placesPerMember', {
      description: 'Places one member may take (e.g. parent and child).',
    }),
    waitingList: t.exposeBoolean('waitingList', {
      description: 'Whether a member arriving when it is full joins a waiting list (else ACTIVITY_FULL).',
    }),
    eligibility: t.expose('eligibility', { type: ActivityEligibilityEnum, description: 'Who may enrol.' }),
    taken: t.exposeInt('taken', { description: 'Places taken by enrolled members.' }),
    remainingPlaces: t.int({ description: 'Places still free.', resolve: (a) => a.places - a.taken }),
    organization: t.relation('organization', { description: 'The organizing union.' }),
    enrollments: t.relatedConnection(
      'enrollments',
      {
        cursor: 'id',
        totalCount: true,
        nullable: true,
        description:
          'Enrollments in arrival order (enrolled, waiting and cancelled; filter by `status`); ORG_VIEWER of the ' +
          'organizing union or above.',
        args: {
          status: t.arg({
            type: EnrollmentStatusEnum,
            required: false,
            description: 'Only enrollments in this status.',
          }),
        },
        authScopes: (a) => ({ orgView: a.organizationId }),
        query: (args) => ({
          where: args.status ? { status: args.status } : {},
          orderBy: [{ arrival: 'asc' }],
        }),
      },
      EnrollmentConnection,
    ),
  }),
});

/** Most enrollments `Member.enrollments` and `myEnrollments` list (the newest). */
const ENROLLMENTS_LISTED = 100;

/** A page of activities. */
const ActivityConnection = countedConnection(Activity, 'Activity', {
  connection: 'A page of activities, the next to start first.',
  edge: 'An activity in a page.',
});

builder.prismaObjectFields(Organization, (t) => ({
  activities: t.relatedConnection(
    'activities',
    {
      cursor: 'id',
      totalCount: true,
      description: 'Activities this organization holds, by start time (public).',
      query: () => ({ orderBy: [{ startsAt: 'asc' }, { id: 'asc' }] }),
    },
    ActivityConnection,
  ),
}));

builder.prismaObjectFields(Member, (t) => ({
  enrollments: t.relation('enrollments', {
    description: `The member's enrollments, newest first, at most ${ENROLLMENTS_LISTED} (whoever sees the member sees them).`,
    complexity: listCost(ENROLLMENTS_LISTED),
    query: () => ({ orderBy: [{ enrolledAt: 'desc' }, { id: 'asc' }], take: ENROLLMENTS_LISTED }),
  }),
}));

builder.queryFields((t) => ({
  myEnrollments: t.prismaField({
    type: ['Enrollment'],
    description:
      `The viewer's own enrollments (a MEMBER token's member), newest first, at most ${ENROLLMENTS_LISTED}, each ` +
      'with its waiting position; empty for a viewer who is no member.',
    authScopes: { authenticated: true },
    complexity: listCost(ENROLLMENTS_LISTED),
    resolve: (query, _root, _args, ctx) =>
      ctx.prisma.enrollment.findMany({
        ...query,
        where: { memberId: { in: ctx.access.ownMemberIds } },
        orderBy: [{ enrolledAt: 'desc' }, { id: 'asc' }],
        take: ENROLLMENTS_LISTED,
      }),
  }),
}));

/** An activity's places at one moment, as pushed to subscribers. */
const RemainingPlaces = builder.objectRef<PlacesRow>('RemainingPlaces').implement({
  description: "An activity's places after a change: pushed by `remainingPlaces` whenever they change.",
  authScopes: PUBLIC,
  fields: (t) => ({
    activityId: t.id({
      description: 'Global ID of the activity.',
      resolve: (p) => encodeGlobalID('Activity', p.id),
    }),
    places: t.exposeInt('places', { description: 'Number of places.' }),
    taken: t.exposeInt('taken', { description: 'Places taken.' }),
    remaining: t.int({ description: 'Places still free.', resolve: (p) => p.places - p.taken }),
    revision: t.exposeInt('revision', {
      description: 'Grows with every change: a client keeps the highest it has seen.',
    }),
  }),
});

builder.subscriptionFields((t) => ({
  remainingPlaces: t.field({
    type: RemainingPlaces,
    description:
      "An activity's places now, then again each time they change (an enrollment, a cancellation), over " +
      'Server-Sent Events. Public, like the activity. Events older than one already pushed are dropped.',
    authScopes: PUBLIC,
    args: { activityId: t.arg.globalID({ for: Activity, description: 'The activity.' }) },
    subscribe: (_root, { activityId }, ctx) => placesOf(ctx, activityId.id),
    resolve: (places) => places,
  }),
}));

/** The activity's places now, then every newer change published for it, in revision order. */
async function* placesOf(ctx: Context, activityId: string): AsyncGenerator<PlacesRow> {
  const events = ctx.pubsub.subscribe('activity.places', activityId);
  const now = await ctx.prisma.activity.findUnique({
    where: { id: activityId },
    select: { id: true, places: true, taken: true, revision: true },
  });
  if (!now) return;
  let revision = now.revision;
  yield now;
  for await (const event of events) {
    if (event.revision <= revision) continue;
    revision = event.revision;
    yield event;
  }
}

/** An enrollment command's payload value: the enrollment's row and the activity's places, as the transaction left them. */
interface EnrollmentAnswer {
  readonly enrollment: EnrollmentRow;
  readonly places: PlacesRow;
}

/** Whether a selection of the enrollment (by its field node) reads no Prisma plan: see `writtenEnrollment`. */
const planUnread = new WeakMap<FieldNode, boolean>();

/**
 * True when no field of this selection of an enrollment reads the Prisma plugin's plan: each is
 * `__typename` or an exposed column (the plugin wraps only a field with a `select` — a relation,
 * `waitingPosition` — to read the plan), a plain field with no directive. Worked out once per field
 * node of a document; a field asked for twice in one selection (merged nodes) is planned.
 */
function readsNoPlan(info: GraphQLResolveInfo): boolean {
  const [node, ...merged] = info.fieldNodes;
  if (node === undefined || merged.length > 0) return false;
  let unread = planUnread.get(node);
  if (unread === undefined) {
    const type = getNamedType(info.returnType);
    const fields = isObjectType(type) ? type.getFields() : {};
    unread = (node.selectionSet?.selections ?? []).every(
      (selection) =>
        selection.kind === Kind.FIELD &&
        selection.selectionSet === undefined &&
        !selection.directives?.length &&
        (selection.name.value === '__typename' ||
          (fields[selection.name.value] !== undefined &&
            !fields[selection.name.value]?.extensions.pothosPrismaSelect)),
    );
    planUnread.set(node, unread);
  }
  return unread;
}

/**
 * The enrollment row the transaction wrote, as a `prismaField` answers it (the query is not run
 * again): planned with `queryFromInfo` first, as `prismaField` plans every answer, so that a relation
 * or `waitingPosition` below reads the plan — unless no field of the selection reads it (only
 * columns, as an enrollment burst's `enrollment { status }`), where planning was ~2% of an
 * enrollment's server CPU for nothing (test/enrollment-answer.test.ts holds the statements alike).
 */
function writtenEnrollment(
  row: EnrollmentRow | null,
  ctx: Context,
  info: GraphQLResolveInfo,
): EnrollmentRow | null | Promise<EnrollmentRow | null> {
  if (readsNoPlan(info)) return row;
  const query = queryFromInfo({ context: ctx, info, awaitSelections: true });
  return isThenable(query) ? Promise.resolve(query).then(() => row) : row;
}

const EnrollmentPayload = builder.objectRef<Payload<EnrollmentAnswer>>('EnrollmentPayload').implement({
  description:
    'Result of an enrollment or a cancellation: the enrollment and the places left, or the rules broken.',
  authScopes: PUBLIC,
  fields: (t) => ({
    enrollment: t.field({
      type: Enrollment,
      nullable: true,
      description:
        'The enrollment as the change left it (ENROLLED, WAITING or CANCELLED), or null when refused.',
      resolve: (p, _args, ctx, info) => writtenEnrollment(p.value?.enrollment ?? null, ctx, info),
    }),
    remainingPlaces: t.int({
      nullable: true,
      description: 'Places still free after the change, or null when refused.',
      resolve: (p) => (p.value ? p.value.places.places - p.value.places.taken : null),
    }),
    errors: t.field(errorsField),
  }),
});

const CreateActivityInput = builder.inputType('CreateActivityInput', {
  description:
    'An activity with limited places. Instants are ISO-8601 with an offset, e.g. 2018-07-10T09:00:00+08:00.',
  fields: (t) => ({
    organizationId: t.globalID({
      for: Organization,
      description: 'The organizing union; its subtree is invited.',
    }),
    title: t.string({ description: 'Title, 1–100 characters.' }),
    description: t.string({ required: false, description: 'What it is about, at most 2,000 characters.' }),
    place: t.string({ description: 'Where, 1–200 characters.' }),
    startsAt: t.string({ description: 'When it starts.' }),
    endsAt: t.string({ description: 'When it ends (after the start).' }),
    enrollmentOpensAt: t.string({ description: 'When enrollment opens (inclusive).' }),
    enrollmentClosesAt: t.string({
      description: 'When enrollment closes (exclusive; after it opens, not after the end).',
    }),
    places: t.int({ description: 'Number of places, 1–100,000.' }),
    placesPerMember: t.int({ required: false, description: 'Places one member may take, default 1.' }),
    waitingList: t.boolean({ required: false, description: 'Keep a waiting list when full (default true).' }),
    eligibility: t.field({
      type: ActivityEligibilityEnum,
      required: false,
      description: 'Who may enrol (default SUBTREE_MEMBERS).',
    }),
  }),
});

const EnrollInput = builder.inputType('EnrollInput', {
  description: 'A member enrolling in an activity.',
  fields: (t) => ({
    activityId: t.globalID({ for: Activity, description: 'The activity.' }),
    memberId: t.globalID({
      for: Member,
      description: 'The member (the viewer themselves, for a MEMBER token).',
    }),
    places: t.int({
      required: false,
      description: 'Places wanted, default 1 (at most the activity’s places per member).',
    }),
  }),
});

const CancelEnrollmentInput = builder.inputType('CancelEnrollmentInput', {
  description: "A member's enrollment (or place on the waiting list) to cancel.",
  fields: (t) => ({
    activityId: t.globalID({ for: Activity, description: 'The activity.' }),
    memberId: t.globalID({ for: Member, description: 'The member.' }),
  }),
});

type ActivityRow = Prisma.ActivityGetPayload<object>;

const ActivityPayload = rowPayload('ActivityPayload', {
  model: 'Activity',
  description: 'Result of creating an activity: the activity, or the rules broken.',
  field: 'activity',
  fieldDescription: 'The activity, or null when refused.',
});

/** Who may enrol or cancel for a member: the member themselves, or ORG_ADMIN of their union or above. */
async function actsFor(memberId: string, ctx: Context): Promise<boolean> {
  // The member themselves (core's `memberAccess`: one's own record is REVEAL): no read needed.
  if (ctx.access.ownMemberIds.includes(memberId)) return true;
  const member = await ctx.prisma.member.findUnique({
    where: { id: memberId },
    select: { organizationId: true },
  });
  // An unknown member: only a system admin gets as far as the command's MEMBER_NOT_FOUND.
  if (!member) return ctx.access.systemAdmin;
  return (await ctx.access.memberAccess(memberId, member.organizationId)) === 'REVEAL';
}

/** The payload value of an enrollment command, from the rows its transaction wrote. */
function enrollmentAnswer(value: EnrollmentOutcome, rows: ReadonlyMap<string, object>): EnrollmentAnswer {
  return {
    enrollment: rowOf<EnrollmentRow>(rows, value.enrollment.id),
    places: rowOf<PlacesRow>(rows, placesKey(value.enrollment.activityId)),
  };
}

/** Tells the activity's subscribers its places after a committed change. */
function publishPlaces(answer: EnrollmentAnswer, pubsub: EventBus): void {
  const { id, places, taken, revision } = answer.places;
  pubsub.publish('activity.places', id, { id, places, taken, revision });
}

builder.mutationFields((t) => ({
  createActivity: t.field({
    type: ActivityPayload,
    description: 'Creates an activity with limited places: ORG_ADMIN of the organizing union or above.',
    authScopes: (_root, { input }) => ({ orgAdmin: input.organizationId.id }),
    args: { input: t.arg({ type: CreateActivityInput, description: 'The activity.' }) },
    resolve: (_root, { input }, ctx, info) =>
      runCommand(
        ctx,
        info,
        createActivity,
        {
          ...input,
          organizationId: input.organizationId.id,
          description: input.description ?? null,
          placesPerMember: input.placesPerMember ?? null,
          waitingList: input.waitingList ?? null,
          eligibility: input.eligibility ?? null,
        },
        {
          locks: { mode: 'share', organizations: [input.organizationId.id] },
          answer: writtenRow<ActivityRow>,
        },
      ),
  }),
  enroll: t.field({
    type: EnrollmentPayload,
    description:
      'Enrols a member, first come, first served: inside the enrollment window, eligible, once. When the places ' +
      'are gone the member joins the waiting list (WAITING), or gets ACTIVITY_FULL without one. The database ' +
      'decides the last places (one conditional write), so an activity never has more enrolled than places. ' +
      'The member themselves (a MEMBER token) or ORG_ADMIN of their union or above.',
    authScopes: (_root, { input }, ctx) => actsFor(input.memberId.id, ctx),
    args: { input: t.arg({ type: EnrollInput, description: 'The activity and the member.' }) },
    resolve: (_root, { input }, ctx, info) =>
      runCommand(
        ctx,
        info,
        enroll,
        { activityId: input.activityId.id, memberId: input.memberId.id, places: input.places ?? null },
        // Decided from reads, then claimed, recorded, audited and answered in one statement.
        { answer: enrollmentAnswer, publish: publishPlaces, run: enrollAtOnce },
      ),
  }),
  cancelEnrollment: t.field({
    type: EnrollmentPayload,
    description:
      'Cancels an enrollment (or a place on the waiting list) before the activity starts; the freed places go ' +
      'to the first waiting members in the same transaction. The member themselves or ORG_ADMIN of their union.',
    authScopes: (_root, { input }, ctx) => actsFor(input.memberId.id, ctx),
    args: { input: t.arg({ type: CancelEnrollmentInput, description: 'The activity and the member.' }) },
    resolve: (_root, { input }, ctx, info) =>
      runCommand(
        ctx,
        info,
        cancelEnrollment,
        { activityId: input.activityId.id, memberId: input.memberId.id },
        { locks: { mode: 'share', organizations: [] }, answer: enrollmentAnswer, publish: publishPlaces },
      ),
  }),
}));
