// An ask of a question asking two things or more, left out of the answer, read from its own place
// (join49): the answer is composed from the passages best covering the question as a whole, and
// often quotes one ask's paragraph and nothing of the other's, though the other's sentence sits in
// a passage the question retrieved, or first among the passages the ask retrieves on its own
// ("june '12 was a big month - what day did touré own up to the td-64 leak, and what was mueller
// warning about that same month": Touré's paragraph quoted, Mueller's June 2012 warning not). The
// sentence of those places meeting most of the ask's words, one of them a word it alone names, is
// added after the answer with its citation, where the answer has room. It changes no coverage:
// an ask no place meets is left as the answer left it.
//
// join49's reader added a sentence meeting two of the ask's words that told something else in
// about 33 of the 43 answers it changed ("In 2009 the Council adopted Resolution 1312…" for "how
// many docs had they put up"). join50 required the sentence to carry a value of the asked kind,
// and still nine of twelve were off the ask: a date or a count of another act beside one of the
// ask's words. Re-applied here from join50's code (join51), a sentence is added only where one of
// its clauses tells the ask's own act or thing and holds the value asked (`carriesAsked`).
import { analyzeQuestion } from "../search/question.ts";
import { splitSentences } from "../text.ts";
import type { Citation, ScoredPassage } from "../types.ts";
import type { AskContext } from "./ask-steps.ts";
import {
  ASK_SENTENCE_ANSWER_WORDS,
  type CitedText,
  distinctTerms,
  namesOfAsk,
  sentencesOf,
  stated,
  statedWordCount,
} from "./asks.ts";
import { buildCitation, renumberCitations } from "./citations.ts";
import { carriesAnswer, type ExpectedAnswer, givesReasons } from "./evidence.ts";
import { isRequired } from "./key-term-roles.ts";
import { countsBeyondPremise } from "./premise-ask.ts";
import { type AskedAct, askedActOf, mainClause, tellsAskedAct } from "./sentence-act.ts";
import { displaySentence, isFragment, isRunInHeading, leansOnPrevious } from "./sentences.ts";
import { type Analyze, containsTerm, type KeyTerm } from "./terms.ts";
import { asksValueOfItsOwn, clausesOf, withoutNamingYears } from "./typed-clause.ts";

/**
 * How many of an ask's words a sentence must meet to be taken as stating it, in the answer or
 * added: one is often the name the whole question turns on, which many sentences share.
 */
export const OWN_PLACE_MIN_MET = 2;

/** The most words the answer runs to with the ask's sentence added. */
const MAX_ANSWER_WORDS = ASK_SENTENCE_ANSWER_WORDS;

/** One ask as read against sentences: how many of its words a text meets, and its own words. */
interface AskWords {
  meets: (text: string) => number;
  /** Whether a text names a word of the ask no other ask names (`distinctTerms`). */
  namesOwn: (text: string) => boolean;
  /** Whether a text carries what the ask asks (`carriesAsked`). */
  carries: (text: string) => boolean;
}

/** A sentence of a place, or two where the second leans on the first, to add for an ask. */
interface PlaceFind {
  place: ScoredPassage;
  shown: string[];
  met: number;
}

/**
 * The answer with every ask it leaves unstated read from its own place: for each ask naming
 * something no other ask names, where no sentence of the answer meets `OWN_PLACE_MIN_MET` of the
 * ask's words with one of those, the sentence of the ask's own passages (`askPassages`, each ask's
 * own search, in its order), then of the question's (`passages`), meeting most of the ask's words
 * (`OWN_PLACE_MIN_MET` at least, one its own) is added after the answer; one leaning on the
 * sentence before it comes with that one, which must not lean itself. Only within
 * `MAX_ANSWER_WORDS`, no sentence of the answer giving way.
 */
