// The article reader: the text with the quoted passage highlighted (its
// sentence lightly, the quote strongly), and the facts the article states
// beside it, in the order the article states them.
import { articleWords } from './details.js';
import { el, show } from './dom.js';
import { glyph } from './labels.js';

/** The text split around the sentence and the quote, so they can be marked without HTML. */
function marked(text, sentence, quote) {
  const s = sentence ? text.indexOf(sentence) : -1;
  const q = quote ? text.indexOf(quote, Math.max(0, s)) : -1;
  if (q < 0) return [text];
  const from = s >= 0 && s <= q ? s : q;
  const to = s >= 0 && s + sentence.length >= q + quote.length ? s + sentence.length : q + quote.length;
  return [
    text.slice(0, from),
    el('span', { class: 'in-sentence' }, text.slice(from, q), el('mark', { id: 'quoted' }, quote), text.slice(q + quote.length, to)),
    text.slice(to),
  ];
}

/** Where the article first states a fact: the facts are listed in reading order. */
const firstPlace = (text, fact) => Math.min(...fact.evidence.map((e) => (text.indexOf(e.quote) + 1 || Infinity) - 1));

export function showArticle(panel, article, evidence, { onFact, onBack }) {
  const facts = [...article.facts].sort((a, b) => firstPlace(article.text, a) - firstPlace(article.text, b));
  show(
    panel,
    el('button', { type: 'button', class: 'link back', onclick: onBack }, '← Back to the details'),
    el('h2', { class: 'title' }, article.title ?? `Untitled article ${article.id.slice(0, 3)}`),
    el('p', { class: 'kind' }, articleWords(article.title, article.publishedAt, article.id).split(' · ').at(-1), ` · source ${article.id}`),
    el(
      'div',
      { class: 'reader' },
      el('article', { class: 'article-text', tabindex: '0', 'aria-label': 'Article text' }, marked(article.text.trim(), evidence?.sentence, evidence?.quote)),
      el(
        'section',
        { class: 'article-facts', 'aria-label': 'Facts from this article' },
        el('h3', {}, `Facts from this article (${facts.length})`),
        el(
          'ul',
          { class: 'facts' },
          facts.map((f) =>
            el(
              'li',
              { class: f.evidence.some((e) => e.id === evidence?.id) ? 'current' : null },
              el('button', { type: 'button', class: 'link', 'data-fact-id': f.id, onclick: () => onFact(f) }, glyph(f.label, 12), ` ${f.name}`),
            ),
          ),
        ),
      ),
    ),
  );
  panel.querySelector('#quoted')?.scrollIntoView({ block: 'center' });
}
