// A who ask of an originating act ("which delegation floated 'robustness' in place of security",
// "who pushed for the spam definition", "whose idea was it to…"), its proposer's own sentence
// (who48). Such an ask is answered from the place best covering the question, which often names
// the asked thing without the party that put it forward ("The Czech delegation's account explains
// why: 'security' was heard as… 'robustness'…", "Article 5A asks Member States to ensure network
// 'security and robustness'"), while another retrieved sentence tells the act with its doer
// ("Crépin-Leblond reports that the United Kingdom suggested the more technical word
// 'robustness'"). Where no sentence of the answer tells a proposing act with a doer the question
// does not name, the retrieved sentence that does, naming at least half of the ask's own words,
// is added. Run after coverage is decided: it never answers a refused question nor changes
// coverage.
import { splitSentences } from "../text.ts";
import type { ScoredPassage } from "../types.ts";
import { type AskContext, throughEachAsk } from "./ask-steps.ts";
import {
  ASK_SENTENCE_ANSWER_WORDS,
  type CitedText,
  sentenceAdder,
  sentencesOf,
  stated,
} from "./asks.ts";
import type { AskTools } from "./asks-stated.ts";
import { buildCitation } from "./citations.ts";
import { isCommonWord } from "./common-words.ts";
import { displaySentence, isFragment, opensWithReferent } from "./sentences.ts";
import { type Analyze, containsTerm, type KeyTerm } from "./terms.ts";

/** The most words the answer runs to with the sentence added. */
const MAX_ANSWER_WORDS = ASK_SENTENCE_ANSWER_WORDS;

/**
 * An ask for the party that originated something: a who phrase ("who", "which delegation",
 * "whose") and, within a few words, an act of putting it forward or pressing for it ("floated",
 * "pushed for", "put … on the table", "came up with", "championed", "was behind"), or "whose
 * idea / proposal / suggestion".
 */
