import type { EntityRef } from './context';

/**
 * Background knowledge the extractor starts from when the graph does not know
 * a name: states with their demonyms and capitals (used as metonyms: "Kyiv and
 * Moscow"), cities and regions with the state they lie in, and the bodies that
 * recur in reports of exchanges. Ids are those of the seeds, so that an
 * extracted state and a curated one are the same node. The graph's own names
 * always come first (gazetteer.ts).
 */
interface Entry {
  id: string;
  label: EntityRef['label'];
  name: string;
  aliases: string[];
  within?: string;
}

/** The two sides of the war this graph records: every exchange in it is between them. */
export const WAR_SIDES: readonly string[] = ['ukraine', 'russia'];

const STATES: Entry[] = [
  { id: 'ukraine', label: 'State', name: 'Ukraine', aliases: ['Ukrainian', 'Ukrainians', 'Kyiv', 'Kiev'] },
  { id: 'russia', label: 'State', name: 'Russia', aliases: ['Russian', 'Russians', 'Moscow', 'Russian Federation'] },
  { id: 'uae', label: 'State', name: 'United Arab Emirates', aliases: ['UAE', 'U.A.E.', 'Emirati', 'Emiratis', 'Emirates', 'Abu Dhabi'] },
  { id: 'turkey', label: 'State', name: 'Turkey', aliases: ['Türkiye', 'Turkish', 'Ankara'] },
  { id: 'usa', label: 'State', name: 'United States', aliases: ['US', 'U.S.', 'USA', 'American', 'Washington'] },
  { id: 'belarus', label: 'State', name: 'Belarus', aliases: ['Belarusian', 'Minsk'] },
  { id: 'qatar', label: 'State', name: 'Qatar', aliases: ['Qatari', 'Qataris', 'Doha'] },
  { id: 'saudi-arabia', label: 'State', name: 'Saudi Arabia', aliases: ['Saudi', 'Saudis', 'Riyadh', 'Saudi Arabian'] },
  { id: 'vatican', label: 'State', name: 'Holy See', aliases: ['Vatican', 'the Vatican'] },
  { id: 'switzerland', label: 'State', name: 'Switzerland', aliases: ['Swiss'] },
  { id: 'norway', label: 'State', name: 'Norway', aliases: ['Norwegian', 'Oslo'] },
  { id: 'poland', label: 'State', name: 'Poland', aliases: ['Polish', 'Warsaw'] },
];

const PLACES: Entry[] = [
  { id: 'istanbul', label: 'Place', name: 'Istanbul', aliases: ['İstanbul'], within: 'turkey' },
  { id: 'jeddah', label: 'Place', name: 'Jeddah', aliases: [], within: 'saudi-arabia' },
  { id: 'geneva', label: 'Place', name: 'Geneva', aliases: [], within: 'switzerland' },
  { id: 'mariupol', label: 'Place', name: 'Mariupol', aliases: [], within: 'ukraine' },
  { id: 'azovstal', label: 'Place', name: 'Azovstal steel plant', aliases: ['Azovstal', 'Azovstal plant'], within: 'mariupol' },
  { id: 'snake-island', label: 'Place', name: 'Snake Island', aliases: [], within: 'ukraine' },
  { id: 'kursk-region', label: 'Place', name: 'Kursk region', aliases: ['Kursk', 'Kursk Oblast'], within: 'russia' },
  { id: 'belgorod-region', label: 'Place', name: 'Belgorod region', aliases: ['Belgorod', 'Belgorod Oblast'], within: 'russia' },
  { id: 'chernihiv-region', label: 'Place', name: 'Chernihiv region', aliases: ['Chernihiv', 'Chernihiv Oblast'], within: 'ukraine' },
  { id: 'sumy-region', label: 'Place', name: 'Sumy region', aliases: ['Sumy', 'Sumy Oblast'], within: 'ukraine' },
  { id: 'kharkiv', label: 'Place', name: 'Kharkiv', aliases: [], within: 'ukraine' },
  { id: 'donetsk', label: 'Place', name: 'Donetsk', aliases: [], within: 'ukraine' },
  { id: 'azov-sea', label: 'Place', name: 'Sea of Azov', aliases: ['Azov Sea'] },
  { id: 'crimea', label: 'Place', name: 'Crimea', aliases: [], within: 'ukraine' },
  {
    id: 'chernobyl-npp', label: 'Place', name: 'Chernobyl nuclear power plant',
    aliases: ['Chernobyl', 'Chornobyl', 'Chornobyl nuclear power plant', 'Chernobyl NPP'], within: 'ukraine',
  },
  {
    id: 'ukraine-belarus-border', label: 'Place', name: 'Ukraine–Belarus border',
    aliases: ['Ukraine-Belarus border', 'Belarus-Ukraine border', 'Belarusian-Ukrainian border'], within: 'ukraine',
  },
];

const BODIES: Entry[] = [
  {
    id: 'russia-mod', label: 'Organization', name: 'Russian Ministry of Defence',
    aliases: ['Russian Ministry of Defense', 'Russian Defence Ministry', 'Russian Defense Ministry', "Russia's Ministry of Defence",
      "Russia's Defence Ministry", "Russia's Defense Ministry", 'Russian MoD'],
    within: 'russia',
  },
  {
    id: 'ukraine-coordination-hq', label: 'Organization', name: 'Coordination Headquarters for the Treatment of Prisoners of War',
    aliases: ['Coordination Headquarters', "Ukraine's Coordination Headquarters for the Treatment of Prisoners of War",
      'Coordination Headquarters for the Treatment of POWs'],
    within: 'ukraine',
  },
  { id: 'kremlin', label: 'Organization', name: 'Kremlin', aliases: ['the Kremlin'], within: 'russia' },
  {
    id: 'icrc', label: 'Organization', name: 'International Committee of the Red Cross',
    aliases: ['ICRC', 'Red Cross', 'the Red Cross'],
  },
  { id: 'united-nations', label: 'Organization', name: 'United Nations', aliases: ['UN', 'U.N.'] },
  {
    id: 'ukraine-defence-intelligence', label: 'Organization', name: 'Defence Intelligence of Ukraine',
    aliases: ["Ukraine's military intelligence agency", "Ukraine's military intelligence", 'Ukrainian military intelligence', 'HUR', 'GUR',
      'Defence Intelligence Directorate', 'Main Directorate of Intelligence'],
    within: 'ukraine',
  },
];

export const LEXICON: readonly Entry[] = [...STATES, ...PLACES, ...BODIES];

/** Where a lexicon place or body lies: reference knowledge, stated as such. */
export function lexiconBasis(entry: Entry, parentName: string): string {
  return `${entry.name} lies in ${parentName} (reference geography of the extractor's lexicon)`;
}

export type LexiconEntry = Entry;

/**
 * Offices that name the state they belong to where no demonym does: "the pope's peace envoy" acts for the
 * Holy See. Word of the office (lower case) → state id.
 */
export const STATE_OFFICES: Readonly<Record<string, string>> = { pope: 'vatican', pontiff: 'vatican', papal: 'vatican', 'holy father': 'vatican' };
