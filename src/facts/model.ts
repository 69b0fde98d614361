/**
 * The graph model: which labels exist and which relationship types may join
 * which labels. The validator enforces it, the loader relies on it, and
 * docs/model.md describes it for researchers.
 */

export const ENTITY_LABELS = ['State', 'Organization', 'Person', 'Place', 'Unit', 'Group'] as const;
export const EVENT_LABELS = ['Negotiation', 'Agreement', 'Exchange', 'Release'] as const;
export const CLAIM_LABELS = ['Statement', 'Figure'] as const;

/** Labels a curator may write in seeds/facts/*.yaml. */
export const CURATED_LABELS = [...ENTITY_LABELS, ...EVENT_LABELS, ...CLAIM_LABELS] as const;
export type CuratedLabel = (typeof CURATED_LABELS)[number];

/** Labels the loader derives: the article texts, their quoted passages, and the alias keys. */
export const SOURCE_LABELS = ['Article', 'Evidence', 'Alias'] as const;

/** Every node carries `:Node` (and `:Entity`, `:Event` or `:Claim`) besides its own label. */
export function familyOf(label: CuratedLabel): 'Entity' | 'Event' | 'Claim' {
  if ((ENTITY_LABELS as readonly string[]).includes(label)) return 'Entity';
  if ((EVENT_LABELS as readonly string[]).includes(label)) return 'Event';
  return 'Claim';
}

type Family = 'Entity' | 'Event' | 'Claim';
type Endpoint = CuratedLabel | Family;

export interface RelationshipType {
  from: readonly Endpoint[];
  to: readonly Endpoint[];
  /** Properties a curator may set on it, besides its evidence. */
  props: readonly ('role' | 'title' | 'how')[];
  /**
   * May rest on a `basis` (reference geography: "Azovstal is a steel works in
   * Mariupol") instead of evidence, since articles seldom state where a place lies.
   * Any other relationship may carry a basis beside its evidence: the curator's
   * reading that joins the quote to the fact.
   */
  basis?: true;
  description: string;
}

