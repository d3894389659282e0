import { lexicographicSortSchema } from 'graphql';
import { builder } from './builder.js';
import './schema/errors.js';
import './schema/organization.js';

/** The executable gonghui GraphQL schema, with types sorted so the printed contract is stable. */
export const schema = lexicographicSortSchema(builder.toSchema());
