import type { ChangeHandlers } from '../ports/store.js';
import type { BargainingCase } from './case.js';
import type { BargainingReader, BargainingStoreChange } from './port.js';

/** The bargaining module's part of the in-memory store: cases by id. */
export class BargainingMemory {
  private readonly cases = new Map<string, BargainingCase>();

  /** The module's reader over the Map (the memory store runs one unit of work at a time: no locks). */
  readonly reader: BargainingReader = {
    findCase: async (id) => this.cases.get(id) ?? null,
  };

  /** What each of the module's changes does to the Map: a step replaces the case. */
  readonly handlers: ChangeHandlers<BargainingStoreChange, undefined, void> = {
    'bargaining.opened': (_, change) => void this.cases.set(change.case.id, change.case),
    'bargaining.replied': (_, change) => this.step(change.after),
    'bargaining.negotiatorsNamed': (_, change) => this.step(change.after),
    'bargaining.meetingScheduled': (_, change) => this.step(change.after),
    'bargaining.finished': (_, change) => this.step(change.after),
    'bargaining.contractAdopted': (_, change) => this.step(change.after),
    'bargaining.contractRejected': (_, change) => this.step(change.after),
    'bargaining.contractFiled': (_, change) => this.step(change.after),
    'bargaining.contractObjected': (_, change) => this.step(change.after),
  };

  private step(after: BargainingCase): void {
    this.cases.set(after.id, after);
  }
}
