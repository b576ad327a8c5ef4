/**
 * Second golden story: real coverage of the 8 June 2021 Harris – López Obrador
 * meeting, from tests/fixtures/coverage/ (byte copies of /work/shared/coverage).
 *
 * Built by reading the eight files below by hand. NOTHING in this file was
 * produced by, or copied from, pipeline output, and no pipeline code was run to
 * produce or check it. See tests/golden/README.md ("Second golden story:
 * coverage") for the rules and for the procedure to change an expectation.
 *
 * Conventions (same as seed-story.golden.ts):
 * - Every `text` is an exact substring of the raw file (the sanity test only
 *   normalises whitespace, U+00A0 included, before looking it up), copied
 *   character-exact: straight vs curly apostrophes and quotation marks, accents.
 * - Fact, different-fact-pair, divergence and not-divergence substrings are at
 *   least 6 words long and are cut from the sentence that carries the fact.
 * - Quote renderings (`coverageQuotes`) are exactly the characters between the
 *   quotation marks and are exempt from the 6-word rule ("Do not come.").
 * - Only the article body counts: no headlines, photo captions, ads, menus,
 *   aggregator sidebars or comment forms (see `coverageTraps`).
 * - Each file holds only the opening ~2,000 characters of its page, often cut
 *   mid-sentence. A fact an outlet may report further down the page is not
 *   "omitted" by it, so this dataset records no omission divergences.
 */

export type CoverageFileId = '02' | '04' | '11' | '12' | '13' | '18' | '20' | '24';

export const coverageFiles: Record<CoverageFileId, { sourceFile: string; outlet: string; publishedAt: string; note?: string }> = {
  '02': {
    sourceFile: '02_ap_jaffe_wionews.txt',
    outlet: 'Associated Press (via WION)',
    publishedAt: '2021-06-08',
    note: 'The file itself starts " date 2021-06-09" (republication date); index.json gives 2021-06-08. Cut mid-word at "previous virtual mee".',
  },
  '04': {
    sourceFile: '04_reuters_graham_jun9.txt',
    outlet: 'Reuters (via Investing.com)',
    publishedAt: '2021-06-09',
    note: 'Written the day AFTER the meeting: its "Wednesday" news conference is 9 June, not 8 June. Ad lines and a duplicated photo caption at the top.',
  },
  '11': {
    sourceFile: '11_riotimes.txt',
    outlet: 'The Rio Times',
    publishedAt: '2021-06-08',
    note: 'Dateline "RIO DE JANEIRO, BRAZIL" although the events are in Mexico City.',
  },
  '12': { sourceFile: '12_pulsenewsmexico_jun9.txt', outlet: 'Pulse News Mexico', publishedAt: '2021-06-09' },
  '13': {
    sourceFile: '13_elamerican_efe_translation.txt',
    outlet: 'El American',
    publishedAt: '2021-06-08',
    note: 'English rendering of EFE Spanish wire copy (a near-duplicate of seed file 002, not an independent source).',
  },
  '18': {
    sourceFile: '18_ussun_allworldreport.txt',
    outlet: 'Live blog (republished by allworldreport)',
    publishedAt: '2021-06-08',
    note: 'Live blog: "today" = Tuesday 8 June, "yesterday" = Monday 7 June.',
  },
  '20': {
    sourceFile: '20_big1021_radio.txt',
    outlet: 'BIG 102.1',
    publishedAt: '2021-06-08',
    note: 'Ends in a comment form (site chrome).',
  },
  '24': {
    sourceFile: '24_may7_pulsenewsmexico.txt',
    outlet: 'Pulse News Mexico',
    publishedAt: '2021-05-10',
    note: 'About the 7 MAY 2021 virtual meeting, not the June visit. Included so that the two events must stay apart.',
  },
};

/**
 * Event ids. The first three are the ones named in the brief; 'june-7-arrival'
 * (Harris landing in Mexico City on the night of Monday 7 June) is neither the
 * Guatemala visit nor the meeting, so it has its own id.
 */
export type CoverageEvent = 'june-8-meeting' | 'may-7-call' | 'june-7-guatemala' | 'june-7-arrival';

export const coverageEvents: Record<CoverageEvent, { date: string; label: string }> = {
  'june-8-meeting': { date: '2021-06-08', label: 'Harris visits López Obrador at the National Palace, Mexico City; MOU signed' },
  'may-7-call': { date: '2021-05-07', label: 'Harris and López Obrador hold a virtual meeting' },
  'june-7-guatemala': { date: '2021-06-07', label: 'Harris in Guatemala ("Do not come")' },
  'june-7-arrival': { date: '2021-06-07', label: 'Harris lands in Mexico City on Monday night' },
};

// ---------------------------------------------------------------------------
// 1. Shared facts (reported by two or more of the chosen files)
// ---------------------------------------------------------------------------

export interface CoverageSource {
  file: CoverageFileId;
  /** Exact substring (>= 6 words) of the sentence that carries the fact. */
  text: string;
}

export interface CoverageSharedFact {
  id: string;
  statement: string;
  /** Omitted for background facts that belong to no single event. */
  event?: CoverageEvent;
  sources: CoverageSource[];
  note?: string;
}

