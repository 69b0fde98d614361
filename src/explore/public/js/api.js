// The explorer's GraphQL calls. POST with a JSON body: what Apollo's CSRF
// prevention lets through.

const EVIDENCE = 'evidence { id quote sentence articleId articleTitle }';
const NODE = `id label name properties ${EVIDENCE}`;
const SUBGRAPH = `nodes { ${NODE} } edges { id source target type properties ${EVIDENCE} } truncated`;

export class ApiError extends Error {}

async function gql(query, variables) {
  let response;
  try {
    response = await fetch('/graphql', {
      method: 'POST',
      headers: { 'content-type': 'application/json', accept: 'application/json' },
      body: JSON.stringify({ query, variables }),
    });
  } catch {
    throw new ApiError('Cannot reach the API. Is the server running?');
  }
  let body;
  try {
    body = await response.json();
  } catch {
    throw new ApiError(`The API answered ${response.status} without a GraphQL response.`);
  }
  if (body.errors?.length) throw new ApiError(body.errors.map((e) => e.message).join('; '));
  if (!response.ok || !body.data) throw new ApiError(`The API answered ${response.status}.`);
  return body.data;
}

/** Nodes named by `text`: the one an alias names exactly first, then full-text matches. */
export async function search(text) {
  const data = await gql(`query Search($text: String!) { search(text: $text, first: 8) { node { id label name } } }`, { text });
  return data.search.map((hit) => hit.node);
}

export async function neighbourhood(id, depth) {
  const data = await gql(
    `query Neighbourhood($id: ID!, $depth: Int) { neighbourhood(id: $id, depth: $depth, limit: 200) { ${SUBGRAPH} } }`,
    { id, depth },
  );
  return data.neighbourhood;
}

export async function path(from, to) {
  const data = await gql(`query Path($from: ID!, $to: ID!) { path(from: $from, to: $to, maxLength: 6) { ${SUBGRAPH} } }`, { from, to });
  return data.path;
}

/** Every exchange, oldest first, undated ones last, with what is known of its date. */
export async function timeline() {
  const data = await gql(
    `query Timeline { exchanges(first: 100, orderBy: DATE_ASC) { edges { node { id name startDate endDate datePrecision notBefore notAfter } } } }`,
    {},
  );
  return data.exchanges.edges.map(({ node }) => ({ ...node, datePrecision: node.datePrecision.toLowerCase() }));
}
