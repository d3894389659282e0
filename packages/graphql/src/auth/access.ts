import {
  isSystemAdmin,
  type MemberAccess,
  memberAccess,
  type OrganizationAccess,
  organizationChangeAuthority,
  organizationScopes,
  ownMemberIds,
  permitsOrganization,
  type Viewer,
} from '@gonghui/core';
import DataLoader from 'dataloader';
import type { PrismaClient } from '../generated/prisma/client.js';

/** A requested organization change, by the ids the API receives (parents are looked up). */
export type ChangeRequest =
  | { readonly type: 'create'; readonly parentId: string | null }
  | { readonly type: 'update'; readonly id: string }
  | { readonly type: 'move'; readonly id: string; readonly newParentId: string }
  | { readonly type: 'dissolve'; readonly id: string }
  | { readonly type: 'join'; readonly federationId: string }
  | { readonly type: 'leave'; readonly federationId: string; readonly memberId: string }
  | { readonly type: 'registerMember'; readonly organizationId: string };

/**
 * Per-request access checks: loads the tree facts the core rules need (an organization's ancestors,
 * its parent) in batches, then asks core whether the viewer may do it.
 */
export class Access {
  #paths: DataLoader<string, string[]> | undefined;
  #parents: DataLoader<string, string | null | undefined> | undefined;

  /** Binds the checks to one request's viewer and database. */
  constructor(
    private readonly prisma: PrismaClient,
    readonly viewer: Viewer,
  ) {}

  /** Each organization's ancestors (itself included), batched; made on first use (an anonymous read needs none). */
  private get paths(): DataLoader<string, string[]> {
    this.#paths ??= new DataLoader(async (ids) => {
      const links = await this.prisma.organizationLink.findMany({
        where: { descendantId: { in: [...ids] } },
        select: { ancestorId: true, descendantId: true },
      });
      const byId = new Map<string, string[]>(ids.map((id) => [id, []]));
      for (const link of links) byId.get(link.descendantId)?.push(link.ancestorId);
      return ids.map((id) => byId.get(id) ?? []);
    });
    return this.#paths;
  }

  /** Each organization's parent id, batched; made on first use. */
  private get parents(): DataLoader<string, string | null | undefined> {
    this.#parents ??= new DataLoader(async (ids) => {
      const rows = await this.prisma.organization.findMany({
        where: { id: { in: [...ids] } },
        select: { id: true, parentId: true },
      });
      const byId = new Map(rows.map((r) => [r.id, r.parentId]));
      return ids.map((id) => byId.get(id));
    });
    return this.#parents;
  }

  /** True when the viewer holds any role at all. */
  get authenticated(): boolean {
    return this.viewer.subject !== null;
  }

  /** The member records the viewer is (their MEMBER grants). */
  get ownMemberIds(): string[] {
    return ownMemberIds(this.viewer);
  }

  /** True when the viewer is a system administrator. */
  get systemAdmin(): boolean {
    return isSystemAdmin(this.viewer);
  }

  /** Organization ids whose subtrees the viewer may VIEW or ADMIN (empty for a system admin: see `systemAdmin`). */
  scopes(access: OrganizationAccess): string[] {
    return organizationScopes(this.viewer, access);
  }

  /** Whether the viewer may VIEW or ADMIN this organization (a grant on it or any ancestor). */
  async permits(access: OrganizationAccess, organizationId: string): Promise<boolean> {
    if (this.systemAdmin) return true;
    if (this.scopes(access).length === 0) return false;
    return permitsOrganization(this.viewer, access, await this.paths.load(organizationId));
  }

  /** What the viewer may see of a member (core's `memberAccess`): NONE, VIEW (masked) or REVEAL. */
  async memberAccess(memberId: string, organizationId: string): Promise<MemberAccess> {
    const ownRecord = this.ownMemberIds.includes(memberId);
    if (!this.systemAdmin && !ownRecord && this.scopes('VIEW').length === 0) return 'NONE';
    return memberAccess(this.viewer, memberId, await this.paths.load(organizationId));
  }

  /** Whether the viewer may make this change, by the core rule of who may change what. */
  async mayChange(request: ChangeRequest): Promise<boolean> {
    if (this.systemAdmin) return true;
    const parentOf = async (id: string) => (await this.parents.load(id)) ?? null;
    const change =
      request.type === 'move'
        ? { type: 'move' as const, parentId: await parentOf(request.id), newParentId: request.newParentId }
        : request.type === 'dissolve'
          ? { type: 'dissolve' as const, parentId: await parentOf(request.id) }
          : request;
    const authority = organizationChangeAuthority(change);
    if (authority.organizationIds.length === 0) return false;
    const allowed = await Promise.all(authority.organizationIds.map((id) => this.permits('ADMIN', id)));
    return authority.mode === 'ALL' ? allowed.every(Boolean) : allowed.some(Boolean);
  }
}

/** Whether the viewer may read an import job (`importJob`, its progress, its problem report): ORG_ADMIN of its organization or above. */
export function mayReadImportJob(access: Access, job: { readonly organizationId: string }): Promise<boolean> {
  return access.permits('ADMIN', job.organizationId);
}
