import type { EntityRef, Stage } from '../context';
import { type Span, cover } from '../span';
import { slug } from '../slug';
import type { Mention } from './mentions';
import type { Sentence } from './sentences';

export interface PersonIntro extends Span {
  sentence: number;
  person: EntityRef;
  title: string | null;
  /** The state or body the title belongs to ("Russian human rights commissioner" → Russia). */
  body: EntityRef | null;
}

const TITLES = [
  'president', 'prime minister', 'minister', 'spokesman', 'spokeswoman', 'spokesperson', 'press secretary', 'commissioner',
  'ombudsman', 'ombudsperson', 'chief', 'head', 'envoy', 'ambassador', 'adviser', 'advisor', 'aide', 'negotiator', 'soldier',
  'serviceman', 'servicewoman', 'marine', 'commander', 'officer', 'sheikh', 'emir', 'crown prince', 'king', 'pope', 'cardinal',
  'mayor', 'governor', 'general', 'colonel', 'chairman', 'chairwoman', 'secretary', 'director', 'lawyer', 'journalist',
  'lawmaker', 'counterpart', 'founder',
];
/** Words that may stand before a title word as part of it ("human rights commissioner"). */
const TITLE_MODIFIERS = new Set([
  'human', 'rights', 'foreign', 'defence', 'defense', 'deputy', 'presidential', 'press', 'intelligence', 'military', 'special',
  'interior', 'chief', 'senior', 'top', 'former', 'head', 'vice', 'first', 'peace', 'state', 'security', 'ministry',
]);
// Either case for the first letter of each word of a title; no `i` flag, which would let \p{Lu} match lower case too.
const TITLE_WORDS = TITLES.map((t) => t.split(' ').map((w) => `[${w[0].toUpperCase()}${w[0]}]${w.slice(1)}`).join(' ')).join('|');
/** A capitalised name word, hyphenated parts too ("Lvova-Belova", "Al-Khater", "al-Ansari"); never a title word ("Chief Ombudsman Şeref Malkoç"). */
const NAME_WORD = String.raw`(?!(?:${TITLE_WORDS})(?![\p{L}]))(?:(?:al|el|ad|ash)-)?\p{Lu}[\p{Ll}'’]+(?:-\p{L}[\p{Ll}'’]+)*`;
/** Two or three name words, with the particles of Arabic and European names ("Mohammed bin Salman"). */
const NAME = String.raw`${NAME_WORD}(?:\s+(?:(?:bin|ibn|al|de|van|von)\s+)?${NAME_WORD}){1,2}`;
/**
 * title[ of/for …][,] Name: "spokesman Dmitry Peskov", "Ukraine's human rights ombudsman, Dmytro Lubinets",
 * "Commissioner for Human Rights Dmytro Lubinets", "the head of Ukraine's presidential office, Andriy Yermak"
 * (the words before the title are read separately).
 */
const BEFORE = new RegExp(String.raw`(?<![\p{L}])(${TITLE_WORDS})(?:\s+(?:of|for)(?:\s+[\p{L}'’-]+){1,8})?,?\s+(${NAME})`, 'gu');
/** Name, [body's] title: "Dmytro Lubinets, Ukraine's human rights commissioner", "Viktor Medvedchuk, a former lawmaker". */
const AFTER = new RegExp(String.raw`(${NAME}),\s+((?:the\s+|an?\s+)?(?:[\p{L}’'-]+\s+){0,4}?(?:${TITLE_WORDS}))(?![\p{L}])`, 'gu');
const NOT_NAMES = /^(?:The|This|That|These|Those|In|On|At)\b/u;
/** The end of a body's name after "head of the …", not a person: "Defense Council", "Presidential Office", "Foreign Affairs". */
const INSTITUTION = /\b(?:Council|Office|Affairs|Ministry|Committee|Agency|Service|Headquarters|Directorate|Department|Commission|Assembly|Cooperation)$/u;

function personFor(name: string, mentionsIn: Mention[], span: Span): EntityRef {
  const known = mentionsIn.find((m) => m.entity.label === 'Person' && m.start >= span.start && m.end <= span.end);
  return known?.entity ?? { id: slug(name), label: 'Person', name, known: false };
}

/**
 * People introduced with a title, with the body the title belongs to; a
 * person the graph does not know is proposed as new, and later mentions of
 * their surname are linked to them.
 */
