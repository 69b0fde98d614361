import { describe, expect, it } from '@jest/globals';
import { extracted } from './harness';

const figures = (text: string) =>
  extracted(text).figures.map((f) => [f.value, f.returnedTo?.id ?? null, f.releasedBy?.id ?? null, f.claimant?.id ?? null, f.status, f.flag]);

describe('figures', () => {
  it('"each side releasing 390": one figure per direction; the breakdown shares them', () => {
    expect(figures('On 23 May 2025, Ukraine and Russia exchanged prisoners, with each side releasing 390 captives—270 soldiers and 120 civilians.')).toEqual([
      [390, 'ukraine', 'russia', null, 'reported', null],
      [390, 'russia', 'ukraine', null, 'reported', null],
      [270, 'ukraine', 'russia', null, 'reported', null],
      [270, 'russia', 'ukraine', null, 'reported', null],
      [120, 'ukraine', 'russia', null, 'reported', null],
      [120, 'russia', 'ukraine', null, 'reported', null],
    ]);
  });

  it('two directions with two claimants in one sentence, both unverifiable', () => {
    expect(figures('Ukraine and Russia have conducted a prisoner exchange. The figures cannot be independently verified, but Ukrainian officials have reported that 230 of their service members returned home, while Russia stated that 248 of its prisoners were released.')).toEqual([
      [230, 'ukraine', 'russia', 'ukraine', 'reported', 'unverified'],
      [248, 'russia', 'ukraine', 'russia', 'reported', 'unverified'],
    ]);
  });

  it('"freed 40 of its soldiers in exchange for 12 captured servicemen"', () => {
    expect(figures('Ukraine freed 40 of its soldiers in exchange for 12 captured servicemen from Russia.')).toEqual([
      [40, 'ukraine', 'russia', null, 'reported', null],
      [12, 'russia', 'ukraine', null, 'reported', null],
    ]);
  });

  it('a running total belongs to no event; a planned count is planned; ages and years are no counts', () => {
    expect(figures('Russia and Ukraine swapped prisoners. As of now, 4,757 Ukrainian citizens have been released since March 2022. They plan to swap 1,000 prisoners each. All were under the age of 25 in 2022.')).toEqual([
      [4757, 'ukraine', 'russia', null, 'cumulative', null], // Ukrainians released over the war: from Russia
      [1000, 'russia', 'ukraine', null, 'planned', null],
      [1000, 'ukraine', 'russia', null, 'planned', null],
    ].sort((a, b) => (a[0] as number) - (b[0] as number) || 0).reverse());
  });
});

describe('figures: direction and claimant', () => {
  it('"in exchange for N Russian servicemen": those go to Russia, whoever the subject is', () => {
    expect(figures('Russia freed 60 Ukrainian prisoners in exchange for 41 Russian servicemen.')).toEqual([
      [60, 'ukraine', 'russia', null, 'reported', null],
      [41, 'russia', 'ukraine', null, 'reported', null],
    ]);
  });

  it.each([
    ['Ukraine and Russia swapped prisoners on Monday, when 250 people were released by each side.', 250],
    ['Ukraine and Russia traded 14 wounded captives on a one-for-one basis.', 14],
    ['The swap between Ukraine and Russia went on with 90 more each.', 90],
  ])('one figure per direction when the sentence says so after the number: %s', (text, n) => {
    expect(figures(text).map((f) => f.slice(0, 3))).toEqual([
      [n, 'ukraine', 'russia'],
      [n, 'russia', 'ukraine'],
    ]);
  });

  it('a count joined by "and" to one with a direction shares it', () => {
    expect(figures('Russia and Ukraine swapped prisoners: 90 Ukrainian soldiers and 12 civilians came home.').map((f) => f.slice(0, 3))).toEqual([
      [90, 'ukraine', 'russia'],
      [12, 'ukraine', 'russia'],
    ]);
  });

  it('number words times a hundred; people still held or deported are no figures', () => {
    expect(figures('Russia and Ukraine swapped prisoners. Four hundred Ukrainian soldiers came home. Some 8,000 Ukrainians remain in Russian captivity, and 19,000 children were deported.').map((f) => f.slice(0, 3))).toEqual([
      [400, 'ukraine', 'russia'],
    ]);
  });

  it('the claimant named after the figure, or by pronoun, is the sentence\'s speaker', () => {
    expect(
      figures('Russia and Ukraine swapped prisoners. Russia freed 60 Ukrainian soldiers, Ukrainian officials say. The Russian Defence Ministry confirmed the swap. It said 40 Russian servicemen had returned.').map((f) => [f[0], f[3]]),
    ).toEqual([
      [60, 'ukraine'],
      [40, 'russia-mod'],
    ]);
  });
});

