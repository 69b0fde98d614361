// Loads the curated nodes. `labels` is the node's own label and its family
// (Entity, Event or Claim); its properties are replaced as a whole, so a
// property removed from the seeds disappears on the next load.
UNWIND $rows AS row
MERGE (n:Node {id: row.id})
SET n = row.props
SET n:$(row.labels)
