import type { Facts } from '../facts/facts';
import type { CuratedLabel } from '../facts/model';
import type { FactsBuilder, Quote, Ref } from './builder';
import { type GenOptions, tagOf } from './options';
import { type Random, zipf } from './random';

export interface Named extends Ref {
  name: string;
}

/** A side of the war: its state, the officials who speak for it, its groups. */
interface Side {
  state: Named;
  officials: Named[];
}

/** The standing entities every synthetic exchange draws on, with their skew. */
export interface World {
  tag: string;
  ukraine: Side;
  russia: Side;
  /** Direct mediators, most frequent first (the UAE carries most, as in the seeds). */
  mediator(random: Random): Named;
  /** Hosts of talks, with the place the talks are held in (Istanbul first). */
  host(random: Random): { host: Named; venue: Named };
  /** Where exchanges happen (the Ukraine–Belarus border first). */
  exchangePlace(random: Random): Named;
  /** Groups released, most frequent first: the first ones defended places inside Mariupol. */
  group(random: Random): Named & { returnsTo: 'ukraine' | 'russia' };
  /** Who speaks about exchanges (a few officials speak most). */
  speaker(random: Random): Named;
  /** Named prisoners and the unit each belongs to; prisoner j is freed in exchange j mod N. */
  prisoners: { person: Named; unit: Named; returnsTo: 'ukraine' | 'russia' }[];
}

const MEDIATOR_STATES = [
  'Qatar', 'Saudi Arabia', 'Vatican City', 'Switzerland', 'Norway', 'Kazakhstan', 'Azerbaijan', 'Oman', 'Hungary', 'South Africa',
];
/** A synthetic name without its tag, to build other names from. */
const untagged = (n: Named): string => n.name.replace(/ \([0-9a-f]{6}\)$/, '');

const TITLES = ['Commissioner for Human Rights', 'Head of the Coordination Headquarters', 'Deputy Minister', 'Spokesperson', 'Envoy'];

/**
 * Builds the world into `builder` (states, bodies and officials, the place
 * hierarchy, groups and units, prisoners), anchored on the seeds' own states
 * and places so that the seeds' names ("UAE", "Mariupol defenders") become the
 * hubs. `seeds` gives the labels of the seed nodes it links to.
 */
