import { err, ok, type Result } from '../kernel/result.js';
import { nameTextProblem } from '../kernel/text.js';
import { addMonths } from '../member/calendar-date.js';
import { chinaToday } from '../member/commands.js';
import type { Member } from '../member/member.js';
import type { Command, CommandEnv } from '../organization/commands.js';
import { FEDERATION_KINDS } from '../organization/kind.js';
import type { Organization } from '../organization/organization.js';
import type { UnitOfWork } from '../ports/store.js';
import { acftu2016 } from '../ruleset/rule-set.js';
import { type ApportionMethod, apportion } from './apportion.js';
import { checkCommitteeSize, decideRemoval, womenWorkersBody } from './committee.js';
import type {
  ApportionedUnit,
  Committee,
  CommitteeKind,
  Congress,
  CongressForm,
  CongressSession,
  Delegate,
  DelegateAttributes,
  DelegateEvent,
  DelegateStatus,
  ElectoralUnit,
  MemberCount,
  Position,
  PositionRole,
  SeatApportionment,
  Term,
} from './congress.js';
import {
  type CongressResult,
  checkCongressForm,
  checkConvening,
  checkDate,
  checkDelegateSeats,
  checkPositionFits,
  countsReportedMembers,
  memberSubtreesOf,
  termEnd,
  termKindOf,
  violation,
} from './process.js';
import { checkElectionDelay, checkTermYears } from './term.js';

/** Longest name of a congress or electoral unit, in characters. */
export const MAX_CONGRESS_NAME_LENGTH = 100;

function checkName(name: string): CongressResult<string> {
  const value = name.trim();
  const problem = nameTextProblem(value, MAX_CONGRESS_NAME_LENGTH);
  if (problem === null) return ok(value);
  return err(
    'CONGRESS_NAME_INVALID',
    `a name has 1 to ${MAX_CONGRESS_NAME_LENGTH} printable characters; this one ${problem}`,
    { path: ['name'] },
  );
}

async function activeOrganization(uow: UnitOfWork, id: string, field: string): Promise<Result<Organization>> {
  const found = await uow.organizations.findById(id);
  if (!found) return err('ORG_NOT_FOUND', `no organization with id '${id}'`, { path: [field] });
  if (found.status !== 'ACTIVE')
    return err('ORG_DISSOLVED', `'${found.name}' is dissolved`, { path: [field] });
  return ok(found);
}

async function loadCongress(uow: UnitOfWork, id: string, field: string): Promise<Result<Congress>> {
  const found = await uow.congresses.findCongress(id);
  return found ? ok(found) : err('CONGRESS_NOT_FOUND', `no congress with id '${id}'`, { path: [field] });
}

/** A current term and its congress (locked); refused when the term is unknown or followed by another. */
export async function loadCurrentTerm(
  uow: UnitOfWork,
  termId: string,
): Promise<Result<{ term: Term; congress: Congress }>> {
  const term = await uow.congresses.findTerm(termId);
  if (!term) return err('CONGRESS_TERM_NOT_FOUND', `no term with id '${termId}'`, { path: ['termId'] });
  const congress = await loadCongress(uow, term.congressId, 'termId');
  if (!congress.ok) return congress;
  if (!term.current) {
    return err('CONGRESS_TERM_NOT_CURRENT', `term ${term.number} has been followed by another term`, {
      path: ['termId'],
    });
  }
  return ok({ term, congress: congress.value });
}

/** The subtrees whose members are an organization's members: itself, and a federation's member unions. */
async function memberSubtrees(uow: UnitOfWork, organization: Organization): Promise<string[]> {
  const unions = FEDERATION_KINDS.includes(organization.kind)
    ? await uow.congresses.memberUnionIds(organization.id)
    : [];
  return memberSubtreesOf(organization, unions);
}

/** True when the member's union is one of `subtrees` or below one of them. */
async function memberIsIn(uow: UnitOfWork, member: Member, subtrees: readonly string[]) {
  const holder = member.membership.organizationId;
  const path = [holder, ...(await uow.organizations.ancestorIds(holder))];
  return path.some((id) => subtrees.includes(id));
}

/** Input of `createCongress`. */
export interface CreateCongressInput {
  readonly organizationId: string;
  readonly name: string;
  readonly form: CongressForm;
  /** Delegate seats (delegates' congress or conference); null for a members' assembly. */
  readonly seats?: number | null;
  /** A federation's reported member count; null: counted in the registry. */
  readonly reportedMembers?: number | null;
}

/**
 * Sets up the congress of an organization: its form checked against the live member count (fewer
 * than 100 members: a members' assembly only) and its seats against `delegateRange`.
 */
