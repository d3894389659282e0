// The benchmark's table, for the terminal and for docs/BENCHMARKS.md.
import { execFile as execFileCallback } from 'node:child_process';
import { cpus, totalmem } from 'node:os';
import { promisify } from 'node:util';
import { REPO } from './servers.js';
import type { ServerName } from './workloads.js';

const execFile = promisify(execFileCallback);

/** One autocannon run of one workload on one server. */
export interface Measurement {
  readonly workload: string;
  readonly server: ServerName;
  readonly round: number;
  readonly requestsPerSecond: number;
  readonly p50: number;
  readonly p99: number;
  readonly cpuMsPerRequest: number;
}

/** Memory and start-up of one server process. */
export interface ProcessFacts {
  readonly server: ServerName;
  readonly coldStartMs: number;
  readonly idleRss: number;
  readonly peakRss: number;
}

/** Everything one run of the benchmark found. */
export interface RunFacts {
  readonly quick: boolean;
  readonly startedAt: Date;
  readonly postgres: string;
  readonly gonghuiMode: string;
  readonly connections: number;
  readonly rounds: number;
  /** 1, 5 and 15-minute load averages of the machine when the run began and ended. */
  readonly loadAverage: { readonly start: number[]; readonly end: number[] };
  /** Length of one autocannon run, e.g. `10 s`. */
  readonly run: string;
  readonly load: { organizations: number; links: number; loadMs: number; floorMs: number };
  readonly workloads: readonly { id: string; title: string }[];
  /** Statements per request by `<workload>/<server>`. */
  readonly statements: ReadonlyMap<string, number>;
  readonly measurements: readonly Measurement[];
  readonly processes: readonly ProcessFacts[];
}

const SERVERS: readonly ServerName[] = ['gonghui', 'postgraphile', 'raw'];

const mean = (values: number[]) => values.reduce((a, b) => a + b, 0) / Math.max(values.length, 1);
const fixed = (value: number, digits: number) => (Number.isFinite(value) ? value.toFixed(digits) : '–');
const mb = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(0)} MB`;

/** Rows of the main table: one per workload. */
function rows(facts: RunFacts): string[][] {
  return facts.workloads.map(({ id, title }) => {
    const of = (server: ServerName) =>
      facts.measurements.filter((m) => m.workload === id && m.server === server);
    const per = (pick: (m: Measurement) => number, digits: number) =>
      SERVERS.map((s) => fixed(mean(of(s).map(pick)), digits)).join(' / ');
    // Ratios pair the runs of the same round; the range spans the rounds.
    const ratio = (peer: ServerName) => {
      const values = of('gonghui').map((g) => {
        const p = of(peer).find((m) => m.round === g.round);
        return p ? g.requestsPerSecond / p.requestsPerSecond : Number.NaN;
      });
      const low = Math.min(...values);
      const high = Math.max(...values);
      return low.toFixed(2) === high.toFixed(2) ? fixed(low, 2) : `${fixed(low, 2)}–${fixed(high, 2)}`;
    };
    return [
      `${id} ${title}`,
      per((m) => m.requestsPerSecond, 0),
      per((m) => m.p50, 1),
      per((m) => m.p99, 1),
      SERVERS.map((s) => fixed(facts.statements.get(`${id}/${s}`) ?? Number.NaN, 1)).join(' / '),
      per((m) => m.cpuMsPerRequest, 2),
      ratio('postgraphile'),
      ratio('raw'),
    ];
  });
}

const HEADER = [
  'workload',
  'req/s gonghui / PostGraphile / raw',
  'p50 ms',
  'p99 ms',
  'SQL statements per request',
  'Node CPU ms per request',
  'gonghui ÷ PostGraphile (req/s)',
  'gonghui ÷ raw (req/s)',
];

const PROCESS_HEADER = ['server', 'cold start to first answer', 'idle RSS', 'peak RSS under load'];

function processRows(facts: RunFacts): string[][] {
  return facts.processes.map((p) => [
    p.server,
    `${(p.coldStartMs / 1000).toFixed(2)} s`,
    mb(p.idleRss),
    mb(p.peakRss),
  ]);
}

function loadLine(facts: RunFacts): string {
  const { organizations, links, loadMs, floorMs } = facts.load;
  return (
    `Data: ${organizations.toLocaleString('en')} organizations and ${links.toLocaleString('en')} closure rows loaded with COPY ` +
    `into the migrated tables (keys and indexes dropped, rebuilt and validated afterwards) in ${(loadMs / 1000).toFixed(2)} s; a plain COPY of the same rows ` +
    `into bare tables with the indexes built afterwards took ${(floorMs / 1000).toFixed(2)} s: ratio ${(loadMs / floorMs).toFixed(2)}.`
  );
}

/** A plain-text table, columns padded. */
function textTable(header: string[], body: string[][]): string {
  const widths = header.map((h, i) => Math.max(h.length, ...body.map((r) => (r[i] ?? '').length)));
  const line = (cells: string[]) => cells.map((c, i) => c.padEnd(widths[i] ?? 0)).join('  ');
  return [line(header), widths.map((w) => '-'.repeat(w)).join('  '), ...body.map(line)].join('\n');
}

/** A Markdown table, columns padded as Biome formats it. */
function markdownTable(header: string[], body: string[][]): string {
  const widths = header.map((h, i) => Math.max(3, h.length, ...body.map((r) => (r[i] ?? '').length)));
  const line = (cells: string[]) => `| ${cells.map((c, i) => c.padEnd(widths[i] ?? 0)).join(' | ')} |`;
  return [line(header), line(widths.map((w) => '-'.repeat(w))), ...body.map(line)].join('\n');
}

/** The results for the terminal. */
export function renderTable(facts: RunFacts): string {
  return [
    `${facts.quick ? 'QUICK run (small data, few requests: checks that the benchmark works; the numbers mean nothing)' : 'bench:peers'}; ` +
      `autocannon ${facts.connections} connections, ${facts.run} per run, ${facts.rounds === 2 ? 'two rounds (server order reversed in the second)' : 'one round'}`,
    loadLine(facts),
    '',
    textTable(HEADER, rows(facts)),
    '',
    textTable(PROCESS_HEADER, processRows(facts)),
  ].join('\n');
}

/** Short commit of the checkout, with `+ uncommitted changes` when the tree is dirty. */
async function commitOf(): Promise<string> {
  try {
    const head = (await execFile('git', ['-C', REPO, 'rev-parse', '--short', 'HEAD'])).stdout.trim();
    const dirty = (
      await execFile('git', ['-C', REPO, 'status', '--porcelain', '--untracked-files=no'])
    ).stdout.trim();
    return dirty ? `${head} + uncommitted changes` : head;
  } catch {
    return 'unknown';
  }
}

/** docs/BENCHMARKS.md: the tables with the machine, date and commit they come from. */
export async function renderMarkdown(facts: RunFacts): Promise<string> {
  const cpu = cpus();
  const load = (values: number[]) => values.map((l) => l.toFixed(2)).join(', ');
  return `# Benchmarks: gonghui beside PostGraphile and a raw handler

