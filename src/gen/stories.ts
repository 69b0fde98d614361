import type { ArticleDraft, FactsBuilder, Quote, Ref } from './builder';
import type { GenOptions } from './options';
import type { Random } from './random';
import type { Named, World } from './world';

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
const FIRST_DAY = Date.UTC(2022, 2, 1);
const SPAN_DAYS = 1400; // to the end of 2025

const iso = (day: number): string => new Date(FIRST_DAY + day * 86_400_000).toISOString().slice(0, 10);

/** The articles reporting exchange i: one each when there are as many; shared or several otherwise. */
export function articlesOf(i: number, options: GenOptions): { first: number; end: number } {
  const first = Math.floor((i * options.articles) / options.exchanges);
  return { first, end: Math.max(first + 1, Math.floor(((i + 1) * options.articles) / options.exchanges)) };
}

/**
 * Writes the exchanges one at a time: each with its articles' sentences, its
 * sides, mediation (directly, or through an agreement reached at hosted
 * talks), phases, place, groups and named prisoners, figures in both
 * directions with their claimants, statements, and now and then a one-sided
 * release. Articles are published in order over 2022–2025; an exchange
 * happens shortly before the article that reports it.
 */
export class StoryWriter {
  private readonly drafts = new Map<number, ArticleDraft>();
  private readonly recent: Named[] = [];
  private agreement: { ref: Named; uses: number } | undefined;
  private talks = 0;
  private releases = 0;

  constructor(
    private readonly options: GenOptions,
    private readonly world: World,
    private readonly builder: FactsBuilder,
    private readonly random: Random,
  ) {}

  /** Forgets the articles of the chunk just taken (none is shared with the next one). */
  flush(): void {
    this.drafts.clear();
  }

  private article(a: number): ArticleDraft {
    let draft = this.drafts.get(a);
    if (!draft) {
      const { tag } = this.world;
      const day = Math.floor((a * SPAN_DAYS) / this.options.articles) + 3;
      draft = this.builder.article(`gen-${tag}-article-${a}`, `Prisoner exchange report ${a + 1} (${tag})`, iso(day));
      this.drafts.set(a, draft);
    }
    return draft;
  }

  write(i: number): void {
    const { builder, random, world } = this;
    const { first, end } = articlesOf(i, this.options);
    const drafts = Array.from({ length: end - first }, (_, k) => this.article(first + k));
    let turn = 0;
    /** The next article in turn states the sentence; facts spread over the exchange's articles. */
    const say = (sentence: string): Quote => drafts[turn++ % drafts.length].say(sentence);

    const published = drafts[0].publishedAt;
    const day = Math.round((Date.parse(published) - FIRST_DAY) / 86_400_000) - 1 - random.int(3);
    const [y, m, d] = iso(day).split('-').map(Number);
    const name = `Prisoner exchange ${i + 1} (${world.tag})`;
    const roll = random.next();
    const date =
      roll < 0.75
        ? { start: iso(day), precision: 'day' as const }
        : roll < 0.9
          ? { start: `${iso(day).slice(0, 8)}01`, precision: 'month' as const }
          : { precision: 'unknown' as const, notAfter: published };
    const when =
      date.precision === 'day' ? `On ${d} ${MONTHS[m - 1]} ${y}, ` : date.precision === 'month' ? `In ${MONTHS[m - 1]} ${y}, ` : '';
    const headline = drafts.map((draft) => draft.say(`${when}Ukraine and Russia carried out ${name}.`));
    const exchange = builder.node('Exchange', { id: `gen-${world.tag}-exchange-${i}`, name, date }, headline);
    const x: Named = { ...exchange, name };
    for (const side of [world.ukraine, world.russia]) builder.relation(x, 'BETWEEN', side.state, { evidence: headline });

    const parent = this.recent.length > 0 && random.chance(0.15) ? random.pick(this.recent) : undefined;
    if (parent) {
      builder.relation(x, 'PHASE_OF', parent, { evidence: [say(`${name} was a phase of ${parent.name}.`)] });
    } else {
      this.mediation(x, date.start ?? published, say);
      this.recent.push(x);
      if (this.recent.length > 20) this.recent.shift();
    }

    if (random.chance(0.7)) {
      const place = world.exchangePlace(random);
      builder.relation(x, 'TOOK_PLACE_IN', place, { evidence: [say(`${name} took place at ${place.name}.`)] });
    }
    const groups = new Set([world.group(random), world.group(random)].slice(0, 1 + random.int(2)));
    for (const group of groups) {
      builder.relation(x, 'INVOLVED', group, {
        role: `released to ${group.returnsTo === 'ukraine' ? 'Ukraine' : 'Russia'}`,
        evidence: [say(`Among those released in ${name} were ${group.name}.`)],
      });
    }
    for (let j = i; j < world.prisoners.length; j += this.options.exchanges) {
      const { person, unit, returnsTo } = world.prisoners[j];
      const freed = say(`${person.name}, of ${unit.name}, was freed in ${name}.`);
      builder.relation(x, 'INVOLVED', person, { role: `released to ${returnsTo === 'ukraine' ? 'Ukraine' : 'Russia'}`, evidence: [freed] });
      builder.relation(person, 'MEMBER_OF', unit, { evidence: [freed] });
    }

    for (const [to, from] of [[world.ukraine, world.russia], [world.russia, world.ukraine]]) {
      const withheld = random.chance(0.1);
      const value = 10 + random.int(490);
      const claimant = to.officials.length > 0 && random.chance(0.7) ? random.pick(to.officials) : undefined;
      const where = `${to.state.name} in ${name}`;
      const sentence = withheld
        ? `The number of prisoners returned to ${where} was not disclosed.`
        : `${claimant ? `${claimant.name} said that ` : ''}${value} prisoners returned to ${where}.`;
      const quote = say(sentence.charAt(0).toUpperCase() + sentence.slice(1));
      const figure = builder.node(
        'Figure',
        {
          id: `gen-${world.tag}-figure-${i}-${to.state.id}`,
          name: `${withheld ? 'Withheld number of' : value} prisoners returned to ${where}`,
          value: withheld ? undefined : value,
          qualifier: withheld ? undefined : random.pick(['exact', 'exact', 'approximate', 'at least'] as const),
          category: 'prisoners',
          status: withheld ? 'withheld' : 'reported',
          counts: `prisoners released by ${from.state.name} to ${to.state.name}`,
        },
        [quote],
      );
      builder.relation(figure, 'ABOUT', x, { evidence: [quote] });
      builder.relation(figure, 'RETURNED_TO', to.state, { evidence: [quote] });
      builder.relation(figure, 'RELEASED_BY', from.state, { evidence: [quote] });
      if (claimant) builder.relation(figure, 'STATED_BY', claimant, { evidence: [quote] });
    }

    this.statement(i, x, say);
    if (random.chance(0.04)) this.release(x, date, say);
  }

