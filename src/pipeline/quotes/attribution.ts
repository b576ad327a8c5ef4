// Attribution patterns around a quote: `"…," X said`, `"…," said X`, `X said: "…"`,
// `X said that "…"`, `according to X`. Returns the speaker as written (name, pronoun, role noun).

export interface Attribution {
  label: string;
  verb: string | null;
  according: boolean;
}

/** Verbs that introduce speech. */
const SPEECH = new Set(
  `say says said saying tell tells told telling add adds added adding ask asks asked asking state states stated stating
  explain explains explained explaining note notes noted noting write writes wrote writing tweet tweets tweeted tweeting
  declare declares declared declaring insist insists insisted insisting warn warns warned warning reply replies replied
  urge urges urged urging announce announces announced announcing stress stresses stressed stressing acknowledge
  acknowledges acknowledged acknowledging continue continues continued repeat repeats repeated argue argues argued
  claim claims claimed caution cautioned admit admits admitted recall recalled respond responds responded remark remarked
  observe observed suggest suggested emphasize emphasized emphasised emphasise posted promise promised vow vowed vows
  confirm confirmed confirms predict predicted concede conceded conceding exclaimed shouted called calls described
  describes describing accused accuses committed commits pledged reacted reiterated maintained contended mused
  answer answers answered answering`.split(/\s+/),
);

/** Auxiliaries that end a role noun phrase ("the mayor has not …"). */
const AUXILIARIES = new Set([
  'has',
  'have',
  'had',
  'is',
  'was',
  'are',
  'were',
  'will',
  'would',
  'did',
  'does',
  'do',
  'can',
  'could',
  'should',
  'may',
  'might',
  'must',
  'shall',
]);

/** Verbs of saying whose object is the person addressed. */
const RECIPIENT_VERBS = new Set(['tell', 'tells', 'told', 'telling', 'ask', 'asks', 'asked', 'asking']);

const PRONOUNS = new Set(['he', 'she', 'they', 'i', 'we', 'it', 'you']);

/** A speaker label that is only a pronoun: who spoke was not resolved. */
export const isPronounLabel = (label: string) => PRONOUNS.has(label.trim().toLowerCase());
const DETERMINERS = new Set(['the', 'his', 'her', 'their', 'its', 'our', 'a', 'an', 'this', 'that', 'my', 'your']);
const CONNECTORS = new Set(['de', 'del', 'la', 'van', 'von', 'der', 'bin', 'al', 'da', 'dos', 'du', 'le']);
const STOP_AFTER = new Set([
  'in',
  'on',
  'at',
  'to',
  'during',
  'after',
  'before',
  'from',
  'for',
  'with',
  'by',
  'of',
  'about',
  'as',
  'while',
  'when',
  'and',
  'but',
  'who',
  'which',
  'that',
  'last',
  'this',
  'on',
]);
const LEADING_NOISE =
  /^(?:On|In|At|But|And|So|Then|Also|Later|Earlier|Meanwhile|However|Yet|Still|Now|Today|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|January|February|March|April|May|June|July|August|September|October|November|December|After|Before|During|When|While)$/;

