// Chained elections: an electoral unit elects delegates to its congress's term, the congress (its
// serving delegates) elects the committee, the committee (its members) elects the chair and
// vice-chairs. Who votes follows from what an election is chained to (`rollSource`); what it is
// chained to is checked when it is drafted (`checkElectionChain`); on certification its result
// becomes delegates and positions through the congress module's own commands (`seatElected`).
import {
  addDelegate,
  appointPosition,
  endPosition,
  loadCurrentTerm,
  rescindPosition,
} from '../congress/commands.js';
import type { Congress, ElectoralUnit, Position, PositionRole } from '../congress/congress.js';
import { checkPositionFits } from '../congress/process.js';
import { err, ok, type Result } from '../kernel/result.js';
import { dayBefore } from '../member/calendar-date.js';
import { chinaToday } from '../member/commands.js';
import type { Command, CommandEnv } from '../organization/commands.js';
import type { UnitOfWork } from '../ports/store.js';
import { type Candidacy, type Election, seatsMembers } from './process.js';

/** Where the voters of a round come from. */
export type RollSource =
  /** A later round keeps the first round's roll. */
  | { readonly kind: 'FIRST_ROUND'; readonly electionId: string }
  /** A DELEGATES election in a unit: the active members of the unit's organizations' subtrees. */
  | { readonly kind: 'UNIT_MEMBERS'; readonly unitId: string }
  /** A committee elected by a delegates' congress: the term's serving delegates. */
  | { readonly kind: 'SERVING_DELEGATES'; readonly termId: string }
  /** A chair or vice-chairs elected by a committee: the members holding its positions that day. */
  | { readonly kind: 'COMMITTEE_MEMBERS'; readonly committeeId: string }
  /** Chained to a parent election: those its certified rounds elected. */
  | { readonly kind: 'ELECTED_BY'; readonly electionId: string }
  /** Otherwise: the active members of the organization's subtree and of its member unions. */
  | { readonly kind: 'MEMBERS'; readonly organizationId: string };

/** Who votes in a round, from what it is chained to. */
export function rollSource(election: Election): RollSource {
  if (election.roundKind !== 'FIRST') return { kind: 'FIRST_ROUND', electionId: election.firstRoundId };
  if (election.body === 'DELEGATES' && election.unitId !== null)
    return { kind: 'UNIT_MEMBERS', unitId: election.unitId };
  if (election.termId !== null && election.body !== 'DELEGATES')
    return { kind: 'SERVING_DELEGATES', termId: election.termId };
  if (election.committeeId !== null && (election.body === 'CHAIR' || election.body === 'VICE_CHAIR'))
    return { kind: 'COMMITTEE_MEMBERS', committeeId: election.committeeId };
  if (election.parentElectionId !== null)
    return { kind: 'ELECTED_BY', electionId: election.parentElectionId };
  return { kind: 'MEMBERS', organizationId: election.organizationId };
}

/** A refusal of what an election is chained to, at `field`. */
function invalid(message: string, field: string): Result<never> {
  return err('ELECTION_CHAIN_INVALID', message, { path: [field] });
}

/** The committee kind each elected body fills. */
const COMMITTEE_KIND = { COMMITTEE: 'UNION_COMMITTEE', STANDING_COMMITTEE: 'STANDING' } as const;

/**
 * Checks what a drafted election is chained to, in its organization: a DELEGATES election names a
 * current term of the organization's delegates' congress (a members' assembly has none) and, when
 * the congress has electoral units, one of them; a committee election may name the committee it
 * fills (of its kind, with at least its seats) and a current term whose serving delegates vote; a
 * chair or vice-chair election may name the committee whose members vote. Anything else named is
 * `ELECTION_CHAIN_INVALID`, unknown ids the congress module's codes.
 */
