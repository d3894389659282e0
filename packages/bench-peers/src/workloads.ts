// W1–W5 of issue 9, each as the request every server gets and a normaliser that turns its answer
// into the same plain rows, so the harness can check that the three agree before timing them.
import type { TreeShape } from './data.js';

/** The three servers. */
export type ServerName = 'gonghui' | 'postgraphile' | 'raw';

/** One HTTP request: POSTed JSON to a path. */
export interface Request {
  readonly path: string;
  readonly body: string;
  /** Whether it needs the bearer token (writes). */
  readonly authenticated: boolean;
}

/** A workload: a request per server and a way to read each answer as plain rows. */
export interface Workload {
  readonly id: 'W1' | 'W2' | 'W3' | 'W4' | 'W5';
  readonly title: string;
  readonly write: boolean;
  readonly request: Record<ServerName, Request>;
  /** The answer's rows in one shape for all servers; throws when the answer is an error. */
  normalise(server: ServerName, answer: unknown): unknown;
}

/** The organizations the workloads use, picked from the shape (W5 writes under a town no read touches). */
export function targets(shape: TreeShape) {
  const city = Math.min(5, shape.cities - 1);
  const county = Math.min(4, shape.countiesPerCity);
  const town = Math.min(3, shape.townsPerCounty);
  return {
    /** W1: a town (its parent is a county). */
    town: `t${city}.${county}.${town}`,
    /** W2: a county (its children are towns). */
    county: `k${city}.${county}`,
    /** W3: a city, not the one W5 writes into. */
    city: `c${city}`,
    /** W5: the last town of the last city: outside W3's city and after the first 20 towns by name. */
    writeParent: `t${shape.cities}.${shape.countiesPerCity}.${shape.townsPerCounty}`,
  };
}

/** Relay global ID of an organization, as gonghui's API takes it. */
export function globalId(id: string): string {
  return Buffer.from(`Organization:${id}`).toString('base64');
}

function graphql(query: string, variables: Record<string, unknown> = {}, authenticated = false): Request {
  return { path: '/graphql', body: JSON.stringify({ query, variables }), authenticated };
}

function raw(name: string, variables: Record<string, unknown> = {}, authenticated = false): Request {
  return { path: `/${name}`, body: JSON.stringify(variables), authenticated };
}

/** A read of one organization by id: `organization(id)` with a selection per GraphQL server, `/wN` on raw. */
function byId(workload: string, id: string, selection: string, postgraphileSelection = selection) {
  return {
    gonghui: graphql(`query ${workload}($id: ID!) { organization(id: $id) { ${selection} } }`, {
      id: globalId(id),
    }),
    postgraphile: graphql(
      `query ${workload}($id: String!) { organization(id: $id) { ${postgraphileSelection} } }`,
      {
        id,
      },
    ),
    raw: raw(workload.toLowerCase(), { id }),
  };
}

// biome-ignore lint/suspicious/noExplicitAny: answers are JSON of three servers' shapes; the normalised rows are what is checked (deep-equal across servers)
type Json = Record<string, any>;

/** The `data` of an answer, or an error naming the server and what it said. */
function dataOf(server: ServerName, answer: unknown): Json {
  const body = answer as { data?: Json; errors?: unknown; error?: unknown };
  if (body.errors || body.error || !body.data) {
    throw new Error(`${server} answered with an error: ${JSON.stringify(body).slice(0, 500)}`);
  }
  return body.data;
}

const names = (nodes: Json[]) => nodes.map((n) => n.name as string);

