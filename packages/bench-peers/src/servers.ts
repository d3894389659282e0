// Starting the three servers as child processes (so each one's RSS and CPU time can be read from
// /proc) and talking to them: gonghui's CLI `serve` in production mode, PostGraphile and the raw
// handler from peers/*.mjs on plain node.
import { type ChildProcess, execFile as execFileCallback, spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { freePort } from './postgres.js';
import type { Request, ServerName } from './workloads.js';

const execFile = promisify(execFileCallback);

/** The repository root. */
export const REPO = fileURLToPath(new URL('../../../', import.meta.url));
const GRAPHQL_PACKAGE = `${REPO}packages/graphql`;
const PEERS = fileURLToPath(new URL('../peers/', import.meta.url));

/** How gonghui's CLI is run: its package bin, which runs the build when there is one, else the sources through tsx. */
export interface GonghuiLaunch {
  readonly mode: 'built JavaScript' | 'TypeScript sources through tsx';
  readonly args: readonly string[];
}

/** `node packages/graphql/bin/gonghui.js`; built when `packages/graphql/dist/cli.js` exists (the bin then runs it). */
export function gonghuiLaunch(): GonghuiLaunch {
  const built = existsSync(`${GRAPHQL_PACKAGE}/dist/cli.js`);
  return {
    mode: built ? 'built JavaScript' : 'TypeScript sources through tsx',
    args: [`${GRAPHQL_PACKAGE}/bin/gonghui.js`],
  };
}

/** Runs the workspace's `pnpm build` when it has one (the packages' dist/); returns whether it did. */
export async function buildGonghui(): Promise<boolean> {
  const manifest = JSON.parse(await readFile(`${REPO}package.json`, 'utf8')) as {
    scripts?: Record<string, string>;
  };
  if (!manifest.scripts?.build) return false;
  await execFile('pnpm', ['run', 'build'], { cwd: REPO, maxBuffer: 16 * 1024 * 1024 });
  return true;
}

/** Environment every gonghui process gets: production secrets made up for the run, no rate limit, warnings only. */
export function gonghuiEnv(databaseUrl: string, secrets: Secrets, dataDir: string): NodeJS.ProcessEnv {
  return {
    ...process.env,
    NODE_ENV: 'production',
    DATABASE_URL: databaseUrl,
    GONGHUI_JWT_SECRET: secrets.jwtSecret,
    GONGHUI_DATA_KEY: secrets.dataKey,
    GONGHUI_DATA_DIR: dataDir,
    GONGHUI_RATE_LIMIT: '0',
    // No per-request log line: logging is not what the peers are compared on.
    GONGHUI_LOG_LEVEL: 'warn',
  };
}

/** Secrets made up for one run. */
export interface Secrets {
  readonly jwtSecret: string;
  readonly dataKey: string;
}

/** Runs a gonghui CLI command to completion (e.g. `migrate`, `token`); returns its stdout. */
export async function gonghuiCommand(
  launch: GonghuiLaunch,
  env: NodeJS.ProcessEnv,
  args: string[],
): Promise<string> {
  const { stdout } = await execFile(process.execPath, [...launch.args, ...args], {
    cwd: GRAPHQL_PACKAGE,
    env,
    maxBuffer: 16 * 1024 * 1024,
  });
  return stdout;
}

/** A running server. */
export interface Server {
  readonly name: ServerName;
  readonly pid: number;
  readonly base: string;
  /** Milliseconds from spawn to the first good answer. */
  readonly coldStartMs: number;
  /** Stops the process (SIGTERM, then SIGKILL after 5 s). */
  stop(): Promise<void>;
}

/** POSTs a request; returns the parsed JSON body (and throws on a non-2xx status). */
export async function send(base: string, request: Request, token: string): Promise<unknown> {
  const response = await fetch(`${base}${request.path}`, {
    method: 'POST',
    headers: headersFor(request, token),
    body: request.body,
  });
  const text = await response.text();
  if (!response.ok)
    throw new Error(`HTTP ${response.status} from ${base}${request.path}: ${text.slice(0, 500)}`);
  return JSON.parse(text);
}

/** Headers of a request: JSON, and the bearer token for writes. */
export function headersFor(request: Request, token: string): Record<string, string> {
  return {
    'content-type': 'application/json',
    ...(request.authenticated ? { authorization: `Bearer ${token}` } : {}),
  };
}

/** How to start one server. */
export interface ServerSpec {
  readonly name: ServerName;
  readonly args: readonly string[];
  readonly cwd: string;
  readonly env: NodeJS.ProcessEnv;
}

/** The spec of a peer (postgraphile or raw) on a database. */
export function peerSpec(
  name: 'postgraphile' | 'raw',
  databaseUrl: string,
  secrets: Secrets,
  port: number,
): ServerSpec {
  return {
    name,
    args: [`${PEERS}${name}.mjs`],
    cwd: PEERS,
    env: {
      ...process.env,
      NODE_ENV: 'production',
      DATABASE_URL: databaseUrl,
      PORT: String(port),
      GONGHUI_JWT_SECRET: secrets.jwtSecret,
    },
  };
}

/** The spec of gonghui's `serve` on a database. */
export function gonghuiSpec(launch: GonghuiLaunch, env: NodeJS.ProcessEnv, port: number): ServerSpec {
  return {
    name: 'gonghui',
    args: [...launch.args, 'serve', '--port', String(port), '--host', '127.0.0.1'],
    cwd: GRAPHQL_PACKAGE,
    env,
  };
}

/** A free port for a server. */
export { freePort };

/**
 * Spawns a server and polls `probe` every 20 ms until it answers (at most 60 s); the time to that
 * first answer is its cold start.
 */
export async function startServer(
  spec: ServerSpec,
  port: number,
  probe: Request,
  token: string,
): Promise<Server> {
  const started = performance.now();
  const child: ChildProcess = spawn(process.execPath, spec.args, {
    cwd: spec.cwd,
    env: spec.env,
    stdio: ['ignore', 'ignore', 'pipe'],
  });
  let stderr = '';
  child.stderr?.on('data', (chunk) => {
    stderr = (stderr + String(chunk)).slice(-4000);
  });
  let exited = false;
  child.once('exit', () => {
    exited = true;
  });
  const base = `http://127.0.0.1:${port}`;
  for (;;) {
    if (exited) throw new Error(`${spec.name} exited before answering:\n${stderr}`);
    if (performance.now() - started > 60_000) {
      child.kill('SIGKILL');
      throw new Error(`${spec.name} did not answer within 60 s:\n${stderr}`);
    }
    try {
      await send(base, probe, token);
      break;
    } catch {
      await new Promise((resolve) => setTimeout(resolve, 20));
    }
  }
  const coldStartMs = performance.now() - started;
  return {
    name: spec.name,
    pid: child.pid as number,
    base,
    coldStartMs,
    stop: () =>
      new Promise<void>((resolve) => {
        if (exited) return resolve();
        const kill = setTimeout(() => child.kill('SIGKILL'), 5000);
        child.once('exit', () => {
          clearTimeout(kill);
          resolve();
        });
        child.kill('SIGTERM');
      }),
  };
}

/** Resident set size of a process in bytes, from /proc. */
export async function rssOf(pid: number): Promise<number> {
  const status = await readFile(`/proc/${pid}/status`, 'utf8');
  const kb = /VmRSS:\s+(\d+) kB/.exec(status)?.[1];
  return Number(kb ?? 0) * 1024;
}

/** CPU time (user + system) a process has used, in milliseconds, from /proc (clock ticks of 10 ms). */
export async function cpuMsOf(pid: number): Promise<number> {
  const stat = await readFile(`/proc/${pid}/stat`, 'utf8');
  const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
  // After the command name: state is field 3, utime 14 and stime 15 (1-based) → indexes 11 and 12 here.
  return (Number(fields[11]) + Number(fields[12])) * 10;
}
