import { type DomainError, err, ok, type Result } from '../kernel/result.js';
import type { Change, Clock, IdGenerator, Store, UnitOfWork } from '../ports/store.js';
import type { RuleSet } from '../ruleset/rule-set.js';
import type { ChainSegment, OrganizationKind, OrganizationLevel } from './kind.js';
import {
  checkCreditCode,
  checkDissolve,
  checkJoinFederation,
  checkKindLevel,
  checkNoCycle,
  checkOrganizationName,
  checkParent,
  checkRegionCode,
  type FederationMembership,
  type Organization,
  type OrganizationResult,
} from './organization.js';

/** What every command needs besides its input. */
export interface CommandEnv {
  readonly clock: Clock;
  readonly ids: IdGenerator;
  /** The rule set the commands apply; default `acftu2016`. */
  readonly rules?: RuleSet;
}

/** What a command returns on success: its value and the changes to store. */
export interface Decision<T> {
  readonly value: T;
  readonly changes: readonly Change[];
}

/**
 * A refusal that still records something (an audited refusal such as `member.idNumberClaimed`):
 * `execute` applies its changes in the same transaction and returns the error.
 */
export interface RecordedRefusal {
  readonly ok: false;
  readonly error: DomainError;
  readonly changes: readonly Change[];
}

/** A command: loads through the unit of work, checks every rule, decides the changes. */
export type Command<I, T> = (
  uow: UnitOfWork,
  env: CommandEnv,
  input: I,
) => Promise<Result<Decision<T>> | RecordedRefusal>;

/**
 * Runs a command in one transaction of `store`: its changes are applied only when every rule passed,
 * except the changes a `RecordedRefusal` records along with its error.
 */
export async function execute<I, T>(
  store: Store,
  env: CommandEnv,
  command: Command<I, T>,
  input: I,
): Promise<Result<T> & { changes?: readonly Change[] }> {
  return store.transaction(async (uow) => {
    const decided = await command(uow, env, input);
    if (!decided.ok) {
      if (!('changes' in decided)) return decided;
      await uow.apply(decided.changes);
      return { ok: false as const, error: decided.error, changes: decided.changes };
    }
    await uow.apply(decided.value.changes);
    return { ok: true as const, value: decided.value.value, changes: decided.value.changes };
  });
}

async function load(uow: UnitOfWork, id: string, field: string): Promise<OrganizationResult<Organization>> {
  const found = await uow.organizations.findById(id);
  return found ? ok(found) : err('ORG_NOT_FOUND', `no organization with id '${id}'`, { path: [field] });
}

/** The active organization with this id, for a command that attaches something to it (`field` names the input). */
export async function loadActiveOrganization(
  uow: UnitOfWork,
  id: string,
  field = 'organizationId',
): Promise<OrganizationResult<Organization>> {
  const loaded = await load(uow, id, field);
  if (!loaded.ok || loaded.value.status === 'ACTIVE') return loaded;
  return err('ORG_DISSOLVED', `'${loaded.value.name}' is dissolved`, { path: [field] });
}

async function checkCreditCodeFree(
  uow: UnitOfWork,
  creditCode: string | null,
  exceptId: string | null,
): Promise<OrganizationResult<void>> {
  if (creditCode === null) return ok(undefined);
  const holder = await uow.organizations.findByCreditCode(creditCode);
  if (holder && holder.id !== exceptId) {
    return err(
      'ORG_CREDIT_CODE_TAKEN',
      `credit code ${creditCode} is already registered to '${holder.name}'`,
      {
        path: ['creditCode'],
      },
    );
  }
  return ok(undefined);
}

/** Input of `createOrganization`. */
export interface CreateOrganizationInput {
  readonly name: string;
  readonly kind: OrganizationKind;
  readonly level: OrganizationLevel;
  readonly parentId: string | null;
  readonly regionCode?: string | null;
  readonly creditCode?: string | null;
}

/** Creates an organization under a parent (or as a root), checking kind, level, parent and codes. */
export const createOrganization: Command<CreateOrganizationInput, Organization> = async (uow, env, input) => {
  const name = checkOrganizationName(input.name);
  if (!name.ok) return name;
  const regionCode = checkRegionCode(input.regionCode ?? null);
  if (!regionCode.ok) return regionCode;
  const creditCode = checkCreditCode(input.creditCode ?? null);
  if (!creditCode.ok) return creditCode;
  const kindLevel = checkKindLevel(input.kind, input.level);
  if (!kindLevel.ok) return kindLevel;
  let parent: Organization | null = null;
  if (input.parentId !== null) {
    const loaded = await load(uow, input.parentId, 'parentId');
    if (!loaded.ok) return loaded;
    parent = loaded.value;
  }
  const placed = checkParent(input, parent);
  if (!placed.ok) return placed;
  const free = await checkCreditCodeFree(uow, creditCode.value, null);
  if (!free.ok) return free;
  const organization: Organization = {
    id: env.ids.next(),
    name: name.value,
    kind: input.kind,
    level: input.level,
    status: 'ACTIVE',
    regionCode: regionCode.value,
    creditCode: creditCode.value,
    parentId: input.parentId,
    dissolvedAt: null,
  };
  return ok({ value: organization, changes: [{ type: 'organization.created', organization }] });
};

/** Input of `updateOrganization`: fields left undefined stay as they are; `null` clears a code. */
export interface UpdateOrganizationInput {
  readonly id: string;
  readonly name?: string;
  readonly level?: OrganizationLevel;
  readonly regionCode?: string | null;
  readonly creditCode?: string | null;
}