export function withAsksOwnPlaces(
  answer: CitedText,
  { asks, askPassages = [], passages, tools }: AskContext,
): CitedText {
  if (asks.length < 2) return answer;
  const saidIn = (text: string) => new Set(tools.analyzeText(text));
  const names = asks.map((ask) => new Set(namesOfAsk(ask, tools.analyzeText)));
  // (A name the ask writes is a word of it even where read as the thing asked: "what was Mueller
  // warning about" asks of Mueller.)
  const askTerms = asks.map((ask, i) =>
    tools
      .keyTermsFor(ask)
      .map((k) => (k.asked === true && names[i]?.has(k.term) ? { ...k, asked: false } : k)),
  );
  const own = ownWordsOf(askTerms, names);
  const texts = passages.map(({ passage }) => passage.text);
  const question = new Set(tools.analyzeText(asks.join(" ")));
  const read: AskWords[] = askTerms.map((terms, i) => {
    const words = terms.filter((k) => !k.asked);
    const distinct = own[i] ?? [];
    const meets = (text: string) => {
      const said = saidIn(text);
      return words.filter((k) => containsTerm(said, k)).length;
    };
    const ask = asks[i] ?? "";
    const namesOwn = (text: string) => {
      const said = saidIn(text);
      return distinct.some((k) => containsTerm(said, k));
    };
    const asked: AskedOf = {
      ask,
      expected: tools.shapeOf(analyzeQuestion(ask), texts).expected,
      act: askedActOf(ask),
      question,
      words: new Set(words.map((k) => k.term)),
      names: names[i] ?? new Set(),
      meets,
      namesOwn,
    };
    return {
      meets,
      namesOwn,
      carries: (text) => carriesAsked(text, asked, tools.analyzeText),
    };
  });
  let placed = answer;
  for (const [i, ask] of read.entries()) {
    if ((own[i] ?? []).length === 0) continue;
    const places = uniquePlaces([...(askPassages[i] ?? []), ...passages]);
    placed = withAskPlaced(placed, ask, places);
  }
  return placed;
}

/** The answer with one ask's sentence from its own place added, or as it was. */
function withAskPlaced(
  answer: CitedText,
  ask: AskWords,
  places: readonly ScoredPassage[],
): CitedText {
  const kept = sentencesOf(answer.text);
  const statedNow = kept.map(stated);
  const best = Math.max(0, ...statedNow.map((s) => (ask.namesOwn(s) ? ask.meets(s) : 0)));
  if (best >= OWN_PLACE_MIN_MET) return answer;
  const found = bestFind(places, ask, new Set(statedNow), best);
  if (found === undefined) return answer;
  const n = answer.citations.reduce((max, c) => Math.max(max, c.n), 0) + 1;
  const citation: Citation = buildCitation(found.place, n, found.shown.join(" "));
  const added = found.shown.map((s) => `${s} [${n}]`);
  kept.push(...added);
  // (No sentence gives way: one the answer chose for the question, naming none of its required
  // words, still told the reason asked in in-4291's data-retention lines.)
  if (statedWordCount(kept.join(" ")) > MAX_ANSWER_WORDS) return answer;
  return renumberCitations(kept.join(" "), [...answer.citations, citation]);
}

/**
 * The sentence (or leaning pair) of `places` meeting most of the ask's words, more than `best`
 * and `OWN_PLACE_MIN_MET` at least, naming one of the ask's own words, quoted nowhere in the
 * answer (`quoted`); the earlier place's where two meet as many.
 */
function bestFind(
  places: readonly ScoredPassage[],
  ask: AskWords,
  quoted: ReadonlySet<string>,
  best: number,
): PlaceFind | undefined {
  let found: PlaceFind | undefined;
  let most = Math.max(best, OWN_PLACE_MIN_MET - 1);
  for (const place of places) {
    const shown = splitSentences(place.passage.text)
      .filter((s) => !isRunInHeading(s.text, place.passage.sectionPath) && !isFragment(s.text))
      .map((s) => displaySentence(s.text));
    for (const [j, sentence] of shown.entries()) {
      if (quoted.has(sentence)) continue;
      // (A sentence leaning on the one before comes with it, where that one is unquoted and
      // leans on nothing itself: after the answer's last sentence its "It" would point elsewhere.)
      const before = shown[j - 1];
      const leans = leansOnPrevious(sentence);
      if (leans && (before === undefined || quoted.has(before) || leansOnPrevious(before)))
        continue;
      const pair = leans && before !== undefined ? [before, sentence] : [sentence];
      const text = pair.join(" ");
      if (!ask.namesOwn(text)) continue;
      const met = ask.meets(text);
      if (met > most && ask.carries(sentence)) [found, most] = [{ place, shown: pair, met }, met];
    }
  }
  return found;
}

/** An ask as `carriesAsked` reads it. */
interface AskedOf {
  ask: string;
  /** The kind of answer the ask expects, read alone (`shapeOf`). */
  expected: ExpectedAnswer;
  /** The act the ask asks about (`askedActOf`). */
  act: AskedAct;
  /** The whole question's analysed words. */
  question: ReadonlySet<string>;
  /** The ask's own analysed words, not what it asks for. */
  words: ReadonlySet<string>;
  /** The names the ask writes (`namesOfAsk`), analysed. */
  names: ReadonlySet<string>;
  meets: (text: string) => number;
  /** Whether a text names a word of the ask no other ask names. */
  namesOwn: (text: string) => boolean;
}

