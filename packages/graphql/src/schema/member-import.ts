// Bulk import of members through the API: `importMembers` takes a roster uploaded with the GraphQL
// multipart request spec (src/import/upload.ts streams it to disk) and starts its import job, which
// runs in the server's background (src/import/runner.ts); `importJob(id)` reads a job — status, counts,
// the problems of every refused row — and `memberImportProgress(id)` follows it batch by batch.
// ORG_ADMIN of the organization imported into (or above it) imports and reads its jobs.

import { encodeGlobalID } from '@pothos/plugin-relay';
import { GraphQLError } from 'graphql';
import { Access, mayReadImportJob } from '../auth/access.js';
import { tokenExpiresAt } from '../auth/token.js';
import { builder, PUBLIC } from '../builder.js';
import type { Context } from '../context.js';
import {
  MAX_RUNNING_IMPORTS_PER_ORGANIZATION,
  MAX_RUNNING_IMPORTS_PER_VIEWER,
} from '../hardening/import-limit.js';
import { tokenExpiredError, untilTokenExpiry } from '../hardening/stream-expiry.js';
import { untilScopeEnds } from '../hardening/stream-scope.js';
import { problemsPath } from '../import/download.js';
import { type MemberImportProgress, progressOf } from '../import/runner.js';
import { UploadedFile } from '../import/upload.js';
import { countedConnection } from './connection.js';
import { errorsField, type Payload, toUserError } from './errors.js';
import { Organization } from './organization.js';

builder.scalarType('Upload', {
  description:
    'A file sent with the request by the GraphQL multipart request spec (a `multipart/form-data` POST with ' +
    'the fields `operations`, `map` and the file); accepted by `importMembers` only.',
  serialize: () => {
    throw new TypeError('Upload is an input only');
  },
  parseValue: (value) => {
    if (value instanceof UploadedFile) return value;
    throw new TypeError('Upload takes a file sent as a multipart request (GraphQL multipart request spec)');
  },
});

const MemberImportStatusEnum = builder.enumType('MemberImportStatus', {
  description: 'Where an import stands.',
  values: {
    RUNNING: {
      value: 'RUNNING',
      description: 'Rows are being registered (or the run stopped: upload the file again).',
    },
    DONE: { value: 'DONE', description: 'Every row of the file has its outcome.' },
    FAILED: { value: 'FAILED', description: 'The file cannot be imported; `error` says why.' },
  } as const,
});

/** Who may see a job: those who may import into its organization. */
const adminOf = (job: { organizationId: string }) => ({ orgAdmin: job.organizationId });

const MemberImportProblem = builder.prismaObject('MemberImportProblem', {
  description: 'A problem of one refused row of an import.',
  authScopes: PUBLIC,
  fields: (t) => ({
    row: t.exposeInt('row', { description: 'The spreadsheet row (the header is row 1).' }),
    column: t.exposeString('column', {
      description: 'The column as headed in the file, or empty for the whole row.',
    }),
    code: t.exposeString('code', {
      description:
        "A stable code: core's rule codes (ID_CHECKSUM, MEMBERSHIP_UNDER_AGE…) or IMPORT_* for the file's.",
    }),
    message: t.exposeString('message', { description: 'What is wrong and what to do, in English.' }),
  }),
});

/** A page of an import's problems. */
const MemberImportProblemConnection = countedConnection(MemberImportProblem, 'MemberImportProblem', {
  connection: "A page of an import's problems, in row order.",
  edge: 'A problem in a page.',
});

