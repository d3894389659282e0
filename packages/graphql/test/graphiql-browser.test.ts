// GraphiQL in a real browser: Chromium (Debian's `chromium`, installed by .ci/run) driven by
// playwright-core. The page must work offline: every request it makes goes to the server itself.
// Every named example it opens on runs from the page as a newcomer runs it (▶, the operation picked,
// the token its comment names pasted into the Headers tab) on the demo data, and answers data.

import { existsSync } from 'node:fs';
import { systemClock, uuidIds } from '@gonghui/core';
import { encodeGlobalID } from '@pothos/plugin-relay';
import { parse } from 'graphql';
import { type Browser, chromium, type Locator } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_TREE, MEIYUAN_FEDERATION, seedDemoData } from '../src/seed.js';
import { DEMO_BARGAINING_EMPLOYER } from '../src/seed-bargaining.js';
import { DEMO_BENEFITS_ORGANIZATION, DEMO_CARNIVAL } from '../src/seed-benefits.js';
import { MEIYUAN_CONGRESS, SHAOXING_COUNCIL } from '../src/seed-congress.js';
import { seedDemoElections } from '../src/seed-election.js';
import { EXAMPLE_OPERATIONS, type RunningServer, startServer } from '../src/server.js';
import { SYSTEM_ACTOR } from '../src/store/audit.js';
import type { Database } from '../src/store/database.js';
import { PrismaStore } from '../src/store/prisma-store.js';
import { bearer, testAuth } from './support/auth.js';
import { createTestDatabase } from './support/database.js';

/** Where a Chromium may be: `GONGHUI_TEST_CHROMIUM`, else the usual Debian and Ubuntu paths. */
const CANDIDATES = [
  process.env.GONGHUI_TEST_CHROMIUM,
  '/usr/bin/chromium',
  '/usr/bin/chromium-browser',
  '/usr/bin/google-chrome',
];
const executablePath = CANDIDATES.find((path) => path !== undefined && path !== '' && existsSync(path));
const MISSING = `no Chromium at ${CANDIDATES.filter(Boolean).join(', ')}: install it (apt-get install -y chromium fonts-wqy-microhei, as .ci/run does) or set GONGHUI_TEST_CHROMIUM`;

// .ci/run installs the browser (and fails if it cannot), so only a machine without one skips, saying why.
if (executablePath === undefined) console.warn(`GraphiQL browser test skipped: ${MISSING}`);

/** The member unions of 梅园村's federation in the demo data. */
const MEIYUAN_MEMBER_UNIONS = [
  '宁波梅园石矿开采有限公司工会',
  '宁波梅园石材加工有限公司工会',
  '宁波梅园石雕工艺品有限公司工会',
  '宁波梅园石文化旅游开发有限公司工会',
];

/** A GraphiQL example: whose ORG_VIEWER token it needs (its comment says; null: none) and what its data must hold. */
interface Example {
  readonly viewerOf: string | null;
  readonly check: (data: any) => void;
}

/** Every named example of `EXAMPLE_OPERATIONS`, run in the browser on the demo data as pnpm start seeds it. */
const EXAMPLES: Record<string, Example> = {
  MeiyuanFederation: {
    viewerOf: null,
    check: (data) => {
      const [federation] = data.organizations.nodes;
      expect(federation.name).toBe(MEIYUAN_FEDERATION);
      expect(federation.memberUnions.nodes.map((n: any) => n.member.name).sort()).toEqual(
        [...MEIYUAN_MEMBER_UNIONS].sort(),
      );
    },
  },
  ZhejiangSubtree: {
    viewerOf: null,
    check: (data) => {
      const { subtree } = data.organizations.nodes[0];
      expect(subtree.totalCount).toBe(sizeOf(DEMO_TREE) - 1);
      expect(subtree.edges).toHaveLength(25);
      expect(subtree.pageInfo.hasNextPage).toBe(true);
    },
  },
  JiaxingGrassroots: {
    viewerOf: null,
    check: (data) => {
      expect(data.organizations.nodes.map((n: any) => n.name).sort()).toEqual(
        [
          '海盐通元紧固件有限公司工会',
          '海盐百步电子元件有限公司工会',
          '百步经济开发区小微企业联合工会',
        ].sort(),
      );
    },
  },
  ShaoxingSeats: {
    viewerOf: '绍兴市总工会',
    check: (data) => {
      const { congress } = data.organizations.nodes[0];
      expect(congress.name).toBe(SHAOXING_COUNCIL);
      const [apportionment] = congress.apportionments.nodes;
      expect(apportionment.seats).toBe(57);
      expect(apportionment.allocations.reduce((sum: number, a: any) => sum + a.seats, 0)).toBe(57);
    },
  },
  SummerCarnival: {
    viewerOf: null,
    check: (data) => {
      const activities = data.organizations.nodes[0].activities.nodes;
      expect(activities.map((a: any) => [a.title, a.places]).sort()).toEqual(
        DEMO_CARNIVAL.map((a) => [a.title, a.places]).sort(),
      );
    },
  },
  MeiyuanCommittee: {
    // Not the federation's viewer: the members are in its member unions, beside it under 海曙区.
    viewerOf: '宁波市海曙区总工会',
    check: (data) => {
      const [federation] = data.organizations.nodes;
      expect(federation.now.nodes.length).toBeGreaterThan(0);
      expect(federation.congress.name).toBe(MEIYUAN_CONGRESS);
      expect(federation.congress.currentTerm.delegates.totalCount).toBe(5);
    },
  },
  MeiyuanElections: {
    viewerOf: MEIYUAN_FEDERATION,
    check: (data) => {
      const { elections } = data.organizations.nodes[0];
      expect(elections.map((e: any) => e.status).sort()).toEqual(['APPROVED', 'OPEN']);
      const approved = elections.find((e: any) => e.status === 'APPROVED');
      expect(approved.count.elected).toHaveLength(7);
      expect(elections.find((e: any) => e.status === 'OPEN').count).toBeNull();
    },
  },
  MeiyuanBargaining: {
    viewerOf: MEIYUAN_FEDERATION,
    check: (data) => {
      expect(data.organizations.nodes[0].bargainingCases.nodes).toEqual([
        expect.objectContaining({
          employer: DEMO_BARGAINING_EMPLOYER,
          stage: 'FILED',
          votes: [
            expect.objectContaining({ approving: 22, adopted: false }),
            expect.objectContaining({ approving: 35, adopted: true }),
          ],
        }),
      ]);
    },
  },
};