const PROPOSER_ASKED =
  /(?:^|[,;:?!.\u2013\u2014-]\s*|\b(?:and|also|then)\s+)(?:who|which\s+[\p{L}-]+|whose\s+(?:idea|proposal|suggestion|push|plan|initiative)\b)(?:\s+(?!(?:that|which|who)\b)[\p{L}'’-]+){0,3}?\s+(propos(?:ed|e|ing)|suggest(?:ed|s)?|floated|float|push(?:ed|es|ing)?(?:\s+for)?|pitch(?:ed)?|tabled|put\s+(?:\S+\s+){0,4}?(?:forward|on\s+the\s+table)|c[oa]me\s+up\s+with|champion(?:ed|ing)?|call(?:ed)?\s+for|ask(?:ed)?\s+for|sponsor(?:ed)?|initiat(?:ed|e)|lobbied\s+for|(?:was|were)\s+behind)\b/iu;
/** "whose idea was it…", "whose proposal was…": the who phrase is the act. */
const WHOSE_IDEA = /(?:^|[,;:?!.\u2013\u2014-]\s*)whose\s+(idea|proposal|suggestion|push|plan)\b/iu;

/**
 * The words of the originating act an ask asks about ("floated", "put on the table", "idea"),
 * where it asks who originated something (`PROPOSER_ASKED`, `WHOSE_IDEA`); the thing between
 * "put" and "forward" is no part of the act.
 */
export function proposerActAsked(ask: string): string | undefined {
  const act = PROPOSER_ASKED.exec(ask)?.[1] ?? WHOSE_IDEA.exec(ask)?.[1];
  return act?.replace(/^put\s+(?:\S+\s+)*?(forward|on\s+the\s+table)$/i, "put $1");
}

/**
 * Whether an asked act is one of originating a thing ("floated", "proposed", "came up with",
 * "sponsored", "whose idea"), not of backing it ("pushed for", "championed", "called for"): a
 * backer is often told by a sentence of arguing or supporting, which tells no proposal.
 */
export function originatingAct(act: string): boolean {
  return /^(?:propos|suggest|float|pitch|tabled|put|c[oa]me|sponsor|initiat|idea|proposal|suggestion|plan)/i.test(
    act,
  );
}

/** Verbs telling that a party put something forward or pressed for it. */
const PROPOSING_TOLD =
  "proposed|suggested|put forward|tabled|submitted|filed|sponsored|floated|pushed(?: for)?|called for|asked for|requested|championed|asked (?:[\\p{L}-]+ ){1,4}?to";
/**
 * The doer right before the act: a capitalised word ("the United Kingdom suggested", "the Chair
 * proposed it", "Russia asked the preparatory working group to add…"), with at most one adverb
 * between ("Sweden and the United States pushed instead for…" has it after).
 */
const DOER_BEFORE = new RegExp(
  String.raw`(\p{Lu}[\p{L}\p{N}'’.&-]*)\s+(?:(?:also|had|has|have|then|first|later|jointly|formally|originally|still)\s+)?(?:${PROPOSING_TOLD})\b`,
  "gu",
);
/** The doer after "by" ("proposed by Tunisia"): the thing put forward stands before the act. */
const DOER_BY =
  /\b(?:proposed|suggested|put forward|tabled|submitted|filed|sponsored|floated|pushed)\s+by\s+(?:the\s+)?(\p{Lu}[\p{L}\p{N}'’.&-]*(?:\s+\p{Lu}[\p{L}\p{N}'’.&-]*){0,2})/u;
/** Where the thing put forward ends: the act's clause, up to a comma, colon or semicolon. */
const CLAUSE_END = /[,;:]/u;

/** A proposing act a sentence tells: its doer as written, and the words naming what was put forward. */
interface Proposal {
  doer: string;
  thing: string;
}

/**
 * The proposing acts a sentence tells: a capitalised doer before the act, what follows it in its
 * clause being the thing put forward ("…suggested the more technical word 'robustness'…"; not
 * "…proposed an EU line: reject anything…, content, national security…", whose list is the line's
 * content), or "X by Y", the thing before. Not a common word opening the sentence ("The",
 * "Critics").
 */
function proposalsIn(sentence: string): Proposal[] {
  const before = [...sentence.matchAll(DOER_BEFORE)].map((m) => ({
    doer: m[1] as string,
    thing: (sentence.slice((m.index ?? 0) + m[0].length).split(CLAUSE_END)[0] ?? "").trim(),
  }));
  const by = DOER_BY.exec(sentence);
  const after = by
    ? [{ doer: by[1] as string, thing: sentence.slice(0, by.index).split(CLAUSE_END).pop() ?? "" }]
    : [];
  return [...before, ...after].filter((p) => p.doer.split(/\s+/).some(namesSomeone));
}

/**
 * Whether a window's sentences tell someone the question does not name putting forward a thing the
 * question names ("the United Kingdom suggested the more technical word 'robustness'…"; "…a related
 * Senate resolution sponsored by Senators McCaskill and Rubio"), as a who ask of an originating act
 * needs for a `full` answer (`keptOf`, coverage-window.ts). A proposal of something else does not
 * count: "the European Commission proposed an EU line" does not tell who tabled the European
 * Parliament's resolution a question asks about. What was put forward is read as the sentence
 * adding a proposer reads it (`thingProposed`), with the sentence before where it points back.
 */
export function tellsProposal(
  sentences: readonly string[],
  questionTerms: ReadonlySet<string>,
  analyzeText: Analyze,
): boolean {
  return sentences.some((_, i) => {
    const thing = thingProposed(sentences, i, questionTerms, analyzeText);
    return thing !== undefined && analyzeText(thing).some((t) => questionTerms.has(t));
  });
}

/** A word naming someone: not a common word ("The", "Senators"), unless written in capitals. */
const namesSomeone = (word: string) => !isCommonWord(word) || /^\p{Lu}{2,}/u.test(word);

/**
 * Whether a doer's words name someone the question does not ("Senators McCaskill" for "which
 * senators sponsored…": "McCaskill").
 */
function namesOtherDoer(
  doer: string,
  questionTerms: ReadonlySet<string>,
  analyzeText: Analyze,
): boolean {
  return doer
    .split(/\s+/)
    .some((w) => namesSomeone(w) && !analyzeText(w).some((t) => questionTerms.has(t)));
}

/** A pronoun standing for the thing put forward: "the Chair proposed IT". */
const THING_POINTER = /\b(?:it|this|them)\b/i;

/**
 * What a sentence tells put forward by a doer the question does not name, with the sentence before
 * it where the thing is a pronoun pointing back ("To address content worries, the conference
 * added… According to CIS, the Chair proposed it…") or the sentence opens with a referent; none
 * where it tells no such act.
 */
function thingProposed(
  sentences: readonly string[],
  i: number,
  questionTerms: ReadonlySet<string>,
  analyzeText: Analyze,
): string | undefined {
  const own = sentences[i] ?? "";
  const proposals = proposalsIn(own).filter((p) =>
    namesOtherDoer(p.doer, questionTerms, analyzeText),
  );
  if (proposals.length === 0) return undefined;
  const things = proposals.map((p) => p.thing).join(" ");
  const before = sentences[i - 1];
  const leans = opensWithReferent(own) || THING_POINTER.test(things);
  return before !== undefined && !isFragment(before) && leans ? `${before} ${things}` : things;
}

/** A proposer's sentence found among the passages, with the weight it meets of the ask's words. */
interface Found {
  scored: ScoredPassage;
  /** The sentence telling the act. */
  own: string;
  /** It with the sentence before where it points back at it, as added. */
  text: string;
  met: number;
}

/**
 * The answer with, for each ask of an originating act, the sentence telling that act with its doer
 * where the answer lacks one (`withProposerSentenceOf`).
 */
export function withProposerSentences(
  answer: CitedText,
  { question, asks, passages, tools }: AskContext,
): CitedText {
  // (Unlike the other per-ask steps, a question asking one thing is read too: a lone who ask of
  // an originating act, "which delegation floated 'robustness'?", is the case this step is for.)
  const minAsks = 1;
  return throughEachAsk(
    answer,
    asks,
    () => {
      const questionTerms = new Set(tools.analyzeText(question));
      return (stated, ask) => {
        const act = proposerActAsked(ask);
        if (act === undefined) return stated;
        const actWords = new Set(tools.analyzeText(act));
        return withProposerSentenceOf(stated, { ask, actWords }, questionTerms, passages, tools);
      };
    },
    minAsks,
  );
}

/**
 * One ask's proposer: its own words (not the thing it asks for, not its verbs), of which a
 * sentence must meet at least half (one at least); where the answer has such a sentence telling a
 * proposing act with a doer the question does not name, nothing; otherwise the passages' sentence
 * doing so that meets most, the best ranked of those meeting as many, is added after the answer,
 * with the sentence before it where it points back at it ("To address content worries, the
 * conference added… According to CIS, the Chair proposed it…").
 */
function withProposerSentenceOf(
  answer: CitedText,
  { ask, actWords }: { ask: string; actWords: ReadonlySet<string> },
  questionTerms: ReadonlySet<string>,
  passages: readonly ScoredPassage[],
  tools: AskTools,
): CitedText {
  const { analyzeText } = tools;
  // (Only words some passage names: "exclusion", which none writes, weighs what none can meet.)
  const named = new Set(passages.flatMap(({ passage }) => analyzeText(passage.text)));
  const words = tools
    .keyTermsFor(ask)
    .filter((k) => !k.asked && !actWords.has(k.term) && !k.everyday && k.term.length > 1)
    .filter((k) => containsTerm(named, k));
  const whole = words.reduce((sum, k) => sum + k.weight, 0);
  if (words.length === 0 || whole === 0) return answer;
  // (The ask's weightiest word must be among them: "Tunisia proposed explicit freedom-of-expression
  // language…" does not tell who tabled the routing "right to know" language.)
  const heaviest = words.reduce((a, b) => (b.weight > a.weight ? b : a));
  const meets = (text: string) =>
    metBy(text, [heaviest], analyzeText) > 0 ? metBy(text, words, analyzeText) : 0;
  const thing = (sentences: readonly string[], i: number) =>
    thingProposed(sentences, i, questionTerms, analyzeText);
  const kept = sentencesOf(answer.text).map(stated);
  const told = (sentences: readonly string[], i: number) => meets(thing(sentences, i) ?? "");
  if (kept.some((_, i) => told(kept, i) * 2 >= whole)) return answer;
  const found = proposerSentence(passages, thing, meets);
  if (found === undefined || found.met * 2 < whole) return answer;
  if (kept.includes(found.own)) return answer;
  const from: CitedText = {
    text: `${found.text} [1]`,
    citations: [buildCitation(found.scored, 1, found.text)],
  };
  const add = sentenceAdder((has) =>
    has.some((s) => stated(s) === found.text) ? undefined : from.text,
  );
  return add(answer, from, () => 1, { maxWords: MAX_ANSWER_WORDS, filler: () => false });
}

/** The weight of the ask's words a text names. */
function metBy(text: string, words: readonly KeyTerm[], analyzeText: Analyze): number {
  const said = new Set(analyzeText(text));
  return words.filter((k) => containsTerm(said, k)).reduce((sum, k) => sum + k.weight, 0);
}

/**
 * Among the passages' sentences telling a proposing act with a doer the question does not name
 * (`thing`), the one whose thing put forward meets most of the ask's words, the best ranked
 * passage's of those meeting as much.
 */
function proposerSentence(
  passages: readonly ScoredPassage[],
  thing: (sentences: readonly string[], i: number) => string | undefined,
  meets: (text: string) => number,
): Found | undefined {
  let best: Found | undefined;
  for (const scored of passages) {
    const shown = splitSentences(scored.passage.text).map((s) => displaySentence(s.text));
    for (const [i, sentence] of shown.entries()) {
      const put = thing(shown, i);
      if (put === undefined) continue;
      const met = meets(put);
      if (met <= (best?.met ?? 0)) continue;
      const before = shown[i - 1];
      const text =
        before !== undefined && put.startsWith(before) ? `${before} ${sentence}` : sentence;
      best = { scored, own: sentence, text, met };
    }
  }
  return best;
}
