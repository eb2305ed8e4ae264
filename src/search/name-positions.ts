// A name typed in lower case that is also a common word, told by where it stands (lower27).
// "access" is the digital-rights group Access and the common noun: the notes write it both ways,
// so its case in the corpus cannot say which a question means (`withCorpusCapitals` leaves it
// plain). Where it stands can: "why did access think…", "access said…", "access's verdict" make
// it the one who thinks, says or owns, which the common noun never is. Such a word is written
// with its capital only where the corpus also writes it as a name standing alone, inside its
// sentences ("…, Access described", "Access's post-conference analysis").
import { normalizeText, STOP_WORDS } from "./analyze.ts";
import type { CorpusVocabulary } from "./spelling.ts";

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
): string | undefined {
  const m = words[i] as RegExpMatchArray;
  const typed = m[0];
  const word = normalizeText(typed);
  if (STOP_WORDS.has(word) || !/^\p{Ll}+$/u.test(typed)) return undefined;
  const alone = vocabulary.alone.get(word) ?? 0;
  const inSentence = vocabulary.inSentence.get(word) ?? 0;
  if (alone < NAME_ALONE_LEAST || alone < inSentence * NAME_SHARE_LEAST) return undefined;
  if (!standsAsAgent(question, words, i)) return undefined;
  return (typed[0] as string).toUpperCase() + typed.slice(1);
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
  if (/^['\u2019]s\b/u.test(after)) return !DETERMINERS.has(previousWord ?? "");
  if (!/^\s+$/.test(gapAfter) || nextWord === undefined) return false;
  // "did access think…", "didn't access call…": the auxiliary's subject.
  if (
    previous !== undefined &&
    /^\s+$/.test(gapBefore) &&
    AUXILIARY.test(fullWordBefore(question, m.index as number))
  ) {
    return AGENT_VERBS.has(nextWord);
  }
  // "access said the fix…": a clause's subject, at its start.
  const opensClause =
    previous === undefined ||
    /[,;:(\u2013\u2014]|\s-\s/.test(gapBefore) ||
    (/^\s+$/.test(gapBefore) && CLAUSE_OPENERS.has(previousWord ?? ""));
  return opensClause && AGENT_VERBS_PAST.has(nextWord);
}

/** The word (apostrophes kept: "didn't") right before position `at`, folded. */
function fullWordBefore(question: string, at: number): string {
  const m = /([\p{L}'\u2019]+)\s+$/u.exec(question.slice(0, at));
  return m ? normalizeText(m[1] as string) : "";
}
