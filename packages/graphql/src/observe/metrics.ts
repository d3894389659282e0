// Prometheus metrics at /metrics: yoga's prometheus plugin (requests, durations and errors per
// operation, the phases, HTTP durations), Node's process metrics, the database pool, the read replicas
// and the compiled read path's fallbacks.

import { createHash, timingSafeEqual } from 'node:crypto';
import { usePrometheus } from '@graphql-yoga/plugin-prometheus';
import type { Plugin } from 'graphql-yoga';
import { Counter, collectDefaultMetrics, Gauge, Registry } from 'prom-client';
import type { CompiledFallbacks } from '../compiled-reads/plugin.js';
import type { Database } from '../store/database.js';

/** Where the metrics are served. */
export const METRICS_PATH = '/metrics';

/** Who may read `/metrics`. */
export interface MetricsAccess {
  /** Production: without a token `/metrics` is not served at all. */
  readonly production: boolean;
  /** When set, `/metrics` needs `Authorization: Bearer <token>`. */
  readonly token?: string | undefined;
}

let processMetrics: Registry | undefined;

/** Node's process metrics (memory, CPU, event-loop lag, GC), collected once per process whatever the number of servers. */
function processRegistry(): Registry {
  if (!processMetrics) {
    processMetrics = new Registry();
    collectDefaultMetrics({ register: processMetrics, prefix: 'gonghui_' });
  }
  return processMetrics;
}

const digest = (text: string) => createHash('sha256').update(text).digest();

/** Whether the Authorization header carries the token (compared in constant time). */
function bearerMatches(header: string | null, token: string): boolean {
  return header !== null && timingSafeEqual(digest(header.trim()), digest(`Bearer ${token}`));
}

/** A gauge of the pg pool's connections by state (total, idle, waiting clients); none for PGlite (one connection). */
function poolGauge(db: Database, registry: Registry): void {
  const { pool } = db;
  if (!pool) return;
  new Gauge({
    name: 'gonghui_db_pool_connections',
    help: 'Connections of the PostgreSQL pool: total open, idle, and clients waiting for one',
    labelNames: ['state'],
    registers: [registry],
    collect() {
      this.set({ state: 'total' }, pool.totalCount);
      this.set({ state: 'idle' }, pool.idleCount);
      this.set({ state: 'waiting' }, pool.waitingCount);
    },
  });
}

/** `/metrics` in production without a token: 404, and nothing is collected (no one could read it). */
const closedMetrics: Plugin = {
  onRequest({ url, endResponse, fetchAPI }) {
    if (url.pathname !== METRICS_PATH) return;
    endResponse(new fetchAPI.Response('metrics need GONGHUI_METRICS_TOKEN in production\n', { status: 404 }));
  },
};

/** Statements of the read client by where they ran (replica or primary), and each replica's health; none without replicas. */
function replicaMetrics(db: Database, registry: Registry): void {
  const { replicas } = db;
  if (!replicas) return;
  new Counter({
    name: 'gonghui_db_read_statements_total',
    help: "Statements of queries' reads by where they ran: a read replica, or the primary when no replica could take them",
    labelNames: ['target'],
    registers: [registry],
    collect() {
      this.reset();
      this.inc({ target: 'replica' }, replicas.counts.replica);
      this.inc({ target: 'primary' }, replicas.counts.primary);
    },
  });
  new Gauge({
    name: 'gonghui_db_replica_healthy',
    help: 'Whether a read replica serves reads (it answers and lags at most the read-your-writes window)',
    labelNames: ['replica'],
    registers: [registry],
    collect() {
      for (const { url, healthy } of replicas.state)
        this.set({ replica: new URL(url).host }, healthy ? 1 : 0);
    },
  });
}

/** Compilable queries the compiled read path left to the normal path, by reason (`CompiledFallbacks`). */
function fallbackMetrics(fallbacks: CompiledFallbacks, registry: Registry): void {
  new Counter({
    name: 'gonghui_compiled_read_fallbacks_total',
    help: 'Queries the compiled read path could have answered but executed normally, by reason: arguments the normal path refuses, a cursor whose row left its list, a failed statement (a compiler bug: also logged once per document)',
    labelNames: ['reason'],
    registers: [registry],
    collect() {
      this.reset();
      for (const [reason, count] of Object.entries(fallbacks.counts)) this.inc({ reason }, count);
    },
  });
}

/**
 * The metrics plugins of one server (with a registry of its own): the collectors, and `/metrics`
 * served to whoever `access` allows (401 with a wrong token). In production without a token
 * `/metrics` answers 404 and no collector is installed: the prometheus plugin's per-request work
 * (phase timers, a walk of each document for deprecated fields) was ~5% of a simple read's CPU.
 */
export function metricsPlugins(db: Database, access: MetricsAccess, fallbacks?: CompiledFallbacks): Plugin[] {
  if (access.production && !access.token) return [closedMetrics];
  const registry = new Registry();
  poolGauge(db, registry);
  replicaMetrics(db, registry);
  if (fallbacks) fallbackMetrics(fallbacks, registry);
  const serve: Plugin = {
    async onRequest({ url, request, endResponse, fetchAPI }) {
      if (url.pathname !== METRICS_PATH) return;
      if (access.token && !bearerMatches(request.headers.get('authorization'), access.token)) {
        endResponse(
          new fetchAPI.Response('metrics need Authorization: Bearer <GONGHUI_METRICS_TOKEN>\n', {
            status: 401,
            headers: { 'www-authenticate': 'Bearer' },
          }),
        );
      } else {
        endResponse(
          new fetchAPI.Response(await Registry.merge([processRegistry(), registry]).metrics(), {
            headers: { 'content-type': registry.contentType },
          }),
        );
      }
    },
  };
  const collect = usePrometheus({
    registry,
    endpoint: false,
    skipIntrospection: true,
    // Error paths hold list indices: one series per index would grow without bound.
    labels: { operationName: true, operationType: true, phase: true, path: false },
    metrics: {
      graphql_envelop_request: true,
      graphql_envelop_request_duration: true,
      graphql_envelop_error_result: true,
      graphql_envelop_phase_parse: true,
      graphql_envelop_phase_validate: true,
      graphql_envelop_phase_context: true,
      graphql_envelop_phase_execute: true,
      graphql_yoga_http_duration: true,
      // On by default in the plugin, off here: a walk of every document for deprecated fields (we
      // have none), a summary repeating the duration histogram, subscriptions and schema changes (none).
      graphql_envelop_deprecated_field: false,
      graphql_envelop_request_time_summary: false,
      graphql_envelop_phase_subscribe: false,
      graphql_envelop_schema_change: false,
    },
  });
  return [serve, collect];
}