export const checkElectionChain: Command<Election, Election> = async (uow, _env, election) => {
  const { body, termId, unitId, committeeId } = election;
  if (body === 'DELEGATES' && termId === null)
    return invalid("a delegates' election names the congress term its delegates join", 'termId');
  if (unitId !== null && body !== 'DELEGATES')
    return invalid("only a delegates' election is held in an electoral unit", 'unitId');
  if (termId !== null && (body === 'CHAIR' || body === 'VICE_CHAIR'))
    return invalid('a chair or vice-chair is elected by the committee: name it, not a term', 'termId');
  if (committeeId !== null && body === 'DELEGATES')
    return invalid("a delegates' election fills no committee", 'committeeId');
  if (termId !== null) {
    const loaded = await loadCurrentTerm(uow, termId);
    if (!loaded.ok) return loaded;
    const { congress } = loaded.value;
    if (congress.organizationId !== election.organizationId)
      return invalid("the term is of another organization's congress", 'termId');
    if (congress.form === 'MEMBERS_ASSEMBLY') {
      return err('CONGRESS_NOT_DELEGATES', "a members' assembly has no delegates: every member votes", {
        path: ['termId'],
      });
    }
    const units = await uow.congresses.unitsOf(congress.id);
    const unit = units.find((u) => u.id === unitId);
    if (body === 'DELEGATES' && units.length > 0 && unit === undefined) {
      return err(
        'CONGRESS_UNIT_NOT_FOUND',
        "name one of the congress's electoral units as the election's unit",
        {
          path: ['unitId'],
        },
      );
    }
    if (body === 'DELEGATES') {
      const { vacant, seats, serving, where } = await vacantDelegateSeats(uow, termId, congress, unit);
      if (election.seats > vacant) {
        return err(
          'ELECTION_CHAIN_INVALID',
          `delegates serve for the term (常任制): ${where} has ${seats} seats and ${serving} serving delegates: ` +
            `a delegates' election of the term fills at most ${vacant} vacant seats (a by-election), not ${election.seats}`,
          { path: ['seats'], details: { seats: election.seats, vacant } },
        );
      }
    }
  }
  if (committeeId !== null) {
    const committee = await uow.congresses.findCommittee(committeeId);
    if (!committee || committee.organizationId !== election.organizationId) {
      return err('COMMITTEE_NOT_FOUND', `no committee with id '${committeeId}' in this organization`, {
        path: ['committeeId'],
      });
    }
    if (body === 'COMMITTEE' || body === 'STANDING_COMMITTEE') {
      if (committee.kind !== COMMITTEE_KIND[body])
        return invalid(
          `a ${body.toLowerCase().replace('_', ' ')} election fills a ${COMMITTEE_KIND[body]} committee, not ${committee.kind}`,
          'committeeId',
        );
      if (election.seats > committee.seats)
        return invalid(`${election.seats} seats exceed the committee's ${committee.seats}`, 'seats');
    }
  }
  return ok({ value: election, changes: [] });
};

/**
 * The seats a delegates' election of a term may fill: delegates serve for the term (常任制), so only
 * vacant seats — the congress's seats less its serving delegates, and once the term's seats are
 * apportioned, the unit's apportioned and reserved seats less its serving delegates, whichever is fewer.
 */
async function vacantDelegateSeats(
  uow: UnitOfWork,
  termId: string,
  congress: Congress,
  unit: ElectoralUnit | undefined,
): Promise<{ vacant: number; seats: number; serving: number; where: string }> {
  const serving = (await uow.congresses.delegatesOf(termId)).filter((d) => d.status === 'SERVING');
  const seats = congress.seats ?? 0;
  const whole = { vacant: seats - serving.length, seats, serving: serving.length, where: 'the congress' };
  const share =
    unit === undefined
      ? undefined
      : (await uow.congresses.findApportionment(termId, null))?.units.find((u) => u.unitId === unit.id);
  if (unit === undefined || share === undefined) return whole;
  const unitSeats = share.apportioned + share.reserved;
  const inUnit = serving.filter((d) => d.unitId === unit.id).length;
  const own = {
    vacant: unitSeats - inUnit,
    seats: unitSeats,
    serving: inUnit,
    where: `the unit '${unit.name}'`,
  };
  return own.vacant <= whole.vacant ? own : whole;
}

