/**
 * Golden dataset for the seed story (Harris – López Obrador, May/June 2021).
 *
 * Built by reading seeds/*.txt by hand. NOTHING in this file was produced by,
 * or copied from, pipeline output. See tests/golden/README.md for the rules
 * and for the procedure to change an expectation.
 *
 * Conventions (details in README.md):
 * - Every `text` is an exact substring of the raw file (only whitespace such as
 *   U+00A0 is normalised to a space when the sanity test looks it up).
 * - Quote `text` is exactly what stands between the quotation marks, including
 *   any punctuation inside the marks (a trailing comma or period), copied
 *   character-exact (curly vs straight apostrophes, U+00B4, accents).
 * - File 000 carries an unrelated AFP story appended at the end (see
 *   `goldenExcludedRegions`); nothing from that region is in this dataset.
 * - Identical quote texts that occur several times in one file (duplicated
 *   captions, a partial quote repeated in bullet + body) are listed once.
 */

export type FileId = '000' | '001' | '002' | '003' | '004';

export const goldenFiles: Record<FileId, { sourceFile: string; outlet: string; publishedAt: string }> = {
  '000': { sourceFile: '000_90bccb72a864c0a1.txt', outlet: 'Daily Mail (with AFP material)', publishedAt: '2021-06-08' },
  '001': { sourceFile: '001_f6c1b219ac37888e.txt', outlet: 'The New York Times', publishedAt: '2021-06-08' },
  '002': { sourceFile: '002_802e5e4a14bb8b1a.txt', outlet: 'EFE (English translation)', publishedAt: '2021-06-08' },
  '003': { sourceFile: '003_902e6964f8607039.txt', outlet: 'Voice of America', publishedAt: '2021-05-07' },
  '004': { sourceFile: '004_b8910899ddfdc2f1.txt', outlet: 'Riviera Maya News', publishedAt: '2021-06-08' },
};

/** Regions of a file that are not part of the story and must be ignored. */
export interface GoldenExcludedRegion {
  file: FileId;
  /** Exact first line of the excluded region; the region runs to end of file. */
  startsWith: string;
  reason: string;
  /** People named only inside the excluded region (must NOT appear as story people). */
  peopleOnlyInRegion: string[];
  /** Quotes inside the excluded region (must NOT be counted as story quotes). */
  quotesOnlyInRegion: string[];
}

export const goldenExcludedRegions: GoldenExcludedRegion[] = [
  {
    file: '000',
    startsWith: 'Mexico president upbeat despite election setback',
    reason:
      'Unrelated AFP story about the 6 June 2021 Mexican midterm elections appended after the Daily Mail article (through the final "Reporting by AFP" line).',
    peopleOnlyInRegion: ['Jose Antonio Crespo', 'Pablo Majluf', 'Claudia Cervantes', 'Tania Calderon', 'Mario Delgado'],
    quotesOnlyInRegion: [
      'free and fair.',
      "I'm very grateful because as a result of this election, the parties that are sympathetic to the transformation project that is under way will have a majority in the Chamber of Deputies,",
      "It's a defeat for Lopez Obrador - not overwhelming - but it does weaken him and his project because it requires constitutional reforms,",
      "It's an important victory for the opposition because it was able to capitalize on the discontent, although the reality is that people voted against Lopez Obrador, not for his opponents,",
      'is not going to be able to make the constitutional changes that someone would want with a view to concentrating power,',
      "They never had a plan and they still don't,",
      'Without the pandemic, the government would have done better,',
      'for the most needy, for the poor.',
    ],
  },
];

// ---------------------------------------------------------------------------
// 1. Quotes
// ---------------------------------------------------------------------------

export type QuoteKind = 'direct' | 'partial' | 'transcript';

/** Speaker labels used when no named person is the speaker. */
export const speakerLabels = ['Reporter', 'Translator', 'protesters'] as const;

export interface GoldenQuote {
  file: FileId;
  /** Exact characters between the quotation marks. */
  text: string;
  /** Canonical name from goldenPeople, or one of speakerLabels. */
  speaker: string;
  kind: QuoteKind;
  /** Whitespace-separated tokens that contain a letter or digit ("-" and "&" are not words). */
  words: number;
  /** Exact attribution cue in the file (verb phrase / label), when there is one next to the quote. */
  cue?: string;
  /**
   * This segment continues the previous entry's utterance: second half of a quote
   * broken by an attribution, a quote running on into the next paragraph, or a
   * "floating" quote that inherits the previous speaker.
   */
  continues?: boolean;
  /** The quote occurs only in a photo caption / summary bullet / subhead (possibly duplicated). */
  location?: 'caption' | 'bullet' | 'subhead';
  /** Borderline (e.g. protest-sign text, a word attributed to demonstrators): neither rewarded nor penalised. */
  optional?: boolean;
  /** For interpreter lines: whose words the translator renders. */
  onBehalfOf?: string;
  note?: string;
}