export const RELATIONSHIP_TYPES = {
  LOCATED_IN: {
    from: ['Place'], to: ['Place', 'State'], props: [], basis: true,
    description: 'A place lies inside another place or a state (Azovstal → Mariupol → Ukraine).',
  },
  PART_OF: {
    from: ['Organization', 'Group', 'Unit'], to: ['Organization', 'State', 'Group', 'Unit'], props: [], basis: true,
    description: 'An organisation belongs to a state or organisation; a group is a subset of a broader group.',
  },
  HOLDS_ROLE: {
    from: ['Person'], to: ['State', 'Organization'], props: ['title'],
    description: 'A person holds an office (title) in a state or organisation.',
  },
  MEMBER_OF: {
    from: ['Group', 'Person'], to: ['Unit', 'Organization'], props: [],
    description: 'A group or person belongs to a military unit or organisation.',
  },
  DEFENDED: {
    from: ['Group', 'Unit'], to: ['Place'], props: [],
    description: 'A group or unit defended a place (Mariupol defenders → Mariupol).',
  },
  FROM: {
    from: ['Group'], to: ['Place', 'State'], props: [],
    description: 'A group was captured in, or comes from, a place (civilians from the Kursk region).',
  },
  HELD_IN: {
    from: ['Group', 'Person'], to: ['Place', 'State'], props: ['how'],
    description: 'A group or person was held in a place (house arrest in Turkey).',
  },
  BETWEEN: {
    from: ['Event'], to: ['State'], props: [],
    description: 'A party to a negotiation, agreement, exchange or release.',
  },
  TOOK_PLACE_IN: {
    from: ['Event'], to: ['Place', 'State'], props: [],
    description: 'Where an event happened (talks in Istanbul; an exchange at the Ukraine–Belarus border).',
  },
  AGREED_AT: {
    from: ['Agreement'], to: ['Negotiation'], props: [],
    description: 'The negotiation at which an agreement was reached.',
  },
  UNDER: {
    from: ['Exchange', 'Release'], to: ['Agreement'], props: [],
    description: 'An exchange or release carried out under an agreement.',
  },
  PHASE_OF: {
    from: ['Exchange'], to: ['Exchange'], props: [],
    description: 'An exchange is one phase of a larger exchange.',
  },
  MEDIATED_BY: {
    from: ['Exchange', 'Negotiation', 'Agreement', 'Release'], to: ['State', 'Organization', 'Person'], props: ['role'],
    description: 'A third party mediated or facilitated an event (role: mediator, facilitator, host).',
  },
  PROPOSED_BY: {
    from: ['Event'], to: ['State', 'Organization', 'Person'], props: [],
    description: 'Who proposed a negotiation or agreement.',
  },
  INVOLVED: {
    from: ['Exchange', 'Release'], to: ['Group', 'Person', 'Unit'], props: ['role'],
    description: 'A group or person among those released or exchanged.',
  },
  RELATED_TO: {
    from: ['Event'], to: ['Event'], props: ['how'],
    description: 'Two events reported as connected (how says in what way).',
  },
  ABOUT: {
    from: ['Claim'], to: ['Event', 'Entity'], props: [],
    description: 'What a statement or figure is about.',
  },
  MAY_BE_ABOUT: {
    from: ['Claim'], to: ['Event', 'Entity'], props: ['how'],
    description:
      'A candidate referent of a claim flagged ambiguous ("this latest exchange" with two possible antecedents): one per candidate, how says why it is one. Never chosen silently.',
  },
  STATED_BY: {
    from: ['Claim'], to: ['Person', 'Organization', 'State'], props: [],
    description: 'Who made a statement or gave a figure (never the newspaper itself).',
  },
  RETURNED_TO: {
    from: ['Figure', 'Release'], to: ['State'], props: [],
    description: 'The side that got the people counted back (the direction of a figure).',
  },
  RELEASED_BY: {
    from: ['Figure', 'Release'], to: ['State'], props: [],
    description: 'The side that released the people counted.',
  },
  TREATED_IN: {
    from: ['Exchange', 'Release', 'Group', 'Person'], to: ['Place', 'State'], props: ['how'],
    description:
      'Where released people were taken for treatment after their return (returned Russian servicemen treated in Belarus); how says who and what care.',
  },
} as const satisfies Record<string, RelationshipType>;

export type RelationshipTypeName = keyof typeof RELATIONSHIP_TYPES;
export const RELATIONSHIP_TYPE_NAMES = Object.keys(RELATIONSHIP_TYPES) as RelationshipTypeName[];

/** The relationship types that may carry a `basis` instead of evidence. */
export const BASIS_TYPES = RELATIONSHIP_TYPE_NAMES.filter((t) => 'basis' in RELATIONSHIP_TYPES[t]);

/** Does a node with this label fit an endpoint list of a relationship type? */
export function fits(label: CuratedLabel, endpoints: readonly Endpoint[]): boolean {
  return endpoints.includes(label) || endpoints.includes(familyOf(label));
}

export const DATE_PRECISIONS = ['day', 'month', 'year', 'unknown'] as const;
export type DatePrecision = (typeof DATE_PRECISIONS)[number];

export const FIGURE_CATEGORIES = ['people', 'prisoners', 'servicemen', 'civilians'] as const;
export const FIGURE_QUALIFIERS = ['exact', 'approximate', 'at least'] as const;
export const FIGURE_STATUSES = ['reported', 'planned', 'withheld', 'cumulative'] as const;
/**
 * inconsistent: contradicts its context (an article's slip); unverified: the
 * article says it cannot be verified; ambiguous: what it refers to has several
 * candidates (MAY_BE_ABOUT each), none chosen.
 */
export const FLAGS = ['inconsistent', 'unverified', 'ambiguous'] as const;
