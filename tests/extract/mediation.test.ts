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
