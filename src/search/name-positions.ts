// A name typed in lower case that is also a common word, told by where it stands (lower27).
// "access" is the digital-rights group Access and the common noun: the notes write it both ways,
// so its case in the corpus cannot say which a question means (`withCorpusCapitals` leaves it
// plain). Where it stands can: "why did access think…", "access said…", "access's verdict" make
// it the one who thinks, says or owns, which the common noun never is. Such a word is written
// with its capital only where the corpus also writes it as a name standing alone, inside its
// sentences ("…, Access described", "Access's post-conference analysis").
import { normalizeText, STOP_WORDS } from "./analyze.ts";
import type { CorpusVocabulary } from "./corpus-vocabulary.ts";

/**
 * Verbs of saying, thinking and judging, whose subject is a person or a body, as a question puts
 * them after an auxiliary ("did access THINK", "how did access JUDGE", "didn't access CALL").
 */
const AGENT_VERBS: ReadonlySet<string> = new Set([
  "say",
  "tell",
  "think",
  "reckon",
  "feel",
  "believe",
  "call",
  "describe",
  "judge",
  "rate",
  "view",
  "argue",
  "claim",
  "warn",
  "state",
  "write",
  "declare",
  "conclude",
  "note",
  "report",
  "complain",
  "object",
  "criticise",
  "criticize",
  "make",
  "want",
  "propose",
  "urge",
  "dismiss",
  "welcome",
  "oppose",
  "praise",
  "count",
]);
/** The same verbs as a statement puts them after their subject: "access SAID the fix…". */
const AGENT_VERBS_PAST: ReadonlySet<string> = new Set([
  "said",
  "told",
  "thought",
  "reckoned",
  "felt",
  "believed",
  "called",
  "described",
  "judged",
  "rated",
  "viewed",
  "argued",
  "claimed",
  "warned",
  "stated",
  "wrote",
  "declared",
  "concluded",
  "noted",
  "reported",
  "complained",
  "objected",
  "criticised",
  "criticized",
  "wanted",
  "proposed",
  "urged",
  "dismissed",
  "welcomed",
  "opposed",
  "praised",
  "counted",
  "says",
  "thinks",
  "argues",
  "claims",
  "calls",
  "describes",
  "reckons",
]);
/** An auxiliary opening an asking clause, its subject right after it: "why DID access think". */
const AUXILIARY =
  /^(?:did|does|do|didn['\u2019]t|doesn['\u2019]t|don['\u2019]t|has|have|had|would|will)$/;
/** Words after which a clause starts, its subject next: "and access said…", "what access argued". */
const CLAUSE_OPENERS: ReadonlySet<string> = new Set([
  "and",
  "but",
  "so",
  "that",
  "what",
  "how",
  "why",
  "when",
  "whether",
  "if",
]);
/** Words before a noun that make it a common noun: "the access's…", "public access's…" never a name's. */
const DETERMINERS: ReadonlySet<string> = new Set([
  "the",
  "a",
  "an",
  "this",
  "that",
  "these",
  "those",
  "its",
  "their",
  "our",
  "his",
  "her",
  "my",
  "your",
  "public",
]);
/** Words joining two sides, after which a noun phrase opens: "mueller vs cdt's paper". */
const SIDE_JOINERS: ReadonlySet<string> = new Set(["vs", "versus", "and", "or"]);
/** Fewest times the corpus writes the word as a name standing alone inside a sentence. */
const NAME_ALONE_LEAST = 2;
/**
 * Least share of the word's occurrences inside sentences that are so capitalised: a name the
 * notes use often ("Access": 6 of 20), not a common word a heading or a title capitalises at
 * times ("security": 2 of 44).
 */
const NAME_SHARE_LEAST = 0.2;

/**
 * Word `i` of the question (typed in lower case) with its capital, where it stands as the one who
 * says, thinks or owns something and the corpus writes it as a name standing alone: "why did
 * access think…" → "Access". Undefined otherwise.
 */
export function agentNameAt(
  question: string,
  words: readonly RegExpMatchArray[],
  i: number,
  vocabulary: CorpusVocabulary,
  englishName: (word: string) => string | undefined = () => undefined,
): string | undefined {
  const m = words[i] as RegExpMatchArray;
  const typed = m[0];
  const word = normalizeText(typed);
  if (STOP_WORDS.has(word) || !/^\p{Ll}+$/u.test(typed)) return undefined;
  // (Or a word the corpus never writes that English writes with a capital, "google",
  // "microsoft": typed so, it is an absent name, as it is typed with its capital.)
  const unseen = (vocabulary.count.get(word) ?? 0) === 0 ? englishName(word) : undefined;
  if (unseen === undefined && !writtenAsName(vocabulary, word)) return undefined;
  if (unseen !== undefined && namedAfterThe(question, words, i)) return unseen;
  if (!standsAsAgent(question, words, i)) return undefined;
  if (unseen !== undefined) return unseen;
  // (As the corpus writes it where that is with a capital: "CDT", else "Access".)
  const form = vocabulary.form.get(word) ?? "";
  return /^\p{Lu}/u.test(form) ? form : (typed[0] as string).toUpperCase() + typed.slice(1);
}

/**
 * Whether the corpus writes a word as a name often enough to read it so where it stands as one:
 * standing alone inside its sentences at least twice and in a fair share of them ("Access"), or
 * capitalised wherever it occurs, at least twice, though it mostly opens sentences ("Hill and
 * Powers argued…", "Hill later argued…": "hill" is an English word, which `withCorpusCapitals`
 * leaves plain wherever it stands), and inside one at least once ("Richard Hill"; not "Critics
 * feared…", a common noun that only ever opens the notes' sentences).
 */
function writtenAsName(vocabulary: CorpusVocabulary, word: string): boolean {
  const alone = vocabulary.alone.get(word) ?? 0;
  const inSentence = vocabulary.inSentence.get(word) ?? 0;
  if (alone >= NAME_ALONE_LEAST && alone >= inSentence * NAME_SHARE_LEAST) return true;
  const written = vocabulary.form.get(word) ?? "";
  const capitalised = vocabulary.capitalised.get(word) ?? 0;
  return (
    (vocabulary.count.get(word) ?? 0) >= NAME_ALONE_LEAST &&
    /^\p{Lu}/u.test(written) &&
    inSentence > 0 &&
    capitalised === inSentence
  );
}

/** Whether word `i` is the subject of a verb of saying or thinking, or owns what follows it. */
function standsAsAgent(question: string, words: readonly RegExpMatchArray[], i: number): boolean {
  const m = words[i] as RegExpMatchArray;
  const end = (m.index as number) + m[0].length;
  const after = question.slice(end);
  const previous = words[i - 1];
  const next = words[i + 1];
  const gapBefore =
    previous === undefined
      ? question.slice(0, m.index)
      : question.slice((previous.index as number) + previous[0].length, m.index);
  const gapAfter = next === undefined ? after : question.slice(end, next.index);
  // (A word of a compound, "access-rights", is no name.)
  if (/^-/.test(gapAfter) || /-$/.test(gapBefore)) return false;
  const previousWord = previous === undefined ? undefined : normalizeText(previous[0]);
  const nextWord = next === undefined ? undefined : normalizeText(next[0]);
  // "access's verdict": owned by it, with nothing before it that makes it a common noun's.
  // (Opening its noun phrase: after a function word or none, not a modifier, "the spam
  // article's", "the Internet resolution's".)
  if (/^['\u2019]s\b/u.test(after)) {
    return (
      previousWord === undefined ||
      !/^\s+$/.test(gapBefore) ||
      ((STOP_WORDS.has(previousWord) || SIDE_JOINERS.has(previousWord)) &&
        !DETERMINERS.has(previousWord))
    );
  }
  if (!/^\s+$/.test(gapAfter) || nextWord === undefined) return false;
  // One of two subjects joined by "and" ("did hill and powers think…"): the verb after the
  // second, the subject's place before the first.
  const spaced = (j: number) =>
    j > 0 && j < words.length && /^\s+$/.test(gapAt(question, words, j));
  const wordAt = (j: number) => normalizeText(words[j]?.[0] ?? "");
  let first = i;
  let verb = i + 1;
  if (wordAt(i + 1) === "and" && spaced(i + 2) && spaced(i + 3)) verb = i + 3;
  else if (previousWord === "and" && spaced(i) && spaced(i - 1)) first = i - 2;
  const verbWord = wordAt(verb);
  // "did access think…", "didn't access call…": the auxiliary's subject.
  if (first > 0 && spaced(first)) {
    const at = words[first]?.index as number;
    if (AUXILIARY.test(fullWordBefore(question, at))) return AGENT_VERBS.has(verbWord);
  }
  // "access said the fix…": a clause's subject, at its start.
  const before = first === 0 ? question.slice(0, words[0]?.index) : gapAt(question, words, first);
  const opensClause =
    first === 0 ||
    /[,;:(\u2013\u2014]|\s-\s/.test(before) ||
    (/^\s+$/.test(before) && CLAUSE_OPENERS.has(wordAt(first - 1)));
  return opensClause && AGENT_VERBS_PAST.has(verbWord);
}

/**
 * Whether word `i`, after "the", is an owner ("the gsma's submission"), an auxiliary's subject
 * before a verb of saying ("did the gsma say…") or a side after "vs" ("etno vs the gsma"): where a word the corpus never writes stands so,
 * it is a body's name (nearmiss29). A word the corpus writes is not read so ("the spam
 * article's"): the notes' common nouns stand after "the".
 */
function namedAfterThe(question: string, words: readonly RegExpMatchArray[], i: number): boolean {
  const m = words[i] as RegExpMatchArray;
  const previous = words[i - 1];
  if (previous === undefined || normalizeText(previous[0]) !== "the") return false;
  if (!/^\s+$/.test(gapAt(question, words, i))) return false;
  const after = question.slice((m.index as number) + m[0].length);
  if (/^['\u2019]s\b/u.test(after)) return true;
  // (One side of a comparison: "etno vs the gsma on sender-pays".)
  if (/^(?:vs|versus)$/.test(fullWordBefore(question, previous.index as number))) return true;
  const next = words[i + 1];
  return (
    next !== undefined &&
    /^\s+$/.test(gapAt(question, words, i + 1)) &&
    AUXILIARY.test(fullWordBefore(question, previous.index as number)) &&
    AGENT_VERBS.has(normalizeText(next[0]))
  );
}

/** The text between word `j - 1` and word `j`. */
function gapAt(question: string, words: readonly RegExpMatchArray[], j: number): string {
  const a = words[j - 1] as RegExpMatchArray;
  const b = words[j] as RegExpMatchArray;
  return question.slice((a.index as number) + a[0].length, b.index);
}

/** The word (apostrophes kept: "didn't") right before position `at`, folded. */
function fullWordBefore(question: string, at: number): string {
  const m = /([\p{L}'\u2019]+)\s+$/u.exec(question.slice(0, at));
  return m ? normalizeText(m[1] as string) : "";
}