Written by \`pnpm bench:peers\` (packages/bench-peers); do not edit by hand, run it again. What it
does and how to read it: README, section "Benchmarks".

- **Date:** ${facts.startedAt.toISOString()}
- **Commit:** ${await commitOf()}
- **Machine:** ${cpu[0]?.model ?? 'unknown CPU'}, ${cpu.length} cores, ${mb(totalmem())} RAM; load average ${load(facts.loadAverage.start)} at the start, ${load(facts.loadAverage.end)} at the end (other work on the machine competes with the run)
- **Software:** Node ${process.version}; ${facts.postgres} (throwaway cluster, fsync off, pg_stat_statements); gonghui from ${facts.gonghuiMode}, NODE_ENV=production; PostGraphile 4.14 with pg-simplify-inflector; raw node:http + pg
- **Load:** autocannon, ${facts.connections} connections, ${facts.run} per run after a warm-up, two rounds with the server order reversed in the second; the client runs on the same cores

${loadLine(facts)}

## Throughput, latency, statements and CPU per request

Each cell lists gonghui / PostGraphile / raw; req/s, p50, p99 and CPU are means of the two rounds,
ratios are per round (a range when the rounds differ). SQL statements per request: calls counted by
pg_stat_statements (top-level statements, BEGIN/COMMIT included) in the server's own database over
sequential requests. Node CPU: user + system time of the server process during a run ÷ its requests.

${markdownTable(HEADER, rows(facts))}

## Process

${markdownTable(PROCESS_HEADER, processRows(facts))}

Cold start: spawn of the process to its first good W1 answer, the database warm and migrated. Idle
RSS: after start-up and the answer check, before load; peak RSS: highest sample (every 200 ms)
during all runs.

## How each server does the work

- **gonghui**: its CLI's \`serve\` with \`NODE_ENV=production\` and the rate limit off, on its own
  clone of the data; nothing in it is tuned for the benchmark.
- **PostGraphile** 4.14 with pg-simplify-inflector (\`packages/bench-peers/peers/postgraphile.mjs\`):
  a pool of 10 connections, default CRUD mutations, GraphiQL and the query log off, bearer tokens
  verified with gonghui's secret. The closure table is exposed for W3 as a view of the rows below an
  organization with smart-tag foreign keys (\`Organization.subtree\` ordered by distance, name, id,
  each row's \`descendant\`), so PostgreSQL inlines it onto the closure index; W5 is the mutation
  \`registerOrganization\`, a plpgsql function that checks the parent, inserts the row and its
  closure rows, takes gonghui's write lock (the same advisory lock) and appends a hash-chained audit
  entry (SHA-256 of the entry's jsonb text); both in \`peers/postgraphile.sql\`.
- **raw** (\`peers/raw.mjs\`): node:http and pg, a pool of 10, hand-written SQL: W1 one join; W2 and
  W3 the page and the count as two statements in parallel; W4 one statement (the 20 townships,
  then a LATERAL join with LIMIT 5 per township); W5 the transaction of PostGraphile's function
  statement by statement, the audit entry's RFC 8785 JSON hashed in Node as gonghui does.
- Before timing, the three must return the same rows for every workload (W5: the same organization,
  its closure rows and one audit entry, checked in the database); during the runs autocannon
  compares every read answer with the checked one, and any difference, error or non-2xx fails the run.
- The client (autocannon), PostgreSQL and the server share the machine's cores, and other work on
  the machine competes (see the load average above): compare the ratios of one round rather than
  absolute requests per second across runs.
`;
}
