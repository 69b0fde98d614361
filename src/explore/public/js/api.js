// The explorer's GraphQL calls. POST with a JSON body: what Apollo's CSRF
// prevention lets through.

const EVIDENCE = 'evidence { id quote sentence articleId articleTitle articleDate status }';
const NODE = `id label name properties status confidence ${EVIDENCE}`;
const EDGE = `id source target type properties status confidence ${EVIDENCE}`;
const SUBGRAPH = `nodes { ${NODE} } edges { ${EDGE} } truncated`;

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

// Every call takes `curatedOnly`: the explorer's "curated facts only" view
// leaves out what the extractor found and no one reviewed, at every level.

/** Nodes named by `text`: the one an alias names exactly first, then full-text matches. */
export async function search(text, curatedOnly) {
  const data = await gql(
    `query Search($text: String!, $curatedOnly: Boolean) { search(text: $text, first: 8, curatedOnly: $curatedOnly) { node { id label name } } }`,
    { text, curatedOnly },
  );
  return data.search.map((hit) => hit.node);
}

export async function neighbourhood(id, depth, curatedOnly) {
  const data = await gql(
    `query Neighbourhood($id: ID!, $depth: Int, $curatedOnly: Boolean) { neighbourhood(id: $id, depth: $depth, limit: 200, curatedOnly: $curatedOnly) { ${SUBGRAPH} } }`,
    { id, depth, curatedOnly },
  );
  return data.neighbourhood;
}

/** options: { k, all, avoidHubs, eventsOnly, curatedOnly } */
export async function paths(from, to, options) {
  const data = await gql(
    `query Path($from: ID!, $to: ID!, $k: Int, $all: Boolean, $avoidHubs: Boolean, $eventsOnly: Boolean, $curatedOnly: Boolean) {
      path(from: $from, to: $to, maxLength: 8, k: $k, all: $all, avoidHubs: $avoidHubs, eventsOnly: $eventsOnly, curatedOnly: $curatedOnly) {
        ${SUBGRAPH} paths { nodes edges } } }`,
    { from, to, ...options },
  );
  return data.path;
}

export async function article(id, curatedOnly) {
  const data = await gql(
    `query Article($id: ID!, $curatedOnly: Boolean) { articleView(id: $id, curatedOnly: $curatedOnly) { id title publishedAt text facts { ${NODE} } } }`,
    { id, curatedOnly },
  );
  return data.articleView;
}

/**
 * Every exchange with what is known of its date and the people it returned:
 * per side the largest reported count (claimants often repeat one number),
 * summed over the sides.
 */
export async function exchanges(curatedOnly) {
  const data = await gql(
    `query Timeline($curatedOnly: Boolean) { exchanges(first: 100, orderBy: DATE_ASC, where: { curatedOnly: $curatedOnly }) { edges { node {
      id name startDate endDate datePrecision notBefore notAfter
      figures { value status returnedTo { id } } } } } }`,
    { curatedOnly },
  );
  return data.exchanges.edges.map(({ node }) => {
    // Without a count per side, the largest count of both sides together.
    const bySide = new Map();
    let together = null;
    for (const f of node.figures) {
      if (f.status !== 'reported' || f.value === null) continue;
      if (f.returnedTo) bySide.set(f.returnedTo.id, Math.max(bySide.get(f.returnedTo.id) ?? 0, f.value));
      else together = Math.max(together ?? 0, f.value);
    }
    const people = bySide.size ? [...bySide.values()].reduce((a, b) => a + b, 0) : together;
    return { ...node, datePrecision: node.datePrecision.toLowerCase(), people };
  });
}