export const coverageSharedFacts: CoverageSharedFact[] = [
  {
    id: 'C01-met-tuesday',
    statement: 'Harris and López Obrador met (in Mexico City) on Tuesday 8 June 2021.',
    event: 'june-8-meeting',
    sources: [
      { file: '02', text: 'the two leaders met for over an hour in an elegant conference room at the palace' },
      { file: '04', text: 'after the two leaders met in Mexico City on Tuesday' },
      { file: '12', text: 'afterwards went into AMLO’s office to discuss important issues between Mexico and the United States' },
      {
        file: '13',
        text: 'Mexican President Andrés Manuel López Obrador received Kamala Harris, Vice President of the United States this Tuesday',
      },
      { file: '18', text: 'KAMALA Harris has finally met with Mexican President Andrés Manuel López Obrador today' },
      { file: '20', text: 'Vice President Kamala Harris met with Mexican President Andres Manuel Lopez Obrador in Mexico City on Tuesday' },
    ],
    note: '18 says "today" (live blog of 8 June). 04 is dated 9 June and still says "on Tuesday". 11 names the day only for the MOU signing (C08).',
  },
  {
    id: 'C02-national-palace',
    statement: 'The visit took place at the National Palace in Mexico City.',
    event: 'june-8-meeting',
    sources: [
      { file: '02', text: 'Speaking at the start of their bilateral meeting at the Mexican national palace' },
      { file: '11', text: 'witnessed on Tuesday at Mexico’s National Palace the signing of a memorandum' },
      { file: '12', text: 'Harris arrived to the National Palace, which beefed up security ahead of her visit, at 10 a.m.' },
      { file: '13', text: 'this Tuesday at the National Palace of Mexico to address the migration crisis' },
      { file: '20', text: 'Lopez Obrador told reporters at the National Palace in Mexico City:' },
    ],
  },
  {
    id: 'C03-received-by-lopez-obrador',
    statement: 'López Obrador received / greeted Harris when she arrived at the palace.',
    event: 'june-8-meeting',
    sources: [
      { file: '12', text: 'where she was greeted by a maskless Mexican President Andrés Manuel López Obrador (AMLO)' },
      { file: '13', text: 'at the presidential headquarters, where she was received by the Mexican president' },
    ],
  },
  {
    id: 'C04-arrival-time',
    statement: 'Harris arrived at the palace at about 10 a.m. on 8 June.',
    event: 'june-8-meeting',
    sources: [
      { file: '12', text: 'Harris arrived to the National Palace, which beefed up security ahead of her visit, at 10 a.m.' },
      { file: '13', text: 'Harris arrived at 9.59 local time (14.59 GMT)' },
    ],
    note: 'Same time at different precision; see D01.',
  },
  {
    id: 'C05-heavy-security',
    statement: 'Security was tight at the National Palace for the visit.',
    event: 'june-8-meeting',
    sources: [
      { file: '12', text: 'the National Palace, which beefed up security ahead of her visit' },
      { file: '13', text: 'in the middle of a strong security device, at the presidential headquarters' },
    ],
    note: '"strong security device" is a literal translation of Spanish "fuerte dispositivo de seguridad".',
  },
  {
    id: 'C06-lopez-obrador-no-mask',
    statement: 'López Obrador wore no mask (Harris did).',
    event: 'june-8-meeting',
    sources: [
      { file: '12', text: 'greeted by a maskless Mexican President Andrés Manuel López Obrador' },
      { file: '13', text: 'López Obrador, who unlike the American vice-president was not wearing a mask' },
    ],
  },
  {
    id: 'C07-greeting',
    statement: 'López Obrador greeted Harris with "mucho gusto" ("It\'s a pleasure").',
    event: 'june-8-meeting',
    sources: [
      { file: '12', text: 'López Obrador (AMLO) with a customary “mucho gusto!”' },
      { file: '13', text: '“It’s a pleasure,” said the president, while she replied' },
    ],
    note: 'Very probably the same utterance: "mucho gusto" is Spanish for "(it is) a pleasure", and the Spanish fixture 31 (Proceso, not in this set) has López Obrador greeting her with "Presidenta, Kamala, mucho gusto". Kept borderline; see D08.',
  },
  {
    id: 'C08-mou-signed-at-palace',
    statement:
      'A memorandum of understanding between the two governments was signed at the palace in the presence of Harris and López Obrador.',
    event: 'june-8-meeting',
    sources: [
      { file: '02', text: 'Harris and López Obrador watched as the Mexican foreign affairs secretary' },
      {
        file: '11',
        text: 'witnessed on Tuesday at Mexico’s National Palace the signing of a memorandum between the governments of both countries on immigration cooperation',
      },
      { file: '12', text: 'Together they signed the memorandum and took a tour of the National Palace' },
      {
        file: '13',
        text: 'where they both witnessed the signing of a memorandum of cooperation between the two governments on immigration',
      },
      { file: '18', text: 'she met with Mexican President Andrés Manuel López Obrador to sign the Memorandum of Understanding' },
    ],
    note: 'Who signed differs (12 and 18: Harris and López Obrador themselves); see D03.',
  },
  {
    id: 'C09-mou-signatories',
    statement:
      "The memorandum was signed by Mexico's foreign secretary (Marcelo Ebrard) and the US Embassy's chargé d'affaires (John S. Creamer).",
    event: 'june-8-meeting',
    sources: [
      {
        file: '02',
        text: "the Mexican foreign affairs secretary and the chargé d'affaires of the US Embassy in Mexico signed a memorandum of understanding",
      },
      {
        file: '11',
        text: 'The document was signed by the Mexican Secretary of Foreign Affairs, Marcelo Ebrard, and the Chargé d’Affaires of the U.S. Embassy in Mexico, John S. Creamer.',
      },
    ],
    note: '02 gives the offices only, 11 also the names. Apostrophe differs: straight in 02, U+2019 in 11.',
  },
  {
    id: 'C10-signing-before-meeting',
    statement: 'The signing came first, then the (private / bilateral) meeting.',
    event: 'june-8-meeting',
    sources: [
      { file: '02', text: 'Just prior to the meeting, Harris and López Obrador watched' },
      { file: '11', text: 'before starting the private meeting between the delegations of both countries' },
      {
        file: '12',
        text: 'Together they signed the memorandum and took a tour of the National Palace, and afterwards went into AMLO’s office',
      },
      { file: '18', text: 'to sign the Memorandum of Understanding followed by their bilateral meeting' },
    ],
  },
  {
    id: 'C11-diego-rivera-mural',
    statement: 'Before the meeting López Obrador and Harris stood in front of a Diego Rivera mural.',
    event: 'june-8-meeting',
    sources: [
      { file: '11', text: 'López Obrador and Harris were photographed on the steps of the Palace, in front of a Diego Rivera mural' },
      {
        file: '18',
        text: 'Standing in front of the Diego Rivera mural, López Obrador was asked about increasing border security spending',
      },
    ],
  },
  {
    id: 'C12-mou-central-america',
    statement: 'The memorandum is about cooperation (development / migration) in Central America: Guatemala, El Salvador, Honduras.',
    event: 'june-8-meeting',
    sources: [
      {
        file: '02',
        text: 'aimed at greater cooperation between the two countries on development programmes in Guatemala, El Salvador and Honduras',
      },
      {
        file: '11',
        text: 'would promote and “foster options” in Central American countries, especially Guatemala, Honduras, and El Salvador',
      },
      { file: '12', text: 'sign a memorandum of understanding with Mexico on the topic of Central American migration' },
      {
        file: '13',
        text: 'the two countries will sign a memorandum that will address “cooperation between development agencies working in Central America”',
      },
    ],
    note: '12 and 13 describe it before the signing (Ebrard in the morning; Sanders on Monday night). Framing differs: see D09.',
  },
  {
    id: 'C13-mou-reforestation-youth',
    statement: "The memorandum extends Mexico's reforestation programme (Sembrando Vida) and youth programme into Central America.",
    event: 'june-8-meeting',
    sources: [
      {
        file: '11',
        text: 'extend into Central America the reforestation projects Sembrando Vida and the scholarship program Jóvenes Construyendo el Futuro',
      },
      { file: '13', text: 'measures focused on giving opportunities to youth and also to farmers through a reforestation program' },
    ],
  },
  {
    id: 'C14-ebrard-morning-conference',
    statement: "At López Obrador's morning press conference on Tuesday, Foreign Secretary Ebrard spoke about the memorandum.",
    event: 'june-8-meeting',
    sources: [
      {
        file: '11',
        text: 'during López Obrador’s morning press conference, the Mexican Foreign Minister stated that the Memorandum of Understanding',
      },
      {
        file: '12',
        text: 'During the president’s daily morning press conference on Tuesday, Ebrard said Harris was expected to sign a memorandum of understanding',
      },
    ],
    note: 'Not the same press conference as 04\'s "Wednesday" news conference (9 June); see P09.',
  },
  {
    id: 'C15-delegations',
    statement: "The talks were held with the two delegations (Harris's aides for the region, Mexican ministers).",
    event: 'june-8-meeting',
    sources: [
      { file: '02', text: 'Joined by her top foreign policy aides for the region, the two leaders met' },
      {
        file: '11',
        text: 'formed by several Mexican ministers and the U.S. special envoy for the Northern Triangle of Central America, Ricardo Zúñiga',
      },
    ],
  },
  {
    id: 'C16-pre-meeting-remark',
    statement:
      'Before the meeting López Obrador told the press he was pleased to have Harris and they would discuss migration while addressing its (root) causes.',
    event: 'june-8-meeting',
    sources: [
      { file: '11', text: 'We are going to talk about the migration issue but addressing the causes' },
      { file: '13', text: 'We are going to talk about the immigration issue but addressing the causes' },
      { file: '18', text: 'And we will touch on that subject but always addressing the fundamental root causes.' },
      { file: '20', text: 'we will touch on [border security], but always addressing the fundamental root causes.' },
    ],
    note: 'Two translation families of the same Spanish remark (11/13 vs 18/20); see D04–D06 and coverageQuotes Q01.',
  },
  {
    id: 'C17-landed-monday-night',
    statement: 'Harris flew from Guatemala and landed in Mexico City on Monday night, 7 June.',
    event: 'june-7-arrival',
    sources: [
      { file: '12', text: 'The VP arrived in Mexico late Monday night from her trip to Guatemala' },
      { file: '13', text: 'landed on Monday night in Mexico City after a visit to Guatemala' },
      { file: '18', text: 'Harris left Guatemala for Mexico yesterday evening and touched down at Benito Juarez airport' },
    ],
    note: '18 is cut at "shortly after 11p"; "yesterday evening" = Monday 7 June.',
  },
  {
    id: 'C18-guatemala-monday',
    statement: 'Before Mexico, Harris visited Guatemala on Monday 7 June.',
    event: 'june-7-guatemala',
    sources: [
      {
        file: '02',
        text: 'a brief foray focused on dealing with the root causes of migration that brought her first to Guatemala on Monday',
      },
      { file: '20', text: 'Harris’ Mexico visit comes after she visited Guatemala on Monday' },
    ],
    note: '12, 13 and 18 mention the Guatemala stop only as where she flew from (C17).',
  },
  {
    id: 'C19-do-not-come',
    statement: 'In Guatemala Harris told would-be migrants: "Do not come."',
    event: 'june-7-guatemala',
    sources: [
      { file: '18', text: 'Do not come. Do not come," Harris said yesterday.' },
      { file: '20', text: 'where she told Central Americans “Do not come.”' },
    ],
  },
  {
    id: 'C20-first-foreign-trip',
    statement: "The Guatemala–Mexico trip is Harris's first foreign trip as vice president.",
    sources: [
      { file: '02', text: "The visit to Mexico capped Harris' first foreign trip as vice president" },
      { file: '04', text: 'as part of her first trip abroad since taking office' },
      { file: '20', text: 'as part of her first foreign trip since taking office in January' },
    ],
    note: '12\'s "visited Mexico for the first time in her position" is a different claim (first visit to Mexico as VP); see P10.',
  },
  {
    id: 'C21-biden-tasked-harris',
    statement: 'Biden / the White House put Harris in charge of the migration issue.',
    sources: [
      { file: '04', text: 'Tasked by U.S. President Joe Biden with addressing the migration challenge' },
      { file: '13', text: 'The American vice-president, in charge of immigration management on behalf of the White House' },
      { file: '20', text: 'President Joe Biden put Harris in charge of the migrant surge at the southern border.' },
    ],
    note: 'The scope of the mandate is worded differently; see D11.',
  },
  {
    id: 'C22-tweet-share-history',
    statement: 'Harris tweeted: "The United States and Mexico share history and family..." (on arrival / before the meeting).',
    sources: [
      { file: '12', text: '“The United States and Mexico share history and family,” wrote Harris on Twitter following her arrival.' },
      { file: '20', text: 'Harris tweeted before her meet with Lopez Obrador: “The United States and Mexico share history and family.' },
    ],
    note: 'No event: tweeted after landing (night of 7 June, per 12) and before the meeting (per 20); both can be true. Wording of the second sentence differs: D07.',
  },
  {
    id: 'C23-new-era',
    statement: 'Harris said the United States and Mexico are "embarking on a new era".',
    event: 'june-8-meeting',
    sources: [
      { file: '02', text: "the United States and Mexico are 'embarking on a new era' during her first in-person meeting with the leader" },
      { file: '12', text: 'calling the encounter a first step in “embarking on a new era.”' },
    ],
    note: 'Not the same as López Obrador\'s "completely new phase" (04, 9 June); see P08.',
  },
  {
    id: 'C24-meeting-about-migration',
    statement: 'Migration was the main subject of the visit / talks.',
    event: 'june-8-meeting',
    sources: [
      { file: '02', text: 'as she seeks to foster greater cooperation with Mexico on immigration to the US' },
      { file: '04', text: 'following talks aimed at curbing undocumented immigration' },
      { file: '12', text: 'tackling immigration as the most important theme discussed between the neighboring countries' },
      { file: '13', text: 'at the National Palace of Mexico to address the migration crisis' },
      { file: '20', text: 'in Mexico City on Tuesday to discuss immigration policy' },
    ],
    note: 'Different framing of the subject: D12. 24 "to discuss immigration policies" is the MAY meeting (P01).',
  },
  {
    id: 'C25-no-concrete-outcome',
    statement: 'The visit produced (or was expected to produce) nothing concrete beyond the relationship itself.',
    event: 'june-8-meeting',
    sources: [
      { file: '02', text: "Her visit to Mexico didn't yield any clear and concrete agreements" },
      {
        file: '12',
        text: 'Nothing significant is expected to come out of the visit aside from establishing a rapport between the two administrations',
      },
    ],
    note: '12 is prospective ("is expected"). 04 frames the outcome as an agreement: D10.',
  },
  {
    id: 'C26-return-to-washington',
    statement: 'Harris was to fly back to Washington on Tuesday 8 June.',
    event: 'june-8-meeting',
    sources: [
      { file: '02', text: 'before heading back to Washington on Tuesday night' },
      { file: '13', text: 'will leave for Washington this Tuesday afternoon' },
    ],
    note: 'Night vs afternoon: D02.',
  },
  {
    id: 'C27-guatemala-corruption',
    statement: "In Guatemala, Harris's visit pressed on corruption.",
    event: 'june-7-guatemala',
    sources: [
      {
        file: '02',
        text: 'the Biden administration announced a number of new commitments to combat trafficking, smuggling, and corruption',
      },
      { file: '04', text: 'as well as urging Guatemala to crack down on corruption' },
      { file: '12', text: 'necessary to have very frank and honest discussions about the need to address corruption, crime and violence' },
    ],
    note: 'Borderline grouping: 02 reports US commitments announced to coincide with the Giammattei meeting, 04 and 12 Harris urging Guatemala. Same topic on the same day, not identical claims.',
  },
  {
    id: 'C28-may-virtual-meeting',
    statement: 'Harris and López Obrador had held an earlier virtual meeting in May (7 May 2021).',
    event: 'may-7-call',
    sources: [
      { file: '02', text: 'While López Obrador committed in a previous virtual' },
      { file: '13', text: 'continue the virtual conversation they held last May' },
      { file: '24', text: 'held a virtual meeting on the afternoon of Friday, May 7' },
    ],
    note: '02 is cut mid-word ("virtual mee"). "last May" (13) vs "Friday, May 7" (24) is precision, not a divergence (ND10).',
  },
  {
    id: 'C29-border-visit-criticism',
    statement: 'Harris has been criticised for not visiting the US–Mexico border and answered the criticism.',
    sources: [
      { file: '18', text: 'later insisted that she would go to the border again' },
      { file: '20', text: 'Harris has still yet to visit the border, responding to criticism by telling Lester Holt' },
    ],
    note: 'Whether she has "been to the border" is reported differently: D14.',
  },
];