/** Input of `checkDelegateNominee`. */
export interface DelegateNomineeInput {
  /** The election the member is nominated in. */
  readonly election: Election;
  /** The member nominated, or null for someone outside the registry. */
  readonly memberId: string | null;
}

/**
 * A member is on a term's roll once and a delegate serves for the term (常任制): a delegates'
 * election of a term refuses to nominate a member already on its roll — serving, replaced or removed,
 * also one seated that very day — before anyone votes (`CONGRESS_DELEGATE_ALREADY`, the refusal
 * `addDelegate` would give on certification). Any other election, or someone outside the registry, passes.
 */
export const checkDelegateNominee: Command<DelegateNomineeInput, void> = async (uow, _env, input) => {
  const { election, memberId } = input;
  const on =
    election.body === 'DELEGATES' && election.termId !== null && memberId !== null
      ? (await uow.congresses.delegatesOf(election.termId)).find((d) => d.memberId === memberId)
      : undefined;
  if (on === undefined) return ok({ value: undefined, changes: [] });
  return err(
    'CONGRESS_DELEGATE_ALREADY',
    `the member is already on the roll of this term (${on.status.toLowerCase()} since ${on.since}): ` +
      'a delegate serves for the term, and is elected to it once',
    { path: ['memberId'] },
  );
};

/** Input of `seatElected`. */
export interface SeatElectedInput {
  /** The round being certified. */
  readonly election: Election;
  /** Its candidacies (the result names their ids). */
  readonly candidacies: readonly Candidacy[];
}

/** What a certification seated. */
export interface Seated {
  readonly delegates: number;
  readonly positions: number;
}

/** Runs a congress command and applies its changes now, so the next one reads them. */
async function applied<I, T>(
  uow: UnitOfWork,
  env: CommandEnv,
  command: Command<I, T>,
  input: I,
): Promise<Result<T>> {
  const decided = await command(uow, env, input);
  if (!decided.ok) return { ok: false, error: decided.error };
  await uow.apply(decided.value.changes);
  return ok(decided.value.value);
}

/**
 * The elected candidacies of a round that take seats. Only registered members take seats: an
 * elected write-in takes one when certification identified them as a member (a WRITTEN_IN
 * candidacy, `identifyWriteIn`) and none when it found they take none (their seat goes to a further
 * round); one not identified (or a candidacy outside the registry) is refused as
 * `ELECTION_ELECTED_NOT_MEMBER`, naming them; the count stays in the record and nothing is seated.
 */
function electedMembers(input: SeatElectedInput): Result<Candidacy[]> {
  const byId = new Map(input.candidacies.filter((c) => c.status !== 'WRITTEN_IN').map((c) => [c.id, c]));
  const writtenIn = new Map(
    input.candidacies.filter((c) => c.status === 'WRITTEN_IN').map((c) => [c.name, c]),
  );
  const members: Candidacy[] = [];
  for (const id of input.election.result?.elected ?? []) {
    const identified = writtenIn.get(id);
    if (identified !== undefined && !byId.has(id)) {
      if (identified.memberId !== null) members.push(identified);
      continue;
    }
    const c = byId.get(id);
    if (c === undefined || c.memberId === null) {
      const who = c === undefined ? `${id} (written in)` : c.name;
      return err(
        'ELECTION_ELECTED_NOT_MEMBER',
        `${who} was elected but is no registered member: only members take seats as delegates or positions` +
          (c === undefined
            ? '; on certification identify them as a member, or as taking no seat (a further round fills it)'
            : ''),
        { path: ['electionId'], details: { elected: c?.name ?? id } },
      );
    }
    members.push(c);
  }
  return ok(members);
}

/** The position a member holds in a committee on a day, if any. */
function heldOn(positions: readonly Position[], memberId: string, day: string): Position | undefined {
  return positions.find(
    (p) => p.memberId === memberId && p.startsOn <= day && (p.endsOn === null || p.endsOn >= day),
  );
}

