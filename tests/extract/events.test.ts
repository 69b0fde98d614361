import { describe, expect, it } from '@jest/globals';
import { buildAliasIndex } from '../../src/extract/gazetteer';
import { extract } from '../../src/extract/pipeline';
import { extracted } from './harness';

const events = (text: string, publishedAt?: string) =>
  extracted(text, publishedAt).events.map((e) => ({ kind: e.kind, sides: e.sides.map((s) => s?.id ?? null), date: e.date, phaseOf: e.phaseOf, sentences: e.evidence.map((x) => x.sentence) }));

describe('events', () => {
  it('one exchange, later sentences about it add evidence', () => {
    expect(events('Ukraine and Russia exchanged 100 prisoners on 3 May 2025. The exchange was the tenth this year.')).toEqual([
      { kind: 'exchange', sides: ['ukraine', 'russia'], date: { start: '2025-05-03', precision: 'day' }, phaseOf: null, sentences: [0, 1] },
    ]);
  });

  it('the headline and the dateline’s city name no side: they only repeat the body and say where it was filed', () => {
    const text = 'Doha talks end without a deal in Doha\nDOHA, March 25, 2025\n\nRussia and Ukraine exchanged 40 prisoners each on Monday. Qatar welcomed it.';
    const span = (s: string) => ({ start: text.indexOf(s), end: text.indexOf(s) + s.length });
    const input = { id: 't', text, publishedAt: '2025-03-25', headline: span('Doha talks end without a deal in Doha'), dateline: span('DOHA, March 25, 2025') };
    const { extraction } = extract(input, buildAliasIndex([]));
    expect([extraction.parties.map((p) => p.id), extraction.events.map((e) => e.sides.map((s) => s?.id))]).toEqual([['russia', 'ukraine'], [['russia', 'ukraine']]]);
  });

  it('a state that "helps" (a mediator named before its verb) is not a side, even when the article names it as often', () => {
    expect(events('Qatar helps return 48 children. Russia and Ukraine exchanged prisoners on 11 March 2026.')[0].sides).toEqual(['russia', 'ukraine']);
  });

  it('the war\'s two sides are the parties even where a state people crossed from is named more often', () => {
    const text = 'Ukrainians crossed the border from Belarus on Friday. Buses left Belarus at noon and the Belarusian guards waved them through. Russia sent 90 Ukrainians home.';
    const { extraction } = extract({ id: 't', text, publishedAt: '2025-03-29' }, buildAliasIndex([]));
    expect(extraction.parties.map((p) => p.id).sort()).toEqual(['russia', 'ukraine']);
  });

  it('a report in a dated article without a date of its own gets that date as its latest', () => {
    expect(events('Russia and Ukraine have conducted a prisoner exchange.', '2024-01-04')[0].date).toEqual({ precision: 'unknown', notAfter: '2024-01-04' });
  });

  it.each([
    ['Ukraine and Russia agreed to exchange 1,000 prisoners each.'],
    ['Russia and Ukraine plan to swap 500 prisoners next week.'],
    ['The exchange has not yet taken place, Ukraine said of Russia.'],
    ['Talks between Ukraine and Russia on a swap collapsed.'],
    ['No exchange of prisoners between Russia and Ukraine took place last week, Kyiv said.'],
    ['Ukraine and Russia said the handover of remains was completed on Monday, apart from any prisoner exchange.'],
  ])('no event: %s', (text) => expect(events(text)).toEqual([]));

  it('people handed back without an exchange are a release, from the other side to their own', () => {
    expect(events('Ukraine and Russia swapped 200 prisoners. Separately, 75 Russian prisoners were handed back without an exchange.')).toEqual([
      expect.objectContaining({ kind: 'exchange' }),
      expect.objectContaining({ kind: 'release', sides: ['ukraine', 'russia'], sentences: [1] }),
    ]);
  });

  it('an earlier exchange is another event; a further day is a phase', () => {
    const found = events(
      'Ukraine and Russia exchanged 390 prisoners on 23 May 2025. The most recent exchange earlier this month saw 200 return. On the second day, Ukraine and Russia swapped 307 more.',
      '2025-05-25',
    );
    expect(found.map((e) => [e.sentences[0], e.phaseOf])).toEqual([[0, null], [1, null], [2, 'x2']]);
  });
});