describe('figures: where people went when the count does not say', () => {
  it('"Among the Ukrainians freed were N …" went to Ukraine', () => {
    expect(figures('Ukraine and Russia swapped prisoners. Among the Ukrainians freed were 12 medics.').map((f) => f.slice(0, 3))).toEqual([[12, 'ukraine', 'russia']]);
  });

  it('a side saying its servicemen had been returned speaks of its own people', () => {
    expect(figures('Ukraine and Russia swapped prisoners. The Russian Defence Ministry said 30 servicemen had been returned.').map((f) => f.slice(0, 4))).toEqual([[30, 'russia', 'ukraine', 'russia-mod']]);
  });

  it('a side\'s own people taken to a third state for treatment still went home to their side', () => {
    expect(figures('Ukraine and Russia swapped prisoners. The 40 Russian servicemen were taken to Belarus for treatment.').map((f) => f.slice(0, 3))).toEqual([[40, 'russia', 'ukraine']]);
  });

  it('a count with a side and no event still came from the other side', () => {
    expect(figures('Five hundred Ukrainian prisoners have come home from Russia, officials said.').map((f) => f.slice(0, 3))).toEqual([[500, 'ukraine', 'russia']]);
  });
});

describe('figures: counts the sentence states without a noun after the number', () => {
  it('"handing over N": "over" is the verb\'s, not "more than"', () => {
    const x = extracted('Kyiv and Moscow traded captives again on Tuesday, each handing over 84 soldiers at the border.').figures;
    expect(x.map((f) => [f.value, f.qualifier, f.returnedTo?.id, f.releasedBy?.id])).toEqual([
      [84, 'exact', 'ukraine', 'russia'],
      [84, 'exact', 'russia', 'ukraine'],
    ]);
  });

  it('"N were released by each side" and "the number freed by each side to N"', () => {
    expect(figures('Ukraine and Russia swapped captives on Monday, when 64 were released by each side. The swap brings the number freed by each side this year to 410.').map((f) => f.slice(0, 3))).toEqual([
      [64, 'ukraine', 'russia'],
      [64, 'russia', 'ukraine'],
      [410, 'ukraine', 'russia'],
      [410, 'russia', 'ukraine'],
    ]);
  });

  it('a mediator\'s running total: "brought the number of captives released through its efforts to N", by the state that says it', () => {
    expect(figures('Russia and Ukraine swapped 40 prisoners each. The Qatari foreign ministry said the swap brought the number of captives released through its mediation since 2023 to more than 900.').slice(2))
      .toEqual([[900, null, null, 'qatar', 'cumulative', null]]);
  });

  it('a state at the head of the sentence claims what "it says" later in it', () => {
    expect(figures('Russia and Ukraine swapped 40 prisoners each. The UAE has hosted several rounds and says it has helped to free more than 1,500 captives in total.').slice(2).map((f) => [f[0], f[3]]))
      .toEqual([[1500, 'uae']]);
  });
});

