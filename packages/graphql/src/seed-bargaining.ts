// The demo collective bargaining case (集体协商) of 梅园村's industry-chain federation: an industry-wide
// wage bargaining (行业性工资集体协商) with the 梅园石 industry's employers' association in 2025, under
// Ningbo's rules and the State Council's 2025 holidays, taken through every step by core's commands —
// the request, the reply, the negotiators, the first meeting, a draft the workers' congress rejected
// (22 of all 45 delegates approving, one short of more than half), the talks resumed, a second draft
// adopted, signed and filed, in force since the objection period passed. The employers' association,
// the counts and the dates are fictional.
import {
  type BargainingCase,
  type Command,
  type CommandEnv,
  execute,
  fileContract,
  finishBargaining,
  nameNegotiators,
  openBargaining,
  recordBargainingReply,
  recordContractVote,
  type Store,
  scheduleBargainingMeeting,
} from '@gonghui/core';
import type { Database } from './store/database.js';

/** The employers' side of the demo case: the 梅园石 industry's association (fictional). */
export const DEMO_BARGAINING_EMPLOYER = '宁波市海曙区梅园石材行业协会';

/** The 2025 public holidays and worked weekend days the demo case's dates fall among (国务院办公厅, 2024-11). */
const CALENDAR_2025 = {
  // 清明节 4 April; 劳动节 1–5 May (Sunday 27 April worked); 端午节 31 May – 2 June.
  holidays: ['2025-04-04', '2025-05-01', '2025-05-02', '2025-05-05', '2025-06-02'],
  workingWeekendDays: ['2025-04-27'],
};

const DELEGATES = 45;
const TERM = { startsOn: '2025-07-01', endsOn: '2027-06-30' };

/**
 * Seeds the demo bargaining case of 梅园村's federation (`federationId`) and returns its id; part of
 * `seedDemoData`. Each step runs through its core command, so the case keeps every rule (a step that
 * broke one would stop the seed).
 */
export async function seedDemoBargaining(
  store: Store,
  env: CommandEnv,
  federationId: string,
): Promise<string> {
  const run = async <I>(command: Command<I, BargainingCase>, input: I): Promise<BargainingCase> => {
    const result = await execute(store, env, command, input);
    if (!result.ok) throw new Error(`demo bargaining: ${result.error.code} ${result.error.message}`);
    return result.value;
  };
  const opened = await run(openBargaining, {
    organizationId: federationId,
    employer: DEMO_BARGAINING_EMPLOYER,
    // The workers of the chain's firms the bargaining covers.
    firmWorkers: 420,
    requestedOn: '2025-03-03',
    rules: 'ningbo2014',
    ...CALENDAR_2025,
  });
  const caseId = opened.id;
  // The reply is due on the 10th working day, 17 March.
  await run(recordBargainingReply, { caseId, repliedOn: '2025-03-12' });
  // From 100 workers 5 to 10 a side (Ningbo); the workers' side engages 2 outside experts of its 7.
  await run(nameNegotiators, {
    caseId,
    workers: { negotiators: 7, outsideExperts: 2 },
    employer: { negotiators: 6, outsideExperts: 0 },
  });
  await run(scheduleBargainingMeeting, {
    caseId,
    meetingOn: '2025-03-26',
    documentsProvidedOn: '2025-03-18',
  });
  await run(finishBargaining, { caseId, finishedOn: '2025-04-23', agreed: true });
  // 36 of 45 present (30 needed): a vote; 22 approving is not more than half of all 45 (23 needed).
  await run(recordContractVote, {
    caseId,
    votedOn: '2025-04-29',
    vote: { delegates: DELEGATES, present: 36, approving: 22, against: 11, abstaining: 3 },
    term: TERM,
  });
  // The resumed talks count 30 working days from 29 April; the first window ended on 12 May.
  await run(finishBargaining, { caseId, finishedOn: '2025-05-16', agreed: true });
  await run(recordContractVote, {
    caseId,
    votedOn: '2025-05-23',
    vote: { delegates: DELEGATES, present: 41, approving: 35, against: 4, abstaining: 2 },
    term: TERM,
  });
  // Filed within 10 days of signing (by 6 June); in force from 20 June unless objected to by the 19th.
  await run(fileContract, { caseId, signedOn: '2025-05-27', filedOn: '2025-06-04' });
  return caseId;
}

/**
 * Seeds the demo case into a database seeded before `seedDemoData` had it: when the organization
 * named `federation` exists and has no case yet. Returns the case's id, or null when there was
 * nothing to do (so a later start seeds nothing twice).
 */
export async function seedMissingDemoBargaining(
  db: Pick<Database, 'prisma'>,
  store: Store,
  env: CommandEnv,
  federation: string,
): Promise<string | null> {
  const found = await db.prisma.organization.findFirst({
    where: { name: federation },
    select: { id: true, _count: { select: { bargainingCases: true } } },
  });
  if (found === null || found._count.bargainingCases > 0) return null;
  return seedDemoBargaining(store, env, found.id);
}
