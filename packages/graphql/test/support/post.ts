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
