// Exchanges written before every loaded node carried its status (seed facts
// loaded before provenance existed) are curated, as `coalesce` reads them
// elsewhere. The curated-only list seeks `reviewStatus = 'curated'` in the
// (reviewStatus, sortDate, id) index, which holds no entry for a missing
// status. Run at every start (prepareGraph); a no-op once done.
MATCH (x:Exchange) WHERE x.reviewStatus IS NULL
CALL (x) {
  SET x.reviewStatus = 'curated'
} IN TRANSACTIONS OF 10000 ROWS