describe('events: negation, hedging and what is not a swap', () => {
  it.each([
    ['There was no exchange yesterday, the ministry in Moscow said of Ukraine.'],
    ['No captives were swapped after the meeting between Ukraine and Russia.'],
    ['Posts on Telegram suggest that Ukraine and Russia exchanged 20 soldiers near Sumy.'],
    ['Ukraine and Russia exchanged 30 soldiers each, a claim that could not be independently verified.'],
    ['Ukraine handed over the bodies of 400 Russian soldiers to Russia.'],
    ['Ukraine says 4,100 of its citizens have been freed from Russia in 60 exchanges since 2022.'],
    ['Ukraine handed over new lists to Russia, officials said.'],
    // Unofficial voices that claim, and a newsroom that could not verify (active voice): hedged.
    ['Videos shared by military bloggers claimed that Ukraine and Russia had swapped 12 soldiers near Kharkiv.'],
    ['Reuters could not independently verify that Ukraine and Russia had exchanged 12 soldiers.'],
    // A habit, not a report of one swap.
    ['Exchanges between Ukraine and Russia are usually carried out on the Belarusian border.'],
  ])('no event: %s', (text) => expect(events(text, '2025-06-10')).toEqual([]));

  it.each([
    ['Russia returned four Ukrainian children to Ukraine. The handover was not part of any prisoner exchange, officials said.'],
    ['Russia freed 12 sick Ukrainian prisoners without asking for anything in return.'],
    ['Seven Ukrainian children were returned to Ukraine from Russia. It was in no way an exchange, the mediator said.'],
  ])('a release, not an exchange: %s', (text) => expect(events(text, '2025-06-10').map((e) => e.kind)).toEqual(['release']));

  it('a continuation that says nothing of an exchange does not turn an earlier report into a release', () => {
    expect(events('Russia said its released servicemen were in Belarus. Later, Moscow said 20 Ukrainian soldiers were handed back without an exchange.', '2025-06-10').map((e) => e.kind)).toEqual(['release']);
  });

  it('sentences about a release go on about it, not about a new exchange', () => {
    expect(events('Russia freed nine Ukrainian children without an exchange. "Nine children came home," Ukraine said.', '2025-06-10')).toEqual([
      expect.objectContaining({ kind: 'release', sentences: [0, 1] }),
    ]);
  });
});

describe('events: dates that date the event', () => {
  it('the day something was said is not the day it happened', () => {
    expect(events('Ukraine and Russia swapped 50 prisoners, Kyiv said on Friday.', '2025-06-10')[0].date).toEqual({ precision: 'unknown', notAfter: '2025-06-10' });
  });

  it('a year in passing dates no swap; a swap in another year is another event', () => {
    const found = events(
      'Ukraine and Russia exchanged 60 prisoners on 3 June 2025. Among the Ukrainians freed were soldiers held since the fall of Mariupol in 2022. One man had himself been freed in a swap in 2023.',
      '2025-06-10',
    );
    expect(found.map((e) => [e.date, e.sentences])).toEqual([
      [{ start: '2025-06-03', precision: 'day' }, [0, 1]],
      [{ start: '2023-01-01', precision: 'year' }, [2]],
    ]);
  });

  it('a quote or a later sentence dated like an event already found speaks of it', () => {
    const found = events(
      'Ukraine and Russia exchanged 80 prisoners on Sunday. "Today, 80 of ours came home," Ukraine said. In a separate swap on Friday, 20 wounded soldiers were returned to Ukraine by Russia. The 80 Russians freed on Sunday went to Belarus.',
      '2025-06-10',
    );
    expect(found.map((e) => e.sentences)).toEqual([[0, 1, 3], [2]]);
  });

  it('the first day of a multi-day swap is a phase of it', () => {
    const found = events('Ukraine and Russia completed a two-day swap of 500 prisoners each. On the first day, 200 prisoners were exchanged.', '2025-06-10');
    expect(found.map((e) => e.phaseOf)).toEqual([null, 'x1']);
  });
});

describe('events: verbs and finer dates', () => {
  it('"traded" reports a swap', () => {
    expect(events('The day before, Ukraine and Russia traded 12 wounded captives.', '2025-06-10')).toEqual([
      expect.objectContaining({ kind: 'exchange', date: { start: '2025-06-09', precision: 'day' } }),
    ]);
  });

  it('a later sentence with a finer date that agrees with the first dates the event', () => {
    expect(events('Ukraine and Russia swapped prisoners this month. Kyiv said 95 Ukrainians were freed in last Tuesday\'s exchange with Russia.', '2024-10-19')[0].date).toEqual({
      start: '2024-10-15',
      precision: 'day',
    });
  });
});

