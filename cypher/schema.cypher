// The graph's schema. Applied at every start (each statement is idempotent).
// Neo4j Community has uniqueness constraints (not existence or key ones):
// every node label and every relationship type gets one on its `id`, which
// also backs the loader's MERGEs so that loading twice, or from two writers
// at once, cannot duplicate anything.

// Every node of the graph carries :Node and a stable id, unique across labels.
CREATE CONSTRAINT node_id IF NOT EXISTS FOR (n:Node) REQUIRE n.id IS UNIQUE;

CREATE CONSTRAINT article_id IF NOT EXISTS FOR (n:Article) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT evidence_id IF NOT EXISTS FOR (n:Evidence) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT state_id IF NOT EXISTS FOR (n:State) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT organization_id IF NOT EXISTS FOR (n:Organization) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT person_id IF NOT EXISTS FOR (n:Person) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT place_id IF NOT EXISTS FOR (n:Place) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT unit_id IF NOT EXISTS FOR (n:Unit) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT group_id IF NOT EXISTS FOR (n:Group) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT negotiation_id IF NOT EXISTS FOR (n:Negotiation) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT agreement_id IF NOT EXISTS FOR (n:Agreement) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT exchange_id IF NOT EXISTS FOR (n:Exchange) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT release_id IF NOT EXISTS FOR (n:Release) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT statement_id IF NOT EXISTS FOR (n:Statement) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT figure_id IF NOT EXISTS FOR (n:Figure) REQUIRE n.id IS UNIQUE;

// Extractor runs (PROV activities), matches awaiting review, and the
// extracted facts a reviewer rejected (so a re-ingest does not bring them back).
CREATE CONSTRAINT run_id IF NOT EXISTS FOR (n:Run) REQUIRE n.id IS UNIQUE;
CREATE INDEX run_article IF NOT EXISTS FOR (n:Run) ON (n.articleId);
CREATE CONSTRAINT proposal_id IF NOT EXISTS FOR (n:Proposal) REQUIRE n.id IS UNIQUE;
CREATE INDEX proposal_article IF NOT EXISTS FOR (n:Proposal) ON (n.articleId);
CREATE INDEX article_content_hash IF NOT EXISTS FOR (n:Article) ON (n.contentHash);
CREATE CONSTRAINT rejected_id IF NOT EXISTS FOR (n:Rejected) REQUIRE n.id IS UNIQUE;
// A reviewer's correction of a field of an extracted fact: (:Correction)-[:CORRECTS]->(fact).
CREATE CONSTRAINT correction_id IF NOT EXISTS FOR (n:Correction) REQUIRE n.id IS UNIQUE;

// Names resolve through alias keys (lower-case; also without diacritics).
CREATE CONSTRAINT alias_key IF NOT EXISTS FOR (a:Alias) REQUIRE a.key IS UNIQUE;

