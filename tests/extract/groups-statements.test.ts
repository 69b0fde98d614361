import { describe, expect, it } from '@jest/globals';
import { extracted } from './harness';

describe('groups', () => {
  it('defenders of each place listed, and kinds of people, tied to the event', () => {
    const x = extracted(
      'Ukraine and Russia exchanged 230 prisoners. The released Ukrainian service members include combat medics, defenders from Snake Island, the Chernobyl nuclear power plant, Azovstal steel plant.',
    );
    expect(x.groups.map((g) => [g.event, g.group.name, g.group.defended ?? null])).toEqual([
      ['x1', 'Snake Island defenders', 'snake-island'],
      ['x1', 'Chernobyl defenders', 'chernobyl-npp'],
      ['x1', 'Azovstal defenders', 'azovstal'],
      ['x1', 'Combat medics', null],
    ]);
  });

  it('no group without an event to belong to', () => {
    expect(extracted('Civilians in Kharkiv sheltered from shelling.').groups).toEqual([]);
  });
});

describe('statements', () => {
  it('speaker, channel and quote; a claim with no speaker is no statement', () => {
    const x = extracted(
      'Ukraine and Russia swapped 300 prisoners. In a post on the platform X, Ukrainian President Volodymyr Zelensky said, "Our people are home." Posts on X suggest more will follow.',
    );
    expect(x.statements.map((s) => [s.speaker.name, s.channel, s.quote, s.about])).toEqual([['Volodymyr Zelensky', 'X', 'Our people are home.', 'x1']]);
  });
});

describe('statements: who speaks when the sentence does not name them', () => {
  const speakers = (text: string) => extracted(text).statements.map((s) => [s.sentence, s.speaker.id]);

  it('"it said" is the body that spoke last; "the ministry" the body of that name', () => {
    expect(speakers('The Russian Defence Ministry confirmed the swap with Ukraine. "All are in Belarus," it said. The ministry said the men were being treated.')).toEqual([
      [0, 'russia-mod'],
      [1, 'russia-mod'],
      [2, 'russia-mod'],
    ]);
  });

  it('a state speaks by its own name', () => {
    expect(speakers('Kyiv says 20 children were deported. Russia denies this.')).toEqual([
      [0, 'ukraine'],
      [1, 'russia'],
    ]);
  });

  it('a pronoun with no one before it to stand for is no statement', () => {
    expect(speakers('"We will wait," he said.')).toEqual([]);
  });
});

describe('groups: kinds of people named among those handed over', () => {
  const named = (text: string) => extracted(text).groups.map((g) => g.group.name);

  it.each([
    ['Ukraine and Russia swapped 90 prisoners. Among those freed were members of the National Guard and the border service.', ['National Guard members', 'Border guards']],
    ['Russia released 20 seriously ill Ukrainian prisoners without an exchange.', ['Seriously ill prisoners']],
    ['Ukraine and Russia swapped prisoners. Among those returned were conscripts and elderly residents of the Kursk region.', ['Conscripts', 'Elderly people', 'Civilians captured in the Kursk region']],
    ['Russia and Ukraine exchanged prisoners. Among them were 108 members of the Azov regiment and 10 foreign nationals.', ['Azov regiment members', 'Foreign fighters']],
    ['Ukraine and Russia swapped prisoners. Those freed included men who had defended Mariupol.', ['Mariupol defenders']],
  ])('%s', (text, expected) => expect(named(text)).toEqual(expected));

  it('a group named only in a hedged claim is not among them', () => {
    expect(named('Ukraine and Russia swapped 90 prisoners. Officials suggested privately that five of those returned were civilians.')).toEqual([]);
  });
});

describe('statements: who speaks, more cases', () => {
  const speakers = (text: string) => extracted(text).statements.map((s) => [s.speaker.name, text.slice(s.start, s.end)]);

  it('a quote that runs over two sentences is one statement by whoever the second names', () => {
    const text = 'Ukraine and Russia swapped 50 prisoners. "Fifty of our people are free. More will follow," Ukraine\'s human rights ombudsman Dmytro Lubinets wrote.';
    expect(speakers(text)).toEqual([['Dmytro Lubinets', '"Fifty of our people are free. More will follow," Ukraine\'s human rights ombudsman Dmytro Lubinets wrote.']]);
  });

  it('a sentence of quoted words alone, right after a statement, is the same speaker\'s; after no statement it is no one\'s', () => {
    const text = 'Ukraine and Russia swapped 50 prisoners. "Fifty are free," Ukraine\'s human rights ombudsman Dmytro Lubinets wrote on Telegram. "We thank the mediators." The buses left at noon. "Nothing is over."';
    expect(extracted(text).statements.map((s) => [s.speaker.name, s.channel, s.quote])).toEqual([
      ['Dmytro Lubinets', 'Telegram', 'Fifty are free,'],
      ['Dmytro Lubinets', 'Telegram', 'We thank the mediators.'],
    ]);
  });

  it('a side named inside the quoted words is not the speaker', () => {
    const text = 'Russia and Ukraine swapped children. Russian children\'s rights commissioner Maria Lvova-Belova visited Doha. "Four children were handed to the Ukrainian side today," she wrote.';
    expect(speakers(text).map((s) => s[0])).toEqual(['Maria Lvova-Belova']);
  });

  it('"he said" after a sentence that opens with another person is that person, not the earlier speaker', () => {
    const text = 'Russian human rights commissioner Tatyana Moskalkova said 20 civilians were home. Ukraine\'s human rights ombudsman Dmytro Lubinets gave another figure. "Twenty-two are home," he wrote.';
    expect(speakers(text).map((s) => s[0])).toEqual(['Tatyana Moskalkova', 'Dmytro Lubinets']);
  });

  it('"had been declared unfit" is no one speaking', () => {
    const text = 'Russia said it freed 12 Ukrainians. It was the first such gesture since May, when Ukraine sent home six Russian conscripts who had been declared unfit for detention.';
    expect(speakers(text).map((s) => s[0])).toEqual(['Russia']);
  });

  it('"according to her" is the person who spoke last, not the side named after it', () => {
    const text = 'Russian human rights commissioner Tatyana Moskalkova spoke on state TV. She said the swap went well. According to her, the Ukrainian side received 30 people.';
    expect(speakers(text).map((s) => s[0])).toEqual(['Tatyana Moskalkova', 'Tatyana Moskalkova']);
  });
});

