import { describe, expect, it } from '@jest/globals';
import { buildSchema, parse, validate } from 'graphql';
import { typeDefs } from '../../src/api/schema';
import { useSeededApi } from '../support/api';
import { screenshot, useBrowser, watchedPage } from './browser';

describe('GraphiQL at GET /graphql, offline', () => {
  const seeded = useSeededApi();
  const chromium = useBrowser();

  it('opens with the two users’ questions as valid operations, runs a query, and loads nothing from off the machine', async () => {
    const { page, problems } = await watchedPage(chromium.browser);
    const posted = (text: string) =>
      page.waitForResponse((r) => r.url() === seeded.api.url && r.request().method() === 'POST' && (r.request().postData() ?? '').includes(text));
    // The IDE is usable once it has the schema.
    const introspected = posted('IntrospectionQuery');
    await page.goto(seeded.api.url);
    await page.locator('.graphiql-container').waitFor();
    expect((await introspected).status()).toBe(200);

    const tabs = page.locator('.graphiql-tab');
    await expect(tabs.count()).resolves.toBe(3);
    const queries: string[] = [];
    for (let i = 0; i < 3; i++) {
      await tabs.nth(i).locator('button').first().click();
      queries.push(
        await page.evaluate<string>("document.querySelector('.graphiql-query-editor .CodeMirror').CodeMirror.getValue()"),
      );
    }
    expect(queries[0]).toContain('# Which exchanges did Turkey or the UAE mediate?');
    expect(queries[0]).toMatch(/exchanges\(where: \{ mediatedBy: "Turkey" \}\)/);
    expect(queries[0]).toMatch(/exchanges\(where: \{ mediatedBy: "UAE" \}\)/);
    expect(queries[1]).toContain('# Which exchanges involved Mariupol defenders?');
    expect(queries[1]).toMatch(/exchanges\(where: \{ involves: "Mariupol defenders" \}\)/);
    // Every example is valid against the API's schema as it stands.
    const schema = buildSchema(typeDefs().join('\n'));
    for (const query of queries) expect(validate(schema, parse(query)).map((e) => e.message)).toEqual([]);

    // The third tab runs against the API and shows the answer.
    const answered = posted('NeighbourhoodOfUAE');
    await page.click('.graphiql-execute-button');
    const answer = await answered;
    if (answer.status() !== 200) throw new Error(`GraphiQL's query got ${answer.status()}: ${await answer.text()} (sent ${answer.request().postData()})`);
    await page.locator('.graphiql-response').filter({ hasText: 'exchange-uae-2024' }).waitFor();
    expect(await page.locator('.graphiql-response').textContent()).toContain('This exchange, facilitated by officials from the United Arab Emirates');
    await screenshot(page, 'graphiql.png');

    expect(problems).toEqual([]);
  });

  it('leaves POST /graphql to Apollo, with CSRF prevention on', async () => {
    const post = await seeded.api.query('{ neighbourhood(id: "uae") { nodes { id } } }');
    expect(post.status).toBe(200);
    expect(post.errors).toBeUndefined();

    // A GET query without a preflight-forcing header is what CSRF prevention refuses.
    const simple = await fetch(`${seeded.api.url}?query=${encodeURIComponent('{ __typename }')}`);
    expect(simple.status).toBe(400);
    expect(await simple.text()).toContain('Cross-Site Request Forgery');
    const preflighted = await fetch(`${seeded.api.url}?query=${encodeURIComponent('{ __typename }')}`, { headers: { 'apollo-require-preflight': 'true' } });
    expect(await preflighted.json()).toMatchObject({ data: { __typename: 'Query' } });

    // A browser's page request gets the IDE, not Apollo's CDN landing page.
    const page = await fetch(seeded.api.url, { headers: { accept: 'text/html' } });
    const html = await page.text();
    expect(html).toContain('/graphiql/graphiql.min.js');
    expect(html).not.toMatch(/https?:\/\//);
  });
});