export const goldenQuotes: GoldenQuote[] = [
  // ----- 000 Daily Mail -----
  {
    file: '000',
    text: 'grand gesture',
    speaker: 'Kamala Harris',
    kind: 'partial',
    words: 2,
    note: 'Repeated in bullet, body, subhead and body again. Singular paraphrase of her actual words "as opposed to grand gestures".',
  },
  {
    file: '000',
    text: 'disappointing',
    speaker: 'Alexandria Ocasio-Cortez',
    kind: 'partial',
    words: 1,
    note: "Bullet and body; preceded by the possessive Harris' (apostrophe, not an opening quote).",
  },
  {
    file: '000',
    text: 'count on us',
    speaker: 'Andrés Manuel López Obrador',
    kind: 'partial',
    words: 3,
    cue: 'Lopez Obrador committed in a previous virtual meeting',
    note: 'From the 7 May virtual meeting; cf. 003 "You can count on us."',
  },
  {
    file: '000',
    text: 'no intervention of the United States in Mexico',
    speaker: 'protesters',
    kind: 'partial',
    words: 8,
    optional: true,
    note: 'Text of protest signs in Tijuana.',
  },
  {
    file: '000',
    text: 'We have a partnership, a longstanding partnership. Other than Canada, we are the closest neighbors to each other,',
    speaker: 'Kamala Harris',
    kind: 'direct',
    words: 18,
    cue: 'Harris told reporters Monday night',
  },
  {
    file: '000',
    text: 'That is the basis of the conversation I will have with him - is with that spirit, that we have to be partners.',
    speaker: 'Kamala Harris',
    kind: 'direct',
    words: 22,
    continues: true,
    note: 'Floating quote in its own paragraph; inherits Harris. "him" = López Obrador.',
  },
  {
    file: '000',
    text: 'some of the same issues',
    speaker: 'Ricardo Zuniga',
    kind: 'partial',
    words: 5,
    cue: 'according to special envoy Ricardo Zuniga',
  },
  {
    file: '000',
    text: "It's very important to show that the United States and Mexico are collaborating and trying to improve conditions on the ground among our neighbors, because of the importance that other countries in Central America have for both of us,",
    speaker: 'Ricardo Zuniga',
    kind: 'direct',
    words: 39,
    cue: 'he told reporters traveling with Harris',
    note: '"he" = Zuniga (previous sentence), not Harris.',
  },
  {
    file: '000',
    text: 'intervention',
    speaker: 'protesters',
    kind: 'partial',
    words: 1,
    location: 'caption',
    optional: true,
    note: 'AFP caption (duplicated): "Demonstrators asked US government to stop its \'intervention\'".',
  },
  {
    file: '000',
    text: 'tangible',
    speaker: 'Kamala Harris',
    kind: 'partial',
    words: 1,
    cue: 'Harris told reporters on Monday in Guatemala',
  },
  {
    file: '000',
    text: 'as opposed to grand gestures.',
    speaker: 'Kamala Harris',
    kind: 'partial',
    words: 5,
    cue: 'Harris told reporters on Monday in Guatemala',
    note: 'Also in the duplicated caption without the final period.',
  },
  {
    file: '000',
    text: "On the issues of Republicans' political attacks or criticism or even concerns, the reason I am here in Guatemala as my first trip as vice president of the United States is because this is one of our highest priorities,",
    speaker: 'Kamala Harris',
    kind: 'direct',
    words: 39,
    cue: 'Harris said during a question and answer portion of her press conference with the Guatemalan President',
    note: "TRAP: the possessive Republicans' inside a single-quoted quote is not the closing mark.",
  },
  {
    file: '000',
    text: 'I came here to be here on the ground, to speak with the leader of this nation around what we can do in a way that is significant, is tangible and has real results,',
    speaker: 'Kamala Harris',
    kind: 'direct',
    words: 34,
    cue: 'she continued',
  },
  {
    file: '000',
    text: 'And I will continue to be focused on that kind of work as opposed to grand gestures.',
    speaker: 'Kamala Harris',
    kind: 'direct',
    words: 17,
    continues: true,
  },
  {
    file: '000',
    text: 'believes',
    speaker: 'Kamala Harris',
    kind: 'partial',
    words: 1,
    cue: "Harris said she 'believes'",
  },
  {
    file: '000',
    text: 'I want to emphasize that the goal of our work is to help Guatemalans find hope at home,',
    speaker: 'Kamala Harris',
    kind: 'direct',
    words: 18,
    cue: 'Harris said after her bilateral meeting with Giammattei',
  },
  {
    file: '000',
    text: 'At the same time, I want to be clear to folks in this region who are thinking about making that dangerous trek to the United States-Mexico border: Do not come,',
    speaker: 'Kamala Harris',
    kind: 'direct',
    words: 30,
    cue: 'she said',
  },
  {
    file: '000',
    text: 'Do not come.',
    speaker: 'Kamala Harris',
    kind: 'direct',
    words: 3,
    continues: true,
    cue: 'repeated for emphasis:',
    note: 'Also in the duplicated AOC caption as \'Do not come\' ("her message was:").',
  },
  {
    file: '000',
    text: 'The United States will continue to enforce our laws and secure our border,',
    speaker: 'Kamala Harris',
    kind: 'direct',
    words: 13,
    cue: 'the vice president insisted',
  },
  {
    file: '000',
    text: 'There are legal methods by which migration can and should occur, but we, as one of our priorities, will discourage illegal migrations. And I believe if you come to our border, you will be turned back.',
    speaker: 'Kamala Harris',
    kind: 'direct',
    words: 36,
    continues: true,
  },
  {
    file: '000',
    text: 'mind your own business',
    speaker: 'protesters',
    kind: 'partial',
    words: 4,
    location: 'caption',
    optional: true,
    note: 'Duplicated caption; demand of protesters (note the pronoun shift "she \'mind your own business\'").',
  },
  {
    file: '000',
    text: 'It is not a grand gesture for Vice President Harris to inspect the damage and inhumanity fueled by the Biden Administration at the southern border,',
    speaker: 'Andy Biggs',
    kind: 'direct',
    words: 25,
    cue: 'Biggs said in a statement to DailyMail.com',
  },
  {
    file: '000',
    text: "However, Kamala would rather turn a blind eye to the mounting chaos than reinforce Trump's policies that would bring security and stability back to our border.",
    speaker: 'Andy Biggs',
    kind: 'direct',
    words: 26,
    continues: true,
    note: "Floating quote (inherits Biggs). TRAP: Trump's apostrophe inside single-quoted quote.",
  },
  {
    file: '000',
    text: 'set the house on fire',
    speaker: 'Alexandria Ocasio-Cortez',
    kind: 'partial',
    words: 5,
    cue: 'Ocasio-Cortez accused the United States of having',
    note: 'Paraphrase-in-quotes: her tweet says "set someone\'s house on fire".',
  },
  {
    file: '000',
    text: 'This is disappointing to see.',
    speaker: 'Alexandria Ocasio-Cortez',
    kind: 'direct',
    words: 5,
    cue: "She reacted to a clip of Harris' press conference by stating:",
    note: 'Same paragraph continues with an opening mark before "First" (tweet line breaks lost); no closing mark after "see."',
  },
  {
    file: '000',
    text: 'First, seeking asylum at any US border is a 100% legal method of arrival.',
    speaker: 'Alexandria Ocasio-Cortez',
    kind: 'direct',
    words: 14,
    continues: true,
    note: 'Unclosed at end of paragraph; the quote runs on into the next paragraph.',
  },
  {
    file: '000',
    text: "Second, the US spent decades contributing to regime change and destabilization in Latin America. We can't help set someone's house on fire and then blame them for fleeing.",
    speaker: 'Alexandria Ocasio-Cortez',
    kind: 'direct',
    words: 28,
    continues: true,
    note: "TRAP: can't and someone's apostrophes inside a single-quoted quote.",
  },
  {
    file: '000',
    text: 'It would be helpful if the US would finally acknowledge its contributions to destabilization and regime change in the region.',
    speaker: 'Alexandria Ocasio-Cortez',
    kind: 'direct',
    words: 20,
    cue: 'The New York congresswoman added:',
    note: 'Unclosed at end of paragraph; continues in the next paragraph.',
  },
  {
    file: '000',
    text: 'Doing so can help us change US foreign policy, trade policy, climate policy, & carceral border policy to address causes of mass displacement & migration.',
    speaker: 'Alexandria Ocasio-Cortez',
    kind: 'direct',
    words: 23,
    continues: true,
  },
  {
    file: '000',
    text: 'expectations',
    speaker: 'Andrés Manuel López Obrador',
    kind: 'partial',
    words: 1,
    cue: 'saying in a March press conference',
  },
  {
    file: '000',
    text: 'there would be a better treatment of migrants.',
    speaker: 'Andrés Manuel López Obrador',
    kind: 'partial',
    words: 8,
    cue: 'saying in a March press conference',
  },
  {
    file: '000',
    text: 'And this has caused Central American migrants, and also from our country, wanting to cross the border thinking that it is easier to do so,',
    speaker: 'Andrés Manuel López Obrador',
    kind: 'direct',
    words: 25,
    cue: 'he said',
    note: 'March 2021 press conference, not the June meeting.',
  },

  // ----- 001 New York Times -----
  {
    file: '001',
    text: 'Will you increase your assistance in immigration enforcement?',
    speaker: 'Reporter',
    kind: 'transcript',
    words: 8,
    cue: 'Reporter:',
    note: 'Video transcript line (question put to López Obrador).',
  },
  {
    file: '001',
    text: 'We will be speaking to the vice president, and we are very pleased to have her here.',
    speaker: 'Translator',
    kind: 'transcript',
    words: 17,
    cue: 'Translator:',
    onBehalfOf: 'Andrés Manuel López Obrador',
  },
  {
    file: '001',
    text: 'And we will touch on that subject.',
    speaker: 'Translator',
    kind: 'transcript',
    words: 7,
    cue: 'Translator:',
    onBehalfOf: 'Andrés Manuel López Obrador',
    continues: true,
  },
  {
    file: '001',
    text: 'But always addressing the fundamental root causes.',
    speaker: 'Translator',
    kind: 'transcript',
    words: 7,
    cue: 'Translator:',
    onBehalfOf: 'Andrés Manuel López Obrador',
    continues: true,
  },
  {
    file: '001',
    text: 'and I spent a significant amount of time together one on one,',
    speaker: 'Kamala Harris',
    kind: 'partial',
    words: 12,
    cue: 'Ms. Harris said afterward',
    note: 'TRAP: the sentence opens with "Mr. Lopez Obrador" (the subject), but the speaker is Harris; "I" = Harris.',
  },
  {
    file: '001',
    text: 'very directed candid conversations as well as a very productive bilateral meeting,',
    speaker: 'Kamala Harris',
    kind: 'partial',
    words: 12,
    cue: 'Ms. Harris said afterward',
    continues: true,
  },
  {
    file: '001',
    text: 'The two leaders also agreed to increase cooperation to further secure our borders and ensure orderly immigration,',
    speaker: 'Symone Sanders',
    kind: 'direct',
    words: 17,
    cue: 'Ms. Sanders said',
    note: 'From the statement mentioned in the previous paragraphs.',
  },
  {
    file: '001',
    text: 'I want to be clear to folks in this region who are thinking about making that dangerous trek to the United States-Mexico border: Do not come. Do not come,',
    speaker: 'Kamala Harris',
    kind: 'direct',
    words: 29,
    cue: 'Ms. Harris said in Guatemala City',
  },
  {
    file: '001',
    text: 'This is disappointing to see,',
    speaker: 'Alexandria Ocasio-Cortez',
    kind: 'direct',
    words: 5,
    cue: 'Representative Alexandria Ocasio-Cortez, Democrat of New York, said on Twitter',
  },
  {
    file: '001',
    text: 'First, seeking asylum at any US border is a 100% legal method of arrival.',
    speaker: 'Alexandria Ocasio-Cortez',
    kind: 'direct',
    words: 14,
    continues: true,
  },

  // ----- 002 EFE -----
  {
    file: '002',
    text: 'We are going to speak with the vice president and we are very pleased that she visits us. We are going to talk about the immigration issue but taking care of the causes,',
    speaker: 'Andrés Manuel López Obrador',
    kind: 'direct',
    words: 33,
    cue: 'López Obrador told the press',
  },
  {
    file: '002',
    text: 'cooperation between development agencies working in Central America.',
    speaker: 'Symone Sanders',
    kind: 'partial',
    words: 8,
    cue: 'told the press that both countries will sign a memorandum that will address',
  },
  {
    file: '002',
    text: 'expand cooperation between the United States and Mexico to address the causes of migration',
    speaker: 'Symone Sanders',
    kind: 'partial',
    words: 14,
    cue: 'She explained',
    note: 'TRAP: "She" = Sanders (previous sentence), not Harris. Describes what was agreed at the May virtual meeting.',
  },
  {
    file: '002',
    text: 'They will also speak specifically about migration at the US-Mexico border, both by stepping up law enforcement and partnering to address the root causes of it,',
    speaker: 'Symone Sanders',
    kind: 'direct',
    words: 26,
    cue: 'Harris’s spokeswoman said',
    note: 'Attributed by role noun only ("Harris’s spokeswoman").',
  },
  {
    file: '002',
    text: 'do not come',
    speaker: 'Kamala Harris',
    kind: 'partial',
    words: 3,
    cue: 'asking them:',
  },

  // ----- 003 Voice of America -----
  {
    file: '003',
    text: 'Together, we must fight violence. We must fight corruption and impunity,',
    speaker: 'Kamala Harris',
    kind: 'direct',
    words: 11,
    cue: 'Harris said at the start of the meeting',
  },
  {
    file: '003',
    text: 'It is in our countries’ mutual interest to provide immediate relief to the Northern Triangle and to address the root causes of migration.',
    speaker: 'Kamala Harris',
    kind: 'direct',
    words: 23,
    continues: true,
  },
  {
    file: '003',
    text: 'the migration policies you are developing, and we are going to help. You can count on us.',
    speaker: 'Andrés Manuel López Obrador',
    kind: 'partial',
    words: 17,
    cue: 'Lopez Obrador said his country agreed with',
    note: 'TRAP: opens with a curly “ and closes with a straight ". Starts as a fragment, so partial.',
  },
  {
    file: '003',
    text: 'establish a strategic partnership',
    speaker: 'Symone Sanders',
    kind: 'partial',
    words: 4,
    cue: 'Harris spokesperson Symone Sanders said in a statement',
  },
  {
    file: '003',
    text: 'Through this joint initiative, the United States and Mexico will leverage their expertise and resources to tackle a range of challenges, including lack of employment, limited market access, and deforestation and regional instability caused by climate change,',
    speaker: 'Symone Sanders',
    kind: 'direct',
    words: 37,
    cue: 'the statement said',
    note: 'Attributed to "the statement" = the statement Sanders issued (previous paragraph).',
  },
  {
    file: '003',
    text: "Most people don't want to leave home, and when they do, it is often because they are fleeing some harm or they are forced to leave because there are no opportunities,",
    speaker: 'Kamala Harris',
    kind: 'direct',
    words: 31,
    cue: 'Harris said',
    note: 'Straight double quotes in an otherwise curly-quoted article.',
  },
  {
    file: '003',
    text: 'It is in our best interests based on our political, historical and friendship relations. Sometimes there have been differences among us. However, we have a common border that is over 3,000 kilometers long, and we need to understand one another.',
    speaker: 'Andrés Manuel López Obrador',
    kind: 'direct',
    words: 40,
    cue: 'Lopez Obrador said,',
    note: 'Attribution precedes the quote.',
  },
  {
    file: '003',
    text: 'promoting a form of coup.',
    speaker: 'Andrés Manuel López Obrador',
    kind: 'partial',
    words: 5,
    cue: 'He described funding for the group',
  },
  {
    file: '003',
    text: "It's not our intention to create a bad atmosphere,",
    speaker: 'Andrés Manuel López Obrador',
    kind: 'direct',
    words: 9,
    cue: 'Lopez Obrador said ahead of the talks',
    note: 'TRAP: curly “ open, straight " close, straight apostrophe inside.',
  },

  // ----- 004 Riviera Maya News -----
  {
    file: '004',
    text: 'I believe that was a cruel policy to separate children from their parents, and many of them very young children. And the President feels the same way and we as an administration have made it a priority to reunify those children with their parents,',
    speaker: 'Kamala Harris',
    kind: 'direct',
    words: 44,
    cue: 'Harris said Tuesday to Mexico City media',
    note: '"the President" inside the quote = Biden, not López Obrador.',
  },
  {
    file: '004',
    text: 'The reality is we need to prioritize what’s happening at the border and we have to prioritize why people are going to the border,',
    speaker: 'Kamala Harris',
    kind: 'direct',
    words: 24,
    cue: 'she said',
  },
  {
    file: '004',
    text: 'spent a lot of time on the border both going there, physically, and aware of the issues.',
    speaker: 'Kamala Harris',
    kind: 'partial',
    words: 17,
    cue: 'Harris said that she has',
  },
  {
    file: '004',
    text: 'I think it is short-sided for any of us who are in the business of problem solving to suggest that we are only going to respond to the reaction as opposed to addressing the cause,',
    speaker: 'Kamala Harris',
    kind: 'direct',
    words: 35,
    cue: 'she added',
    note: '"short-sided" [sic].',
  },
  {
    file: '004',
    text: 'The meeting was transcendent, beneficial for our peoples and very pleasant,',
    speaker: 'Andrés Manuel López Obrador',
    kind: 'direct',
    words: 11,
    cue: 'said the president in a message on social networks',
    note: '"the president" here = López Obrador (his social-media message), while "the President" in the first quote = Biden.',
  },
];