describe('figures: counts that are no count of people handed over', () => {
  it('an agreement "to swap N" and a swap that "has yet to be carried out" are planned', () => {
    expect(figures('Russia and Ukraine swapped 30 prisoners each. The sides agreed in principle to swap 500 captives each. A further exchange of 200 prisoners each has yet to be carried out.').map((f) => [f[0], f[4]])).toEqual([
      [30, 'reported'], [30, 'reported'], [500, 'planned'], [500, 'planned'], [200, 'planned'], [200, 'planned'],
    ]);
  });

  it('bodies, remains and people killed are not counted', () => {
    expect(figures('Russia and Ukraine swapped 30 prisoners each. Ukraine also received the bodies of 600 soldiers and the remains of more than 90 civilians. A strike on Odesa overnight killed 14 people, killing 3 children.').map((f) => f[0])).toEqual([30, 30]);
  });

  it('a doubted report of a swap of its own counts nothing; a doubted detail of a confirmed swap stays, flagged', () => {
    const x = figures('Russia and Ukraine swapped 30 prisoners each on Friday. Channels close to the army suggested that an exchange of about 12 wounded soldiers had taken place near Kherson. Bloggers claimed that Moscow had also handed over three pilots, which could not be verified.');
    expect(x.map((f) => [f[0], f[5]])).toEqual([[30, null], [30, null], [3, 'unverified']]);
  });

  it('"N soldiers from each side had been swapped", citing unnamed sources, counts nothing', () => {
    expect(figures('Russia and Ukraine swapped 30 prisoners each on Friday. A regional outlet, citing unnamed sources, reported that 20 soldiers from each side had been swapped near Sumy.').map((f) => f[0])).toEqual([30, 30]);
  });

  it('a word that ends the noun phrase keeps a number from counting the noun after it', () => {
    expect(figures('Russia and Ukraine swapped 30 prisoners each. The two sides last exchanged prisoners in May; photos from day 24 showed the Russian soldiers in buses.').map((f) => f[0])).toEqual([30, 30]);
  });

  it('"Among the N …" points back at a count already made: one figure; the same count of another swap is another', () => {
    expect(figures('Ukraine and Russia exchanged 40 prisoners each. In May, 40 Ukrainians were freed in an earlier swap.').map((f) => f.slice(0, 3))).toEqual([
      [40, 'ukraine', 'russia'], [40, 'russia', 'ukraine'], [40, 'ukraine', 'russia'],
    ]);
    expect(figures('Ukraine and Russia exchanged 66 prisoners each. Among the 66 Ukrainians were seven civilians.').map((f) => f.slice(0, 3))).toEqual([
      [66, 'ukraine', 'russia'], [66, 'russia', 'ukraine'], [7, 'ukraine', 'russia'],
    ]);
  });
});

describe('figures: whose people they were', () => {
  it('"N of our people", quoted from someone whose title names a side, went to that side', () => {
    expect(figures('Ukraine and Russia swapped prisoners on Sunday. "Today 95 of our people came back," Ukraine\'s human rights ombudsman, Dmytro Lubinets, wrote on Telegram.').map((f) => f.slice(0, 4)))
      .toEqual([[95, 'ukraine', 'russia', 'dmytro-lubinets']]);
  });

  it('"We received N people", said by a body of a side, went to that side', () => {
    expect(figures('Ukraine and Russia swapped prisoners on Sunday. "We received 41 people," the Russian Defence Ministry said.').map((f) => f.slice(0, 4)))
      .toEqual([[41, 'russia', 'ukraine', 'russia-mod']]);
  });

  it('"N of them" counts within the people of the count before', () => {
    expect(figures('Russia handed back 52 Ukrainian soldiers in a swap with Ukraine. Nine of them had been held since 2022.').map((f) => f.slice(0, 3))).toEqual([
      [52, 'ukraine', 'russia'], [9, 'ukraine', 'russia'],
    ]);
  });

  it('a verb of return names the receiver over a place people had been "taken to"', () => {
    expect(figures('Russia released children to Ukraine without an exchange. Seven Ukrainian children who had been taken to Russia have been returned to Ukraine.').map((f) => f.slice(0, 3)))
      .toEqual([[7, 'ukraine', 'russia']]);
    expect(figures('Russia released children to Ukraine without an exchange. Four Ukrainian children taken to Russia in 2022 have been reunited with their families.').map((f) => f.slice(0, 3)))
      .toEqual([[4, 'ukraine', 'russia']]);
  });

  it('residents of a region went home to the state the region lies in', () => {
    expect(figures('Russia and Ukraine swapped civilians. Twenty residents of the Belgorod region have returned home.').map((f) => f.slice(0, 3))).toEqual([[20, 'russia', 'ukraine']]);
  });

  it('a receiving side named after the count did not receive it', () => {
    expect(figures('Russia and Ukraine swapped prisoners again, in which 80 Ukrainian soldiers came home and Russia received the same number of its servicemen.').map((f) => f.slice(0, 3))[0]).toEqual([80, 'ukraine', 'russia']);
  });

  it('"Among those freed were N" with no side: the speaker\'s side, else where the event\'s first count went', () => {
    expect(figures('Russia freed 70 Ukrainian prisoners in exchange for 30 Russian soldiers. Among those freed were 12 medics.').map((f) => f.slice(0, 3))).toEqual([
      [70, 'ukraine', 'russia'], [30, 'russia', 'ukraine'], [12, 'ukraine', 'russia'],
    ]);
  });

  it('"according to her" is the person who spoke, not a side named after it', () => {
    expect(figures('Russia and Ukraine swapped civilians. Russian human rights commissioner Tatyana Moskalkova spoke on state TV. According to her, the Ukrainian side received 22 of its citizens.').map((f) => f.slice(0, 4)))
      .toEqual([[22, 'ukraine', 'russia', 'tatyana-moskalkova']]);
  });
});

