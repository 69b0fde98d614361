// GraphiQL with the users' two questions ready as tabs.
// biome-ignore lint/suspicious/noRedundantUseStrict: a classic script (ide/index.html), not a module, so this is what makes it strict
'use strict';

const EXCHANGE_FIELDS = `totalCount
    edges {
      node {
        id
        name
        evidence { quote article { id } }
      }
    }`;

const EXAMPLES = [
  {
    query: `# Which exchanges did Turkey or the UAE mediate?
# One list per mediator (aliases); each exchange with the passages reporting it.
query MediatedByTurkeyOrUAE {
  turkey: exchanges(where: { mediatedBy: "Turkey" }) {
    ${EXCHANGE_FIELDS}
  }
  uae: exchanges(where: { mediatedBy: "UAE" }) {
    ${EXCHANGE_FIELDS}
  }
}
`,
  },
  {
    query: `# Which exchanges involved Mariupol defenders?
query InvolvedMariupolDefenders {
  exchanges(where: { involves: "Mariupol defenders" }) {
    ${EXCHANGE_FIELDS}
  }
}
`,
  },
  {
    query: `# The graph around the UAE, as the explorer at /explore draws it.
query NeighbourhoodOfUAE {
  neighbourhood(id: "uae", depth: 1) {
    truncated
    nodes { id label name }
    edges { source type target evidence { quote articleId } }
  }
}
`,
  },
];

const fetchGraphQL = GraphiQL.createFetcher({ url: '/graphql' });

/**
 * GraphiQL can send the previous tab's operation name after a quick tab
 * switch (graphql/graphiql#3632), which the server refuses ("Unknown
 * operation named…"). A name the document does not define is replaced by
 * its only operation's name, or dropped.
 */
function fetcher(params, options) {
  const names = [...params.query.matchAll(/^\s*(?:query|mutation|subscription)\s+([_A-Za-z]\w*)/gm)].map((m) => m[1]);
  if (params.operationName && !names.includes(params.operationName)) {
    params = { ...params, operationName: names.length === 1 ? names[0] : undefined };
  }
  return fetchGraphQL(params, options);
}

const root = ReactDOM.createRoot(document.getElementById('ide'));
root.render(
  React.createElement(GraphiQL, {
    fetcher,
    defaultTabs: EXAMPLES,
    defaultEditorToolsVisibility: false,
  }),
);
