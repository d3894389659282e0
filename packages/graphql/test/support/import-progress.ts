// Following an import job's progress stream (`memberImportProgress`) as one viewer, as the tests of
// what ends a stream (a revoked, expired or out-of-scope token) do.

import { encodeGlobalID } from '@pothos/plugin-relay';
import { subscribeAs } from './post.js';

/** What a followed stream gave next: a committed row, the error it ended with, or its end. */
export type ProgressStep = number | { readonly code: string; readonly message: string } | 'ENDED';

/** What `followImportProgress` needs of a yoga: its fetch. */
interface Fetches {
  fetch(url: string, init: RequestInit): Response | Promise<Response>;
}

/**
 * Opens `memberImportProgress` of job `id` (a database id) on `yoga` as `authorization` over SSE;
 * each `next()` is the next event's committed row, or the code and message of the error the stream
 * ended with, or 'ENDED'. The stream's controller goes into `open`, for the file to abort at its end.
 */
export async function followImportProgress(
  yoga: Fetches,
  authorization: string,
  id: string,
  open: AbortController[],
): Promise<{ next(): Promise<ProgressStep> }> {
  const controller = new AbortController();
  open.push(controller);
  const stream = await subscribeAs(
    yoga,
    authorization,
    'subscription($id: ID!) { memberImportProgress(id: $id) { committedRow } }',
    { id: encodeGlobalID('MemberImportJob', id) },
    controller,
  );
  return {
    async next() {
      const event = await stream.next();
      if (event === null) return 'ENDED';
      const error = event.errors?.[0];
      if (error) return { code: String(error.extensions?.code), message: error.message };
      return event.data.memberImportProgress.committedRow as number;
    },
  };
}
