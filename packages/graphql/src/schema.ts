import { lexicographicSortSchema } from 'graphql';
import { builder } from './builder.js';
import { guardInputs } from './hardening/input-guard.js';
import './schema/audit.js';
import './schema/errors.js';
import './schema/member.js';
import './schema/organization.js';

/** The executable gonghui GraphQL schema, with types sorted so the printed contract is stable. */
export const schema = lexicographicSortSchema(builder.toSchema());

// The Relay plugin offers no option for the `id`/`ids` arguments of `node`/`nodes`: describe them here.
for (const field of Object.values(schema.getQueryType()?.getFields() ?? {})) {
  for (const arg of field.args) {
    if (field.name === 'node' && arg.name === 'id') arg.description = 'Global ID of the object.';
    if (field.name === 'nodes' && arg.name === 'ids') arg.description = 'Global IDs of the objects.';
  }
}

// Every string argument passes the input guard before any resolver sees it (hardening/input-guard.ts).
guardInputs(schema);
