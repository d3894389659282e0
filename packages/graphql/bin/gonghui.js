#!/usr/bin/env node
// The gonghui command line: runs the TypeScript sources through tsx's loader.
import { register } from 'tsx/esm/api';

register();
const { main } = await import('../src/cli.ts');
await main(process.argv.slice(2)).catch((error) => {
  process.stderr.write(`[gonghui] ${error instanceof Error ? error.message : String(error)}\n`);
  process.exit(1);
});
