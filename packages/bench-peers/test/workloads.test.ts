// The benchmark's data and targets: the shapes the README and docs/BENCHMARKS.md quote, and W5
// writing where no read workload looks (or the answers autocannon compares with would change).
import { describe, expect, it } from 'vitest';
import { FULL_TREE, QUICK_TREE, treeSize } from '../src/data.js';
import { findPostgresBin } from '../src/postgres.js';
import { globalId, targets } from '../src/workloads.js';

describe('bench:peers data', () => {
  it('the full tree is the one of bench/subtree.ts: 99,903 organizations, 497,894 closure rows', () => {
    expect(treeSize(FULL_TREE)).toEqual({ organizations: 99_903, links: 497_894 });
  });

  it('the quick tree is small but has more than the 20 townships W4 lists', () => {
    expect(treeSize(QUICK_TREE).organizations).toBe(103);
    expect(QUICK_TREE.cities * QUICK_TREE.countiesPerCity * QUICK_TREE.townsPerCounty).toBeGreaterThan(20);
  });

  for (const [name, shape] of [
    ['full', FULL_TREE],
    ['quick', QUICK_TREE],
  ] as const) {
    it(`W5 on the ${name} tree writes outside W3's city and after the first 20 towns by name`, () => {
      const t = targets(shape);
      expect(t.writeParent.startsWith(`t${t.city.slice(1)}.`)).toBe(false);
      const towns: string[] = [];
      for (let c = 1; c <= shape.cities; c++)
        for (let k = 1; k <= shape.countiesPerCity; k++)
          for (let n = 1; n <= shape.townsPerCounty; n++) towns.push(`${c}.${k}.${n}`);
      // W4 orders townships by name, `TOWNSHIP <path>`, in the C collation the cluster uses.
      const first20 = towns
        .sort()
        .slice(0, 20)
        .map((path) => `t${path}`);
      expect(first20).not.toContain(t.writeParent);
    });
  }

  it("gonghui's global IDs are Relay's base64 of `Organization:<id>`", () => {
    expect(Buffer.from(globalId('t5.4.3'), 'base64').toString()).toBe('Organization:t5.4.3');
  });

  it('finds no PostgreSQL where none is installed (the quick run then skips)', () => {
    expect(findPostgresBin('/nonexistent/postgresql')).toBeNull();
  });
});
