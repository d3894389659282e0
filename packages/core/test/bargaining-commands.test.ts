// A bargaining case step by step through core's commands on the memory store: each step's rule at
// its boundary (the passing and the failing side), the order of the steps, and a refused step
// changing nothing. Plain weekdays unless a case names holidays.
import { describe, expect, it } from 'vitest';
import {
  adoptingVote,
  type BargainingCase,
  bargainingDeadlines,
  type Command,
  type CommandEnv,
  createOrganization,
  dissolveOrganization,
  execute,
  fileContract,
  finishBargaining,
  MAX_CONTRACT_VOTES,
  MemoryStore,
  nameNegotiators,
  type OpenBargainingInput,
  openBargaining,
  type Result,
  recordBargainingReply,
  recordContractObjection,
  recordContractVote,
  scheduleBargainingMeeting,
} from '../src/index.js';

function env(): CommandEnv {
  let n = 0;
  return { clock: { now: () => new Date('2026-03-01T08:00:00Z') }, ids: { next: () => `id-${++n}` } };
}

const code = (r: Result<unknown>) => (r.ok ? 'OK' : r.error.code);
const failure = (r: Result<unknown>) => (r.ok ? null : { code: r.error.code, path: r.error.path });

/** A union with a case requested on Friday 2026-03-06 at a firm of 120 workers, and a runner. */
async function world(open: Partial<OpenBargainingInput> = {}) {
  const store = new MemoryStore();
  const e = env();
  const county = await execute(store, e, createOrganization, {
    name: '宁波市海曙区总工会',
    kind: 'FEDERATION_OF_TRADE_UNIONS',
    level: 'COUNTY',
    parentId: null,
  });
  if (!county.ok) throw new Error(county.error.message);
  const union = await execute(store, e, createOrganization, {
    name: '宁波市海曙区梅园石材有限公司工会',
    kind: 'GRASSROOTS_UNION',
    level: 'GRASSROOTS',
    parentId: county.value.id,
  });
  if (!union.ok) throw new Error(union.error.message);
  const opened = await execute(store, e, openBargaining, {
    organizationId: union.value.id,
    employer: '宁波市海曙区梅园石材有限公司',
    firmWorkers: 120,
    requestedOn: '2026-03-06',
    ...open,
  });
  /** Runs a step command on this world's store. */
  const run = (command: Command<any, BargainingCase>, input: object) => execute(store, e, command, input);
  const get = async () => store.transaction((uow) => uow.bargaining.findCase(caseId));
  if (!opened.ok) return { store, e, union: union.value.id, opened, caseId: '', run, get };
  const caseId = opened.value.id;
  return { store, e, union: union.value.id, opened, caseId, run, get };
}

const SIDES = {
  workers: { negotiators: 5, outsideExperts: 1 },
  employer: { negotiators: 5, outsideExperts: 0 },
};
const VOTE = { delegates: 30, present: 20, approving: 16 };
const TERM = { startsOn: '2026-07-01', endsOn: '2029-06-30' };

/** A case taken to `stage` with the dates of the happy path. */
async function at(
  stage:
    | 'REPLIED'
    | 'NEGOTIATORS_NAMED'
    | 'MEETING_SCHEDULED'
    | 'DRAFT_AGREED'
    | 'CONTRACT_ADOPTED'
    | 'FILED',
) {
  const w = await world();
  const path = [
    ['REPLIED', recordBargainingReply, { repliedOn: '2026-03-20' }],
    ['NEGOTIATORS_NAMED', nameNegotiators, SIDES],
    [
      'MEETING_SCHEDULED',
      scheduleBargainingMeeting,
      { meetingOn: '2026-04-08', documentsProvidedOn: '2026-04-01' },
    ],
    ['DRAFT_AGREED', finishBargaining, { finishedOn: '2026-05-20', agreed: true }],
    ['CONTRACT_ADOPTED', recordContractVote, { votedOn: '2026-06-12', vote: VOTE, term: TERM }],
    ['FILED', fileContract, { signedOn: '2026-06-15', filedOn: '2026-06-25' }],
  ] as const;
  for (const [reached, command, input] of path) {
    const r = await w.run(command, { caseId: w.caseId, ...input });
    if (!r.ok) throw new Error(`${reached}: ${r.error.code} ${r.error.message}`);
    if (reached === stage) break;
  }
  return w;
}

