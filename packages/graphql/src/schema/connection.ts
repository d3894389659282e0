import type { OutputType } from '@pothos/core';
import { builder, PUBLIC, type Types } from '../builder.js';
import type { Context } from '../context.js';

/** Reads a connection's total count, which the Prisma plugin hands over as a value or a loader. */
export function resolveTotalCount(connection: object): number | Promise<number> {
  const { totalCount } = connection as { totalCount?: number | (() => number | Promise<number>) };
  if (totalCount === undefined) throw new Error('totalCount was not loaded for this connection');
  return typeof totalCount === 'function' ? totalCount() : totalCount;
}

/**
 * The shared connection type of one node type (`<Name>Connection` with `<Name>Edge`): public
 * structure (the nodes carry their own scopes) with a `totalCount`.
 */
export function countedConnection<Type extends OutputType<Types>>(
  type: Type,
  name: string,
  description: { connection: string; edge: string },
) {
  return builder.connectionObject(
    {
      type,
      name: `${name}Connection`,
      description: description.connection,
      authScopes: PUBLIC,
      fields: (t) => ({
        totalCount: t.int({
          description: 'How many items the whole list holds.',
          resolve: (connection: object, _args: object, _ctx: Context) => resolveTotalCount(connection),
        }),
      }),
    },
    { name: `${name}Edge`, description: description.edge, authScopes: PUBLIC },
  );
}
