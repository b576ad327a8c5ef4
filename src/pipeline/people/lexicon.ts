// Word lists for discovering people in English news text. Generic English only: titles,
// words that head place or organisation names, calendar words. No names of anyone.

/** Capitalised titles that may stand before a name ("Vice President", "Foreign Minister"). */
export const TITLE_WORDS = new Set([
  'president', 'vice', 'prime', 'minister', 'foreign', 'secretary', 'senator', 'sen', 'representative', 'rep',
  'congressman', 'congresswoman', 'governor', 'gov', 'mayor', 'judge', 'justice', 'general', 'gen', 'king', 'queen',
  'prince', 'princess', 'pope', 'chancellor', 'ambassador', 'speaker', 'chief', 'director', 'spokesman',
  'spokeswoman', 'spokesperson', 'envoy', 'special', 'deputy', 'attorney', 'adviser', 'advisor', 'commissioner',
  'lieutenant', 'lt', 'colonel', 'col', 'captain', 'capt', 'sergeant', 'sgt', 'professor', 'prof', 'dr', 'mr',
  'mrs', 'ms', 'miss', 'sir', 'dame', 'lord', 'lady', 'rev', 'reverend', 'father', 'sister', 'bishop', 'cardinal',
  'sheikh', 'emir', 'sultan', 'premier', 'leader', 'chairman', 'chairwoman', 'chair', 'ceo', 'officer', 'former',
  'interior', 'defense', 'defence', 'finance', 'economy', 'first', 'senior', 'top', 'majority',
  'minority', 'whip', 'executive', 'assistant', 'undersecretary', 'commander',
]);

/** Titles that are not role nouns on their own (kept out of Person.role). */
export const NON_ROLE_TITLES = new Set(['mr', 'mrs', 'ms', 'miss', 'dr', 'sir', 'dame', 'former', 'first', 'senior', 'top']);

/** Short forms written with a full stop. */
export const TITLE_ABBREVIATIONS: Record<string, string> = {
  mr: 'mr', mrs: 'mrs', ms: 'ms', dr: 'dr', rep: 'representative', sen: 'senator', gov: 'governor', gen: 'general',
  lt: 'lieutenant', col: 'colonel', capt: 'captain', sgt: 'sergeant', prof: 'professor', rev: 'reverend',
};

/** Lower-case role words written before a name ("spokeswoman Jane Doe", "special envoy Jane Doe"). */
export const LOWER_ROLE_WORDS = new Set([
  'spokesman', 'spokeswoman', 'spokesperson', 'envoy', 'adviser', 'advisor', 'congressman', 'congresswoman',
  'senator', 'president', 'minister', 'secretary', 'ambassador', 'governor', 'mayor', 'director', 'aide', 'judge',
  'lawmaker', 'representative', 'official', 'analyst', 'photographer', 'correspondent', 'reporter', 'leader',
]);

export const FEMALE_WORDS = new Set(['ms', 'mrs', 'miss', 'dame', 'lady', 'queen', 'princess', 'spokeswoman', 'congresswoman', 'chairwoman', 'sister']);
export const MALE_WORDS = new Set(['mr', 'sir', 'lord', 'king', 'prince', 'spokesman', 'congressman', 'chairman', 'father']);

/** Lower-case particles inside names ("de la", "van", "bin"). */
export const PARTICLES = new Set(['de', 'del', 'della', 'la', 'le', 'van', 'von', 'der', 'den', 'bin', 'bint', 'ibn', 'al', 'da', 'di', 'du', 'dos', 'das', 'y']);