// ---------------------------------------------------------------------------
// 2. Different-fact pairs: many shared words, DIFFERENT facts (never "Agreed")
// ---------------------------------------------------------------------------

export interface CoverageDifferentFactPair {
  id: string;
  a: CoverageSource;
  b: CoverageSource;
  explanation: string;
}

export const coverageDifferentFactPairs: CoverageDifferentFactPair[] = [
  {
    id: 'P01-june-meeting-vs-may-call-purpose',
    a: {
      file: '20',
      text: 'Vice President Kamala Harris met with Mexican President Andres Manuel Lopez Obrador in Mexico City on Tuesday to discuss immigration policy',
    },
    b: {
      file: '24',
      text: 'held a virtual meeting on the afternoon of Friday, May 7, to discuss immigration policies concerning the border',
    },
    explanation:
      'Same two people, same "to discuss immigration policy/policies", but the in-person 8 June meeting vs the 7 May video call.',
  },
  {
    id: 'P02-same-names-different-events',
    a: { file: '11', text: 'Mexican President Andrés Manuel López Obrador and U.S. Vice President Kamala Harris witnessed on Tuesday' },
    b: {
      file: '24',
      text: 'Mexican President Andrés Manuel López Obrador (AMLO) and U.S. Vice President Kamala Harris held a virtual meeting',
    },
    explanation: 'Identical name strings; 11 is the 8 June MOU signing, 24 the 7 May virtual meeting.',
  },
  {
    id: 'P03-covid-topics',
    a: {
      file: '12',
      text: 'such as the immigration crisis at the border of the two countries and the effects from the worldwide covid-19 pandemic',
    },
    b: {
      file: '24',
      text: 'The two high-ranking government officials also discussed topics like the worldwide covid-19 pandemic and the economy.',
    },
    explanation:
      'Same outlet (Pulse News Mexico), same phrasing "worldwide covid-19 pandemic", but the agenda of the June meeting vs the May call.',
  },
  {
    id: 'P04-northern-triangle-mou-vs-may-talks',
    a: {
      file: '02',
      text: 'aimed at greater cooperation between the two countries on development programmes in Guatemala, El Salvador and Honduras',
    },
    b: {
      file: '24',
      text: 'including improving conditions in El Salvador, Guatemala and Honduras to encourage potential migrants to stay in their native countries',
    },
    explanation: 'Same three countries; 02 is the scope of the memorandum signed on 8 June, 24 what the two discussed on 7 May.',
  },
  {
    id: 'P05-lopez-obrador-quotes-two-events',
    a: { file: '13', text: 'We are going to talk about the immigration issue but addressing the causes' },
    b: {
      file: '24',
      text: 'We are in agreement when it comes to the policies that you are undertaking to curb migration and we will help.',
    },
    explanation: 'Both López Obrador on migration, first person plural; 13 is his 8 June pre-meeting remark, 24 his 7 May pledge of help.',
  },
  {
    id: 'P06-agreed-june-vs-may',
    a: {
      file: '04',
      text: 'She agreed with Mexico to deepen economic ties and investment to alleviate poverty in Central America and curb immigration',
    },
    b: { file: '13', text: 'continue the virtual conversation they held last May, in which they agreed to' },
    explanation: '"agreed" in both: 04 is the June outcome, 13 what was agreed in the May call (cut before the object).',
  },
  {
    id: 'P07-ebrard-airport-vs-signing',
    a: {
      file: '12',
      text: 'Mexican Secretary of Foreign Affairs Marcelo Ebrard was waiting at the airport to receive the U.S. politician',
    },
    b: { file: '11', text: 'The document was signed by the Mexican Secretary of Foreign Affairs, Marcelo Ebrard' },
    explanation: 'Same title and name; meeting Harris at the airport on Monday night vs signing the MOU at the palace on Tuesday.',
  },
  {
    id: 'P08-new-era-vs-new-phase',
    a: {
      file: '02',
      text: "told Mexico's President Andrés Manuel onLópez Obrador on Tuesday that the United States and Mexico are 'embarking on a new era'",
    },
    b: { file: '04', text: `"It's a completely new phase," Lopez Obrador told a news conference.` },
    explanation: 'Near-synonyms ("new era" / "new phase"), but different speakers (Harris vs López Obrador) and days (8 vs 9 June).',
  },
  {
    id: 'P09-two-press-conferences',
    a: { file: '04', text: "Mexico's government on Wednesday praised U.S. Vice President Kamala Harris following talks" },
    b: { file: '12', text: 'During the president’s daily morning press conference on Tuesday, Ebrard said Harris was expected to sign' },
    explanation:
      "López Obrador's news conference on Wednesday 9 June (praise after the visit) vs his morning press conference on Tuesday 8 June (Ebrard, before the visit).",
  },
  {
    id: 'P10-first-visit-vs-first-trip',
    a: { file: '12', text: 'U.S. Vice President Kamala Harris visited Mexico for the first time in her position' },
    b: { file: '20', text: 'as part of her first foreign trip since taking office in January' },
    explanation: 'First visit to Mexico as vice president vs first foreign trip as vice president: compatible but different claims.',
  },
  {
    id: 'P11-in-person-vs-virtual',
    a: {
      file: '02',
      text: "that the United States and Mexico are 'embarking on a new era' during her first in-person meeting with the leader",
    },
    b: { file: '13', text: 'will serve to continue the virtual conversation they held last May' },
    explanation: 'The first in-person meeting (8 June) vs the earlier virtual one (May).',
  },
  {
    id: 'P12-arrival-country-vs-palace',
    a: { file: '12', text: 'The VP arrived in Mexico late Monday night from her trip to Guatemala' },
    b: { file: '13', text: 'Harris arrived at 9.59 local time (14.59 GMT), in the middle of a strong security device' },
    explanation: '"arrived" twice: landing in Mexico on Monday night vs arriving at the National Palace on Tuesday morning.',
  },
  {
    id: 'P13-root-causes-two-speakers',
    a: { file: '18', text: 'Harris went to say the US must also give “equal weight” to the root and acute causes.' },
    b: { file: '20', text: 'we will touch on [border security], but always addressing the fundamental root causes.' },
    explanation: '"root causes" in both: Harris at her afternoon press briefing vs López Obrador before the meeting.',
  },
  {
    id: 'P14-guatemala-two-speakers',
    a: {
      file: '12',
      text: 'where she said it was “necessary to have very frank and honest discussions about the need to address corruption',
    },
    b: { file: '20', text: 'The Guatemalan president said he and Harris “are not on the same side of the coin” on migration' },
    explanation: 'Both quoted statements from the Guatemala stop, but by Harris (corruption) and by Giammattei (migration).',
  },
  {
    id: 'P15-pre-meeting-remarks-two-events',
    a: { file: '24', text: 'Prior to the meeting, López Obrador ranted against the United States for giving money to nonprofits' },
    b: { file: '13', text: 'said López Obrador to the press before starting the private meeting' },
    explanation:
      'López Obrador speaking before a meeting with Harris: 7 May (attacking US funding of NGOs) vs 8 June (migration and its causes).',
  },
  {
    id: 'P16-programmes-status-vs-mou-scope',
    a: { file: '11', text: 'These programs are already operating in El Salvador and Honduras and will soon be applied in Guatemala.' },
    b: { file: '02', text: 'on development programmes in Guatemala, El Salvador and Honduras' },
    explanation: 'Same countries and "programmes": 11 says where Mexico\'s programmes already run, 02 what the memorandum covers.',
  },
  {
    id: 'P17-mou-cost-vs-economic-ties',
    a: { file: '11', text: 'The Foreign Minister clarified that the document signed “does not imply a transfer of resources”' },
    b: { file: '04', text: 'She agreed with Mexico to deepen economic ties and investment to alleviate poverty' },
    explanation:
      "No money moves under the memorandum (Ebrard) vs an agreement on investment (Reuters' summary of the talks): different claims, not the same fact.",
  },
];