describe('openBargaining', () => {
  it('opens a case at REQUESTED with its reply deadline, the 10th working day after the request', async () => {
    const w = await world();
    expect(w.opened.ok && w.opened.value).toMatchObject({
      stage: 'REQUESTED',
      rules: 'zhejiang2010',
      firmWorkers: 120,
    });
    expect(w.opened.ok && w.opened.changes?.map((c) => c.type)).toEqual(['bargaining.opened']);
    expect(w.opened.ok && bargainingDeadlines(w.opened.value)).toEqual({
      replyDueBy: '2026-03-20',
      documentsDueBy: null,
      bargainingDueBy: null,
      filingDueBy: null,
      objectionPeriodEnds: null,
      inForceOn: null,
    });
  });

  it('refuses a bad employer name, count, date, rule set or calendar, and a dissolved union', async () => {
    expect(failure((await world({ employer: '   ' })).opened)).toEqual({
      code: 'BARGAINING_EMPLOYER_INVALID',
      path: ['employer'],
    });
    expect(failure((await world({ employer: '石'.repeat(101) })).opened)?.code).toBe(
      'BARGAINING_EMPLOYER_INVALID',
    );
    expect(code((await world({ employer: '石'.repeat(100) })).opened)).toBe('OK');
    expect(failure((await world({ firmWorkers: -1 })).opened)).toEqual({
      code: 'BARGAINING_COUNTS_INVALID',
      path: ['firmWorkers'],
    });
    expect(failure((await world({ firmWorkers: 1.5 })).opened)?.code).toBe('BARGAINING_COUNTS_INVALID');
    expect(failure((await world({ requestedOn: '2026-02-30' })).opened)).toEqual({
      code: 'BARGAINING_DATE_INVALID',
      path: ['requestedOn'],
    });
    expect(failure((await world({ rules: 'toString' })).opened)).toEqual({
      code: 'BARGAINING_RULES_UNKNOWN',
      path: ['rules'],
    });
    expect(code((await world({ rules: 'ningbo2014' })).opened)).toBe('OK');
    expect(code((await world({ workingWeekendDays: ['2026-03-09'] })).opened)).toBe(
      'CALENDAR_WORKDAY_NOT_WEEKEND',
    );
    const w = await world();
    await execute(w.store, w.e, dissolveOrganization, { id: w.union });
    const again = await execute(w.store, w.e, openBargaining, {
      organizationId: w.union,
      employer: '某公司',
      firmWorkers: 10,
      requestedOn: '2026-03-06',
    });
    expect(code(again)).toBe('ORG_DISSOLVED');
  });
});