export const createCongress: Command<CreateCongressInput, Congress> = async (uow, env, input) => {
  const rules = env.rules ?? acftu2016;
  const name = checkName(input.name);
  if (!name.ok) return name;
  const organization = await activeOrganization(uow, input.organizationId, 'organizationId');
  if (!organization.ok) return organization;
  const reported = input.reportedMembers ?? null;
  if (reported !== null) {
    if (!countsReportedMembers(organization.value.kind)) {
      return err(
        'CONGRESS_REPORTED_MEMBERS_NOT_ALLOWED',
        `a ${organization.value.kind} counts its members in the registry; only a federation reports a count`,
        { path: ['reportedMembers'] },
      );
    }
    if (!Number.isSafeInteger(reported) || reported < 0) {
      return err(
        'CONGRESS_REPORTED_MEMBERS_NOT_ALLOWED',
        `reportedMembers must be a whole number, not ${reported}`,
        {
          path: ['reportedMembers'],
        },
      );
    }
  }
  if (await uow.congresses.findCongressOf(organization.value.id)) {
    return err('CONGRESS_EXISTS', `'${organization.value.name}' already has a congress`, {
      path: ['organizationId'],
    });
  }
  const members =
    reported ??
    (await uow.congresses.countMembers(await memberSubtrees(uow, organization.value), chinaToday(env.clock)))
      .total;
  const form = checkCongressForm(organization.value.kind, input.form, members, rules);
  if (!form.ok) return form;
  const seats = checkDelegateSeats(input.form, input.seats ?? null, members, rules);
  if (!seats.ok) return seats;
  const congress: Congress = {
    id: env.ids.next(),
    organizationId: organization.value.id,
    name: name.value,
    form: input.form,
    seats: seats.value,
    reportedMembers: reported,
  };
  return ok({ value: congress, changes: [{ type: 'congress.created', congress }] });
};

/** Input of `openTerm`. */
export interface OpenTermInput {
  readonly congressId: string;
  readonly startsOn: string;
  /** Years of office: grassroots 3 or 5, federations 5. */
  readonly years: number;
}

/** Opens the next term (届) of a congress, closing the current one; its end is `startsOn` plus its years. */
export const openTerm: Command<OpenTermInput, Term> = async (uow, env, input) => {
  const rules = env.rules ?? acftu2016;
  const congress = await loadCongress(uow, input.congressId, 'congressId');
  if (!congress.ok) return congress;
  const startsOn = checkDate(input.startsOn, 'startsOn');
  if (!startsOn.ok) return startsOn;
  const organization = await activeOrganization(uow, congress.value.organizationId, 'congressId');
  if (!organization.ok) return organization;
  const [yearsWrong] = checkTermYears(termKindOf(organization.value.kind), input.years, rules);
  if (yearsWrong) return violation(yearsWrong, ['years']);
  const previous = await uow.congresses.currentTerm(congress.value.id);
  if (previous && startsOn.value <= previous.startsOn) {
    return err(
      'CONGRESS_DATES_REVERSED',
      `term ${previous.number + 1} must start after term ${previous.number}, which started on ${previous.startsOn}`,
      { path: ['startsOn'] },
    );
  }
  const term: Term = {
    id: env.ids.next(),
    congressId: congress.value.id,
    organizationId: congress.value.organizationId,
    number: (previous?.number ?? 0) + 1,
    startsOn: startsOn.value,
    endsOn: termEnd(startsOn.value, input.years),
    years: input.years,
    current: true,
    delayedUntil: null,
    delayApproval: null,
  };
  const closed = previous ? { ...previous, current: false } : null;
  return ok({ value: term, changes: [{ type: 'congress.termOpened', term, closed }] });
};

/** Input of `delayTermElection`. */
export interface DelayTermElectionInput {
  readonly termId: string;
  /** Months past the term's end, at most 6; 0 withdraws a delay. */
  readonly months: number;
  /** The higher union's approval (document number or remark); needed for any delay. */
  readonly approval: string | null;
}

/** Records an approved delay of the next election (at most 6 months, with the higher union's approval). */
export const delayTermElection: Command<DelayTermElectionInput, Term> = async (uow, env, input) => {
  const loaded = await loadCurrentTerm(uow, input.termId);
  if (!loaded.ok) return loaded;
  const approval = input.approval?.trim() || null;
  if (!Number.isSafeInteger(input.months) || input.months < 0) {
    return err('ELECTION_DELAY_TOO_LONG', `months must be a whole number from 0, not ${input.months}`, {
      path: ['months'],
    });
  }
  const [wrong] = checkElectionDelay(input.months, approval !== null, env.rules ?? acftu2016);
  if (wrong) return violation(wrong, [wrong.code === 'ELECTION_DELAY_TOO_LONG' ? 'months' : 'approval']);
  const before = loaded.value.term;
  const after: Term = {
    ...before,
    delayedUntil: input.months === 0 ? null : addMonths(before.endsOn, input.months),
    delayApproval: input.months === 0 ? null : approval,
  };
  return ok({ value: after, changes: [{ type: 'congress.termDelayed', before, after }] });
};

/** Input of `recordSession`. */
export interface RecordSessionInput {
  readonly termId: string;
  readonly heldOn: string;
  /** Delegates (or members) registered present. */
  readonly present: number;
}

/**
 * Those entitled (应到会) in a term of a congress on `on`: a members' assembly's members with a live
 * membership in its subtrees that day; a delegates' congress's delegates serving now (a delegate keeps
 * only the start of the current status, so the count cannot be dated).
 */
async function entitledOf(
  uow: UnitOfWork,
  congress: Congress,
  term: Term,
  on: string,
  field: string,
): Promise<Result<number>> {
  if (congress.form !== 'MEMBERS_ASSEMBLY') {
    return ok((await uow.congresses.delegatesOf(term.id)).filter((d) => d.status === 'SERVING').length);
  }
  const organization = await activeOrganization(uow, congress.organizationId, field);
  if (!organization.ok) return organization;
  return ok((await uow.congresses.countMembers(await memberSubtrees(uow, organization.value), on)).total);
}

