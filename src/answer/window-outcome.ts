// An outcome asked of (issue #12, nearmiss26b): "did India end up signing in Dubai?", "did the
// Senate end up passing H. Con. Res. 127?", "did Kramer resign after Dubai?" ask whether a thing
// happened in the end. A place naming the subject and telling what it did before ("In Dubai India
// limited ICT references…", "The House approved it unanimously and it was sent to the Senate")
// does not tell that outcome. Read by `assessRelevance` (relevance.ts).

import type { Analyze, KeyTerm } from "./terms.ts";
import { wholeWord, windowSentences } from "./window-words.ts";

/**
 * Whether a yes/no question asks how a thing turned out: "end up", "in the end", "eventually",
 * "ultimately", "after all", "ever", "go on to", "after…". (Not "later": "when it revised Doc 27 a
 * few days later" dates the act asked, in-2253.)
 */
export function asksOutcome(question: string): boolean {
  return OUTCOME_ASKED.test(question);
}
const OUTCOME_ASKED =
  /\b(?:end(?:ed|s)?\s+up|in\s+the\s+end|eventually|ultimately|after\s+all|ever|(?:go|goes|went)\s+on\s+to|after)\b/i;

/**
 * The verb of the outcome asked where "end up" or "go on to" carries it ("end up SIGNING", "went
 * on to RATIFY"): the do-support reading (`claimVerbStood`) takes "end" or "go" for the verb.
 * Its index terms, or none.
 */
