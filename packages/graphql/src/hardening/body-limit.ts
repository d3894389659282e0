// The request body limit at the node:http layer: an oversized declared body is refused before
// yoga sees the request; a chunked body is counted by yoga's own limiter (maxRequestBodySize).

import type { IncomingMessage, ServerResponse } from 'node:http';

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
 * Answers 413 when the request declares a body longer than `maxBytes` and returns true (the
 * caller then stops); the body is discarded unread and the connection closed. Returns false
 * otherwise. Bodies without a Content-Length (chunked) are counted as yoga reads them.
 */
export function refuseOversizedBody(req: IncomingMessage, res: ServerResponse, maxBytes: number): boolean {
  const declared = req.headers['content-length'];
  if (declared === undefined || !/^\d+$/.test(declared) || Number(declared) <= maxBytes) return false;
  const body = bodyTooLargeBody(maxBytes);
  res.writeHead(413, {
    'content-type': 'application/json; charset=utf-8',
    'content-length': Buffer.byteLength(body),
    connection: 'close',
  });
  res.end(body);
  return true;
}
