import { randomUUID } from 'node:crypto';
import {
  createServer as createHttpServer,
  type IncomingMessage,
  type Server,
  type ServerResponse,
} from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { acftu2016, type RuleSet, systemClock, uuidIds, type Viewer } from '@gonghui/core';
import { useCSRFPrevention } from '@graphql-yoga/plugin-csrf-prevention';
import { useDisableIntrospection } from '@graphql-yoga/plugin-disable-introspection';
import type { BasicTracerProvider } from '@opentelemetry/sdk-trace-base';
import { GraphQLError } from 'graphql';
import { createYoga, type Plugin, type YogaServerInstance } from 'graphql-yoga';
import { Access } from './auth/access.js';
import type { TokenRevocations } from './auth/revocation.js';
import { redisRevocationChannel } from './auth/revocation-channel.js';
import { type AuthConfig, maxLifetimeOf, TokenError, viewerFromAuthorization } from './auth/token.js';
import { CompiledFastPath } from './compiled-reads/fast-path.js';
import { CompiledFallbacks, CompiledReads } from './compiled-reads/plugin.js';
import type { Context } from './context.js';
import { type EventBus, memoryEventBus, redisEventBus } from './events.js';
import { armorPlugin, cachedRequestLimits, requestLimitsPlugin } from './hardening/armor.js';
import { bodyLimitPlugin, DEFAULT_MAX_BODY_BYTES, refuseOversizedBody } from './hardening/body-limit.js';
import { addressOf, clientAddress, limitKey } from './hardening/client-address.js';
import { DEFAULT_REQUEST_TIMEOUT_MS, deadlinePlugin } from './hardening/deadline.js';
import { documentSizePlugin } from './hardening/document-size.js';
import { CursorSeal, Deadline } from './hardening/edge-plugin.js';
import { faultMaskingPlugin, maskedFault } from './hardening/fault-masking.js';
import { type PersistedDocuments, persistedDocumentsPlugin } from './hardening/persisted-documents.js';
import { type RateLimit, rateLimiter, rateLimitPlugin } from './hardening/rate-limit.js';
import { serviceUnavailablePlugin } from './hardening/service-unavailable.js';
import {
  DEFAULT_MAX_SUBSCRIPTIONS_PER_VIEWER,
  SubscriptionSlots,
  subscriptionLimitPlugin,
} from './hardening/subscription-limit.js';
import { authenticatedViewer } from './hardening/unauthenticated.js';
import { uploadAdmission } from './hardening/upload-admission.js';
import { downloadPlugin, isDownloadPath } from './import/download.js';
import { ImportRunner } from './import/runner.js';
import { DEFAULT_MAX_UPLOAD_BYTES, uploadPlugin } from './import/upload.js';
import { defaultLogger, type Logger, requestIdFrom, requestLogPlugin } from './observe/log.js';
import { METRICS_PATH, metricsPlugins } from './observe/metrics.js';
import { tracingPlugin } from './observe/tracing.js';
import { RecentWriters, readRoutingPlugin, readsReplicas } from './read-routing.js';
import type { SharedRedis } from './redis.js';
import { responseCachePlugins } from './response-cache.js';
import { schema } from './schema.js';
import { SYSTEM_ACTOR } from './store/audit.js';
import { type Database, DEFAULT_READ_YOUR_WRITES_MS } from './store/database.js';
import { ElectionStore } from './store/election.js';
import { IDEMPOTENCY_KEY_HEADER, IDEMPOTENCY_KEY_PATTERN, purgeExpiredKeys } from './store/idempotency.js';
import { PrismaStore } from './store/prisma-store.js';