/** The kinds of answer a clause carries as a value its words govern (`clausesOf`). */
const VALUE_ASKED: ReadonlySet<ExpectedAnswer> = new Set(["date", "number", "duration", "agent"]);

/**
 * Whether a sentence carries what its ask asks, of the ask's own act or thing, not a value of
 * another act beside the ask's words (join50 found nine of twelve such: "On 10 December Kramer
 * denied press reports…" for "when did Kramer pass that on", Melbourne's 112 for Dubai's count).
 * One clause of the sentence (`clausesOf`, a parenthesis read as its own) must tell the ask's act
 * (`tellsAskedAct`: its verb or a verb of its sense in the clause; for an ask with no verb of its
 * own, a word of the ask as the clause's subject; for a saying, a verb of reporting with a word of
 * the question as subject), name a word of the ask no other ask names and `OWN_PLACE_MIN_MET` of
 * its words; and that same clause must hold the value asked: for a date, a count, a span or a doer
 * asked, the value (`carriesAnswer`; a year naming a thing, `NAMING_YEAR`, not read as a date; a
 * count not one of the ask's own figures, `countsBeyondPremise`); for a reason, grounds in the
 * sentence (`givesReasons`).
 */
function carriesAsked(sentence: string, asked: AskedOf, analyzeText: Analyze): boolean {
  const { expected } = asked;
  // (A value asked of a thing another ask names, "when did Kramer pass that on", is not told
  // apart by the ask's own words: `asksValueOfItsOwn`.)
  if (VALUE_ASKED.has(expected) && !asksValueOfItsOwn(asked.ask, expected)) return false;
  if (expected === "reason" && !givesReasons(sentence)) return false;
  const named = { question: asked.question, ask: asked.words };
  const holdsValue = (clause: string) => {
    if (!VALUE_ASKED.has(expected)) return true;
    const valued = withoutNamingYears(clause);
    return (
      carriesAnswer(valued, expected) &&
      (expected !== "number" || countsBeyondPremise(asked.ask, [valued], () => true))
    );
  };
  const namesAll = (clause: string) => {
    const said = new Set(analyzeText(clause));
    return [...asked.names].every((name) => said.has(name));
  };
  // (A doer asked is the subject the clause gives; any other act's subject is the ask's thing.)
  const ofAskedThing = (clause: string) =>
    !("verb" in asked.act) ||
    expected === "agent" ||
    analyzeText(mainClause(clause).subject).some((t) => asked.words.has(t));
  return clausesOf(sentence).some(
    (clause) =>
      asked.meets(clause) >= OWN_PLACE_MIN_MET &&
      asked.namesOwn(clause) &&
      namesAll(clause) &&
      holdsValue(clause) &&
      tellsAskedAct(clause, asked.act, named, analyzeText) &&
      ofAskedThing(clause),
  );
}

/**
 * The words of each ask no other ask names, as `distinctTerms` reads them (its required nouns,
 * names and numbers, its nouns the corpus never has, not the thing it asks for nor an everyday
 * noun), however little they weigh: a sentence is added only where it meets two of the ask's
 * words, so one of them is enough to tell the ask's sentence from the other asks'.
 */
function ownWordsOf(
  asks: readonly KeyTerm[][],
  names: readonly ReadonlySet<string>[],
): KeyTerm[][] {
  const forms = (k: KeyTerm) => [k.term, ...k.alternatives.map((a) => a.join(" "))];
  const weighed = distinctTerms(asks, names);
  return asks.map((terms, i) => {
    if ((weighed[i] ?? []).length > 0) return weighed[i] ?? [];
    const others = new Set(asks.flatMap((t, j) => (j === i ? [] : t.flatMap(forms))));
    return terms.filter(
      (k) =>
        !forms(k).some((f) => others.has(f)) &&
        (isRequired(k) || (k.unknown === true && !k.predicate && !k.familiar)) &&
        !k.asked &&
        !k.everyday,
    );
  });
}

/** Passages in order, each once. */
function uniquePlaces(places: readonly ScoredPassage[]): ScoredPassage[] {
  const seen = new Set<string>();
  return places.filter(({ passage }) => {
    if (seen.has(passage.id)) return false;
    seen.add(passage.id);
    return true;
  });
}