/** Phrases in quotation marks that are NOT anyone's quotation. */
export interface GoldenNonQuote {
  file: FileId;
  text: string;
  why: 'scare quote' | 'title' | 'label' | 'nickname' | 'site chrome' | 'subhead';
  note?: string;
}

export const goldenNonQuotes: GoldenNonQuote[] = [
  { file: '000', text: 'border czar', why: 'nickname', note: "Media nickname for Harris's role, not Biden's words." },
  { file: '000', text: 'Remain in Mexico', why: 'title', note: 'Name of a Trump-era program.' },
  {
    file: '003',
    text: 'Range of challenges',
    why: 'subhead',
    note: 'Section subhead in single quotes (echoes the statement, but is a heading).',
  },
  { file: '004', text: 'Enter', why: 'site chrome', note: 'Press "Enter" to skip to content.' },
];

// ---------------------------------------------------------------------------
// 2. People
// ---------------------------------------------------------------------------

export interface GoldenPerson {
  /** Fullest form used in the texts (accented where any text accents it). */
  name: string;
  /** Name spellings actually used (with and without titles); each occurs in at least one listed file. */
  aliases: string[];
  files: FileId[];
  /** Role nouns / descriptions that refer to this person, per file (exact substrings). */
  roleReferences?: { file: FileId; text: string }[];
  /** Named only incidentally (e.g. photo credit); not a participant in the story. */
  incidental?: boolean;
  note?: string;
}

export const goldenPeople: GoldenPerson[] = [
  {
    name: 'Kamala Harris',
    aliases: [
      'Kamala Harris',
      'Harris',
      'Kamala',
      'Ms. Harris',
      'Vice President Harris',
      'Vice President Kamala Harris',
      'U.S. Vice President Kamala Harris',
      'US Vice President Kamala Harris',
    ],
    files: ['000', '001', '002', '003', '004'],
    roleReferences: [
      { file: '000', text: 'the vice president insisted' },
      { file: '001', text: 'We will be speaking to the vice president' },
      { file: '002', text: 'The Vice President of the United States' },
      { file: '002', text: 'the US vice president' },
      { file: '002', text: 'the vice president will travel' },
      { file: '003', text: 'The vice president made her appeal' },
    ],
    note: '002 once refers to her as "his" ("his first trip abroad") – translation error.',
  },
  {
    name: 'Andrés Manuel López Obrador',
    aliases: [
      'Andrés Manuel López Obrador',
      'Andres Manuel Lopez Obrador',
      'López Obrador',
      'Lopez Obrador',
      'Mr. Lopez Obrador',
      'President Lopez Obrador',
      'President Andres Manuel Lopez Obrador',
      'President Andrés Manuel López Obrador',
      'President López Obrador',
      'AMLO',
    ],
    files: ['000', '001', '002', '003', '004'],
    roleReferences: [
      { file: '000', text: 'the Mexican president has in the past blamed Biden' },
      { file: '000', text: 'Mexicos president' },
      { file: '000', text: 'her meeting with the president' },
      { file: '001', text: 'Mexico’s president' },
      { file: '002', text: 'received by the Mexican president' },
      { file: '003', text: 'The president first mentioned the proposal' },
      { file: '004', text: 'said the president in a message' },
    ],
    note: '000 also writes the possessive with U+00B4: "Lopez Obrador´s".',
  },
  {
    name: 'Joe Biden',
    aliases: ['Joe Biden', 'Biden', 'President Biden', 'President Joe Biden', 'U.S. President Joe Biden', 'Mr. Biden'],
    files: ['000', '001', '003', '004'],
    roleReferences: [{ file: '004', text: 'And the President feels the same way' }],
    note: '002 never names Biden ("the White House" only). "Biden administration" also appears in 000, 001, 004.',
  },
  {
    name: 'Donald Trump',
    aliases: ['Donald Trump', 'President Donald Trump', 'Trump', 'Donald J. Trump'],
    files: ['000', '001'],
  },
  {
    name: 'Alexandria Ocasio-Cortez',
    aliases: ['Alexandria Ocasio-Cortez', 'Ocasio-Cortez', 'AOC', 'Representative Alexandria Ocasio-Cortez'],
    files: ['000', '001'],
    roleReferences: [
      { file: '000', text: 'New York congresswoman AOC' },
      { file: '000', text: 'The New York congresswoman added' },
      { file: '001', text: 'Democrat of New York' },
    ],
  },
  {
    name: 'Alejandro Giammattei',
    aliases: ['Alejandro Giammattei', 'Giammattei', 'President Alejandro Giammattei', 'Guatemalan President Alejandro Giammattei'],
    files: ['000', '001'],
    roleReferences: [
      { file: '000', text: 'the Guatemalan President' },
      { file: '001', text: 'the Guatemalan president, Alejandro Giammattei' },
    ],
  },
  {
    name: 'Symone Sanders',
    aliases: ['Symone Sanders', 'Ms. Sanders'],
    files: ['001', '002', '003'],
    roleReferences: [
      { file: '001', text: 'a top adviser and spokeswoman for Ms. Harris' },
      { file: '002', text: 'the vice president’s spokeswoman' },
      { file: '002', text: 'Harris’s spokeswoman' },
      { file: '003', text: 'Harris spokesperson Symone Sanders' },
    ],
  },
  {
    name: 'Marcelo Ebrard',
    aliases: ['Marcelo Ebrard', 'Mexican Foreign Minister Marcelo Ebrard'],
    files: ['000'],
  },
  {
    name: 'Ricardo Zuniga',
    aliases: ['Ricardo Zuniga', 'special envoy Ricardo Zuniga'],
    files: ['000'],
    note: 'Real-world spelling is Ricardo Zúñiga; the texts use only the unaccented form.',
  },
  {
    name: 'Andy Biggs',
    aliases: ['Andy Biggs', 'Biggs', 'Congressman Andy Biggs'],
    files: ['000'],
    note: 'The text says "Republican of Texas"; the real Andy Biggs represents Arizona (error in the source, do not "fix" the text).',
  },
  {
    name: 'Erin Schaff',
    aliases: ['Erin Schaff'],
    files: ['001'],
    incidental: true,
    note: 'Photographer in a credit glued to a caption: "cooperation.CreditCredit…Erin Schaff/The New York Times".',
  },
];

