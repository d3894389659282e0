import { execFile } from 'node:child_process';
import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import { CONFIG_VARIABLES, ConfigError, configurationTable, loadConfig } from '../src/config.js';

const PACKAGE = fileURLToPath(new URL('..', import.meta.url));
const README = fileURLToPath(new URL('../../../README.md', import.meta.url));

/** The ConfigError `loadConfig` throws for `env` (fails the test when it does not throw). */
function refusal(env: Record<string, string>): ConfigError {
  try {
    loadConfig(env);
  } catch (error) {
    if (error instanceof ConfigError) return error;
    throw error;
  }
  throw new Error(`accepted ${JSON.stringify(env)}`);
}

describe('configuration', () => {
  it('gives every variable its default when the environment is empty (or the value is blank)', () => {
    const config = loadConfig({ GONGHUI_RATE_LIMIT: '  ' });
    expect(config).toMatchObject({
      NODE_ENV: 'development',
      PORT: 4000,
      HOST: '127.0.0.1',
      GONGHUI_MAX_BODY_BYTES: 1024 * 1024,
      GONGHUI_RATE_LIMIT: { points: 600, duration: 60 },
      GONGHUI_TRUSTED_PROXIES: 0,
      GONGHUI_PERSISTED_DOCUMENTS: 'off',
      GONGHUI_LOG_LEVEL: 'info',
      GONGHUI_OTEL: 'off',
    });
    expect(config.DATABASE_URL).toBeUndefined();
    expect(Object.keys(config).sort()).toEqual(Object.keys(CONFIG_VARIABLES).sort());
  });

  it('parses and types each value at the boundaries of what it accepts', () => {
    const accepted = loadConfig({
      PORT: '65535',
      GONGHUI_MAX_BODY_BYTES: '1',
      GONGHUI_RATE_LIMIT: '1/1',
      GONGHUI_TRUSTED_PROXIES: '99',
      GONGHUI_PERSISTED_DOCUMENTS: 'only',
      GONGHUI_OTEL: 'otlp',
      GONGHUI_LOG_FORMAT: 'json',
      GONGHUI_METRICS_TOKEN: 'x'.repeat(16),
      GONGHUI_JWT_SECRET: 's'.repeat(32),
      GONGHUI_DATA_KEY: '00'.repeat(32),
      DATABASE_URL: 'postgresql://u:p@db:5432/gonghui',
      NODE_ENV: 'production',
    });
    expect(accepted).toMatchObject({
      PORT: 65535,
      GONGHUI_MAX_BODY_BYTES: 1,
      GONGHUI_RATE_LIMIT: { points: 1, duration: 1 },
      GONGHUI_TRUSTED_PROXIES: 99,
      NODE_ENV: 'production',
    });
    expect(loadConfig({ GONGHUI_RATE_LIMIT: '0' }).GONGHUI_RATE_LIMIT).toBeNull();
    expect(loadConfig({ PORT: '0' }).PORT).toBe(0);
    expect(loadConfig({ GONGHUI_TRUSTED_PROXIES: '0' }).GONGHUI_TRUSTED_PROXIES).toBe(0);

    for (const [name, value] of [
      ['PORT', '65536'],
      ['PORT', '-1'],
      ['PORT', '80a'],
      ['GONGHUI_MAX_BODY_BYTES', '0'],
      ['GONGHUI_MAX_BODY_BYTES', '1.5'],
      ['GONGHUI_RATE_LIMIT', '0/60'],
      ['GONGHUI_RATE_LIMIT', '600/0'],
      ['GONGHUI_RATE_LIMIT', '600'],
      ['GONGHUI_TRUSTED_PROXIES', '100'],
      ['GONGHUI_PERSISTED_DOCUMENTS', 'on'],
      ['GONGHUI_OTEL', 'jaeger'],
      ['GONGHUI_LOG_LEVEL', 'verbose'],
      ['GONGHUI_LOG_FORMAT', 'text'],
      ['NODE_ENV', 'prod'],
      ['GONGHUI_JWT_ALGORITHM', 'none'],
      ['GONGHUI_JWT_SECRET', 's'.repeat(31)],
      ['GONGHUI_METRICS_TOKEN', 'x'.repeat(15)],
      ['GONGHUI_DATA_KEY', '00'.repeat(31)],
      ['DATABASE_URL', 'mysql://db/gonghui'],
    ] as const) {
      expect(refusal({ [name]: value }).variable, `${name}=${value}`).toBe(name);
    }
  });

  it('refuses a bad value with one line naming the variable and what it expects, never echoing a secret', () => {
    const limit = refusal({ GONGHUI_RATE_LIMIT: 'lots' });
    expect(limit.message).toBe(
      "GONGHUI_RATE_LIMIT must be <requests>/<seconds>, both ≥ 1, or 0 for none (default 600/60); got 'lots'",
    );
    const key = refusal({ GONGHUI_DATA_KEY: 'hunter2-is-not-a-key' });
    expect(key.message).toMatch(/^GONGHUI_DATA_KEY must be 32 bytes as 64 hex digits or base64/);
    expect(key.message).toContain('a value of 20 characters (not shown)');
    expect(key.message).not.toContain('hunter2');
    const url = refusal({ DATABASE_URL: 'mysql://root:s3cret@db/x' });
    expect(url.message).not.toContain('s3cret');
    for (const error of [limit, key, url]) expect(error.message).not.toContain('\n');
  });

  it('is the one place that names GONGHUI_* variables: every one the sources read is declared', async () => {
    const found = new Set<string>();
    const walk = async (dir: string): Promise<void> => {
      for (const entry of await readdir(dir, { withFileTypes: true })) {
        const path = join(dir, entry.name);
        if (entry.isDirectory()) {
          if (entry.name !== 'generated') await walk(path);
        } else if (/\.[cm]?[jt]s$/.test(entry.name)) {
          for (const [name] of (await readFile(path, 'utf8')).matchAll(/\bGONGHUI_[A-Z0-9_]*[A-Z0-9]\b/g)) {
            found.add(name);
          }
        }
      }
    };
    await walk(join(PACKAGE, 'src'));
    await walk(join(PACKAGE, 'bin'));
    const undeclared = [...found].filter((name) => !(name in CONFIG_VARIABLES));
    expect(undeclared, 'declare these in src/config.ts (CONFIG_VARIABLES)').toEqual([]);
  });

  it("the README's configuration table is the one made from CONFIG_VARIABLES", async () => {
    const readme = await readFile(README, 'utf8');
    const table =
      /<!-- configuration table: begin[^>]*-->\n([\s\S]*?)\n<!-- configuration table: end -->/.exec(readme);
    expect(table, 'README.md lost its configuration table markers').not.toBeNull();
    // Cell by cell: the formatter pads the README's columns. On a difference, paste the expected
    // table (configurationTable() in src/config.ts) into README.md and run pnpm format.
    const cells = (markdown: string) =>
      markdown.split('\n').map((row) =>
        row
          .split(/(?<!\\)\|/)
          .map((cell) => cell.trim().replace(/^-+$/, '---'))
          .join(' | '),
      );
    expect(cells(table?.[1] ?? '')).toEqual(cells(configurationTable()));
  });

  it('gonghui serve with a bad value stops before starting, with one line naming the variable', async () => {
    const run = promisify(execFile);
    const failure = await run(
      process.execPath,
      ['--conditions=@gonghui/source', '--import', 'tsx', 'src/cli.ts', 'serve', '--port', '0'],
      {
        cwd: PACKAGE,
        env: { ...process.env, GONGHUI_TRUSTED_PROXIES: 'all of them', DATABASE_URL: '' },
      },
    ).then(
      () => null,
      (error: { code: number; stderr: string }) => error,
    );
    expect(failure?.code).toBe(1);
    expect(failure?.stderr.trim().split('\n')).toEqual([
      "[gonghui] GONGHUI_TRUSTED_PROXIES must be a number 0–99 (default 0); got 'all of them'",
    ]);
  });
});
