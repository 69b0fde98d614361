import type { ReturnedCount } from '../api/generated/types';
import { NODE_REF, figure, project, ref } from './select/fields';
import { curatedWhenAsked as curated } from './provenance';
import type { Selection } from './select/selection';
import { type Expr, Names, Var, caseOf, cypher, expr, render } from './select/tree';

/** One count of people returned: the variables of the query's last WITH. */
interface ReturnedVars { side: Var; mediator: Var; alone: Var; people: Var; approximate: Var; figures: Var }
const orNull = (v: Var, e: Expr): Expr => caseOf([[cypher`${v} IS NULL`, expr(cypher`null`)]], e);
const RETURNED = {
  side: ({ side }, sel) => ref(side, sel),
  mediator: ({ mediator }, sel) => orNull(mediator, ref(mediator, sel)),
  event: ({ alone }, sel) => orNull(alone, ref(alone, sel)),
  people: ({ people }) => expr(cypher`${people}`),
  approximate: ({ approximate }) => expr(cypher`${approximate}`),
  figures: ({ figures }, sel) => {
    const f = new Var('f');
    return expr(cypher`[${f} IN ${figures} | ${figure(f, sel)}]`);
  },
} satisfies Record<Exclude<keyof ReturnedCount, '__typename'>, (v: ReturnedVars, sel: Selection) => Expr>;

/**
 * Exchanges and releases without exchange by period ($granularity YEAR or
 * MONTH), with the people each side got back per mediator, projected as
 * `selection` (the timeline's TimelinePeriod) asks.
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
 * With `$curatedOnly` only curated events, figures and the relationships
 * that tie them (about, returned to, mediated by, phase of) count.
 *
 * The mediator is found once per event, before the figures fan it out into
 * a row per side (at 100k exchanges that halves the mediator's expansions).
 *
 * A row per (period, kind, side, mediator, lone event): `events` always
 * carry their ids, by which the resolver shows each event once per period.
 */
export function timelineQuery(selection: Selection): string {
  const v: ReturnedVars = {
    side: new Var('side'),
    mediator: new Var('mediator'),
    alone: new Var('alone'),
    people: new Var('people'),
    approximate: new Var('approximate'),
    figures: new Var('figures'),
  };
  const names = new Names();
  for (const [key, variable] of Object.entries(v)) names.bind(variable, key);
  const kind = new Var('kind');
  const xs = new Var('xs');
  names.bind(kind, 'kind').bind(xs, 'xs');
  const byKind = (release: Expr, exchange: Expr): Expr => caseOf([[cypher`${kind} = 'release'`, release]], exchange);
  const events = (field: 'releases' | 'exchanges'): Expr => {
    const x = new Var('x');
    const row = project('NodeRef', NODE_REF, x, selection.below('TimelinePeriod', field), [['id', expr(cypher`${x}.id`)]]);
    return expr(cypher`[${x} IN ${xs} | ${row}]`);
  };
  const returned = (field: 'returnedWithoutExchange' | 'returned'): Expr =>
    project('ReturnedCount', RETURNED, v, selection.below('TimelinePeriod', field));
  // Joining a period's figures into one list copies it per event: only when a client asks for them.
  const figuresAsked = (['returned', 'returnedWithoutExchange'] as const).some((f) =>
    selection.below('TimelinePeriod', f).has('ReturnedCount', 'figures'),
  );
  return `
MATCH (x:Event) WHERE (x:Exchange OR x:Release) AND ${curated('x')}
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
  MATCH (x)-[phases:PHASE_OF*0..3]->(:Event)-[by:MEDIATED_BY]->(m:Node)
  WHERE all(phase IN phases WHERE ${curated('phase')}) AND ${curated('by')}
  RETURN m AS mediator LIMIT 1
}
OPTIONAL CALL (x) {
  MATCH (f:Figure)-[about:ABOUT]->(x)
  WHERE f.status = 'reported' AND f.value IS NOT NULL AND ${curated('f')} AND ${curated('about')}
  MATCH (f)-[to:RETURNED_TO]->(side:State)
  WHERE ${curated('to')}
  WITH side, f.category AS category, max(f.value) AS most, collect(f) AS fs
  WITH side,
       max(CASE WHEN category IN ['people', 'prisoners'] THEN most END) AS total,
       sum(CASE WHEN category IN ['servicemen', 'civilians'] THEN most ELSE 0 END) AS parts,
       reduce(acc = [], g IN collect(fs) | acc + g) AS figures
  RETURN side, CASE WHEN coalesce(total, 0) >= parts THEN total ELSE parts END AS taken, figures,
         any(f IN figures WHERE f.qualifier <> 'exact') AS inexact
}
WITH period, notBefore, notAfter, kind, alone, x, side, taken, figures, inexact, mediator ORDER BY x.sortDate, x.id
WITH period, notBefore, notAfter, kind, alone, side, mediator, collect(x) AS xs, sum(taken) AS people,
     ${figuresAsked ? 'reduce(acc = [], fs IN collect(figures) | acc + fs)' : '[]'} AS figures,
     any(i IN collect(inexact) WHERE i) AS approximate
RETURN period, notBefore, notAfter, kind,
       ${render(byKind(events('releases'), events('exchanges')), names)} AS events,
       CASE WHEN side IS NULL THEN null ELSE ${render(byKind(returned('returnedWithoutExchange'), returned('returned')), names)} END AS returned
ORDER BY period, kind, side.name, mediator.name, alone.id`;
}
