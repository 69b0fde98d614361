import type { EntityRef, Stage } from '../context';
import type { Span } from '../span';
import { slug } from '../slug';
import type { EventReport } from './events';
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
const AMONG = /\b(?:releas\w*|freed|return\w*|exchang\w*|swap\w*|among|including|included|inclusion|returnees|came home|handed)\b/i;
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
    for (const s of sentences) {
      last = events.find((e) => e.evidence.some((x) => x.sentence === s.index)) ?? last;
      if (!last || !AMONG.test(s.text) || HEDGED.test(s.text)) continue;
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
        const listed = listEnd !== null && /^(?:,\s*(?:and\s+)?(?:the\s+)?|\s+and\s+(?:the\s+)?)$/.test(text.slice(listEnd, m.start));
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
        if (!k || here.some((m) => m.entity.label === 'Group' && m.start <= s.start + k.index && m.end > s.start + k.index)) continue;
        const known = [...ctx.names.values()].flat().find((r) => r.label === 'Group' && r.name.toLowerCase() === name.toLowerCase());
        add({ ...base, start: s.start + k.index, end: s.start + k.index + k[0].length, group: { ...(known ?? { id: slug(name), label: 'Group', name, known: false }), aliases } });
      }
    }
    return found;
  },
};
