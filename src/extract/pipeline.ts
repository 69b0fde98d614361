import type { AliasIndex, ExtractContext, ExtractProblem } from './context';
import { dates } from './stages/dates';
import { type EventReport, events, hedgedSentences, partiesOf } from './stages/events';
import { type FigureReport, figures } from './stages/figures';
import { groups } from './stages/groups';
import { mediation } from './stages/mediation';
import { mentions } from './stages/mentions';
import { negotiations } from './stages/negotiations';
import { people } from './stages/people';
import { sentences } from './stages/sentences';
import { statements } from './stages/statements';
import type { Span } from './span';

export interface ArticleInput {
  id: string;
  text: string;
  publishedAt?: string;
  dateline?: Span;
  headline?: Span;
}

/** Everything read from one article: plain data, each item with the span that states it. */
export type Extraction = ReturnType<typeof runStages>;

/**
 * The stages in order: each reads what the ones before it found. Sentences
 * first (everything is located in one), names before the people they
 * introduce, dates before the events they date, events before the figures,
 * mediators, groups and statements that attach to them; statements before
 * figures, whose claimant is the sentence's speaker when no other is named.
 */
function runStages(ctx: ExtractContext) {
  const text = ctx.article.text;
  const s = sentences.run(text, ctx);
  const found = people.run({ sentences: s, mentions: mentions.run(s, ctx) }, ctx);
  const m = found.mentions;
  const d = dates.run(s, ctx);
  // The headline and dateline say again what the body reports (a dateline's city is where the report was filed).
  const headline = ctx.article.headline;
  const body = s.filter((x) => !(headline && x.start < headline.end) && !(ctx.article.dateline && x.end <= ctx.article.dateline.end + 1 && x.start >= ctx.article.dateline.start - 1));
  const inBody = new Set(body.map((b) => b.index));
  const parties = partiesOf(m.filter((x) => inBody.has(x.sentence)), text);
  const ev: EventReport[] = events.run({ sentences: body, mentions: m, dates: d, people: found.people, parties }, ctx);
  const neg = negotiations.run({ sentences: body, mentions: m, dates: d }, ctx);
  const said = statements.run({ sentences: body, mentions: m, events: ev, negotiations: neg }, ctx);
  return {
    sentences: s,
    mentions: m,
    people: found.people,
    dates: d,
    parties,
    events: ev,
    negotiations: neg,
    mediations: mediation.run({ sentences: s, mentions: m, people: found.people, events: ev, negotiations: neg, parties }, ctx),
    figures: flagHedged(figures.run({ sentences: body, mentions: m, dates: d, events: ev, parties, statements: said }, ctx), hedgedSentences(body)),
    groups: groups.run({ sentences: body, mentions: m, events: ev }, ctx),
    statements: said,
  };
}

/** A figure of a sentence the article hedges is an unverified claim (a disputed one stays disputed). */
function flagHedged(found: FigureReport[], hedged: Set<number>): FigureReport[] {
  return found.map((f) => (hedged.has(f.sentence) && !f.flag ? { ...f, flag: 'unverified' } : f));
}

/** Runs the stages over one article; problems are collected, never thrown. */
export function extract(article: ArticleInput, names: AliasIndex): { extraction: Extraction; problems: ExtractProblem[] } {
  const problems: ExtractProblem[] = [];
  const ctx: ExtractContext = { article, names, report: (p) => void problems.push(p) };
  return { extraction: runStages(ctx), problems };
}
