import canonicalize from 'canonicalize';
import { builder } from '../builder.js';
import type { Prisma } from '../generated/prisma/client.js';
import { countedConnection } from './connection.js';
import { Organization } from './organization.js';

/** A JSON column as canonical JSON text (RFC 8785), or null. */
function jsonText(value: Prisma.JsonValue | null): string | null {
  return value === null ? null : (canonicalize(value) ?? null);
}

/** One entry of the audit trail. */
export const AuditEntry = builder.prismaNode('AuditEntry', {
  description:
    'One entry of the audit trail (审计日志): who changed what, when, in which request; append-only and ' +
    'chained by keyed seals (`gonghui audit verify` recomputes the chain). Readable by admins of the organization it concerns.',
  // Checked per entry, before it resolves at all (so `node(id:)` cannot even confirm an entry exists):
  // ORG_ADMIN of the entry's organization or above it; entries of no organization are system admins' only.
  runScopesOnType: true,
  authScopes: (entry) => (entry.organizationId ? { orgAdmin: entry.organizationId } : { systemAdmin: true }),
  id: { field: 'id' },
  fields: (t) => ({
    seq: t.string({
      description: 'Position in the chain (1, 2, 3, … without gaps), as a decimal string (64-bit).',
      resolve: (entry) => entry.seq.toString(),
    }),
    at: t.expose('at', { type: 'DateTime', description: 'When the entry was written.' }),
    actor: t.exposeString('actor', {
      description: 'Who did it: the token subject of the viewer, or `system:<task>` (e.g. `system:seed`).',
    }),
    action: t.exposeString('action', {
      description: 'What happened, e.g. `organization.created`, `organization.moved`, `federation.joined`.',
    }),
    targetType: t.exposeString('targetType', {
      description: 'Type of the thing acted on, e.g. `Organization` or `FederationMembership`.',
    }),
    targetId: t.exposeString('targetId', { description: 'Database id of the thing acted on.' }),
    organization: t.relation('organization', {
      nullable: true,
      description:
        'The organization the entry concerns: for `federation.joined`/`left` the federation, for ' +
        '`federation.memberJoined`/`memberLeft` (the same change, logged for the union) the member union.',
    }),
    before: t.string({
      nullable: true,
      description: 'The target before the change, as canonical JSON (RFC 8785); null for a creation.',
      resolve: (entry) => jsonText(entry.before),
    }),
    after: t.string({
      nullable: true,
      description: 'The target after the change, as canonical JSON (RFC 8785); null for a removal.',
      resolve: (entry) => jsonText(entry.after),
    }),
    requestId: t.exposeString('requestId', {
      nullable: true,
      description: 'Id of the API request that made the change; null outside a request (e.g. the demo seed).',
    }),
    prevHash: t.exposeString('prevHash', {
      description: 'The seal of the previous entry; 64 zeros for the first.',
    }),
    hash: t.exposeString('hash', {
      description:
        "This entry's seal: `v2:` and the HMAC-SHA-256 (hex) of its canonical JSON, `prevHash` included, under a " +
        'key the database does not hold; entries written before keyed seals: the plain SHA-256 (hex).',
    }),
  }),
});

/** A page of audit entries. */
const AuditEntryConnection = countedConnection(AuditEntry, 'AuditEntry', {
  connection: 'A page of audit entries, newest first.',
  edge: 'An audit entry in a page.',
});

/** Entries of the subtree of `organizationId` (closure table), or every entry. */
function auditWhere(organizationId: string | null): Prisma.AuditEntryWhereInput {
  return organizationId === null
    ? {}
    : { organization: { ancestorLinks: { some: { ancestorId: organizationId } } } };
}

builder.queryFields((t) => ({
  auditLog: t.prismaConnection(
    {
      type: 'AuditEntry',
      cursor: 'seq',
      description:
        'The audit trail, newest first: entries concerning the given organization and its whole subtree ' +
        '(ORG_ADMIN of it or above it), or every entry when `organizationId` is omitted (SYSTEM_ADMIN).',
      args: {
        organizationId: t.arg.globalID({
          for: Organization,
          required: false,
          description: 'Whose subtree to list; omit for the whole log (system administrators only).',
        }),
      },
      authScopes: (_root, args) =>
        args.organizationId ? { orgAdmin: args.organizationId.id } : { systemAdmin: true },
      resolve: async (query, _root, args, ctx) => {
        // Entries committed but not sealed yet (audit.ts) join the chain first: a reader sees its own write.
        await ctx.store.sealAudit();
        return ctx.prisma.auditEntry.findMany({
          ...query,
          where: auditWhere(args.organizationId?.id ?? null),
          orderBy: { seq: 'desc' },
        });
      },
      totalCount: (_root, args, ctx) =>
        ctx.prisma.auditEntry.count({ where: auditWhere(args.organizationId?.id ?? null) }),
    },
    AuditEntryConnection,
  ),
}));