/** The organizations of a demo tree, counted. */
const sizeOf = (org: typeof DEMO_TREE): number =>
  1 + (org.children ?? []).reduce((sum, child) => sum + sizeOf(child), 0);

/** The text an element shows, with Monaco's non-breaking spaces and line breaks as plain spaces. */
// biome-ignore lint/performance/useDomNodeTextContent: the rendered text (what a user sees) is the point
const shownText = async (locator: Locator) => (await locator.innerText()).replace(/\s+/g, ' ');

describe.skipIf(executablePath === undefined)('GraphiQL in Chromium', () => {
  let db: Database;
  let server: RunningServer;
  let browser: Browser;
  /** An organization's database id by its name. */
  const orgId = async (name: string) =>
    (await db.prisma.organization.findFirstOrThrow({ where: { name }, select: { id: true } })).id;

  beforeAll(async () => {
    db = await createTestDatabase('pglite');
    // The demo data as `pnpm start` seeds it: the organizations and what hangs on them, and the elections.
    const store = new PrismaStore(db, SYSTEM_ACTOR);
    const env = { clock: systemClock, ids: uuidIds };
    await seedDemoData(store, env);
    expect(await seedDemoElections(db, store, env, SYSTEM_ACTOR)).not.toBeNull();
    server = await startServer({ db, auth: await testAuth(), port: 0, production: false });
    browser = await chromium.launch({
      executablePath: executablePath as string,
      args: [
        '--headless',
        '--no-sandbox',
        '--disable-gpu',
        '--disable-background-networking',
        '--disable-component-update',
        '--no-first-run',
      ],
    });
  });
  afterAll(async () => {
    await browser?.close();
    await server?.close();
    await db?.close();
  });

  it('opens on the example operations and runs every one of them with the token its comment names, loading nothing from another host', async () => {
    // Tall enough that the editors render every line (Monaco only draws the visible ones).
    const page = await browser.newPage({ viewport: { width: 1600, height: 5000 } });
    const origin = new URL(server.url).origin;
    const elsewhere: string[] = [];
    page.on('request', (request) => {
      const url = new URL(request.url());
      // blob: URLs are the editor's web workers, built in the page from inlined code.
      if (url.origin !== origin && url.protocol !== 'blob:' && url.protocol !== 'data:') {
        elsewhere.push(request.url());
      }
    });

    await page.goto(server.url);
    const editor = page.locator('.graphiql-query-editor');
    await expect.poll(() => shownText(editor), { timeout: 30_000 }).toContain('query MeiyuanFederation {');
    const shipped = await shownText(editor);
    // Every named example the server ships is in the editor, and each has a token and a check here.
    const names = parse(EXAMPLE_OPERATIONS).definitions.flatMap((d) =>
      d.kind === 'OperationDefinition' && d.name ? [d.name.value] : [],
    );
    expect(names).toContain('MeiyuanBargaining');
    expect(Object.keys(EXAMPLES).sort()).toEqual([...names].sort());
    for (const name of names) expect(shipped).toContain(`query ${name}`);
    for (const text of [
      'Authorization',
      'token --role',
      'benefitReport(',
      'createActivity(',
      'enroll(',
      'subscription { remainingPlaces(',
      'myEnrollments',
    ]) {
      expect(shipped).toContain(text);
    }

    const result = page.locator('.graphiql-response');
    for (const name of names) {
      const example = EXAMPLES[name] as Example;
      // The token as a newcomer pastes it into the Headers tab (none for a public example).
      const authorization =
        example.viewerOf === null
          ? null
          : await bearer([{ role: 'ORG_VIEWER', organizationId: await orgId(example.viewerOf) }], name);
      await page.getByRole('button', { name: 'Headers' }).click();
      const headers = page.locator('.graphiql-editor-tool .graphiql-editor:not(.hidden)');
      await headers.click();
      await page.keyboard.press('Control+A');
      await page.keyboard.press('Delete');
      if (authorization !== null) await page.keyboard.insertText(`{ "Authorization": "${authorization}" }`);
      const sent = page.waitForRequest(
        (request) => request.method() === 'POST' && request.postDataJSON()?.operationName === name,
        { timeout: 30_000 },
      );
      // Several operations: ▶ asks which one to run.
      await page.locator('.graphiql-execute-button').click();
      await page.getByRole('menuitem', { name, exact: true }).click();
      const request = await sent;
      expect(request.headers().authorization, name).toBe(authorization ?? undefined);
      const answer = (await (await request.response())?.json()) as { data?: any; errors?: unknown };
      expect(answer.errors, name).toBeUndefined();
      example.check(answer.data);
      // The answer pane shows it (its first lines: Monaco draws what is in view, and may wrap a line anywhere).
      const top = JSON.stringify(answer).slice(0, 150);
      await expect
        .poll(async () => (await shownText(result)).replace(/\s/g, ''), { timeout: 30_000, message: name })
        .toContain(top.replace(/\s/g, ''));
    }

    expect(elsewhere).toEqual([]);
    await page.close();
  });

  it('streams remainingPlaces into the answer pane as a member enrols (a subscription over SSE)', async () => {
    const page = await browser.newPage({ viewport: { width: 1600, height: 1200 } });
    const post = async (query: string, authorization: string) => {
      const response = await fetch(`${server.url}`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', authorization },
        body: JSON.stringify({ query }),
      });
      return (await response.json()) as { data?: any };
    };
    const yuhang = await db.prisma.organization.findFirstOrThrow({
      where: { name: DEMO_BENEFITS_ORGANIZATION },
    });
    const admin = await bearer([{ role: 'ORG_ADMIN', organizationId: yuhang.id }], 'yuhang-admin');
    const created = await post(
      `mutation { createActivity(input: { organizationId: "${encodeGlobalID('Organization', yuhang.id)}",
        title: "职工读书会", place: "余杭区职工书屋", startsAt: "2035-06-01T09:00:00+08:00",
        endsAt: "2035-06-01T11:00:00+08:00", enrollmentOpensAt: "2026-01-01T00:00:00+08:00",
        enrollmentClosesAt: "2035-05-31T18:00:00+08:00", places: 2 }) { activity { id } } }`,
      admin,
    );
    const activity = created.data?.createActivity.activity.id as string;

    await page.goto(server.url);
    const editor = page.locator('.graphiql-query-editor');
    await expect.poll(() => shownText(editor), { timeout: 30_000 }).toContain('query MeiyuanFederation {');
    await editor.click();
    await page.keyboard.press('Control+A');
    await page.keyboard.press('Delete');
    await page.keyboard.insertText(
      `subscription { remainingPlaces(activityId: "${activity}") { remaining taken revision } }`,
    );
    // GraphiQL takes an edit after a debounce (and then writes it into the page's address): ▶ before
    // that runs the examples the editor held, which asks which of them to run and sends nothing.
    await expect.poll(() => decodeURIComponent(page.url()), { timeout: 30_000 }).toContain('remainingPlaces');
    await page.locator('.graphiql-execute-button').click();
    const result = page.locator('.graphiql-response');
    await expect.poll(() => shownText(result), { timeout: 30_000 }).toContain('"remaining": 2');

    const member = await db.prisma.member.findFirstOrThrow({
      where: { organization: { ancestorLinks: { some: { ancestorId: yuhang.id } } } },
    });
    const enrolled = await post(
      `mutation { enroll(input: { activityId: "${activity}", memberId: "${encodeGlobalID('Member', member.id)}" }) {
        enrollment { status } } }`,
      await bearer([{ role: 'MEMBER', memberId: member.id }], 'member'),
    );
    expect(enrolled.data?.enroll.enrollment.status).toBe('ENROLLED');
    await expect.poll(() => shownText(result), { timeout: 30_000 }).toContain('"remaining": 1');
    expect(await shownText(result)).toContain('"taken": 1');
    await page.close();
  });
});
