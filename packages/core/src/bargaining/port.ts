// The bargaining module's edge to a store: what its commands read, and the changes they decide.

import type { BargainingCase } from './case.js';

/** Reads bargaining cases inside a unit of work. */
export interface BargainingReader {
  /** The case with this id, or null; locked until the unit of work ends (a concurrent step on it queues). */
  findCase(id: string): Promise<BargainingCase | null>;
}

/** The steps of a case after its request, each recorded as its own change (and audit action). */
export const BARGAINING_STEP_CHANGES = [
  'bargaining.replied',
  'bargaining.negotiatorsNamed',
  'bargaining.meetingScheduled',
  'bargaining.finished',
  'bargaining.contractAdopted',
  'bargaining.contractRejected',
  'bargaining.contractFiled',
  'bargaining.contractObjected',
] as const;

/** A change of a bargaining case a command decided on. */
export type BargainingStoreChange =
  | { readonly type: 'bargaining.opened'; readonly case: BargainingCase }
  | BargainingStepChange;

/** A step recorded: the case as it was (`before`, its stage the one the step follows) and as it is now. */
export type BargainingStepChange = {
  readonly [K in (typeof BARGAINING_STEP_CHANGES)[number]]: {
    readonly type: K;
    readonly before: BargainingCase;
    readonly after: BargainingCase;
  };
}[(typeof BARGAINING_STEP_CHANGES)[number]];
