// Persisted-documents mode: only the operations @gonghui/client ships run, named by their hash.

import { readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import {
  defaultExtractPersistedOperationId,
  usePersistedOperations,
} from '@graphql-yoga/plugin-persisted-operations';
import type { Plugin } from 'graphql-yoga';

/** The manifest codegen writes for @gonghui/client (`sha256:<hex>` → document text), in this workspace. */
export const CLIENT_PERSISTED_DOCUMENTS = fileURLToPath(
  new URL('../../../client/src/generated/persisted-documents.json', import.meta.url),
);

/** Persisted documents by id (`sha256:<hex>` of the text, as codegen's client preset computes it). */
export type PersistedDocuments = ReadonlyMap<string, string>;

/** Reads a persisted-documents manifest: a JSON object of id → document text. */
export async function loadPersistedDocuments(file = CLIENT_PERSISTED_DOCUMENTS): Promise<PersistedDocuments> {
  const parsed: unknown = JSON.parse(await readFile(file, 'utf8'));
  if (parsed === null || typeof parsed !== 'object' || Array.isArray(parsed)) {
    throw new Error(`${file}: a persisted-documents manifest must be a JSON object of id → document`);
  }
  const documents = new Map<string, string>();
  for (const [id, text] of Object.entries(parsed)) {
    if (typeof text !== 'string') throw new Error(`${file}: the document of ${id} is not a string`);
    documents.set(id, text);
  }
  return documents;
}

const badRequest = (code: string, message: string) => ({
  message,
  extensions: { code, http: { status: 400 } },
});

/**
 * Accepts only documents of `documents`, named by `documentId` (or Apollo's
 * `extensions.persistedQuery.sha256Hash`); a request carrying a query text is refused.
 */
export function persistedDocumentsPlugin(documents: PersistedDocuments): Plugin {
  return usePersistedOperations({
    extractPersistedOperationId: (params, request, context) => {
      const documentId = (params as { documentId?: unknown }).documentId;
      return typeof documentId === 'string'
        ? documentId
        : defaultExtractPersistedOperationId(params, request, context);
    },
    getPersistedOperation: (id) => documents.get(id) ?? documents.get(`sha256:${id}`) ?? null,
    customErrors: {
      persistedQueryOnly: badRequest(
        'PERSISTED_QUERY_ONLY',
        'This server runs only the persisted operations of @gonghui/client: send a documentId instead of a query',
      ),
      keyNotFound: badRequest(
        'PERSISTED_QUERY_ID_REQUIRED',
        'Send the documentId (sha256:…) of a persisted @gonghui/client operation',
      ),
      notFound: badRequest('PERSISTED_QUERY_NOT_FOUND', 'No persisted operation has this documentId'),
    },
  }) as Plugin;
}