/** Capitalised name-like strings that are NOT person mentions. */
export const goldenNotPeople: { file: FileId; text: string; note: string }[] = [
  { file: '000', text: 'Benito Juarez International airport', note: 'Airport named after a person; not a mention of a person.' },
  { file: '000', text: 'Air Force Two', note: 'Aircraft.' },
  { file: '000', text: 'Title 42', note: 'Legal provision.' },
  { file: '003', text: 'Eisenhower Executive Office Building', note: 'Building named after a person.' },
  { file: '002', text: 'Patio de Honor', note: 'Courtyard of the National Palace.' },
];

// ---------------------------------------------------------------------------
// 3. Shared facts (reported by two or more outlets)
// ---------------------------------------------------------------------------

export interface GoldenSource {
  file: FileId;
  /** Exact substring (>= 6 words) of the sentence that carries the fact. */
  text: string;
}

export interface GoldenSharedFact {
  id: string;
  statement: string;
  /** goldenEvents id the fact belongs to, if any (keeps the May and June meetings apart). */
  event?: string;
  sources: GoldenSource[];
  note?: string;
}

export const goldenSharedFacts: GoldenSharedFact[] = [
  {
    id: 'F01-meeting-tuesday',
    statement: 'Harris met (000: was about to meet) López Obrador in Mexico City on Tuesday 8 June 2021.',
    event: 'E02-june-meeting',
    sources: [
      { file: '000', text: 'ahead of her meeting with Mexicos president on Tuesday' },
      { file: '001', text: 'Vice President Kamala Harris met with Mexican President Andres Manuel Lopez Obrador on Tuesday' },
      { file: '002', text: 'arrived this Tuesday at the National Palace of Mexico to meet with the president Andrés Manuel López Obrador' },
      {
        file: '004',
        text: 'President Andrés Manuel López Obrador welcomed U.S. Vice President Kamala Harris to the National Palace Tuesday',
      },
    ],
    note: '000 was written before the meeting (future tense).',
  },
  {
    id: 'F02-national-palace',
    statement: 'The meeting took place at the National Palace.',
    event: 'E02-june-meeting',
    sources: [
      { file: '001', text: 'signed an agreement in Mexico’s national palace' },
      { file: '002', text: 'led Harris to the Patio de Honor of the National Palace' },
      { file: '004', text: 'welcomed U.S. Vice President Kamala Harris to the National Palace Tuesday' },
    ],
    note: '000 mentions a "National Palace" only in Guatemala City (caption) – not this fact.',
  },
  {
    id: 'F03-received-by-lopez-obrador',
    statement: 'López Obrador received / welcomed Harris at the palace.',
    event: 'E03-arrival-at-palace',
    sources: [
      { file: '002', text: 'at the presidential headquarters, where she was received by the Mexican president' },
      { file: '004', text: 'President Andrés Manuel López Obrador welcomed U.S. Vice President Kamala Harris' },
    ],
  },
  {
    id: 'F04-first-foreign-trip',
    statement: "The Guatemala–Mexico trip is Harris's first foreign trip as vice president.",
    sources: [
      { file: '000', text: "The Tuesday meeting will close out Harris' first foreign trip" },
      { file: '001', text: 'capping her first foreign trip with a discussion on economic cooperation' },
      { file: '002', text: 'his first trip abroad since taking office last January' },
      { file: '003', text: 'to search for solutions to the immigration challenge, her first foreign trip as vice president' },
    ],
  },
  {
    id: 'F05-guatemala-monday',
    statement: 'Before Mexico, Harris was in Guatemala on Monday 7 June.',
    event: 'E04-guatemala-visit',
    sources: [
      { file: '000', text: "The meeting follows Harris' Monday visit to Guatemala, where she met with President Alejandro Giammattei." },
      { file: '001', text: 'The meeting concludes a high-stakes visit for Ms. Harris to Mexico and Guatemala, where she was on Monday.' },
      { file: '002', text: 'landed in Mexico City on Monday night after a visit to Guatemala' },
    ],
  },
  {
    id: 'F06-giammattei',
    statement: 'In Guatemala Harris appeared with President Alejandro Giammattei.',
    event: 'E04-guatemala-visit',
    sources: [
      { file: '000', text: 'where she met with President Alejandro Giammattei' },
      { file: '001', text: 'standing feet away from the Guatemalan president, Alejandro Giammattei' },
    ],
  },
  {
    id: 'F07-landed-monday-night',
    statement: 'Harris landed in Mexico City on Monday night (7 June).',
    event: 'E05-landing-mexico-city',
    sources: [
      { file: '000', text: 'was pictured disembarking from Air Force Two in Mexico City late on Monday' },
      { file: '002', text: 'landed in Mexico City on Monday night after a visit to Guatemala' },
    ],
  },
  {
    id: 'F08-do-not-come',
    statement: 'In Guatemala Harris told would-be migrants: "Do not come."',
    event: 'E04-guatemala-visit',
    sources: [
      {
        file: '000',
        text: 'I want to be clear to folks in this region who are thinking about making that dangerous trek to the United States-Mexico border: Do not come',
      },
      {
        file: '001',
        text: 'I want to be clear to folks in this region who are thinking about making that dangerous trek to the United States-Mexico border: Do not come',
      },
      { file: '002', text: 'Harris sent a message to undocumented migrants, asking them: “do not come” to the United States.' },
    ],
  },
  {
    id: 'F09-criticism-democrats',
    statement: 'The "Do not come" message drew criticism from Democrats.',
    sources: [
      { file: '000', text: 'Harris was criticised from both sides of the aisle for her comments' },
      {
        file: '001',
        text: 'Ms. Harris sparked criticism from immigration advocates and Democrats when she delivered a blunt message to potential migrants.',
      },
    ],
  },
  {
    id: 'F10-aoc-asylum-legal',
    statement: 'Ocasio-Cortez found it disappointing and said seeking asylum at any US border is a legal method of arrival.',
    sources: [
      { file: '000', text: 'seeking asylum at any US border is a 100% legal method of arrival' },
      { file: '001', text: 'seeking asylum at any US border is a 100% legal method of arrival' },
    ],
  },
  {
    id: 'F11-republicans-border-visit',
    statement: 'Republicans criticised Harris for not visiting the southern border.',
    sources: [
      { file: '000', text: 'Other Republicans also have been open about their criticism of Harris refusing to visit the border' },
      { file: '001', text: 'Ms. Harris has faced criticism from Republicans for not visiting the United States’ southwest border' },
    ],
  },
  {
    id: 'F12-biden-tasked-harris',
    statement: 'Biden put Harris in charge of the migration effort.',
    event: 'E16-border-czar',
    sources: [
      {
        file: '000',
        text: 'who was tasked by Biden to work with Central American countries to stem the flow of migrants to the U.S.-Mexico border',
      },
      { file: '001', text: 'She has been tapped by President Biden to be the administration’s emissary' },
      { file: '002', text: 'The US vice president, in charge of immigration management by the White House' },
      { file: '003', text: 'U.S. President Joe Biden has tasked Harris with leading the White House effort to curb immigration' },
    ],
  },
  {
    id: 'F13-root-causes-june',
    statement: 'The June meeting was about addressing the root causes of migration (Central America).',
    event: 'E02-june-meeting',
    sources: [
      { file: '000', text: 'dealing with the root causes of migration from other countries in the region' },
      { file: '001', text: 'deter migration north by addressing its root causes: poverty, persecution and corruption in Central America' },
      { file: '002', text: 'both by stepping up law enforcement and partnering to address the root causes of it' },
      { file: '004', text: 'Harris met with AMLO to discuss and tackle the root causes of migration toward the US' },
    ],
  },
  {
    id: 'F14-memorandum',
    statement: 'A memorandum / agreement on cooperation (development in Central America, migration) was signed at the meeting.',
    event: 'E22-memorandum-signing',
    sources: [
      { file: '000', text: 'The two will witness the signing of a memorandum of understanding' },
      { file: '001', text: 'Ms. Harris and Mr. Lopez Obrador signed an agreement in Mexico’s national palace' },
      { file: '002', text: 'where both witnessed the signing of a memorandum of migratory cooperation between both governments' },
    ],
    note: 'Who signed diverges – see D-attribution-mou-signers.',
  },
  {
    id: 'F15-memorandum-development-central-america',
    statement: 'The memorandum concerns cooperation on development (agencies/programmes) in Central America.',
    event: 'E22-memorandum-signing',
    sources: [
      { file: '000', text: 'greater cooperation between the two nations on development programs in Guatemala, El Salvador and Honduras' },
      {
        file: '002',
        text: 'both countries will sign a memorandum that will address “cooperation between development agencies working in Central America.”',
      },
    ],
  },
  {
    id: 'F16-security',
    statement: 'Border / security cooperation was on the agenda.',
    event: 'E02-june-meeting',
    sources: [
      { file: '000', text: 'the economic and security relationship between the two nations' },
      { file: '001', text: 'The two leaders also agreed to increase cooperation to further secure our borders' },
      { file: '002', text: 'both will talk about security on the common border' },
      { file: '004', text: 'The United States and Mexico agreed to hold a cabinet-level security dialogue' },
    ],
  },
  {
    id: 'F17-economic-cooperation',
    statement: 'Economic cooperation was on the agenda.',
    event: 'E02-june-meeting',
    sources: [
      { file: '000', text: 'the economic and security relationship between the two nations' },
      { file: '001', text: 'capping her first foreign trip with a discussion on economic cooperation' },
      { file: '004', text: 'this key forum that will expand bilateral economic cooperation and collaboration' },
    ],
  },
  {
    id: 'F18-vaccines-pandemic',
    statement: 'Vaccines / the pandemic were discussed.',
    event: 'E02-june-meeting',
    sources: [
      { file: '000', text: "Harris aides say they'll discuss vaccine sharing" },
      { file: '001', text: 'noting that they discussed the pandemic, vaccines, migration and border security' },
    ],
  },
  {
    id: 'F19-human-trafficking',
    statement: 'Combating human trafficking was on the agenda.',
    event: 'E02-june-meeting',
    sources: [
      { file: '001', text: 'as well as joint efforts to combat human trafficking' },
      { file: '002', text: 'the fight against human trafficking are also expected to be addressed' },
    ],
  },
  {
    id: 'F20-labor',
    statement: 'Mexican labor (labor reform / labor legislation / protections for workers) was part of the agenda.',
    event: 'E02-june-meeting',
    sources: [
      { file: '001', text: 'to support labor protections for Mexican workers' },
      { file: '002', text: 'The Mexican labor reform, business development and the fight against human trafficking' },
      { file: '004', text: 'to work with Mexico as it implements labor legislation' },
    ],
  },
  {
    id: 'F21-130-million',
    statement: 'The U.S. will invest $130 million over three years (labor).',
    event: 'E02-june-meeting',
    sources: [
      { file: '001', text: 'The U.S. will also invest $130 million over three years' },
      {
        file: '004',
        text: 'The United States will invest an additional $130 million in technical assistance and cooperation over the next three years',
      },
    ],
  },
  {
    id: 'F22-entrepreneurs-labor-leaders',
    statement: 'After the meeting Harris meets women entrepreneurs and labor/union leaders.',
    event: 'E07-entrepreneurs-labor-leaders',
    sources: [
      { file: '000', text: 'Harris will spend the rest of the day meeting with female entrepreneurs and labor leaders in the nation.' },
      { file: '002', text: 'where she will meet with women entrepreneurs and union leaders' },
    ],
  },
  {
    id: 'F23-border-enforcement-cooperation',
    statement:
      "Per Harris's spokeswoman Symone Sanders, the two sides would cooperate on the border (enforcement/security) as well as migration.",
    event: 'E02-june-meeting',
    sources: [
      {
        file: '001',
        text: 'The two leaders also agreed to increase cooperation to further secure our borders and ensure orderly immigration',
      },
      {
        file: '002',
        text: 'They will also speak specifically about migration at the US-Mexico border, both by stepping up law enforcement',
      },
    ],
    note: '001 reports an outcome (after), 002 a preview (before).',
  },
  {
    id: 'F24-pre-meeting-remark',
    statement:
      'Before the private meeting López Obrador told the press they would talk with the vice president about migration while addressing its causes.',
    event: 'E02-june-meeting',
    sources: [
      { file: '001', text: 'We will be speaking to the vice president, and we are very pleased to have her here.' },
      { file: '002', text: 'We are going to speak with the vice president and we are very pleased that she visits us.' },
    ],
    note: 'Same utterance, two translations – see D-quote-lopez-obrador-pre-meeting.',
  },
  {
    id: 'F25-may-virtual-meeting',
    statement: 'Harris and López Obrador held a virtual meeting in May 2021.',
    event: 'E01-may-virtual-meeting',
    sources: [
      { file: '000', text: 'While Lopez Obrador committed in a previous virtual meeting with Harris' },
      { file: '002', text: 'continue the virtual conversation they held last May' },
      {
        file: '003',
        text: 'The vice president made her appeal during virtual immigration talks with Mexican President Andres Manuel Lopez Obrador.',
      },
    ],
  },
  {
    id: 'F26-count-on-us',
    statement: 'At the virtual meeting López Obrador said the U.S. could count on Mexico to help on migration.',
    event: 'E01-may-virtual-meeting',
    sources: [
      { file: '000', text: "the U.S. can 'count on us' to help address the issue of irregular migration" },
      { file: '003', text: 'and we are going to help. You can count on us.' },
    ],
  },
  {
    id: 'F27-may-agreement-northern-triangle',
    statement:
      'At the May meeting the two agreed to cooperate on the causes of migration from Guatemala, Honduras and El Salvador (Northern Triangle).',
    event: 'E01-may-virtual-meeting',
    sources: [
      { file: '002', text: 'to address the causes of migration” in Guatemala, Honduras and El Salvador' },
      { file: '003', text: 'to address economic underdevelopment and other factors that cause migration from the Northern Triangle' },
    ],
  },
  {
    id: 'F28-april-encounters',
    statement: 'In April 2021 border encounters/apprehensions were about 170,000–178,000, the highest in about 20 years.',
    event: 'E13-april-border-figures',
    sources: [
      { file: '000', text: 'Overall, it had more than 170,000 encounters on the border in April' },
      { file: '002', text: '178,120 illegal immigrants were detained last April at the border with Mexico' },
    ],
    note: 'Same quantity at different precision – see D-number-april.',
  },
  {
    id: 'F29-sovereignty',
    statement: "López Obrador accused the U.S. of violating Mexico's sovereignty by funding organisations critical of his government.",
    event: 'E12-sovereignty-accusation',
    sources: [
      {
        file: '000',
        text: "he also accused the U.S. of violating Mexico's sovereignty for giving money to non-governmental organizations",
      },
      {
        file: '003',
        text: 'the U.S. government had violated Mexico’s sovereignty by authorizing funding to an anti-corruption organization',
      },
    ],
  },
  {
    id: 'F30-unaccompanied-children',
    statement: 'Large / increasing numbers of unaccompanied minors are arriving at the U.S. border.',
    sources: [
      { file: '000', text: 'U.S. border authorities encountered nearly 19,000 unaccompanied children in March' },
      { file: '001', text: 'where an increasing number of lone migrant children and teenagers are arriving' },
      { file: '003', text: 'more than 20,000 unaccompanied children have entered the U.S. since January' },
    ],
    note: 'Different periods (March vs since January) – not a number conflict.',
  },
  {
    id: 'F31-migration-rising',
    statement: 'Irregular migration to the U.S. border is rising.',
    sources: [
      { file: '000', text: 'But the increase in migration at the border has become one of the major challenges' },
      { file: '002', text: 'the search for solutions to irregular migration, which is on the rise' },
    ],
  },
  {
    id: 'F32-pandemic-rule-asylum',
    statement: 'A Trump-era pandemic rule (Title 42), still used under Biden, lets border authorities turn migrants away without asylum.',
    sources: [
      { file: '000', text: 'after Trump introduced pandemic-related powers to deny migrants the opportunity to seek asylum' },
      {
        file: '001',
        text: 'The rule empowered border agents to rapidly turn away migrants without providing them a chance to apply for asylum',
      },
    ],
  },
  {
    id: 'F33-title-42-name',
    statement: 'The pandemic expulsion rule is known as Title 42.',
    sources: [
      { file: '000', text: 'Biden also exempted unaccompanied children from Title 42' },
      { file: '001', text: 'The continued use of the rule, known as Title 42' },
    ],
  },
];

