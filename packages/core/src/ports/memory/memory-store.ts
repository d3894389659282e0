import { ActivityMemory } from '../../activity/memory.js';
import { BargainingMemory } from '../../bargaining/memory.js';
import { BenefitMemory } from '../../benefit/memory.js';
import { beneficiaryFacts } from '../../benefit/policy.js';
import { CongressMemory } from '../../congress/memory.js';
import { MemberMemory } from '../../member/memory.js';
import { OrganizationMemory } from '../../organization/memory.js';
import { type Change, type ChangeHandlers, handleChange, type Store, type UnitOfWork } from '../store.js';

/**
 * An in-memory store: the whole model in Maps, for programs and tests that need no database.
 * Units of work run one after another, like the serialised writes of the database store. Each
 * module keeps its own part (`organizations`, `members`); the store composes them.
 */
export class MemoryStore implements Store {
  /** The organization tree and federation memberships. */
  readonly organizationData = new OrganizationMemory();
  /** The member registry (its subtree reads go through the organization tree). */
  readonly memberData = new MemberMemory((id) => this.subtreeIds(id));
  /** Congresses, terms, delegates, committees and positions. */
  readonly congressData = new CongressMemory(this.organizationData, this.memberData);
  /** Activities and their enrollments. */
  readonly activityData = new ActivityMemory();
  /** Funds, programs and the ledger; a run's members are the member registry's, by subtree. */
  readonly benefitData = new BenefitMemory((organizationId) => {
    const inSubtree = new Set(this.subtreeIds(organizationId));
    return this.memberData
      .members()
      .filter((m) => inSubtree.has(m.membership.organizationId))
      .map(beneficiaryFacts);
  });
  /** Bargaining cases. */
  readonly bargainingData = new BargainingMemory();
  private readonly handlers: ChangeHandlers<Change, undefined, void> = {
    ...this.organizationData.handlers,
    ...this.memberData.handlers,
    ...this.congressData.handlers,
    ...this.activityData.handlers,
    ...this.benefitData.handlers,
    ...this.bargainingData.handlers,
  };
  private queue: Promise<unknown> = Promise.resolve();

  /** The ids of an organization and everything below it: what "in the subtree" means for every module here. */
  private subtreeIds(organizationId: string): string[] {
    return this.organizationData.subtree(organizationId).map((o) => o.id);
  }

  /** Runs `work` after every earlier unit of work; its changes are applied as one step. */
  transaction<T>(work: (uow: UnitOfWork) => Promise<T>): Promise<T> {
    const uow: UnitOfWork = {
      organizations: this.organizationData.reader,
      members: this.memberData.reader,
      congresses: this.congressData.reader,
      activities: this.activityData.reader,
      benefits: this.benefitData.reader,
      bargaining: this.bargainingData.reader,
      apply: async (changes) => {
        for (const change of changes) handleChange(this.handlers, undefined, change);
      },
    };
    const run = this.queue.then(() => work(uow));
    this.queue = run.catch(() => undefined);
    return run;
  }
}
