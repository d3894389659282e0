// Posting a GraphQL document to an in-process yoga as one viewer, as the attacker tests do.

/** A GraphQL answer: data and errors with their extensions. */
export type Body = { data?: any; errors?: { message: string; extensions?: Record<string, any> }[] };

/** What `post` needs of a yoga: its fetch. */
interface Fetches {
  fetch(url: string, init: RequestInit): Response | Promise<Response>;
}

/** Posts `query` with `variables` to `yoga` as `authorization` and reads the answer. */
export async function postAs(
  yoga: Fetches,
  authorization: string,
  query: string,
  variables: object = {},
): Promise<Body> {
  const response = await yoga.fetch('http://test/graphql', {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization },
    body: JSON.stringify({ query, variables }),
  });
  return (await response.json()) as Body;
}

/** An open GraphQL subscription over SSE: its events one at a time, and the way to close it. */
export interface Subscription {
  /** The next event's answer (the JSON of its `data:` line), or null once the stream has ended. */
  next(): Promise<Body | null>;
  /** Aborts the stream. */
  close(): void;
}

/** Opens `query` with `variables` as a subscription over SSE on `yoga` as `authorization`; `controller` aborts it. */
export async function subscribeAs(
  yoga: Fetches,
  authorization: string,
  query: string,
  variables: object,
  controller: AbortController = new AbortController(),
): Promise<Subscription> {
  const response = await yoga.fetch('http://test/graphql', {
    method: 'POST',
    headers: { 'content-type': 'application/json', accept: 'text/event-stream', authorization },
    body: JSON.stringify({ query, variables }),
    signal: controller.signal,
  });
  const reader = (response.body as ReadableStream<Uint8Array>).getReader();
  const decoder = new TextDecoder();
  let text = '';
  return {
    async next() {
      for (;;) {
        const data = /^data: (\{.*\})$/m.exec(text);
        if (data) {
          text = text.slice((data.index ?? 0) + data[0].length);
          return JSON.parse(data[1] as string) as Body;
        }
        const { value, done } = await reader.read();
        if (done) return null;
        text += decoder.decode(value, { stream: true });
      }
    },
    close: () => controller.abort(),
  };
}