export const people: Stage<{ sentences: Sentence[]; mentions: Mention[] }, { people: PersonIntro[]; mentions: Mention[] }> = {
  name: 'people',
  run({ sentences, mentions }) {
    const intros: PersonIntro[] = [];
    for (const s of sentences) {
      const inSentence = mentions.filter((m) => m.sentence === s.index);
      for (const m of s.text.matchAll(BEFORE)) {
        const name = m[2].replace(/['’]s$/, '');
        if (NOT_NAMES.test(name) || INSTITUTION.test(name)) continue;
        const titleWordStart = s.start + m.index;
        const nameStart = titleWordStart + m[0].length - m[2].length;
        const span = { start: nameStart, end: nameStart + name.length };
        // "founder of the charity Save Ukraine": a name holding a state or a body is theirs, not a person's.
        if (inSentence.some((x) => x.entity.label !== 'Person' && x.start < span.end && x.end > span.start)) continue;
        // Walk left over the words that belong to the title, up to the body it belongs to.
        let titleStart = titleWordStart;
        let body: Mention | undefined;
        for (;;) {
          const before = s.text.slice(0, titleStart - s.start);
          // "Ukraine's human rights ombudsman": the body may stand before the title as a possessive.
          const bodyEnd = s.start + before.trimEnd().replace(/['’]s$/, '').length;
          const mention = inSentence.find((x) => x.end === bodyEnd && before.length - before.trimEnd().length <= 1);
          if (mention && ['State', 'Organization'].includes(mention.entity.label)) {
            body = mention;
            break;
          }
          const word = /(\p{L}[\p{L}-]*)\s$/u.exec(before);
          // A capitalised word belongs to the title ("Crown Prince"), an article does not ("The head of …").
          if (!word || !(TITLE_MODIFIERS.has(word[1].toLowerCase()) || /^\p{Lu}/u.test(word[1])) || /^(?:The|A|An)$/.test(word[1]) || mention) break;
          titleStart -= word[0].length;
        }
        intros.push({
          ...cover({ start: body?.start ?? titleStart, end: titleStart }, span),
          sentence: s.index,
          person: personFor(name, inSentence, span),
          title: s.text.slice(titleStart - s.start, nameStart - s.start).trim().replace(/,$/, ''),
          body: body?.entity ?? null,
        });
      }
      for (const m of s.text.matchAll(AFTER)) {
        const name = m[1];
        if (NOT_NAMES.test(name)) continue;
        const span = { start: s.start + m.index, end: s.start + m.index + name.length };
        if (intros.some((p) => p.sentence === s.index && p.end === span.end)) continue;
        const titleSpan = { start: s.start + m.index + m[0].length - m[2].length, end: s.start + m.index + m[0].length };
        const bodyMention = inSentence.find((x) => x.start >= titleSpan.start && x.end <= titleSpan.end);
        const title = s.text.slice((bodyMention ? bodyMention.end : titleSpan.start) - s.start, titleSpan.end - s.start).replace(/^['’]s\s+|^the\s+|^an?\s+/, '').trim();
        intros.push({ ...cover(span, titleSpan), sentence: s.index, person: personFor(name, inSentence, span), title, body: bodyMention?.entity ?? null });
      }
    }
    // A new person's surname, alone later on, is that person.
    const extra: Mention[] = [];
    for (const intro of intros.filter((p) => !p.person.known)) {
      const surname = intro.person.name.split(/\s+/).pop()!;
      for (const s of sentences) {
        for (const m of s.text.matchAll(new RegExp(String.raw`(?<![\p{L}])${surname}(?![\p{L}])`, 'gu'))) {
          const start = s.start + m.index;
          if (mentions.some((x) => x.start <= start && x.end > start) || extra.some((x) => x.start === start)) continue;
          const full = start - intro.person.name.length + surname.length;
          const name = s.text.slice(full - s.start, start - s.start + surname.length) === intro.person.name;
          const from = name ? full : start;
          const possessive = /^['’]s\b/.test(s.text.slice(start - s.start + surname.length));
          extra.push({ start: from, end: start + surname.length, sentence: s.index, text: s.text.slice(from - s.start, start - s.start + surname.length), entity: intro.person, possessive });
        }
      }
    }
    return { people: dedupe(intros), mentions: [...mentions, ...extra].sort((a, b) => a.start - b.start) };
  },
};

function dedupe(intros: PersonIntro[]): PersonIntro[] {
  const seen = new Set<string>();
  return intros.filter((p) => {
    const key = `${p.sentence}:${p.person.id}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}
