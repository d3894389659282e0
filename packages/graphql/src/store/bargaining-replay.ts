// The bargaining module's part of `audit verify --against-data`: every case as the last entry of the
// audit log that changed it says it is (each entry's `after` is the whole case), compared with its row.

import { compareTable, type DataDifference, type DataReader, type ModuleReplay } from './audit-replay.js';
import type { Json } from './audit-seal.js';
import { toBargainingCase } from './bargaining.js';

type Row = Record<string, Json>;

/** The replay of bargaining cases. */
export function bargainingReplay(): ModuleReplay {
  const cases = new Map<string, Row>();
  return {
    apply(action, _before, after) {
      if (!action.startsWith('bargaining.')) return;
      const row = after as Row;
      cases.set(row.id as string, row);
    },
    async compare(db: DataReader): Promise<DataDifference[]> {
      const rows = new Map(
        (await db.bargainingCase.findMany()).map((r) => [
          r.id,
          toBargainingCase(r) as unknown as Record<string, unknown>,
        ]),
      );
      return compareTable('BargainingCase', cases, rows);
    },
  };
}
