import type { NodeInput } from '../../facts/schema';
import type { Gold } from './gold';

/**
 * The curated seeds as gold, one article at a time: every event, talk,
 * mediation, figure, group, statement and titled person whose evidence quotes
 * that article. Talks held in a third state's city count as HOSTED_TALKS by
 * that state (as the API's answer to "which did Turkey mediate?").
 */
export function seedGold(nodes: NodeInput[], article: string): Gold {
  const byId = new Map(nodes.map((n) => [n.id, n]));
  const inArticle = (ev: { article: string }[]): boolean => ev.some((e) => e.article === article);
  const quoteIn = (ev: { article: string; quote: string }[]): string => ev.find((e) => e.article === article)?.quote ?? '';
  const nameOf = (id: string | undefined): string | null => (id ? (byId.get(id)?.name ?? null) : null);
  const rel = (n: NodeInput, type: string) => n.relations.filter((r) => r.type === type);
  const stateOf = (id: string): string | null => {
    const n = byId.get(id);
    if (!n) return null;
    if (n.label === 'State') return n.id;
    const up = rel(n, 'LOCATED_IN')[0];
    return up ? stateOf(up.to) : null;
  };
  const events = nodes.filter((n) => ['Exchange', 'Release'].includes(n.label) && inArticle(n.evidence));
  const otherSide = (figure: NodeInput): string | undefined => {
    const to = rel(figure, 'RETURNED_TO')[0]?.to;
    const event = rel(figure, 'ABOUT').map((r) => byId.get(r.to)).find((e) => e?.label === 'Exchange' || e?.label === 'Release');
    if (!event || !to) return undefined;
    if (event.label === 'Release') return rel(event, 'RETURNED_TO')[0]?.to === to ? rel(event, 'RELEASED_BY')[0]?.to : undefined;
    const sides = rel(event, 'BETWEEN').map((r) => r.to);
    return sides.includes(to) ? sides.find((s) => s !== to) : undefined;
  };
  const talks = nodes.filter((n) => ['Negotiation', 'Agreement'].includes(n.label) && inArticle(n.evidence));
  /** The third state that hosted talks: the state of the place they took place in, when not a party. */
  const hostOf = (n: NodeInput | undefined): string | null => {
    const place = n ? rel(n, 'TOOK_PLACE_IN')[0] : undefined;
    const host = place ? stateOf(place.to) : null;
    return host && !rel(n!, 'BETWEEN').some((r) => r.to === host) ? host : null;
  };
  const keys = new Set([...events, ...talks].map((n) => n.id));
  const dateOf = (n: NodeInput) => (n.date ? { ...n.date, openEnded: undefined } : { precision: 'unknown' });
  return {
    article,
    aliases: {},
    events: events.map((n) => ({
      key: n.id,
      kind: n.label === 'Release' ? 'release' : 'exchange',
      sides: n.label === 'Release' ? [nameOf(rel(n, 'RELEASED_BY')[0]?.to), nameOf(rel(n, 'RETURNED_TO')[0]?.to)] : rel(n, 'BETWEEN').map((r) => nameOf(r.to)),
      date: dateOf(n),
      phaseOf: rel(n, 'PHASE_OF').map((r) => r.to).find((k) => keys.has(k)) ?? null,
      sentence: quoteIn(n.evidence),
    })),
    negotiations: talks.map((n) => ({
      key: n.id,
      kind: n.label === 'Agreement' ? 'agreement' : 'negotiation',
      // An agreement's place is where its talks were held, as the dev gold gives it ("the agreement reached in Istanbul").
      place: nameOf(rel(n.label === 'Agreement' ? byId.get(rel(n, 'AGREED_AT')[0]?.to ?? '') ?? n : n, 'TOOK_PLACE_IN')[0]?.to),
      date: dateOf(n),
      sentence: quoteIn(n.evidence),
    })),
    mediations: [
      ...[...events, ...talks].flatMap((n) =>
        rel(n, 'MEDIATED_BY').filter((r) => inArticle(r.evidence)).map((r) => ({
          event: n.id, mediator: nameOf(r.to)!, kind: r.role === 'host' ? 'HOSTED_TALKS' as const : 'DIRECT' as const, sentence: quoteIn(r.evidence),
        })),
      ),
      ...talks.filter((n) => n.label === 'Negotiation').flatMap((n) => {
        const host = hostOf(n);
        if (!host) return [];
        return [{ event: n.id, mediator: nameOf(host)!, kind: 'HOSTED_TALKS' as const, sentence: quoteIn(rel(n, 'TOOK_PLACE_IN')[0].evidence) || quoteIn(n.evidence) }];
      }),
      // An exchange this article says was agreed at talks a third state hosted (UNDER an agreement AGREED_AT them) has that
      // state as its HOSTED_TALKS mediator too (eval/README.md, "Mediations"), as the API's mediatedBy reads the same path;
      // a phase of a swap under the same agreement counts through its whole, once (dev-12).
      ...events.flatMap((x) =>
        rel(x, 'UNDER').filter((r) => inArticle(r.evidence) && !rel(x, 'PHASE_OF').some((p) => rel(byId.get(p.to)!, 'UNDER').some((w) => w.to === r.to))).flatMap((r) => {
          const agreement = byId.get(r.to);
          const host = agreement ? rel(agreement, 'AGREED_AT').map((a) => hostOf(byId.get(a.to))).find((h) => h) : undefined;
          return host ? [{ event: x.id, mediator: nameOf(host)!, kind: 'HOSTED_TALKS' as const, sentence: quoteIn(r.evidence) }] : [];
        }),
      ),
    ],
    // Counts of people handed over (eval/README.md): a planned count is not one. In an exchange between two
    // states (or a release) the curated figures often leave RELEASED_BY implicit: it is the other side, as the dev gold writes it.
    figures: nodes
      .filter((n) => n.label === 'Figure' && n.value !== undefined && n.status !== 'planned' && inArticle(n.evidence))
      .map((n) => ({
        event: rel(n, 'ABOUT').map((r) => r.to).find((k) => keys.has(k) && n.status !== 'cumulative') ?? null,
        value: n.value!,
        returnedTo: nameOf(rel(n, 'RETURNED_TO')[0]?.to),
        releasedBy: nameOf(rel(n, 'RELEASED_BY')[0]?.to ?? otherSide(n)),
        claimant: nameOf(rel(n, 'STATED_BY')[0]?.to),
        flag: n.flag ?? null,
        sentence: quoteIn(n.evidence),
      })),
    groups: events.flatMap((n) =>
      rel(n, 'INVOLVED')
        .filter((r) => inArticle(r.evidence) && byId.get(r.to)?.label === 'Group')
        .map((r) => ({ event: n.id, group: nameOf(r.to)!, sentence: quoteIn(r.evidence) })),
    ),
    statements: nodes
      .filter((n) => n.label === 'Statement' && inArticle(n.evidence) && rel(n, 'STATED_BY').length > 0)
      .map((n) => ({ speaker: nameOf(rel(n, 'STATED_BY')[0].to)!, about: null, channel: n.channel ?? null, sentence: quoteIn(n.evidence) })),
    people: nodes
      .filter((n) => n.label === 'Person')
      .filter((n) => rel(n, 'HOLDS_ROLE').some((r) => inArticle(r.evidence)) || events.some((e) => rel(e, 'INVOLVED').some((r) => r.to === n.id && inArticle(r.evidence))))
      .map((n) => ({ name: n.name, title: rel(n, 'HOLDS_ROLE')[0]?.title ?? null, body: null, sentence: n.name })),
  };
}

/**
 * The entities an article's extraction may know beforehand: all but those
 * only that article's curated facts vouch for (who appears nowhere else is
 * new to the extractor). States and other entities with no evidence at all
 * are background knowledge and stay.
 */
export function gazetteerWithout(nodes: NodeInput[], article: string): NodeInput[] {
  const articlesOf = new Map<string, Set<string>>();
  const note = (id: string, a: string): void => void articlesOf.set(id, (articlesOf.get(id) ?? new Set()).add(a));
  for (const n of nodes) {
    for (const r of n.relations) {
      for (const e of r.evidence) {
        note(n.id, e.article);
        note(r.to, e.article);
      }
    }
  }
  const entity = (n: NodeInput): boolean => ['State', 'Organization', 'Person', 'Place', 'Unit', 'Group'].includes(n.label);
  return nodes.filter((n) => {
    if (!entity(n)) return false;
    const seen = articlesOf.get(n.id);
    return !seen || seen.size === 0 || [...seen].some((a) => a !== article);
  });
}