// Curated relationships carry an id: <from>><TYPE>><to>.
CREATE CONSTRAINT located_in_id IF NOT EXISTS FOR ()-[r:LOCATED_IN]-() REQUIRE r.id IS UNIQUE;
CREATE CONSTRAINT part_of_id IF NOT EXISTS FOR ()-[r:PART_OF]-() REQUIRE r.id IS UNIQUE;
CREATE CONSTRAINT holds_role_id IF NOT EXISTS FOR ()-[r:HOLDS_ROLE]-() REQUIRE r.id IS UNIQUE;
CREATE CONSTRAINT member_of_id IF NOT EXISTS FOR ()-[r:MEMBER_OF]-() REQUIRE r.id IS UNIQUE;
CREATE CONSTRAINT defended_id IF NOT EXISTS FOR ()-[r:DEFENDED]-() REQUIRE r.id IS UNIQUE;
CREATE CONSTRAINT from_id IF NOT EXISTS FOR ()-[r:FROM]-() REQUIRE r.id IS UNIQUE;
CREATE CONSTRAINT held_in_id IF NOT EXISTS FOR ()-[r:HELD_IN]-() REQUIRE r.id IS UNIQUE;
CREATE CONSTRAINT between_id IF NOT EXISTS FOR ()-[r:BETWEEN]-() REQUIRE r.id IS UNIQUE;
CREATE CONSTRAINT took_place_in_id IF NOT EXISTS FOR ()-[r:TOOK_PLACE_IN]-() REQUIRE r.id IS UNIQUE;
CREATE CONSTRAINT agreed_at_id IF NOT EXISTS FOR ()-[r:AGREED_AT]-() REQUIRE r.id IS UNIQUE;
CREATE CONSTRAINT under_id IF NOT EXISTS FOR ()-[r:UNDER]-() REQUIRE r.id IS UNIQUE;
CREATE CONSTRAINT phase_of_id IF NOT EXISTS FOR ()-[r:PHASE_OF]-() REQUIRE r.id IS UNIQUE;
CREATE CONSTRAINT mediated_by_id IF NOT EXISTS FOR ()-[r:MEDIATED_BY]-() REQUIRE r.id IS UNIQUE;
CREATE CONSTRAINT proposed_by_id IF NOT EXISTS FOR ()-[r:PROPOSED_BY]-() REQUIRE r.id IS UNIQUE;
CREATE CONSTRAINT involved_id IF NOT EXISTS FOR ()-[r:INVOLVED]-() REQUIRE r.id IS UNIQUE;
CREATE CONSTRAINT related_to_id IF NOT EXISTS FOR ()-[r:RELATED_TO]-() REQUIRE r.id IS UNIQUE;
CREATE CONSTRAINT about_id IF NOT EXISTS FOR ()-[r:ABOUT]-() REQUIRE r.id IS UNIQUE;
CREATE CONSTRAINT may_be_about_id IF NOT EXISTS FOR ()-[r:MAY_BE_ABOUT]-() REQUIRE r.id IS UNIQUE;
CREATE CONSTRAINT stated_by_id IF NOT EXISTS FOR ()-[r:STATED_BY]-() REQUIRE r.id IS UNIQUE;
CREATE CONSTRAINT returned_to_id IF NOT EXISTS FOR ()-[r:RETURNED_TO]-() REQUIRE r.id IS UNIQUE;
CREATE CONSTRAINT released_by_id IF NOT EXISTS FOR ()-[r:RELEASED_BY]-() REQUIRE r.id IS UNIQUE;
CREATE CONSTRAINT treated_in_id IF NOT EXISTS FOR ()-[r:TREATED_IN]-() REQUIRE r.id IS UNIQUE;
// A fact's link to a passage: <fact>>EVIDENCED_BY><passage>, reviewed like a relationship.
CREATE CONSTRAINT evidenced_by_id IF NOT EXISTS FOR ()-[r:EVIDENCED_BY]-() REQUIRE r.id IS UNIQUE;

// Full-text search; the standard-folding analyzer ignores case and diacritics.
CREATE FULLTEXT INDEX entity_names IF NOT EXISTS FOR (n:Entity|Event) ON EACH [n.name, n.aliases]
  OPTIONS {indexConfig: {`fulltext.analyzer`: 'standard-folding'}};
CREATE FULLTEXT INDEX article_text IF NOT EXISTS FOR (n:Article) ON EACH [n.title, n.text]
  OPTIONS {indexConfig: {`fulltext.analyzer`: 'standard-folding'}};
CREATE FULLTEXT INDEX evidence_text IF NOT EXISTS FOR (n:Evidence) ON EACH [n.sentence]
  OPTIONS {indexConfig: {`fulltext.analyzer`: 'standard-folding'}};
CREATE FULLTEXT INDEX claim_text IF NOT EXISTS FOR (n:Claim) ON EACH [n.name, n.text, n.quote]
  OPTIONS {indexConfig: {`fulltext.analyzer`: 'standard-folding'}};

// Date filters and ordering of exchanges.
CREATE INDEX exchange_sort_date IF NOT EXISTS FOR (x:Exchange) ON (x.sortDate, x.id);
// The curated-only list: the curated exchanges in the same order, read from the index alone;
// the undated ones by id, and their count.
CREATE INDEX exchange_status_sort_date IF NOT EXISTS FOR (x:Exchange) ON (x.reviewStatus, x.sortDate, x.id);
CREATE INDEX exchange_status_id IF NOT EXISTS FOR (x:Exchange) ON (x.reviewStatus, x.id);
CREATE INDEX event_earliest_date IF NOT EXISTS FOR (e:Event) ON (e.earliestDate);
CREATE INDEX event_latest_date IF NOT EXISTS FOR (e:Event) ON (e.latestDate);
