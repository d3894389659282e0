// The bargaining module's part of `audit verify --against-data`: every case as the last entry of the
// audit log that changed it says it is (each entry's `after` is the whole case, its votes included),
// compared with its row.

import { compareTable, type DataDifference, type DataReader, type ModuleReplay } from './audit-replay.js';
import type { Json } from './audit-seal.js';
import { toBargainingCase } from './bargaining.js';

type Row = Record<string, Json>;

/**
 * A case as an entry written before 20261211100000_bargaining_votes has it (`vote`: the adopting vote
 * or null) in today's shape (`votes`), as that migration moved the stored ones; a newer entry as it is.
 */
function currentShape(row: Row): Row {
  if (!('vote' in row)) return row;
  const { vote, ...rest } = row;
  const votes = vote === null ? [] : [{ ...(vote as Row), against: null, abstaining: null, adopted: true }];
  return { ...rest, votes };
}

/** The replay of bargaining cases. */
export function bargainingReplay(): ModuleReplay {
  const cases = new Map<string, Row>();
  return {
    apply(action, _before, after) {
      if (!action.startsWith('bargaining.')) return;
      const row = currentShape(after as Row);
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