/** A bulk import of members as the API serves it: its status, counts and problems. */
export const MemberImportJob = builder.prismaNode('MemberImport', {
  variant: 'MemberImportJob',
  description:
    'A bulk import of members from one file into one organization: the same file into the same organization ' +
    'is the same job (again: nothing new; after a stop: it continues after `committedRow`). ORG_ADMIN of the ' +
    'organization or above.',
  runScopesOnType: true,
  authScopes: adminOf,
  id: { field: 'id' },
  fields: (t) => ({
    organization: t.prismaField({
      type: Organization,
      description: 'The organization the rows join.',
      resolve: (query, job, _args, ctx) =>
        ctx.prisma.organization.findUniqueOrThrow({ ...query, where: { id: job.organizationId } }),
    }),
    fileName: t.exposeString('fileName', { description: 'The file name as uploaded.' }),
    fileHash: t.exposeString('fileHash', {
      description: "SHA-256 of the file's bytes, hex: the job's identity.",
    }),
    status: t.expose('status', { type: MemberImportStatusEnum, description: 'Where the import stands.' }),
    encoding: t.exposeString('encoding', {
      nullable: true,
      description: 'How the file was read: `utf-8`, `gb18030` or `xlsx`; null before its header.',
    }),
    committedRow: t.exposeInt('committedRow', {
      description: 'The last spreadsheet row whose outcome is committed.',
    }),
    imported: t.exposeInt('imported', { description: 'Rows registered as new members.' }),
    skipped: t.exposeInt('skipped', {
      description: 'Rows whose person is already a member of this organization.',
    }),
    rejected: t.exposeInt('rejected', { description: 'Rows refused (see `problems`).' }),
    bytesRead: t.float({
      description: 'Bytes of the file read so far.',
      resolve: (j) => Number(j.bytesRead),
    }),
    bytesTotal: t.float({ description: "The file's size in bytes.", resolve: (j) => Number(j.bytesTotal) }),
    error: t.exposeString('error', {
      nullable: true,
      description: 'Why the file cannot be imported (`IMPORT_EMPTY_FILE: …`), when FAILED.',
    }),
    startedAt: t.expose('createdAt', { type: 'DateTime', description: 'When the job was first started.' }),
    finishedAt: t.expose('finishedAt', {
      type: 'DateTime',
      nullable: true,
      description: 'When it ended (DONE or FAILED).',
    }),
    problems: t.relatedConnection(
      'problems',
      {
        cursor: 'importId_row_column',
        totalCount: true,
        description: 'The problems of the refused rows in row order, each with column, code and message.',
        query: () => ({ orderBy: [{ row: 'asc' }, { column: 'asc' }] }),
      },
      MemberImportProblemConnection,
    ),
    problemsUrl: t.string({
      description:
        'Where the problems download as one CSV file (UTF-8 with a BOM; row, column, code, message): a path on ' +
        'this server, fetched with GET and the same `Authorization: Bearer` token.',
      resolve: (j) => problemsPath(encodeGlobalID('MemberImportJob', j.id)),
    }),
  }),
});

const ImportMembersInput = builder.inputType('ImportMembersInput', {
  description: 'A roster to import and the organization its people join.',
  fields: (t) => ({
    organizationId: t.globalID({
      for: Organization,
      description: 'The grassroots union, joint grassroots union, branch or group every row joins.',
    }),
    file: t.field({
      type: 'Upload',
      description:
        'The roster: .xlsx (first worksheet) or .csv (UTF-8 or GBK), headed 姓名, 身份证号, 手机号, 入会日期… ' +
        '(see README "Import and export").',
    }),
  }),
});

/** The payload of `importMembers`. */
const ImportMembersPayload = builder.objectRef<Payload<{ id: string }>>('ImportMembersPayload').implement({
  description: 'The import job started (or found) for the file, or why none was.',
  authScopes: PUBLIC,
  fields: (t) => ({
    job: t.prismaField({
      type: MemberImportJob,
      nullable: true,
      description: 'The job: follow it with `memberImportProgress` or read it with `importJob`.',
      resolve: (query, p, _args, ctx) =>
        p.value === null
          ? null
          : ctx.prisma.memberImport.findUniqueOrThrow({ ...query, where: { id: p.value.id } }),
    }),
    errors: t.field(errorsField),
  }),
});

builder.mutationFields((t) => ({
  importMembers: t.field({
    type: ImportMembersPayload,
    description:
      'Imports a roster uploaded as a multipart request (the only operation that takes one; up to ' +
      'GONGHUI_MAX_UPLOAD_BYTES): the file is stored, its job claimed (the same file into the same organization ' +
      "is the same job) and run in the background, every row through the registry's registerMember. " +
      'ORG_ADMIN of the organization or above. A new job starts only while its importer runs fewer than ' +
      `${MAX_RUNNING_IMPORTS_PER_VIEWER} and its organization fewer than ${MAX_RUNNING_IMPORTS_PER_ORGANIZATION} ` +
      'imports, else the error IMPORT_LIMIT. Audited as `memberImport.started`; each registration as usual.',
    authScopes: (_root, { input }) => ({
      orgChange: { type: 'registerMember', organizationId: input.organizationId.id },
    }),
    args: { input: t.arg({ type: ImportMembersInput, description: 'The file and the organization.' }) },
    resolve: async (_root, { input }, ctx) => {
      const upload = input.file as UploadedFile;
      const organizationId = input.organizationId.id;
      const organization = await ctx.prisma.organization.findUnique({
        where: { id: organizationId },
        select: { id: true },
      });
      if (organization === null) {
        // The file is left unclaimed: it is deleted with the request.
        return {
          value: null,
          errors: [
            toUserError({
              code: 'ORG_NOT_FOUND',
              message: `no organization has the id '${organizationId}'`,
              path: ['organizationId'],
            }),
          ],
        };
      }
      const job = await ctx.imports.start(upload.claim(), upload.path, {
        organizationId,
        who: ctx.store.who,
        env: ctx.env,
        viewer: ctx.access.viewer,
      });
      return { value: { id: job.id }, errors: [] };
    },
  }),
}));

