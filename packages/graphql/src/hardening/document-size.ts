// The longest GraphQL document a request may send. The body limit (1 MiB) is sized for variables, and
// graphql-armor counts a document's tokens, not its characters: a comment or whitespace is no token,
// so a document of one small query and a megabyte of comment passed every check. Every parsed and
// validated document is then remembered by its text — yoga's parse and validation caches and the
// compiled read path's documents (compiled-reads/plugin.ts, up to 1,000 each) — so an anonymous client
// sending distinct such documents made the server hold about a megabyte each: 200 of them held 212 MB
// more heap, measured, and the caches' bounds allowed over 2 GB. A document longer than
// MAX_DOCUMENT_LENGTH is now refused before it is parsed (nothing remembers it), with
// DOCUMENT_TOO_LARGE (HTTP 413). The fast path (compiled-reads/fast-path.ts) answers only documents
// yoga validated, so it never holds one either.

import { GraphQLError } from 'graphql';
import type { Plugin } from 'graphql-yoga';

/** The longest document (`query`, in UTF-16 code units) a request may send: the client's largest operation is ~6,000. */
export const MAX_DOCUMENT_LENGTH = 64 * 1024;

/** The refusal of a document of `length` characters, over `max`. */
function documentTooLarge(length: number, max: number): GraphQLError {
  return new GraphQLError(
    `The GraphQL document is ${length} characters long, over the limit of ${max}: send a shorter document ` +
      '(comments and whitespace count too)',
    { extensions: { code: 'DOCUMENT_TOO_LARGE', maxLength: max, http: { status: 413 } } },
  );
}

/** Refuses a request whose document (its text, once a persisted document's is known) is longer than `max`, before it is parsed. */
export function documentSizePlugin(max = MAX_DOCUMENT_LENGTH): Plugin {
  return {
    onParams({ params }) {
      if (typeof params.query === 'string' && params.query.length > max) {
        throw documentTooLarge(params.query.length, max);
      }
    },
  };
}