// ---------------------------------------------------------------------------
// 4. Divergences
// ---------------------------------------------------------------------------

export type DivergenceKind = 'number' | 'wording' | 'attribution' | 'date' | 'omission';

export interface GoldenDivergence {
  id: string;
  kind: DivergenceKind;
  /** True when the members are renderings of the same utterance. */
  quoteVariant?: boolean;
  factId?: string;
  /** Files involved with exact substrings (for omissions: the files that DO report it). */
  members: GoldenSource[];
  /** Omissions only: files that leave the fact out. */
  omittedBy?: FileId[];
  explanation: string;
}

export const goldenDivergences: GoldenDivergence[] = [
  // --- numbers ---
  {
    id: 'D-number-april',
    kind: 'number',
    factId: 'F28-april-encounters',
    members: [
      { file: '000', text: 'more than 170,000 encounters on the border in April' },
      { file: '002', text: '178,120 illegal immigrants were detained last April' },
    ],
    explanation:
      'April 2021 border figure: Daily Mail rounds to "more than 170,000" encounters, EFE gives the exact CBP figure 178,120 – same quantity, different precision (compatible, not contradictory).',
  },
  // --- wording ---
  {
    id: 'D-wording-april-record',
    kind: 'wording',
    factId: 'F28-april-encounters',
    members: [
      { file: '000', text: 'the highest level in more than 20 years' },
      { file: '002', text: 'the highest number for that month since 2000' },
    ],
    explanation:
      'The record is framed differently: overall highest level in 20+ years (000) vs highest for the month of April since 2000 (002).',
  },
  {
    id: 'D-wording-april-encounters-vs-detained',
    kind: 'wording',
    factId: 'F28-april-encounters',
    members: [
      { file: '000', text: 'more than 170,000 encounters on the border in April' },
      { file: '002', text: '178,120 illegal immigrants were detained last April at the border with Mexico' },
    ],
    explanation: 'Neutral "encounters" (000, with a caveat about repeat crossings) vs "illegal immigrants were detained" (002).',
  },
  {
    id: 'D-wording-migrant-labels',
    kind: 'wording',
    factId: 'F08-do-not-come',
    members: [
      { file: '000', text: 'as she warned illegal migrants they are not welcome in the U.S.' },
      { file: '001', text: 'she delivered a blunt message to potential migrants' },
      { file: '002', text: 'Harris sent a message to undocumented migrants' },
    ],
    explanation:
      'The audience of the "Do not come" message is "illegal migrants" (000), "potential migrants" (001), "undocumented migrants" (002).',
  },
  {
    id: 'D-wording-mou-content',
    kind: 'wording',
    factId: 'F14-memorandum',
    members: [
      { file: '000', text: 'greater cooperation between the two nations on development programs in Guatemala, El Salvador and Honduras' },
      { file: '001', text: 'reiterating their governments’ commitment to deter migration north by addressing its root causes' },
      { file: '002', text: 'a memorandum of migratory cooperation between both governments' },
    ],
    explanation:
      'The same document is described as a development-programme MOU (000), a commitment to deter migration (001), and a "memorandum of migratory cooperation" (002).',
  },
  {
    id: 'D-wording-may-agreement',
    kind: 'wording',
    factId: 'F27-may-agreement-northern-triangle',
    members: [
      { file: '002', text: 'they agreed to “expand cooperation between the United States and Mexico to address the causes of migration”' },
      { file: '003', text: 'the two leaders agreed to “establish a strategic partnership”' },
    ],
    explanation:
      'What was agreed in May: "expand cooperation" (002, Sanders in June) vs "establish a strategic partnership" (003, Sanders\'s May statement).',
  },
  {
    id: 'D-wording-sovereignty-target',
    kind: 'wording',
    factId: 'F29-sovereignty',
    members: [
      { file: '000', text: 'for giving money to non-governmental organizations that were critical of his government' },
      { file: '003', text: 'by authorizing funding to an anti-corruption organization that had criticized his government' },
    ],
    explanation: 'Plural unnamed NGOs (000) vs one named anti-corruption group, Mexicans Against Corruption and Impunity (003).',
  },
  // --- quote variants ---
  {
    id: 'D-quote-do-not-come',
    kind: 'wording',
    quoteVariant: true,
    factId: 'F08-do-not-come',
    members: [
      {
        file: '000',
        text: 'At the same time, I want to be clear to folks in this region who are thinking about making that dangerous trek to the United States-Mexico border: Do not come,',
      },
      { file: '000', text: "she said, and repeated for emphasis: 'Do not come.'" },
      {
        file: '001',
        text: 'I want to be clear to folks in this region who are thinking about making that dangerous trek to the United States-Mexico border: Do not come. Do not come,',
      },
      { file: '002', text: 'do not come' },
    ],
    explanation:
      '000 keeps "At the same time," and splits the repetition with narration; 001 drops "At the same time," and quotes both "Do not come." in one quote; 002 quotes only the lower-case fragment.',
  },
  {
    id: 'D-quote-lopez-obrador-pre-meeting',
    kind: 'wording',
    quoteVariant: true,
    factId: 'F24-pre-meeting-remark',
    members: [
      { file: '001', text: 'We will be speaking to the vice president, and we are very pleased to have her here.' },
      { file: '001', text: 'And we will touch on that subject.' },
      { file: '001', text: 'But always addressing the fundamental root causes.' },
      {
        file: '002',
        text: 'We are going to speak with the vice president and we are very pleased that she visits us. We are going to talk about the immigration issue but taking care of the causes,',
      },
    ],
    explanation:
      'Two English translations of López Obrador\'s Spanish remark before the private meeting: 001 via the video interpreter ("Translator:") answering a reporter, 002 attributed directly to López Obrador.',
  },
  {
    id: 'D-quote-count-on-us',
    kind: 'wording',
    quoteVariant: true,
    factId: 'F26-count-on-us',
    members: [
      { file: '000', text: "the U.S. can 'count on us'" },
      { file: '003', text: 'the migration policies you are developing, and we are going to help. You can count on us.' },
    ],
    explanation: "000 reduces López Obrador's May remark to a 3-word fragment in indirect speech; 003 quotes the full sentence.",
  },
  // --- attribution ---
  {
    id: 'D-attribution-mou-signers',
    kind: 'attribution',
    factId: 'F14-memorandum',
    members: [
      { file: '000', text: 'The two will witness the signing of a memorandum of understanding' },
      { file: '001', text: 'Ms. Harris and Mr. Lopez Obrador signed an agreement' },
      { file: '002', text: 'where both witnessed the signing of a memorandum' },
    ],
    explanation:
      '001 says Harris and López Obrador signed it themselves; 000 and 002 say the two leaders witnessed its signing (by others).',
  },
  {
    id: 'D-attribution-pre-meeting-speaker',
    kind: 'attribution',
    factId: 'F24-pre-meeting-remark',
    members: [
      { file: '001', text: 'Translator: “We will be speaking to the vice president' },
      { file: '002', text: 'López Obrador told the press before starting the private meeting' },
    ],
    explanation: 'The same remark is labelled "Translator" in the 001 transcript and attributed to López Obrador in 002.',
  },
  // --- date ---
  {
    id: 'D-date-trip-length',
    kind: 'date',
    factId: 'F04-first-foreign-trip',
    members: [
      { file: '002', text: 'Harris’s three-day tour of Guatemala and Mexico' },
      { file: '003', text: 'she would visit Mexico and Guatemala on June 7-8' },
    ],
    explanation:
      'Trip length: "three-day tour" (002) vs a two-day "June 7-8" (003, announced in May). Both can be true (departure on 6 June), but the spans differ.',
  },
  // --- omissions ---
  {
    id: 'D-omission-national-palace',
    kind: 'omission',
    factId: 'F02-national-palace',
    members: [
      { file: '001', text: 'signed an agreement in Mexico’s national palace' },
      { file: '002', text: 'arrived this Tuesday at the National Palace of Mexico' },
      { file: '004', text: 'welcomed U.S. Vice President Kamala Harris to the National Palace Tuesday' },
    ],
    omittedBy: ['000'],
    explanation: 'The venue (National Palace) is absent from 000, whose only "National Palace" is in Guatemala City.',
  },
  {
    id: 'D-omission-do-not-come',
    kind: 'omission',
    factId: 'F08-do-not-come',
    members: [
      { file: '000', text: 'who are thinking about making that dangerous trek to the United States-Mexico border: Do not come' },
      { file: '001', text: 'who are thinking about making that dangerous trek to the United States-Mexico border: Do not come' },
      { file: '002', text: 'Harris sent a message to undocumented migrants, asking them: “do not come”' },
    ],
    omittedBy: ['004'],
    explanation: '004 leaves out Harris\'s "Do not come" message from Guatemala.',
  },
  {
    id: 'D-omission-guatemala-stop',
    kind: 'omission',
    factId: 'F05-guatemala-monday',
    members: [
      { file: '000', text: "The meeting follows Harris' Monday visit to Guatemala" },
      { file: '001', text: 'a high-stakes visit for Ms. Harris to Mexico and Guatemala, where she was on Monday' },
      { file: '002', text: 'landed in Mexico City on Monday night after a visit to Guatemala' },
    ],
    omittedBy: ['004'],
    explanation: '004 never mentions the Guatemala leg of the trip.',
  },
  {
    id: 'D-omission-first-foreign-trip',
    kind: 'omission',
    factId: 'F04-first-foreign-trip',
    members: [
      { file: '000', text: "The Tuesday meeting will close out Harris' first foreign trip" },
      { file: '001', text: 'capping her first foreign trip with a discussion on economic cooperation' },
      { file: '002', text: 'his first trip abroad since taking office last January' },
    ],
    omittedBy: ['004'],
    explanation: "004 does not say this is Harris's first foreign trip.",
  },
  {
    id: 'D-omission-biden-tasked',
    kind: 'omission',
    factId: 'F12-biden-tasked-harris',
    members: [
      { file: '000', text: 'who was tasked by Biden to work with Central American countries' },
      { file: '001', text: 'She has been tapped by President Biden to be the administration’s emissary' },
      { file: '002', text: 'in charge of immigration management by the White House' },
    ],
    omittedBy: ['004'],
    explanation: '004 does not mention that Biden put Harris in charge of migration.',
  },
  {
    id: 'D-omission-labor',
    kind: 'omission',
    factId: 'F20-labor',
    members: [
      { file: '001', text: 'to support labor protections for Mexican workers' },
      { file: '002', text: 'The Mexican labor reform, business development and the fight against human trafficking' },
      { file: '004', text: 'to work with Mexico as it implements labor legislation' },
    ],
    omittedBy: ['000'],
    explanation: 'Labor (reform, protections, the $130 million) is not part of 000\'s account (it only mentions meeting "labor leaders").',
  },
  {
    id: 'D-omission-may-meeting',
    kind: 'omission',
    factId: 'F25-may-virtual-meeting',
    members: [
      { file: '000', text: 'in a previous virtual meeting with Harris' },
      { file: '002', text: 'continue the virtual conversation they held last May' },
    ],
    omittedBy: ['001', '004'],
    explanation: '001 and 004 do not mention the earlier (May) virtual meeting between the two leaders.',
  },
  {
    id: 'D-omission-aoc-rest-of-thread',
    kind: 'omission',
    factId: 'F10-aoc-asylum-legal',
    members: [{ file: '000', text: 'Second, the US spent decades contributing to regime change and destabilization in Latin America.' }],
    omittedBy: ['001'],
    explanation:
      '001 quotes only the first two sentences of Ocasio-Cortez\'s tweet; 000 quotes the rest (regime change, "set someone\'s house on fire").',
  },
];