/** Prepositions that attach a noun phrase to the speaker ("a spokesperson for the company"). */
const OF_PHRASE = new Set(['for', 'of', 'at', 'from']);
const CONJUNCTIONS = new Set([
  'while',
  'and',
  'but',
  'as',
  'because',
  'which',
  'who',
  'whereas',
  'although',
  'if',
  'when',
  'that',
  'where',
  'what',
]);
const TITLE = /^(?:Mr|Mrs|Ms|Dr|Gen|Sen|Rep|Gov|St|Lt|Col|Sgt|Capt|Prof|Rev|Insp|Supt)\.$/;
const isCap = (w: string) => /^\p{Lu}/u.test(w);
const clean = (w: string) => w.replace(/^[("“‘'[]+|[)"”’'\],.;:!?]+$/gu, '');

export function isSpeechVerb(word: string): boolean {
  return SPEECH.has(clean(word));
}

/** The noun phrase that ends `text` (the subject right before a verb), or null. */
export function subjectBefore(text: string): string | null {
  let clause = text.replace(/\s+$/, '');
  // "X, who said": the subject is before the relative pronoun.
  if (/,\s*who$/.test(clause)) return subjectBefore(clause.replace(/,\s*who$/, ''));
  if (clause.endsWith(',')) {
    // "the spokeswoman, Jane Doe, said": a name in apposition; "Jane Doe, a senator from X, said": skip it.
    const inner = /,\s*([^,]{1,60}),$/u.exec(clause);
    if (inner?.[1].split(/\s+/).every((w) => isCap(w))) return subjectBefore(inner[1]);
    clause = clause.replace(/,[^,]{1,80},$/, '').replace(/,$/, '');
  }
  clause = clause.split(/[;:()“”"‘]|,\s|\s[’']|\s[-\u2013\u2014]\s/u).pop() ?? '';
  const words = clause.split(/\s+/).filter(Boolean);
  if (words.length === 0) return null;
  const last = words[words.length - 1];
  if (PRONOUNS.has(last.toLowerCase())) return last;
  const taken: string[] = [];
  let i = words.length - 1;
  // Role noun phrase: "the vice president", "his spokeswoman", "Okafor's aide".
  let lower = 0;
  while (i >= 0 && !isCap(words[i]) && !DETERMINERS.has(words[i].toLowerCase()) && lower < 3 && /^[\p{Ll}-]+(?:['’]s)?$/u.test(words[i])) {
    if (STOP_AFTER.has(words[i])) break;
    taken.unshift(words[i--]);
    lower++;
  }
  if (taken.length > 0 && (i < 0 || (!isCap(words[i]) && !DETERMINERS.has(words[i].toLowerCase())))) return null;
  while (i >= 0 && taken.length < 7) {
    const w = words[i];
    if (DETERMINERS.has(w.toLowerCase())) {
      taken.unshift(w);
      break;
    }
    if (isCap(w) || (CONNECTORS.has(w) && taken.length > 0 && i > 0 && isCap(words[i - 1]))) taken.unshift(w);
    else break;
    i--;
  }
  while (taken.length > 1 && LEADING_NOISE.test(taken[0])) taken.shift();
  if (taken.length === 0 || LEADING_NOISE.test(taken[0])) return null;
  if (taken.length === 1 && DETERMINERS.has(taken[0].toLowerCase())) return null;
  const phrase = taken.join(' ').replace(/[,.]$/, '');
  // "a spokesperson for the company", "Jane Doe of the council": the speaker is the head before the preposition.
  if (i >= 1 && DETERMINERS.has(words[i].toLowerCase()) && OF_PHRASE.has(words[i - 1])) {
    const head = subjectBefore(words.slice(0, i - 1).join(' '));
    if (head && !PRONOUNS.has(head.toLowerCase()))
      return DETERMINERS.has(head.split(' ')[0].toLowerCase()) ? `${head} ${words[i - 1]} ${phrase}` : head;
  }
  return phrase;
}

/** The noun phrase that starts `text` (the subject after "said"), or null. */
export function subjectAfter(text: string): string | null {
  const words = text.trim().split(/\s+/).filter(Boolean);
  if (words.length === 0) return null;
  const first = clean(words[0]);
  if (PRONOUNS.has(first.toLowerCase())) return first;
  if (LEADING_NOISE.test(first)) return null;
  const taken: string[] = [];
  const rolePhrase = DETERMINERS.has(first.toLowerCase());
  for (const raw of words.slice(0, 7)) {
    const w = TITLE.test(raw) ? raw : clean(raw);
    if (!w || (taken.length > 0 && STOP_AFTER.has(w.toLowerCase()) && !CONNECTORS.has(w))) break;
    if (taken.length > 0 && (AUXILIARIES.has(w.toLowerCase()) || isSpeechVerb(w))) break; // "the mayor has …": the phrase ends at its verb
    if (taken.length === 0 && !isCap(w) && !rolePhrase) return null;
    if (taken.length > 0 && !rolePhrase && !isCap(w) && !CONNECTORS.has(w)) break;
    taken.push(w);
    if (/[,.;:!?]$/.test(raw) && !TITLE.test(raw)) break;
  }
  if (taken.length === 0 || (taken.length === 1 && DETERMINERS.has(taken[0].toLowerCase()))) return null;
  return taken.join(' ');
}

/** "according to X" anywhere in the sentence. */
export function accordingTo(text: string): string | null {
  const match = /\baccording to\s+([^,.;:“”"]+)/iu.exec(text);
  if (!match) return null;
  const label = subjectAfter(match[1]) ?? match[1].trim().split(/\s+/).slice(0, 5).join(' ');
  return label || null;
}

/** Nouns that point back at something said: "X described the statement as …" reacts to the quotation. */
const UTTERANCE_NOUNS =
  /^(?:statement|statements|remark|remarks|comment|comments|message|messages|words|quote|tweet|tweets|speech|appeal|warning|plea|call)$/;

/** "described the statement as", "called the remarks": the verb's object is the quotation itself, so its subject reacts to it. */
function reactsToQuotation(objectWords: string[]): boolean {
  const [first, second] = objectWords.map((w) => clean(w).toLowerCase());
  if (first === 'it') return true;
  return DETERMINERS.has(first ?? '') && UTTERANCE_NOUNS.test(second ?? '');
}

/** Attribution in the words right after the closing mark: `," X said` or `," said X`. */
export function attributionAfter(after: string): Attribution | null {
  const words = after
    .replace(/^[\s,.…!?\-\u2013\u2014]+/u, '')
    .split(/\s+/)
    .filter(Boolean)
    .slice(0, 12);
  for (let k = 0; k < words.length; k++) {
    if (!isSpeechVerb(words[k])) continue;
    const verb = clean(words[k]);
    // `"Stay home," Jo Grant described the statement as "reckless"`: Jo Grant did not say it.
    if (k > 0 && reactsToQuotation(words.slice(k + 1, k + 3))) return null;
    if (k === 0) {
      const label = subjectAfter(words.slice(1).join(' '));
      return label ? { label, verb, according: false } : null;
    }
    if (words.slice(0, k).some((w) => CONJUNCTIONS.has(w.toLowerCase()))) return null;
    const label = subjectBefore(words.slice(0, k).join(' '));
    return label ? { label, verb, according: false } : null;
  }
  return null;
}

/** Attribution in the words before the opening mark: `X said: "…"`, `X said that "…"`, `X called it "…"`. */
export function attributionBefore(before: string): Attribution | null {
  const verbs = [...before.matchAll(/[\p{L}][\p{L}-]*/gu)].filter((m) => isSpeechVerb(m[0]));
  for (let v = verbs.length - 1; v >= 0; v--) {
    const m = verbs[v];
    // "X met Y on Monday, saying that …": the participle's subject opens the sentence.
    if (m[0].endsWith('ing') && /,\s*$/.test(before.slice(0, m.index))) {
      const opening = subjectAfter(
        before.trim().replace(/^[^,]{1,60},\s+/u, (lead) => (LEADING_NOISE.test(lead.split(/\s/)[0]) ? '' : lead)),
      );
      if (opening) return { label: opening, verb: m[0], according: false };
    }
    const label = subjectBefore(before.slice(0, m.index));
    if (label) return { label, verb: m[0], according: false };
    // "by telling Jo Grant, '…'": after tell and ask comes the person spoken to, not the speaker.
    if (RECIPIENT_VERBS.has(m[0].toLowerCase())) continue;
    const after = subjectAfter(before.slice((m.index ?? 0) + m[0].length));
    if (after && /^\s*[,:]?\s*$/.test(before.slice((m.index ?? 0) + m[0].length).replace(after, '')))
      return { label: after, verb: m[0], according: false };
  }
  return null;
}