/**
 * Records a session (次) of the current term: it convenes only with at least two thirds of those
 * entitled present — the serving delegates, or for a members' assembly the members on that day.
 */
export const recordSession: Command<RecordSessionInput, CongressSession> = async (uow, env, input) => {
  const loaded = await loadCurrentTerm(uow, input.termId);
  if (!loaded.ok) return loaded;
  const { term, congress } = loaded.value;
  const heldOn = checkDate(input.heldOn, 'heldOn');
  if (!heldOn.ok) return heldOn;
  if (heldOn.value < term.startsOn) {
    return err(
      'CONGRESS_DATES_REVERSED',
      `heldOn ${heldOn.value} is before the term starts (${term.startsOn})`,
      {
        path: ['heldOn'],
      },
    );
  }
  const entitled = await entitledOf(uow, congress, term, heldOn.value, 'termId');
  if (!entitled.ok) return entitled;
  const convened = checkConvening(input.present, entitled.value, env.rules ?? acftu2016);
  if (!convened.ok) return convened;
  const session: CongressSession = {
    id: env.ids.next(),
    termId: term.id,
    number: (await uow.congresses.countSessions(term.id)) + 1,
    heldOn: heldOn.value,
    entitled: entitled.value,
    present: input.present,
  };
  return ok({
    value: session,
    changes: [{ type: 'congress.sessionRecorded', session, organizationId: congress.organizationId }],
  });
};

/** Most organizations one electoral unit is made of (the API's longest list argument, too). */
export const MAX_UNIT_ORGANIZATIONS = 100;

/** Most electoral units of one congress, so an apportionment has at most this many lines. */
export const MAX_ELECTORAL_UNITS = 100;

/** Input of `createElectoralUnit`. */
export interface CreateElectoralUnitInput {
  readonly congressId: string;
  readonly name: string;
  /** Sub-organizations of the congress's organization, or member unions of a federation. */
  readonly organizationIds: readonly string[];
  /** For a congress of a federation: the unit's reported member count; null: counted in the registry. */
  readonly reportedMembers?: number | null;
}

/**
 * Forms an electoral unit of a delegates' congress from sub-organizations or member unions; an
 * organization is in one unit only, and never above or below another unit's organization.
 */
export const createElectoralUnit: Command<CreateElectoralUnitInput, ElectoralUnit> = async (
  uow,
  env,
  input,
) => {
  const congress = await loadCongress(uow, input.congressId, 'congressId');
  if (!congress.ok) return congress;
  if (congress.value.form === 'MEMBERS_ASSEMBLY') {
    return err('CONGRESS_NOT_DELEGATES', "a members' assembly has no electoral units", {
      path: ['congressId'],
    });
  }
  const name = checkName(input.name);
  if (!name.ok) return name;
  const ids = [...new Set(input.organizationIds)];
  if (ids.length === 0) {
    return err('CONGRESS_UNIT_EMPTY', 'an electoral unit is made of at least one organization', {
      path: ['organizationIds'],
    });
  }
  if (ids.length > MAX_UNIT_ORGANIZATIONS) {
    return err(
      'CONGRESS_UNIT_TOO_LARGE',
      `an electoral unit is made of at most ${MAX_UNIT_ORGANIZATIONS} organizations, not ${ids.length}`,
      { path: ['organizationIds'] },
    );
  }
  const owner = await activeOrganization(uow, congress.value.organizationId, 'congressId');
  if (!owner.ok) return owner;
  const reported = input.reportedMembers ?? null;
  if (
    reported !== null &&
    (!countsReportedMembers(owner.value.kind) || !Number.isSafeInteger(reported) || reported < 0)
  ) {
    return err(
      'CONGRESS_REPORTED_MEMBERS_NOT_ALLOWED',
      `only the units of a federation's congress report a member count (a whole number), not those of a ${owner.value.kind}`,
      { path: ['reportedMembers'] },
    );
  }
  // Every organization of another unit, and every organization above one: a new unit's organization
  // may be none of them, nor below one (a member would count in two units).
  const taken = new Map<string, string>();
  const above = new Map<string, string>();
  // The congress's row is locked (loadCongress): units of one congress are created one after another.
  const units = await uow.congresses.unitsOf(congress.value.id);
  if (units.length >= MAX_ELECTORAL_UNITS) {
    return err(
      'CONGRESS_UNITS_TOO_MANY',
      `a congress has at most ${MAX_ELECTORAL_UNITS} electoral units; this one has them all`,
      { path: ['congressId'] },
    );
  }
  for (const unit of units) {
    for (const id of unit.organizationIds) {
      taken.set(id, unit.name);
      for (const ancestor of await uow.organizations.ancestorIds(id)) above.set(ancestor, unit.name);
    }
  }
  for (const [i, id] of ids.entries()) {
    const organization = await activeOrganization(uow, id, 'organizationIds');
    if (!organization.ok)
      return { ok: false, error: { ...organization.error, path: ['organizationIds', i] } };
    const below = (await uow.organizations.ancestorIds(id)).includes(owner.value.id);
    const memberUnion =
      !below &&
      FEDERATION_KINDS.includes(owner.value.kind) &&
      (await uow.organizations.findFederationMembership(owner.value.id, id)) !== null;
    if (!below && !memberUnion) {
      return err(
        'CONGRESS_UNIT_ORGANIZATION',
        `'${organization.value.name}' is neither below '${owner.value.name}' nor one of its member unions`,
        { path: ['organizationIds', i] },
      );
    }
    const path = [id, ...(await uow.organizations.ancestorIds(id))];
    const other = path.map((p) => taken.get(p)).find((name) => name !== undefined) ?? above.get(id);
    if (other !== undefined) {
      return err(
        'CONGRESS_UNIT_OVERLAP',
        `'${organization.value.name}' already belongs to the unit '${other}', or is above or below one of its organizations`,
        {
          path: ['organizationIds', i],
        },
      );
    }
  }
  const unit: ElectoralUnit = {
    id: env.ids.next(),
    congressId: congress.value.id,
    name: name.value,
    organizationIds: ids,
    reportedMembers: reported,
  };
  return ok({
    value: unit,
    changes: [{ type: 'congress.unitCreated', unit, organizationId: owner.value.id }],
  });
};