/** Updates an organization's name, level or codes; a new level must still fit its parent and children. */
export const updateOrganization: Command<UpdateOrganizationInput, Organization> = async (
  uow,
  _env,
  input,
) => {
  const loaded = await load(uow, input.id, 'id');
  if (!loaded.ok) return loaded;
  const before = loaded.value;
  if (before.status !== 'ACTIVE')
    return err('ORG_DISSOLVED', `'${before.name}' is dissolved`, { path: ['id'] });
  const name = input.name === undefined ? ok(before.name) : checkOrganizationName(input.name);
  if (!name.ok) return name;
  const regionCode =
    input.regionCode === undefined ? ok(before.regionCode) : checkRegionCode(input.regionCode);
  if (!regionCode.ok) return regionCode;
  const creditCode =
    input.creditCode === undefined ? ok(before.creditCode) : checkCreditCode(input.creditCode);
  if (!creditCode.ok) return creditCode;
  const level = input.level ?? before.level;
  if (level !== before.level) {
    const kindLevel = checkKindLevel(before.kind, level);
    if (!kindLevel.ok) return kindLevel;
    const parent = before.parentId === null ? null : await uow.organizations.findById(before.parentId);
    const placed = checkParent({ kind: before.kind, level }, parent);
    if (!placed.ok) return placed;
    // Dissolved children too: they keep their place (and level) in the tree, below this one.
    if ((await uow.organizations.countChildren(before.id)) > 0) {
      return err(
        'ORG_HAS_CHILDREN',
        'the level of an organization with children (dissolved ones too) cannot change',
        {
          path: ['level'],
        },
      );
    }
  }
  const free = await checkCreditCodeFree(uow, creditCode.value, before.id);
  if (!free.ok) return free;
  const after: Organization = {
    ...before,
    name: name.value,
    level,
    regionCode: regionCode.value,
    creditCode: creditCode.value,
  };
  return ok({ value: after, changes: [{ type: 'organization.updated', before, after }] });
};

/** Input of `moveOrganization`. */
export interface MoveOrganizationInput {
  readonly id: string;
  readonly newParentId: string;
}

/** Moves an organization and its subtree under a new parent: no cycles, kinds and level order respected. */
export const moveOrganization: Command<MoveOrganizationInput, Organization> = async (uow, _env, input) => {
  const loaded = await load(uow, input.id, 'id');
  if (!loaded.ok) return loaded;
  const before = loaded.value;
  if (before.status !== 'ACTIVE')
    return err('ORG_DISSOLVED', `'${before.name}' is dissolved`, { path: ['id'] });
  const parent = await load(uow, input.newParentId, 'newParentId');
  if (!parent.ok) return parent;
  const acyclic = checkNoCycle(
    before.id,
    parent.value.id,
    await uow.organizations.ancestorIds(parent.value.id),
  );
  if (!acyclic.ok) return acyclic;
  const placed = checkParent(before, parent.value);
  if (!placed.ok) return { ok: false, error: { ...placed.error, path: ['newParentId'] } };
  const after: Organization = { ...before, parentId: parent.value.id };
  return ok({ value: after, changes: [{ type: 'organization.moved', before, after }] });
};

/** Input of `dissolveOrganization`. */
export interface DissolveOrganizationInput {
  readonly id: string;
}

/** Dissolves an organization that has no active children and no member unions left. */
export const dissolveOrganization: Command<DissolveOrganizationInput, Organization> = async (
  uow,
  env,
  input,
) => {
  const loaded = await load(uow, input.id, 'id');
  if (!loaded.ok) return loaded;
  const before = loaded.value;
  const allowed = checkDissolve(
    before,
    await uow.organizations.countActiveChildren(before.id),
    await uow.organizations.countMemberUnions(before.id),
  );
  if (!allowed.ok) return allowed;
  const after: Organization = { ...before, status: 'DISSOLVED', dissolvedAt: env.clock.now().toISOString() };
  return ok({ value: after, changes: [{ type: 'organization.updated', before, after }] });
};

/** Input of `joinFederation`. */
export interface JoinFederationInput {
  readonly federationId: string;
  readonly memberId: string;
  readonly chain?: string | null;
  readonly segment?: ChainSegment | null;
}

/** Makes a union a member of a federation (with chain and segment for an industry-chain federation). */
export const joinFederation: Command<JoinFederationInput, FederationMembership> = async (uow, env, input) => {
  const federation = await load(uow, input.federationId, 'federationId');
  if (!federation.ok) return federation;
  const member = await load(uow, input.memberId, 'memberId');
  if (!member.ok) return member;
  const existing = await uow.organizations.findFederationMembership(input.federationId, input.memberId);
  const terms = checkJoinFederation(
    federation.value,
    member.value,
    { chain: input.chain ?? null, segment: input.segment ?? null },
    existing !== null,
  );
  if (!terms.ok) return terms;
  const membership: FederationMembership = {
    id: env.ids.next(),
    federationId: input.federationId,
    memberId: input.memberId,
    chain: terms.value.chain,
    segment: terms.value.segment,
    joinedAt: env.clock.now().toISOString(),
  };
  return ok({ value: membership, changes: [{ type: 'federation.joined', membership }] });
};

/** Input of `leaveFederation`. */
export interface LeaveFederationInput {
  readonly federationId: string;
  readonly memberId: string;
}

/** Ends a union's membership of a federation. */
export const leaveFederation: Command<LeaveFederationInput, FederationMembership> = async (
  uow,
  _env,
  input,
) => {
  const membership = await uow.organizations.findFederationMembership(input.federationId, input.memberId);
  if (!membership) {
    return err('FEDERATION_NOT_MEMBER', 'that union is not a member of that federation', {
      path: ['memberId'],
    });
  }
  return ok({ value: membership, changes: [{ type: 'federation.left', membership }] });
};