/** Pairs that look like conflicts but are not (for precision checks). */
export const goldenNotDivergences: { id: string; members: GoldenSource[]; explanation: string }[] = [
  {
    id: 'ND-children-periods',
    members: [
      { file: '000', text: 'nearly 19,000 unaccompanied children in March' },
      { file: '003', text: 'more than 20,000 unaccompanied children have entered the U.S. since January' },
    ],
    explanation: 'Different periods (March alone vs January–early May); no conflict.',
  },
  {
    id: 'ND-aoc-punctuation',
    members: [
      { file: '000', text: 'This is disappointing to see.' },
      { file: '001', text: 'This is disappointing to see,' },
    ],
    explanation: 'Same words, only the punctuation inside the marks differs; an agreed quote, not a variant.',
  },
  {
    id: 'ND-may-date-precision',
    members: [
      { file: '002', text: 'continue the virtual conversation they held last May' },
      { file: '003', text: 'U.S. Vice President Kamala Harris said Friday' },
    ],
    explanation: 'Same event (7 May 2021) at month vs day precision.',
  },
  {
    id: 'ND-last-month-referents',
    members: [
      { file: '000', text: 'Early last month, he also accused the U.S.' },
      { file: '003', text: 'at a Washington climate summit last month' },
    ],
    explanation:
      '"last month" is May 2021 in 000 (published June) and April 2021 in 003 (published May) – different months, different events.',
  },
  {
    id: 'ND-130-million',
    members: [
      { file: '001', text: 'invest $130 million over three years' },
      { file: '004', text: 'invest an additional $130 million in technical assistance and cooperation over the next three years' },
    ],
    explanation: 'Same figure and period; "additional" and the purpose wording differ but the numbers agree.',
  },
  {
    id: 'ND-two-national-palaces',
    members: [
      { file: '000', text: 'at the National Palace in Guatemala City' },
      { file: '004', text: 'to the National Palace Tuesday' },
    ],
    explanation: "Guatemala City's National Palace (7 June) vs Mexico City's (8 June): different places.",
  },
];