export function outcomeVerbTerms(question: string, analyzeText: Analyze): string[] {
  const m = OUTCOME_VERB.exec(question);
  return m?.[1] === undefined ? [] : analyzeText(m[1]);
}
const OUTCOME_VERB = /\b(?:end(?:ed|s)?\s+up|(?:go|goes|went)\s+on\s+to)\s+([\p{L}'-]+)/iu;

/**
 * The outcome verbs a question asks that the window lacks: the verb after "end up" or "go on
 * to", and the do-support verb where `claimVerbStood` found it unmet.
 */
export function outcomeVerbsUnmet(
  verbTerms: readonly string[],
  unmet: readonly KeyTerm[],
  claimVerbUnmet: boolean,
): string[] {
  return unmet
    .filter(
      (k) =>
        k.generic !== true &&
        (verbTerms.includes(k.term) || (claimVerbUnmet && k.verb === true && k.predicate === true)),
    )
    .map((k) => k.term);
}

/**
 * Whether a window tells an outcome by its negation: something not done, refused, left out or
 * unchanged ("Russia refused to join", "The final text does not define 'Internet'", "The revised
 * ITRs contain no cybercrime… provisions", "It did not release the other preparatory documents").
 * A change asked is also told by what was kept ("They included keeping the existing
 * definitions…", asked "did Dubai end up rewriting…", in-649). Such a sentence answers "did
 * Russia ever sign up?" though it lacks the asked verb; a window telling only what the subject
 * did before or beside the outcome does not. (Not "still": "but it still supported a spam
 * provision" tells what India did in Dubai, not whether it signed; nor "keep": "US policy should
 * keep the Internet free…" says what a resolution wanted.)
 */
export function outcomeNegated(windowText: string): boolean {
  return OUTCOME_NEGATED.test(windowText);
}
const OUTCOME_NEGATED =
  /\b(?:not|never|no|none|nothing|neither|nor|without|refused|declined|rejected|dropped|withdrawn|unchanged|denied|failed|fell\s+short|left\s+out|kept|keeping|retained|remained|stayed\s+(?:out|outside)|off\s+the\s+table)\b|n['’]t\b/i;

/**
 * Whether a sentence of the places read tells the asked verb negated: "No definition of spam
 * was added to Article 2" answers "did the final ITRs end up defining spam?" (in-56), though the
 * best window is the treaty's structure. The verb's terms, or a noun made from it, and a negation
 * in one sentence.
 */
export function verbToldNegated(
  verbs: readonly string[],
  sentences: readonly string[],
  analyzeText: Analyze,
): boolean {
  return sentences.some((text) => {
    if (!OUTCOME_NEGATED.test(text)) return false;
    const terms = analyzeText(text);
    // (The verb's noun too: "defining" is "defin", "definition" is "definit".)
    return verbs.some((v) => terms.some((t) => t === v || (v.length >= 4 && t.startsWith(v))));
  });
}

/**
 * Whether the window tells the asked subject only as it stood before the outcome (nearmiss27b):
 * "did Italy end up signing…?" is not answered by "…countries still consulting their capitals
 * (for example Germany, Italy and Poland at that stage)". The question's names that an interim
 * sentence of the window writes (capitalised, as in the question); every window sentence writing
 * one marks its state
 * as interim ("still consulting", "at that stage", "at the time", "so far", "not yet", "pending";
 * not "still" before a past verb: "…but it still supported a spam provision" tells what India did
 * in Dubai, in-2447) and none
 * tells the outcome by the asked verb. False where the window writes none of the names.
 */
export function outcomeInterimOnly(
  question: string,
  windowText: string,
  verbs: readonly string[],
  analyzeText: Analyze,
): boolean {
  const names = [...new Set(question.match(/\b\p{Lu}[\p{L}'-]+/gu) ?? [])];
  const sentences = windowSentences(windowText);
  const writes = (s: string, n: string) => wholeWord(n).test(s);
  // The subject: the question's names an interim sentence writes after its interim word
  // ("…still consulting their capitals (for example Germany, ITALY…"), not the topic's names
  // other sentences write beside it ("the Freetown accord"), nor names before it in a clause of
  // their own ("…that firmly refused (the US, UK…) and countries still consulting…").
  const subject = names.filter((n) =>
    sentences.some((s) => {
      const at = INTERIM.exec(s)?.index;
      return at !== undefined && writes(s.slice(at), n);
    }),
  );
  if (subject.length === 0) return false;
  return sentences
    .filter((s) => subject.some((n) => writes(s, n)))
    .every((s) => {
      if (!INTERIM.test(s)) return false;
      const terms = analyzeText(s);
      return !verbs.some((v) => terms.includes(v));
    });
}
const INTERIM =
  /\b(?:still\s+(?:\p{L}+ing|under|to\s+be|awaiting)|at\s+that\s+stage|at\s+the\s+time|so\s+far|not\s+yet|as\s+yet|yet\s+to|pending)\b/iu;

/**
 * Whether a count asked of an outcome ("how many CEPT members went on to SIGN…?", "how many
 * documents did the site end up PUBLISHING?") is given by no sentence of the window (nearmiss27b):
 * a count of the same noun beside another act ("CEPT said its 48 members had succeeded in
 * removing…") is not how many did the act asked. The verb after "end up" or "go on to"; a window
 * sentence must hold a number (digits or a number word) and that verb, or a noun made from it.
 * False where the question carries no such verb.
 */
export function outcomeCountUntold(
  verbs: readonly string[],
  windowText: string,
  analyzeText: Analyze,
): boolean {
  if (verbs.length === 0) return false;
  return !windowSentences(windowText).some((s) => {
    if (!givesCount(s)) return false;
    const terms = analyzeText(s);
    return verbs.some((v) => terms.some((t) => t === v || (v.length >= 4 && t.startsWith(v))));
  });
}
/**
 * Whether a sentence gives a count: a number word, or digits standing alone ("48 members", "more
 * than 35,000") that follow no capitalised word ("Article 1.1", "Articles 5A and 5B" name
 * things, not counts).
 */
function givesCount(sentence: string): boolean {
  if (NUMBER_WORD.test(sentence)) return true;
  for (const m of sentence.matchAll(/(?<![\p{L}\d.])\d[\d,]*(?:\.\d+)?(?![\p{L}\d])/gu)) {
    const before = sentence.slice(0, m.index).trimEnd();
    const word = /(\S+)$/u.exec(before)?.[1] ?? "";
    if (!/^\p{Lu}/u.test(word)) return true;
  }
  return false;
}
const NUMBER_WORD =
  /\b(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|dozen|hundred|thousand|million|billion)\b/i;