/** Options of one unit in an apportionment. */
export interface ApportionUnitOptions {
  readonly unitId: string;
  /** Fewest proportional seats (default 0). */
  readonly min?: number;
  /** Most proportional seats (default: no limit). */
  readonly max?: number | null;
  /** Seats reserved for the unit on top of its share (default 0). */
  readonly reserved?: number;
  /** What the reserved seats are for. */
  readonly reservedFor?: string | null;
}

/** Input of `previewApportionment` and `apportionDelegateSeats`. */
export interface ApportionSeatsInput {
  readonly congressId: string;
  /** The higher congress the seats are sent to; null: the congress's own seats. */
  readonly delegationTo?: string | null;
  /** All seats, reserved ones included: for a delegation, as the higher congress allots; else the congress's seats (default). */
  readonly seats?: number | null;
  readonly method?: ApportionMethod;
  /** The day the member counts are taken. */
  readonly cutoffDate: string;
  /** Minimums, maximums and reserved seats per unit; units not named get none. */
  readonly units?: readonly ApportionUnitOptions[];
}

/**
 * Apportions the seats of the congress's current term among all its electoral units by members at the
 * cutoff date (registry counts, or a federation unit's reported count): reserved seats are set aside,
 * the rest shared by core's `apportion` with the units' minimums and maximums. Decides nothing.
 */
export async function planApportionment(
  uow: UnitOfWork,
  env: CommandEnv,
  input: ApportionSeatsInput,
): Promise<Result<SeatApportionment>> {
  const congress = await loadCongress(uow, input.congressId, 'congressId');
  if (!congress.ok) return congress;
  if (congress.value.form === 'MEMBERS_ASSEMBLY') {
    return err('CONGRESS_NOT_DELEGATES', "a members' assembly has no delegate seats", {
      path: ['congressId'],
    });
  }
  const term = await uow.congresses.currentTerm(congress.value.id);
  if (!term)
    return err('CONGRESS_NO_TERM', 'open a term before apportioning its seats', { path: ['congressId'] });
  const cutoff = checkDate(input.cutoffDate, 'cutoffDate');
  if (!cutoff.ok) return cutoff;
  const delegationTo = input.delegationTo?.trim() || null;
  const seats = delegationTo === null ? (input.seats ?? congress.value.seats) : (input.seats ?? null);
  if (seats === null || !Number.isSafeInteger(seats) || seats < 1) {
    return err('CONGRESS_APPORTIONMENT_SEATS', 'a delegation names the seats the higher congress allots', {
      path: ['seats'],
    });
  }
  if (delegationTo === null && seats !== congress.value.seats) {
    return err(
      'CONGRESS_APPORTIONMENT_SEATS',
      `the congress has ${congress.value.seats} seats, not ${seats}; change them or apportion a delegation`,
      { path: ['seats'], details: { seats, congressSeats: congress.value.seats } },
    );
  }
  const units = await uow.congresses.unitsOf(congress.value.id);
  if (units.length === 0) {
    return err('CONGRESS_NO_UNITS', 'form the electoral units before apportioning seats', {
      path: ['congressId'],
    });
  }
  const options = new Map<string, ApportionUnitOptions>();
  for (const [i, o] of (input.units ?? []).entries()) {
    if (!units.some((u) => u.id === o.unitId) || options.has(o.unitId)) {
      return err(
        'CONGRESS_APPORTIONMENT_UNIT',
        `unit '${o.unitId}' is not an electoral unit of this congress, or is named twice`,
        {
          path: ['units', i, 'unitId'],
        },
      );
    }
    const reserved = o.reserved ?? 0;
    if (!Number.isSafeInteger(reserved) || reserved < 0) {
      return err('CONGRESS_APPORTIONMENT_SEATS', `reserved seats must be a whole number, not ${reserved}`, {
        path: ['units', i, 'reserved'],
      });
    }
    options.set(o.unitId, o);
  }
  const reservedTotal = units.reduce((sum, u) => sum + (options.get(u.id)?.reserved ?? 0), 0);
  if (reservedTotal > seats) {
    return err(
      'CONGRESS_APPORTIONMENT_SEATS',
      `${reservedTotal} reserved seats are more than the ${seats} seats`,
      {
        path: ['units'],
        details: { seats, reserved: reservedTotal },
      },
    );
  }
  const counted: { unit: ElectoralUnit; members: number; source: 'REGISTRY' | 'REPORTED' }[] = [];
  for (const unit of units) {
    counted.push(
      unit.reportedMembers === null
        ? {
            unit,
            members: (await uow.congresses.countMembers(unit.organizationIds, cutoff.value)).total,
            source: 'REGISTRY',
          }
        : { unit, members: unit.reportedMembers, source: 'REPORTED' },
    );
  }
  const method = input.method ?? 'largest-remainder';
  const shared = apportion({
    seats: seats - reservedTotal,
    method,
    units: counted.map(({ unit, members }) => {
      const o = options.get(unit.id);
      return { id: unit.id, weight: members, min: o?.min ?? 0, ...(o?.max == null ? {} : { max: o.max }) };
    }),
  });
  if (!shared.ok) return shared;
  const result: ApportionedUnit[] = counted.map(({ unit, members, source }) => {
    const o = options.get(unit.id);
    return {
      unitId: unit.id,
      members,
      source,
      min: o?.min ?? 0,
      max: o?.max ?? null,
      reserved: o?.reserved ?? 0,
      reservedFor: o?.reservedFor?.trim() || null,
      apportioned: shared.value.seats[unit.id] ?? 0,
      tie: shared.value.ties.includes(unit.id),
    };
  });
  return ok({
    id: env.ids.next(),
    congressId: congress.value.id,
    termId: term.id,
    delegationTo,
    seats,
    method,
    cutoffDate: cutoff.value,
    units: result,
    decidedAt: env.clock.now().toISOString(),
  });
}

