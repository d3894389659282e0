import { randomUUID } from 'node:crypto';
import { createServer as createHttpServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { systemClock, uuidIds } from '@gonghui/core';
import { GraphQLError } from 'graphql';
import { createYoga, type Plugin, type YogaServerInstance } from 'graphql-yoga';
import { Access } from './auth/access.js';
import { type AuthConfig, TokenError, viewerFromAuthorization } from './auth/token.js';
import type { Context } from './context.js';
import { schema } from './schema.js';
import type { Database } from './store/database.js';
import { PrismaStore } from './store/prisma-store.js';

/** Example operations shown in GraphiQL on first open. */
export const EXAMPLE_OPERATIONS = `# Welcome to gonghui (工会). Run an operation with the ▶ button.

# 梅园村's industry-chain federation and its member unions by chain segment
query MeiyuanFederation {
  organizations(filter: { nameContains: "梅园村", kind: [INDUSTRY_CHAIN_FEDERATION] }) {
    nodes {
      id
      name
      ancestors { name }
      memberUnions(first: 20) {
        totalCount
        nodes { segment chain member { name creditCode } }
      }
    }
  }
}

# The organization tree under 浙江省总工会, one page at a time
query ZhejiangSubtree($after: String) {
  organizations(filter: { nameContains: "浙江省总工会" }) {
    nodes {
      name
      subtree(first: 25, after: $after) {
        totalCount
        pageInfo { hasNextPage endCursor }
        edges { node { name kind level depth parent { name } } }
      }
    }
  }
}

# All grassroots unions in 嘉兴 (region codes starting 3304)
query JiaxingGrassroots {
  organizations(filter: { regionCode: "3304", kind: [GRASSROOTS_UNION, JOINT_GRASSROOTS_UNION] }) {
    totalCount
    nodes { name regionCode parent { name } }
  }
}
`;

/** Options of `createGonghuiYoga` and `startServer`. */
export interface ServerOptions {
  /** The opened database. */
  readonly db: Database;
  /** How bearer tokens are verified. */
  readonly auth: AuthConfig;
  /** Production mode: faults masked with a request id, no GraphiQL. Default: NODE_ENV === 'production'. */
  readonly production?: boolean;
  /** Where log lines go (default: stderr). */
  readonly log?: (line: string) => void;
}

function healthPlugin(db: Database): Plugin {
  return {
    async onRequest({ url, endResponse, fetchAPI }) {
      if (url.pathname !== '/health') return;
      let database = 'ok';
      try {
        await db.prisma.$queryRawUnsafe('SELECT 1');
      } catch {
        database = 'unavailable';
      }
      const body = JSON.stringify({ status: database === 'ok' ? 'ok' : 'degraded', database, kind: db.kind });
      endResponse(
        new fetchAPI.Response(body, {
          status: database === 'ok' ? 200 : 503,
          headers: { 'content-type': 'application/json' },
        }),
      );
    },
  };
}

/** Builds the yoga instance of the gonghui API over an opened database. */
export function createGonghuiYoga(options: ServerOptions): YogaServerInstance<object, Context> {
  const { db } = options;
  const production = options.production ?? process.env.NODE_ENV === 'production';
  const store = new PrismaStore(db.prisma);
  const env = { clock: systemClock, ids: uuidIds };
  return createYoga<object, Context>({
    schema,
    graphqlEndpoint: '/graphql',
    healthCheckEndpoint: '/live',
    landingPage: false,
    graphiql: production ? false : { title: 'gonghui GraphiQL', defaultQuery: EXAMPLE_OPERATIONS },
    maskedErrors: production ? { maskError: maskWithRequestId } : false,
    plugins: [healthPlugin(db)],
    context: async ({ request }) => {
      let viewer: Awaited<ReturnType<typeof viewerFromAuthorization>>;
      try {
        viewer = await viewerFromAuthorization(request.headers.get('authorization'), options.auth);
      } catch (error) {
        if (!(error instanceof TokenError)) throw error;
        throw new GraphQLError(error.message, {
          extensions: {
            code: 'UNAUTHENTICATED',
            http: { status: 401, headers: { 'www-authenticate': 'Bearer' } },
          },
        });
      }
      return {
        prisma: db.prisma,
        store,
        env,
        access: new Access(db.prisma, viewer),
        requestId: request.headers.get('x-request-id') ?? randomUUID(),
      };
    },
  });
}

function maskWithRequestId(error: unknown, message: string): Error {
  const original = (error as { originalError?: unknown }).originalError;
  // Errors graphql-js raised itself (validation, bad variables) are the client's to see.
  if (!original) return error as Error;
  const requestId = randomUUID();
  console.error(`[gonghui] fault ${requestId}:`, original);
  return new Error(`${message} (request id ${requestId})`);
}

/** A running gonghui HTTP server. */
export interface RunningServer {
  /** The GraphQL endpoint URL. */
  readonly url: string;
  /** The underlying node:http server. */
  readonly http: Server;
  /** Stops accepting connections, lets in-flight requests finish, then resolves (the database stays open). */
  close(): Promise<void>;
}

/** Starts the API on `port` (0 = any free port) and `host`. */
export async function startServer(
  options: ServerOptions & { port?: number; host?: string },
): Promise<RunningServer> {
  const yoga = createGonghuiYoga(options);
  const http = createHttpServer(yoga);
  await new Promise<void>((resolve, reject) => {
    http.once('error', reject);
    http.listen(options.port ?? 4000, options.host ?? '127.0.0.1', () => resolve());
  });
  const address = http.address() as AddressInfo;
  const host = address.family === 'IPv6' ? `[${address.address}]` : address.address;
  return {
    url: `http://${host === '0.0.0.0' ? 'localhost' : host}:${address.port}/graphql`,
    http,
    close: () =>
      new Promise<void>((resolve, reject) => {
        http.close((error) => (error ? reject(error) : resolve()));
        http.closeIdleConnections();
      }),
  };
}
