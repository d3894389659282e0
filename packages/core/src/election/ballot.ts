// A ballot's choices checked against its round before anything is stored: every id it marks names a
// candidate standing in this round, no name is marked twice, no more names than the method allows.
// An online ballot that breaks one of these is refused (the voter fixes it and casts again, the
// token unused); a paper ballot is entered as the teller reads it, so only what no paper can show
// (an id that is no candidate, one box ticked twice) is refused there — an over-marked paper is a
// real, invalid ballot and is counted as one.
import { err, ok } from '../kernel/result.js';
import type { Ballot } from './counting-method.js';
import type { Candidacy, Election, ElectionResult } from './process.js';
import { getCountingMethod } from './registry.js';

/** How a ballot reaches the count: cast online with a token, or entered by tellers from paper. */
export type BallotEntry = 'ONLINE' | 'PAPER';

/** The lists of a ballot, in the order they are checked. */
const LISTS = ['approve', 'writeIns', 'oppose', 'ranking'] as const;

/** What each kind of ballot marks. */
const READS = { APPROVAL: ['approve', 'writeIns', 'oppose'], RANKING: ['ranking'] } as const;

/** A mark as the voter sent it, short enough for a message. */
function shown(value: string): string {
  const points = [...value];
  return JSON.stringify(points.length > 40 ? `${points.slice(0, 40).join('')}…` : value);
}

/**
 * Checks the choices of a ballot (already shaped by `checkBallotShape`) against the round it is
 * cast in and its counting method's ballot form. Refused, with the path of the wrong choice:
 * a list the method does not read (`BALLOT_MALFORMED`); an id in `approve`, `oppose` or `ranking`
 * that is no candidate standing in this round, or a write-in in a round that votes among fixed
 * candidates (tie-break, further round) (`BALLOT_CANDIDATE_UNKNOWN`); a name marked twice — a
 * write-in equal to a candidate id is that candidate — or approved and opposed
 * (`BALLOT_CHOICE_REPEATED`); more names (approvals and write-ins) than the method allows for the
 * seats (`BALLOT_TOO_MANY_MARKS`). A `PAPER` ballot is refused only for an unknown id, an id twice
 * in one list or a list the method does not read: anything else a paper can show is counted invalid.
 * A method without a ballot form takes any marks.
 */
export function checkBallotChoices(
  election: Election,
  candidacies: readonly Candidacy[],
  ballot: Ballot,
  entry: BallotEntry = 'ONLINE',
): ElectionResult<Ballot> {
  const method = getCountingMethod(election.method);
  const form = method.ok ? method.value.ballot : undefined;
  if (form === undefined) return ok(ballot);
  const reads: readonly string[] = READS[form.marks];
  const standing = new Set(
    candidacies.filter((c) => c.electionId === election.id && c.status === 'NOMINATED').map((c) => c.id),
  );
  const fixed = election.roundKind === 'TIE_BREAK' || election.roundKind === 'FURTHER';
  const online = entry === 'ONLINE';
  /** Where each name was marked first (across lists for an online ballot, per list for a paper). */
  let marked = new Map<string, string>();
  const approved = new Set<string>();
  let marks = 0;
  for (const list of LISTS) {
    const values = ballot[list] ?? [];
    if (values.length === 0) continue;
    if (!reads.includes(list)) {
      return err(
        'BALLOT_MALFORMED',
        `this round counts by ${election.method}, which reads ${reads.join(', ')}, not ${list}`,
        { path: ['ballot', list] },
      );
    }
    if (!online) marked = new Map();
    for (const [i, raw] of values.entries()) {
      const at = `${list}[${i}]`;
      const path = ['ballot', list, i];
      const name = list === 'writeIns' ? raw.trim() : raw;
      if (list === 'writeIns' && name === '') continue;
      if (list === 'writeIns' && fixed) {
        return err(
          'BALLOT_CANDIDATE_UNKNOWN',
          `${at} writes in ${shown(name)}, but round ${election.round} votes among its candidates only: no write-ins`,
          { path },
        );
      }
      if (list !== 'writeIns' && !standing.has(name)) {
        return err(
          'BALLOT_CANDIDATE_UNKNOWN',
          `${at} is ${shown(name)}, which is not a candidate of round ${election.round} (${standing.size} stand: the ids on the ballot paper)`,
          { path, details: { value: name.slice(0, 100) } },
        );
      }
      const first = marked.get(name);
      if (first !== undefined && (online || list !== 'writeIns')) {
        const what =
          list === 'oppose' && approved.has(name) ? 'opposes a name it also approves at' : 'repeats';
        return err('BALLOT_CHOICE_REPEATED', `${at} ${what} ${first} (${shown(name)})`, { path });
      }
      marked.set(name, at);
      if (list === 'oppose') continue;
      if (list === 'approve' || list === 'writeIns') approved.add(name);
      marks++;
    }
  }
  const most = form.maxMarks(election.seats);
  if (online && form.marks === 'APPROVAL' && marks > most) {
    return err(
      'BALLOT_TOO_MANY_MARKS',
      `the ballot marks ${marks} names (approvals and write-ins); ${election.seats} seat(s) allow at most ${most}`,
      { path: ['ballot', 'approve'], details: { marks, most } },
    );
  }
  return ok(ballot);
}
