/**
 * The peer: @neo4j/graphql 7 type definitions for the same labels and
 * relationship types as the project's graph (docs/model.md), written as a
 * user of that library would write them. Only what the benchmark's
 * operations read is declared. `Thing` is any node (label `Node`): the
 * library reserves the type name `Node` for Relay.
 */
export const PEER_TYPE_DEFS = /* GraphQL */ `
  type Thing @node(labels: ["Node"]) {
    id: ID!
    name: String
    label: String
    partOf: [Thing!]! @relationship(type: "PART_OF", direction: OUT)
    locatedIn: [Thing!]! @relationship(type: "LOCATED_IN", direction: OUT)
    defended: [Thing!]! @relationship(type: "DEFENDED", direction: OUT)
  }

  type Article @node {
    id: ID!
    title: String
  }

  type Evidence @node {
    id: ID!
    quote: String!
    sentence: String!
    article: [Article!]! @relationship(type: "IN", direction: OUT)
  }

  type Link @relationshipProperties {
    role: String
    evidence: [String!]
  }

  type Negotiation @node {
    id: ID!
    name: String!
    mediatedBy: [Thing!]! @relationship(type: "MEDIATED_BY", direction: OUT, properties: "Link")
    tookPlaceIn: [Thing!]! @relationship(type: "TOOK_PLACE_IN", direction: OUT)
  }

  type Agreement @node {
    id: ID!
    name: String!
    agreedAt: [Negotiation!]! @relationship(type: "AGREED_AT", direction: OUT)
  }

  type Figure @node {
    id: ID!
    value: Int
    category: String
    status: String
    returnedTo: [Thing!]! @relationship(type: "RETURNED_TO", direction: OUT)
    statedBy: [Thing!]! @relationship(type: "STATED_BY", direction: OUT)
    evidence: [Evidence!]! @relationship(type: "EVIDENCED_BY", direction: OUT)
  }

  type Statement @node {
    id: ID!
    text: String!
    statedBy: [Thing!]! @relationship(type: "STATED_BY", direction: OUT)
    about: [Thing!]! @relationship(type: "ABOUT", direction: OUT)
    evidence: [Evidence!]! @relationship(type: "EVIDENCED_BY", direction: OUT)
  }

  type Exchange @node {
    id: ID!
    name: String!
    startDate: Date
    sortDate: Date
    datePrecision: String
    phaseOf: [Exchange!]! @relationship(type: "PHASE_OF", direction: OUT)
    mediatedBy: [Thing!]! @relationship(type: "MEDIATED_BY", direction: OUT, properties: "Link")
    under: [Agreement!]! @relationship(type: "UNDER", direction: OUT)
    involved: [Thing!]! @relationship(type: "INVOLVED", direction: OUT, properties: "Link")
    between: [Thing!]! @relationship(type: "BETWEEN", direction: OUT)
    tookPlaceIn: [Thing!]! @relationship(type: "TOOK_PLACE_IN", direction: OUT)
    evidence: [Evidence!]! @relationship(type: "EVIDENCED_BY", direction: OUT)
    figures: [Figure!]! @relationship(type: "ABOUT", direction: IN)
    statements: [Statement!]! @relationship(type: "ABOUT", direction: IN)
  }
`;
