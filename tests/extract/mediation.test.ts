import { describe, expect, it } from '@jest/globals';
import { extracted } from './harness';

const mediators = (text: string) => extracted(text).mediations.map((m) => [m.of, m.mediator.id, m.kind]);

describe('mediation', () => {
  it.each([
    ['This exchange of prisoners between Ukraine and Russia, facilitated by officials from the United Arab Emirates, was completed.', 'uae'],
    ['Ukraine and Russia swapped 90 prisoners each with the help of Qatar.', 'qatar'],
    ['Ukraine and Russia exchanged prisoners in a UAE-brokered swap.', 'uae'],
    ['Ukraine and Russia exchanged prisoners; Saudi Arabia mediated the deal.', 'saudi-arabia'],
  ])('DIRECT: %s', (text, mediator) => expect(mediators(text)).toEqual([['x1', mediator, 'DIRECT']]));

  it('a party is never its own mediator, and a state named only as a place of house arrest mediates nothing', () => {
    expect(mediators('Ukraine and Russia exchanged 100 prisoners. Five commanders had been under house arrest in Turkey.')).toEqual([]);
  });
});

describe('mediation: lists, agreements and talks', () => {
  it('every name listed after a mediator mediates too', () => {
    expect(mediators('Ukraine and Russia swapped 60 prisoners with the help of Turkey and the United Nations.')).toEqual([
      ['x1', 'turkey', 'DIRECT'],
      ['x1', 'united-nations', 'DIRECT'],
    ]);
  });

  it('a name after the last mediator that goes on to speak is the speaker, not one more mediator', () => {
    const text = 'Ukrainian human rights commissioner Dmytro Lubinets met reporters in Kyiv. Ukraine and Russia swapped 60 prisoners on Friday in a deal mediated by the United Nations, Lubinets said.';
    expect(mediators(text)).toEqual([['x1', 'united-nations', 'DIRECT']]);
  });

  it('an agreement brokered by a state is mediated by it, not the swap reported before', () => {
    expect(mediators('Ukraine and Russia exchanged 90 prisoners on 2 June 2025. The two sides then agreed to swap 500 more. The agreement was brokered by Qatar and the Emiratis.')).toEqual([
      ['n1', 'qatar', 'DIRECT'],
      ['n1', 'uae', 'DIRECT'],
    ]);
  });

  it('a swap agreed at talks in a third state\'s city was hosted by that state, as were the talks', () => {
    expect(mediators('Ukraine and Russia exchanged 300 prisoners each in a swap agreed at peace talks in Jeddah.')).toEqual([
      ['x1', 'saudi-arabia', 'HOSTED_TALKS'],
      ['n1', 'saudi-arabia', 'HOSTED_TALKS'],
    ]);
  });
});

describe('mediation: several events of one sentence', () => {
  it('a mediator after handovers each way mediates both', () => {
    expect(mediators('Five Ukrainian children have been returned to Ukraine and two Russian children to Russia through Qatari mediation.')).toEqual([
      ['r1', 'qatar', 'DIRECT'],
      ['r2', 'qatar', 'DIRECT'],
    ]);
  });
});

describe('mediation: talks that agreed a multi-day swap', () => {
  it('hosted the whole swap, not the day of it a sentence reports', () => {
    const text = 'Ukraine and Russia exchanged 200 prisoners each on Friday, the first day of a two-day swap. On Saturday, the second day, 100 more were exchanged by each side, as the two sides had agreed at the talks held in Jeddah.';
    const x = extracted(text, '2025-06-01');
    expect(x.events.map((e) => [e.key, e.phaseOf])).toEqual([['x1', null], ['x2', 'x1'], ['x3', 'x1']]);
    expect(x.mediations.map((m) => [m.of, m.mediator.id, m.kind])).toEqual([['x1', 'saudi-arabia', 'HOSTED_TALKS'], ['n1', 'saudi-arabia', 'HOSTED_TALKS']]);
  });
});

describe('mediation: a swap under an agreement reached in a third state’s city', () => {
  it.each([
    // Reported with the agreement: hosted by that state, as were the talks the agreement implies.
    ['Ukraine and Russia exchanged 90 prisoners each on Monday as part of an agreement reached in Jeddah.', [['n1', 'saudi-arabia', 'HOSTED_TALKS'], ['x1', 'saudi-arabia', 'HOSTED_TALKS']]],
    // Reported apart from an agreement not yet carried out: not agreed there.
    ['Ukraine and Russia exchanged 90 prisoners each on Monday. An agreement reached in Jeddah in May to swap 500 more has yet to be carried out.', [['n1', 'saudi-arabia', 'HOSTED_TALKS']]],
  ])('%s', (text, expected) => expect(mediators(text)).toEqual(expected));
});

describe('mediation: what a mediator of a sentence without an event mediates', () => {
  it('"It was hosted by … and mediated by the UN" after talks: the talks, not a swap reported later', () => {
    expect(mediators('Talks on prisoners between Ukraine and Russia in Geneva ended on Monday. It was mediated by the United Nations. Separately, Ukraine and Russia exchanged 40 prisoners.')).toEqual([
      ['n1', 'united-nations', 'DIRECT'],
      ['n1', 'switzerland', 'HOSTED_TALKS'],
    ]);
  });

  it('help with something no swap (a handover of remains) reported before a swap mediates nothing', () => {
    expect(mediators('The repatriation was carried out with the assistance of the United Nations. Later, Ukraine and Russia exchanged 40 prisoners.')).toEqual([]);
  });

  it('a lead that names the swap before the sentence reporting it gives the swap its mediator', () => {
    expect(mediators('Officials said the swap had been mediated by Qatar. Ukraine and Russia exchanged 40 prisoners on Friday.')).toEqual([['x1', 'qatar', 'DIRECT']]);
  });

  it('"mediation by Qatar" is DIRECT; mediation "since 2024" is a running total’s, not the swap’s', () => {
    expect(mediators('Ukraine and Russia exchanged 40 prisoners through mediation by Qatar.')).toEqual([['x1', 'qatar', 'DIRECT']]);
    expect(mediators('Ukraine and Russia exchanged 40 prisoners. The swap brought the number freed through Emirati mediation since 2024 to 5,000.')).toEqual([]);
  });
});

describe('mediation: a person acts for the state their title names', () => {
  it('a demonym in the title: the state mediates, not the person', () => {
    expect(mediators('Ukraine and Russia exchanged 50 prisoners each on Monday. Turkish Foreign Minister Ahmet Yilmaz mediated the swap.')).toEqual([['x1', 'turkey', 'DIRECT']]);
  });

  it('an apposition names the office\'s owner ("the pope\'s envoy"), not the state the office is for', () => {
    const text = "Russia handed back 12 Ukrainian civilians without an exchange on Tuesday, with the help of Cardinal Pietro Rossi, the pope's envoy for Ukraine.";
    expect(mediators(text)).toEqual([['r1', 'vatican', 'DIRECT']]);
  });

  it('named again later by surname, a person still acts for the state of the title they were introduced with', () => {
    const text = 'Turkish Foreign Minister Ahmet Yilmaz met the Ukrainian and Russian delegations on Sunday. Ukraine and Russia exchanged 50 prisoners each on Monday. Yilmaz mediated the swap.';
    expect(mediators(text)).toEqual([['x1', 'turkey', 'DIRECT']]);
  });

  it('a person whose title names a party mediates nothing', () => {
    expect(mediators('Ukraine and Russia exchanged 50 prisoners each on Monday. Ukrainian intelligence chief Ivan Petrenko brokered the swap.')).toEqual([]);
  });
});
