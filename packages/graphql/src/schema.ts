import { lexicographicSortSchema } from 'graphql';
import { builder } from './builder.js';
import { guardInputs } from './hardening/input-guard.js';
import './schema/activity.js';
import './schema/audit.js';
import './schema/bargaining.js';
import './schema/election.js';
import './schema/congress.js';
import './schema/congress-mutations.js';
import './schema/errors.js';
import './schema/fund.js';
import './schema/member.js';
import './schema/member-import.js';
import './schema/member-lifecycle.js';
import './schema/member-search.js';
import './schema/organization.js';
import './schema/organization-events.js';
import './schema/token-revocation.js';

/** The executable gonghui GraphQL schema, with types sorted so the printed contract is stable. */
export const schema = lexicographicSortSchema(builder.toSchema());

// Every string argument passes the input guard before any resolver sees it (hardening/input-guard.ts).
guardInputs(schema);
