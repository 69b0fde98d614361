import type { EntityRef, Stage } from '../context';
import { slug } from '../slug';
import type { Span } from '../span';
import type { EventReport } from './events';
import type { Mention } from './mentions';
import type { NegotiationReport } from './negotiations';
import type { Sentence } from './sentences';

export interface StatementReport extends Span {
  sentence: number;
  speaker: EntityRef;
  /** The event or talks it is about (its sentence's, else the one it follows). */
  about: string | null;
  channel: string | null;
  /** The quoted words, when the speaker is quoted. */
  quote: string | null;
}

const SAY =
  /\b(?:said|says|say|stated|stating|stressed|announced|announcing|hailed|called|described|wrote|posted|posting|told|expressed|noted|revealed|acknowledged|indicated|claimed|added|emphasi[sz]ed|declared|warned|thanked|praised|confirmed|reported|denie[sd]|den(?:y|ies)|rejects|rejected|dismissed|accuse[sd]|credited|suggested|estimates|according to)\b/i;
/** Every verb of saying in a sentence, in order (matchAll: a fresh iterator each time). */
const SAY_ALL = new RegExp(SAY.source, 'gi');
/** A state speaking by its own name ("Kyiv says", "Russia denies this") or through its officials or ministry. */
const STATE_VOICE = /^\s+(?:(?:foreign |defence |defense |military )?(?:officials?|authorities|government|commanders|foreign ministry|press office|side)\b|(?:has |have |had )?(?:say|says|said|denie[sd]|denies|rejects|rejected|dismissed|accuse[sd]|claimed|estimates|insists|emphasi[sz]ed|stressed)\b)/i;
/** A voice the text describes instead of naming: "Russian military bloggers", "Some Ukrainian media", "A Russian war correspondent". */
export const VOICE_NOUN = /^\s+(?:military\s+|state\s+)?(?:bloggers?|war correspondents?|media|outlets|television|commentators)\b/i;
const VOICE = String.raw`(?:(?:pro-\p{Lu}\p{L}+|Russian|Ukrainian|Western|independent)\s+){0,2}(?:military\s+|state\s+)?(?:bloggers?|war correspondents?|media|outlets|television|commentators)`;
/** The voice as the verb's subject ("Russian military bloggers claimed"), or as the author of posts ("Posts on X by pro-Kremlin bloggers suggested"). */
const VOICE_SUBJECT = new RegExp(String.raw`(?:^|\b(?:[Aa]n?|[Ss]ome|[Ss]everal)\s+)(${VOICE})(?:\s+on\s+\S+)?\s+(?:(?:have|has|had)\s+)?$|\bby\s+(?:several\s+|some\s+)?(${VOICE})\b`, 'u');
/** '"…," said Natalia', '"…," said one woman', '"…," said the mother of a marine': a private person quoted, by name or description. */
const PRIVATE_AFTER = /^said\s+(?:the\s+)?((?:one|a|an)\s+\p{Ll}+|\p{Lu}\p{Ll}+|(?:mother|father|wife|husband|sister|brother|son|daughter|widow)\s+of\s+[^,.;]+)(?=[,.;]|$)/u;
/** '"…," Serhiy told the Kyiv Independent': a first name after the quote. */
const PRIVATE_BEFORE = /[”"],?\s+(?!(?:He|She|It|They|We|I)\s)(\p{Lu}\p{Ll}+)\s+$/u;

/** A sentence that is nothing but quoted words. */
const WHOLE_QUOTE = /^\s*[“"]([^”"]+)[”"]\s*$/;
/** "he said", "It said on Telegram", "According to her": the speaker named before. */
const PRONOUN = /(?:^|[,.”"]\s*|\baccording to\s+)(he|she|it|him|her|they)\b(?=\s|[,.]|$)/i;
/** "The ministry said", "the headquarters said": a body named before, by a word of its name. */
const DEFINITE = /\b[Tt]he (ministry|headquarters|office|agency|ombudsperson|ombudsman|commissioner|press office|foreign ministry)\b/;
/** "the Russian ombudsperson said", "According to the Ombudsman": a person named before, by an office of the same kind. */
const OFFICE = /\b[Tt]he (?:(\p{Lu}\p{L}+) )?([Oo]mbuds(?:man|person|woman)|(?:[Hh]uman [Rr]ights )?[Cc]ommissioner|[Ss]pokes(?:man|person|woman)|[Mm]inister|[Ee]nvoy|[Nn]egotiator)\b/u;
const SAME_OFFICE: [RegExp, RegExp][] = [
  [/^(?:ombuds|commissioner|human rights)/i, /\bombuds(?:man|person|woman)\b|\bcommissioner\b/i],
  [/^spokes/i, /\bspokes(?:man|person|woman)\b/i],
  [/^minister/i, /\bminister\b/i],
  [/^envoy/i, /\benvoy\b/i],
  [/^negotiator/i, /\bnegotiator\b/i],
];
/** "the Gulf state's foreign ministry says": a state named before, by description. */
const STATE_DESCRIBED = /\bthe (?:\p{Lu}\p{L}+ )?(?:state|country|kingdom|emirate)['’]s (?:foreign ministry|government|ministry|press office|officials)\b/iu;
const CHANNELS: [RegExp, string][] = [
  [/\bTruth Social\b/, 'Truth Social'],
  [/\bTelegram\b/, 'Telegram'],
  [/\b(?:on|platform) X\b|\bpost on X\b/, 'X'],
  [/\bFacebook\b/, 'Facebook'],
  [/\bsocial media\b/i, 'social media'],
  [/\bvideo (?:address|message)\b/i, 'video address'],
  [/\binterview\b/i, 'interview'],
  [/\bpress conference|briefing\b/i, 'press conference'],
];

/**
 * Who said what: a person, body or state that is the subject of a verb of
 * saying (or "according to" it), with the channel it used and the quoted
 * words. A report with no identified speaker ("posts on X suggest") is no
 * statement.
 */
export const statements: Stage<
  { sentences: Sentence[]; mentions: Mention[]; events: EventReport[]; negotiations: NegotiationReport[] },
  StatementReport[]
> = {
  name: 'statements',
  run({ sentences, mentions, events, negotiations }, ctx) {
    const found: StatementReport[] = [];
    let about: string | null = null;
    for (const s of sentences) {
      about = events.find((e) => e.evidence.some((x) => x.sentence === s.index))?.key ??
        negotiations.find((n) => n.evidence.some((x) => x.sentence === s.index))?.key ?? about;
      const verb = SAY.exec(s.text);
      // '"…," Lubinets wrote. "We thank the mediators."': a quote on its own goes on the statement just before it.
      const previous = found[found.length - 1];
      const whole = verb ? null : WHOLE_QUOTE.exec(s.text);
      if (whole && previous?.sentence === s.index - 1) {
        found.push({ start: s.start, end: s.end, sentence: s.index, speaker: previous.speaker, about, channel: previous.channel, quote: whole[1] });
        continue;
      }
      if (!verb) continue;
      // Names inside the quoted words ("handed over to the Ukrainian side") are not who speaks.
      const quotes = [...s.text.matchAll(/[“"][^”"]*[”"]/g)].map((q) => [s.start + q.index, s.start + q.index + q[0].length]);
      const here = mentions.filter((m) => m.sentence === s.index && ['Person', 'Organization', 'State'].includes(m.entity.label) && !quotes.some(([a, b]) => m.start > a && m.end < b));
      // "The White House hailed the swap, but Ukrainian officials said …": the first verb of saying whose speaker the text gives.
      let speaker: EntityRef | undefined;
      for (const v of s.text.matchAll(SAY_ALL)) {
        speaker = speakerOf(s, v, here, found, mentions, sentences) ?? describedVoice(s, v, ctx.article.id);
        if (speaker) break;
      }
      if (!speaker) continue;
      const quoted = /[“"]([^”"]{3,})[”"]/.exec(s.text);
      const channel = CHANNELS.find(([p]) => p.test(s.text))?.[1] ?? null;
      found.push({ start: quoteOpening(s, sentences), end: s.end, sentence: s.index, speaker, about, channel, quote: quoted?.[1] ?? null });
    }
    return found;
  },
};

/** Who speaks by the verb of saying `verb`: its subject, or whom "according to" names, or whom a pronoun or description stands for. */
function speakerOf(s: Sentence, verb: RegExpMatchArray, here: Mention[], found: StatementReport[], mentions: Mention[], sentences: Sentence[]): EntityRef | undefined {
  const at = verb.index ?? 0;
  const before = s.text.slice(0, at);
  // "had been declared unfit": a passive verb of saying names no speaker; "posted photographs" is no saying.
  if (/\b(?:been|be|being)\s+$/i.test(before) || /^post(?:ed|ing)\s+(?:\w+\s+)?(?:photographs|photos|pictures|images|videos?|footage)\b/i.test(s.text.slice(at))) return undefined;
  const according = /according to/i.test(verb[0]);
  // "President Donald Trump's diplomacy": a possessive names no one speaking ("Erdoğan's office said" speaks for him);
  // nor does "pro-Kremlin" or "Russian military bloggers".
  const speaks = (m: Mention): boolean =>
    (!m.possessive || /^['’]s\s+(?:office|press (?:office|service))\b/.test(s.text.slice(m.end - s.start))) &&
    !/\bpro-$/i.test(s.text.slice(0, m.start - s.start)) && !VOICE_NOUN.test(s.text.slice(m.end - s.start));
  const side = (m: Mention): boolean => speaks(m) && (according ? m.start > s.start + at : m.end <= s.start + at);
  const people = here.filter((m) => m.entity.label === 'Person' && side(m));
  // A state speaks by its name, its officials ("Officials in Kyiv suggested"), or as the sentence's subject
  // of a later, joined verb ("The UAE has mediated a series of exchanges and says …").
  const joinedToHead = (m: Mention): boolean => /^(?:The\s+)?$/.test(s.text.slice(0, m.start - s.start)) && /\band\s+(?:also\s+)?$/.test(before);
  const bodies = here.filter((m) => m.entity.label !== 'Person' && side(m))
    .filter((m) => m.entity.label === 'Organization' || STATE_VOICE.test(s.text.slice(m.end - s.start)) ||
      /\b(?:officials|authorities) in\s+$/i.test(s.text.slice(0, m.start - s.start)) || joinedToHead(m));
  // "According to her, the Ukrainian side received …": the pronoun is the speaker, not the side after it.
  if (according && /^according to\s+(?:him|her|them|it)\b/i.test(s.text.slice(at))) return namedBefore(s, found, mentions, sentences);
  // "…, the headquarters said": a description right before the verb is its subject, over names earlier in the sentence.
  const description = according || here.some((m) => m.end === s.start + at - 1) ? null : /\b[Tt]he (?:[\p{L}-]+ ){0,2}[\p{L}-]+\s+$/u.exec(before);
  const described = description ? namedBefore(s, found, mentions, sentences, description.index) : undefined;
  // "described as a “laborious process” by Kremlin spokesman Dmitry Peskov": the agent of a passive verb of saying.
  const by = /^(?:described|called|confirmed|announced|reported|hailed|praised|denied)\s+(?:as\s+[^,.;]{0,40}?\s+)?by\s+[^,.;]*/i.exec(s.text.slice(at));
  const agents = by ? here.filter((m) => m.start >= s.start + at + by[0].indexOf(' by ') && m.end <= s.start + at + by[0].length) : [];
  const agent = (agents.find((m) => m.entity.label === 'Person') ?? agents[0])?.entity;
  if (agent) return agent;
  return described ?? (according ? people[0] ?? bodies[0] : people[people.length - 1] ?? bodies[bodies.length - 1])?.entity ?? namedBefore(s, found, mentions, sentences);
}

/**
 * Where the quote a sentence closes began: '"150 of our people are home. Among them are
 * defenders," Lubinets wrote' is one statement from its first quoted sentence on.
 */
function quoteOpening(s: Sentence, sentences: Sentence[]): number {
  const marks = (t: string): string[] => t.match(/[“”"]/g) ?? [];
  const closesOnly = (t: string): boolean => {
    const m = marks(t);
    return m.length > 0 && (m[0] === '”' || (m[0] === '"' && m.length % 2 === 1 && !/^\s*"/.test(t)));
  };
  if (!closesOnly(s.text)) return s.start;
  for (let i = s.index - 1; i >= 0 && i >= s.index - 4; i--) {
    const t = sentences.find((x) => x.index === i);
    if (!t) break;
    const m = marks(t.text);
    if (m.length === 0) continue;
    return m.length % 2 === 1 && (m[m.length - 1] === '“' || m[m.length - 1] === '"') ? t.start : s.start;
  }
  return s.start;
}

/**
 * A speaker the sentence names only by pronoun or description: "he"/"she" is
 * the last person who spoke, "it"/"they" the last body or state; "the
 * ombudsperson" the person last named who holds such an office; "the Gulf
 * state's foreign ministry" the state last named; "the ministry" the last
 * body with that word in its name (or called so). Nothing is guessed when no
 * one fitting was named before. `from`: where in the sentence the words that
 * name the speaker begin.
 */
function namedBefore(s: Sentence, found: StatementReport[], mentions: Mention[], sentences: Sentence[], from = 0): EntityRef | undefined {
  const words = s.text.slice(from);
  const pronoun = PRONOUN.exec(words)?.[1].toLowerCase();
  if (pronoun) {
    const person = pronoun !== 'it' && pronoun !== 'they';
    const spoke = found.findLast((f) => (f.speaker.label === 'Person') === person);
    // "Lubinets gave a different figure. '…,' he wrote": the person a later sentence opens with, over an earlier speaker.
    const subject = person ? mentions.findLast((m) => m.start < s.start && m.sentence > (spoke?.sentence ?? -1) && m.entity.label === 'Person' &&
      !mentions.some((x) => x.sentence === m.sentence && x.start < m.start && x.entity.label === 'Person')) : undefined;
    return subject?.entity ?? spoke?.speaker;
  }
  const office = OFFICE.exec(words);
  const holder = office ? officeHolder(office, s, s.start + from + office.index, mentions, sentences, found) : undefined;
  if (holder) return holder;
  const state = STATE_DESCRIBED.exec(words);
  if (state) return mentions.findLast((m) => m.start < s.start + from + state.index && m.entity.label === 'State')?.entity;
  const described = DEFINITE.exec(words)?.[1].toLowerCase();
  if (!described) return undefined;
  const word = described.split(' ').pop()!;
  return mentions.findLast((m) => m.start < s.start && m.entity.label === 'Organization' && `${m.entity.name} ${m.text}`.toLowerCase().includes(word))?.entity ??
    found.findLast((f) => f.speaker.label === 'Organization' && f.speaker.name.toLowerCase().includes(word))?.speaker;
}

/**
 * The person an office names ("the Russian ombudsperson", "the Ombudsman"): of the people named before
 * whose introduction gives them an office of that kind (and the state the description names, if any),
 * the one named last.
 */
function officeHolder(office: RegExpExecArray, s: Sentence, at: number, mentions: Mention[], sentences: Sentence[], found: StatementReport[]): EntityRef | undefined {
  const kind = SAME_OFFICE.find(([word]) => word.test(office[2]))?.[1];
  if (!kind) return undefined;
  const state = office[1] ? mentions.find((m) => m.sentence === s.index && m.start === at + 4 && m.entity.label === 'State')?.entity : undefined;
  // A person's introduction: the words before the name back to the person named before it ("Russian ombudsperson
  // Tatyana Moskalkova"), and an apposition after it (", Russia's commissioner,"). The headline is not read.
  const around = (m: Mention): { text: string; start: number; end: number } | undefined => {
    const t = sentences.find((x) => x.index === m.sentence);
    if (!t) return undefined;
    const previous = mentions.findLast((x) => x.sentence === m.sentence && x.end <= m.start && x.entity.label === 'Person');
    const start = Math.max(t.start, previous?.end ?? t.start, m.start - 80);
    const apposition = /^,[^,.;]{0,60}/.exec(t.text.slice(m.end - t.start));
    const end = m.end + (apposition?.[0].length ?? 0);
    return { text: t.text.slice(start - t.start, end - t.start), start, end };
  };
  const holds = (person: EntityRef): boolean =>
    mentions.some((m) => {
      if (m.entity.id !== person.id || m.start >= s.start) return false;
      const w = around(m);
      return !!w && kind.test(w.text) && (!state || mentions.some((x) => x.entity.id === state.id && x.start >= w.start && x.end <= w.end));
    });
  // Named last, or last to speak (perhaps by this same description).
  const named = mentions.findLast((m) => m.start < s.start && m.entity.label === 'Person' && holds(m.entity));
  const spoke = found.findLast((f) => f.speaker.label === 'Person' && holds(f.speaker));
  return (spoke && (!named || spoke.sentence > named.sentence) ? spoke.speaker : named?.entity);
}

/**
 * A speaker the text describes but does not name ("Russian military bloggers", "a Russian war
 * correspondent") or a private person it quotes ("said Natalia", "said one woman"): kept as the
 * text gives them, as an entity of this article only (two articles' "one woman" are not one person).
 */
function describedVoice(s: Sentence, verb: RegExpMatchArray, article: string): EntityRef | undefined {
  const before = s.text.slice(0, verb.index);
  const after = s.text.slice(verb.index);
  const voice = VOICE_SUBJECT.exec(before);
  const quoted = /[”"],?\s*$/.test(before) ? PRIVATE_AFTER.exec(after) : null;
  const named = PRIVATE_BEFORE.exec(before);
  const name = voice?.[1] ?? voice?.[2] ?? quoted?.[1] ?? named?.[1];
  if (!name) return undefined;
  // One person, or many speaking as one (a statement is stated by a person, an organization or a state).
  const label: EntityRef['label'] = voice && /(?:s|media|television)$/i.test(name) ? 'Organization' : 'Person';
  return { id: slug(`${article} ${name}`), label, name, known: false };
}