/** Words that make a capitalised run a place, organisation or thing, not a person. */
export const NON_PERSON_WORDS = new Set([
  'house', 'department', 'palace', 'airport', 'university', 'college', 'school', 'news', 'party', 'ministry',
  'building', 'border', 'street', 'avenue', 'road', 'city', 'state', 'states', 'united', 'kingdom', 'republic',
  'america', 'american', 'union', 'nations', 'council', 'committee', 'congress', 'senate', 'court', 'agency',
  'administration', 'government', 'office', 'bureau', 'service', 'services', 'company', 'corporation', 'inc',
  'group', 'bank', 'fund', 'institute', 'foundation', 'association', 'organization', 'organisation', 'times',
  'post', 'press', 'journal', 'media', 'network', 'television', 'radio', 'hospital', 'church', 'center', 'centre',
  'park', 'square', 'bridge', 'river', 'lake', 'mountain', 'mountains', 'island', 'islands', 'county', 'province',
  'region', 'valley', 'coast', 'sea', 'ocean', 'gulf', 'north', 'south', 'east', 'west', 'northern', 'southern',
  'eastern', 'western', 'central', 'latin', 'new', 'national', 'international', 'federal', 'democrat', 'democrats',
  'democratic', 'republican', 'republicans', 'club', 'team', 'league', 'cup', 'war', 'act', 'law', 'bill', 'plan',
  'program', 'programme', 'initiative', 'summit', 'conference', 'forum', 'day', 'week', 'covid', 'reuters',
  'associated', 'twitter', 'facebook', 'instagram', 'youtube', 'getty', 'images', 'photo', 'video', 'embassy',
  'forces', 'army', 'navy', 'police', 'guard', 'patrol', 'security', 'health', 'customs', 'hall', 'tower',
  'hotel', 'port', 'station', 'market', 'district', 'capitol', 'continue', 'reading', 'story', 'advertisement',
  'el', 'los', 'las', 'san', 'santa', 'saint', 'air', 'force', 'control', 'disease', 'prevention', 'dialogue',
  'economic', 'affairs', 'relations', 'rights', 'watch', 'against', 'global', 'world', 'museum', 'library',
  'bay', 'harbour', 'harbor', 'beach', 'cape', 'heights', 'springs', 'falls', 'hills', 'creek', 'canyon', 'desert',
  // The same heads in Spanish, Portuguese and French: English coverage quotes place and
  // institution names untranslated ("Palacio de Bellas Artes", "Assemblée nationale").
  'palacio', 'palais', 'nacional', 'nacionales', 'nationale', 'ministerio', 'ministere', 'secretaria',
  'gobierno', 'governo', 'gouvernement', 'universidad', 'universidade', 'universite', 'congreso', 'senado', 'camara',
  'partido', 'parti', 'ciudad', 'cidade', 'estado', 'estados', 'unidos', 'museo', 'musee', 'plaza', 'praca', 'calle',
  'avenida', 'puerto', 'aeropuerto', 'aeroporto', 'banco', 'instituto', 'fundacion', 'asociacion', 'consejo', 'comision',
  'republica', 'reino', 'assemblee', 'tribunal', 'suprema', 'corte', 'frontera', 'policia', 'ejercito', 'guardia',
]);

export const CALENDAR_WORDS = new Set([
  'january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november',
  'december', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday', 'jan', 'feb', 'mar',
  'apr', 'jun', 'jul', 'aug', 'sep', 'sept', 'oct', 'nov', 'dec',
]);

/** Function words that are capitalised only because they open a sentence or a headline. */
export const FUNCTION_WORDS = new Set([
  'the', 'a', 'an', 'and', 'but', 'or', 'in', 'on', 'at', 'for', 'with', 'after', 'before', 'when', 'while', 'as',
  'if', 'this', 'that', 'these', 'those', 'it', 'he', 'she', 'they', 'we', 'i', 'his', 'her', 'their', 'our', 'its',
  'from', 'to', 'during', 'since', 'under', 'over', 'according', 'both', 'also', 'then', 'so', 'yet', 'despite',
  'meanwhile', 'of', 'by', 'about', 'what', 'who', 'why', 'how', 'where', 'there', 'here', 'you', 'my', 'your',
  'not', 'no', 'yes', 'all', 'some', 'many', 'more', 'most', 'other', 'such', 'than', 'into', 'through', 'via',
  'against', 'without', 'between', 'among', 'upon', 'within',
]);

/** Common nouns that put a name in apposition to an organisation ("the consultancy Example Risk"). */
export const ORGANISATION_NOUNS = new Set([
  'company', 'firm', 'consultancy', 'group', 'utility', 'agency', 'bank', 'charity', 'newspaper', 'magazine',
  'broadcaster', 'channel', 'network', 'website', 'airline', 'carrier', 'retailer', 'insurer', 'lender', 'party',
  'organisation', 'organization', 'union', 'club', 'team', 'brand', 'platform', 'fund', 'tank', 'manufacturer',
  'developer', 'operator', 'publisher', 'startup', 'conglomerate', 'coalition', 'alliance', 'movement', 'militia',
  'outlet', 'daily', 'tabloid', 'station', 'ship', 'vessel', 'hospital', 'school', 'university', 'programme', 'program',
]);

/** Places are entered with these; a run right after them without a title is not a person. */
export const PLACE_PREPOSITIONS = new Set(['in', 'at', 'near', 'across', 'throughout', 'inside', 'outside', 'the']);

/** Role nouns that can refer back to a person ("the vice president", "his spokeswoman"). */
export const ROLE_NOUNS = [
  'vice president', 'president', 'prime minister', 'foreign minister', 'minister', 'secretary of state', 'secretary',
  'spokeswoman', 'spokesman', 'spokesperson', 'congresswoman', 'congressman', 'senator', 'governor', 'mayor',
  'envoy', 'ambassador', 'chancellor', 'premier', 'king', 'queen', 'pope',
];

/** Verbs of saying: a capitalised run next to one is somebody speaking. */
export const SPEECH_VERBS = new Set(['said', 'says', 'told', 'added', 'stated', 'wrote', 'explained', 'noted', 'asked', 'replied', 'insisted', 'tweeted', 'argued', 'announced', 'warned', 'continued', 'according']);
