import { createRequire } from 'node:module';
import { defaultClientConditions } from 'vite';
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
  // Node's own conditions only ('module' would pick ESM builds meant for bundlers, such as
  // @opentelemetry/api's extensionless one, which Node then cannot load).
  ssr: { resolve: { conditions: [SOURCE_CONDITION, 'node', 'development|production'] } },
  test: {
    include: ['packages/*/test/**/*.test.ts'],
    testTimeout: 60_000,
    hookTimeout: 120_000,
  },
});
