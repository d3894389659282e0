// Downloads over the API's HTTP server, beside /graphql (a yoga plugin, so they share its token check,
// rate limit and request log):
//   GET /exports/members?organizationId=<global id>&format=csv|xlsx[&includeSubtree=false][&reveal=true]
//     the members of an organization's subtree as a file (src/import/export.ts `exportMembers`, as the
//     CLI's `gonghui export members`): ORG_ADMIN of the organization or above, or SYSTEM_ADMIN; personal
//     data masked unless `reveal=true`, which is one `member.exportRevealed` audit entry, written before
//     a byte of the file leaves. One export of a viewer at a time (EXPORTS_PER_VIEWER).
//   GET /imports/<job global id>/problems.csv
//     an import job's refused rows as CSV (src/import/report.ts `problemsCsv`), for whoever may read the
//     job with `importJob` (`mayReadImportJob`); anyone else gets 404, as `importJob` answers null.
// Refusals are JSON like the GraphQL endpoint's (`{ errors: [{ message, extensions: { code } }] }`):
// 401 without a valid token, 403 outside the viewer's scope, 400 naming the bad parameter, 429 while
// the viewer's export runs.

import { once } from 'node:events';
import { PassThrough, Readable } from 'node:stream';
import type { Viewer } from '@gonghui/core';
import { GraphQLError } from 'graphql';
import type { Plugin } from 'graphql-yoga';
import { Access, mayReadImportJob } from '../auth/access.js';
import { parseGlobalID } from '../builder.js';
import { SubscriptionSlots } from '../hardening/subscription-limit.js';
import { authenticatedViewer } from '../hardening/unauthenticated.js';
import type { Database } from '../store/database.js';
import { type ExportFormat, exportMembers } from './export.js';
import { problemsCsv } from './report.js';

/** The path of the member export. */
export const MEMBER_EXPORT_PATH = '/exports/members';

/** `/imports/<job global id>/problems.csv` (the id URL-encoded or not: base64 may hold a `/`). */
const PROBLEMS_PATH = /^\/imports\/(.+)\/problems\.csv$/;

/** Exports one viewer may run at once in one process. */
export const EXPORTS_PER_VIEWER = 1;

/** Whether a request path is one of the downloads (the rate limit counts them like /graphql). */
export function isDownloadPath(pathname: string): boolean {
  return pathname === MEMBER_EXPORT_PATH || PROBLEMS_PATH.test(pathname);
}

/** The path of an import job's problem report, by the job's global ID. */
export function problemsPath(jobGlobalId: string): string {
  return `/imports/${encodeURIComponent(jobGlobalId)}/problems.csv`;
}

const CONTENT_TYPES: Record<ExportFormat, string> = {
  csv: 'text/csv; charset=utf-8',
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
};

/** The parameters of the member export, and the values each takes. */
const EXPORT_PARAMETERS = {
  organizationId: 'the global ID of an organization',
  format: 'csv or xlsx',
  includeSubtree: 'true or false',
  reveal: 'true or false',
} as const;

/** The HTTP part of a GraphQL error's extensions (yoga answers with it). */
interface HttpExtension {
  readonly status: number;
  readonly headers?: Record<string, string>;
}

/** A refused download: its status, code and message. */
class Refusal extends Error {
  /** A refusal answered with `status`. */
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
    readonly headers: Record<string, string> = {},
  ) {
    super(message);
  }
}

/** An id as a file name's part: letters, digits and dashes only. */
const safe = (id: string) => id.replace(/[^A-Za-z0-9-]/g, '');

const badParameter = (name: string, message: string) =>
  new Refusal(400, 'BAD_USER_INPUT', `${name}: ${message}`);