// ---------------------------------------------------------------------------
// 3. Divergences on shared facts
// ---------------------------------------------------------------------------

export type CoverageDivergenceKind = 'number' | 'wording' | 'attribution' | 'date' | 'omission';

export interface CoverageDivergence {
  id: string;
  kind: CoverageDivergenceKind;
  /** True when the members are renderings of the same utterance. */
  quoteVariant?: boolean;
  factId?: string;
  members: CoverageSource[];
  detail: string;
  /** Borderline: a scorer should neither reward nor penalise it. */
  optional?: boolean;
}

export const coverageDivergences: CoverageDivergence[] = [
  // --- dates and times ---
  {
    id: 'D01-date-arrival-time',
    kind: 'date',
    factId: 'C04-arrival-time',
    members: [
      { file: '12', text: 'Harris arrived to the National Palace, which beefed up security ahead of her visit, at 10 a.m.' },
      { file: '13', text: 'Harris arrived at 9.59 local time (14.59 GMT)' },
    ],
    detail:
      'Time of arrival at the palace: "10 a.m." (12) vs "9.59 local time (14.59 GMT)" (13). Same moment at different precision, compatible.',
  },
  {
    id: 'D02-date-return-to-washington',
    kind: 'date',
    factId: 'C26-return-to-washington',
    members: [
      { file: '02', text: 'before heading back to Washington on Tuesday night' },
      { file: '13', text: 'will leave for Washington this Tuesday afternoon' },
    ],
    detail:
      'Departure for Washington: "Tuesday night" (02) vs "this Tuesday afternoon" (13). Both are prospective; the part of the day differs.',
  },
  // --- attribution ---
  {
    id: 'D03-attribution-who-signed',
    kind: 'attribution',
    factId: 'C08-mou-signed-at-palace',
    members: [
      { file: '02', text: 'Harris and López Obrador watched as the Mexican foreign affairs secretary' },
      { file: '11', text: 'The document was signed by the Mexican Secretary of Foreign Affairs, Marcelo Ebrard' },
      { file: '13', text: 'where they both witnessed the signing of a memorandum' },
      { file: '12', text: 'Together they signed the memorandum and took a tour of the National Palace' },
      { file: '18', text: 'she met with Mexican President Andrés Manuel López Obrador to sign the Memorandum of Understanding' },
    ],
    detail:
      "12 and 18 say Harris and López Obrador signed the memorandum themselves; 02, 11 and 13 say the two watched while Ebrard and the US chargé d'affaires signed it.",
  },
  // --- quote variants ---
  {
    id: 'D04-quote-remark-efe-vs-rio-times',
    kind: 'wording',
    quoteVariant: true,
    factId: 'C16-pre-meeting-remark',
    members: [
      { file: '11', text: 'We are going to talk to the Vice President, and we are very pleased that she is visiting us.' },
      { file: '13', text: 'We are going to talk with the Vice President and we are very pleased that she is visiting us.' },
    ],
    detail:
      'Same translation family with small changes: "talk to" (11) vs "talk with" (13), "the migration issue" (11) vs "the immigration issue" (13), comma inside (11) vs outside (13) the closing mark.',
  },
  {
    id: 'D05-quote-remark-live-blog-vs-big1021',
    kind: 'wording',
    quoteVariant: true,
    factId: 'C16-pre-meeting-remark',
    members: [
      { file: '18', text: 'We will be speaking to the vice president and we are pleased to have her here,' },
      { file: '20', text: 'We are very pleased to have her here and we will touch on [border security]' },
    ],
    detail:
      '20 drops "We will be speaking to the vice president", has "very pleased" where 18 has "pleased", and replaces "that subject" (18) with the editorial insertion "[border security]".',
  },
  {
    id: 'D06-quote-remark-two-translations',
    kind: 'wording',
    quoteVariant: true,
    factId: 'C16-pre-meeting-remark',
    members: [
      { file: '11', text: 'We are going to talk about the migration issue but addressing the causes' },
      { file: '13', text: 'We are going to talk about the immigration issue but addressing the causes' },
      { file: '18', text: 'And we will touch on that subject but always addressing the fundamental root causes.' },
      { file: '20', text: 'we will touch on [border security], but always addressing the fundamental root causes.' },
    ],
    detail:
      'Two English translations of one Spanish remark: "very pleased that she is visiting us ... addressing the causes" (11, 13) vs "pleased to have her here ... always addressing the fundamental root causes" (18, 20).',
  },
  {
    id: 'D07-quote-tweet',
    kind: 'wording',
    quoteVariant: true,
    factId: 'C22-tweet-share-history',
    members: [
      { file: '12', text: 'Our economies are tied and our security depends on each other.' },
      { file: '20', text: 'Our economies are tied, and our security relies on one another.' },
    ],
    detail:
      'The same tweet: "depends on each other" (12) vs "relies on one another" (20), and a comma before "and" in 20. The first and third sentences agree.',
  },
  {
    id: 'D08-quote-greeting',
    kind: 'wording',
    quoteVariant: true,
    factId: 'C07-greeting',
    members: [
      { file: '12', text: 'López Obrador (AMLO) with a customary “mucho gusto!”' },
      { file: '13', text: '“It’s a pleasure,” said the president, while she replied' },
    ],
    detail: 'The greeting is kept in Spanish, "mucho gusto!" (12), and translated, "It’s a pleasure," (13).',
    optional: true,
  },
  // --- wording / framing ---
  {
    id: 'D09-wording-mou-subject',
    kind: 'wording',
    factId: 'C12-mou-central-america',
    members: [
      {
        file: '02',
        text: 'aimed at greater cooperation between the two countries on development programmes in Guatemala, El Salvador and Honduras',
      },
      { file: '11', text: 'the signing of a memorandum between the governments of both countries on immigration cooperation' },
      { file: '12', text: 'sign a memorandum of understanding with Mexico on the topic of Central American migration' },
      { file: '13', text: 'a memorandum of cooperation between the two governments on immigration' },
    ],
    detail:
      'The same document is a development-programmes MOU (02), a memorandum on immigration cooperation (11, 13) and one on "Central American migration" (12).',
  },
  {
    id: 'D10-wording-outcome',
    kind: 'wording',
    factId: 'C25-no-concrete-outcome',
    members: [
      { file: '02', text: "Her visit to Mexico didn't yield any clear and concrete agreements" },
      { file: '12', text: 'the memorandum signed was merely honorific of the countries’' },
      {
        file: '04',
        text: 'She agreed with Mexico to deepen economic ties and investment to alleviate poverty in Central America and curb immigration',
      },
    ],
    detail:
      'Outcome of the visit: no clear and concrete agreements (02) and a merely honorific memorandum (12) vs "She agreed with Mexico to deepen economic ties and investment" (04).',
  },
  {
    id: 'D11-wording-mandate',
    kind: 'wording',
    factId: 'C21-biden-tasked-harris',
    members: [
      { file: '04', text: 'Tasked by U.S. President Joe Biden with addressing the migration challenge' },
      { file: '13', text: 'in charge of immigration management on behalf of the White House' },
      { file: '20', text: 'President Joe Biden put Harris in charge of the migrant surge at the southern border.' },
    ],
    detail:
      'Harris\'s brief is "the migration challenge" (04), "immigration management" (13) and "the migrant surge at the southern border" (20).',
  },
  {
    id: 'D12-wording-subject-of-talks',
    kind: 'wording',
    factId: 'C24-meeting-about-migration',
    members: [
      { file: '04', text: 'following talks aimed at curbing undocumented immigration' },
      { file: '13', text: 'at the National Palace of Mexico to address the migration crisis' },
      { file: '20', text: 'in Mexico City on Tuesday to discuss immigration policy' },
      { file: '02', text: 'as she seeks to foster greater cooperation with Mexico on immigration to the US' },
    ],
    detail:
      'The subject is "curbing undocumented immigration" (04), "the migration crisis" (13), "immigration policy" (20) and "cooperation ... on immigration" (02).',
  },
  {
    id: 'D13-wording-meeting-room',
    kind: 'wording',
    factId: 'C01-met-tuesday',
    members: [
      { file: '02', text: 'the two leaders met for over an hour in an elegant conference room at the palace' },
      { file: '12', text: 'afterwards went into AMLO’s office to discuss important issues' },
    ],
    detail:
      'Where they talked: "an elegant conference room at the palace" (02) vs "AMLO’s office" (12). Both can be loose descriptions of the same room.',
    optional: true,
  },
  {
    id: 'D14-wording-border-visit',
    kind: 'wording',
    factId: 'C29-border-visit-criticism',
    members: [
      { file: '18', text: '“I’ve been to the border. I will go again.”' },
      { file: '20', text: 'Harris has still yet to visit the border, responding to criticism' },
    ],
    detail:
      '18 quotes Harris saying she has been to the border; 20 states as fact that she has yet to visit it. Compatible if 20 means as vice president (she visited earlier as a senator), but neither text says so.',
    optional: true,
  },
];