/** Example operations shown in GraphiQL on first open. */
export const EXAMPLE_OPERATIONS = `# Welcome to gonghui (工会). Run an operation with the ▶ button.
#
# Reading the organization directory needs no token. Changes and protected data (the audit log)
# need a bearer token. In development, make one in a terminal:
#   pnpm gonghui token --role SYSTEM_ADMIN      (in the workspace root)
#   (or --role ORG_ADMIN --org <organization id> to act within one subtree; --ttl 8h to keep it longer)
# then open the Headers tab below and paste:
#   { "Authorization": "Bearer <the token>" }

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

# 绍兴's 57 seats for the 15th Zhejiang provincial union congress, apportioned among its districts and
# counties by (illustrative) membership, one seat reserved for 柯桥区 (token: ORG_VIEWER of 绍兴 or above)
query ShaoxingSeats {
  organizations(first: 1, filter: { nameContains: "绍兴市总工会" }) {
    nodes {
      name
      congress {
        name form seats
        apportionments(first: 5) {
          nodes {
            delegationTo seats method cutoffDate reproducible
            allocations { unit { name } members source reserved reservedFor seats }
          }
        }
      }
    }
  }
}

# 余杭区总工会's 2018 summer carnival (暑期嘉年华): 250 places in all (public). Its id and the
# activities' ids are what the token and enrollment examples at the end ask for.
query SummerCarnival {
  organizations(first: 1, filter: { nameContains: "余杭区总工会" }) {
    nodes {
      id
      name
      activities(first: 10) {
        nodes { id title place startsAt places placesPerMember remainingPlaces enrollmentOpensAt enrollmentClosesAt }
      }
    }
  }
}

# 梅园村's committee: who holds which position now, who chaired in 2019, and its congress's delegates
# (token: ORG_VIEWER of 宁波市海曙区总工会 or above: the people sit in the federation's member unions,
# beside it under 海曙区, so a viewer of the federation alone gets FORBIDDEN on each member's name)
query MeiyuanCommittee {
  organizations(filter: { nameContains: "梅园村", kind: [INDUSTRY_CHAIN_FEDERATION] }) {
    nodes {
      name
      committees { kind seats }
      now: positions(heldOn: "2025-06-01", first: 20) { nodes { role startsOn member { name } } }
      chair2019: positions(role: CHAIR, heldOn: "2019-06-01", first: 1) { nodes { startsOn endsOn member { name } } }
      congress {
        name seats
        currentTerm {
          number startsOn endsOn
          delegates(first: 50) { totalCount nodes { status unit { name } member { name } } }
        }
      }
    }
  }
}

# 梅园村's elections, chained to its congress and committee: yesterday the congress's five delegates
# elected the committee's 7 members (approved: the count, the roll hash, the seal of the published
# record; the positions in MeiyuanCommittee's now-list from that day), today the committee's members
# elect its chair (open: live turnout only, never a partial tally). Token: ORG_VIEWER of the
# federation or above.
query MeiyuanElections {
  organizations(filter: { nameContains: "梅园村", kind: [INDUSTRY_CHAIN_FEDERATION] }, first: 1) {
    nodes {
      name
      elections {
        id title body seats status rollHash seal
        term { number } committee { kind seats }
        turnout { entitled present ballotsIssued ballotsCast }
        count { elected unfilledSeats tally { nodes { name votes } } }
      }
    }
  }
}

# 梅园村's collective bargaining (集体协商): the demo case, an industry-wide wage bargaining with the
# 梅园石 employers' association under Ningbo's rules — the workers' congress rejected the first draft
# (36 of 45 delegates present, 22 approving: one short of more than half of ALL 45), the talks resumed
# with 30 working days from that vote, the second draft was adopted (35 of 45), signed and filed, and
# it is in force since the objection period passed. Token: ORG_VIEWER of the federation or above.
query MeiyuanBargaining {
  organizations(filter: { nameContains: "梅园村", kind: [INDUSTRY_CHAIN_FEDERATION] }, first: 1) {
    nodes {
      name
      bargainingCases(first: 10) {
        nodes {
          id employer stage rules requestedOn repliedOn meetingOn finishedOn
          workers { negotiators outsideExperts } employerSide { negotiators outsideExperts }
          votes { votedOn delegates present approving against abstaining adopted }
          termStartsOn termEndsOn signedOn filedOn
          deadlines { replyDueBy documentsDueBy bargainingDueBy filingDueBy objectionPeriodEnds inForceOn }
        }
      }
    }
  }
}

# Vote in the open chair election as a newcomer, without signing in: the log of the first
# \`pnpm start\` printed the chair election's id and a ballot token. Read the ballot paper, then cast
# with the candidate's id and keep the receipt (after the count, \`pnpm gonghui election verify\`
# finds it in the published record):
#   { ballotPaper(electionId: "<chair election id>", token: "<token>") { title seats candidates { id name } } }
#   mutation { castBallot(input: { electionId: "<chair election id>", token: "<token>",
#       ballot: { approve: ["<candidate id>"] } }) { receipt errors { code messageZh } } }
# A token works once: sending it again answers BALLOT_TOKEN_USED. The officer (or an ORG_ADMIN
# token) closes the vote with closeElection; the count needs more than half of the 7 entitled.

# 余杭区总工会's special fund, its 2018 mutual-aid program and the year's report with a series per
# month. Token: pnpm gonghui token --role ORG_VIEWER --org <余杭区总工会's id from SummerCarnival> —
#   { organizations(first: 1, filter: { nameContains: "余杭区总工会" }) { nodes { funds(first: 5) { nodes {
#       name total { yuan } years { year budget { yuan } spent { yuan } remaining { yuan } }
#       programs(first: 10) { nodes { name amount { yuan } } } } } } } }
#   { benefitReport(organizationId: "<余杭区总工会's id>", year: 2018) { budgeted { yuan } spent { yuan }
#       remaining { yuan } membersReached months { month spent { yuan } payments } } }
# The same token lists the members of its subtree; pick one to enrol as —
#   { members(organizationId: "<余杭区总工会's id>", includeSubtree: true, first: 10) { nodes { id name } } }
# The carnival's enrollment closed in July 2018 (enroll answers ACTIVITY_CLOSED). Open an activity of
# your own with an ORG_ADMIN token (--role ORG_ADMIN --org <余杭区总工会's id>) —
#   mutation { createActivity(input: { organizationId: "<余杭区总工会's id>", title: "职工读书会",
#       place: "余杭区职工书屋", startsAt: "2035-06-01T09:00:00+08:00", endsAt: "2035-06-01T11:00:00+08:00",
#       enrollmentOpensAt: "2026-01-01T00:00:00+08:00", enrollmentClosesAt: "2035-05-31T18:00:00+08:00",
#       places: 2 }) { activity { id remainingPlaces } errors { code messageZh } } }
# then, with a MEMBER token (--role MEMBER --member <the member's id>), enrol in it, follow its places
# (a subscription streams over Server-Sent Events: the answer pane shows the places now and again
# whenever they change; once both are taken, the next member gets WAITING with waitingPosition 1)
# and list your enrollments —
#   mutation { enroll(input: { activityId: "<the activity's id>", memberId: "<the member's id>" }) {
#       enrollment { status waitingPosition } remainingPlaces errors { code messageZh } } }
#   subscription { remainingPlaces(activityId: "<the activity's id>") { remaining taken revision } }
#   { myEnrollments { status waitingPosition activity { title startsAt } } }

# Collective bargaining (集体协商): a union asks an employer to bargain, and each step is a mutation that
# core checks (the reply within 10 working days, 5 negotiators a side from 100 workers, documents 7 days
# before the first meeting, the talks within 30 working days, two thirds present for a vote and more than
# half of ALL delegates to adopt — a vote held that falls short is kept and the talks resume, as in
# MeiyuanBargaining — a term of 1 to 3 years, filing within 10 days, in force unless objected to within
# 15). Token: --role ORG_ADMIN --org <梅园村 federation's id from MeiyuanFederation> — open a case of your
# own (the reply is due by the 20th), then reply a working day late (BARGAINING_REPLY_LATE) or in time:
#   mutation { openBargaining(input: { organizationId: "<the federation's id>", employer: "梅园石材有限公司",
#       firmWorkers: 120, requestedOn: "2026-03-06", rules: NINGBO_2014 }) {
#       bargainingCase { id stage deadlines { replyDueBy } } errors { code messageZh } } }
#   mutation { recordBargainingReply(input: { caseId: "<the case's id>", repliedOn: "2026-03-23" }) {
#       bargainingCase { stage repliedOn } errors { code message messageZh } } }
#   mutation { nameNegotiators(input: { caseId: "<the case's id>", workers: { negotiators: 6, outsideExperts: 2 },
#       employer: { negotiators: 5, outsideExperts: 0 } }) { bargainingCase { stage } errors { code messageZh } } }
# The congress's vote on an agreed draft is recordContractVote (at DRAFT_AGREED; the demo case is past it:
# BARGAINING_OUT_OF_ORDER names its stage) —
#   mutation { recordContractVote(input: { caseId: "<the demo case's id from MeiyuanBargaining>", votedOn: "2025-06-10",
#       vote: { delegates: 45, present: 29, approving: 29 }, term: { startsOn: "2025-07-01", endsOn: "2027-06-30" } }) {
#       bargainingCase { stage votes { votedOn adopted } } errors { code message messageZh } } }
#   { node(id: "<the federation's id>") { ... on Organization { bargainingCases(first: 10) { nodes {
#       employer stage requestedOn repliedOn workers { negotiators } employerSide { negotiators }
#       votes { votedOn approving adopted }
#       deadlines { replyDueBy documentsDueBy bargainingDueBy filingDueBy inForceOn } } } } } }
# Removing a chair (罢免) needs more than half of ALL the congress's delegates, not of those present:
# 梅园村's congress has 5, so 2 votes answer POSITION_REMOVAL_NOT_PASSED and 3 remove —
#   { node(id: "<the federation's id>") { ... on Organization {
#       positions(role: CHAIR, heldOn: "2025-06-01", first: 1) { nodes { id role startsOn } } } } }
#   mutation { removeOfficer(input: { positionId: "<the chair's position id>", removedOn: "2025-06-30",
#       votesFor: 2 }) { position { endsOn } errors { code message messageZh } } }
`;

