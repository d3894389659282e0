// Timing of GraphQL requests for the benchmarks: each case's median and best of `repetitions`
// requests (after 3 to warm up), printed as ratios to the first case, the floor of the same run; and
// the server they are sent to, in this process.
import { performance } from 'node:perf_hooks';
import { loadAuthConfig } from '../src/auth/token.js';
import { createGonghuiYoga, type ServerOptions } from '../src/server.js';

/** Sends one request; resolves when its answer is read, throws when it carries GraphQL errors. */
export type BenchRequest = (query: string, variables: Record<string, unknown>) => Promise<void>;

/**
 * Starts the API in production mode in this process on `options.db` (tokens signed with a fixed bench
 * secret); an anonymous request to it that fails on any error.
 */
export async function benchServer(
  options: Omit<ServerOptions, 'auth' | 'production'>,
): Promise<BenchRequest> {
  const auth = await loadAuthConfig({ GONGHUI_JWT_SECRET: 'bench-secret-0123456789abcdef0123456789' }, '');
  const yoga = createGonghuiYoga({ ...options, auth, production: true });
  return async (query, variables) => {
    const response = await yoga.fetch('http://bench/graphql', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query, variables }),
    });
    const body = (await response.json()) as { errors?: unknown };
    if (body.errors) throw new Error(JSON.stringify(body.errors));
  };
}

/** One measured request: its label, the document and the variables. */
export type BenchCase = readonly [label: string, query: string, variables: Record<string, unknown>];

/** Times every case through `request` and prints the table of medians and ratios to the first case. */
export async function measureAgainstFloor(
  cases: readonly BenchCase[],
  request: BenchRequest,
  repetitions: number,
  setting: string,
): Promise<void> {
  const median = (values: number[]) =>
    [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)] as number;
  const results: { name: string; median: number; best: number }[] = [];
  for (const [name, query, variables] of cases) {
    for (let i = 0; i < 3; i++) await request(query, variables); // warm up
    const times: number[] = [];
    for (let i = 0; i < repetitions; i++) {
      const t = performance.now();
      await request(query, variables);
      times.push(performance.now() - t);
    }
    results.push({ name, median: median(times), best: Math.min(...times) });
  }
  const floor = results[0]?.median ?? 1;
  console.log(`\n${repetitions} requests each, ${setting}; ratio = median / floor median`);
  console.table(
    results.map((r) => ({
      request: r.name,
      'median ms': r.median.toFixed(2),
      'best ms': r.best.toFixed(2),
      ratio: (r.median / floor).toFixed(1),
    })),
  );
}
