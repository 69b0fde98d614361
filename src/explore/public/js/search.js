// Search as a combobox: suggestions as you type, arrows to move, Enter to
// open, Escape to close. Works with the keyboard alone. A search sent with
// Enter runs under the page's busy state until its node is open, so nothing
// (an analyst's next click, a test) acts on the view it is about to replace.
import * as api from './api.js';
import { el, show } from './dom.js';
import { glyph } from './labels.js';

/** `curatedOnly()` says whether the page shows curated facts only: then so do the hits. */
export function createSearch({ form, input, list, whileBusy, onOpen, onNothing, curatedOnly }) {
  let results = [];
  let active = -1;
  let asked = 0;

  const close = () => {
    list.hidden = true;
    input.setAttribute('aria-expanded', 'false');
    input.removeAttribute('aria-activedescendant');
    active = -1;
  };
  const render = () => {
    show(
      list,
      results.map((n, i) =>
        el(
          'li',
          { id: `hit-${i}`, role: 'option', 'aria-selected': i === active ? 'true' : 'false', 'data-id': n.id, onmousedown: (e) => { e.preventDefault(); pick(i); } },
          glyph(n.label, 14),
          ` ${n.name} `,
          el('span', { class: 'muted' }, n.label),
        ),
      ),
    );
    list.hidden = results.length === 0;
    input.setAttribute('aria-expanded', String(!list.hidden));
    if (active >= 0) input.setAttribute('aria-activedescendant', `hit-${active}`);
    else input.removeAttribute('aria-activedescendant');
  };
  const lookUp = async (text) => {
    const mine = ++asked;
    const found = await api.search(text, curatedOnly());
    if (mine !== asked) return null; // a later keystroke asked again
    results = found;
    return found;
  };
  const pick = (i) => {
    const hit = results[i];
    close();
    if (hit) {
      input.value = hit.name;
      onOpen(hit);
    }
  };

  let typing;
  input.addEventListener('input', () => {
    clearTimeout(typing);
    const text = input.value.trim();
    if (text.length < 2) return close();
    typing = setTimeout(() => {
      lookUp(text).then((found) => {
        if (!found) return;
        active = -1;
        render();
      }, () => undefined);
    }, 250);
  });
  input.addEventListener('keydown', (event) => {
    if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
      if (!results.length) return;
      event.preventDefault();
      const step = event.key === 'ArrowDown' ? 1 : -1;
      active = (active + step + results.length) % results.length;
      render();
    } else if (event.key === 'Escape') close();
  });
  input.addEventListener('blur', () => setTimeout(close, 150));
  form.addEventListener('submit', async (event) => {
    event.preventDefault();
    clearTimeout(typing);
    const text = input.value.trim();
    if (!text) return;
    if (active >= 0 && !list.hidden) return pick(active);
    // whileBusy shows a failure itself and answers undefined; a stale lookup answers null.
    const found = await whileBusy(`Searching “${text}”…`, () => lookUp(text));
    if (!found) return;
    if (!found.length) {
      close();
      onNothing(text);
      return;
    }
    pick(0);
  });
}