/** Headers that mark a request as non-simple for CSRF prevention (besides a JSON or GraphQL content type). */
export const CSRF_HEADERS = ['x-graphql-csrf', 'x-graphql-yoga-csrf'] as const;

/**
 * GraphiQL opens on the examples (`defaultQuery` fills the first tab of a browser that has no
 * saved tabs; yoga's welcome text shows only without it). It sends a subscription as a GET with
 * `accept: text/event-stream`, which CSRF prevention refuses without one of `CSRF_HEADERS`: the
 * page is served from this origin, so its own requests carry one.
 */
const GRAPHIQL_OPTIONS = {
  title: 'gonghui GraphiQL',
  defaultQuery: EXAMPLE_OPERATIONS,
  additionalHeaders: { [CSRF_HEADERS[0]]: '1' },
};

let renderedGraphiQL: Promise<string> | undefined;

/**
 * GraphiQL's page with its scripts, styles and editor workers inlined from
 * `@graphql-yoga/render-graphiql` (nothing from a CDN, so it works offline), rendered once (~9 MB).
 * The module is imported on the first page asked for: loaded up front it costs ~70 MB of RSS
 * (~30 MB of heap) in every process, production included, where GraphiQL is off.
 */
function graphiqlPage(): Promise<string> {
  renderedGraphiQL ??= import('@graphql-yoga/render-graphiql').then(({ renderGraphiQL }) =>
    renderGraphiQL(GRAPHIQL_OPTIONS),
  );
  renderedGraphiQL.catch(() => {
    renderedGraphiQL = undefined; // a later page tries again
  });
  return renderedGraphiQL;
}

