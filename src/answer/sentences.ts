// Sentences as an answer shows and judges them: display form, fragments, sentences that lean on
// another or only announce what follows, caveats about the corpus, headings. The splitter itself is
// shared by every layer and lives in src/text.ts.
import { NUMBER_WORDS } from "../search/question-words.ts";
import { stripTrailingMarkers, withoutNoteMarkers } from "../text.ts";

/**
 * The sentence as shown in an answer: note markers removed (they would read as our own citation
 * markers), Markdown emphasis and link syntax dropped. The words stay as written.
 */
export function displaySentence(sentence: string): string {
  return withoutNoteMarkers(sentence.replace(/\[([^\]]+)\]\([^)]*\)/g, "$1"))
    .replace(/\*\*|__/g, "")
    .replace(/\s+/g, " ")
    .trim();
}

/**
 * True for bits that are not claims: headings and bold lead-ins, reference-list lines, bare
 * markers, link lists, credit lines, and anything too short to say something on its own.
 */
export function isFragment(sentence: string): boolean {
  const trimmed = sentence.trim();
  if (/^\[\d{1,3}\]/.test(trimmed)) return true;
  if (/^#{1,6}\s/.test(trimmed)) return true;
  if (/^(?:\*\*|__)[^*_]+(?:\*\*|__)$/.test(trimmed)) return true;
  if (/https?:\/\/|www\.|<http/i.test(trimmed)) return true;
  if (/©|\bcopyright\b/i.test(trimmed)) return true;
  const shown = displaySentence(stripTrailingMarkers(trimmed).text);
  if (!/[a-z]/.test(shown)) return true;
  const words = shown.split(/\s+/).filter((w) => /[\p{L}\p{N}]/u.test(w));
  // "CEPT prepared European Common Proposals." says something; "See below." does not.
  if (words.length < 4) return true;
  // A heading: no closing punctuation and short.
  if (!/[.!?:;"”’)]$/.test(shown) && words.length < 12) return true;
  return false;
}

// Sentences that lean on the one before: an opening pronoun or demonstrative ("It concluded…",
// "These included…", "That resolution lists…") or a connective that answers an earlier sentence
// ("On the other hand, …", "However, …").
const OPENING_REFERENT =
  /^(?:(?:none|some|all|each|many|most|few|both|one|neither|either|any) of (?:these|those|them|this|it|which)|he|she|it|its|they|their|them|this|that|these|those|his|her|such|however|moreover|furthermore|instead|rather|nevertheless|but|yet|thus|therefore|still|also|likewise|similarly|otherwise|on the other hand|in addition|by contrast|even so|as a result|in response|in turn|the latter|the former|the same)\b/i;

/**
 * A conclusion drawn from the sentence before, its adverb within the sentence ("Proposals to give
 * the ITRs a role therefore raised a prior question…", "The ITU should thus avoid…"): the grounds
 * are in that sentence, and a talking point on why shows them with it. Not "thus far" or "hence
 * the name", which draw nothing. Tuning half (604 q): 0.854 -> 0.855 (list 0.830 -> 0.832, how
 * 0.788 -> 0.793), words 103 / 144 unchanged, no trust figure moved.
 */
const CONCLUSION_WITHIN =
  /\b(?:therefore|thus|hence|consequently|accordingly)\b(?!\s+(?:far|the)\b)/i;

/**
 * A statement likened to the one before ("The head of delegation made similar points.", "The Czech
 * delegation likewise said…"): what it says is in that sentence. Tuning half (612 q): 0.8534 ->
 * 0.8541 (list 0.827 -> 0.830; in-431 0.67 -> 1, none worse), words 107 / 147, no trust figure
 * moved. (Not "similar wording": only a view, point or argument likened.)
 */
const LIKENED_WITHIN =
  /\b(?:likewise|similarly|(?:similar|the same) (?:points?|arguments?|views?|concerns?|objections?|case|line))\b/i;

/**
 * A sentence opening with a phrase whose pronoun or demonstrative points back ("In its view, spam
 * was a telecom problem…" after "Russia asked the preparatory working group to add a definition of
 * spam…", "On that reading, …", "In their view…", "For this reason…"): whose view or reading it
 * gives is in the sentence before. Read as standing alone, it was left behind when the sentence it
 * carries on was taken from a further passage, and the answer lost the reason it gave. Tuning half
 * (1,348 q): 0.8271 -> 0.8286 (why 0.833 -> 0.838, yes-no 0.839 -> 0.841, fact 0.878 -> 0.883;
 * three answers better, none worse), words 118 / 150, no trust figure moved. (Composition only:
 * the coverage decision's `opensWithReferent` is unchanged.)
 */
const OPENING_POINTING_PHRASE =
  /^(?:in|on|for|to|from|by|under|with|according to)\s+(?:its|his|her|their|that|this|these|those|such|them|him)\b/i;

/**
 * Whether a sentence leans on the one before it: it opens by pointing back ("It concluded…",
 * "However, …", "In its view, …"), draws a conclusion from it ("…therefore raised a prior
 * question") or likens itself to it ("…made similar points").
 */
export function leansOnPrevious(sentence: string): boolean {
  return (
    opensWithReferent(sentence) ||
    OPENING_POINTING_PHRASE.test(sentence.replace(/^[\s"“'‘(*_]+/, "")) ||
    CONCLUSION_WITHIN.test(sentence) ||
    LIKENED_WITHIN.test(sentence)
  );
}

/**
 * A sentence adding to or drawing the conclusion of the argument before it ("Moreover, the
 * cybersecurity issue inevitably leads straight into questions of human rights…", "Instead, those
 * solutions will emerge from multi-stakeholder efforts…", "The exact count is therefore uncertain
 * and depends on whether later signatures are included."): it carries that argument's reasons on,
 * whatever its own words.
 */
const ARGUMENT_OPENING =
  /^(?:moreover|furthermore|what is more|in addition|besides|instead|rather|therefore|thus|hence|consequently|accordingly|as a result)\b(?!\s+(?:far|the)\b)/i;

/** Whether a sentence carries on the argument of the one before (see `ARGUMENT_OPENING`). */
export function carriesArgumentOn(sentence: string): boolean {
  return (
    ARGUMENT_OPENING.test(sentence.replace(/^[\s"“'‘(*_]+/, "")) || CONCLUSION_WITHIN.test(sentence)
  );
}

/** "the 55", "the two", "the latter": a noun phrase whose meaning is in an earlier sentence. */
const NUMBER_REFERENCE = /\b[Tt]he (\d+)\b(?!\s*(?:%|per ?cent))/g;

/**
 * Whether a sentence is its paragraph's run-in heading ("Sign-on letter (September 2012)."): one
 * of its passage's section path, read without a closing stop or colon. It labels the paragraph
 * and states no act, date or claim of its own.
 */
export function isRunInHeading(text: string, sectionPath: readonly string[]): boolean {
  const label = headingLabel(text);
  return sectionPath.some((heading) => headingLabel(heading) === label);
}

/** A heading's words, its closing stop or colon dropped. */
function headingLabel(text: string): string {
  return text.trim().replace(/[.:]$/, "");
}

/** Whether a sentence opens by pointing back at the sentence before it. */
export function opensWithReferent(sentence: string): boolean {
  return OPENING_REFERENT.test(sentence.replace(/^[\s"“'‘(*_]+/, ""));
}

/** Numbers a sentence refers back to with "the N" ("the 55 included…"). */
export function numbersReferredTo(sentence: string): string[] {
  return [...sentence.matchAll(NUMBER_REFERENCE)].map((m) => m[1] as string);
}

/** A count in words, or a small one in digits ("four points", "several losses", "2 reasons"). */
const COUNT_WORD =
  "two|three|four|five|six|seven|eight|nine|ten|[2-9]|10|several|various|a number of";

/**
 * "The resolutions cover…" right after "…and five resolutions.": a sentence opening with a plural
 * noun that the sentence before counted names the things that sentence counted, and leans on it
 * (as "the 55" leans on the sentence naming 55). Shown alone, "The resolutions cover …" did not
 * say whose resolutions, nor how many. Tuning half (650 q): 0.860 -> 0.861, yes-no 0.905 ->
 * 0.910, words 107 / 147 unchanged, no other figure moved.
 */
const OPENING_PLURAL = /^The ([a-z]+s)\b/;

/** The plural noun a sentence opens with ("The resolutions…"), or undefined. */
export function openingPlural(sentence: string): string | undefined {
  return OPENING_PLURAL.exec(sentence)?.[1];
}

/**
 * "The group also floated ideas…", "The obligation is soft…", "The compromise, …, covers…": a
 * bare "the" and one noun as the subject, straight before its verb (or an aside), names something
 * the paragraph introduced earlier, as "it" would. Read as standing alone, such a sentence was
 * shown without what it speaks of: a why answer ended "The group also floated ideas such as
 * ITU-backed model cybercrime legislation." with no group named in it. A noun with more words
 * ("The exact count is…", "The blog post…"), one before "of" ("The issue of cybersecurity…"), or
 * "The more data is held…" names its own thing and is not read so. Nor is "The northern proposals
 * were published…": a word in -s before an auxiliary is the plural noun, not the verb.
 */
const DEFINITE_SUBJECT =
  /^The ([a-z][a-z-]+)(?:,|\s+(?:also|is|was|are|were|has|had|have|would|will|could|can|should|may|might|must|did|does|do|[a-z]+ed|[a-z]+[^s\W]s(?!\s+(?:are|were|have|had|did|do|would|will|could|can|should|may|might|must)\b))\b)/;

/** The noun of a sentence's bare definite subject ("group" in "The group also floated…"), if any. */
export function definiteSubject(sentence: string): string | undefined {
  return DEFINITE_SUBJECT.exec(sentence.replace(/^[\s"“'‘(*_]+/, ""))?.[1];
}

/** Words that point at the sentence before by their place in it, not by naming it: "The other…". */
const PLACE_WORDS = new Set([
  "other",
  "others",
  "rest",
  "first",
  "second",
  "last",
  "latter",
  "former",
]);

/**
 * Whether a sentence names what the definite subject `noun` speaks of: the noun itself or its
 * plural, in any case ("a High-Level Experts Group" for "The group…"). A word pointing by place
 * ("The other…") is named by no sentence ("Other ports signed later." is not its antecedent).
 */
export function namesNoun(sentence: string, noun: string): boolean {
  if (PLACE_WORDS.has(noun)) return false;
  const stem = noun.replace(/s$/, "");
  return new RegExp(`\\b${stem}s?\\b`, "i").test(sentence);
}

/** Whether a sentence counts `plural` ("five resolutions", "two new appendices"). */
export function countsNoun(sentence: string, plural: string): boolean {
  return new RegExp(`\\b(?:${COUNT_WORD}|\\d+)\\s+(?:[\\p{L}-]+\\s+)?${plural}\\b`, "iu").test(
    sentence,
  );
}

/** Whether a sentence mentions the number `n` (not as part of a longer number). */
export function mentionsNumber(sentence: string, n: string): boolean {
  return new RegExp(`(?<![\\d.,])${n}(?![\\d])`).test(sentence);
}

/**
 * A sentence that only announces what follows ("CDT's objections, as reported, were these.", "It
 * listed the following:"): nothing on its own, and the sentences after it stand by themselves.
 */
export function pointsForward(sentence: string): boolean {
  return /(?:\b(?:these|the following|as follows|follows)\s*[.:]|:)\s*$/i.test(sentence.trim());
}

/** A short sentence announcing a count of things ("CDT made four points."): at most this long. */
const ANNOUNCEMENT_WORDS = 12;
/**
 * "four points", "two reasons", "several losses": a count, perhaps an adjective, a plural. A
 * numeral after a capitalised word names something ("the Committee 5 working groups").
 */
const ANNOUNCED_COUNT = new RegExp(`\\b(${COUNT_WORD})\\s+(?:[\\p{L}-]+\\s+)?[\\p{L}-]+s\\b`, "iu");
/** A capitalised word right before a numeral: "Committee 5", "Article 7". */
const NAMED_BEFORE = /\p{Lu}[\p{L}.]*\s$/u;
/**
 * A short sentence naming, as its last words, the one statement the next sentence makes: "The
 * blog post gives the paper's overall thesis.", "He made the case." (a thesis, an argument, a
 * conclusion, a message, a verdict, a position).
 */
const ANNOUNCED_STATEMENT =
  /\b(?:gives?|gave|sets? out|states?|stated|makes?|made|offers?|offered|sums? up|summed up|is|was)\s+(?:(?:the|its|their|his|her|a|an)\s+)?(?:[\p{L}-]+(?:'s|’s)\s+)?(?:(?:overall|central|core|main|key|basic|bottom-line)\s+)?(?:thesis|argument|case|conclusion|message|verdict|position)(?:\s+(?:as follows|in short|in brief))?\s*[.:]?$/iu;

/**
 * How many of the sentences after this one it announces as the items of a list: "As reported,
 * CDT made four points." → 4 (the next four sentences are the points), "It gives two reasons
 * these proposals were controversial." → 2, "Access counted several losses for the other side.",
 * "Its objections were these." or "…as follows:" → every sentence left in the paragraph; 0 for any
 * other sentence. A sentence setting its items out itself ("It raised three problems: a, b and
 * c."), or followed by one that does (`next`), announces none.
 */
export function announcedItems(sentence: string, next?: string): number {
  // "…through six regional groups. These are A, B, C and D.": the next sentence sets the items
  // out itself; the sentences after it are no items.
  if (next !== undefined && seriesLength(next) >= 3) return 0;
  const text = sentence.trim();
  if (pointsForward(text)) return Number.POSITIVE_INFINITY;
  if (text.split(/\s+/).length > ANNOUNCEMENT_WORDS || /:\s*\S/.test(text)) return 0;
  if (seriesLength(text) >= 3) return 0;
  const m = ANNOUNCED_COUNT.exec(text);
  const names =
    m !== null && /\d/.test(m[1] as string) && NAMED_BEFORE.test(text.slice(0, m.index));
  if (!m || names) return ANNOUNCED_STATEMENT.test(text) ? 1 : 0;
  const word = (m[1] as string).toLowerCase();
  return NUMBER_WORDS[word] ?? (/^\d+$/.test(word) ? Number(word) : Number.POSITIVE_INFINITY);
}

/** Words that deny what follows them: "contain no X", "does not define", "non-binding". */
const NEGATED =
  /\b(?:no|not|never|non|nor|neither|without)[\s-]+((?:[\p{L}\p{N}'’]+[\s-]+){0,2}[\p{L}\p{N}'’]+)/giu;

/**
 * What a sentence denies: the (up to three) words right after each negation ("The final text does
 * not define 'Internet'" → "define Internet", "the article is non-binding" → "binding").
 */
export function negatedWords(sentence: string): string[] {
  const plain = sentence.replace(/["“”'‘’]/g, " ");
  return [...plain.matchAll(NEGATED)].map((m) => m[1] as string);
}

/**
 * A sentence about the document collection rather than the subject ("This corpus does not
 * document…", "these notes"): a caveat worth keeping beside an answer, never an answer itself.
 */
export function isAboutTheCorpus(sentence: string): boolean {
  // "the Internet-governance note", "the other briefing notes": up to two words may name the note.
  return /\b(?:this|the|these|our)\s+(?:[\w'-]+\s+){0,2}?(?:corpus|briefing notes?|notes?)\b/i.test(
    sentence,
  );
}

/**
 * A web page's rights notice ("The copyright © 2013 by…", "CDT can be freely copied and used as long
 * as you … give us credit", "All rights reserved"): page furniture, not what the page says about
 * its subject. It answers only a question about reusing the page (`asksAboutReuse`).
 */
export function isRightsNotice(sentence: string): boolean {
  return /©|\bcopyright\b|\ball rights reserved\b|\bfreely (?:copied|reproduced|used)\b|\bgive (?:us|them) credit\b|\bcreative commons\b/i.test(
    sentence,
  );
}

/** Index terms of words asking about reuse: copying, credit, a licence, permission. */
const REUSE_TERM =
  /^(?:copi|copy|copyright|reus|reproduc|credit|licen[cs]|permiss|permit|attribut|quot)/;

/** Whether a question's terms (as the index analyzes them) ask about reusing a text. */
export function asksAboutReuse(terms: readonly string[]): boolean {
  return terms.some((t) => REUSE_TERM.test(t));
}

/** Whether a sentence is only a heading of its passage ("Two treaties in force at once."). */
export function isSectionLabel(sentence: string, sectionPath: readonly string[]): boolean {
  const bare = (s: string) =>
    s
      .replace(/[*_]/g, "")
      .replace(/[\s.:;!?]+$/, "")
      .trim()
      .toLowerCase();
  const shown = bare(sentence);
  return shown !== "" && sectionPath.some((heading) => bare(heading) === shown);
}

/** A series this long is a list; three items are everyday prose ("privacy, access and speech"). */
const LIST_SERIES = 4;

/** A span in double quotes, straight or curly: a quotation is one item whatever its words. */
const QUOTED_SPAN = /"[^"]*"|“[^”]*”/g;

/**
 * How many items a sentence sets out in a series: "X, Y, Z and W" is 4, "In May, the group met,
 * as planned." is 1 (commas without a closing "and"/"or" join clauses, not items), "a preamble;
 * ten articles; two appendices" is 3. Commas inside parentheses separate no items of the series
 * ("(RCC, centred on Russia)"), and an "and" inside quotes closes none: "…to endeavour,
 * individually and collectively, to ensure network "security and robustness"." is no list (it
 * led "which new articles were added?" with a paragraph of provisions, over the sentence listing
 * the new articles: tuning half (604 q) 0.8554 -> 0.8574, list 0.834 -> 0.845, no other figure
 * moved).
 */
export function seriesLength(sentence: string): number {
  const flat = sentence.replace(/\([^()]*\)/g, "()").replace(QUOTED_SPAN, '""');
  const segments = flat.split(/[;,]/);
  if (segments.length < 2) return 1;
  const last = segments[segments.length - 1] as string;
  if (/^\s*(?:and|or)\s/.test(last)) return segments.length;
  if (/\s(?:and|or)\s/.test(last)) return segments.length + 1;
  return (flat.match(/;/g) ?? []).length >= 2 ? segments.length : 1;
}

/**
 * The items of a series as written, parentheses kept ("a preamble; Articles 1–10, with new
 * Articles 5A (security…), 5B (…) and 8B (…); two appendices…"): none when `seriesLength` finds
 * fewer than three. It reads the series as `seriesLength` counts it: a comma, semicolon, "and" or
 * "or" inside parentheses or quotes separates no items ("keep networks "safe and sound"").
 */
export function seriesItems(sentence: string): string[] {
  if (seriesLength(sentence) < 3) return [];
  // The same sentence with what is inside parentheses and quotes blanked, offsets unchanged: the
  // separators are found in it, the items cut from the sentence as written.
  const masked = sentence
    .replace(/\([^()]*\)/g, (m) => `(${" ".repeat(m.length - 2)})`)
    .replace(QUOTED_SPAN, (m) => `"${" ".repeat(m.length - 2)}"`);
  const items: string[] = [];
  let start = 0;
  for (const m of masked.matchAll(/[;,]/g)) {
    items.push(sentence.slice(start, m.index));
    start = (m.index as number) + 1;
  }
  const last = masked.slice(start);
  const split = /\s(?:and|or)\s/.exec(last);
  if (split && !/^\s*(?:and|or)\s/.test(last)) {
    items.push(sentence.slice(start, start + split.index), sentence.slice(start + split.index));
  } else items.push(sentence.slice(start));
  return items;
}

/** A sentence setting out a list: a series of at least four items. */
export function enumerates(sentence: string): boolean {
  return seriesLength(sentence) >= LIST_SERIES;
}

/** What introduces a series' items: "…included", "…such as", "The options were", "Its aims:". */
const SERIES_INTRODUCER = /\s(?:includ(?:ed|es|e|ing)|such as|were|are|comprised|covered)\s|:\s/i;
/** Words a series' head may have: the noun it is a list of with a few words qualifying it. */
const SERIES_HEAD_WORDS = 6;

/**
 * The words a series of items hangs on, when a sentence opens by saying what its list is a list
 * of ("Issues announced beforehand included mobile roaming, numbering…" → "Issues announced
 * beforehand"); undefined for a sentence that sets out no series or names its series later.
 */
export function seriesHead(sentence: string): string | undefined {
  if (!enumerates(sentence)) return undefined;
  const at = SERIES_INTRODUCER.exec(sentence);
  if (!at) return undefined;
  const head = sentence.slice(0, at.index);
  const words = head.split(/\s+/).filter((w) => w !== "");
  return words.length > 0 && words.length <= SERIES_HEAD_WORDS && !/[,;]/.test(head)
    ? head
    : undefined;
}
