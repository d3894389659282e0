// The request body limit: at the node:http layer an oversized declared body is refused before yoga
// sees the request; in yoga, a declared length over the limit is refused and a body without one
// (chunked) is counted as it is read. A multipart request (a file upload, for `importMembers` only)
// has a limit of its own, the upload limit plus the plain one; src/import/upload.ts checks its
// operation and streams its file to disk, counting each part against its own limit.

import type { IncomingMessage, ServerResponse } from 'node:http';
import { GraphQLError } from 'graphql';
import type { Plugin } from 'graphql-yoga';
import { isMultipart } from '../import/upload.js';

/** Default largest request body: 1 MiB (our largest operation with variables is a few kB). */
export const DEFAULT_MAX_BODY_BYTES = 1024 * 1024;

/** The JSON body of a 413 answer, shaped like any GraphQL error response. */
export function bodyTooLargeBody(maxBytes: number): string {
  return JSON.stringify({
    errors: [
      {
        message: `Request body too large: at most ${maxBytes} bytes`,
        extensions: { code: 'REQUEST_ENTITY_TOO_LARGE', maxBytes },
      },
    ],
  });
}

/**
 * Answers 413 when the request declares a body longer than `maxBytes` (`maxMultipartBytes` for a
 * multipart upload) and returns true (the
 * caller then stops); the body is discarded unread and the connection closed. Returns false
 * otherwise. Bodies without a Content-Length (chunked) are counted as yoga reads them.
 */
export function refuseOversizedBody(
  req: IncomingMessage,
  res: ServerResponse,
  maxBytes: number,
  maxMultipartBytes = maxBytes,
): boolean {
  const declared = req.headers['content-length'];
  const limit = isMultipart(req.headers['content-type']) ? maxMultipartBytes : maxBytes;
  if (declared === undefined || !/^\d+$/.test(declared) || Number(declared) <= limit) return false;
  const body = bodyTooLargeBody(limit);
  res.writeHead(413, {
    'content-type': 'application/json; charset=utf-8',
    'content-length': Buffer.byteLength(body),
    connection: 'close',
  });
  res.end(body);
  return true;
}

/** The error of a body over `maxBytes` (HTTP 413), as yoga's own limiter words it. */
function bodyTooLarge(maxBytes: number): GraphQLError {
  return new GraphQLError(`Request body too large: at most ${maxBytes} bytes`, {
    extensions: { code: 'REQUEST_ENTITY_TOO_LARGE', maxBytes, http: { status: 413 } },
  });
}

/**
 * The body limit inside yoga, in place of its `maxRequestBodySize` (set that to false). yoga's
 * limiter pipes every body through a counting stream and a new Request (~5% of a simple read's CPU);
 * a body with a declared Content-Length needs no counting, since an HTTP server reads exactly that
 * many bytes as the body (node:http's parser does), so only a body without one (chunked) is counted.
 * A malformed Content-Length never gets here: node:http answers it 400 itself.
 */
export function bodyLimitPlugin(maxBytes: number, maxMultipartBytes = maxBytes): Plugin {
  return {
    onRequestParse({ request, requestParser, setRequestParser, fetchAPI }) {
      const declared = request.headers.get('content-length');
      if (isMultipart(request.headers.get('content-type'))) {
        // Each part is held to its own limit as it streams (src/import/upload.ts); the whole to their sum.
        if (declared !== null && (!/^\d+$/.test(declared) || Number(declared) > maxMultipartBytes)) {
          throw bodyTooLarge(maxMultipartBytes);
        }
        return;
      }
      if (declared !== null) {
        if (!/^\d+$/.test(declared) || Number(declared) > maxBytes) throw bodyTooLarge(maxBytes);
        return;
      }
      const body = request.body;
      if (!requestParser || !body) return;
      let read = 0;
      const counted = body.pipeThrough(
        new fetchAPI.TransformStream<Uint8Array, Uint8Array>({
          transform(chunk, controller) {
            read += chunk.byteLength;
            if (read > maxBytes) controller.error(bodyTooLarge(maxBytes));
            else controller.enqueue(chunk);
          },
        }),
      );
      const limited = new fetchAPI.Request(request.url, {
        method: request.method,
        headers: request.headers,
        signal: request.signal,
        body: counted,
        duplex: 'half',
      } as RequestInit);
      setRequestParser(() => requestParser(limited));
    },
  };
}