/** Re-runs core's `apportion` on an apportionment's stored inputs: the seats per unit it gives now. */
export function reapportion(stored: SeatApportionment): Result<Record<string, number>> {
  const reserved = stored.units.reduce((sum, u) => sum + u.reserved, 0);
  const again = apportion({
    seats: stored.seats - reserved,
    method: stored.method,
    units: stored.units.map((u) => ({
      id: u.unitId,
      weight: u.members,
      min: u.min,
      ...(u.max === null ? {} : { max: u.max }),
    })),
  });
  return again.ok ? ok(again.value.seats) : again;
}

/**
 * Stores the apportionment of the current term's seats (or of a delegation to a higher congress):
 * method, the counts used and the result. Once stored it never changes: a second one for the same
 * term and delegation is CONGRESS_APPORTIONMENT_EXISTS.
 */
export const apportionDelegateSeats: Command<ApportionSeatsInput, SeatApportionment> = async (
  uow,
  env,
  input,
) => {
  const congress = await loadCongress(uow, input.congressId, 'congressId');
  if (!congress.ok) return congress;
  const term = await uow.congresses.currentTerm(congress.value.id);
  const delegationTo = input.delegationTo?.trim() || null;
  const stored = term ? await uow.congresses.findApportionment(term.id, delegationTo) : null;
  if (stored) {
    return err(
      'CONGRESS_APPORTIONMENT_EXISTS',
      `the seats of term ${term?.number}${delegationTo ? ` for ${delegationTo}` : ''} were apportioned on ${stored.decidedAt}`,
      { path: ['congressId'], details: { apportionmentId: stored.id } },
    );
  }
  const planned = await planApportionment(uow, env, input);
  if (!planned.ok) return planned;
  return ok({
    value: planned.value,
    changes: [
      {
        type: 'congress.seatsApportioned',
        apportionment: planned.value,
        organizationId: congress.value.organizationId,
      },
    ],
  });
};

/** Input of `addDelegate`. */
export interface AddDelegateInput extends DelegateAttributes {
  readonly termId: string;
  /** The electoral unit that sent the delegate; required when the congress has units. */
  readonly unitId?: string | null;
  readonly memberId: string;
  /** The day the delegate begins serving; default today. */
  readonly since?: string | null;
}

/**
 * Adds a delegate to the current term: a real-name member with an active membership (not retained)
 * in the unit's subtrees (or the organization's, or a federation's member unions'), once per term,
 * within the congress's seats and the unit's apportioned seats. A member is on a term's roll at most once
 * (a replaced or removed delegate stays on it).
 */
