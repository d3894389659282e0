// What the member API tests (member-lifecycle, member-search) stand on: a fresh database of one
// backend with the API over it, organizations made by name and members registered through core's
// commands (as an import does), and requests posted as the system administrator.

import {
  createOrganization,
  execute,
  idCheckCharacter,
  type OrganizationKind,
  type OrganizationLevel,
  registerMember,
  systemClock,
  uuidIds,
} from '@gonghui/core';
import { encodeGlobalID } from '@pothos/plugin-relay';
import { createGonghuiYoga } from '../../src/server.js';
import type { Database } from '../../src/store/database.js';
import { PrismaStore } from '../../src/store/prisma-store.js';
import { adminBearer, testAuth } from './auth.js';
import { createTestDatabase, type TestBackend } from './database.js';

/** An ID number: 17 digits and their check character. */
export const idNumber = (first17: string) => first17 + idCheckCharacter(first17);

/** A member to register: where (an organization's name) and the registration's fields. */
export interface NewMember {
  readonly at: string;
  readonly name: string;
  readonly first17: string;
  readonly joinedOn: string;
  readonly phone?: string | null;
}

/** The API over a new database of `backend`, and the organizations and members the tests make. */
export async function memberApi(backend: TestBackend) {
  const db: Database = await createTestDatabase(backend);
  const store = new PrismaStore(db);
  const yoga = createGonghuiYoga({ db, auth: await testAuth(), production: false });
  const admin = await adminBearer();
  const env = { clock: systemClock, ids: uuidIds };
  const ids: Record<string, string> = {};
  const local = (name: string) => ids[name] as string;
  return {
    db,
    admin,
    /** The local id of the organization made as `name`. */
    local,
    /** The global ID of the organization made as `name`. */
    org: (name: string) => encodeGlobalID('Organization', local(name)),
    /** Posts a document (as the system administrator unless told) and reads the answer. */
    async post(query: string, variables: Record<string, unknown>, authorization = admin) {
      const response = await yoga.fetch('http://test/graphql', {
        method: 'POST',
        headers: { 'content-type': 'application/json', authorization },
        body: JSON.stringify({ query, variables }),
      });
      return (await response.json()) as { data?: any; errors?: any[] };
    },
    /** Makes an organization under the one made as `parent` (null: a root), remembered by `name`. */
    async organization(
      name: string,
      kind: OrganizationKind,
      level: OrganizationLevel,
      parent: string | null,
    ) {
      const r = await execute(store, env, createOrganization, {
        name,
        kind,
        level,
        parentId: parent === null ? null : local(parent),
      });
      if (!r.ok) throw new Error(r.error.message);
      ids[name] = r.value.id;
    },
    /** Registers a member through core's command; its local id. */
    async member({ at, name, first17, joinedOn, phone = null }: NewMember) {
      const r = await execute(store, env, registerMember, {
        organizationId: local(at),
        name,
        idNumber: idNumber(first17),
        joinedOn,
        phone,
      });
      if (!r.ok) throw new Error(r.error.message);
      return r.value.id;
    },
  };
}

/** What `memberApi` gives a test. */
export type MemberApi = Awaited<ReturnType<typeof memberApi>>;