/** Pairs that look like conflicts but are not (for precision checks). */
export const coverageNotDivergences: { id: string; members: CoverageSource[]; explanation: string }[] = [
  {
    id: 'ND01-monday-night-vs-yesterday-evening',
    members: [
      { file: '12', text: 'The VP arrived in Mexico late Monday night' },
      { file: '13', text: 'landed on Monday night in Mexico City' },
      { file: '18', text: 'Harris left Guatemala for Mexico yesterday evening' },
    ],
    explanation:
      '"late Monday night", "Monday night" and "yesterday evening ... shortly after 11p" (18, written on Tuesday) are the same time.',
  },
  {
    id: 'ND02-today-vs-tuesday',
    members: [
      { file: '18', text: 'has finally met with Mexican President Andrés Manuel López Obrador today' },
      { file: '20', text: 'met with Mexican President Andres Manuel Lopez Obrador in Mexico City on Tuesday' },
    ],
    explanation: 'The live blog\'s "today" is Tuesday 8 June.',
  },
  {
    id: 'ND03-yesterday-vs-monday',
    members: [
      { file: '18', text: 'Do not come. Do not come," Harris said yesterday.' },
      { file: '20', text: 'Harris’ Mexico visit comes after she visited Guatemala on Monday' },
    ],
    explanation: '"yesterday" in an 8 June live blog is Monday 7 June, the Guatemala day.',
  },
  {
    id: 'ND04-two-announcers-of-the-mou',
    members: [
      { file: '12', text: 'Ebrard said Harris was expected to sign a memorandum of understanding' },
      {
        file: '13',
        text: 'the Vice President’s spokeswoman, Symone Sanders, told the press that the two countries will sign a memorandum',
      },
    ],
    explanation:
      'Two different people announced the memorandum on two occasions (Sanders on landing, Ebrard at the morning conference). Not an attribution conflict.',
  },
  {
    id: 'ND05-country-order',
    members: [
      { file: '02', text: 'on development programmes in Guatemala, El Salvador and Honduras' },
      { file: '11', text: 'in Central American countries, especially Guatemala, Honduras, and El Salvador' },
    ],
    explanation: 'The same three countries in a different order.',
  },
  {
    id: 'ND06-do-not-come-partial',
    members: [
      { file: '18', text: 'Do not come. Do not come," Harris said yesterday.' },
      { file: '20', text: 'where she told Central Americans “Do not come.”' },
    ],
    explanation: '20 quotes the phrase once and 18 quotes it twice, as Harris said it. A partial quote, not a variant.',
  },
  {
    id: 'ND07-first-trip-phrasings',
    members: [
      { file: '02', text: "capped Harris' first foreign trip as vice president" },
      { file: '04', text: 'as part of her first trip abroad since taking office' },
    ],
    explanation: '"first foreign trip as vice president" and "first trip abroad since taking office" mean the same thing.',
  },
  {
    id: 'ND08-chargé-spelling',
    members: [
      { file: '02', text: "the chargé d'affaires of the US Embassy in Mexico" },
      { file: '11', text: 'the Chargé d’Affaires of the U.S. Embassy in Mexico' },
    ],
    explanation: 'Same office. Only the case, the apostrophe (U+0027 vs U+2019) and "US"/"U.S." differ.',
  },
  {
    id: 'ND09-identical-pleased-clause',
    members: [
      { file: '11', text: 'we are very pleased that she is visiting us.' },
      { file: '13', text: 'we are very pleased that she is visiting us.' },
    ],
    explanation: 'This part of the remark is identical in 11 and 13. D04 covers only the differences around it.',
  },
  {
    id: 'ND10-may-precision',
    members: [
      { file: '13', text: 'continue the virtual conversation they held last May' },
      { file: '24', text: 'held a virtual meeting on the afternoon of Friday, May 7' },
    ],
    explanation: 'Same event (7 May 2021), given to the month in 13 and to the day in 24.',
  },
];