export function buildWorld(options: GenOptions, seeds: Facts, builder: FactsBuilder, random: Random): World {
  const tag = tagOf(options);
  const n = Math.max(options.exchanges, 1);
  const named = (label: CuratedLabel, kind: string, i: number, name: string, extra: Record<string, unknown> = {}): Named => {
    const id = `gen-${tag}-${kind}-${i}`;
    const full = `${name} (${tag})`;
    builder.node(label, { id, name: full, ...extra });
    return { id, label, name: full };
  };
  const seedLabels = new Map(seeds.nodes.map((s) => [s.id, s.labels[0] as CuratedLabel]));
  const seedNames = new Map(seeds.nodes.map((s) => [s.id, String(s.props.name)]));
  const seed = (id: string): Named => {
    const label = seedLabels.get(id);
    if (!label) throw new Error(`the generator links to the seed node "${id}", which the seeds no longer hold`);
    return { id, label, name: seedNames.get(id)! };
  };
  const basis = (what: string): { basis: string } => ({ basis: `${what} (synthetic reference data)` });

  // Background briefs: the articles stating the standing facts (roles, what groups defended).
  let briefs = 0;
  let brief = builder.article(`gen-${tag}-brief-0`, `Background brief 0 (${tag})`, '2022-02-01');
  const state = (sentence: string): Quote => {
    if (brief.quoted.length >= 10) brief = builder.article(`gen-${tag}-brief-${++briefs}`, `Background brief ${briefs} (${tag})`, '2022-02-01');
    return brief.say(sentence);
  };

  const ukraine = seed('ukraine');
  const russia = seed('russia');
  const mediators = MEDIATOR_STATES.map((name, i) => named('State', 'state', i, name));
  const venues = mediators.map((m, i) => {
    const city = named('Place', 'venue', i, `Capital of ${MEDIATOR_STATES[i]}`);
    builder.relation(city, 'LOCATED_IN', m, basis(`${city.name} lies in ${m.name}`));
    return city;
  });

  // Regions of both sides, cities in them, sites in cities; a tenth of the sites lie in Mariupol.
  const regions = Array.from({ length: 44 }, (_, i) => {
    const side = i < 24 ? ukraine : russia;
    const region = named('Place', 'region', i, `Region ${i + 1} of ${side.name}`);
    builder.relation(region, 'LOCATED_IN', side, basis(`${region.name} is a region of ${side.name}`));
    return { place: region, side };
  });
  const cities = Array.from({ length: Math.max(40, Math.ceil(n / 200)) }, (_, i) => {
    const region = random.pick(regions);
    const city = named('Place', 'city', i, `City ${i + 1}`);
    builder.relation(city, 'LOCATED_IN', region.place, basis(`${city.name} lies in ${region.place.name}`));
    return { place: city, side: region.side };
  });
  const mariupol = seed('mariupol');
  const sites = Array.from({ length: Math.ceil(cities.length / 2) }, (_, i) => {
    const where = i % 10 === 0 ? { place: mariupol, side: ukraine } : random.pick(cities);
    const site = named('Place', 'site', i, `Site ${i + 1}`);
    builder.relation(site, 'LOCATED_IN', where.place, basis(`${site.name} lies in ${where.place.name}`));
    return { place: site, side: where.side };
  });
  const crossings = [seed('ukraine-belarus-border'), ...Array.from({ length: 8 }, (_, i) => {
    const crossing = named('Place', 'crossing', i, `Border crossing ${i + 1}`);
    builder.relation(crossing, 'LOCATED_IN', random.pick(regions).place, basis(`${crossing.name} is on the border`));
    return crossing;
  })];

  // Bodies of each side and of the mediators; officials hold roles in them.
  const bodies = [ukraine, russia].flatMap((side, s) =>
    Array.from({ length: 4 }, (_, i) => {
      const body = named('Organization', 'body', s * 4 + i, `Prisoner office ${i + 1} of ${side.name}`);
      builder.relation(body, 'PART_OF', side, basis(`${body.name} is a body of ${side.name}`));
      return { body, side };
    }),
  );
  const officials = Math.min(options.people, Math.max(20, Math.ceil(options.people / 50)));
  const sides: Record<'ukraine' | 'russia', Side> = { ukraine: { state: ukraine, officials: [] }, russia: { state: russia, officials: [] } };
  const speakers: Named[] = [];
  for (let i = 0; i < officials; i++) {
    const { body, side } = bodies[i % bodies.length];
    const person = named('Person', 'official', i, `Official ${i + 1}`);
    const title = random.pick(TITLES);
    builder.relation(person, 'HOLDS_ROLE', body, { title, evidence: [state(`${person.name} serves as ${title} of ${body.name}.`)] });
    sides[side.id === ukraine.id ? 'ukraine' : 'russia'].officials.push(person);
    speakers.push(person);
  }

  // Groups: defenders of places (the first ones of sites in Mariupol) and civilians from regions.
  const mariupolDefenders = seed('mariupol-defenders');
  const groups = Array.from({ length: Math.max(30, Math.ceil(n / 100)) }, (_, i) => {
    if (i % 3 === 2) {
      const region = random.pick(regions);
      const group = named('Group', 'group', i, `Group ${i + 1}, civilians from ${untagged(region.place)}`, { category: 'civilian' });
      builder.relation(group, 'FROM', region.place, { evidence: [state(`${group.name} were detained in ${region.place.name}.`)] });
      return { ...group, returnsTo: region.side === ukraine ? ('ukraine' as const) : ('russia' as const) };
    }
    const where = i < 10 ? sites[(i * 10) % sites.length] : random.pick([...sites, ...cities]);
    const group = named('Group', 'group', i, `Group ${i + 1}, defenders of ${untagged(where.place)}`, { category: 'military' });
    builder.relation(group, 'DEFENDED', where.place, { evidence: [state(`${group.name} defended ${where.place.name}.`)] });
    if (i % 20 === 0) builder.relation(group, 'PART_OF', mariupolDefenders, basis(`${group.name} are among the Mariupol defenders`));
    return { ...group, returnsTo: where.side === ukraine ? ('ukraine' as const) : ('russia' as const) };
  });

  const units = Array.from({ length: Math.max(10, Math.ceil(n / 1000)) }, (_, i) => {
    const side = i % 2 === 0 ? ukraine : russia;
    const unit = named('Unit', 'unit', i, `Brigade ${i + 1} of ${side.name}`);
    builder.relation(unit, 'PART_OF', side, basis(`${unit.name} is a unit of ${side.name}`));
    return { unit, side };
  });
  const pickUnit = zipf(units);
  const prisoners = Array.from({ length: options.people - officials }, (_, i) => {
    const { unit, side } = pickUnit(random);
    return { person: named('Person', 'prisoner', i, `Prisoner ${i + 1}`), unit, returnsTo: side === ukraine ? ('ukraine' as const) : ('russia' as const) };
  });

  const istanbul = seed('istanbul');
  const uae = seed('uae');
  const turkey = seed('turkey');
  const abuDhabi = named('Place', 'venue', mediators.length, 'Abu Dhabi');
  builder.relation(abuDhabi, 'LOCATED_IN', uae, basis(`${abuDhabi.name} lies in ${uae.name}`));
  const hosts = [{ host: turkey, venue: istanbul }, { host: uae, venue: abuDhabi }, ...mediators.map((m, i) => ({ host: m, venue: venues[i] }))];

  return {
    tag,
    ukraine: sides.ukraine,
    russia: sides.russia,
    mediator: zipf([uae, mediators[0], mediators[1], turkey, ...mediators.slice(2)]),
    host: zipf(hosts),
    exchangePlace: zipf(crossings),
    group: zipf(groups),
    speaker: zipf(speakers),
    prisoners,
  };
}