// ---------------------------------------------------------------------------
// 5. Events
// ---------------------------------------------------------------------------

export interface GoldenEventSource {
  file: FileId;
  /** Exact supporting substring. */
  text: string;
  /** The date expression inside `text` that this file uses, if any (e.g. 'Tuesday', 'last April'). */
  dateText?: string;
  /** Reported before it happened (announced / scheduled). */
  prospective?: boolean;
}

export interface GoldenEvent {
  id: string;
  /** 'YYYY-MM-DD' (day precision) or 'YYYY-MM' (month precision). */
  date: string;
  precision: 'day' | 'month';
  label: string;
  sources: GoldenEventSource[];
  note?: string;
}

export const goldenEvents: GoldenEvent[] = [
  {
    id: 'E21-border-crossings-rise',
    date: '2020-04',
    precision: 'month',
    label: "Illegal border crossings begin a steady increase after Trump's pandemic-related powers",
    sources: [{ file: '000', text: 'llegal border crossings have increased steadily since April 2020', dateText: 'April 2020' }],
    note: 'The source paragraph begins "llegal" (the I is missing).',
  },
  {
    id: 'E20-took-office',
    date: '2021-01',
    precision: 'month',
    label: 'Biden and Harris take office',
    sources: [
      { file: '002', text: 'his first trip abroad since taking office last January', dateText: 'last January' },
      { file: '000', text: 'Shortly after taking office, Biden also exempted unaccompanied children from Title 42' },
    ],
    note: '"last January" in a 2021-06-08 article = January 2021.',
  },
  {
    id: 'E18-march-1-commitment',
    date: '2021-03-01',
    precision: 'day',
    label: 'Biden and López Obrador commit to revive the High-Level Economic Dialogue',
    sources: [{ file: '004', text: 'President Biden’s and President López Obrador’s commitment on March 1', dateText: 'March 1' }],
  },
  {
    id: 'E15-march-unaccompanied-record',
    date: '2021-03',
    precision: 'month',
    label: 'Record of nearly 19,000 unaccompanied children encountered at the border',
    sources: [
      { file: '000', text: 'U.S. border authorities encountered nearly 19,000 unaccompanied children in March', dateText: 'March' },
    ],
  },
  {
    id: 'E16-border-czar',
    date: '2021-03',
    precision: 'month',
    label: 'Biden puts Harris in charge of the migration effort ("border czar")',
    sources: [
      { file: '000', text: "after being named 'border czar' by President Joe Biden in March", dateText: 'March' },
      { file: '001', text: 'She has been tapped by President Biden to be the administration’s emissary' },
      { file: '003', text: 'U.S. President Joe Biden has tasked Harris with leading the White House effort' },
    ],
    note: 'Only 000 dates it.',
  },
  {
    id: 'E17-march-press-conference',
    date: '2021-03',
    precision: 'month',
    label: "López Obrador blames Biden's policies for the rise in migration",
    sources: [
      {
        file: '000',
        text: "saying in a March press conference that the Biden administration had created 'expectations'",
        dateText: 'March',
      },
    ],
  },
  {
    id: 'E14-climate-summit-proposal',
    date: '2021-04',
    precision: 'month',
    label: 'López Obrador first proposes the tree-planting jobs programme at a Washington climate summit',
    sources: [
      { file: '003', text: 'The president first mentioned the proposal at a Washington climate summit last month', dateText: 'last month' },
    ],
    note: '"last month" in a 2021-05-07 article = April 2021.',
  },
  {
    id: 'E13-april-border-figures',
    date: '2021-04',
    precision: 'month',
    label: 'April 2021 border figures: 170,000+ (178,120) encounters, a 20-year high',
    sources: [
      { file: '000', text: 'Overall, it had more than 170,000 encounters on the border in April', dateText: 'April' },
      { file: '002', text: '178,120 illegal immigrants were detained last April at the border with Mexico', dateText: 'last April' },
    ],
    note: '"last April" in a June 2021 article = April 2021 (not 2020).',
  },
  {
    id: 'E11-trip-announced',
    date: '2021-05-05',
    precision: 'day',
    label: 'Harris announces her June 7–8 trip to Guatemala and Mexico',
    sources: [{ file: '003', text: 'Harris said Wednesday that she would visit Mexico and Guatemala on June 7-8', dateText: 'Wednesday' }],
    note: '"Wednesday" in an article published Friday 2021-05-07 = 2021-05-05.',
  },
  {
    id: 'E12-sovereignty-accusation',
    date: '2021-05',
    precision: 'month',
    label: "López Obrador accuses the U.S. of violating Mexico's sovereignty by funding critical NGOs",
    sources: [
      { file: '000', text: "Early last month, he also accused the U.S. of violating Mexico's sovereignty", dateText: 'Early last month' },
      {
        file: '003',
        text: "Prior to Friday's meeting, Lopez Obrador told reporters that the U.S. government had violated Mexico’s sovereignty",
        dateText: "Prior to Friday's meeting",
      },
    ],
    note: '"Early last month" in 000 = early May 2021; 003 places it shortly before Friday 7 May.',
  },
  {
    id: 'E24-lopez-obrador-press-conference-may-7',
    date: '2021-05-07',
    precision: 'day',
    label: "López Obrador's regular news conference before the virtual meeting",
    sources: [
      {
        file: '003',
        text: 'Lopez Obrador told reporters at his regular news conference shortly before Friday’s meeting',
        dateText: 'Friday’s',
      },
    ],
  },
  {
    id: 'E01-may-virtual-meeting',
    date: '2021-05-07',
    precision: 'day',
    label: 'Virtual meeting between Harris and López Obrador',
    sources: [
      {
        file: '003',
        text: 'U.S. Vice President Kamala Harris said Friday that the United States and Mexico must collaborate',
        dateText: 'Friday',
      },
      { file: '002', text: 'continue the virtual conversation they held last May', dateText: 'last May' },
      { file: '000', text: 'in a previous virtual meeting with Harris' },
    ],
    note: 'Must not be merged with the 8 June in-person meeting. 003 caption also dates it "May 7, 2021".',
  },
  {
    id: 'E10-midterm-elections',
    date: '2021-06',
    precision: 'month',
    label: 'Mexican midterm elections, just days before the meeting',
    sources: [{ file: '000', text: "The meeting comes just days after the country's midterm elections" }],
    note: 'The election day (6 June) is only given in the excluded appended AFP story, so month precision here.',
  },
  {
    id: 'E04-guatemala-visit',
    date: '2021-06-07',
    precision: 'day',
    label: 'Harris in Guatemala: meeting with Giammattei and press conference ("Do not come")',
    sources: [
      { file: '000', text: "The meeting follows Harris' Monday visit to Guatemala", dateText: 'Monday' },
      { file: '001', text: 'a high-stakes visit for Ms. Harris to Mexico and Guatemala, where she was on Monday', dateText: 'Monday' },
      { file: '002', text: 'During a press conference in Guatemala, Harris sent a message to undocumented migrants' },
    ],
    note: '000 captions also say "Monday, June 7, 2021". 003 (May) announced the trip for June 7-8 (see E11).',
  },
  {
    id: 'E06-tijuana-protest',
    date: '2021-06-07',
    precision: 'day',
    label: "Protest against Harris's visit outside the U.S. consulate in Tijuana",
    sources: [
      {
        file: '000',
        text: 'demonstrate at the US Consulate in Tijuana, Baja California state, Mexico on June 7, 2021',
        dateText: 'June 7, 2021',
      },
    ],
  },
  {
    id: 'E05-landing-mexico-city',
    date: '2021-06-07',
    precision: 'day',
    label: 'Harris lands in Mexico City (Monday night), met by Foreign Minister Ebrard',
    sources: [
      { file: '000', text: 'was pictured disembarking from Air Force Two in Mexico City late on Monday', dateText: 'late on Monday' },
      { file: '002', text: 'landed in Mexico City on Monday night after a visit to Guatemala', dateText: 'Monday night' },
    ],
  },
  {
    id: 'E03-arrival-at-palace',
    date: '2021-06-08',
    precision: 'day',
    label: 'Harris arrives at the National Palace (9:59 local) and is received by López Obrador',
    sources: [
      { file: '002', text: 'Harris arrived at 9.59 local time (14.59 GMT)', dateText: '9.59 local time' },
      { file: '004', text: 'welcomed U.S. Vice President Kamala Harris to the National Palace Tuesday', dateText: 'Tuesday' },
    ],
  },
  {
    id: 'E02-june-meeting',
    date: '2021-06-08',
    precision: 'day',
    label: 'In-person meeting of Harris and López Obrador at the National Palace, Mexico City',
    sources: [
      { file: '000', text: 'ahead of her meeting with Mexicos president on Tuesday', dateText: 'Tuesday', prospective: true },
      { file: '001', text: 'met with Mexican President Andres Manuel Lopez Obrador on Tuesday', dateText: 'Tuesday' },
      { file: '002', text: 'arrived this Tuesday at the National Palace of Mexico to meet with the president', dateText: 'this Tuesday' },
      { file: '004', text: 'The two met to discuss the bilateral agenda and migration.' },
    ],
    note: '"Tuesday" resolves to 2021-06-08 in the June articles. 003 only announced the June 7-8 trip (E11).',
  },
  {
    id: 'E22-memorandum-signing',
    date: '2021-06-08',
    precision: 'day',
    label: 'Signing of the memorandum on cooperation in Central America',
    sources: [
      { file: '000', text: 'The two will witness the signing of a memorandum of understanding', prospective: true },
      { file: '001', text: 'Ms. Harris and Mr. Lopez Obrador signed an agreement in Mexico’s national palace' },
      { file: '002', text: 'where both witnessed the signing of a memorandum of migratory cooperation' },
    ],
  },
  {
    id: 'E07-entrepreneurs-labor-leaders',
    date: '2021-06-08',
    precision: 'day',
    label: 'Harris meets women entrepreneurs and labor leaders',
    sources: [
      { file: '000', text: 'Harris will spend the rest of the day meeting with female entrepreneurs and labor leaders', prospective: true },
      { file: '002', text: 'where she will meet with women entrepreneurs and union leaders', prospective: true },
    ],
  },
  {
    id: 'E08-mexico-city-press-conference',
    date: '2021-06-08',
    precision: 'day',
    label: 'Harris speaks to the press in Mexico City after the meeting',
    sources: [
      { file: '001', text: 'Ms. Harris said afterward, noting that they discussed the pandemic' },
      {
        file: '002',
        text: 'where she will meet with women entrepreneurs and union leaders, to later offer a press conference',
        prospective: true,
      },
      { file: '004', text: 'Harris said Tuesday to Mexico City media', dateText: 'Tuesday' },
    ],
  },
  {
    id: 'E09-departure-washington',
    date: '2021-06-08',
    precision: 'day',
    label: 'Harris leaves for Washington on Tuesday afternoon',
    sources: [
      { file: '002', text: 'will leave for Washington this Tuesday afternoon', dateText: 'this Tuesday afternoon', prospective: true },
    ],
  },
  {
    id: 'E19-economic-dialogue-september',
    date: '2021-09',
    precision: 'month',
    label: 'High-Level Economic Dialogue to be held',
    sources: [
      { file: '004', text: 'agreed to hold a High-Level Economic Dialogue in September', dateText: 'September', prospective: true },
    ],
  },
];

