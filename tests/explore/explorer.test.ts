import { describe, expect, it } from '@jest/globals';
import type { Page } from 'playwright-core';
import { useSeededApi } from '../support/api';
import { screenshot, useBrowser, watchedPage } from './browser';

/** What the page exposes of Cytoscape, as far as the test needs it. */
interface Cy {
  getElementById(id: string): {
    nonempty(): boolean;
    hasClass(c: string): boolean;
    renderedPosition(): { x: number; y: number };
    renderedMidpoint(): { x: number; y: number };
  };
  nodes(): { length: number };
  container(): { getBoundingClientRect(): { left: number; top: number } };
}

/** Where an element of the graph is on the page (nodes at their centre, edges at their midpoint). */
async function pointOf(page: Page, id: string, kind: 'node' | 'edge'): Promise<{ x: number; y: number }> {
  return page.evaluate(
    ({ id, kind }) => {
      const cy = (globalThis as unknown as { explorer: { cy: Cy } }).explorer.cy;
      const element = cy.getElementById(id);
      const p = kind === 'node' ? element.renderedPosition() : element.renderedMidpoint();
      const box = cy.container().getBoundingClientRect();
      return { x: box.left + p.x, y: box.top + p.y };
    },
    { id, kind },
  );
}

/** Waits (up to 10 s) for `selector` to show `text`, then asserts it: a failure names both. */
async function expectText(page: Page, selector: string, text: string): Promise<void> {
  await page
    .locator(selector)
    .filter({ hasText: text })
    .first()
    .waitFor({ timeout: 10_000 })
    .catch(() => undefined);
  expect((await page.locator(selector).allTextContents()).join(' | ')).toContain(text);
}

async function idle(page: Page): Promise<void> {
  await page.waitForFunction("!document.body.classList.contains('is-busy')");
}

const MEDIATED_BY = 'exchange-uae-2024>MEDIATED_BY>uae';
const QUOTE = 'This exchange, facilitated by officials from the United Arab Emirates';

describe('the explorer at /explore, in a real browser', () => {
  const seeded = useSeededApi();
  const chromium = useBrowser();
  const base = (): string => seeded.api.url.replace(/\/graphql$/, '');

  it('finds UAE by its alias, expands a node, shows an edge’s evidence, a path and the timeline, without a console error', async () => {
    const { page, problems } = await watchedPage(chromium.browser);
    await page.goto(`${base()}/explore`);

    // Before any search: an empty state that says what to do, and the timeline of exchanges.
    await expectText(page, '#status', 'Search for an entity');
    await page.locator('#timeline [data-id="exchange-uae-2024"]').waitFor();
    expect(await page.locator('#timeline .tl-card').count()).toBe(
      ((await seeded.db.read('MATCH (x:Exchange) RETURN count(x) AS n'))[0].n as number),
    );

    // Search by alias: the UAE and its neighbourhood are drawn.
    await page.fill('#search-text', 'UAE');
    await page.press('#search-text', 'Enter');
    await page.waitForFunction("explorer.cy.getElementById('uae').nonempty() && explorer.cy.getElementById('exchange-uae-2024').nonempty()");
    await idle(page);
    await expectText(page, '#details .title', 'United Arab Emirates');

    // Click the MEDIATED_BY edge on the canvas: its evidence quote and article appear.
    const edge = await pointOf(page, MEDIATED_BY, 'edge');
    await page.mouse.click(edge.x, edge.y);
    await expectText(page, '#details .title', 'MEDIATED_BY');
    await expectText(page, '#details .quote', QUOTE);
    await expectText(page, '#details .source', '004_6e72fc995c898aae');

    // Click the exchange: it expands (its groups and sides appear) and lists its relationships.
    const before = await page.evaluate<number>('explorer.cy.nodes().length');
    const exchange = await pointOf(page, 'exchange-uae-2024', 'node');
    await page.mouse.click(exchange.x, exchange.y);
    await page.waitForFunction(`explorer.cy.nodes().length > ${before}`);
    await idle(page);
    expect(await page.evaluate("explorer.cy.getElementById('russia').nonempty()")).toBe(true);
    await expectText(page, '#details .title', 'UAE-facilitated exchange');

    // The relationship list opens the same evidence.
    await page.click(`#details [data-edge-id="${MEDIATED_BY}"]`);
    await expectText(page, '#details .quote', QUOTE);
    await screenshot(page, 'explorer.png');

    // Filter by label: unticking State hides the states.
    await page.uncheck('#labels input[value="State"]');
    expect(await page.evaluate("explorer.cy.getElementById('uae').hasClass('filtered')")).toBe(true);
    await page.check('#labels input[value="State"]');
    expect(await page.evaluate("explorer.cy.getElementById('uae').hasClass('filtered')")).toBe(false);

    // A path between two picked nodes: from the UAE (reached from the edge's panel) to Mariupol.
    await page.click('#details .edge-ends button:has-text("United Arab Emirates")');
    await page.click('#details button:has-text("Path from here")');
    await page.fill('#search-text', 'Mariupol');
    await page.press('#search-text', 'Enter');
    await page.waitForFunction("explorer.cy.getElementById('mariupol').nonempty()");
    await idle(page);
    await page.click('#details button:has-text("Path to here")');
    await page.click('#path-show');
    await expectText(page, '#notice', 'Path (');
    expect(await page.evaluate("explorer.cy.getElementById('mariupol').hasClass('on-path')")).toBe(true);

    await screenshot(page, 'explorer-path.png');

    expect(problems).toEqual([]);
  });

  it('says so when nothing matches, instead of drawing a blank', async () => {
    const { page, problems } = await watchedPage(chromium.browser);
    await page.goto(`${base()}/explore`);
    await page.fill('#search-text', 'Atlantis');
    await page.press('#search-text', 'Enter');
    await expectText(page, '#status', 'Nothing is named “Atlantis”');
    expect(problems).toEqual([]);
  });
});