export const addDelegate: Command<AddDelegateInput, Delegate> = async (uow, env, input) => {
  const loaded = await loadCurrentTerm(uow, input.termId);
  if (!loaded.ok) return loaded;
  const { term, congress } = loaded.value;
  if (congress.form === 'MEMBERS_ASSEMBLY' || congress.seats === null) {
    return err('CONGRESS_NOT_DELEGATES', "a members' assembly has no delegates: every member attends", {
      path: ['termId'],
    });
  }
  if (input.frontLine && input.manager) {
    return err('CONGRESS_DELEGATE_ATTRIBUTES', 'a delegate is a front-line worker or a manager, not both', {
      path: ['manager'],
    });
  }
  const since = checkDate(input.since ?? chinaToday(env.clock), 'since');
  if (!since.ok) return since;
  const member = await uow.members.findById(input.memberId);
  if (!member)
    return err('MEMBER_NOT_FOUND', `no member with id '${input.memberId}'`, { path: ['memberId'] });
  if (member.membership.status !== 'ACTIVE') {
    return err(
      'CONGRESS_DELEGATE_NOT_ACTIVE',
      `${member.name}'s membership is ${member.membership.status.toLowerCase()}: only active members may be delegates`,
      { path: ['memberId'] },
    );
  }
  const units = await uow.congresses.unitsOf(congress.id);
  let unit: ElectoralUnit | null = null;
  let subtrees: readonly string[];
  if (input.unitId != null || units.length > 0) {
    unit = units.find((u) => u.id === input.unitId) ?? null;
    if (!unit) {
      return err(
        'CONGRESS_UNIT_NOT_FOUND',
        "name one of the congress's electoral units as the delegate's unit",
        {
          path: ['unitId'],
        },
      );
    }
    subtrees = unit.organizationIds;
  } else {
    const organization = await activeOrganization(uow, congress.organizationId, 'termId');
    if (!organization.ok) return organization;
    subtrees = await memberSubtrees(uow, organization.value);
  }
  if (!(await memberIsIn(uow, member, subtrees))) {
    return err(
      'CONGRESS_DELEGATE_NOT_IN_UNIT',
      `${member.name} is not a member of ${unit ? `the unit '${unit.name}'` : 'this organization'}`,
      { path: ['memberId'] },
    );
  }
  const delegates = await uow.congresses.delegatesOf(term.id);
  const serving = delegates.filter((d) => d.status === 'SERVING');
  const already = delegates.find((d) => d.memberId === member.id);
  if (already) {
    return err(
      'CONGRESS_DELEGATE_ALREADY',
      `${member.name} is already on the roll of term ${term.number} (${already.status.toLowerCase()} since ${already.since})`,
      { path: ['memberId'] },
    );
  }
  if (serving.length >= congress.seats) {
    return err('CONGRESS_SEATS_FULL', `all ${congress.seats} seats of term ${term.number} are filled`, {
      path: ['termId'],
      details: { seats: congress.seats, serving: serving.length },
    });
  }
  if (unit) {
    const apportioned = await uow.congresses.findApportionment(term.id, null);
    const share = apportioned?.units.find((u) => u.unitId === unit.id);
    const inUnit = serving.filter((d) => d.unitId === unit.id).length;
    if (share && inUnit >= share.apportioned + share.reserved) {
      const unitSeats = share.apportioned + share.reserved;
      return err('CONGRESS_UNIT_SEATS_FULL', `the ${unitSeats} seats of '${unit.name}' are filled`, {
        path: ['unitId'],
        details: { seats: unitSeats, serving: inUnit },
      });
    }
  }
  const delegate: Delegate = {
    id: env.ids.next(),
    congressId: congress.id,
    termId: term.id,
    unitId: unit?.id ?? null,
    memberId: member.id,
    organizationId: member.membership.organizationId,
    gender: member.gender,
    frontLine: input.frontLine,
    manager: input.manager,
    unionWorker: input.unionWorker,
    modelWorker: input.modelWorker,
    status: 'SERVING',
    since: since.value,
  };
  const event: DelegateEvent = {
    id: env.ids.next(),
    delegateId: delegate.id,
    status: 'SERVING',
    date: since.value,
    note: null,
  };
  return ok({
    value: delegate,
    changes: [{ type: 'congress.delegateAdded', delegate, event, organizationId: congress.organizationId }],
  });
};

/** Input of `changeDelegateStatus`. */
export interface ChangeDelegateStatusInput {
  readonly delegateId: string;
  readonly status: Exclude<DelegateStatus, 'SERVING'>;
  readonly date: string;
  readonly note?: string | null;
}

/** Ends a serving delegate's service: replaced, or removed; kept in the delegate's history. */
export const changeDelegateStatus: Command<ChangeDelegateStatusInput, Delegate> = async (uow, env, input) => {
  const found = await uow.congresses.findDelegate(input.delegateId);
  if (!found) {
    return err('CONGRESS_DELEGATE_NOT_FOUND', `no delegate with id '${input.delegateId}'`, {
      path: ['delegateId'],
    });
  }
  const congress = await loadCongress(uow, found.congressId, 'delegateId');
  if (!congress.ok) return congress;
  // Read again under the congress's lock: a concurrent change of the same delegate queued behind it.
  const before = (await uow.congresses.findDelegate(found.id)) ?? found;
  if (before.status !== 'SERVING') {
    return err(
      'CONGRESS_DELEGATE_NOT_SERVING',
      `the delegate is ${before.status.toLowerCase()} since ${before.since}`,
      {
        path: ['delegateId'],
      },
    );
  }
  const date = checkDate(input.date, 'date');
  if (!date.ok) return date;
  if (date.value < before.since) {
    return err(
      'CONGRESS_DATES_REVERSED',
      `date ${date.value} is before the delegate began serving (${before.since})`,
      {
        path: ['date'],
      },
    );
  }
  const after: Delegate = { ...before, status: input.status, since: date.value };
  const event: DelegateEvent = {
    id: env.ids.next(),
    delegateId: before.id,
    status: input.status,
    date: date.value,
    note: input.note?.trim() || null,
  };
  return ok({
    value: after,
    changes: [
      {
        type: 'congress.delegateStatusChanged',
        before,
        after,
        event,
        organizationId: congress.value.organizationId,
      },
    ],
  });
};

/**
 * An organization's members as its committee is sized: the congress's reported count where it has
 * one (统计报表), else the registry's live count today in its subtrees (a federation's: its member
 * unions'); `live` also says how many are women.
 */
