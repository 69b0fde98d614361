import { figure, ref } from './projections';

/**
 * Exchanges by period ($granularity YEAR or MONTH), with the people each side
 * got back per mediator. Per exchange and side the count taken is the larger
 * of the largest total reported (people, prisoners) and the sum of the largest
 * reported parts (servicemen + civilians): two claimants reporting the same 390
 * count once, and 270 servicemen + 120 civilians are not added to it. Every
 * figure considered comes back as evidence. An exchange whose
 * date is unknown, or known to the year only when months are asked, keeps
 * its own period ("unknown", "2025") rather than being guessed into one.
 */
export const TIMELINE = `
MATCH (x:Exchange)
WITH x, CASE
    WHEN x.startDate IS NULL THEN 'unknown'
    WHEN $granularity = 'YEAR' OR x.datePrecision = 'year' THEN toString(x.startDate.year)
    ELSE left(toString(x.startDate), 7)
  END AS period
OPTIONAL CALL (x) {
  MATCH (f:Figure)-[:ABOUT]->(x)
  WHERE f.status = 'reported' AND f.value IS NOT NULL
  MATCH (f)-[:RETURNED_TO]->(side:State)
  WITH side, f.category AS category, max(f.value) AS most, collect(f) AS fs
  WITH side,
       max(CASE WHEN category IN ['people', 'prisoners'] THEN most END) AS total,
       sum(CASE WHEN category IN ['servicemen', 'civilians'] THEN most ELSE 0 END) AS parts,
       reduce(acc = [], g IN collect(fs) | acc + g) AS figures
  RETURN side, CASE WHEN coalesce(total, 0) >= parts THEN total ELSE parts END AS taken, figures
}
OPTIONAL CALL (x) {
  MATCH (x)-[:PHASE_OF*0..3]->(:Exchange)-[:MEDIATED_BY]->(m:Node)
  RETURN m AS mediator LIMIT 1
}
WITH period, x, side, taken, figures, mediator ORDER BY x.sortDate, x.id
WITH period, side, mediator, collect(x) AS xs, sum(taken) AS people,
     reduce(acc = [], fs IN collect(figures) | acc + fs) AS figures
WITH period, side, mediator, xs, people, figures, any(f IN figures WHERE f.qualifier <> 'exact') AS approximate
RETURN period,
       [x IN xs | ${ref('x')}] AS exchanges,
       CASE WHEN side IS NULL THEN null ELSE {
         side: ${ref('side')},
         mediator: CASE WHEN mediator IS NULL THEN null ELSE ${ref('mediator')} END,
         people: people,
         approximate: approximate,
         figures: [f IN figures | ${figure('f')}]
       } END AS returned
ORDER BY period, returned.side.name, returned.mediator.name`;
