// Child process for test/audit-sealer.test.ts: a second (and third) process on one PostgreSQL database.
//   write <url> <tag> <n>   records n audit events `test.<tag>` from 8 concurrent loops (each one
//                           committed, then sealed by this process's sealer), prints "done", exits
//   crash <url> <tag>       records 3 events, then commits one more that it never seals, prints
//                           "committed" and kills itself with SIGKILL: a crash between commit and seal
import { queueAuditEntry } from '../../src/store/audit.js';
import { openDatabase } from '../../src/store/database.js';
import { PrismaStore } from '../../src/store/prisma-store.js';
import { testAuditKey, testPersonalData } from './database.js';

const [mode, url, tag, count] = process.argv.slice(2);
if (url === undefined || tag === undefined) throw new Error('usage: audit-child <mode> <url> <tag> [n]');
const db = await openDatabase({
  url,
  migrate: false,
  personalData: testPersonalData,
  auditKey: testAuditKey,
});
const store = new PrismaStore(db, { actor: `child:${tag}`, requestId: null });
const event = (n: number) => ({
  action: `test.${tag}`,
  targetType: 'Test',
  targetId: `${tag}-${n}`,
  organizationId: null,
});

if (mode === 'write') {
  const n = Number(count);
  let next = 0;
  const loop = async () => {
    while (next < n) await store.record(event(next++));
  };
  await Promise.all(Array.from({ length: 8 }, loop));
  process.stdout.write('done\n');
  await db.close();
} else if (mode === 'crash') {
  for (let n = 0; n < 3; n++) await store.record(event(n));
  await db.prisma.$transaction((tx) => queueAuditEntry(tx, store.who, event(3)));
  process.stdout.write('committed\n');
  process.kill(process.pid, 'SIGKILL');
} else {
  throw new Error(`unknown mode ${mode}`);
}