// ---------------------------------------------------------------------------
// 4. Quotations carried by two or more of the chosen files
// ---------------------------------------------------------------------------

export interface CoverageQuoteRendering {
  file: CoverageFileId;
  /** Exactly the characters between the quotation marks (punctuation inside the marks kept). */
  text: string;
  kind: 'direct' | 'partial';
  /** A later part of the same rendering, after an attribution break. */
  continues?: boolean;
}

export interface CoverageQuote {
  id: string;
  speaker: string;
  event?: CoverageEvent;
  renderings: CoverageQuoteRendering[];
  note?: string;
  optional?: boolean;
}

export const coverageQuotes: CoverageQuote[] = [
  {
    id: 'Q01-lopez-obrador-pre-meeting',
    speaker: 'Andrés Manuel López Obrador',
    event: 'june-8-meeting',
    renderings: [
      {
        file: '11',
        kind: 'direct',
        text: 'We are going to talk to the Vice President, and we are very pleased that she is visiting us. We are going to talk about the migration issue but addressing the causes,',
      },
      {
        file: '13',
        kind: 'direct',
        text: 'We are going to talk with the Vice President and we are very pleased that she is visiting us. We are going to talk about the immigration issue but addressing the causes',
      },
      { file: '18', kind: 'direct', text: 'We will be speaking to the vice president and we are pleased to have her here,' },
      {
        file: '18',
        kind: 'direct',
        text: 'And we will touch on that subject but always addressing the fundamental root causes.',
        continues: true,
      },
      {
        file: '20',
        kind: 'direct',
        text: 'We are very pleased to have her here and we will touch on [border security], but always addressing the fundamental root causes.',
      },
    ],
    note: 'Translated from Spanish. 11 is cut just after the closing mark ("Ló"). 20 starts mid-remark and inserts "[border security]".',
  },
  {
    id: 'Q02-harris-tweet',
    speaker: 'Kamala Harris',
    renderings: [
      { file: '12', kind: 'direct', text: 'The United States and Mexico share history and family,' },
      {
        file: '12',
        kind: 'direct',
        text: 'Our economies are tied and our security depends on each other. I am here in Mexico City to renew our nation’s important partnership with Mexico.',
        continues: true,
      },
      {
        file: '20',
        kind: 'direct',
        text: 'The United States and Mexico share history and family. Our economies are tied, and our security relies on one another. I am here in Mexico City to renew our nation’s important partnership with Mexico.',
      },
    ],
    note: 'A tweet; D07 records the wording difference.',
  },
  {
    id: 'Q03-do-not-come',
    speaker: 'Kamala Harris',
    event: 'june-7-guatemala',
    renderings: [
      {
        file: '18',
        kind: 'direct',
        text: 'I want to be clear to folks in this region who are thinking about making that dangerous trek to the United States-Mexico border: Do not come. Do not come,',
      },
      { file: '18', kind: 'partial', text: 'do not come [to the US],' },
      { file: '20', kind: 'partial', text: 'Do not come.' },
    ],
  },
  {
    id: 'Q04-new-era',
    speaker: 'Kamala Harris',
    event: 'june-8-meeting',
    renderings: [
      { file: '02', kind: 'partial', text: 'embarking on a new era' },
      { file: '12', kind: 'partial', text: 'embarking on a new era.' },
    ],
  },
  {
    id: 'Q05-greeting',
    speaker: 'Andrés Manuel López Obrador',
    event: 'june-8-meeting',
    renderings: [
      { file: '12', kind: 'partial', text: 'mucho gusto!' },
      { file: '13', kind: 'direct', text: 'It’s a pleasure,' },
    ],
    note: 'Probably the same greeting, once in Spanish and once translated.',
    optional: true,
  },
];

