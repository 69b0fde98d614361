import { describe, expect, it } from '@jest/globals';
import { extracted } from './harness';

const intros = (text: string) => extracted(text).people.map((p) => [p.person.name, p.title, p.body?.id ?? null, p.person.known]);

describe('people', () => {
  it.each([
    ['The swap was described by Kremlin spokesman Dmitry Peskov as slow.', ['Dmitry Peskov', 'spokesman', 'kremlin', false]],
    ['Notably, Russian human rights commissioner Tatyana Moskalkova said 75 were freed.', ['Tatyana Moskalkova', 'human rights commissioner', 'russia', false]],
    ['Ukrainian officials, including Defence Intelligence chief Kyrylo Budanov, were confident.', ['Kyrylo Budanov', 'Defence Intelligence chief', null, false]],
    ['Dmytro Lubinets, Ukraine’s human rights commissioner, said so.', ['Dmytro Lubinets', 'human rights commissioner', 'ukraine', false]],
  ])('%s', (text, expected) => expect(intros(text)).toEqual([expected]));

  it('links a later surname to the person introduced', () => {
    const x = extracted('Kremlin spokesman Dmitry Peskov spoke. Peskov added more.');
    expect(x.mentions.filter((m) => m.entity.label === 'Person').map((m) => m.text)).toEqual(['Dmitry Peskov', 'Peskov']);
  });

  it('takes no capitalised phrase without a title for a person', () => {
    expect(intros('The Azov Sea and Snake Island were named.')).toEqual([]);
  });
});

describe('people: more ways a title introduces a name', () => {
  it.each([
    ["Ukraine's human rights ombudsman, Dmytro Lubinets, spoke.", ['Dmytro Lubinets', 'human rights ombudsman', 'ukraine', false]],
    ['The swap was praised by Saudi Crown Prince Mohammed bin Salman.', ['Mohammed bin Salman', 'Crown Prince', 'saudi-arabia', false]],
    ['It was hosted by Turkey’s Chief Ombudsman Şeref Malkoç in Ankara.', ['Şeref Malkoç', 'Chief Ombudsman', 'turkey', false]],
    ['Maria Lvova-Belova, the commissioner, said so.', ['Maria Lvova-Belova', 'commissioner', null, false]],
    ['Viktor Medvedchuk, a former Ukrainian lawmaker, was freed.', ['Viktor Medvedchuk', 'lawmaker', 'ukraine', false]],
  ])('%s', (text, expected) => expect(intros(text)).toEqual([expected]));
});

describe('people: titles with a complement, and what is no person', () => {
  it.each([
    ['The talks were led by the Ukrainian Commissioner for Human Rights Olha Kovalenko.', 'Olha Kovalenko', 'Commissioner for Human Rights'],
    ["Qatar's Minister of State for Humanitarian Affairs, Noura Al-Thani, spoke.", 'Noura Al-Thani', 'Minister of State for Humanitarian Affairs'],
    ["The head of Ukraine's presidential office, Petro Hrytsenko, thanked Doha.", 'Petro Hrytsenko', "head of Ukraine's presidential office"],
    ["Qatar's foreign ministry spokesman Fahad al-Rashidi said so.", 'Fahad al-Rashidi', 'foreign ministry spokesman'],
  ])('%s', (text, name, title) => expect(intros(text).map((p) => [p[0], p[1]])).toEqual([[name, title]]));

  it('a foreign ministry\'s spokesman belongs to the state before the title', () => {
    expect(intros("Qatar's foreign ministry spokesman Fahad al-Rashidi said so.")[0][2]).toBe('qatar');
  });

  it('the end of a body\'s name after "head of the …" is no person, nor a name holding a state', () => {
    expect(intros('He is the secretary of the National Defense Council. She is the founder of the charity Save Ukraine.')).toEqual([]);
  });
});
