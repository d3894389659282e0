// Child process for test/lock.test.ts. Usage:
//   open <dataDir>        openDatabase on dataDir, print "ready", close when stdin ends (or print the error, exit 3)
//   lock-exit <dataDir>   take the lock, print "locked", then process.exit(0) without releasing
//   lock-hang <dataDir>   take the lock, print "locked", wait to be killed
import { openDatabase } from '../../src/store/database.js';
import { lockDataDir } from '../../src/store/lock.js';

const [mode, dataDir] = process.argv.slice(2);
if (dataDir === undefined) throw new Error('usage: lock-child <mode> <dataDir>');

if (mode === 'open') {
  try {
    const db = await openDatabase({ dataDir });
    process.stdout.write('ready\n');
    process.stdin.resume();
    process.stdin.on('end', async () => {
      await db.close();
      process.stdout.write('closed\n');
    });
  } catch (error) {
    process.stderr.write(`${(error as Error).message}\n`);
    process.exit(3);
  }
} else {
  await lockDataDir(dataDir);
  process.stdout.write('locked\n');
  if (mode === 'lock-exit') process.exit(0);
  setInterval(() => {}, 1000);
}
