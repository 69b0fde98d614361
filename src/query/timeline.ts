import { figure, ref } from './projections';

/**
 * Exchanges and releases without exchange by period ($granularity YEAR or
 * MONTH), with the people each side got back per mediator.
 *
 * An event is placed by its start date at its precision. One known only by
 * bounds goes to the period both bounds lie in, else to a bucket that says
 * its bounds ("on or before 2024-01-04"); one with neither is "unknown".
 * Nothing is guessed into a month.
 *
 * Per event and side the count taken is the larger of the largest total
 * reported (people, prisoners) and the sum of the largest reported parts
 * (servicemen + civilians): two claimants reporting the same 390 count once,
 * and 270 servicemen + 120 civilians are not added to it. Only reported
 * figures about the event itself count (no plans, no running totals). A dated
 * period sums its events; in an undated or bounded bucket each event keeps
 * its own number (`event` names it), since nothing says they are distinct
 * periods' worth of people. Releases without exchange are counted apart
 * (`kind` 'release'). Every figure considered comes back as evidence.
 */
export const TIMELINE = `
MATCH (x:Event) WHERE x:Exchange OR x:Release
WITH x, CASE WHEN x:Release THEN 'release' ELSE 'exchange' END AS kind,
     CASE WHEN $granularity = 'YEAR' OR x.datePrecision = 'year' THEN 4 ELSE 7 END AS width
WITH x, kind, CASE
    WHEN x.startDate IS NOT NULL THEN left(toString(x.startDate), width)
    WHEN x.notBefore IS NULL AND x.notAfter IS NULL THEN 'unknown'
    WHEN left(toString(x.notBefore), width) = left(toString(x.notAfter), width) THEN left(toString(x.notAfter), width)
    WHEN x.notBefore IS NULL THEN 'on or before ' + toString(x.notAfter)
    WHEN x.notAfter IS NULL THEN 'on or after ' + toString(x.notBefore)
    ELSE 'between ' + toString(x.notBefore) + ' and ' + toString(x.notAfter)
  END AS period
WITH x, kind, period, CASE WHEN x.startDate IS NULL AND NOT period =~ '\\\\d.*' THEN x ELSE null END AS alone,
     CASE WHEN x.startDate IS NULL AND NOT period =~ '\\\\d.*' THEN x.notBefore END AS notBefore,
     CASE WHEN x.startDate IS NULL AND NOT period =~ '\\\\d.*' THEN x.notAfter END AS notAfter
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
  MATCH (x)-[:PHASE_OF*0..3]->(:Event)-[:MEDIATED_BY]->(m:Node)
  RETURN m AS mediator LIMIT 1
}
WITH period, notBefore, notAfter, kind, alone, x, side, taken, figures, mediator ORDER BY x.sortDate, x.id
WITH period, notBefore, notAfter, kind, alone, side, mediator, collect(x) AS xs, sum(taken) AS people,
     reduce(acc = [], fs IN collect(figures) | acc + fs) AS figures
WITH period, notBefore, notAfter, kind, alone, side, mediator, xs, people, figures,
     any(f IN figures WHERE f.qualifier <> 'exact') AS approximate
RETURN period, notBefore, notAfter, kind,
       [x IN xs | ${ref('x')}] AS events,
       CASE WHEN side IS NULL THEN null ELSE {
         side: ${ref('side')},
         mediator: CASE WHEN mediator IS NULL THEN null ELSE ${ref('mediator')} END,
         event: CASE WHEN alone IS NULL THEN null ELSE ${ref('alone')} END,
         people: people,
         approximate: approximate,
         figures: [f IN figures | ${figure('f')}]
       } END AS returned
ORDER BY period, kind, returned.side.name, returned.mediator.name, returned.event.id`;
