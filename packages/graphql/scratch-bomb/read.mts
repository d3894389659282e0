import { fileOnDisk, openRows } from '../src/import/source.ts';

const file = await fileOnDisk(process.argv[2] as string);
const t = performance.now();
const source = await openRows(file);
let rows = 0;
try {
  for await (const _ of source.rows) rows++;
} catch (e) {
  console.log('error', (e as Error).message.slice(0, 100));
}
console.log({
  rows,
  ms: Math.round(performance.now() - t),
  rssMB: Math.round(process.memoryUsage().rss / 1e6),
  peakMB: Math.round(process.resourceUsage().maxRSS / 1e3),
});