describe('figures: more ways a sentence says where people went', () => {
  it('"freed from Russian captivity" names who held them, also in a running total', () => {
    expect(figures('Russia and Ukraine swapped 30 prisoners each. Since March 2022, 2,950 Ukrainians have been freed from Russian captivity.').slice(2).map((f) => [f[0], f[1], f[2], f[4]]))
      .toEqual([[2950, 'ukraine', 'russia', 'cumulative']]);
  });

  it('a total "since the war began" counts no single event', () => {
    expect(extracted('Russia and Ukraine swapped 30 prisoners each. The UAE said 2,950 Ukrainians have been freed since the war began.').figures.slice(2).map((f) => [f.value, f.event])).toEqual([[2950, null]]);
  });

  it('"handed over to the Ukrainian side", "returned to their families in Russia"', () => {
    expect(figures('Russia and Ukraine swapped children through Qatar. Six children were handed over to the Ukrainian side. Two children have returned to their families in Russia.').map((f) => f.slice(0, 3))).toEqual([
      [6, 'ukraine', 'russia'], [2, 'russia', 'ukraine'],
    ]);
  });

  it('up to three words between the number and the noun ("27 seriously ill Ukrainian prisoners")', () => {
    expect(figures('Russia freed 27 seriously ill Ukrainian prisoners of war in a swap with Ukraine.').map((f) => f.slice(0, 3))).toEqual([[27, 'ukraine', 'russia']]);
  });

  it('"Among those returned, he said, were N" and "the Ukrainians who came home included N"', () => {
    expect(figures('Russia freed 70 Ukrainian prisoners in exchange for 30 Russian soldiers. Among those returned, officials said, were 11 marines. The Ukrainians who came home included 8 civilians.').map((f) => f.slice(0, 3))).toEqual([
      [70, 'ukraine', 'russia'], [30, 'russia', 'ukraine'], [11, 'ukraine', 'russia'], [8, 'ukraine', 'russia'],
    ]);
  });
});

describe('figures: "the same number"', () => {
  it('counts as the count just before it, with its own direction', () => {
    expect(figures('Ukraine and Russia swapped prisoners again: 64 Ukrainian soldiers came home and Russia received the same number of its servicemen.').map((f) => f.slice(0, 3))).toEqual([
      [64, 'ukraine', 'russia'], [64, 'russia', 'ukraine'],
    ]);
  });

  it('with no count before it, it counts nothing', () => {
    expect(figures('Ukraine and Russia swapped prisoners; Russia received the same number of its servicemen.')).toEqual([]);
  });
});

describe('figures: which event a count is about', () => {
  it('a sentence telling a swap and its phase counts the phase’s people, not the whole swap’s', () => {
    const { events, figures: counts } = extracted('Ukraine and Russia each released 390 prisoners on Friday in the first phase of the exchange agreed at talks in Istanbul.');
    const phase = events.find((e) => e.phaseOf !== null);
    expect(phase).toBeDefined();
    expect(counts.map((f) => [f.value, f.returnedTo?.id, f.event])).toEqual([
      [390, 'ukraine', phase!.key],
      [390, 'russia', phase!.key],
    ]);
  });
});