/** The JSON answer of a refusal, shaped like a GraphQL error. */
function refusalResponse(fetchAPI: { Response: typeof Response }, refusal: Refusal): Response {
  return new fetchAPI.Response(
    JSON.stringify({ errors: [{ message: refusal.message, extensions: { code: refusal.code } }] }),
    {
      status: refusal.status,
      headers: { 'content-type': 'application/json; charset=utf-8', ...refusal.headers },
    },
  );
}

/** A boolean parameter: absent → `fallback`; anything but true/false is refused naming it. */
function flag(params: URLSearchParams, name: string, fallback: boolean): boolean {
  const value = params.get(name);
  if (value === null) return fallback;
  if (value === 'true' || value === 'false') return value === 'true';
  throw badParameter(name, `must be true or false, not '${value.slice(0, 40)}'`);
}

/** What the member export was asked for, checked: unknown or repeated parameters are refused. */
function exportRequest(params: URLSearchParams) {
  const names = [...params.keys()];
  for (const name of names) {
    if (!Object.hasOwn(EXPORT_PARAMETERS, name)) {
      throw badParameter(
        name.slice(0, 40),
        `unknown parameter; the export takes ${Object.keys(EXPORT_PARAMETERS).join(', ')}`,
      );
    }
    if (names.indexOf(name) !== names.lastIndexOf(name)) throw badParameter(name, 'given more than once');
  }
  // A global ID is base64: a `+` not URL-encoded arrives as a space, which base64 never holds.
  const id = params.get('organizationId')?.replaceAll(' ', '+') ?? null;
  if (id === null) throw badParameter('organizationId', `required: ${EXPORT_PARAMETERS.organizationId}`);
  const decoded = parseGlobalID(id);
  if (decoded?.typename !== 'Organization') {
    throw badParameter('organizationId', `'${id.slice(0, 100)}' is not ${EXPORT_PARAMETERS.organizationId}`);
  }
  const format = params.get('format');
  if (format !== 'csv' && format !== 'xlsx') {
    throw badParameter(
      'format',
      format === null ? 'required: csv or xlsx' : `'${format.slice(0, 40)}' is not csv or xlsx`,
    );
  }
  return {
    organizationId: decoded.id,
    format: format as ExportFormat,
    includeSubtree: flag(params, 'includeSubtree', true),
    reveal: flag(params, 'reveal', false),
  };
}

/** What the download plugin needs from the server. */
export interface DownloadOptions {
  readonly db: Pick<Database, 'prisma' | 'personalData' | 'auditKey'>;
  /** The request's verified viewer (the server's, shared with its rate limit). */
  readonly viewerOf: (request: Request) => Promise<Viewer>;
  /** The request's id (the audit entry of a reveal carries it). */
  readonly requestIdOf: (request: Request) => string;
  /** Exports running per viewer (default EXPORTS_PER_VIEWER each). */
  readonly slots?: SubscriptionSlots;
}

/** The viewer of a download: a valid token is required (401 as on every endpoint: hardening/unauthenticated.ts). */
async function signedInViewer(
  options: DownloadOptions,
  request: Request,
): Promise<Viewer & { subject: string }> {
  try {
    return await authenticatedViewer(
      options.viewerOf,
      request,
      'a download needs a token: Authorization: Bearer <token>',
    );
  } catch (error) {
    const http =
      error instanceof GraphQLError ? (error.extensions.http as HttpExtension | undefined) : undefined;
    if (http === undefined) throw error;
    throw new Refusal(
      http.status,
      String((error as GraphQLError).extensions.code),
      (error as Error).message,
      http.headers,
    );
  }
}

/** A file to send: its bytes as they come, its content type, its name. */
interface Download {
  readonly body: Readable;
  readonly type: string;
  readonly name: string;
}

