// The serving process itself under attack (issue: a stray error ends it): `gonghui serve` run as a
// real process. A multipart upload cut off inside a file part the parser skips threw an uncaught
// exception (the skipped stream's 'error' event had no listener) and Node ended the server for every
// client; and any rejection nothing waits for (graphql-js 16 leaves a late list item's rejection
// unhandled when a later item of a non-null list throws at once) did the same. The server now logs
// such an error and keeps serving once it listens; a failure while starting still ends it.
import { type ChildProcess, spawn } from 'node:child_process';
import { createInterface } from 'node:readline';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { bearer, TEST_JWT_SECRET } from './support/auth.js';
import { createTestPostgresDatabase, TEST_DATA_KEY, testBackends } from './support/database.js';

const PACKAGE = fileURLToPath(new URL('..', import.meta.url));

/** A running serve process: its URL, its parsed log lines and its exit. */
interface Served {
  readonly child: ChildProcess;
  readonly url: string;
  readonly lines: Record<string, unknown>[];
  readonly exited: Promise<number | null>;
}

/** Starts `script serve --port <port>` with `env`; resolves once it listens, rejects if it exits first. */
function serve(
  script: string,
  env: Record<string, string>,
  port = '0',
  args: string[] = [],
): Promise<Served> {
  const child = spawn(
    process.execPath,
    ['--conditions=@gonghui/source', '--import', 'tsx', script, 'serve', '--port', port, ...args],
    {
      cwd: PACKAGE,
      env: {
        ...process.env,
        GONGHUI_JWT_SECRET: TEST_JWT_SECRET,
        GONGHUI_DATA_KEY: TEST_DATA_KEY,
        GONGHUI_LOG_LEVEL: 'info',
        ...env,
      },
      stdio: ['ignore', 'ignore', 'pipe', 'ipc'],
    },
  );
  const lines: Record<string, unknown>[] = [];
  const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
  return new Promise((resolve, reject) => {
    // The server logs JSON lines on stderr.
    createInterface({ input: child.stderr as NodeJS.ReadableStream }).on('line', (line) => {
      let parsed: Record<string, unknown>;
      try {
        parsed = JSON.parse(line) as Record<string, unknown>;
      } catch {
        parsed = { msg: line };
      }
      lines.push(parsed);
      const listening = /^GraphQL API and GraphiQL: (\S+)/.exec(String(parsed.msg));
      if (listening) resolve({ child, url: listening[1] as string, lines, exited });
    });
    void exited.then((code) =>
      reject(new Error(`serve exited with ${code} before listening: ${lines.map((l) => l.msg).join('\n')}`)),
    );
  });
}

/** Whether the server still answers a GraphQL request. */
async function answers(url: string): Promise<boolean> {
  try {
    const response = await fetch(url, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: '{ __typename }' }),
    });
    return ((await response.json()) as { data?: unknown }).data !== undefined;
  } catch {
    return false;
  }
}

/** The log lines of errors nothing handled. */
function unhandled(served: Served): Record<string, unknown>[] {
  return served.lines.filter((line) => line.unhandled !== undefined);
}

describe.each(testBackends())('the serving process keeps serving (%s)', (backend) => {
  let served: Served;
  let env: Record<string, string> = { GONGHUI_DATA_DIR: 'memory://' };
  let drop: () => Promise<void> = async () => {};
  beforeAll(async () => {
    if (backend === 'postgres') {
      const database = await createTestPostgresDatabase();
      drop = database.drop;
      env = { DATABASE_URL: database.url };
    }
    served = await serve('test/attack-serve-child.ts', env);
  }, 120_000);
  afterAll(async () => {
    served?.child.kill('SIGTERM');
    await served?.exited;
    await drop();
  }, 60_000);

  it('refuses a multipart body cut off inside a file part it skips, and lives (it ended the process)', async () => {
    // The file comes before "operations": its part is skipped, and the body ends inside it.
    const body =
      '--XX\r\nContent-Disposition: form-data; name="0"; filename="roster.csv"\r\n' +
      'Content-Type: text/csv\r\n\r\n姓名,身份证号\r\n';
    const response = await fetch(served.url, {
      method: 'POST',
      headers: {
        authorization: await bearer(
          [{ role: 'ORG_ADMIN', organizationId: 'some-small-union' }],
          'small-admin',
        ),
        'content-type': 'multipart/form-data; boundary=XX',
        'x-graphql-csrf': '1',
      },
      body,
    });
    expect(response.status).toBe(400);
    const answer = (await response.json()) as { errors: { extensions: { code: string } }[] };
    expect(answer.errors.map((e) => e.extensions.code)).toEqual(['BAD_USER_INPUT']);
    expect(await answers(served.url)).toBe(true);
    expect(unhandled(served)).toEqual([]);
  });

  it('logs a rejection nothing waits for and an exception nothing catches, and keeps serving', async () => {
    const before = unhandled(served).length;
    for (const what of ['reject', 'throw'] as const) {
      served.child.send(what);
      const kind = what === 'reject' ? 'rejection' : 'exception';
      for (let i = 0; i < 100 && !unhandled(served).some((line) => line.unhandled === kind); i++) {
        await new Promise((resolve) => setTimeout(resolve, 50));
      }
      expect(await answers(served.url), `after an unhandled ${kind}`).toBe(true);
    }
    expect(
      unhandled(served)
        .slice(before)
        .map((line) => [line.level, line.unhandled, (line.err as { message: string }).message]),
    ).toEqual([
      [50, 'rejection', 'a late list item nothing waited for'],
      [50, 'exception', 'an error event nobody listened to'],
    ]);
  });

  it('still ends with the failure when starting fails (the port is taken)', async () => {
    const port = new URL(served.url).port;
    await expect(serve('src/cli.ts', env, port, ['--no-seed'])).rejects.toThrow(
      /exited with 1 before listening: .*EADDRINUSE/s,
    );
  }, 120_000);
});