export async function committeeMembers(
  uow: UnitOfWork,
  env: CommandEnv,
  organization: Organization,
): Promise<{ readonly members: number; readonly live: MemberCount }> {
  const congress = await uow.congresses.findCongressOf(organization.id);
  const live = await uow.congresses.countMembers(
    await memberSubtrees(uow, organization),
    chinaToday(env.clock),
  );
  return { members: congress?.reportedMembers ?? live.total, live };
}

/** Input of `createCommittee`. */
export interface CreateCommitteeInput {
  readonly organizationId: string;
  readonly kind: CommitteeKind;
  readonly seats: number;
}

/**
 * Sets up a committee: a union committee sized by `committeeSizeRange` of the live member count (an
 * odd number); a standing committee smaller than the union committee; a women workers' committee
 * only from 10 women members (fewer: one officer); every committee an odd number of seats.
 */
export const createCommittee: Command<CreateCommitteeInput, Committee> = async (uow, env, input) => {
  const rules = env.rules ?? acftu2016;
  const organization = await activeOrganization(uow, input.organizationId, 'organizationId');
  if (!organization.ok) return organization;
  if (!Number.isSafeInteger(input.seats) || input.seats < 1 || input.seats % 2 === 0) {
    return err('COMMITTEE_SEATS_INVALID', `a committee has an odd number of seats, not ${input.seats}`, {
      path: ['seats'],
    });
  }
  if (await uow.congresses.committeeOf(organization.value.id, input.kind)) {
    return err('COMMITTEE_EXISTS', `'${organization.value.name}' already has a ${input.kind} committee`, {
      path: ['kind'],
    });
  }
  const { members, live } = await committeeMembers(uow, env, organization.value);
  if (input.kind === 'UNION_COMMITTEE') {
    const [wrong] = checkCommitteeSize(members, input.seats, rules);
    if (wrong) return violation(wrong, ['seats']);
  }
  if (input.kind === 'STANDING') {
    const union = await uow.congresses.committeeOf(organization.value.id, 'UNION_COMMITTEE');
    if (!union || input.seats >= union.seats) {
      return err(
        'COMMITTEE_UNION_COMMITTEE_FIRST',
        union
          ? `a standing committee is smaller than the union committee's ${union.seats} seats`
          : 'set up the union committee before its standing committee',
        { path: ['seats'] },
      );
    }
  }
  if (input.kind === 'WOMEN_WORKERS' && womenWorkersBody(live.women, rules) === 'OFFICER') {
    return err(
      'COMMITTEE_WOMEN_OFFICER_ONLY',
      `${live.women} women members: a women workers' committee needs ${rules.organization.womenCommitteeFrom}; appoint one officer instead`,
      { path: ['kind'], details: { women: live.women, from: rules.organization.womenCommitteeFrom } },
    );
  }
  const committee: Committee = {
    id: env.ids.next(),
    organizationId: organization.value.id,
    kind: input.kind,
    seats: input.seats,
  };
  return ok({ value: committee, changes: [{ type: 'committee.created', committee }] });
};

/** Input of `appointPosition`. */
export interface AppointPositionInput {
  readonly committeeId: string;
  readonly memberId: string;
  readonly role: PositionRole;
  readonly startsOn: string;
  /** Last day held (inclusive); null: open. */
  readonly endsOn?: string | null;
}

/**
 * Appoints a member (active, in the organization's or its member unions' subtrees) to a committee
 * position from `startsOn` to `endsOn`: no overlap with the member's other positions in the committee,
 * one chair at a time, never more positions on a day than seats.
 */
export const appointPosition: Command<AppointPositionInput, Position> = async (uow, env, input) => {
  const committee = await uow.congresses.findCommittee(input.committeeId);
  if (!committee) {
    return err('COMMITTEE_NOT_FOUND', `no committee with id '${input.committeeId}'`, {
      path: ['committeeId'],
    });
  }
  const startsOn = checkDate(input.startsOn, 'startsOn');
  if (!startsOn.ok) return startsOn;
  const endsOn = input.endsOn == null ? ok(null) : checkDate(input.endsOn, 'endsOn');
  if (!endsOn.ok) return endsOn;
  const member = await uow.members.findById(input.memberId);
  if (!member)
    return err('MEMBER_NOT_FOUND', `no member with id '${input.memberId}'`, { path: ['memberId'] });
  const organization = await activeOrganization(uow, committee.organizationId, 'committeeId');
  if (!organization.ok) return organization;
  if (
    member.membership.status !== 'ACTIVE' ||
    !(await memberIsIn(uow, member, await memberSubtrees(uow, organization.value)))
  ) {
    return err(
      'POSITION_HOLDER_NOT_MEMBER',
      `${member.name} has no active membership in '${organization.value.name}' or its member unions`,
      { path: ['memberId'] },
    );
  }
  const candidate = { memberId: member.id, role: input.role, startsOn: startsOn.value, endsOn: endsOn.value };
  const fits = checkPositionFits(await uow.congresses.positionsOf(committee.id), candidate, committee.seats);
  if (!fits.ok) return fits;
  const position: Position = {
    id: env.ids.next(),
    committeeId: committee.id,
    organizationId: committee.organizationId,
    ...candidate,
  };
  return ok({ value: position, changes: [{ type: 'committee.positionAppointed', position }] });
};

