// The time axis: exchanges placed on a real scale of days. A dated one is a
// mark on its day (sized by the people it returned), a bounded one a bar
// over the days it may fall on (an arrow where a bound is open), an undated
// one apart on the right. Drag across the axis to keep a range; "play"
// walks a window through time.
import { dayWords, eventDateWords, eventSpan } from './dates.js';
import { el, show } from './dom.js';

const SVG = 'http://www.w3.org/2000/svg';
const DAY = 86_400_000;
const W = 1000; // the drawing's own units; CSS scales it to the strip
const AXIS_Y = 64;
const svgEl = (tag, attributes = {}, ...children) => {
  const node = document.createElementNS(SVG, tag);
  for (const [k, v] of Object.entries(attributes)) if (v !== undefined && v !== null) node.setAttribute(k, String(v));
  node.append(...children.filter(Boolean));
  return node;
};
const shortName = (name) => (name.length > 34 ? `${name.slice(0, 32)}…` : name);
const ms = (iso) => Date.parse(`${iso}T00:00:00Z`);
// Brushed edges snap to the nearest day.
const iso = (t) => new Date(Math.round(t / DAY) * DAY).toISOString().slice(0, 10);

/** Six months either side of the known dates, whole years: a bounded event's open end still has room. */
function domainOf(exchanges) {
  const days = exchanges.flatMap((x) => eventSpan(x) ?? []).filter(Boolean);
  const years = days.map((day) => Number(day.slice(0, 4)));
  const lo = years.length ? Math.min(...years) : new Date().getUTCFullYear();
  const hi = years.length ? Math.max(...years) : lo;
  return [ms(`${lo - 1}-07-01`), ms(`${hi}-12-31`)];
}

