import { describe, expect, it } from 'vitest';
import { article, B1, B2, B3, clean, HEAD, PLAIN } from './clean-fixtures';

describe('clean: site chrome', () => {
  it.each([
    'Continue reading the main story',
    'Press "Enter" to skip to content',
    'Skip to main content',
    'Accessibility links',
    'Breaking News',
    'Advertisement',
    'Share this article',
    'Facebook Twitter Email',
    'Subscribe to our newsletter',
    'Sign up for our daily briefing and get the news first.',
    'We use cookies to improve your experience on our site.',
    'Read more: Another council story from last week',
    'For more reporting from the wire service, see below:',
    'No menu items!',
    '[Read in Spanish]',
    'Leer en Español',
    'By Jane Roe',
    'JANE ROE, Regional News Agency',
    'June 8, 2021, 1:07 p.m. ET',
    'Published 06/09/2021, 10:48 AM',
    '01:20 09 june 2021 Source: example.com',
    'Editorial credit: J. Roe /',
    'Photo: Jane Roe/Agency',
    'Reporting by Jane Roe; Editing by John Doe',
    'Staff writer John Doe contributed to this report.',
    '© 2021 Example Media. All rights reserved.',
    '***Please sign up for our newsletters and download our app***',
    '🤯 This portfolio is up 29% this year! Join Now',
    'This article is more than 2 years old',
    '2 hours ago',
    'Image source, Example Agency',
    'Privacy Notice: Newsletters may contain info about charities and online ads.',
    'Reuse this content',
  ])('clean: drops the chrome line %j', (chrome) => {
    expect(clean(article(HEAD, B1, B2, chrome, B3))).toEqual(PLAIN);
  });

  it.each([
    ['a comment form', ['Leave a Reply', 'Your email address will not be published.', 'Top Stories', 'Another story teaser']],
    ['a related-topics list', ['Related Topics', 'Bridges', 'Local government']],
    ['a more-stories list', ['More on this story', 'Bridge plan delayed again after vote']],
  ])('clean: drops %s and everything after it', (_, tail) => {
    expect(clean(article(HEAD, B1, B2, B3, ...tail))).toEqual(PLAIN);
  });

  it('clean: drops the one- and two-word navigation menu above the headline', () => {
    expect(clean(`Skip to content\nHome\nNews\nLocal Politics\n\n${article(HEAD, B1, B2, B3)}`)).toEqual(PLAIN);
  });

  it('clean: drops a byline and the role line under it', () => {
    expect(clean(article(HEAD, 'By Jane Roe', 'City hall correspondent', B1, B2, B3))).toEqual(PLAIN);
  });

  it('clean: drops an interview credit line', () => {
    expect(clean(article(HEAD, 'Interview by Jane Roe', B1, B2, B3))).toEqual(PLAIN);
  });

  it.each([
    'Residents who subscribe to the council newsletter were told about the vote by email.',
    'By the end of the day, most of the councillors had gone home.',
    'Reporting by the local paper showed the costs had doubled since the first plan.',
    'For more than a decade, residents could not see the river from the old bridge.',
    'Copyright law was not part of the debate, the clerk said.',
  ])('clean: keeps prose that merely looks like chrome: %j', (prose) => {
    expect(clean(article(HEAD, B1, B2, prose, B3))).toContain(`body: ${prose}`);
  });

  it('clean: strips a date stamp glued to the first paragraph', () => {
    expect(clean(article(`date 2021-06-09 ${B1}`, B2))).toEqual([`body: ${B1}`, `body: ${B2}`]);
  });

  it('clean: drops a related-story teaser card (title, then a blurb repeating it)', () => {
    const teaser = 'Bridge costs: what we know';
    expect(
      clean(article(HEAD, B1, B2, teaser, `${teaser} The council published its estimates in March, and they have grown since.`, B3)),
    ).toEqual(PLAIN);
  });

  it('clean: drops an embedded social post and its signature', () => {
    const raw = article(
      HEAD,
      B1,
      B2,
      'Great news for the river.',
      'Build it now. https://t.co/abc123',
      '— Jo Bloggs (@jobloggs) June 7, 2021',
      B3,
    );
    expect(clean(raw)).toEqual(PLAIN);
  });
});

describe('clean: photo captions', () => {
  const caption = 'Mayor Ana Okafor waves to supporters outside the town hall';
  it.each([
    ['with "Pictured:"', `Pictured: ${caption}`],
    ['without a prefix', caption],
  ])('clean: keeps one copy of a duplicated caption %s', (_, line) => {
    expect(clean(article(HEAD, B1, line, line, B2, B3))).toEqual([PLAIN[0], PLAIN[1], `caption: ${line}`, PLAIN[2], PLAIN[3]]);
  });

  it('clean: keeps the body paragraph a caption repeats with "Pictured:" appended', () => {
    const line = `${B2.replace(',', '')} Pictured: ${caption}`;
    expect(clean(article(HEAD, B1, B2, line, line, B3))).toEqual([...PLAIN.slice(0, 3), `caption: ${line}`, PLAIN[3]]);
  });

  it.each([
    ['a glued "Credit…" credit', `${caption}.CreditCredit…Jane Roe/The Daily Planet`],
    ['a "(Photo: …)" credit', `${caption}. (Photo: Jane Roe/Getty Images)`],
    ['a ". Photo: …" credit', `${caption}. Photo: Agency`],
    ['an "Agency/Name" credit', `${caption}. AGENCY/Jane Roe`],
    ['a "© Agency." notice', `© Agency. ${caption}.`],
  ])('clean: detaches %s from a caption and drops it', (_, line) => {
    const result = clean(article(HEAD, B1, B2, line, B3));
    expect(result[3]).toBe(`caption: ${caption}.`);
    expect(result).toHaveLength(5);
  });

  it('clean: a caption printed before and after its credited copy keeps the first copy', () => {
    const raw = article(HEAD, B1, `${caption}.`, `${caption}.CreditCredit…Jane Roe/The Daily Planet`, B2, B3);
    expect(clean(raw)).toEqual([PLAIN[0], PLAIN[1], `caption: ${caption}.`, PLAIN[2], PLAIN[3]]);
  });

  it('clean: the line after an "Image caption," label is a caption', () => {
    expect(clean(article(HEAD, 'Image caption,', caption, B1, B2))).toEqual([PLAIN[0], `caption: ${caption}`, PLAIN[1], PLAIN[2]]);
  });

  it('clean: a photo description closed by its date is a caption', () => {
    const line = 'Mayor Ana Okafor speaks during a meeting at the town hall in Riverton, May 7, 2021.';
    expect(clean(article(HEAD, line, B1, B2))).toEqual([PLAIN[0], `caption: ${line}`, PLAIN[1], PLAIN[2]]);
  });
});
