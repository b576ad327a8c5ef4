import { describe, expect, it } from 'vitest';
import {
  accentedDisplayName,
  isDamagedSpellingOf,
  isMistypedFormOf,
  isShorterFormOf,
  resolveStoryPeople,
} from '@/pipeline/cross-article/resolve-people';

const resolve = (...keys: string[]) => Object.fromEntries(resolveStoryPeople(keys.map((key) => ({ key, articles: 1 }))));

describe('resolveStoryPeople', () => {
  it.each([
    ['a surname', 'grant', 'jo grant'],
    ['two surnames', 'garcia marquez', 'gabriel garcia marquez'],
    ['a hyphenated surname', 'smith-jones', 'alex smith-jones'],
    ['the full name without a middle name', 'maria lopez', 'maria elena lopez'],
  ])('resolve people: %s is a shorter form', (_, short, long) => {
    expect(isShorterFormOf(short, long)).toBe(true);
  });

  it.each([
    ['a first name alone', 'jo', 'jo grant'],
    ['another surname', 'grants', 'jo grant'],
    ['the same length', 'jo grant', 'jo grant'],
    ['middle and last name without the first', 'elena', 'maria elena lopez'],
    ['different first name', 'mark lopez', 'maria elena lopez'],
  ])('resolve people: %s is not a shorter form', (_, short, long) => {
    expect(isShorterFormOf(short, long)).toBe(false);
  });

  it('resolve people: an outlet that only writes the surname is merged into the one person of that surname', () => {
    expect(resolve('grant', 'jo grant', 'sam okafor')).toEqual({ grant: 'jo grant' });
  });

  it('resolve people: a surname shared by two people of the story is left alone', () => {
    expect(resolve('grant', 'jo grant', 'ulysses grant', 'sam okafor')).toEqual({});
  });

  it('resolve people: one outlet’s mistyped letter in a long surname joins the spelling more articles use; names one letter apart written consistently stay apart', () => {
    const people = (...entries: [string, number][]) =>
      Object.fromEntries(resolveStoryPeople(entries.map(([key, articles]) => ({ key, articles }))));
    expect(people(['okafor-reyes', 1], ['okafor-reyez', 1], ['dana okafor-reyes', 3])).toEqual({
      'okafor-reyes': 'dana okafor-reyes',
      'okafor-reyez': 'dana okafor-reyes',
    });
    expect(isMistypedFormOf('okafor-reyez', 'dana okafor-reyes')).toBe(true);
    // Each written the same way by several outlets: two people.
    expect(people(['dana okafor-reyes', 3], ['dana okafor-reyez', 3])).toEqual({});
    // A different first letter, a short word, two letters: not a slip of the keyboard.
    expect(isMistypedFormOf('hernandez', 'ana fernandez')).toBe(false);
    expect(isMistypedFormOf('jan grant', 'jon grant')).toBe(false);
    expect(isMistypedFormOf('okafor-riyez', 'dana okafor-reyes')).toBe(false);
  });

  it('resolve people: chains end at the full name', () => {
    expect(resolve('obrador', 'lopez obrador', 'andres manuel lopez obrador')).toEqual({
      obrador: 'andres manuel lopez obrador',
      'lopez obrador': 'andres manuel lopez obrador',
    });
  });

  it('resolve people: two shorter forms of one person are one candidate, not an ambiguity', () => {
    // "Obrador" fits both "Lopez Obrador" and the full name, which are one person.
    expect(resolve('obrador', 'lopez obrador', 'andres manuel lopez obrador', 'andres lopez obrador')).toMatchObject({
      obrador: 'andres manuel lopez obrador',
    });
  });

  it("resolve people: the merged person keeps the full name most articles use, not one page's slip", () => {
    // One page took a word of its sentence into the name ("Mexico Maria Elena Lopez").
    const kept = resolveStoryPeople([
      { key: 'mexico maria elena lopez', articles: 1 },
      { key: 'maria elena lopez', articles: 9 },
      { key: 'lopez', articles: 3 },
    ]);
    expect(Object.fromEntries(kept)).toEqual({ 'mexico maria elena lopez': 'maria elena lopez', lopez: 'maria elena lopez' });
  });

  it('resolve people: a surname many articles use still gives way to the full name', () => {
    expect(
      Object.fromEntries(
        resolveStoryPeople([
          { key: 'grant', articles: 7 },
          { key: 'jo grant', articles: 1 },
        ]),
      ),
    ).toEqual({ grant: 'jo grant' });
  });

  it.each([
    ['the very same name', 'jose nunez', 'jose nunez', false],
    ['accented vowels lost in one copy', 'andrs manuel lpez obrador', 'andres manuel lopez obrador', true],
    ['a consonant is not an accent', 'jon smith', 'john smith', false],
    ['every word changed', 'andrs lpez', 'andres lopez', false],
    ['a single word', 'lpez', 'lopez', false],
    ['different word counts', 'andrs lopez obrador', 'andres manuel lopez obrador', false],
  ])('resolve people: damaged spelling, %s (%s / %s)', (_, damaged, intact, expected) => {
    expect(isDamagedSpellingOf(damaged, intact)).toBe(expected);
  });

  it('resolve people: a copy that lost its accents is merged into the person the other articles name', () => {
    const kept = resolveStoryPeople([
      { key: 'andrs manuel lpez obrador', articles: 1 },
      { key: 'andres manuel lopez obrador', articles: 6 },
    ]);
    expect(Object.fromEntries(kept)).toEqual({ 'andrs manuel lpez obrador': 'andres manuel lopez obrador' });
  });

  it('resolve people: nobody is merged in a story of distinct full names', () => {
    expect(resolve('jo grant', 'sam okafor', 'maria elena lopez')).toEqual({});
  });

  it('resolve people: a name is shown with its accents when an article wrote them', () => {
    expect(accentedDisplayName('Jose Nunez', ['Nunez', 'José Núñez', 'Mr. Núñez'])).toBe('José Núñez');
    expect(accentedDisplayName('Jose Nunez', ['Nunez', 'Jose Nunez'])).toBe('Jose Nunez');
    expect(accentedDisplayName('José Núñez', ['Jose Nunez'])).toBe('José Núñez');
  });
});
