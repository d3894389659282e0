import { createRequire } from 'node:module';
import { defaultClientConditions, defaultServerConditions } from 'vite';
import { defineConfig } from 'vitest/config';

const require = createRequire(import.meta.url);
/** One copy of graphql for every package, or "Cannot use GraphQLSchema from another module or realm". */
const graphqlEntry = require.resolve('graphql', { paths: ['./packages/graphql'] });
/**
 * The export condition that maps `@gonghui/*` to their TypeScript sources (see each package's
 * `exports`), so tests run on the sources without building the packages first.
 */
const SOURCE_CONDITION = '@gonghui/source';

export default defineConfig({
  resolve: {
    alias: [{ find: /^graphql$/, replacement: graphqlEntry }],
    conditions: [SOURCE_CONDITION, ...defaultClientConditions],
  },
  ssr: { resolve: { conditions: [SOURCE_CONDITION, ...defaultServerConditions] } },
  test: {
    include: ['packages/*/test/**/*.test.ts'],
    testTimeout: 60_000,
    hookTimeout: 120_000,
  },
});
