// Who revokes tokens, over GraphQL and the CLI: revokeTokens (SYSTEM_ADMIN, anyone's), revokeMyTokens
// (any signed-in viewer, their own), `gonghui token revoke` (the operator, on the database). Each is
// audited, idempotent under an Idempotency-Key, and refused to a low-privilege token without telling
// anything about the subject asked for.

import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { main } from '../src/cli.js';
import { createGonghuiYoga } from '../src/server.js';
import type { Database } from '../src/store/database.js';
import { adminBearer, bearer, nextSecond, testAuth } from './support/auth.js';
import { createTestDatabase, TEST_DATA_KEY, testBackends } from './support/database.js';

const REVOKE = `mutation ($input: RevokeTokensInput!) {
  revokeTokens(input: $input) { revocation { subject revokedBefore revokedBy reason } errors { code path } }
}`;
const REVOKE_MINE = `mutation ($input: RevokeMyTokensInput) {
  revokeMyTokens(input: $input) { revocation { subject revokedBefore revokedBy reason } errors { code } }
}`;

describe.each(testBackends())('revoking tokens on %s', (backend) => {
  let db: Database;
  let yoga: ReturnType<typeof createGonghuiYoga>;
  beforeAll(async () => {
    db = await createTestDatabase(backend);
    yoga = createGonghuiYoga({ db, auth: await testAuth() });
  });
  afterAll(() => db.close());

  const post = async (authorization: string, query: string, variables: object, headers: object = {}) => {
    const response = await yoga.fetch('http://gonghui.test/graphql', {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization, ...headers },
      body: JSON.stringify({ query, variables }),
    });
    return { status: response.status, body: (await response.json()) as any };
  };
  const whoAmI = (authorization: string) => post(authorization, '{ __typename }', {});
  const revocations = () => db.prisma.tokenRevocation.findMany({ orderBy: { subject: 'asc' } });
  const audited = (subject: string) =>
    db.prisma.auditEntry.findMany({
      where: { action: 'token.revoked', targetId: subject },
      orderBy: { seq: 'asc' },
    });

  it("a SYSTEM_ADMIN revokes an officer's tokens: refused at once, audited, a later token accepted", async () => {
    const officer = await bearer([{ role: 'ORG_ADMIN', organizationId: 'x' }], 'officer-wang');
    expect((await whoAmI(officer)).status).toBe(200);
    await nextSecond();
    const { body } = await post(await adminBearer(), REVOKE, {
      input: { subject: 'officer-wang', reason: ' removed from office ' },
    });
    expect(body.errors).toBeUndefined();
    const revocation = body.data.revokeTokens.revocation;
    expect(revocation).toMatchObject({
      subject: 'officer-wang',
      revokedBy: 'test-admin',
      reason: 'removed from office',
    });
    const refused = await whoAmI(officer);
    expect(refused.status).toBe(401);
    expect(refused.body.errors[0].message).toContain(
      `issued at or before ${new Date(Math.floor(Date.parse(revocation.revokedBefore) / 1000) * 1000).toISOString()}`,
    );
    const [entry] = await audited('officer-wang');
    expect(entry).toMatchObject({ actor: 'test-admin', targetType: 'TokenRevocation', organizationId: null });
    expect(entry?.after).toMatchObject({ reason: 'removed from office', revokedBy: 'test-admin' });
    expect(entry?.hash).toMatch(/^v2:/); // sealed into the chain
    await nextSecond();
    const again = await bearer([{ role: 'ORG_ADMIN', organizationId: 'x' }], 'officer-wang');
    expect((await whoAmI(again)).status).toBe(200);
  });

  it('a VIEWER or MEMBER token cannot revoke others: FORBIDDEN for any subject alike, nothing stored', async () => {
    const before = await revocations();
    const viewer = await bearer([{ role: 'ORG_VIEWER', organizationId: 'x' }], 'viewer-li');
    const member = await bearer([{ role: 'MEMBER', memberId: 'm' }], 'member-zhao');
    const answers = [];
    for (const token of [viewer, member]) {
      // A subject revoked before, one never seen, and a malformed reason: the same answer.
      for (const input of [
        { subject: 'officer-wang', reason: 'x' },
        { subject: 'nobody-ever', reason: 'x' },
        { subject: 'nobody-ever', reason: '' },
      ]) {
        const { status, body } = await post(token, REVOKE, { input });
        expect(status).toBe(200);
        expect(body.data).toBeNull();
        expect(body.errors.map((e: any) => e.extensions.code)).toEqual(['FORBIDDEN']);
        answers.push(body.errors[0].message);
      }
    }
    expect(new Set(answers).size).toBe(1);
    expect(await revocations()).toEqual(before);
    expect((await whoAmI(viewer)).status).toBe(200);
  });

  it('any signed-in viewer signs out everywhere with revokeMyTokens (this token too); anonymous cannot', async () => {
    const member = await bearer([{ role: 'MEMBER', memberId: 'm' }], 'member-sun');
    await nextSecond();
    const { body } = await post(member, REVOKE_MINE, {});
    expect(body.data.revokeMyTokens).toMatchObject({
      revocation: { subject: 'member-sun', reason: 'signed out everywhere', revokedBy: 'member-sun' },
      errors: [],
    });
    expect((await whoAmI(member)).status).toBe(401);
    expect(await audited('member-sun')).toHaveLength(1);
    const anonymous = await yoga.fetch('http://gonghui.test/graphql', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: REVOKE_MINE }),
    });
    expect(((await anonymous.json()) as any).errors[0].extensions.code).toBe('UNAUTHENTICATED');
  });

  it('answers a retry with the same Idempotency-Key from the first answer, one audit entry; refuses bad text as data', async () => {
    const admin = await adminBearer();
    const input = { subject: 'lost-phone-chen', reason: 'lost phone' };
    const key = { 'idempotency-key': `revoke-${backend}` };
    const first = await post(admin, REVOKE, { input }, key);
    await nextSecond();
    const retry = await post(admin, REVOKE, { input }, key);
    expect(retry.body).toEqual(first.body);
    expect(await audited('lost-phone-chen')).toHaveLength(1);
    const bad = await post(admin, REVOKE, { input: { subject: 'x', reason: '  ' } });
    expect(bad.body.data.revokeTokens).toEqual({
      revocation: null,
      errors: [{ code: 'REVOCATION_REASON_INVALID', path: ['input', 'reason'] }],
    });
  });

  it('never moves a cutoff earlier', async () => {
    const [stored] = await db.prisma.tokenRevocation.findMany({ where: { subject: 'lost-phone-chen' } });
    await db.prisma
      .$executeRaw`UPDATE "TokenRevocation" SET "revokedBefore" = now() + interval '1 hour' WHERE subject = 'lost-phone-chen'`;
    const { body } = await post(await adminBearer(), REVOKE, {
      input: { subject: 'lost-phone-chen', reason: 'again' },
    });
    const after = Date.parse(body.data.revokeTokens.revocation.revokedBefore);
    expect(after).toBeGreaterThan(Date.now() + 3_000_000);
    expect(after).toBeGreaterThan(stored?.revokedBefore.getTime() ?? 0);
  });

  it.runIf(backend === 'postgres')(
    'the operator revokes with `gonghui token revoke`, audited as cli:<user>',
    async () => {
      const saved = { url: process.env.DATABASE_URL, key: process.env.GONGHUI_DATA_KEY };
      process.env.DATABASE_URL = db.description;
      process.env.GONGHUI_DATA_KEY = TEST_DATA_KEY;
      const written: string[] = [];
      const write = process.stdout.write.bind(process.stdout);
      process.stdout.write = ((chunk: string) =>
        written.push(String(chunk)) > 0) as typeof process.stdout.write;
      try {
        await main(['token', 'revoke', '--subject', 'cli-departed', '--reason', 'left the union']);
      } finally {
        process.stdout.write = write;
        process.env.DATABASE_URL = saved.url;
        process.env.GONGHUI_DATA_KEY = saved.key;
        if (saved.url === undefined) delete process.env.DATABASE_URL;
        if (saved.key === undefined) delete process.env.GONGHUI_DATA_KEY;
      }
      expect(written.join('')).toMatch(/^revoked every token of 'cli-departed' issued at or before /);
      const [entry] = await audited('cli-departed');
      expect(entry?.actor).toMatch(/^cli:/);
      await expect(main(['token', 'revoke', '--subject', 'x'])).rejects.toThrow(
        /usage: gonghui token revoke/,
      );
    },
  );
});
