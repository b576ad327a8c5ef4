import { describe, expect, it } from 'vitest';
import { cleanArticleText } from '@/pipeline/stages/clean';
import { article, B1, B2, B3, clean, HEAD, PLAIN } from './clean-fixtures';

describe('clean: paragraph kinds', () => {
  it('clean: summary bullets lose their marker and are kind bullet', () => {
    const raw = `${HEAD}\n\n  • First point of the story\n  - Second point, with a comma\n  * Third point\n\n${B1}\n\n${B2}`;
    expect(clean(raw)).toEqual([
      PLAIN[0],
      'bullet: First point of the story',
      'bullet: Second point, with a comma',
      'bullet: Third point',
      PLAIN[1],
      PLAIN[2],
    ]);
  });

  it('clean: a short title-like line between body paragraphs is a subhead', () => {
    for (const subhead of ['What comes next', "'Long road ahead'"]) {
      expect(clean(article(HEAD, B1, B2, subhead, B3))).toEqual([...PLAIN.slice(0, 3), `subhead: ${subhead}`, PLAIN[3]]);
    }
  });

  it('clean: a dek between headline and chrome is a standfirst', () => {
    const dek = 'The vote ends a long fight over the crossing.';
    expect(clean(article(HEAD, dek, 'Continue reading the main story', B1, B2))).toEqual([
      PLAIN[0],
      `standfirst: ${dek}`,
      PLAIN[1],
      PLAIN[2],
    ]);
  });

  it('clean: splits speaker-labelled transcript turns into transcript paragraphs', () => {
    const raw = article(
      HEAD,
      B1,
      'Reporter: “Will the bridge have a bus lane?” Translator: “We will look at that.” Translator: “But money is short.”',
      B2,
    );
    expect(clean(raw)).toEqual([
      PLAIN[0],
      PLAIN[1],
      'transcript: Reporter: “Will the bridge have a bus lane?”',
      'transcript: Translator: “We will look at that.”',
      'transcript: Translator: “But money is short.”',
      PLAIN[2],
    ]);
  });

  it('clean: upper-case name labels are transcript turns only next to another turn', () => {
    expect(clean(article(HEAD, B1, 'OKAFOR: We will build it.', 'HOST: When?', B2)).slice(2, 4)).toEqual([
      'transcript: OKAFOR: We will build it.',
      'transcript: HOST: When?',
    ]);
    expect(clean(article(HEAD, 'RIVERTON: The council voted on Thursday to build a new bridge.', B2))[1]).toMatch(/^body: /);
  });

  it('clean: without a headline-like first line there is no headline paragraph; the headline is the opening sentence', () => {
    const result = cleanArticleText(article(`${B1} It was close.`, B2));
    expect(result.paragraphs.map((p) => p.kind)).toEqual(['body', 'body']);
    expect(result.headline).toBe(B1);
  });

  it('clean: strips an author and date stamp printed on the headline line', () => {
    const result = cleanArticleText(article(`${HEAD} JANE ROE, Regional News June 8, 2021 Updated: June 8, 2021 1:53 a.m.`, B1, B2));
    expect(result.headline).toBe(HEAD);
  });
});

describe('clean: appended unrelated story', () => {
  const main = [
    'Okafor wins council vote on river bridge',
    'Mayor Ana Okafor won a council vote on Thursday to build a new bridge across the river.',
    'Okafor said the bridge would open in two years and cost less than the earlier plan.',
    'Opponents of Okafor said the money should go to buses instead.',
    'The council will meet again in March to pick a builder.',
  ];
  const floods = [
    'Floods hit northern province',
    'Heavy rain flooded three villages in the northern province on Monday, officials said.',
    'Rescue teams moved about 200 families to schools on higher ground.',
    'Forecasters expect more rain later in the week.',
  ];
  const kept = (raw: string) => cleanArticleText(raw).paragraphs.length;

  it('clean: drops a closing section on another subject that ends with a wire credit', () => {
    expect(kept(article(...main, ...floods, 'Reporting by Wire Agency'))).toBe(main.length);
  });
  it('clean: drops a new headline and datelined story after the end of the copy', () => {
    const raw = article(...main, 'Reporting by Jane Roe', floods[0], `NORTHTOWN (Wire) — ${floods[1]}`, floods[2]);
    expect(kept(raw)).toBe(main.length);
  });
  it('clean: keeps a closing section on another subject without a wire sign', () => {
    expect(kept(article(...main, ...floods))).toBe(main.length + floods.length);
  });
  it('clean: keeps a closing section that mentions the subject, even with a wire credit', () => {
    const related = [floods[0], ...floods.slice(1).map((line) => `${line} Okafor was not there.`)];
    expect(kept(article(...main, ...related, 'Reporting by Wire Agency'))).toBe(main.length + floods.length);
  });
});

describe('clean: characters and line breaks', () => {
  it('clean: non-breaking, thin and zero-width spaces become plain spaces or vanish', () => {
    const { text } = cleanArticleText(`Mayor\u00a0Ana Okafor said\u2009it\u200b would open.\u00a0\r\n\r\nNext\u00a0paragraph here.`);
    expect(text).toBe('Mayor Ana Okafor said it would open.\n\nNext paragraph here.');
  });
  it('clean: an acute accent used as an apostrophe becomes ’; accents and curly quotes stay', () => {
    const { text } = cleanArticleText('The mayor´s plan, said José Núñez: “It´s done.”');
    expect(text).toBe('The mayor’s plan, said José Núñez: “It’s done.”');
  });
  it('clean: single-newline and blank-line paragraphs give the same result', () => {
    expect(clean([HEAD, B1, B2, B3].join('\n'))).toEqual(PLAIN);
    expect(clean([HEAD, B1, B2, B3].join('\n\n'))).toEqual(PLAIN);
  });
  it('clean: a hard-wrapped block is joined into one paragraph', () => {
    const wrapped =
      'The city council voted on Thursday to build a new bridge\nacross the river, ending months of debate over where it\nshould go and how much the city could afford to spend.';
    expect(clean(article(HEAD, wrapped, B2))[1]).toBe(`body: ${wrapped.replace(/\n/g, ' ')}`);
  });
  it('clean: spans point at each paragraph text exactly', () => {
    const { text, paragraphs, headline } = cleanArticleText(article(HEAD, B1, 'Pictured: A bridge', 'Pictured: A bridge', B2));
    expect(paragraphs.map((p) => text.slice(p.start, p.end))).toEqual([HEAD, B1, 'Pictured: A bridge', B2]);
    expect(headline).toBe(HEAD);
  });
  it('clean: empty input gives empty output', () => {
    expect(cleanArticleText('')).toEqual({ text: '', headline: '', paragraphs: [] });
  });
});
