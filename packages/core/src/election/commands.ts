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
 * (`committeeMembers`: the congress's reported count, else the registry's live count today).
 */
export const reduceCommitteeSeats: Command<ReduceCommitteeSeatsInput, Election> = async (uow, env, input) => {
  const organization = await uow.organizations.findById(input.election.organizationId);
  if (!organization) {
    return err('ORG_NOT_FOUND', `no organization with id '${input.election.organizationId}'`, {
      path: ['electionId'],
    });
  }
  const { members } = await committeeMembers(uow, env, organization);
  const reduced = reduceSeats(input.election, input.electedSoFar, members, env.rules);
  return reduced.ok ? ok({ value: reduced.value, changes: [] }) : reduced;
};