describe('events: totals, talks and impossible dates', () => {
  it.each([
    ['Ukraine and Russia have carried out dozens of exchanges since the full-scale invasion.'],
    ['Ukraine says 2,000 of its citizens came home from Russia in 40 exchanges.'],
  ])('counts of exchanges report none: %s', (text) => expect(events(text, '2025-06-10')).toEqual([]));

  it('a running total that names the exchange just reported adds to it', () => {
    expect(events('Ukraine and Russia swapped 80 prisoners on Sunday. With this weekend\'s exchange, 5,100 Ukrainians have come home since the start of the war.', '2025-06-10')).toEqual([
      expect.objectContaining({ sentences: [0, 1] }),
    ]);
  });

  it('the date of the talks that agreed a swap, or a date after the article, is not the date of the swap', () => {
    expect(events('The exchange between Ukraine and Russia, agreed at talks in Istanbul last month, took place in two stages.', '2025-06-10')[0].date).toEqual({
      precision: 'unknown',
      notAfter: '2025-06-10',
    });
    expect(events('The handover came a week after Russia and Ukraine exchanged 84 prisoners each.', '2025-06-10')[0].date).toEqual({ precision: 'unknown', notAfter: '2025-06-10' });
  });

  it('a later sentence about the handovers dates the release', () => {
    expect(events('Russia returned six Ukrainian children to Ukraine without an exchange. The handovers took place on Sunday.', '2025-06-10')).toEqual([
      expect.objectContaining({ kind: 'release', date: { start: '2025-06-08', precision: 'day' }, sentences: [0, 1] }),
    ]);
  });
});

describe('events: clauses that report an event of their own', () => {
  it('"the first since <date>, when …" reports the earlier event, dated by the date before "when"', () => {
    const found = events('Ukraine and Russia swapped 60 prisoners on Monday. It was the first swap since early April, when 80 Ukrainians were freed in an exchange.', '2024-06-12');
    expect(found.map((e) => [e.kind, e.date, e.sentences])).toEqual([
      ['exchange', { start: '2024-06-10', precision: 'day' }, [0]],
      ['exchange', { start: '2024-04-01', precision: 'month' }, [1]],
    ]);
  });

  it('a lead that says "without an exchange" makes the "when" clause a release, with its sides', () => {
    const found = events('Russia freed 20 sick Ukrainian prisoners without an exchange on Tuesday. It was the first such handover since May, when Ukraine sent six Russian soldiers home.', '2024-11-20');
    expect(found.map((e) => [e.kind, e.sides, e.date])).toEqual([
      ['release', ['russia', 'ukraine'], { start: '2024-11-19', precision: 'day' }],
      ['release', ['ukraine', 'russia'], { start: '2024-05-01', precision: 'month' }],
    ]);
  });

  it('"began on <day>, when …, and continued on <day>" gives two days of the swap just reported, and the whole begins with the first', () => {
    const found = events(
      'Russia and Ukraine on Monday finished a prisoner swap, each handing over 100 soldiers on the third and final day. The swap began on Saturday, when 200 people were released by each side, and continued on Sunday with 150 more each.',
      '2024-07-16',
    );
    expect(found.map((e) => [e.date.start, e.phaseOf])).toEqual([
      ['2024-07-13', null],
      ['2024-07-15', 'x1'],
      ['2024-07-13', 'x1'],
      ['2024-07-14', 'x1'],
    ]);
  });

  it('a day of the swap named again by its ordinal is the phase already found', () => {
    const found = events('Ukraine and Russia completed a two-day swap. On the first day, Monday, 50 were exchanged. On Tuesday, a further 40 were exchanged. The soldiers released on the second day were wounded.', '2024-07-17');
    expect(found.map((e) => e.sentences)).toEqual([[0], [1], [2, 3]]);
  });
});

