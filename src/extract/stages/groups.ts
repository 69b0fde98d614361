import type { EntityRef, Stage } from '../context';
import type { Span } from '../span';
import { slug } from '../slug';
import type { EventReport } from './events';
import { RUNNING_TOTAL } from './figures';
import type { Mention } from './mentions';
import type { Sentence } from './sentences';

export interface GroupReport extends Span {
  sentence: number;
  event: string;
  group: EntityRef & { aliases: string[] };
}

/** Kinds of people named among those released, by the name the graph gives them. */
const KINDS: [RegExp, string, string[]][] = [
  [/\bcombat medics?\b/i, 'Combat medics', ['combat medics', 'combat medic']],
  [/\b(?:severely|seriously|gravely) (?:injured|wounded)\b/i, 'Severely injured prisoners', ['severely injured', 'severely wounded', 'seriously wounded']],
  [/\bcivilians\b/i, 'Civilians', ['civilians', 'civilian prisoners']],
  [/\bjournalists\b/i, 'Journalists', ['journalists']],
  [/\bchildren\b/i, 'Children', ['children']],
  [/\b(?:national guardsmen|National Guard)\b/i, 'National Guard members', ['national guardsmen', 'members of the National Guard']],
  [/\b(?:border guards|border service)\b/i, 'Border guards', ['border guards']],
  [/\bconscripts\b/i, 'Conscripts', ['conscripts']],
  [/\b(?:seriously|severely|gravely|terminally) ill\b/i, 'Seriously ill prisoners', ['seriously ill']],
  [/\belderly\b/i, 'Elderly people', ['elderly people', 'elderly']],
  [/\bmembers of the Azov (?:regiment|brigade)\b|\bAzov (?:regiment|brigade) (?:members|fighters)\b/i, 'Azov regiment members', ['members of the Azov regiment']],
  [/\bforeign (?:fighters|nationals|volunteers)\b/i, 'Foreign fighters', ['foreign fighters']],
  [/\b(?:residents|civilians|people) (?:of|from) (?:Russia['’]s |the )?Kursk region\b/i, 'Civilians captured in the Kursk region', ['residents of the Kursk region']],
];
/** A group named in a hedged claim ("suggested privately that five … were civilians") is not annotated as among them. */
const HEDGED = /\b(?:suggest(?:s|ed)?|claimed|could not be (?:independently )?verified|unconfirmed)\b/i;
const AMONG = /\b(?:releas\w*|freed|return\w*|exchang\w*|swap\w*|among|including|included|inclusion|returnees|came home|handed|received)\b/i;
/** "They are from the armed forces, the National Guard …": the people the sentence before counted. */
const THEY_ARE = /^(?:They|These|Those)\s+(?:are|were|include|included)\b/;
/** People still held, asked for, or an aim: not among those handed over. */
const NOT_HANDED_OVER = /\b(?:remain(?:s|ed)? in (?:detention|captivity|custody)|still (?:held|in captivity)|(?:pressed|pushed|called|asked|demanded) for the (?:return|release)|remains? (?:a|the) (?:key |main )?(?:objective|goal|priority))\b/i;
/** "hoped Kyiv would respond by handing back conscripts", "the lists would include civilians": not (yet) handed over. */
const NOT_YET = /\b(?:would|will|plans? to|hope[sd]?|expected to)\b[^.;]{0,60}$/i;
const DEFENDERS = /\b(?:(?:defenders|defence|defense)\s+(?:of|from)|(?:who\s+)?(?:had\s+)?defended)\s+$/i;

function defendersOf(place: EntityRef, surface: string): EntityRef & { aliases: string[] } {
  const head = surface.replace(/^the\s+/i, '').replace(/\s+(?:steel plant|plant|steelworks|nuclear power plant)$/i, '');
  const name = `${head} defenders`;
  return {
    id: slug(name),
    label: 'Group',
    name,
    known: false,
    defended: place.id,
    aliases: [...new Set([name, `defenders of ${head}`, `defenders from ${head}`, `${surface} defenders`, `${place.name} defenders`])],
  };
}

/**
 * Groups among those exchanged or released: groups the graph knows, kinds of
 * people ("combat medics", "civilians") and defenders of a place ("defenders
 * from Snake Island, the Chernobyl nuclear power plant, Azovstal steel plant"
 * is three groups), each tied to the event its sentence reports or follows.
 */
export const groups: Stage<{ sentences: Sentence[]; mentions: Mention[]; events: EventReport[] }, GroupReport[]> = {
  name: 'groups',
  run({ sentences, mentions, events }, ctx) {
    const text = ctx.article.text;
    const found: GroupReport[] = [];
    let last: EventReport | undefined;
    const add = (r: GroupReport): void => {
      if (!found.some((f) => f.event === r.event && f.group.id === r.group.id)) found.push(r);
    };
    let previousAmong = false;
    for (const s of sentences) {
      last = events.find((e) => e.evidence.some((x) => x.sentence === s.index)) ?? last;
      const says = AMONG.test(s.text);
      const among = says || (previousAmong && THEY_ARE.test(s.text));
      previousAmong = says;
      // A running total ("3,520 since 2022, among them 169 civilians") counts no one event's people. It gives its count;
      // "held since 2022" and "the first since March, when …" are no total.
      const total = RUNNING_TOTAL.test(s.text.replace(/\bheld since\b/gi, '')) && /\b\d{1,3}(?:,\d{3})+\b|\b(?!(?:19|20)\d\d\b)\d{2,4}\b/.test(s.text);
      if (!last || !among || HEDGED.test(s.text) || NOT_HANDED_OVER.test(s.text) || total) continue;
      const here = mentions.filter((m) => m.sentence === s.index);
      const base = { sentence: s.index, event: last.key };
      for (const m of here.filter((x) => x.entity.label === 'Group' || x.entity.label === 'Unit')) {
        if (m.entity.label === 'Group') add({ ...base, start: m.start, end: m.end, group: { ...m.entity, aliases: [] } });
      }
      // Defenders of a place, and of each place listed after it.
      // Where the last defended place of this sentence ended (a group already found may not be added again).
      let listEnd: number | null = null;
      for (const m of here.filter((x) => x.entity.label === 'Place')) {
        const before = text.slice(s.start, m.start);
        // "defenders of Mariupol and of the Chernobyl plant": the list may repeat the "of".
        const listed = listEnd !== null && /^(?:,\s*(?:and\s+)?(?:of\s+)?(?:the\s+)?|\s+and\s+(?:of\s+)?(?:the\s+)?)$/.test(text.slice(listEnd, m.start));
        const after = text.slice(m.end, m.end + 30);
        let surface = m.text;
        const suffix = /^\s+(?:steel plant|plant|steelworks)/.exec(after);
        if (suffix) surface = text.slice(m.start, m.end + suffix[0].length);
        if (DEFENDERS.test(before.replace(/(?:the\s+)?$/, '')) || listed || /^\s+defenders\b/.test(after)) {
          add({ ...base, start: m.start, end: m.start + surface.length, group: defendersOf(m.entity, surface) });
          listEnd = m.start + surface.length;
        } else listEnd = null;
      }
      for (const [pattern, name, aliases] of KINDS) {
        const k = pattern.exec(s.text);
        if (!k || NOT_YET.test(s.text.slice(0, k.index)) || here.some((m) => m.entity.label === 'Group' && m.start <= s.start + k.index && m.end > s.start + k.index)) continue;
        const known = [...ctx.names.values()].flat().find((r) => r.label === 'Group' && r.name.toLowerCase() === name.toLowerCase());
        add({ ...base, start: s.start + k.index, end: s.start + k.index + k[0].length, group: { ...(known ?? { id: slug(name), label: 'Group', name, known: false }), aliases } });
      }
    }
    return found;
  },
};