export function createTimeline(container, exchanges, { onPick, onRange }) {
  const dated = exchanges.filter((x) => eventSpan(x));
  const undated = exchanges.filter((x) => !eventSpan(x));
  const [t0, t1] = domainOf(exchanges);
  const x = (t) => 20 + ((t - t0) / (t1 - t0)) * (W - 40);
  const tAt = (px) => t0 + ((px - 20) / (W - 40)) * (t1 - t0);
  let range = null;

  const svg = svgEl('svg', { viewBox: `0 0 ${W} 100`, class: 'axis', role: 'img', 'aria-label': 'Time axis of exchanges; drag to keep a range' });
  // Month ticks, years labelled.
  for (let d = new Date(t0); d.getTime() <= t1; d.setUTCMonth(d.getUTCMonth() + 1)) {
    const px = x(d.getTime());
    const january = d.getUTCMonth() === 0;
    svg.append(svgEl('line', { x1: px, x2: px, y1: AXIS_Y, y2: AXIS_Y + (january ? 10 : 4), class: 'tick' }));
    if (january) svg.append(svgEl('text', { x: px + 3, y: AXIS_Y + 22, class: 'year' }, document.createTextNode(String(d.getUTCFullYear()))));
  }
  svg.append(svgEl('line', { x1: 20, x2: W - 20, y1: AXIS_Y, y2: AXIS_Y, class: 'baseline' }));
  const brush = svgEl('rect', { class: 'brush', y: 4, height: AXIS_Y - 4, x: 0, width: 0, visibility: 'hidden' });
  svg.append(brush);

  // Marks on the same day share a lane row each, so none hides another.
  const lanes = new Map();
  dated.forEach((ev) => {
    const [lo, hi] = eventSpan(ev);
    const row = lanes.get(lo ?? hi) ?? 0;
    lanes.set(lo ?? hi, row + 1);
    const lane = 4 + (row % 3) * 19;
    const title = svgEl('title', {}, document.createTextNode(`${ev.name}: ${eventDateWords(ev)}`));
    const mark =
      lo && hi && lo === hi
        ? svgEl('circle', { cx: x(ms(lo)), cy: lane + 8, r: 4 + Math.min(5, Math.sqrt(ev.people ?? 0) / 5), class: 'mark dated' }, title)
        : svgEl(
            'g',
            { class: 'mark bounded' },
            title,
            svgEl('line', { x1: x(lo ? ms(lo) : t0) + (lo ? 0 : 6), x2: x(hi ? ms(hi) : t1) - (hi ? 0 : 6), y1: lane + 8, y2: lane + 8 }),
            lo ? svgEl('line', { x1: x(ms(lo)), x2: x(ms(lo)), y1: lane + 2, y2: lane + 14 }) : svgEl('path', { d: `M${x(t0)} ${lane + 8}l8 -5v10z` }),
            hi ? svgEl('line', { x1: x(ms(hi)), x2: x(ms(hi)), y1: lane + 2, y2: lane + 14 }) : svgEl('path', { d: `M${x(t1)} ${lane + 8}l-8 -5v10z` }),
          );
    mark.setAttribute('data-id', ev.id);
    mark.addEventListener('click', () => onPick(ev.id));
    svg.append(mark);
    // Its name beside it; the tooltip gives the date in words.
    const at = hi ? x(ms(hi)) : x(ms(lo));
    svg.append(svgEl('text', { x: at + 14, y: lane + 12, class: 'mark-label' }, document.createTextNode(shortName(ev.name))));
  });

  // Dragging draws the brush; a click without a drag leaves the range as it was.
  let start = null;
  const px = (event) => {
    const box = svg.getBoundingClientRect();
    return Math.min(W - 20, Math.max(20, ((event.clientX - box.left) / box.width) * W));
  };
  svg.addEventListener('pointerdown', (event) => {
    if (event.target.closest('.mark')) return;
    start = px(event);
    svg.setPointerCapture(event.pointerId);
  });
  svg.addEventListener('pointermove', (event) => {
    if (start === null) return;
    const now = px(event);
    drawBrush(Math.min(start, now), Math.max(start, now));
  });
  svg.addEventListener('pointerup', (event) => {
    if (start === null) return;
    const end = px(event);
    const [a, b] = [Math.min(start, end), Math.max(start, end)];
    start = null;
    if (b - a < 4) return;
    setRange([iso(tAt(a)), iso(tAt(b))]);
  });

  function drawBrush(a, b) {
    brush.setAttribute('x', String(a));
    brush.setAttribute('width', String(Math.max(1, b - a)));
    brush.setAttribute('visibility', 'visible');
  }
  const rangeText = el('span', { class: 'range-text', 'aria-live': 'polite' });
  function setRange(next, { silent = false } = {}) {
    range = next;
    if (range) drawBrush(x(ms(range[0])), x(ms(range[1])));
    else brush.setAttribute('visibility', 'hidden');
    rangeText.textContent = range ? `${dayWords(range[0])} – ${dayWords(range[1])}` : 'All dates';
    clear.disabled = !range;
    fromInput.value = range?.[0] ?? '';
    toInput.value = range?.[1] ?? '';
    if (!silent) onRange(range);
  }

  // Play: a 3-month window steps through the axis, a month at a time.
  let timer = null;
  const play = el('button', { type: 'button', class: 'play', 'aria-pressed': 'false', onclick: () => (timer ? stop() : go()) }, '▶ Play');
  function go() {
    let from = t0;
    play.textContent = '❚❚ Pause';
    play.setAttribute('aria-pressed', 'true');
    const step = () => {
      const to = new Date(from);
      to.setUTCMonth(to.getUTCMonth() + 3);
      if (from > t1) return stop();
      setRange([iso(from), iso(Math.min(to.getTime() - DAY, t1))]);
      const next = new Date(from);
      next.setUTCMonth(next.getUTCMonth() + 1);
      from = next.getTime();
    };
    step();
    timer = setInterval(step, 900);
  }
  function stop() {
    clearInterval(timer);
    timer = null;
    play.textContent = '▶ Play';
    play.setAttribute('aria-pressed', 'false');
  }
  // The same range by keyboard: two date fields.
  const typed = () => {
    if (fromInput.value && toInput.value && fromInput.value <= toInput.value) setRange([fromInput.value, toInput.value]);
  };
  const fromInput = el('input', { type: 'date', id: 'range-from', 'aria-label': 'Range from', onchange: typed });
  const toInput = el('input', { type: 'date', id: 'range-to', 'aria-label': 'Range to', onchange: typed });
  const clear = el('button', { type: 'button', onclick: () => { stop(); setRange(null); } }, 'All dates');

  show(
    container,
    el('div', { class: 'axis-wrap' }, svg),
    el(
      'div',
      { class: 'undated' },
      el('h3', {}, `Date not reported (${undated.length})`),
      el('ul', {}, undated.map((ev) => el('li', {}, el('button', { type: 'button', class: 'link', 'data-id': ev.id, title: ev.name, onclick: () => onPick(ev.id) }, ev.name)))),
    ),
    el('div', { class: 'axis-controls' }, play, clear, fromInput, '–', toInput, rangeText),
  );
  setRange(null, { silent: true });
  return {
    setRange: (next) => setRange(next, { silent: true }),
    /** Where a day lies on the page: for tests and keyboard brushing alike. */
    clientX(day) {
      const box = svg.getBoundingClientRect();
      return box.left + (x(ms(day)) / W) * box.width;
    },
    clientY() {
      const box = svg.getBoundingClientRect();
      return box.top + (AXIS_Y / 100) * box.height * 0.5;
    },
  };
}
