// The timeline strip: exchanges in date order, undated ones apart.
import { el, show } from './dom.js';

/** What is known of an exchange's date, in words. */
export function dateText(p) {
  const precision = p.datePrecision;
  if (p.startDate && precision === 'day') return p.endDate ? `${p.startDate} – ${p.endDate}` : p.startDate;
  if (p.startDate && precision === 'month') return p.startDate.slice(0, 7);
  if (p.startDate && precision === 'year') return p.startDate.slice(0, 4);
  if (p.startDate) return p.startDate;
  if (p.notBefore && p.notAfter) return `between ${p.notBefore} and ${p.notAfter}`;
  if (p.notAfter) return `on or before ${p.notAfter}`;
  if (p.notBefore) return `on or after ${p.notBefore}`;
  return 'date unknown';
}

export function showTimeline(container, exchanges, onPick) {
  if (!exchanges.length) return show(container, el('p', { class: 'muted' }, 'No exchanges in the graph.'));
  const card = (x) =>
    el(
      'li',
      {},
      el(
        'button',
        { type: 'button', class: 'tl-card', 'data-id': x.id, title: x.name, onclick: () => onPick(x.id) },
        el('span', { class: 'tl-date' }, dateText(x)),
        el('span', { class: 'tl-name' }, x.name),
      ),
    );
  const known = (x) => x.startDate || x.notBefore || x.notAfter;
  const dated = exchanges.filter(known);
  const undated = exchanges.filter((x) => !known(x));
  show(
    container,
    el('ol', { class: 'tl-dated' }, dated.map(card)),
    undated.length ? el('div', { class: 'tl-undated' }, el('h3', {}, 'Date not reported'), el('ol', {}, undated.map(card))) : null,
  );
}
