// Who may send a file at all, asked before a byte of it is read. A multipart request to `importMembers`
// may be 256 MiB (GONGHUI_MAX_UPLOAD_BYTES) and is streamed to disk as it arrives; the mutation's own
// authorization runs only once the whole body is in, so without this check anyone — no token, a
// MEMBER's token — could fill the upload directory, one 256 MiB file per request. Only a viewer who
// administers something (ORG_ADMIN of an organization, or SYSTEM_ADMIN: core's access rules) is let
// through, and at most MAX_UPLOADS_PER_VIEWER of one viewer's uploads stream at once; the mutation
// still decides whether this viewer may import into that organization.

import { isSystemAdmin, organizationScopes, type Viewer } from '@gonghui/core';
import { GraphQLError } from 'graphql';
import { SubscriptionSlots } from './subscription-limit.js';
import { authenticatedViewer } from './unauthenticated.js';

/** Uploads one viewer may stream at once in one process. */
export const MAX_UPLOADS_PER_VIEWER = 2;

/** Gives an admitted upload's slot back (once, however often called). */
export type ReleaseUpload = () => void;

/** A refusal of the upload before its body is read, with its HTTP status. */
function refused(status: number, code: string, message: string): GraphQLError {
  return new GraphQLError(message, { extensions: { code, http: { status } } });
}

/**
 * The admission check of uploads: resolves with the slot's release when the request's viewer may
 * upload and has a slot free; otherwise throws UNAUTHENTICATED (401: no or a bad token; unauthenticated.ts), FORBIDDEN
 * (403: a viewer who administers nothing) or UPLOAD_LIMIT (429: the viewer's slots are taken).
 */
export function uploadAdmission(
  viewerOf: (request: Request) => Promise<Viewer>,
  slots: SubscriptionSlots = new SubscriptionSlots(MAX_UPLOADS_PER_VIEWER),
): (request: Request) => Promise<ReleaseUpload> {
  return async (request) => {
    const viewer = await authenticatedViewer(
      viewerOf,
      request,
      'uploading a roster needs a token (ORG_ADMIN or SYSTEM_ADMIN)',
    );
    if (!isSystemAdmin(viewer) && organizationScopes(viewer, 'ADMIN').length === 0) {
      throw refused(
        403,
        'FORBIDDEN',
        'uploading a roster needs ORG_ADMIN of an organization or SYSTEM_ADMIN',
      );
    }
    const release = slots.acquire(viewer.subject);
    if (release === undefined) {
      throw refused(
        429,
        'UPLOAD_LIMIT',
        `at most ${slots.max} uploads of one viewer at once; wait until one has been received`,
      );
    }
    return release;
  };
}