// ---------------------------------------------------------------------------
// 5. Traps: non-story text and spots where an extractor is likely to go wrong
// ---------------------------------------------------------------------------

export const coverageTraps: { file: CoverageFileId; text: string; note: string }[] = [
  { file: '02', text: 'Andrés Manuel onLópez Obrador', note: 'Scraping glitch: "on" glued to the surname. Still López Obrador.' },
  {
    file: '02',
    text: ' date 2021-06-09 Vice President',
    note: 'Republication date glued to the first sentence; index.json gives 2021-06-08.',
  },
  { file: '04', text: 'This Tech Portfolio is up 29% YTD!', note: 'Advertising chrome, not a figure about the story.' },
  {
    file: '04',
    text: "© Reuters. Mexico's President Andres Manuel Lopez Obrador and U.S. Vice President Kamala Harris have a conversation",
    note: 'Photo caption, printed twice and cut at "coo"; it is not body text.',
  },
  { file: '04', text: 'By Dave Graham (NYSE:GHM)', note: 'Byline with a stock ticker the site linked into it.' },
  { file: '11', text: 'RIO DE JANEIRO, BRAZIL – Mexican President', note: 'Dateline of the outlet, not where the event happened.' },
  { file: '12', text: 'Vice President of the United States Kamala Harris. Photo: Google', note: 'Photo caption.' },
  {
    file: '13',
    text: 'López Obrador recibe a Kamala Harris en el Palacio Nacional de México',
    note: 'Spanish headline and language-switch chrome.',
  },
  {
    file: '18',
    text: "VP says 'I've been to the border & I'll go again' after criticism",
    note: 'Headline; the body has the quote differently ("I’ve been to the border. I will go again.").',
  },
  {
    file: '20',
    text: 'Your email address will not be published.',
    note: 'Comment form chrome; the HTML tag list after it contains many straight quotation marks.',
  },
  { file: '24', text: 'U.S. Vice President Kamala Harris. Photo: Alarmy', note: 'Photo caption.' },
  {
    file: '24',
    text: '‘Poor Mexico, so far from God and so close to the United States,’',
    note: 'A quotation inside a quotation (attributed to Porfirio Díaz), 7 May event.',
  },
];