describe('figures: who let them go, and who got them', () => {
  it('"has helped to free N" is a handover done, not planned', () => {
    expect(figures('Russia and Ukraine swapped 40 prisoners each. Norway says it has helped to free more than 700 captives in total.').slice(2))
      .toEqual([[700, null, null, 'norway', 'reported', null]]);
  });

  it('"N Ukrainian and foreign fighters" went to several receivers: no receiver, the releaser stays', () => {
    expect(figures('Russia freed 120 Ukrainian and foreign fighters on Tuesday in exchange for 40 Russian soldiers.').map((f) => f.slice(0, 3))).toEqual([
      [120, null, 'russia'], [40, 'russia', 'ukraine'],
    ]);
    expect(figures('Russia freed 60 Ukrainians and several Russian citizens in exchange for 40 Russian soldiers.').map((f) => f.slice(0, 3))).toEqual([
      [60, 'ukraine', 'russia'], [40, 'russia', 'ukraine'],
    ]);
  });

  it('"N of those returned", said by officials of a side, are that side\'s people', () => {
    expect(figures('Russia freed 70 Ukrainian prisoners in exchange for 30 Russian soldiers. Officials in Kyiv suggested privately that six of those returned were medics.').map((f) => f.slice(0, 4))).toEqual([
      [70, 'ukraine', 'russia', null], [30, 'russia', 'ukraine', null], [6, 'ukraine', 'russia', 'ukraine'],
    ]);
  });

  it('in an exchange, people a side "had also handed over" went to the other side', () => {
    expect(figures('Ukraine and Russia exchanged 50 prisoners each on Monday. Officials said Moscow had also handed over three wounded medics.').slice(2).map((f) => f.slice(0, 3)))
      .toEqual([[3, 'ukraine', 'russia']]);
  });

  it('people brought back "from occupied territory" were let go by the occupier', () => {
    expect(figures('Ukraine and Russia swapped 40 prisoners each in May. Separately, Ukrainian officials said 14 children had been brought back from occupied territory last week. The children were not part of any exchange.').slice(2).map((f) => f.slice(0, 3)))
      .toEqual([[14, 'ukraine', 'russia']]);
  });

  it('who held them: "from Russia", not a third state they were flown from; a running total of children only where it says so, of captives the other side', () => {
    expect(figures('Russia and Ukraine swapped 40 prisoners each. Poland says it has helped reunite 37 Ukrainian children with their families since 2023. Kyiv says 4,100 Ukrainians have been freed since 2022.').slice(2).map((f) => f.slice(0, 3)))
      .toEqual([[37, 'ukraine', null], [4100, 'ukraine', 'russia']]);
    expect(figures('Russia and Ukraine swapped 40 prisoners each. Poland says it has helped to return 37 Ukrainian children from Russia since 2023.').slice(2).map((f) => f.slice(0, 3)))
      .toEqual([[37, 'ukraine', 'russia']]);
    // A third state people were only flown from let no one go.
    expect(figures('Russia and Ukraine swapped 40 prisoners each. Officials said 12 Russian servicemen had been flown from Belarus to Moscow.').slice(2).map((f) => f.slice(0, 3)))
      .toEqual([[12, 'russia', 'ukraine']]);
    expect(figures('Russia and Ukraine swapped 40 prisoners each. Later, 12 Ukrainians crossed the border from Belarus.').slice(2).map((f) => f.slice(0, 3)))
      .toEqual([[12, 'ukraine', 'russia']]);
  });

  it('numbers in words, hyphenated compounds and teens included', () => {
    expect(figures('Russia and Ukraine swapped prisoners on Friday. Seventy-three Ukrainian soldiers and fourteen Russian servicemen came home.').map((f) => f.slice(0, 3)))
      .toEqual([[73, 'ukraine', 'russia'], [14, 'russia', 'ukraine']]);
  });

  it('"N have so far come home, X said": the speaker\'s own people', () => {
    expect(figures('Ukraine and Russia swapped 40 prisoners each. Of those held since 2022, only about 600 have so far come home, the Ukrainian human rights commissioner Dmytro Lubinets said.').slice(2).map((f) => f.slice(0, 4)))
      .toEqual([[600, 'ukraine', 'russia', 'dmytro-lubinets']]);
  });

  it('"Our people are home. N of them" from a speaker whose side the text does not give: no direction, not the last count\'s', () => {
    expect(figures('Ukraine and Russia swapped prisoners. The Russian Defence Ministry said 64 Russian servicemen had returned. "Our people are home. 64 of them," Chairman Ivan Petrenko wrote.').map((f) => f.slice(0, 3)))
      .toEqual([[64, 'russia', 'ukraine'], [64, null, null]]);
  });

  it('people handed over both ways in one sentence came each from the side that received the others', () => {
    expect(figures('Russia returned children to Ukraine without an exchange. Five Ukrainian children were reunited with relatives in Ukraine and two Russian children with relatives in Russia, officials said.').map((f) => f.slice(0, 3)))
      .toEqual([[5, 'ukraine', 'russia'], [2, 'russia', 'ukraine']]);
  });
});
