// A `gonghui serve` process (the CLI's own serve wiring) for test/attack-serve.test.ts, which can be
// told over IPC to leave a promise rejection unhandled ('reject') or throw from a callback nothing
// catches ('throw') — what graphql-js 16 (a late list item's rejection) and a stream's unheard 'error'
// event do — to see what the serving process does with them.
import { main } from '../src/cli.js';

process.on('message', (what) => {
  if (what === 'reject') void Promise.reject(new Error('a late list item nothing waited for'));
  if (what === 'throw')
    setImmediate(() => {
      throw new Error('an error event nobody listened to');
    });
});

main(process.argv.slice(2)).catch((error: unknown) => {
  process.stderr.write(`${error instanceof Error ? error.message : String(error)}\n`);
  process.exit(1);
});
