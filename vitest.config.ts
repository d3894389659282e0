import { createRequire } from 'node:module';
import { defineConfig } from 'vitest/config';

const require = createRequire(import.meta.url);
/** One copy of graphql for every package, or "Cannot use GraphQLSchema from another module or realm". */
const graphqlEntry = require.resolve('graphql', { paths: ['./packages/graphql'] });

export default defineConfig({
  resolve: { alias: [{ find: /^graphql$/, replacement: graphqlEntry }] },
  test: {
    include: ['packages/*/test/**/*.test.ts'],
    testTimeout: 60_000,
    hookTimeout: 120_000,
  },
});
