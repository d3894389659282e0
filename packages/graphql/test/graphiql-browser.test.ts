// GraphiQL in a real browser: Chromium (Debian's `chromium`, installed by .ci/run) driven by
// playwright-core. The page must work offline: every request it makes goes to the server itself.

import { existsSync } from 'node:fs';
import { systemClock, uuidIds } from '@gonghui/core';
import { encodeGlobalID } from '@pothos/plugin-relay';
import { type Browser, chromium, type Locator } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { MEIYUAN_FEDERATION, seedDemoData } from '../src/seed.js';
import { DEMO_BENEFITS_ORGANIZATION, DEMO_CARNIVAL } from '../src/seed-benefits.js';
import { type RunningServer, startServer } from '../src/server.js';
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

/** The text an element shows, with Monaco's non-breaking spaces and line breaks as plain spaces. */
// biome-ignore lint/performance/useDomNodeTextContent: the rendered text (what a user sees) is the point
const shownText = async (locator: Locator) => (await locator.innerText()).replace(/\s+/g, ' ');

describe.skipIf(executablePath === undefined)('GraphiQL in Chromium', () => {
  let db: Database;
  let server: RunningServer;
  let browser: Browser;

  beforeAll(async () => {
    db = await createTestDatabase('pglite');
    await seedDemoData(new PrismaStore(db), { clock: systemClock, ids: uuidIds });
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

  it('opens on the example operations, runs MeiyuanFederation and SummerCarnival and loads nothing from another host', async () => {
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
    const examples = await shownText(editor);
    for (const text of [
      'query ZhejiangSubtree',
      'query JiaxingGrassroots',
      'query SummerCarnival',
      'Authorization',
      'token --role',
      'benefitReport(',
      'createActivity(',
      'enroll(',
      'subscription { remainingPlaces(',
      'myEnrollments',
    ]) {
      expect(examples).toContain(text);
    }

    // Several operations: ▶ asks which one to run.
    await page.locator('.graphiql-execute-button').click();
    await page.getByRole('menuitem', { name: 'MeiyuanFederation' }).click();
    const result = page.locator('.graphiql-response');
    await expect.poll(() => shownText(result), { timeout: 30_000 }).toContain(MEIYUAN_FEDERATION);
    const shown = await shownText(result);
    for (const union of MEIYUAN_MEMBER_UNIONS) expect(shown).toContain(union);
    expect(shown).not.toContain('"errors"');

    // The summer carnival: its three activities, 250 places in all.
    await page.locator('.graphiql-execute-button').click();
    await page.getByRole('menuitem', { name: 'SummerCarnival' }).click();
    await expect.poll(() => shownText(result), { timeout: 30_000 }).toContain(DEMO_CARNIVAL[0].title);
    const carnival = await shownText(result);
    for (const { title, places } of DEMO_CARNIVAL)
      expect(carnival).toMatch(new RegExp(`"title": "${title}".*?"places": ${places},`));
    expect(carnival).not.toContain('"errors"');

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