/** The member export's file, once the viewer may export that organization and has no other export running. */
async function memberExport(
  options: DownloadOptions,
  slots: SubscriptionSlots,
  request: Request,
  viewer: Viewer & { subject: string },
): Promise<Download> {
  const asked = exportRequest(new URL(request.url).searchParams);
  const { prisma } = options.db;
  if (!(await new Access(prisma, viewer).permits('ADMIN', asked.organizationId))) {
    throw new Refusal(
      403,
      'FORBIDDEN',
      'organizationId: exporting members needs ORG_ADMIN of the organization or above (or SYSTEM_ADMIN)',
    );
  }
  if ((await prisma.organization.count({ where: { id: asked.organizationId } })) === 0) {
    throw new Refusal(404, 'NOT_FOUND', 'organizationId: no organization has this ID');
  }
  const release = slots.acquire(viewer.subject);
  if (release === undefined) {
    throw new Refusal(
      429,
      'EXPORT_LIMIT',
      `at most ${slots.max} export(s) of one viewer at once; wait until the running one has been received`,
    );
  }
  const out = new PassThrough();
  out.once('close', release);
  const exported = exportMembers(options.db, {
    ...asked,
    who: { actor: viewer.subject, requestId: options.requestIdOf(request) },
    out,
  });
  exported.then(release, (error: unknown) => {
    release();
    out.destroy(error as Error);
  });
  // The first byte comes after the reveal's audit entry: a failure before it is answered, not a cut file.
  await Promise.race([once(out, 'readable'), exported]);
  const name = `members-${safe(asked.organizationId)}${asked.reveal ? '-revealed' : ''}.${asked.format}`;
  return { body: out, type: CONTENT_TYPES[asked.format], name };
}

/** An import job's problem report, for a viewer who may read the job. */
async function problemReport(options: DownloadOptions, viewer: Viewer, encodedId: string): Promise<Download> {
  let id: string;
  try {
    id = decodeURIComponent(encodedId);
  } catch {
    id = encodedId;
  }
  const decoded = parseGlobalID(id);
  if (decoded?.typename !== 'MemberImportJob') {
    throw badParameter(
      'job',
      `'${id.slice(0, 100)}' in /imports/<job>/problems.csv is not an import job's global ID`,
    );
  }
  const { prisma } = options.db;
  const job = await prisma.memberImport.findUnique({
    where: { id: decoded.id },
    select: { id: true, organizationId: true },
  });
  if (job === null || !(await mayReadImportJob(new Access(prisma, viewer), job))) {
    throw new Refusal(404, 'NOT_FOUND', 'no import job you may see has this ID');
  }
  return {
    body: problemsCsv(options.db, job.id),
    type: CONTENT_TYPES.csv,
    name: `import-problems-${safe(job.id)}.csv`,
  };
}

/** The downloads as a yoga plugin: it answers GET requests to their paths and leaves every other request alone. */
export function downloadPlugin(options: DownloadOptions): Plugin {
  const slots = options.slots ?? new SubscriptionSlots(EXPORTS_PER_VIEWER);
  return {
    async onRequest({ request, url, endResponse, fetchAPI }) {
      const problems = PROBLEMS_PATH.exec(url.pathname);
      if (url.pathname !== MEMBER_EXPORT_PATH && problems === null) return;
      try {
        if (request.method !== 'GET') {
          throw new Refusal(405, 'METHOD_NOT_ALLOWED', `${url.pathname} answers GET only`, { allow: 'GET' });
        }
        const viewer = await signedInViewer(options, request);
        const file =
          problems === null
            ? await memberExport(options, slots, request, viewer)
            : await problemReport(options, viewer, problems[1] as string);
        endResponse(
          new fetchAPI.Response(Readable.toWeb(file.body) as ReadableStream<Uint8Array>, {
            headers: {
              'content-type': file.type,
              'content-disposition': `attachment; filename="${file.name}"`,
              // Personal data: never kept by a cache, never sniffed into something else.
              'cache-control': 'no-store',
              'x-content-type-options': 'nosniff',
            },
          }),
        );
      } catch (error) {
        if (!(error instanceof Refusal)) throw error;
        endResponse(refusalResponse(fetchAPI, error));
      }
    },
  };
}