  /** Directly by a mediator, or under an agreement reached at hosted talks, or neither. */
  private mediation(x: Named, day: string, say: (sentence: string) => Quote): void {
    const { builder, random, world } = this;
    const roll = random.next();
    if (roll < 0.5) {
      const mediator = world.mediator(random);
      builder.relation(x, 'MEDIATED_BY', mediator, {
        role: random.pick(['mediator', 'facilitator']),
        evidence: [say(`${x.name} was mediated by ${mediator.name}.`)],
      });
    } else if (roll < 0.8) {
      if (!this.agreement || this.agreement.uses >= 1 + random.int(8)) this.agreement = { ref: this.newAgreement(day, say), uses: 0 };
      this.agreement.uses++;
      builder.relation(x, 'UNDER', this.agreement.ref, { evidence: [say(`${x.name} was carried out under ${this.agreement.ref.name}.`)] });
    }
  }

  private newAgreement(day: string, say: (sentence: string) => Quote): Named {
    const { builder, random, world } = this;
    const k = this.talks++;
    const { host, venue } = world.host(random);
    const date = { start: day, precision: 'day' as const };
    const talksName = `Prisoner talks ${k + 1} (${world.tag})`;
    const met = say(`${talksName} took place in ${venue.name}.`);
    const talks: Named = { ...builder.node('Negotiation', { id: `gen-${world.tag}-talks-${k}`, name: talksName, date }, [met]), name: talksName };
    builder.relation(talks, 'TOOK_PLACE_IN', venue, { evidence: [met] });
    for (const side of [world.ukraine, world.russia]) builder.relation(talks, 'BETWEEN', side.state, { evidence: [met] });
    if (random.chance(0.5)) {
      builder.relation(talks, 'MEDIATED_BY', host, { role: 'host', evidence: [say(`${talksName} was hosted by ${host.name}.`)] });
    }
    const name = `Exchange agreement ${k + 1} (${world.tag})`;
    const reached = say(`${name} was reached at ${talksName}.`);
    const agreement: Named = { ...builder.node('Agreement', { id: `gen-${world.tag}-agreement-${k}`, name, date }, [reached]), name };
    builder.relation(agreement, 'AGREED_AT', talks, { evidence: [reached] });
    return agreement;
  }

  private statement(i: number, x: Named, say: (sentence: string) => Quote): void {
    const { builder, random, world } = this;
    const id = `gen-${world.tag}-statement-${i}`;
    if (random.chance(0.05)) {
      const quote = say(`Posts on X claimed that ${x.name} was delayed.`);
      const s = builder.node(
        'Statement',
        { id, name: `Posts on X on ${x.name}`, text: quote.quote, channel: 'post on X', flag: 'unverified', flagNote: 'Unverified posts on X.' },
        [quote],
      );
      builder.relation(s, 'ABOUT', x, { evidence: [quote] });
      return;
    }
    const speaker = world.speaker(random);
    const quote = say(`${speaker.name} called ${x.name} a step towards the return of all prisoners.`);
    const s: Ref = builder.node('Statement', { id, name: `${speaker.name} on ${x.name}`, text: quote.quote }, [quote]);
    builder.relation(s, 'STATED_BY', speaker, { evidence: [quote] });
    builder.relation(s, 'ABOUT', x, { evidence: [quote] });
  }

  private release(x: Named, date: { start?: string; precision: 'day' | 'month' | 'unknown'; notAfter?: string }, say: (sentence: string) => Quote): void {
    const { builder, random, world } = this;
    const k = this.releases++;
    const name = `One-sided release ${k + 1} (${world.tag})`;
    const quote = say(`${name} handed ${5 + random.int(70)} prisoners back to ${world.russia.state.name} without an exchange, alongside ${x.name}.`);
    const release = builder.node('Release', { id: `gen-${world.tag}-release-${k}`, name, date }, [quote]);
    builder.relation(release, 'RETURNED_TO', world.russia.state, { evidence: [quote] });
    builder.relation(release, 'RELEASED_BY', world.ukraine.state, { evidence: [quote] });
    builder.relation(release, 'RELATED_TO', x, { how: 'reported alongside', evidence: [quote] });
  }
}