describe('the steps of a case', () => {
  it('takes a reply on the 10th working day and refuses the 11th (and a holiday moves the day)', async () => {
    const w = await world();
    const late = await w.run(recordBargainingReply, { caseId: w.caseId, repliedOn: '2026-03-23' });
    expect(failure(late)).toEqual({ code: 'BARGAINING_REPLY_LATE', path: ['repliedOn'] });
    expect((await w.get())?.stage).toBe('REQUESTED');
    const ok = await w.run(recordBargainingReply, { caseId: w.caseId, repliedOn: '2026-03-20' });
    expect(ok.ok && ok.value).toMatchObject({ stage: 'REPLIED', repliedOn: '2026-03-20' });
    expect(ok.changes?.map((c) => c.type)).toEqual(['bargaining.replied']);
    const holiday = await world({ holidays: ['2026-03-10'] });
    expect(
      code(await holiday.run(recordBargainingReply, { caseId: holiday.caseId, repliedOn: '2026-03-23' })),
    ).toBe('OK');
  });

  it('checks the sides against the firm: 5 each at 120 workers, not 4; employer not larger; experts at most a third', async () => {
    const w = await at('REPLIED');
    const name = (workers: [number, number], employer: [number, number]) =>
      w.run(nameNegotiators, {
        caseId: w.caseId,
        workers: { negotiators: workers[0], outsideExperts: workers[1] },
        employer: { negotiators: employer[0], outsideExperts: employer[1] },
      });
    expect(failure(await name([4, 0], [4, 0]))).toEqual({
      code: 'BARGAINING_SIDE_TOO_SMALL',
      path: ['workers', 'negotiators'],
    });
    expect(failure(await name([5, 0], [6, 0]))?.code).toBe('BARGAINING_EMPLOYER_SIDE_LARGER');
    expect(failure(await name([8, 3], [5, 0]))).toEqual({
      code: 'BARGAINING_TOO_MANY_OUTSIDE_EXPERTS',
      path: ['workers', 'outsideExperts'],
    });
    expect(failure(await name([5, 6], [5, 0]))?.code).toBe('BARGAINING_COUNTS_INVALID');
    expect((await w.get())?.sides).toBeNull();
    expect(code(await name([6, 2], [6, 2]))).toBe('OK');
    // Named again before the meeting: replaced.
    expect((await name([5, 1], [5, 0])).ok && (await w.get())?.sides).toEqual(SIDES);
    const ningbo = await world({ rules: 'ningbo2014' });
    await ningbo.run(recordBargainingReply, { caseId: ningbo.caseId, repliedOn: '2026-03-09' });
    const side = (n: number) => ({ negotiators: n, outsideExperts: 0 });
    expect(
      code(
        await ningbo.run(nameNegotiators, { caseId: ningbo.caseId, workers: side(11), employer: side(5) }),
      ),
    ).toBe('BARGAINING_SIDE_TOO_LARGE');
    expect(
      code(
        await ningbo.run(nameNegotiators, { caseId: ningbo.caseId, workers: side(10), employer: side(5) }),
      ),
    ).toBe('OK');
  });

  it('takes documents 7 days before the meeting, not 6; the meeting not before the reply', async () => {
    const w = await at('NEGOTIATORS_NAMED');
    const schedule = (meetingOn: string, documentsProvidedOn: string) =>
      w.run(scheduleBargainingMeeting, { caseId: w.caseId, meetingOn, documentsProvidedOn });
    expect(failure(await schedule('2026-04-08', '2026-04-02'))).toEqual({
      code: 'BARGAINING_DOCUMENTS_LATE',
      path: ['documentsProvidedOn'],
    });
    expect(failure(await schedule('2026-03-19', '2026-03-12'))).toEqual({
      code: 'BARGAINING_DATES_REVERSED',
      path: ['meetingOn'],
    });
    expect(failure(await schedule('2026-04-31', '2026-04-01'))).toEqual({
      code: 'BARGAINING_DATE_INVALID',
      path: ['meetingOn'],
    });
    const ok = await schedule('2026-04-08', '2026-04-01');
    expect(ok.ok && bargainingDeadlines(ok.value)).toMatchObject({
      documentsDueBy: '2026-04-01',
      bargainingDueBy: '2026-05-20',
    });
  });

  it('finishes the talks on the 30th working day after the first meeting, not the 31st; agreed or failed', async () => {
    const w = await at('MEETING_SCHEDULED');
    const finish = (finishedOn: string, agreed = true) =>
      w.run(finishBargaining, { caseId: w.caseId, finishedOn, agreed });
    expect(failure(await finish('2026-05-21'))).toEqual({ code: 'BARGAINING_OVERRUN', path: ['finishedOn'] });
    expect(failure(await finish('2026-04-07'))).toEqual({
      code: 'BARGAINING_DATES_REVERSED',
      path: ['finishedOn'],
    });
    expect((await finish('2026-05-20')).ok && (await w.get())?.stage).toBe('DRAFT_AGREED');
    const failed = await at('MEETING_SCHEDULED');
    expect(
      (await failed.run(finishBargaining, { caseId: failed.caseId, finishedOn: '2026-04-30', agreed: false }))
        .ok,
    ).toBe(true);
    expect((await failed.get())?.stage).toBe('TALKS_FAILED');
    expect(
      code(
        await failed.run(recordContractVote, {
          caseId: failed.caseId,
          votedOn: '2026-05-06',
          vote: VOTE,
          term: TERM,
        }),
      ),
    ).toBe('BARGAINING_OUT_OF_ORDER');
  });

  it('refuses a vote without its quorum (19 of 30 present; 20 is two thirds) and impossible counts at their field, recording nothing', async () => {
    const w = await at('DRAFT_AGREED');
    const vote = (v: Partial<typeof VOTE> & { against?: number; abstaining?: number }) =>
      w.run(recordContractVote, {
        caseId: w.caseId,
        votedOn: '2026-06-12',
        vote: { ...VOTE, ...v },
        term: TERM,
      });
    const short = await vote({ present: 19, approving: 19 });
    expect(failure(short)).toEqual({ code: 'CONTRACT_QUORUM_NOT_MET', path: ['vote', 'present'] });
    expect(short.ok ? '' : short.error.message).toMatch(
      /19 of 30 delegates present.*at least 20 \(2\/3 of all 30\)/,
    );
    const impossible = [
      [{ delegates: 0, present: 0, approving: 0 }, 'delegates'],
      [{ present: 31 }, 'present'],
      [{ approving: 21 }, 'approving'],
      [{ against: -1 }, 'against'],
      [{ approving: 16, against: 3, abstaining: 2 }, 'abstaining'],
      [{ approving: 16, against: 5 }, 'against'],
      [{ present: 20.5 }, 'present'],
    ] as const;
    for (const [counts, field] of impossible) {
      expect(failure(await vote(counts)), field).toEqual({
        code: 'BARGAINING_COUNTS_INVALID',
        path: ['vote', field],
      });
    }
    expect(failure(await vote({ approving: 16, against: 3, abstaining: 1 }))).toBeNull();
    expect((await w.get())?.votes).toHaveLength(1);
  });

  it('records a vote held with quorum either way: 15 of ALL 30 approving rejects the draft (kept, talks resumed), 16 adopts', async () => {
    const w = await at('DRAFT_AGREED');
    // Exactly two thirds present, exactly half of all approving: a valid vote that rejects the draft.
    const rejected = await w.run(recordContractVote, {
      caseId: w.caseId,
      votedOn: '2026-06-12',
      vote: { delegates: 30, present: 20, approving: 15, against: 4, abstaining: 1 },
      term: TERM,
    });
    expect(code(rejected)).toBe('OK');
    expect(rejected.changes?.map((c) => c.type)).toEqual(['bargaining.contractRejected']);
    const back = await w.get();
    expect(back).toMatchObject({
      stage: 'MEETING_SCHEDULED',
      finishedOn: null,
      term: null,
      votes: [
        {
          votedOn: '2026-06-12',
          delegates: 30,
          present: 20,
          approving: 15,
          against: 4,
          abstaining: 1,
          adopted: false,
        },
      ],
    });
    // The resumed talks have 30 working days from the vote: to 2026-07-24, not the first window's 05-20.
    expect(back && bargainingDeadlines(back).bargainingDueBy).toBe('2026-07-24');
    const finish = (finishedOn: string) =>
      w.run(finishBargaining, { caseId: w.caseId, finishedOn, agreed: true });
    expect(failure(await finish('2026-07-27'))).toEqual({ code: 'BARGAINING_OVERRUN', path: ['finishedOn'] });
    expect(failure(await finish('2026-06-11'))).toEqual({
      code: 'BARGAINING_DATES_REVERSED',
      path: ['finishedOn'],
    });
    expect(code(await finish('2026-07-24'))).toBe('OK');
    const second = (approving: number) =>
      w.run(recordContractVote, {
        caseId: w.caseId,
        votedOn: '2026-07-31',
        vote: { delegates: 30, present: 20, approving },
        term: TERM,
      });
    const adopted = await second(16);
    expect(adopted.changes?.map((c) => c.type)).toEqual(['bargaining.contractAdopted']);
    const after = await w.get();
    expect(after).toMatchObject({ stage: 'CONTRACT_ADOPTED', finishedOn: '2026-07-24', term: TERM });
    expect(after?.votes.map((v) => [v.votedOn, v.approving, v.adopted])).toEqual([
      ['2026-06-12', 15, false],
      ['2026-07-31', 16, true],
    ]);
    expect(after?.votes[1]).toMatchObject({ against: null, abstaining: null });
    expect(after && adoptingVote(after)?.votedOn).toBe('2026-07-31');
    // No vote after the adoption.
    expect(code(await second(30))).toBe('BARGAINING_OUT_OF_ORDER');
    expect((await w.get())?.votes).toHaveLength(2);
  });

  it('holds at most MAX_CONTRACT_VOTES (5) votes: after the 5th rejected draft the talks can only end without one', async () => {
    const w = await at('DRAFT_AGREED');
    const reject = () =>
      w.run(recordContractVote, {
        caseId: w.caseId,
        votedOn: '2026-06-12',
        vote: { delegates: 30, present: 30, approving: 15 },
        term: TERM,
      });
    const agree = (agreed: boolean) =>
      w.run(finishBargaining, { caseId: w.caseId, finishedOn: '2026-06-12', agreed });
    for (let n = 1; n < MAX_CONTRACT_VOTES; n++) {
      expect(code(await reject())).toBe('OK');
      expect(code(await agree(true)), `after ${n} rejections`).toBe('OK');
    }
    expect(code(await reject())).toBe('OK');
    expect((await w.get())?.votes).toHaveLength(MAX_CONTRACT_VOTES);
    expect(failure(await agree(true))).toEqual({ code: 'CONTRACT_VOTES_EXHAUSTED', path: ['agreed'] });
    expect((await w.get())?.stage).toBe('MEETING_SCHEDULED');
    expect(code(await agree(false))).toBe('OK');
    expect((await w.get())?.stage).toBe('TALKS_FAILED');
  });

  it('adopts at once with 16 of ALL 30 approving, for 1 to 3 years; not before the talks ended', async () => {
    const w = await at('DRAFT_AGREED');
    const vote = (term: Partial<typeof TERM> = {}) =>
      w.run(recordContractVote, {
        caseId: w.caseId,
        votedOn: '2026-06-12',
        vote: VOTE,
        term: { ...TERM, ...term },
      });
    expect(failure(await vote({ endsOn: '2029-07-01' }))).toEqual({
      code: 'CONTRACT_TERM_TOO_LONG',
      path: ['term', 'endsOn'],
    });
    expect(failure(await vote({ endsOn: '2027-06-29' }))).toEqual({
      code: 'CONTRACT_TERM_TOO_SHORT',
      path: ['term', 'endsOn'],
    });
    expect(
      failure(
        await w.run(recordContractVote, { caseId: w.caseId, votedOn: '2026-05-19', vote: VOTE, term: TERM }),
      ),
    ).toEqual({
      code: 'BARGAINING_DATES_REVERSED',
      path: ['votedOn'],
    });
    expect(await w.get()).toMatchObject({ stage: 'DRAFT_AGREED', votes: [] });
    expect(code(await vote({ endsOn: '2027-06-30' }))).toBe('OK');
    expect(await w.get()).toMatchObject({
      stage: 'CONTRACT_ADOPTED',
      votes: [{ ...VOTE, votedOn: '2026-06-12', against: null, abstaining: null, adopted: true }],
    });
  });

  it('files within 10 days of signing (the 10th passes, the 11th fails) and is in force after 15 days unless objected', async () => {
    const w = await at('CONTRACT_ADOPTED');
    const file = (signedOn: string, filedOn: string) =>
      w.run(fileContract, { caseId: w.caseId, signedOn, filedOn });
    expect(failure(await file('2026-06-15', '2026-06-26'))).toEqual({
      code: 'CONTRACT_FILING_LATE',
      path: ['filedOn'],
    });
    expect(failure(await file('2026-06-11', '2026-06-15'))).toEqual({
      code: 'BARGAINING_DATES_REVERSED',
      path: ['signedOn'],
    });
    const filed = await file('2026-06-15', '2026-06-25');
    expect(filed.ok && bargainingDeadlines(filed.value)).toMatchObject({
      filingDueBy: '2026-06-25',
      objectionPeriodEnds: '2026-07-10',
      inForceOn: '2026-07-11',
    });
    const object = (objectedOn: string) => w.run(recordContractObjection, { caseId: w.caseId, objectedOn });
    expect(failure(await object('2026-07-11'))).toEqual({
      code: 'CONTRACT_OBJECTION_LATE',
      path: ['objectedOn'],
    });
    const objected = await object('2026-07-10');
    expect(objected.ok && objected.value.stage).toBe('OBJECTED');
    expect(objected.ok && bargainingDeadlines(objected.value).inForceOn).toBeNull();
    expect(objected.changes?.map((c) => c.type)).toEqual(['bargaining.contractObjected']);
  });

  it('keeps the order: no step before its predecessor, none twice; an unknown case is not found', async () => {
    const w = await world();
    expect(failure(await w.run(nameNegotiators, { caseId: w.caseId, ...SIDES }))).toEqual({
      code: 'BARGAINING_OUT_OF_ORDER',
      path: ['caseId'],
    });
    expect(
      code(await w.run(fileContract, { caseId: w.caseId, signedOn: '2026-06-15', filedOn: '2026-06-16' })),
    ).toBe('BARGAINING_OUT_OF_ORDER');
    expect(code(await w.run(recordBargainingReply, { caseId: w.caseId, repliedOn: '2026-03-09' }))).toBe(
      'OK',
    );
    expect(code(await w.run(recordBargainingReply, { caseId: w.caseId, repliedOn: '2026-03-09' }))).toBe(
      'BARGAINING_OUT_OF_ORDER',
    );
    expect(failure(await w.run(recordBargainingReply, { caseId: 'nope', repliedOn: '2026-03-09' }))).toEqual({
      code: 'BARGAINING_CASE_NOT_FOUND',
      path: ['caseId'],
    });
    const filed = await at('FILED');
    expect(
      code(
        await filed.run(recordContractVote, {
          caseId: filed.caseId,
          votedOn: '2026-06-12',
          vote: VOTE,
          term: TERM,
        }),
      ),
    ).toBe('BARGAINING_OUT_OF_ORDER');
  });
});