describe('groups: places listed after "defended"', () => {
  it('"defenders of Mariupol and of the Chernobyl nuclear power plant": the list may repeat "of"', () => {
    expect(extracted('Ukraine and Russia swapped 45 prisoners each. Among those freed were defenders of Mariupol and of the Chernobyl nuclear power plant.').groups.map((g) => g.group.name))
      .toEqual(['Mariupol defenders', 'Chernobyl defenders']);
  });

  it('each place in the list is a group, also when the first was named before', () => {
    const x = extracted('Ukraine and Russia swapped 90 prisoners, among them defenders of the Azovstal steel plant. Among those freed were 40 people who had defended Azovstal and Mariupol.');
    expect(x.groups.map((g) => [g.event, g.group.name])).toEqual([
      ['x1', 'Azovstal defenders'],
      ['x1', 'Mariupol defenders'],
    ]);
  });
});

describe('statements: a speaker named by description', () => {
  const speakers = (text: string) => extracted(text).statements.map((s) => [s.sentence, s.speaker.id]);

  it('"the Nordic country\'s foreign ministry says" is the state named before; the figure it gives is its claim', () => {
    const x = extracted('Forty Ukrainian children have been returned to Ukraine through the mediation of Norway, the Nordic country\'s foreign ministry says.');
    expect(x.statements.map((s) => s.speaker.id)).toEqual(['norway']);
    expect(x.figures.map((f) => [f.value, f.claimant?.id])).toEqual([[40, 'norway']]);
  });

  it('"the Russian ombudsperson" is the person introduced with such an office and that state; "the Ombudsman" the one named last', () => {
    const text = 'Ukraine\'s human rights commissioner Dmytro Lubinets met Russian ombudsperson Tatyana Moskalkova in Geneva. Lubinets said the talks were hard. ' +
      'Several detainees were ill, the Russian ombudsperson said. According to the Ombudsman, 2,900 Ukrainians have been freed since 2022.';
    expect(speakers(text)).toEqual([[1, 'dmytro-lubinets'], [2, 'tatyana-moskalkova'], [3, 'tatyana-moskalkova']]);
    const later = `${text} Lubinets called the talks useful. According to the Ombudsman, the next round is in May.`;
    expect(speakers(later).slice(-1)).toEqual([[5, 'dmytro-lubinets']]);
  });

  it('"…, the headquarters said" is its subject, not a body named earlier in the sentence', () => {
    expect(speakers('Ukraine\'s Coordination Headquarters for the Treatment of Prisoners of War organised the handover. The handover was overseen by the International Committee of the Red Cross, the headquarters said.'))
      .toEqual([[1, 'ukraine-coordination-hq']]);
  });

  it('"the agency" is the body the text called an agency', () => {
    expect(speakers('Ukraine\'s military intelligence agency confirmed the swap with Russia. The agency said 12 medics were among those freed.'))
      .toEqual([[0, 'ukraine-defence-intelligence'], [1, 'ukraine-defence-intelligence']]);
  });
});

describe('groups: who is among those handed over, and who is not', () => {
  const groupsOf = (text: string) => extracted(text).groups.map((g) => [g.event, g.group.name]);

  it('"They are from … the National Guard and the border service", after a sentence of people coming home', () => {
    expect(groupsOf('Ukraine and Russia swapped 80 prisoners each on Monday. "Today 80 of our defenders returned home," the ombudsman wrote. They are from the National Guard and the border service.'))
      .toEqual([['x1', 'National Guard members'], ['x1', 'Border guards']]);
  });

  it('"the servicemen it had received were conscripts"', () => {
    expect(groupsOf('Ukraine and Russia swapped 60 prisoners each. The Russian Defence Ministry said the servicemen it had received were conscripts.'))
      .toEqual([['x1', 'Conscripts']]);
  });

  it.each([
    'Thousands more, including civilians, remain in detention, officials say.',
    'Moscow pressed for the return of conscripts captured in the spring.',
    'Returning all captives, including journalists, remains a key objective.',
    'He said the next exchange would include civilians and combat medics.',
    'Officials said 4,210 Ukrainians had been freed since 2022, among them 180 civilians.',
  ])('no group of the swap: %s', (sentence) => {
    expect(groupsOf(`Ukraine and Russia swapped 60 prisoners each. ${sentence}`)).toEqual([]);
  });

  it('"the first since March, when Ukraine sent conscripts home" is no running total', () => {
    expect(groupsOf('Russia freed 20 sick Ukrainian prisoners without an exchange. It was the first such release since March, when Ukraine sent five Russian conscripts home.').map((g) => g[1]))
      .toEqual(['Conscripts']);
  });
});