// ---------------------------------------------------------------------------
// Traps: exact spots where an extractor is likely to go wrong.
// ---------------------------------------------------------------------------

export const goldenTraps: { file: FileId; text: string; note: string }[] = [
  { file: '000', text: "Harris' remarks were 'disappointing'", note: 'Possessive apostrophe right before a single-quoted quote.' },
  {
    file: '000',
    text: "Kamala says she WON'T visit the border because it would just be a 'grand gesture'",
    note: "Apostrophe in WON'T can be paired with the opening mark of 'grand gesture'.",
  },
  {
    file: '000',
    text: "'On the issues of Republicans' political attacks",
    note: 'Possessive inside a single-quoted quote (not the closing mark).',
  },
  {
    file: '000',
    text: "'This is disappointing to see. 'First,",
    note: 'Missing closing mark; the next opening mark is a paragraph-style continuation.',
  },
  { file: '000', text: 'llegal border crossings', note: 'Paragraph starts with a typo ("llegal" for "Illegal").' },
  {
    file: '000',
    text: 'Lopez Obrador´s party',
    note: 'U+00B4 ACUTE ACCENT used as an apostrophe (also Mexico´s, government´s, Biden´s, aren´t).',
  },
  { file: '000', text: 'Mexicos president', note: 'Missing apostrophe.' },
  {
    file: '000',
    text: 'who she has been couring for months',
    note: 'Caption typo ("couring") – the caption duplicates the lead sentence with different text, so near-duplicate detection must be fuzzy.',
  },
  {
    file: '000',
    text: "The Tuesday with Mexico's President Andres Manuel Lopez Obrador meeting will close out",
    note: 'Garbled caption sentence.',
  },
  { file: '000', text: 'Alexandria Ocasio-Cortez, pictured on June 5', note: 'Photo date, not an event in the story.' },
  { file: '000', text: 'Congressman Andy Biggs, Republican of Texas', note: 'Factual error in source (Biggs is from Arizona).' },
  { file: '000', text: 'at the National Palace in Guatemala City', note: "Guatemala's National Palace – not the Mexico City venue." },
  {
    file: '000',
    text: 'Mexico president upbeat despite election setback',
    note: 'Start of the appended, unrelated AFP story (exclude to end of file).',
  },
  {
    file: '001',
    text: 'Reporter: “Will you increase your assistance in immigration enforcement?” Translator:',
    note: 'The video transcript with speaker labels is in 001 (NYT), not 003; all four labelled lines are in one paragraph.',
  },
  {
    file: '001',
    text: 'economic cooperation.CreditCredit…Erin Schaff/The New York Times',
    note: 'Photo credit glued to the caption without a space.',
  },
  {
    file: '001',
    text: 'Mr. Lopez Obrador “and I spent',
    note: 'The named person before the quote is not the speaker (Harris, attributed at the end).',
  },
  { file: '001', text: 'Leave a Reply', note: 'Site chrome, no trailing newline.' },
  { file: '001', text: 'Continue reading the main story', note: 'Site chrome.' },
  { file: '002', text: 'his first trip abroad', note: '"his" refers to Harris (translation error) – do not resolve to López Obrador.' },
  { file: '002', text: 'She explained that the meeting', note: '"She" = Symone Sanders, not Harris.' },
  {
    file: '002',
    text: 'Harris arrived at 9.59 local time (14.59 GMT)',
    note: 'Times written with a period; not decimals and not sentence ends.',
  },
  { file: '003', text: 'You can count on us."', note: 'Curly opening mark closed by a straight mark.' },
  { file: '003', text: "Prior to Friday's meeting", note: 'Straight apostrophe here, curly (Friday’s) elsewhere in the same article.' },
  { file: '003', text: "'Range of challenges'", note: 'Subhead in single quotes, not a quotation.' },
  { file: '003', text: 'the statement said', note: 'Speaker is "the statement" = Symone Sanders\'s statement.' },
  {
    file: '003',
    text: 'Harris said Wednesday that she would visit Mexico and Guatemala on June 7-8',
    note: 'Relative date (Wednesday = 2021-05-05) plus a future date range.',
  },
  { file: '004', text: 'And the President feels the same way', note: '"the President" inside Harris\'s quote = Biden.' },
  { file: '004', text: 'said the president in a message on social networks', note: '"the president" here = López Obrador.' },
  { file: '004', text: 'Press "Enter" to skip to content', note: 'Site chrome with straight quotes.' },
  { file: '004', text: 'short-sided', note: 'Sic in quote; keep as is.' },
];
