/**
 * Resolves a name parameter to a node: by any alias (case and diacritics
 * ignored, see src/facts/aliases.ts; a leading "the" may be left out), by id,
 * or, for a date as people write it ("23 May 2025", "2025-05-23", "May 2025",
 * "May 23, 2025", "2025"), by the event that date names (see `onDate`).
 * Binds `variable`, null when nothing is called so, and `<variable>Candidates`,
 * the events a date names when it names several (then `variable` is null:
 * the caller reports the ambiguity, nothing is picked).
 */
export const resolveName = (param: string, variable: string): string =>
  `CALL () {
     WITH toLower(trim($${param})) AS key
     OPTIONAL MATCH (:Alias {key: key})-[:NAMES]->(byAlias)
     OPTIONAL MATCH (:Alias {key: CASE WHEN key STARTS WITH 'the ' THEN trim(substring(key, 4)) END})-[:NAMES]->(withoutThe)
     OPTIONAL MATCH (byId:Node {id: $${param}})
     WITH key, coalesce(byAlias, withoutThe, byId) AS named
     CALL (key, named) {
       CALL (key, named) {
         ${eventsOnDate('key', 'named')}
       }
       WITH e ORDER BY e.earliestDate, e.id
       WITH collect(e) AS onDay
       RETURN [e IN onDay WHERE NOT EXISTS { (e)-[:PHASE_OF|AGREED_AT]->(whole) WHERE whole IN onDay } | e] AS onDate
     }
     RETURN coalesce(named, CASE WHEN size(onDate) = 1 THEN onDate[0] END) AS ${variable},
            CASE WHEN named IS NULL AND size(onDate) > 1 THEN onDate ELSE [] END AS ${variable}Candidates
   }`;

const MONTHS = "['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december']";

/**
 * Rows `e`: the events a date-written `key` names, when `named` is null; none
 * otherwise or when `key` is no date. An event is named when it lies wholly
 * within the day, month or year written (its earliest and latest dates
 * inside): an event known only by bounds, or still open, is named by none.
 * Of a phase and its exchange, or an agreement and the talks it was reached
 * at, both named, the whole stands for both (16 May 2025: the Istanbul talks).
 * Every word must be a date word, so "May" alone or "Istanbul 2025" is no date.
 */
const eventsOnDate = (key: string, named: string): string =>
  `WITH ${key} AS key, ${named} AS named,
        [t IN split(reduce(s = ${key}, c IN [',', '.', '/'] | replace(s, c, ' ')), ' ') WHERE t <> '' AND NOT t IN ['of', 'on', 'in', 'the']] AS tokens,
        ${MONTHS} AS months
   WITH key, named, tokens,
        CASE WHEN key =~ '\\\\d{4}(-\\\\d{2}){0,2}' THEN [p IN split(key, '-') | toInteger(p)] END AS iso,
        [t IN tokens WHERE t =~ '\\\\d{4}' | toInteger(t)] AS years,
        [t IN tokens WHERE t =~ '\\\\d{1,2}(st|nd|rd|th)?' | toInteger(left(t, CASE WHEN t =~ '.*[a-z]' THEN size(t) - 2 ELSE size(t) END))] AS days,
        [t IN tokens WHERE size(t) >= 3 AND any(m IN months WHERE m STARTS WITH t)
           | [i IN range(1, 12) WHERE months[i - 1] STARTS WITH t][0]] AS monthNumbers
   WITH named,
        CASE WHEN iso IS NOT NULL THEN iso[0] WHEN size(years) = 1 THEN years[0] END AS y,
        CASE WHEN iso IS NOT NULL THEN iso[1] WHEN size(monthNumbers) = 1 THEN monthNumbers[0] END AS m,
        CASE WHEN iso IS NOT NULL THEN iso[2] WHEN size(days) = 1 THEN days[0] END AS d,
        iso IS NOT NULL OR (size(years) = 1 AND size(monthNumbers) <= 1 AND size(days) <= size(monthNumbers)
                            AND size(years) + size(monthNumbers) + size(days) = size(tokens)) AS isDate
   WHERE named IS NULL AND isDate AND y IS NOT NULL AND (m IS NULL OR 1 <= m <= 12) AND (d IS NULL OR (m IS NOT NULL AND d >= 1))
   WITH y, m, d, date({year: y, month: coalesce(m, 12), day: 1}) + duration({months: 1}) - duration({days: 1}) AS lastOfMonth
   WHERE d IS NULL OR d <= lastOfMonth.day
   WITH CASE WHEN d IS NOT NULL THEN date({year: y, month: m, day: d}) ELSE date({year: y, month: coalesce(m, 1), day: 1}) END AS periodStart,
        CASE WHEN d IS NOT NULL THEN date({year: y, month: m, day: d}) ELSE lastOfMonth END AS periodEnd
   MATCH (e:Event) WHERE e.earliestDate >= periodStart AND e.latestDate <= periodEnd
   RETURN e`;