builder.queryFields((t) => ({
  importJob: t.prismaField({
    type: MemberImportJob,
    nullable: true,
    description: 'An import job by its global ID; null when there is none you may see.',
    authScopes: { authenticated: true },
    args: { id: t.arg.globalID({ for: MemberImportJob, description: 'Global ID of the job.' }) },
    resolve: async (query, _root, args, ctx) => {
      const job = await ctx.prisma.memberImport.findUnique({ ...query, where: { id: args.id.id } });
      return job !== null && (await mayReadImportJob(ctx.access, job)) ? job : null;
    },
  }),
}));

const MemberImportProgressRef = builder.objectRef<MemberImportProgress>('MemberImportProgress').implement({
  description: "An import job's counts after a committed batch, as `memberImportProgress` pushes them.",
  authScopes: PUBLIC,
  fields: (t) => ({
    status: t.field({
      type: MemberImportStatusEnum,
      description: 'Where the import stands.',
      resolve: (p) => p.status,
    }),
    committedRow: t.exposeInt('committedRow', { description: 'The last spreadsheet row committed.' }),
    imported: t.exposeInt('imported', { description: 'Rows registered as new members.' }),
    skipped: t.exposeInt('skipped', { description: 'Rows already members of this organization.' }),
    rejected: t.exposeInt('rejected', { description: 'Rows refused.' }),
    bytesRead: t.exposeFloat('bytesRead', { description: 'Bytes of the file read.' }),
    bytesTotal: t.exposeFloat('bytesTotal', { description: "The file's size in bytes." }),
    error: t.exposeString('error', { nullable: true, description: 'Why the file failed, when FAILED.' }),
    job: t.prismaField({
      type: MemberImportJob,
      description: 'The job as it is when the event is delivered.',
      resolve: (query, p, _args, ctx) =>
        ctx.prisma.memberImport.findUniqueOrThrow({ ...query, where: { id: p.id } }),
    }),
  }),
});

/**
 * Throws unless the viewer may still follow a job of `organizationId`: their token has not expired and
 * the organization is (still) in their scope — read afresh, not from the request's cached tree, as the
 * organization may have moved since the stream opened.
 */
async function mayStillFollow(ctx: Context, organizationId: string): Promise<void> {
  const expiresAt = tokenExpiresAt(ctx.access.viewer);
  if (expiresAt !== undefined && Date.now() >= expiresAt) throw tokenExpiredError(expiresAt);
  if (!(await mayReadImportJob(new Access(ctx.prisma, ctx.access.viewer), { organizationId }))) throw noJob();
}

/** The answer for a job that is missing or that the viewer may not see (the same, so no oracle). */
const noJob = () =>
  new GraphQLError('No import job you may see has this ID', { extensions: { code: 'NOT_FOUND' } });

/**
 * The job now, then each committed batch, until it is DONE or FAILED, while the viewer may still see it;
 * at the token's `exp` the stream ends even while no batch comes (hardening/stream-expiry.ts).
 */
async function* progressOfJob(ctx: Context, id: string): AsyncGenerator<MemberImportProgress> {
  const events = ctx.pubsub.subscribe('memberImport.progress', id);
  let scoped: AsyncGenerator<MemberImportProgress> | undefined;
  try {
    const job = await ctx.prisma.memberImport.findUnique({ where: { id } });
    if (job === null) throw noJob();
    await mayStillFollow(ctx, job.organizationId);
    let last = progressOf(job);
    yield last;
    if (last.status !== 'RUNNING') return;
    // Ended at the token's exp and as soon as the organization leaves the viewer's scope (src/hardening/).
    scoped = untilScopeEnds(events, {
      pubsub: ctx.pubsub,
      prisma: ctx.prisma,
      organizationId: job.organizationId,
      recheck: () => mayStillFollow(ctx, job.organizationId),
    });
    for await (const event of untilTokenExpiry(ctx.access.viewer, scoped)) {
      if (event.committedRow < last.committedRow && event.status === 'RUNNING') continue; // an older batch
      await mayStillFollow(ctx, job.organizationId);
      last = event;
      yield event;
      if (event.status !== 'RUNNING') return;
    }
  } finally {
    await events.return?.();
    await scoped?.return(undefined);
  }
}

builder.subscriptionFields((t) => ({
  memberImportProgress: t.field({
    type: MemberImportProgressRef,
    description:
      "An import job's counts now, then after each committed batch, ending with DONE or FAILED (over " +
      'Server-Sent Events). ORG_ADMIN of its organization or above, checked again before every event: the stream ' +
      "ends with UNAUTHENTICATED once the token has expired, NOT_FOUND once the organization is out of the viewer's scope.",
    authScopes: { authenticated: true },
    args: { id: t.arg.globalID({ for: MemberImportJob, description: 'Global ID of the job.' }) },
    subscribe: (_root, args, ctx) => progressOfJob(ctx, args.id.id),
    resolve: (progress) => progress,
  }),
}));
