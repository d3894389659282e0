// One answer to a request without a valid token, wherever it is asked for: the GraphQL endpoint's
// context, the upload admission of `importMembers` and the downloads. Each had written its own 401,
// and they differed (the upload's lacked `WWW-Authenticate`, which RFC 6750 asks of a bearer
// challenge); now all three take the viewer through `authenticatedViewer` and answer its error:
// HTTP 401, `WWW-Authenticate: Bearer`, `{ errors: [{ message, extensions: { code: 'UNAUTHENTICATED' } }] }`.

import type { Viewer } from '@gonghui/core';
import { GraphQLError } from 'graphql';
import { TokenError } from '../auth/token.js';

/** The refusal of a request whose token is missing where one is needed, or is not valid: 401 with a bearer challenge. */
export function unauthenticated(message: string): GraphQLError {
  return new GraphQLError(message, {
    extensions: { code: 'UNAUTHENTICATED', http: { status: 401, headers: { 'www-authenticate': 'Bearer' } } },
  });
}

/**
 * The request's viewer (`viewerOf`: the server's token check); a token it refuses is `unauthenticated`
 * with the reason. Without `needed`, no token is the anonymous viewer; with it, no token is refused
 * with `needed` as the message (what the request needs a token for).
 */
export async function authenticatedViewer(
  viewerOf: (request: Request) => Promise<Viewer>,
  request: Request,
): Promise<Viewer>;
/** The request's viewer, who must have a token: `needed` says what for when there is none. */
export async function authenticatedViewer(
  viewerOf: (request: Request) => Promise<Viewer>,
  request: Request,
  needed: string,
): Promise<Viewer & { subject: string }>;
export async function authenticatedViewer(
  viewerOf: (request: Request) => Promise<Viewer>,
  request: Request,
  needed?: string,
): Promise<Viewer> {
  let viewer: Viewer;
  try {
    viewer = await viewerOf(request);
  } catch (error) {
    if (!(error instanceof TokenError)) throw error;
    throw unauthenticated(error.message);
  }
  if (needed !== undefined && viewer.subject === null) throw unauthenticated(needed);
  return viewer;
}
