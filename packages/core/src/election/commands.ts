// Election steps that read beyond the election: they run as core commands over a unit of work, in
// the transaction of the election step that calls them (the store locks the election's row and
// hands the election in).
import { committeeMembers } from '../congress/commands.js';
import { err, ok } from '../kernel/result.js';
import type { Command } from '../organization/commands.js';
import { type Election, reduceSeats } from './process.js';

/** Input of `reduceCommitteeSeats`. */
export interface ReduceCommitteeSeatsInput {
  /** The counted round, as the store locked it. */
  readonly election: Election;
  /** Everyone elected by this round and the rounds before it. */
  readonly electedSoFar: number;
}

/**
 * Instead of a further round, reduces a counted committee election's seats to those elected
 * (`reduceSeats`), with the organization's members counted as its committee is sized
 * (`committeeMembers`: the congress's reported count, else the registry's live count today). When
 * the election fills a committee (`committeeId`), that committee's seats become everyone elected so
 * far (`committee.seatsReduced`): its members are those the rounds elected; a standing committee of
 * the organization must stay smaller than it.
 */
export const reduceCommitteeSeats: Command<ReduceCommitteeSeatsInput, Election> = async (uow, env, input) => {
  const { election, electedSoFar } = input;
  const organization = await uow.organizations.findById(election.organizationId);
  if (!organization) {
    return err('ORG_NOT_FOUND', `no organization with id '${election.organizationId}'`, {
      path: ['electionId'],
    });
  }
  const { members } = await committeeMembers(uow, env, organization);
  const reduced = reduceSeats(election, electedSoFar, members, env.rules);
  if (!reduced.ok || election.committeeId === null)
    return reduced.ok ? ok({ value: reduced.value, changes: [] }) : reduced;
  const committee = await uow.congresses.findCommittee(election.committeeId);
  if (!committee) {
    return err('COMMITTEE_NOT_FOUND', `no committee with id '${election.committeeId}'`, {
      path: ['electionId'],
    });
  }
  const standing = await uow.congresses.committeeOf(committee.organizationId, 'STANDING');
  if (standing !== null && standing.seats >= electedSoFar) {
    return err(
      'ELECTION_SEATS_NOT_REDUCIBLE',
      `${electedSoFar} elected: the union committee must stay larger than its standing committee of ${standing.seats}; hold a further round`,
      { details: { electedSoFar, standingSeats: standing.seats } },
    );
  }
  const after = { ...committee, seats: electedSoFar };
  return ok({
    value: reduced.value,
    changes: [{ type: 'committee.seatsReduced', before: committee, after }],
  });
};
