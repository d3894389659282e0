import { execFile } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEFAULT_DATA_DIR, defaultDataDir, resolveDataDir } from '../src/data-dir.js';

const packageRoot = fileURLToPath(new URL('..', import.meta.url));
const repoRoot = fileURLToPath(new URL('../../..', import.meta.url));

describe('the default data directory', () => {
  it('is .gonghui/data in the package of a checkout, whatever the working directory', () => {
    expect(DEFAULT_DATA_DIR).toBe(join(packageRoot, '.gonghui', 'data'));
    expect(defaultDataDir('/srv/gonghui/packages/graphql')).toBe(
      '/srv/gonghui/packages/graphql/.gonghui/data',
    );
  });

  it('is .gonghui/data of the installing project for a package inside node_modules (npm and pnpm layouts)', () => {
    expect(defaultDataDir('/home/a/app/node_modules/@gonghui/graphql')).toBe('/home/a/app/.gonghui/data');
    expect(
      defaultDataDir('/home/a/app/node_modules/.pnpm/@gonghui+graphql@0.1.0/node_modules/@gonghui/graphql'),
    ).toBe('/home/a/app/.gonghui/data');
    expect(defaultDataDir('/node_modules/@gonghui/graphql')).toBe('/.gonghui/data');
  });
});

describe('resolveDataDir', () => {
  it('takes --data first, then GONGHUI_DATA_DIR, then the default; blank counts as unset', () => {
    expect(resolveDataDir('/a', { GONGHUI_DATA_DIR: '/b' })).toBe('/a');
    expect(resolveDataDir(undefined, { GONGHUI_DATA_DIR: '/b' })).toBe('/b');
    expect(resolveDataDir(undefined, {})).toBe(DEFAULT_DATA_DIR);
    expect(resolveDataDir('', { GONGHUI_DATA_DIR: ' ' })).toBe(DEFAULT_DATA_DIR);
  });

  it('takes a relative directory from the working directory and keeps memory:// as it is', () => {
    expect(resolveDataDir('rel/data', {})).toBe(resolve('rel/data'));
    expect(resolveDataDir(undefined, { GONGHUI_DATA_DIR: 'memory://x' })).toBe('memory://x');
  });
});

describe('the gonghui bin', () => {
  let elsewhere: string;
  beforeAll(async () => {
    elsewhere = await mkdtemp(join(tmpdir(), 'gonghui-cwd-'));
  });
  afterAll(async () => {
    await rm(elsewhere, { recursive: true, force: true });
  });

  it('names the same default data directory from the workspace root, the package and another directory', async () => {
    const bin = join(packageRoot, 'bin', 'gonghui.js');
    const env = { ...process.env };
    delete env.GONGHUI_DATA_DIR;
    for (const cwd of [repoRoot, packageRoot, elsewhere]) {
      const { stdout } = await promisify(execFile)(process.execPath, [bin, '--help'], { cwd, env });
      expect(stdout.replace(/\s+/g, ' '), cwd).toContain(`or ${DEFAULT_DATA_DIR})`);
    }
  });
});
