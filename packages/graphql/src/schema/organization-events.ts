// Subscriptions to organizations: `organizationChanged(id:)` hears each committed change to one
// organization (its name, level or codes, a move, its dissolution), whichever server made it (the
// events travel through Redis when the servers share one). Public like `organization(id:)`: the
// directory is readable without a token, and an event carries no more than the organization does.

import { builder, PUBLIC } from '../builder.js';
import type { EventBus } from '../events.js';

/** What happened to the organization. */
export type OrganizationChangeKind = 'UPDATED' | 'MOVED' | 'DISSOLVED';

/** An event of the `organization.changed` topic (plain JSON: it may travel through Redis). */
export interface OrganizationChanged {
  readonly organizationId: string;
  readonly change: OrganizationChangeKind;
  /** When it committed, ISO-8601. */
  readonly at: string;
}

declare module '../events.js' {
  interface EventTopics {
    'organization.changed': [id: string, event: OrganizationChanged];
  }
}

/** The `publish` option of an organization mutation: announces `change` of the row it answers with. */
export function publishOrganizationChange(change: OrganizationChangeKind) {
  return (row: { id: string } | null, pubsub: EventBus): void => {
    if (row === null) return;
    pubsub.publish('organization.changed', row.id, {
      organizationId: row.id,
      change,
      at: new Date().toISOString(),
    });
  };
}

const OrganizationChangeKindEnum = builder.enumType('OrganizationChangeKind', {
  description: 'What happened to an organization.',
  values: {
    UPDATED: { value: 'UPDATED', description: 'Its name, level, region code or credit code changed.' },
    MOVED: { value: 'MOVED', description: 'It moved, with its subtree, under another parent.' },
    DISSOLVED: { value: 'DISSOLVED', description: 'It was dissolved.' },
  } as const,
});

const OrganizationChange = builder.objectRef<OrganizationChanged>('OrganizationChange').implement({
  description: 'A committed change to an organization, as `organizationChanged` delivers it.',
  authScopes: PUBLIC,
  fields: (t) => ({
    change: t.field({
      type: OrganizationChangeKindEnum,
      description: 'What happened.',
      resolve: (event) => event.change,
    }),
    at: t.field({
      type: 'DateTime',
      description: 'When the change committed.',
      resolve: (event) => new Date(event.at),
    }),
    organization: t.prismaField({
      type: 'Organization',
      description: 'The organization as it is now (read when the event is delivered).',
      resolve: (query, event, _args, ctx) =>
        ctx.prisma.organization.findUniqueOrThrow({ ...query, where: { id: event.organizationId } }),
    }),
  }),
});

builder.subscriptionFields((t) => ({
  organizationChanged: t.field({
    type: OrganizationChange,
    description: 'Each committed change to one organization (update, move, dissolution), made on any server.',
    authScopes: PUBLIC,
    args: { id: t.arg.globalID({ description: 'Global ID of the organization to follow.' }) },
    subscribe: (_root, args, ctx) => ctx.pubsub.subscribe('organization.changed', args.id.id),
    resolve: (event) => event,
  }),
}));