/**
 * On certification, what a chained round elected takes its seat from today, through the congress
 * module's commands (each applied before the next reads): a DELEGATES election adds each elected
 * member as a delegate of its term and unit (`addDelegate`: active, in the unit, within the seats); a
 * committee election (a first or repeated round) ends the committee's positions held until
 * yesterday, rescinds those taken up today (a re-election the day of the last seating:
 * `rescindPosition`) and appoints each elected member (`endPosition`, `appointPosition`; a further
 * round only appoints); a chair or vice-chair election gives each elected member that role — a committee
 * member's position ends yesterday and the new one starts today, or changes role when it began
 * today (`committee.positionRoleChanged`). An election chained to nothing seats nobody; an elected
 * write-in of a chained one takes the seat of the member certification identified them as, none if
 * it found they take none, and is refused when not identified (`ELECTION_ELECTED_NOT_MEMBER`). A refusal leaves changes already applied: run it in a
 * unit of work that is undone on a refusal.
 */
export const seatElected: Command<SeatElectedInput, Seated> = async (uow, env, input) => {
  const { election } = input;
  const seated = { delegates: 0, positions: 0 };
  if (!seatsMembers(election)) return ok({ value: seated, changes: [] });
  const elected = electedMembers(input);
  if (!elected.ok) return elected;
  const today = chinaToday(env.clock);
  const yesterday = dayBefore(today);
  if (election.body === 'DELEGATES' && election.termId !== null) {
    for (const c of elected.value) {
      const added = await applied(uow, env, addDelegate, {
        termId: election.termId,
        unitId: election.unitId,
        memberId: c.memberId as string,
        frontLine: c.delegate?.frontLine ?? false,
        manager: c.delegate?.manager ?? false,
        unionWorker: c.delegate?.unionWorker ?? false,
        modelWorker: c.delegate?.modelWorker ?? false,
        since: today,
      });
      if (!added.ok) return added;
      seated.delegates++;
    }
    return ok({ value: seated, changes: [] });
  }
  const committeeId = election.committeeId;
  if (committeeId === null) return ok({ value: seated, changes: [] });
  if (election.body === 'COMMITTEE' || election.body === 'STANDING_COMMITTEE') {
    if (election.roundKind === 'FIRST' || election.roundKind === 'REPEAT') {
      for (const p of await uow.congresses.positionsOf(committeeId)) {
        // Positions held today with no end end yesterday, those taken up today (a committee re-elected
        // the day it was seated) are rescinded; one with an end of its own keeps it.
        if (p.endsOn !== null || p.startsOn > today) continue;
        const ended =
          p.startsOn === today
            ? await applied(uow, env, rescindPosition, { positionId: p.id, on: today })
            : await applied(uow, env, endPosition, { positionId: p.id, endsOn: yesterday });
        if (!ended.ok) return ended;
      }
    }
    for (const c of elected.value) {
      const appointed = await applied(uow, env, appointPosition, {
        committeeId,
        memberId: c.memberId as string,
        role: 'MEMBER',
        startsOn: today,
      });
      if (!appointed.ok) return appointed;
      seated.positions++;
    }
    return ok({ value: seated, changes: [] });
  }
  const role: PositionRole = election.body === 'CHAIR' ? 'CHAIR' : 'VICE_CHAIR';
  for (const c of elected.value) {
    const memberId = c.memberId as string;
    const committee = await uow.congresses.findCommittee(committeeId);
    const positions = await uow.congresses.positionsOf(committeeId);
    const held = heldOn(positions, memberId, today);
    if (held?.role === role) continue;
    if (held !== undefined && held.startsOn === today) {
      const after: Position = { ...held, role };
      const fits = checkPositionFits(
        positions.filter((p) => p.id !== held.id),
        after,
        committee?.seats ?? 0,
      );
      if (!fits.ok) return fits;
      await uow.apply([{ type: 'committee.positionRoleChanged', before: held, after }]);
    } else {
      if (held !== undefined) {
        const ended = await applied(uow, env, endPosition, { positionId: held.id, endsOn: yesterday });
        if (!ended.ok) return ended;
      }
      const appointed = await applied(uow, env, appointPosition, {
        committeeId,
        memberId,
        role,
        startsOn: today,
      });
      if (!appointed.ok) return appointed;
    }
    seated.positions++;
  }
  return ok({ value: seated, changes: [] });
};
