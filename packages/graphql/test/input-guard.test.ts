// The input guard at the edge (src/hardening/input-guard.ts): examples of what it refuses and how
// it answers, then a property test that sends generated hostile strings to every string argument
// the schema has — every mutation input and every filter, cursor and id, found by walking the
// printed schema, so a new argument is covered without touching this file — through the real
// server, and checks that no answer is a fault, every refusal carries a code, and a refused
// mutation stores nothing.

import { nameTextProblem, systemClock, uuidIds } from '@gonghui/core';
import { encodeGlobalID } from '@pothos/plugin-relay';
import fc from 'fast-check';
import {
  type GraphQLArgument,
  type GraphQLField,
  type GraphQLInputType,
  type GraphQLNamedType,
  type GraphQLOutputType,
  getNamedType,
  getNullableType,
  isEnumType,
  isInputObjectType,
  isInterfaceType,
  isLeafType,
  isListType,
  isNonNullType,
  isObjectType,
} from 'graphql';
import { afterAll, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { MAX_INPUT_TEXT_LENGTH } from '../src/hardening/input-guard.js';
import { importMembers } from '../src/import/job.js';
import { fileInMemory } from '../src/import/source.js';
import { schema } from '../src/schema.js';
import { DEMO_KINDERGARTEN_UNION, MEIYUAN_FEDERATION, seedDemoData } from '../src/seed.js';
import { type RunningServer, startServer } from '../src/server.js';
import type { Database } from '../src/store/database.js';
import { PrismaStore } from '../src/store/prisma-store.js';
import { adminBearer, testAuth } from './support/auth.js';
import { createTestDatabase } from './support/database.js';

type GraphQLErrorBody = { message: string; extensions?: Record<string, unknown> };
type Body = { data?: any; errors?: GraphQLErrorBody[] };

let db: Database;
let server: RunningServer;
let admin: string;
const faults = vi.spyOn(console, 'error');

/**
 * Posts an operation to the running server, as the admin or anonymously. A subscription that was
 * accepted has no JSON answer (yoga says 406 to a client that takes only JSON): an empty body.
 */
async function post(query: string, variables: Record<string, unknown>, asAdmin = true): Promise<Body> {
  // importMembers takes its roster as a multipart upload (its input is the first argument, $a0).
  const upload = query.includes('importMembers(');
  let body: string | FormData = JSON.stringify({ query, variables });
  if (upload) {
    body = new FormData();
    body.append('operations', JSON.stringify({ query, variables }));
    body.append('map', JSON.stringify({ 0: ['variables.a0.file'] }));
    body.append('0', new Blob(['姓名,身份证号\n']), 'roster.csv');
  }
  const response = await fetch(server.url, {
    method: 'POST',
    headers: {
      ...(upload ? { 'x-graphql-csrf': '1' } : { 'content-type': 'application/json' }),
      ...(asAdmin ? { authorization: admin } : {}),
    },
    body,
  });
  if (query.startsWith('subscription') && response.status === 406) return {};
  // An anonymous upload is refused before its file is read: 401 UNAUTHENTICATED (hardening/upload-admission.ts).
  expect(response.status).toBe(upload && !asAdmin ? 401 : 200);
  return (await response.json()) as Body;
}

/** Rows of every table a mutation can write, audit log included. */
async function rowCounts(): Promise<Record<string, number>> {
  const [organizations, memberships, members, audit] = await Promise.all([
    db.prisma.organization.count(),
    db.prisma.federationMembership.count(),
    db.prisma.member.count(),
    db.prisma.auditEntry.count(),
  ]);
  return { organizations, memberships, members, audit };
}

/** Global ID of a seeded organization. */
async function orgId(name: string): Promise<string> {
  const row = await db.prisma.organization.findFirstOrThrow({ where: { name }, select: { id: true } });
  return encodeGlobalID('Organization', row.id);
}

beforeAll(async () => {
  db = await createTestDatabase('pglite');
  await seedDemoData(new PrismaStore(db), { clock: systemClock, ids: uuidIds });
  // Production mode: a fault would be answered INTERNAL_SERVER_ERROR and logged with console.error.
  server = await startServer({ db, auth: await testAuth(), port: 0, production: true });
  admin = await adminBearer();
});
beforeEach(() => {
  faults.mockClear();
});
afterAll(async () => {
  await server?.close();
  await db?.close();
});

const CREATE = `mutation($input: CreateOrganizationInput!) {
  createOrganization(input: $input) { organization { id name } errors { code message path } }
}`;
const JOIN = `mutation($input: JoinFederationInput!) {
  joinFederation(input: $input) { membership { chain } errors { code message path } }
}`;
const FILTER = `query($filter: OrganizationFilter) { organizations(filter: $filter) { totalCount } }`;

describe('the input guard', () => {
  it('answers NUL and lone surrogates in a mutation input as errors as data naming the field; nothing is stored', async () => {
    const before = await rowCounts();
    const parentId = await orgId('宁波市海曙区总工会');
    const nul = await post(CREATE, {
      input: { name: '工会\u0000', kind: 'GRASSROOTS_UNION', level: 'GRASSROOTS', parentId },
    });
    expect(nul.data.createOrganization).toEqual({
      organization: null,
      errors: [
        {
          code: 'TEXT_MALFORMED',
          message: 'input.name holds U+0000 (NUL) at character 3',
          path: ['input', 'name'],
        },
      ],
    });
    const surrogate = await post(CREATE, {
      input: { name: '工会', kind: 'GRASSROOTS_UNION', level: 'GRASSROOTS', parentId, regionCode: '\ud800' },
    });
    expect(surrogate.data.createOrganization.errors).toEqual([
      {
        code: 'TEXT_MALFORMED',
        message: 'input.regionCode holds U+D800 (a lone surrogate) at character 1',
        path: ['input', 'regionCode'],
      },
    ]);
    // Even an anonymous caller gets the input refusal (the guard runs before authorization).
    const anonymous = await post(
      CREATE,
      { input: { name: '\udfff', kind: 'GRASSROOTS_UNION', level: 'GRASSROOTS' } },
      false,
    );
    expect(anonymous.data.createOrganization.errors[0].code).toBe('TEXT_MALFORMED');
    expect(await rowCounts()).toEqual(before);
  });

  it('refuses a bad filter anywhere in the selection with BAD_USER_INPUT naming the field and argument', async () => {
    const root = await post(FILTER, { filter: { nameContains: '梅园\u0000' } }, false);
    expect(root.errors).toEqual([
      expect.objectContaining({
        message: 'Argument filter.nameContains holds U+0000 (NUL) at character 3 (of Query.organizations).',
        extensions: {
          code: 'BAD_USER_INPUT',
          reason: 'TEXT_MALFORMED',
          field: 'Query.organizations',
          argument: ['filter', 'nameContains'],
        },
      }),
    ]);
    // Nested below the root (the Prisma plugin plans it with the root's query), in a fragment, as a literal.
    const nested = await post(
      `query($s: String) { organizations(first: 1) { nodes { ...Sub } } }
       fragment Sub on Organization { subtree(filter: { regionCode: $s }) { totalCount } }`,
      { s: '33\ud83d' },
      false,
    );
    expect(nested.errors?.[0]?.extensions).toEqual({
      code: 'BAD_USER_INPUT',
      reason: 'TEXT_MALFORMED',
      field: 'Organization.subtree',
      argument: ['filter', 'regionCode'],
    });
    const literal = await post(
      '{ organizations(filter: { nameContains: "a\\u0000" }) { totalCount } }',
      {},
      false,
    );
    expect(literal.errors?.[0]?.extensions?.argument).toEqual(['filter', 'nameContains']);
    // Strings in lists are checked one by one, with their index.
    const listed = await post(
      'query($ids: [ID!]!) { nodes(ids: $ids) { id } }',
      { ids: ['abc', 'x\u0000'] },
      false,
    );
    expect(listed.errors?.[0]?.extensions).toMatchObject({
      reason: 'TEXT_MALFORMED',
      argument: ['ids', '1'],
    });
    expect(faults).not.toHaveBeenCalled();
  });

  it('caps every string at 1,000 code points: 1,000 emoji pass the guard, 1,001 do not', async () => {
    expect(MAX_INPUT_TEXT_LENGTH).toBe(1000);
    const fits = await post(FILTER, { filter: { nameContains: '😀'.repeat(MAX_INPUT_TEXT_LENGTH) } }, false);
    expect(fits).toEqual({ data: { organizations: { totalCount: 0 } } });
    const over = await post(
      FILTER,
      { filter: { nameContains: '😀'.repeat(MAX_INPUT_TEXT_LENGTH + 1) } },
      false,
    );
    expect(over.errors?.[0]).toMatchObject({
      message: 'Argument filter.nameContains has 1001 characters, more than 1000 (of Query.organizations).',
      extensions: { code: 'BAD_USER_INPUT', reason: 'TEXT_TOO_LONG' },
    });
  });

  it('leaves what a field may say to core: the chain of a federation membership (issue 7.4)', async () => {
    const federationId = await orgId(MEIYUAN_FEDERATION);
    const memberId = await orgId('安吉白茶合作社联合工会');
    const before = await rowCounts();
    const join = (chain: string) =>
      post(JOIN, { input: { federationId, memberId, chain, segment: 'UPSTREAM' } });
    for (const [chain, code] of [
      ['梅园石\u202Eexe', 'FEDERATION_CHAIN_INVALID'],
      ['\u0007梅园石', 'FEDERATION_CHAIN_INVALID'],
      ['石'.repeat(51), 'FEDERATION_CHAIN_INVALID'],
      ['石'.repeat(300_000), 'TEXT_TOO_LONG'], // 900 kB: what the 1 MiB body limit lets through
    ] as const) {
      const answer = await join(chain);
      expect(answer.data.joinFederation.errors, chain.slice(0, 10)).toMatchObject([
        { code, path: ['input', 'chain'] },
      ]);
    }
    expect(await rowCounts()).toEqual(before);
    const joined = await join(` ${'😀'.repeat(50)} `);
    expect(joined.data.joinFederation).toEqual({ membership: { chain: '😀'.repeat(50) }, errors: [] });
  });

  it('refuses a global ID whose id part hides a NUL in its base64', async () => {
    const hidden = Buffer.from('Organization:x\u0000y').toString('base64');
    const answer = await post('query($id: ID!) { organization(id: $id) { name } }', { id: hidden }, false);
    expect(answer.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    expect(faults).not.toHaveBeenCalled();
  });
});

// ------------------------------------------------------------------ the property test

/** One string inside the arguments of one field: where the hostile string goes. */
interface Position {
  /** The type the field is on (Query, Mutation, Subscription, or a Node type reached with `node(id:)`). */
  readonly parent: GraphQLNamedType;
  readonly field: GraphQLField<unknown, unknown>;
  readonly arg: GraphQLArgument;
  /** Path inside the argument (input fields; `0` for a list item). */
  readonly path: readonly string[];
}

/** Paths to every String or ID inside an input type (recursive input types: each type once per path). */
function stringPaths(type: GraphQLInputType, seen: ReadonlySet<string> = new Set()): string[][] {
  const inner = isNonNullType(type) ? type.ofType : type;
  if (isListType(inner)) return stringPaths(inner.ofType, seen).map((p) => ['0', ...p]);
  if (isInputObjectType(inner)) {
    if (seen.has(inner.name)) return [];
    const next = new Set([...seen, inner.name]);
    return Object.values(inner.getFields()).flatMap((f) =>
      stringPaths(f.type, next).map((p) => [f.name, ...p]),
    );
  }
  return getNamedType(inner).name === 'String' || getNamedType(inner).name === 'ID' ? [[]] : [];
}

/** Every string argument position of the schema, on every object type (introspection types aside). */
function positions(): Position[] {
  const found: Position[] = [];
  for (const type of Object.values(schema.getTypeMap())) {
    if (type.name.startsWith('__') || !isObjectType(type)) continue;
    for (const field of Object.values(type.getFields())) {
      for (const arg of field.args) {
        for (const path of stringPaths(arg.type)) found.push({ parent: type, field, arg, path });
      }
    }
  }
  return found;
}

/** Values for the non-hostile parts of an input, by `Type.field` (and `Type.field.arg` for arguments). */
let fixtures: Record<string, unknown> = {};

/** A value of `type` for a required field or argument that is not the hostile one. */
function baseline(type: GraphQLInputType, coordinate: string): unknown {
  if (coordinate in fixtures) return fixtures[coordinate];
  const inner = isNonNullType(type) ? type.ofType : type;
  if (isListType(inner)) return [baseline(inner.ofType, coordinate)];
  if (isInputObjectType(inner)) return objectWith(inner, [], undefined);
  if (isEnumType(inner)) return inner.getValues()[0]?.value;
  const name = getNamedType(inner).name;
  if (name === 'ID') return fixtures.anyOrganization;
  return { String: 'x', Int: 1, Float: 1, Boolean: false }[name] ?? null;
}

/** A value of input object type with `hostile` at `path` (empty path: no hostile part), required fields filled. */
function objectWith(type: GraphQLInputType, path: readonly string[], hostile: string | undefined): unknown {
  const inner = isNonNullType(type) ? type.ofType : type;
  if (path.length === 0 && hostile !== undefined) return hostile;
  if (isListType(inner)) return [objectWith(inner.ofType, path.slice(1), hostile)];
  if (!isInputObjectType(inner)) return hostile;
  const value: Record<string, unknown> = {};
  for (const field of Object.values(inner.getFields())) {
    const coordinate = `${inner.name}.${field.name}`;
    if (field.name === path[0]) value[field.name] = objectWith(field.type, path.slice(1), hostile);
    else if (coordinate in fixtures) value[field.name] = fixtures[coordinate];
    else if (isNonNullType(field.type) && field.defaultValue === undefined) {
      value[field.name] = baseline(field.type, coordinate);
    }
  }
  return value;
}

/**
 * A selection of `type`: its leaves and, one level down, the leaves of its objects (of a list's
 * objects, a payload's errors aside, only `__typename`: a list priced at thousands of rows times its
 * leaves passes no cost limit).
 */
function selection(type: GraphQLOutputType, depth = 0): string {
  const named = getNamedType(type);
  if (isLeafType(named)) return '';
  if (!isObjectType(named) && !isInterfaceType(named)) return '{ __typename }';
  const parts = ['__typename'];
  for (const field of Object.values(named.getFields())) {
    if (field.args.some((a) => isNonNullType(a.type) && a.defaultValue === undefined)) continue;
    if (isLeafType(getNamedType(field.type))) parts.push(field.name);
    else if (depth === 0 && isListType(getNullableType(field.type)) && field.name !== 'errors')
      parts.push(`${field.name} { __typename }`);
    else if (depth === 0) parts.push(`${field.name} ${selection(field.type, 1)}`);
  }
  return `{ ${parts.join(' ')} }`;
}

/** The operation and variables that put `hostile` at `position`. */
function operationFor(
  position: Position,
  hostile: string,
): { query: string; variables: Record<string, unknown> } {
  const { parent, field } = position;
  const variables: Record<string, unknown> = {};
  const definitions: string[] = [];
  const args: string[] = [];
  field.args.forEach((arg, i) => {
    const coordinate = `${parent.name}.${field.name}.${arg.name}`;
    let value: unknown;
    if (arg === position.arg) value = objectWith(arg.type, position.path, hostile);
    else if (coordinate in fixtures) value = fixtures[coordinate];
    else if (isNonNullType(arg.type) && arg.defaultValue === undefined)
      value = baseline(arg.type, coordinate);
    else return;
    definitions.push(`$a${i}: ${String(arg.type)}`);
    args.push(`${arg.name}: $a${i}`);
    variables[`a${i}`] = value;
  });
  const call = `${field.name}${args.length ? `(${args.join(', ')})` : ''} ${selection(field.type)}`;
  const operation = (
    [
      [schema.getQueryType(), 'query'],
      [schema.getMutationType(), 'mutation'],
      [schema.getSubscriptionType(), 'subscription'],
    ] as const
  ).find(([root]) => root === parent)?.[1];
  if (operation) {
    const vars = definitions.length ? `(${definitions.join(', ')})` : '';
    return { query: `${operation}${vars} { ${call} }`, variables };
  }
  // Any other type is reached through `node(id:)`, with the id of one seeded object of that type, or
  // (a type that is no node) through the field of a node type that holds it (`within:<type>`).
  const within = fixtures[`within:${parent.name}`] as [type: string, field: string] | undefined;
  const [nodeType, body] = within ? [within[0], `${within[1]} { ${call} }`] : [parent.name, call];
  const nodeId = fixtures[`node:${nodeType}`];
  if (nodeId === undefined)
    throw new Error(`no way to reach ${parent.name}.${field.name}: add a node:${parent.name} fixture`);
  definitions.push('$node: ID!');
  variables.node = nodeId;
  return {
    query: `query(${definitions.join(', ')}) { node(id: $node) { ... on ${nodeType} { ${body} } } }`,
    variables,
  };
}

/** Units hostile strings are made of: NUL, lone surrogates, controls, format and bidi characters, emoji, marks. */
const HOSTILE_UNITS = [
  '\u0000',
  '\ud800',
  '\udbff',
  '\udc00',
  '\udfff',
  '\u0007',
  '\u001b',
  '\u007f',
  '\u0085',
  '\u200b',
  '\ufeff',
  '\u202a',
  '\u202e',
  '\u2066',
  '\u2069',
  '\u2028',
  '\u2029',
  '\u3164',
  '\u0301',
  '😀',
  '👨‍👩‍👧',
  '梅园石',
  'a',
  ' ',
];

/** Hostile strings: mixtures of the units, any code points (lone surrogates too), and huge ones. */
const hostileString: fc.Arbitrary<string> = fc.oneof(
  fc.array(fc.constantFrom(...HOSTILE_UNITS), { maxLength: 30 }).map((units) => units.join('')),
  fc.string({ unit: 'binary', maxLength: 40 }),
  fc
    .tuple(fc.constantFrom('a', '😀', '\u0301', '\u202e'), fc.integer({ min: 990, max: 1010 }))
    .map(([unit, n]) => unit.repeat(n)),
  fc.constantFrom('x'.repeat(200_000), `${'石'.repeat(1000)}\u0000`),
);

/** Whether the guard itself must refuse `value`. */
function guardRefuses(value: string): boolean {
  return /[\0\p{Cs}]/u.test(value) || [...value].length > MAX_INPUT_TEXT_LENGTH;
}

describe('hostile strings in every string argument of the schema (property)', () => {
  const all = positions();

  it('finds the arguments a hand-written list would: mutation inputs, filters, ids and cursors', () => {
    const names = all.map((p) => `${p.parent.name}.${p.field.name}(${[p.arg.name, ...p.path].join('.')})`);
    expect(names).toEqual(
      expect.arrayContaining([
        'Mutation.joinFederation(input.chain)',
        'Mutation.createOrganization(input.name)',
        'Mutation.registerMember(input.name)',
        'Mutation.updateMemberContact(input.phone)',
        'Query.organizations(filter.nameContains)',
        'Organization.subtree(filter.regionCode)',
        'Query.nodes(ids.0)',
        'Query.auditLog(after)',
      ]),
    );
  });

  beforeAll(async () => {
    const member = await db.prisma.member.findFirstOrThrow({ select: { id: true } });
    const county = await orgId('宁波市海曙区总工会');
    const federation = await orgId(MEIYUAN_FEDERATION);
    const union = await orgId('安吉白茶合作社联合工会');
    const memberId = encodeGlobalID('Member', member.id);
    const congress = await db.prisma.congress.findFirstOrThrow({ include: { terms: true } });
    const committee = await db.prisma.committee.findFirstOrThrow();
    const activity = await db.prisma.activity.findFirstOrThrow({ select: { id: true } });
    const program = await db.prisma.benefitProgram.findFirstOrThrow({ select: { id: true, fundId: true } });
    const job = await importMembers(db, {
      organizationId: await orgId(DEMO_KINDERGARTEN_UNION),
      file: fileInMemory('roster.csv', Buffer.from('姓名,身份证号\n某,1\n')),
      who: { actor: 'input-guard', requestId: null },
      env: { clock: systemClock, ids: uuidIds },
    });
    fixtures = {
      'node:MemberImportJob': encodeGlobalID('MemberImportJob', job.id),
      'node:Congress': encodeGlobalID('Congress', congress.id),
      'node:Term': encodeGlobalID('Term', congress.terms[0]?.id ?? ''),
      'node:Committee': encodeGlobalID('Committee', committee.id),
      anyOrganization: county,
      'node:Organization': county,
      'node:Activity': encodeGlobalID('Activity', activity.id),
      'node:BenefitProgram': encodeGlobalID('BenefitProgram', program.id),
      'node:Fund': encodeGlobalID('Fund', program.fundId),
      'node:Member': memberId,
      // The guard refuses before anything resolves, so the election need not exist.
      'node:Election': encodeGlobalID('Election', uuidIds.next()),
      'within:ElectionCount': ['Election', 'count'],
      'CreateOrganizationInput.parentId': county,
      'CreateOrganizationInput.kind': 'GRASSROOTS_UNION',
      'CreateOrganizationInput.level': 'GRASSROOTS',
      'CreateOrganizationInput.name': '梅园石新材料有限公司工会',
      'JoinFederationInput.federationId': federation,
      'JoinFederationInput.memberId': union,
      'JoinFederationInput.segment': 'UPSTREAM',
      'LeaveFederationInput.federationId': federation,
      'LeaveFederationInput.memberId': union,
      'RegisterMemberInput.organizationId': await orgId(DEMO_KINDERGARTEN_UNION),
      'RegisterMemberInput.name': '李明',
      'RegisterMemberInput.idNumber': '11010519491231002X',
      'RegisterMemberInput.joinedOn': '2020-01-01',
      'UpdateMemberContactInput.memberId': memberId,
    };
  });

  // One property per position, each seeded, with fixed examples of every kind of hostile string first.
  const examples: [string][] = [
    ['\u0000'],
    ['工会\ud800'],
    ['\udc00工会'],
    ['😀'.repeat(MAX_INPUT_TEXT_LENGTH + 1)],
    ['工会\u202Eexe.tab'],
    ['\u200b'],
    ['\u0085\u2028\u2029'],
  ];
  it.each(
    all.map((p) => [`${p.parent.name}.${p.field.name}(${[p.arg.name, ...p.path].join('.')})`, p] as const),
  )('%s: no fault, a code for every refusal, nothing stored when refused', async (_name, position) => {
    const mutation = position.parent === schema.getMutationType();
    // A root field answering with a payload (`errors: [RuleViolation!]!`), a mutation or a query such as
    // previewApportionment, gets its input's refusals as data.
    const payloadType = getNamedType(position.field.type);
    const payload =
      (mutation || position.parent === schema.getQueryType()) &&
      isObjectType(payloadType) &&
      payloadType.getFields().errors !== undefined;
    await fc.assert(
      fc.asyncProperty(hostileString, fc.boolean(), async (hostile, asAdmin) => {
        const { query, variables } = operationFor(position, hostile);
        const before = mutation ? await rowCounts() : null;
        faults.mockClear();
        const body = await post(query, variables, asAdmin);
        const errors = body.errors ?? [];
        for (const error of errors) {
          expect(error.extensions?.code, error.message).not.toBe('INTERNAL_SERVER_ERROR');
          expect(error.extensions?.code, error.message).toEqual(expect.any(String));
        }
        const payloadErrors: { code: string; path: string[] }[] = payload
          ? (body.data?.[position.field.name]?.errors ?? [])
          : [];
        for (const error of payloadErrors) expect(error.code).toEqual(expect.any(String));
        if (guardRefuses(hostile)) {
          // The guard answers, naming the argument: as data in a mutation payload, else BAD_USER_INPUT.
          const argument = [position.arg.name, ...position.path];
          if (payload && position.arg.name === 'input') {
            expect(payloadErrors).toContainEqual(
              expect.objectContaining({ code: expect.stringMatching(/^TEXT_/), path: argument }),
            );
          } else {
            expect(errors).toContainEqual(
              expect.objectContaining({
                extensions: expect.objectContaining({ code: 'BAD_USER_INPUT', argument }),
              }),
            );
          }
        }
        if (mutation && (errors.length > 0 || payloadErrors.length > 0)) {
          expect(await rowCounts()).toEqual(before);
        }
        expect(faults).not.toHaveBeenCalled();
      }),
      { seed: 20261130, numRuns: 8, examples: examples.map(([s]) => [s, true]) },
    );
  });

  it('leaves no stored name or chain that breaks the text rule', async () => {
    const organizations = await db.prisma.organization.findMany({ select: { name: true } });
    const chains = await db.prisma.federationMembership.findMany({ select: { chain: true } });
    const members = await db.prisma.member.findMany({ select: { name: true } });
    for (const { name } of [...organizations, ...members])
      expect(nameTextProblem(name, 100), name).toBeNull();
    for (const { chain } of chains) if (chain !== null) expect(nameTextProblem(chain, 50), chain).toBeNull();
  });
});
