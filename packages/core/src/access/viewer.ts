import { err, ok, type Result } from '../kernel/result.js';

/** The roles a viewer can hold; every role but SYSTEM_ADMIN is scoped to something. */
export const ROLES = ['SYSTEM_ADMIN', 'ORG_ADMIN', 'ORG_VIEWER', 'ELECTION_OFFICER', 'MEMBER'] as const;

/** A role a viewer can hold. */
export type Role = (typeof ROLES)[number];

/** One role with its scope: an organization (and its whole subtree), an election, or a member record. */
export type Grant =
  | { readonly role: 'SYSTEM_ADMIN' }
  | { readonly role: 'ORG_ADMIN' | 'ORG_VIEWER'; readonly organizationId: string }
  | { readonly role: 'ELECTION_OFFICER'; readonly electionId: string }
  | { readonly role: 'MEMBER'; readonly memberId: string };

/** Who is asking: a subject (null when anonymous) and the grants they hold. */
export interface Viewer {
  readonly subject: string | null;
  readonly grants: readonly Grant[];
}

/** The anonymous viewer: no grants, the public organization directory only. */
export const ANONYMOUS: Viewer = { subject: null, grants: [] };

/** Error codes of `parseGrants`. */
export type GrantErrorCode = 'GRANT_INVALID';

const SCOPE_FIELD: Record<Exclude<Role, 'SYSTEM_ADMIN'>, 'organizationId' | 'electionId' | 'memberId'> = {
  ORG_ADMIN: 'organizationId',
  ORG_VIEWER: 'organizationId',
  ELECTION_OFFICER: 'electionId',
  MEMBER: 'memberId',
};

/** Validates grants from an untrusted source (e.g. a token's `roles` claim): every scoped role names its scope. */
export function parseGrants(input: unknown): Result<Grant[], GrantErrorCode> {
  if (!Array.isArray(input)) return err('GRANT_INVALID', 'roles must be a list');
  const grants: Grant[] = [];
  for (const [index, item] of input.entries()) {
    const role = (item as { role?: unknown } | null)?.role;
    if (typeof role !== 'string' || !(ROLES as readonly string[]).includes(role)) {
      return err('GRANT_INVALID', `roles[${index}]: unknown role ${JSON.stringify(role)}`, {
        path: [index, 'role'],
      });
    }
    if (role === 'SYSTEM_ADMIN') {
      grants.push({ role });
      continue;
    }
    const field = SCOPE_FIELD[role as Exclude<Role, 'SYSTEM_ADMIN'>];
    const scope = (item as Record<string, unknown>)[field];
    if (typeof scope !== 'string' || scope.length === 0 || scope.length > 200) {
      return err('GRANT_INVALID', `roles[${index}]: ${role} needs a ${field}`, { path: [index, field] });
    }
    grants.push({ role, [field]: scope } as Grant);
  }
  return ok(grants);
}

/** True when the viewer holds SYSTEM_ADMIN. */
export function isSystemAdmin(viewer: Viewer): boolean {
  return viewer.grants.some((g) => g.role === 'SYSTEM_ADMIN');
}

/** The member records the viewer acts for themselves (their MEMBER grants): enrol, see their own enrollments. */
export function ownMemberIds(viewer: Viewer): string[] {
  return viewer.grants.flatMap((g) => (g.role === 'MEMBER' ? [g.memberId] : []));
}

/** What a viewer wants to do with an organization's subtree: read its protected data, or change it. */
export type OrganizationAccess = 'VIEW' | 'ADMIN';

/** Organization ids whose subtrees the viewer may VIEW (ORG_VIEWER or ORG_ADMIN) or ADMIN (ORG_ADMIN). */
export function organizationScopes(viewer: Viewer, access: OrganizationAccess): string[] {
  const ids = new Set<string>();
  for (const g of viewer.grants) {
    if (g.role === 'ORG_ADMIN' || (access === 'VIEW' && g.role === 'ORG_VIEWER')) ids.add(g.organizationId);
  }
  return [...ids];
}

/**
 * Whether the viewer may VIEW or ADMIN an organization, given the ids of the organization itself and
 * all its ancestors: a grant on any of them covers it (a grant covers the whole subtree).
 */
export function permitsOrganization(
  viewer: Viewer,
  access: OrganizationAccess,
  selfAndAncestorIds: readonly string[],
): boolean {
  if (isSystemAdmin(viewer)) return true;
  const scopes = organizationScopes(viewer, access);
  return scopes.some((id) => selfAndAncestorIds.includes(id));
}

/** How far a viewer may see one member: not at all, the record with personal data masked, or in clear. */
export type MemberAccess = 'NONE' | 'VIEW' | 'REVEAL';

/**
 * What a viewer may see of a member, given the member's id and the ids of the member's organization
 * and all its ancestors: the member themselves (a MEMBER grant for this record) and ORG_ADMIN of the
 * organization or above (or a system admin) may REVEAL personal data; ORG_VIEWER there may only VIEW
 * it masked; anyone else sees nothing.
 */
export function memberAccess(
  viewer: Viewer,
  memberId: string,
  organizationSelfAndAncestorIds: readonly string[],
): MemberAccess {
  if (ownMemberIds(viewer).includes(memberId)) return 'REVEAL';
  if (permitsOrganization(viewer, 'ADMIN', organizationSelfAndAncestorIds)) return 'REVEAL';
  if (permitsOrganization(viewer, 'VIEW', organizationSelfAndAncestorIds)) return 'VIEW';
  return 'NONE';
}

/** An organization change, with the tree facts that decide who may make it. */
export type OrganizationChange =
  | { readonly type: 'create'; readonly parentId: string | null }
  | { readonly type: 'update'; readonly id: string }
  | { readonly type: 'move'; readonly parentId: string | null; readonly newParentId: string }
  | { readonly type: 'dissolve'; readonly parentId: string | null }
  | { readonly type: 'join'; readonly federationId: string }
  | { readonly type: 'leave'; readonly federationId: string; readonly memberId: string }
  | { readonly type: 'registerMember'; readonly organizationId: string };

/** Whose ADMIN a change needs: all or any of these organizations; an empty list means SYSTEM_ADMIN only. */
export interface ChangeAuthority {
  readonly mode: 'ALL' | 'ANY';
  readonly organizationIds: readonly string[];
}

/**
 * Who may change what: creating and dissolving are the parent's business (a root's: the system
 * admin's), renaming the organization's own, moving needs both the old and the new parent,
 * admitting a union the federation's, leaving either side's; registering a member the admin's of
 * the union the member joins (or above it).
 */
export function organizationChangeAuthority(change: OrganizationChange): ChangeAuthority {
  const all = (...ids: (string | null)[]): ChangeAuthority =>
    ids.includes(null)
      ? { mode: 'ALL', organizationIds: [] }
      : { mode: 'ALL', organizationIds: ids as string[] };
  switch (change.type) {
    case 'create':
    case 'dissolve':
      return all(change.parentId);
    case 'update':
      return all(change.id);
    case 'move':
      return all(change.parentId, change.newParentId);
    case 'join':
      return all(change.federationId);
    case 'registerMember':
      return all(change.organizationId);
    case 'leave':
      return { mode: 'ANY', organizationIds: [change.federationId, change.memberId] };
  }
}