describe('statements: more ways a state or body speaks', () => {
  const speakers = (text: string) => extracted(text).statements.map((s) => [s.sentence, s.speaker.id]);

  it('the first verb of saying whose speaker the text names; a possessive names no speaker', () => {
    expect(speakers('A spokesman hailed the swap as the fruit of President Donald Trump\'s diplomacy, but Ukrainian officials said Qatar had mediated it.'))
      .toEqual([[0, 'ukraine']]);
    expect(speakers('Turkish President Recep Tayyip Erdogan met both delegations. Erdogan\'s office said the talks had gone well.'))
      .toEqual([[1, 'recep-tayyip-erdogan']]);
  });

  it.each([
    ['"It was hard work," a senior Turkish official told reporters.', 'turkey'],
    ['Ukrainian commanders have said the captured soldiers will be exchanged.', 'ukraine'],
    ['Ukraine accuses Russia of deporting children.', 'ukraine'],
    ['Ukrainian officials dismissed the report as propaganda.', 'ukraine'],
  ])('%s', (text, state) => {
    expect(speakers(text)).toEqual([[0, state]]);
  });

  it('"Officials in Kyiv suggested" is the state; a state at the head of the sentence "and says" later', () => {
    expect(speakers('Officials in Kyiv suggested privately that the list had changed, but the headquarters would not confirm this.')).toEqual([[0, 'ukraine']]);
    expect(speakers('The UAE has mediated several swaps and says it has helped to free 2,000 captives.')).toEqual([[0, 'uae']]);
  });

  it('the agent of a passive verb of saying ("described as … by"); "was suggested by" proposes, and says nothing', () => {
    expect(speakers('The talks, described as "useful" by Kremlin spokesman Dmitry Peskov, lasted two hours.')).toEqual([[0, 'dmitry-peskov']]);
    expect(speakers('The meeting was first suggested by Turkish President Recep Tayyip Erdogan in March.')).toEqual([]);
  });

  it('"Russia has emphasized that …"', () => {
    expect(speakers('Russia has emphasized that its servicemen are being treated.')).toEqual([[0, 'russia']]);
  });

  it('"posted photographs" is no saying', () => {
    expect(speakers('President Volodymyr Zelenskyy posted photographs on X of the freed men.')).toEqual([]);
  });

  it('"It also credited …" is the body that spoke before', () => {
    expect(speakers('The Russian Defence Ministry confirmed the swap with Ukraine. It also credited Qatar with mediating the exchange.'))
      .toEqual([[0, 'russia-mod'], [1, 'russia-mod']]);
  });
});

describe('statements: voices the text describes, and private people it quotes', () => {
  const voices = (text: string) => extracted(text).statements.map((s) => [s.speaker.name, s.speaker.label, s.speaker.known]);

  it.each([
    ['Russian military bloggers claimed on Telegram that the swap was delayed.', 'Russian military bloggers', 'Organization'],
    ['Posts on X by pro-Kremlin bloggers suggested Moscow wanted more.', 'pro-Kremlin bloggers', 'Organization'],
    ['Some Ukrainian media reported that one man had stayed behind.', 'Ukrainian media', 'Organization'],
    ['A Russian war correspondent claimed on Telegram that talks had resumed.', 'Russian war correspondent', 'Person'],
    ['"He is home," said Oksana.', 'Oksana', 'Person'],
    ['"Not yet," said one man, holding a flag.', 'one man', 'Person'],
    ['"We wait," said the father of a sailor captured in Mariupol.', 'father of a sailor captured in Mariupol', 'Person'],
    ['"It can happen," Taras told reporters.', 'Taras', 'Person'],
  ])('%s', (text, name, label) => {
    expect(voices(text)).toEqual([[name, label, false]]);
  });

  it('a described voice belongs to its article, and is the claimant of the figure it gives', () => {
    const x = extracted('Ukraine and Russia swapped 90 prisoners each. Russian military bloggers claimed that Kyiv had also handed over two pilots.');
    expect(x.statements.map((s) => s.speaker.id)).toEqual(['t-russian-military-bloggers']);
    expect(x.figures.slice(2).map((f) => [f.value, f.claimant?.name])).toEqual([[2, 'Russian military bloggers']]);
  });

  it('a pronoun after a quote is no private person', () => {
    expect(voices('"We wait," He told reporters.')).toEqual([]);
  });
});