describe('events: returns that are not exchanges, and swaps dated from another day', () => {
  it('a return later said to be "not part of any exchange" is a release, with the date a later sentence gives', () => {
    const found = events(
      'Four Ukrainian civilians have been returned to Ukraine from Russia. The civilians crossed into Ukraine on Monday. Officials in Kyiv thanked the mediators. The ombudsman said the return was not part of any prisoner exchange.',
      '2024-03-06',
    );
    expect(found).toEqual([expect.objectContaining({ kind: 'release', sides: ['russia', 'ukraine'], date: { start: '2024-03-04', precision: 'day' } })]);
  });

  it.each([
    ['Ukrainian ombudsman Taras Melnyk said nine children had been brought back last week with the help of Qatar. Russia and Ukraine still hold thousands.', ['russia', 'ukraine']],
    ['Russian ombudsman Olga Petrova said nine children had been brought back last week with the help of Qatar. Russia and Ukraine still hold thousands.', ['ukraine', 'russia']],
  ])('brought back home, no state named: home is the reporting official’s side (%s)', (text, sides) => {
    expect(events(text, '2024-03-06').map((e) => [e.kind, e.sides])).toEqual([['release', sides]]);
  });

  it('people handed back each way in one clause are a release per direction; a later sentence dates both', () => {
    const text = 'Five Ukrainian children have been returned to Ukraine and two Russian children to Russia through Qatar. The handovers took place on Tuesday.';
    expect(events(text, '2024-03-08').map((e) => [e.kind, e.sides, e.date])).toEqual([
      ['release', ['russia', 'ukraine'], { start: '2024-03-05', precision: 'day' }],
      ['release', ['ukraine', 'russia'], { start: '2024-03-05', precision: 'day' }],
    ]);
  });

  it('people not asked for in return are no handover the other way', () => {
    expect(events('Russia has released 20 sick Ukrainian prisoners without an exchange, and no Russian soldiers were asked for in return.', '2024-03-08').map((e) => [e.kind, e.sides])).toEqual([
      ['release', ['russia', 'ukraine']],
    ]);
  });

  it('a release a third party brokered is a release of its own, from and to where the next sentence flies the people', () => {
    const text = 'Ukraine and Russia exchanged 100 prisoners each on Monday. Separately, Qatari Prime Minister Omar Haddad brokered the release of six foreign fighters who had fought for Ukraine. They were flown from Russia to Doha.';
    const x = extracted(text, '2024-03-08');
    expect(x.events.map((e) => [e.key, e.kind, e.sides.map((s) => s?.id ?? null)])).toEqual([
      ['x1', 'exchange', ['ukraine', 'russia']],
      ['r2', 'release', ['russia', 'qatar']],
    ]);
    expect(x.mediations.map((m) => [m.of, m.mediator.id])).toEqual([['r2', 'qatar']]);
  });

  it('children handed back with no exchange named are a release', () => {
    expect(events('Six children were brought back to Ukraine from Russia last week.', '2024-03-06').map((e) => [e.kind, e.date])).toEqual([
      ['release', { precision: 'unknown', notAfter: '2024-03-03' }],
    ]);
  });

  it('"came a week after <swap>" dates that swap a week before, even when the sentence ends on a running total', () => {
    const found = events(
      'Russia freed three Ukrainian children without an exchange on Friday. Friday\'s handover came a week after Russia and Ukraine exchanged 50 prisoners each in a swap brokered by Qatar, which has helped return 200 people since 2023.',
      '2024-03-09',
    );
    expect(found.map((e) => [e.kind, e.date])).toEqual([
      ['release', { start: '2024-03-08', precision: 'day' }],
      ['exchange', { start: '2024-03-01', precision: 'day' }],
    ]);
  });
});

describe('hedging: a sentence that only doubts the report before it flags that report’s claims', () => {
  const flags = (text: string) => extracted(text, '2025-06-10').figures.map((f) => [f.value, f.flag]);

  it.each([
    ['Kyiv said Russia had freed 40 Ukrainian soldiers. The figures could not be independently verified. Ukraine and Russia exchanged 60 prisoners on Monday.'],
    ['Kyiv said Russia had freed 40 Ukrainian soldiers. These claims remain unverified. Ukraine and Russia exchanged 60 prisoners on Monday.'],
  ])('%s', (text) => expect(flags(text)).toEqual([[40, 'unverified'], [60, null]]));

  it('a report through posts on Telegram is flagged, and adds no event', () => {
    const x = extracted('Ukraine and Russia exchanged 60 prisoners on Monday. Posts on Telegram suggest that 15 more soldiers were freed near Sumy.', '2025-06-10');
    expect([x.events.length, x.figures.map((f) => [f.value, f.flag])]).toEqual([1, [[60, null], [15, 'unverified']]]);
  });
});