/** Options of `createGonghuiYoga` and `startServer`. */
export interface ServerOptions {
  /** The opened database. */
  readonly db: Database;
  /** How bearer tokens are verified. */
  readonly auth: AuthConfig;
  /** Production mode: faults masked with a request id, no GraphiQL. Default: NODE_ENV === 'production'. */
  readonly production?: boolean;
  /** Where request lines and faults are logged (default: warnings and faults as JSON on stderr). */
  readonly logger?: Logger;
  /** `/metrics` then needs this bearer token; production serves `/metrics` only with one. */
  readonly metricsToken?: string | undefined;
  /** Traces every operation (e.g. `tracerProviderFor(config.GONGHUI_OTEL)`); absent: no tracing. */
  readonly tracing?: BasicTracerProvider | undefined;
  /** Largest request body in bytes (default 1 MiB); a larger one is answered 413. */
  readonly maxBodyBytes?: number;
  /** Largest file uploaded to `importMembers` in bytes (default DEFAULT_MAX_UPLOAD_BYTES); a larger one is answered 413. */
  readonly maxUploadBytes?: number;
  /** Where uploaded files are written until their import ends (default `<os tmpdir>/gonghui-uploads`). */
  readonly uploadDirectory?: string | undefined;
  /** Runs the API's imports (default: one over `db` publishing on the server's bus); tests pass theirs to await it. */
  readonly imports?: ImportRunner;
  /** Resume, in the background, the imports a stopped server left running with their files in the upload directory (`serve` does). */
  readonly resumeImports?: boolean;
  /** Requests per viewer (token subject, or client address when anonymous) per window; absent or null: no limit. */
  readonly rateLimit?: RateLimit | null;
  /** Subscriptions one viewer (token subject, or client address when anonymous) holds open at once in this process; default DEFAULT_MAX_SUBSCRIPTIONS_PER_VIEWER. */
  readonly maxSubscriptionsPerViewer?: number;
  /** Reverse proxies in front of the server (X-Forwarded-For entries trusted to name anonymous clients); default 0. */
  readonly trustedProxies?: number;
  /** Persisted-documents mode: only these documents run (e.g. `loadPersistedDocuments()`); absent: any document. */
  readonly persistedDocuments?: PersistedDocuments;
  /** The rule set the commands apply (e.g. `identity.idNumberTakenAnswersPerHour`); default `acftu2016`. */
  readonly rules?: RuleSet;
  /** Deadline of a query in milliseconds (default DEFAULT_REQUEST_TIMEOUT_MS); past it the answer is REQUEST_TIMEOUT. */
  readonly requestTimeoutMs?: number;
  /** Where subscriptions' events are published (default: through `redis` when given, else in memory, this process only). */
  readonly pubsub?: EventBus;
  /** The Redis several servers share (`connectRedis(GONGHUI_REDIS_URL)`): rate limits, recent writers and events go through it; absent: per process. */
  readonly redis?: SharedRedis | undefined;
  /** With read replicas: a viewer's queries read the primary this long after their last mutation (default DEFAULT_READ_YOUR_WRITES_MS). */
  readonly readYourWritesMs?: number;
  /** Serve a session's repeated queries from the response cache for this long (in `redis` when given); absent or 0: off. */
  readonly responseCacheTtlMs?: number;
  /** Answer queries over the public organization directory with one compiled statement (src/compiled-reads); default true, off with the response cache. */
  readonly compiledReads?: boolean;
  /**
   * Milliseconds between this process's polls of the token revocations (GONGHUI_REVOCATION_POLL_MS;
   * default DEFAULT_REVOCATION_POLL_MS). The first server over a database sets it: the servers of one
   * process over one database share one copy (`Database.revocations`), stopped when the database closes.
   */
  readonly revocationPollMs?: number;
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

/**
 * The token revocations of the server's database in this process (made, and loading, on first use),
 * shared through `redis` when given: published when stored here, applied when stored elsewhere.
 */
function serverRevocations(options: ServerOptions, logger: Logger): TokenRevocations {
  const revocations = options.db.revocations({
    pollMs: options.revocationPollMs,
    warn: (message, error) => logger.warn(error === undefined ? {} : { err: error }, message),
    maxLifetime: maxLifetimeOf(options.auth),
  });
  if (options.redis) revocations.share(redisRevocationChannel(options.redis));
  return revocations;
}

/** Builds the yoga instance of the gonghui API over an opened database. */
export function createGonghuiYoga(options: ServerOptions): YogaServerInstance<object, Context> {
  return gonghuiApi(options).yoga;
}

/** The API's yoga instance, and the compiled read path's HTTP fast path in front of it when it applies. */
interface GonghuiApi {
  readonly yoga: YogaServerInstance<object, Context>;
  /** Absent where the fast path would skip what the pipeline does: metrics collected, traces, persisted documents. */
  readonly fastPath?: CompiledFastPath;
}

/** Builds the API: yoga over an opened database, and the fast path `startServer` puts in front of it. */
function gonghuiApi(options: ServerOptions): GonghuiApi {
  const { db } = options;
  const production = options.production ?? process.env.NODE_ENV === 'production';
  const store = new PrismaStore(db);
  const env = { clock: systemClock, ids: uuidIds, rules: options.rules ?? acftu2016 };
  const elections = new ElectionStore(db, SYSTEM_ACTOR, env);
  const graphqlEndpoint = '/graphql';
  const pubsub = options.pubsub ?? (options.redis ? redisEventBus(options.redis) : memoryEventBus());
  const requestTimeoutMs = options.requestTimeoutMs ?? DEFAULT_REQUEST_TIMEOUT_MS;
  // Cursors are sealed with a key derived from the data key, so they stay valid across restarts and instances.
  const cursors = new CursorSeal(db.personalData.subkey('connection cursors v1'));
  const logger = options.logger ?? defaultLogger();
  const revocations = serverRevocations(options, logger);
  // The viewer of a request, verified once and shared by the rate limiter and the context.
  const viewers = new WeakMap<Request, Promise<Viewer>>();
  const viewerOf = (request: Request): Promise<Viewer> => {
    let viewer = viewers.get(request);
    if (!viewer) {
      viewer = viewerFromAuthorization(request.headers.get('authorization'), options.auth, revocations);
      viewer.catch(() => undefined); // awaited (and reported) by whoever asks
      viewers.set(request, viewer);
    }
    return viewer;
  };
  // The request's id, fixed once: a caller's X-Request-Id is kept (it lands in the audit log and the
  // logs) when it is a short plain token.
  const requestIds = new WeakMap<Request, string>();
  const requestIdOf = (request: Request): string => {
    let id = requestIds.get(request);
    if (id === undefined) {
      id = requestIdFrom(request.headers.get('x-request-id'));
      requestIds.set(request, id);
    }
    return id;
  };
  const subjectOf = async (request: Request): Promise<string | null | undefined> => {
    const viewer = viewers.get(request);
    return viewer?.then(
      (v) => v.subject,
      () => undefined,
    );
  };
  const imports = options.imports ?? new ImportRunner(db, pubsub, logger);
  const uploadDirectory = options.uploadDirectory ?? join(tmpdir(), 'gonghui-uploads');
  if (options.resumeImports) {
    imports.resume(uploadDirectory, env).then(
      (ids) => ids.length > 0 && logger.info(`resumed ${ids.length} stopped import(s): ${ids.join(', ')}`),
      (error: unknown) => logger.error({ err: error }, 'resuming stopped imports failed'),
    );
  }
  const maxBodyBytes = options.maxBodyBytes ?? DEFAULT_MAX_BODY_BYTES;
  const maxUploadBytes = options.maxUploadBytes ?? DEFAULT_MAX_UPLOAD_BYTES;
  const compiledReads = options.compiledReads !== false && !options.responseCacheTtlMs;
  const reads = new CompiledReads(new CompiledFallbacks(logger));
  const limitErrors = cachedRequestLimits();
  const limiter = options.rateLimit ? rateLimiter(options.rateLimit, options.redis) : undefined;
  const writers = db.replicas
    ? new RecentWriters(options.readYourWritesMs ?? DEFAULT_READ_YOUR_WRITES_MS, options.redis)
    : undefined;
  /** A request's context, once its viewer, id, Idempotency-Key (valid or null) and deadline are known: yoga's and the fast path's. */
  const contextOf = (
    viewer: Viewer,
    requestId: string,
    idempotencyKey: string | null,
    deadline: Deadline,
  ): Context => ({
    prisma: db.prisma,
    personalData: db.personalData,
    // Changes made in this request are audited as the viewer's, with the request id.
    store: store.as({ actor: viewer.subject ?? 'anonymous', requestId }),
    env,
    access: new Access(db.prisma, viewer),
    requestId,
    cursors,
    deadline,
    idempotencyKey,
    pubsub,
    elections: elections.as({ actor: viewer.subject ?? 'anonymous', requestId }),
    imports,
    revocations,
  });
  const metricsCollected = !production || options.metricsToken !== undefined;
  const fastPath =
    compiledReads && !metricsCollected && !options.tracing && !options.persistedDocuments
      ? new CompiledFastPath({
          schema,
          reads,
          auth: options.auth,
          revocations,
          endpoint: graphqlEndpoint,
          maxBodyBytes,
          cursors,
          requestTimeoutMs,
          logger,
          limitErrors,
          ...(limiter
            ? {
                rateLimit: {
                  limiter,
                  keyOf: (viewer: Viewer, req: IncomingMessage) =>
                    limitKey(
                      viewer.subject,
                      addressOf(req.socket.remoteAddress, forwardedFor(req), options.trustedProxies),
                    ),
                },
              }
            : {}),
          readClient: async (viewer) =>
            db.replicas && writers && (await readsReplicas(writers, viewer)) ? db.replicas.prisma : db.prisma,
          contextOf,
          ...(db.replicas && writers ? { wrote: (subject: string) => writers.wrote(subject) } : {}),
        })
      : undefined;
  /** What the fast path handed yoga with a request (its rate-limit count, its running deadline). */
  const handedOver = (serverContext: unknown) => {
    const req = (serverContext as { req?: IncomingMessage }).req;
    return req ? fastPath?.handedOver.get(req) : undefined;
  };
  /** The X-Forwarded-For header of a node request, as one string. */
  const forwardedFor = (req: IncomingMessage): string | null => {
    const header = req.headers['x-forwarded-for'];
    return Array.isArray(header) ? header.join(', ') : (header ?? null);
  };
  /** Masks a fault raised outside execution (e.g. while building the context) behind a new request id. */
  const maskWithRequestId = (error: unknown): Error => {
    const original = (error as { originalError?: unknown }).originalError;
    // Errors graphql-js raised itself (validation, bad variables) and GraphQLErrors raised on purpose
    // are the client's to see; faults inside execution were already masked by faultMaskingPlugin.
    if (!original || original instanceof GraphQLError) return error as Error;
    const requestId = randomUUID();
    logger.error({ requestId, err: original }, 'fault');
    return maskedFault(error instanceof GraphQLError ? error : undefined, requestId);
  };
  const rateLimitKey = async (request: Request, serverContext: unknown): Promise<string> => {
    let subject: string | null = null;
    try {
      subject = (await viewerOf(request)).subject;
    } catch (error) {
      if (!(error instanceof TokenError)) throw error; // a bad token counts against its address; the context answers 401
    }
    return limitKey(subject, clientAddress(serverContext, request, options.trustedProxies));
  };
  const yoga = createYoga<object, Context>({
    schema,
    graphqlEndpoint,
    healthCheckEndpoint: '/live',
    landingPage: false,
    graphiql: production ? false : GRAPHIQL_OPTIONS,
    renderGraphiQL: graphiqlPage,
    maskedErrors: production ? { maskError: maskWithRequestId } : false,
    // bodyLimitPlugin instead: yoga's limiter streams every body, ours only those without a Content-Length.
    maxRequestBodySize: false,
    plugins: [
      requestLogPlugin(logger, { requestIdOf, subjectOf }, ['/health', '/live', METRICS_PATH]),
      bodyLimitPlugin(maxBodyBytes, maxBodyBytes + maxUploadBytes),
      uploadPlugin({
        directory: uploadDirectory,
        maxFileBytes: maxUploadBytes,
        maxFieldBytes: maxBodyBytes,
        admit: uploadAdmission(viewerOf),
      }),
      healthPlugin(db),
      ...metricsPlugins(
        db,
        { production, token: options.metricsToken },
        compiledReads ? reads.fallbacks : undefined,
      ),
      ...(options.tracing ? [tracingPlugin(options.tracing)] : []),
      ...(options.rateLimit && limiter
        ? [
            rateLimitPlugin(
              options.rateLimit,
              (path) => path === graphqlEndpoint || isDownloadPath(path),
              rateLimitKey,
              limiter,
              (serverContext) => handedOver(serverContext)?.counted === true,
            ),
          ]
        : []),
      downloadPlugin({ db, viewerOf, requestIdOf }),
      subscriptionLimitPlugin(
        new SubscriptionSlots(options.maxSubscriptionsPerViewer ?? DEFAULT_MAX_SUBSCRIPTIONS_PER_VIEWER),
        rateLimitKey,
      ),
      ...(db.replicas && writers ? [readRoutingPlugin(db.replicas, writers)] : []),
      useCSRFPrevention({ requestHeaders: [...CSRF_HEADERS] }),
      ...(production ? [useDisableIntrospection()] : []),
      ...(options.persistedDocuments ? [persistedDocumentsPlugin(options.persistedDocuments)] : []),
      // Before anything parses or caches the document by its text (a persisted document's is known here).
      documentSizePlugin(),
      // After the persisted documents (their text is then known) and the rate limit (hits count too).
      ...(options.responseCacheTtlMs
        ? responseCachePlugins(
            {
              ttlMs: options.responseCacheTtlMs,
              sessionKey: db.personalData.subkey('response cache sessions v1'),
              redis: options.redis,
              replicaWindowMs: db.replicas
                ? (options.readYourWritesMs ?? DEFAULT_READ_YOUR_WRITES_MS)
                : undefined,
              logger,
            },
            viewerOf,
          )
        : []),
      armorPlugin(production),
      requestLimitsPlugin(limitErrors),
      // After the limits (a refused request never reaches it), before the deadline (which wraps it).
      // Not with the response cache: it rewrites the document (adds ids and typenames) and walks the
      // result to strip them again, which the compiled path's written JSON does not go through.
      ...(compiledReads ? [reads.plugin()] : []),
      deadlinePlugin(),
      serviceUnavailablePlugin(),
      ...(production
        ? [faultMaskingPlugin((requestId, error) => logger.error({ requestId, err: error }, 'fault'))]
        : []),
    ],
    context: async ({ request, ...serverContext }) => {
      const viewer = await authenticatedViewer(viewerOf, request);
      const idempotencyKey = request.headers.get(IDEMPOTENCY_KEY_HEADER);
      if (idempotencyKey !== null && !IDEMPOTENCY_KEY_PATTERN.test(idempotencyKey)) {
        throw new GraphQLError('The Idempotency-Key header must be 1 to 255 printable ASCII characters.', {
          extensions: { code: 'BAD_USER_INPUT', http: { status: 400 } },
        });
      }
      // A request the fast path handed over keeps the deadline it started there.
      const deadline = handedOver(serverContext)?.deadline ?? new Deadline(requestTimeoutMs);
      return contextOf(viewer, requestIdOf(request), idempotencyKey, deadline);
    },
  });
  return { yoga, ...(fastPath ? { fastPath } : {}) };
}

/** A running gonghui HTTP server. */
export interface RunningServer {
  /** The GraphQL endpoint URL. */
  readonly url: string;
  /** The underlying node:http server. */
  readonly http: Server;
  /** The compiled read path's HTTP fast path in front of yoga, when it is on (production without metrics, traces or persisted documents). */
  readonly fastPath?: CompiledFastPath;
  /** Stops accepting connections, lets in-flight requests finish, then resolves (the database stays open). */
  close(): Promise<void>;
}

/** Starts the API on `port` (0 = any free port) and `host`. */
export async function startServer(
  options: ServerOptions & { port?: number; host?: string },
): Promise<RunningServer> {
  const { yoga, fastPath } = gonghuiApi(options);
  // Every revocation is known before the first request is answered.
  await serverRevocations(options, options.logger ?? defaultLogger()).ready;
  const maxBodyBytes = options.maxBodyBytes ?? DEFAULT_MAX_BODY_BYTES;
  const maxMultipartBytes = maxBodyBytes + (options.maxUploadBytes ?? DEFAULT_MAX_UPLOAD_BYTES);
  const toYoga = (req: IncomingMessage, res: ServerResponse) => void yoga(req, res);
  const http = createHttpServer((req, res) => {
    if (refuseOversizedBody(req, res, maxBodyBytes, maxMultipartBytes)) return;
    if (fastPath) fastPath.handle(req, res, toYoga);
    else toYoga(req, res);
  });
  // Expired idempotency keys are deleted hourly (a retry after 24 hours does the work again anyway).
  const purge = setInterval(() => {
    purgeExpiredKeys(options.db.prisma).catch((error: unknown) =>
      (options.logger ?? defaultLogger()).error({ err: error }, 'purging expired idempotency keys failed'),
    );
  }, 3_600_000).unref();
  await new Promise<void>((resolve, reject) => {
    http.once('error', reject);
    http.listen(options.port ?? 4000, options.host ?? '127.0.0.1', () => resolve());
  });
  const address = http.address() as AddressInfo;
  const host = address.family === 'IPv6' ? `[${address.address}]` : address.address;
  return {
    url: `http://${host === '0.0.0.0' ? 'localhost' : host}:${address.port}/graphql`,
    http,
    ...(fastPath ? { fastPath } : {}),
    close: () =>
      new Promise<void>((resolve, reject) => {
        clearInterval(purge);
        http.close((error) => (error ? reject(error) : resolve()));
        http.closeIdleConnections();
      }),
  };
}