/** The five workloads on a tree of the given shape. */
export function workloads(shape: TreeShape): Workload[] {
  const t = targets(shape);
  const createInput = { name: '基准测试工会', kind: 'GRASSROOTS_UNION', level: 'GRASSROOTS' };
  return [
    {
      id: 'W1',
      title: 'organization by id + parent name',
      write: false,
      request: byId('W1', t.town, 'name depth parent { name }'),
      normalise(server, answer) {
        const data = dataOf(server, answer);
        const o = server === 'raw' ? data : data.organization;
        return { name: o.name, depth: o.depth, parent: o.parent?.name ?? null };
      },
    },
    {
      id: 'W2',
      title: 'children page (20) + totalCount of a county',
      write: false,
      request: byId(
        'W2',
        t.county,
        'children(first: 20) { totalCount nodes { name } }',
        'childOrganizations(first: 20, orderBy: [NAME_ASC, ID_ASC]) { totalCount nodes { name } }',
      ),
      normalise(server, answer) {
        const data = dataOf(server, answer);
        const page =
          server === 'raw'
            ? data
            : server === 'gonghui'
              ? data.organization.children
              : data.organization.childOrganizations;
        return { totalCount: page.totalCount, names: names(page.nodes) };
      },
    },
    {
      id: 'W3',
      title: 'subtree page (50) + totalCount of a city',
      write: false,
      request: byId(
        'W3',
        t.city,
        'subtree(first: 50) { totalCount nodes { name depth } }',
        'subtree(first: 50, orderBy: [DISTANCE_ASC, DESCENDANT_NAME_ASC, DESCENDANT_ID_ASC]) { totalCount nodes { descendant { name depth } } }',
      ),
      normalise(server, answer) {
        const data = dataOf(server, answer);
        const page = server === 'raw' ? data : data.organization.subtree;
        const nodes: Json[] =
          server === 'postgraphile' ? page.nodes.map((n: Json) => n.descendant) : page.nodes;
        return { totalCount: page.totalCount, rows: nodes.map((n) => [n.name, n.depth]) };
      },
    },
    {
      id: 'W4',
      title: '20 townships × parent + first 5 children',
      write: false,
      request: {
        gonghui: graphql(
          'query W4 { organizations(first: 20, filter: { level: [TOWNSHIP] }) { nodes { name parent { name } children(first: 5) { nodes { name } } } } }',
        ),
        postgraphile: graphql(
          'query W4 { organizations(first: 20, condition: { level: TOWNSHIP }, orderBy: [DEPTH_ASC, NAME_ASC, ID_ASC]) { nodes { name parent { name } childOrganizations(first: 5, orderBy: [NAME_ASC, ID_ASC]) { nodes { name } } } } }',
        ),
        raw: raw('w4'),
      },
      normalise(server, answer) {
        const data = dataOf(server, answer);
        const list: Json[] = server === 'raw' ? (data as unknown as Json[]) : data.organizations.nodes;
        return list.map((o) => ({
          name: o.name,
          parent: o.parent?.name ?? null,
          children: names(
            server === 'postgraphile' ? o.childOrganizations.nodes : (o.children.nodes ?? o.children),
          ),
        }));
      },
    },
    {
      id: 'W5',
      title: 'create an organization (closure rows + audit entry)',
      write: true,
      request: {
        gonghui: graphql(
          'mutation W5($input: CreateOrganizationInput!) { createOrganization(input: $input) { errors { code message } organization { id name depth parent { name } } } }',
          { input: { ...createInput, parentId: globalId(t.writeParent) } },
          true,
        ),
        postgraphile: graphql(
          'mutation W5($input: RegisterOrganizationInput!) { registerOrganization(input: $input) { organization { id name depth parent { name } } } }',
          { input: { ...createInput, parentId: t.writeParent } },
          true,
        ),
        raw: raw('w5', { ...createInput, parentId: t.writeParent }, true),
      },
      normalise(server, answer) {
        const data = dataOf(server, answer);
        const payload =
          server === 'raw' ? { organization: data } : (data.createOrganization ?? data.registerOrganization);
        if (payload.errors?.length)
          throw new Error(`${server} refused W5: ${JSON.stringify(payload.errors)}`);
        const o = payload.organization;
        return { name: o.name, depth: o.depth, parent: o.parent?.name ?? null };
      },
    },
  ];
}

/** The database id of the organization a W5 answer created. */
export function createdId(server: ServerName, answer: unknown): string {
  const data = dataOf(server, answer);
  if (server === 'raw') return data.id;
  if (server === 'postgraphile') return data.registerOrganization.organization.id;
  return Buffer.from(data.createOrganization.organization.id, 'base64')
    .toString('utf8')
    .replace(/^Organization:/, '');
}
