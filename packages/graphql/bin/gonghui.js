#!/usr/bin/env node
// The gonghui command line. Runs the build (dist/, made by `pnpm build`) when it is there, as an
// installed package has it; otherwise, in the workspace, the TypeScript sources through tsx, with
// the `@gonghui/source` export condition so that @gonghui/core resolves to its sources too.
import { existsSync } from 'node:fs';
import { register } from 'node:module';

const built = new URL('../dist/cli.js', import.meta.url);
let cli;
if (existsSync(built)) {
  cli = await import(built.href);
} else {
  const tsx = await import('tsx/esm/api').catch(() => {
    process.stderr.write("[gonghui] no build in dist/ and no tsx to run the sources: run 'pnpm build'\n");
    process.exit(1);
  });
  tsx.register();
  // Registered after tsx, so it runs first and tsx resolves with the source condition.
  register(
    `data:text/javascript,${encodeURIComponent(
      "export const resolve = (specifier, context, next) => next(specifier, { ...context, conditions: ['@gonghui/source', ...context.conditions] });",
    )}`,
  );
  cli = await import('../src/cli.ts');
}
await cli.main(process.argv.slice(2)).catch((error) => {
  process.stderr.write(`[gonghui] ${error instanceof Error ? error.message : String(error)}\n`);
  process.exit(1);
});