/**
 * The position `positionId` as it is under its committee's lock: the committee is read first (its
 * lock queues this behind a concurrent change of the same committee), then the position again.
 */
async function loadPositionLocked(uow: UnitOfWork, positionId: string): Promise<Result<Position>> {
  const found = await uow.congresses.findPosition(positionId);
  if (!found)
    return err('POSITION_NOT_FOUND', `no position with id '${positionId}'`, { path: ['positionId'] });
  await uow.congresses.findCommittee(found.committeeId);
  return ok((await uow.congresses.findPosition(found.id)) ?? found);
}

/** Input of `endPosition`. */
export interface EndPositionInput {
  readonly positionId: string;
  /** Last day held (inclusive). */
  readonly endsOn: string;
}

/** Ends an open position on a day not before its start; the position stays in the history. */
export const endPosition: Command<EndPositionInput, Position> = async (uow, _env, input) => {
  const found = await loadPositionLocked(uow, input.positionId);
  if (!found.ok) return found;
  const after = endOpenPosition(found.value, input.endsOn, 'endsOn');
  if (!after.ok) return after;
  return ok({
    value: after.value,
    changes: [{ type: 'committee.positionEnded', before: found.value, after: after.value }],
  });
};

/** The open position `before` ended on `endsOn` (at path `field`): not ended already, not before it began. */
function endOpenPosition(
  before: Position,
  endsOn: string,
  field: string,
): Result<Position & { readonly endsOn: string }> {
  if (before.endsOn !== null) {
    return err('POSITION_ENDED', `the position ended on ${before.endsOn}`, { path: ['positionId'] });
  }
  const day = checkDate(endsOn, field);
  if (!day.ok) return day;
  if (day.value < before.startsOn) {
    return err('CONGRESS_DATES_REVERSED', `${field} ${day.value} is before startsOn ${before.startsOn}`, {
      path: [field],
    });
  }
  return ok({ ...before, endsOn: day.value });
}

/** Input of `removeOfficer`. */
export interface RemoveOfficerInput {
  /** The chair's or vice-chair's position. */
  readonly positionId: string;
  /** The day of the vote: the last day the position is held. */
  readonly removedOn: string;
  /** Votes for the removal. */
  readonly votesFor: number;
}

/**
 * Removes a chair or vice-chair (罢免) by a vote of the members' assembly or delegates' congress of the
 * committee's organization: more than half of ALL its members or serving delegates on `removedOn`, not
 * of those present (`decideRemoval`; 50 of 100 fails, 51 passes); the members are counted on
 * `removedOn`, the delegates as they serve when the vote is recorded. A committee member's position is
 * `POSITION_NOT_OFFICER` (end it with `endPosition`); an organization without a congress or a term is
 * `CONGRESS_NOT_FOUND` / `CONGRESS_NO_TERM`. The position ends on `removedOn` and stays in the history;
 * the change (`committee.officerRemoved`) carries the vote.
 */
export const removeOfficer: Command<RemoveOfficerInput, Position> = async (uow, env, input) => {
  const found = await loadPositionLocked(uow, input.positionId);
  if (!found.ok) return found;
  const before = found.value;
  if (before.role === 'MEMBER') {
    return err(
      'POSITION_NOT_OFFICER',
      'only a chair or vice-chair is removed by a vote of all members or delegates',
      {
        path: ['positionId'],
      },
    );
  }
  const after = endOpenPosition(before, input.removedOn, 'removedOn');
  if (!after.ok) return after;
  const congress = await uow.congresses.findCongressOf(before.organizationId);
  if (!congress) {
    return err('CONGRESS_NOT_FOUND', 'the organization has no congress to vote on the removal', {
      path: ['positionId'],
    });
  }
  const term = await uow.congresses.currentTerm(congress.id);
  if (!term) return err('CONGRESS_NO_TERM', `${congress.name} has no term`, { path: ['positionId'] });
  const entitled = await entitledOf(uow, congress, term, after.value.endsOn, 'positionId');
  if (!entitled.ok) return entitled;
  const passed = decideRemoval(
    { votesFor: input.votesFor, entitled: entitled.value },
    env.rules ?? acftu2016,
  );
  if (!passed.ok) return passed;
  return ok({
    value: after.value,
    changes: [{ type: 'committee.officerRemoved', before, after: after.value, vote: passed.value }],
  });
};

/** Input of `rescindPosition`. */
export interface RescindPositionInput {
  readonly positionId: string;
  /** The day of the new seating: the position must have begun that day. */
  readonly on: string;
}

/**
 * Removes an open position that began on `on`, the day a new seating of its committee replaces it
 * (a committee re-elected the day it was seated): it cannot end the day before it began, and ending
 * it that day would hold its seat beside its successor's. The audit log keeps what it was.
 */
export const rescindPosition: Command<RescindPositionInput, Position> = async (uow, _env, input) => {
  const found = await loadPositionLocked(uow, input.positionId);
  if (!found.ok) return found;
  const before = found.value;
  if (before.endsOn !== null || before.startsOn !== input.on) {
    return err(
      'POSITION_NOT_RESCINDABLE',
      `only an open position that began on ${input.on} can be replaced that day; this one runs from ${before.startsOn} to ${before.endsOn ?? 'now'}`,
      { path: ['positionId'] },
    );
  }
  return ok({ value: before, changes: [{ type: 'committee.positionRescinded', before }] });
};
