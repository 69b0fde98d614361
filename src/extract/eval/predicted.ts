import type { Extraction } from '../pipeline';
import type { Gold } from './gold';

/** An extraction in the gold format, with the extracted entities' own names kept for matching. */
export function asGold(article: string, text: string, x: Extraction): Gold & { groupAliases: Record<string, string[]> } {
  const quote = (s: { start: number; end: number }): string => text.slice(s.start, s.end);
  const groupAliases: Record<string, string[]> = {};
  for (const g of x.groups) groupAliases[g.group.name] = [g.group.name, ...g.group.aliases];
  return {
    article,
    aliases: {},
    groupAliases,
    events: x.events.map((e) => ({
      key: e.key, kind: e.kind, sides: e.sides.map((s) => s?.name ?? null), date: e.date, phaseOf: e.phaseOf, sentence: quote(e.evidence[0]),
    })),
    negotiations: x.negotiations.map((n) => ({ key: n.key, kind: n.kind, place: n.place?.name ?? null, date: n.date, sentence: quote(n.evidence[0]) })),
    mediations: x.mediations.map((m) => ({ event: m.of, mediator: m.mediator.name, kind: m.kind, sentence: quote(m.evidence) })),
    // Planned counts are kept in the graph as planned, but are no count of people handed over (eval/README.md).
    figures: x.figures.filter((f) => f.status !== 'planned').map((f) => ({
      event: f.event, value: f.value, returnedTo: f.returnedTo?.name ?? null, releasedBy: f.releasedBy?.name ?? null,
      claimant: f.claimant?.name ?? null, flag: f.flag, sentence: quote(f),
    })),
    groups: x.groups.map((g) => ({ event: g.event, group: g.group.name, sentence: quote(g) })),
    statements: x.statements.map((s) => ({ speaker: s.speaker.name, about: s.about, channel: s.channel, sentence: quote(s) })),
    people: x.people.map((p) => ({ name: p.person.name, title: p.title, body: p.body?.name ?? null, sentence: quote(p) })),
  };
}
