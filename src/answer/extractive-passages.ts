// Reading the retrieved passages: each passage's sentences with the question's key terms they
// name (in their own words or under their headings), the kind of answer they carry, the sides
// they name and what they deny, and each passage's value as the answer's lead (retrieval, its
// best sentence, its headings). Split out of `extractive.ts`, which ranks and composes from these.
import { DEMONSTRATIVES, pointingWords } from "../search/pointing-words.ts";
import { CAPITALISED_WORD } from "../search/question-names.ts";
import { splitSentences, stripTrailingMarkers } from "../text.ts";
import type { ScoredPassage } from "../types.ts";
import { namesOnlyAsQualifier } from "./doer-names.ts";
import {
  carriesAnswer,
  type ExpectedAnswer,
  hasSpecificCue,
  saysNotEstablished,
} from "./evidence.ts";
import { markAnnouncedItems } from "./extractive-list.ts";
import { NAME_WORDS_WITHIN } from "./extractive-restated.ts";
import type { AnswerShape } from "./extractive-shape.ts";
import { antecedentOf, type PassageView, type Sentence, wordCount } from "./extractive-view.ts";
import { deniedKeys } from "./extractive-yes-no.ts";
import { isRequired, isTopicTerm } from "./key-term-roles.ts";
import { namesKind } from "./name-kinds.ts";
import {
  asksAboutReuse,
  displaySentence,
  enumerates,
  isAboutTheCorpus,
  isFragment,
  isRightsNotice,
  isSectionLabel,
  pointsForward,
  seriesHead,
  seriesItems,
} from "./sentences.ts";
import { type Analyze, containsTerm, type KeyTerm } from "./terms.ts";

/**
 * How the best passage is chosen among the retrieved ones: mostly by retrieval's own score (share
 * of the top score), then by the best single sentence's share of the question's key terms, by
 * whether a sentence with key terms carries the expected kind of answer, by the share of the
 * required terms two adjacent sentences state together (under the passage's headings), and by a
 * heading naming at least half of what is asked ("Resolution PLEN/3"). Tuned on the evaluation's
 * tuning half: nugget recall 0.72 with retrieval order alone, 0.75 with the first three and the
 * heading; adding `statesTogether` at 0.4 gave 0.78 (0.76 at 0.3, 0.78 at 0.5, 0.76 at 0.6 and
 * up; without the other sentence feature 0.71). A heading bonus for any heading word (no "at
 * least half") chose "Convention talk" for "What is the Budapest Convention?"; counting the sides
 * of a comparison in `statesTogether` led a comparison with a passage naming a side in passing.
 * A section headed with the kind of answer asked (`answerHeading`: "Leadership" for a who
 * question) took tuning recall from 0.799 to 0.803 at 0.1–0.3 (0.2 kept); without requiring the
 * passage to state every topic term together it fell to 0.794, reason headings drawing why
 * questions to another actor's section.
 * For how and list questions, a heading the question names at least half of (`namedHeading`:
 * "Refusal to sign" for "talking points on why the US refused to sign") took tuning recall from
 * 0.843 to 0.850 (how 0.83 → 0.85, list 0.81 → 0.83) at 0.2 (0.848 at 0.1, 0.850 at 0.3); for
 * every kind it cost why questions 0.06 (a reason paragraph is often headed with something else
 * than what the question names); at a share of two thirds or all of the heading, 0.848; counting
 * a heading naming only the corpus's topic ("What the ITRs are") led "key provisions of the final
 * ITRs" with the ITRs' definition.
 * A list asked of what could not be confirmed ("List the points … that could not be confirmed")
 * is led by a passage whose sentence says so about what is asked (`listsUnknown`): with the
 * engine reading such a question as asking what is known, tuning 0.852 → 0.854 (list 0.84 →
 * 0.85); the lead bonus alone changes no tuning figure but leads the one such question (and
 * the test corpus) with the sentence that answers it, not with background.
 */
const PASSAGE_VALUE = {
  retrieval: 0.7,
  bestSentence: 0.2,
  answers: 0.1,
  statesTogether: 0.4,
  heading: 0.15,
  headingAtLeast: 0.5,
  listing: 0.3,
  answerHeading: 0.2,
  namedHeading: 0.2,
  listsUnknown: 0.3,
};

/** A heading counts as naming what is asked when the question names this share of its words. */
const NAMED_HEADING_SHARE = 0.5;

/**
 * Section headings that say what kind of answer their section gives: briefing notes and reports
 * name sections after it ("Why it became contentious", "Authors and audience", "Date", "Signature
 * count", "How ITU positions are formed"). Only the passage's own heading is read, not its
 * document's title, which names the whole topic.
 */
const ANSWER_HEADINGS: Partial<Record<ExpectedAnswer, RegExp>> = {
  reason:
    /\b(?:why|reasons?|rationale|objections?|objected|concerns?|worr(?:y|ies)|arguments?|motives?|motivations?|criticisms?)\b/i,
  agent:
    /\b(?:who|authors?|authorship|leadership|leaders?|chairs?|supporters?|participants?|signatories|signers|sponsors?|members(?:hip)?)\b/i,
  date: /\b(?:dates?|dated|when|timeline|chronology|timing|schedule)\b/i,
  number: /\b(?:count|numbers?|figures|tally|totals?|statistics)\b/i,
  method: /^how\b|\b(?:process|procedures?|steps|mechanisms?)\b/i,
};

/**
 * Section headings saying what a work argues, finds or asks for ("Arguments and recommendations",
 * "Framing", "Content reported by others", "Key points"): for a question asking what a work says.
 */
const SAID_HEADING =
  /\b(?:arguments?|argued|thesis|framing|content|contents|summary|recommendations?|positions?|views?|message|(?:key|main) points|findings|conclusions?|claims?|demands?)\b/i;

/** The words a question asks what a work says with: they name no part of the work. */
const SAID_ASKING =
  "say says said argue argued argues argument arguments thesis gist point points message claim conclude concluded recommend recommended contend thrust";

/**
 * The verb a question asks what a work says with, and the section heading naming what that verb
 * gives: "What did CDT's paper ARGUE?" is answered by its "Arguments…", "What did the report
 * RECOMMEND?" by its "Recommendations", before the sections framing or identifying it.
 */
const SAID_VERB_SECTIONS: readonly (readonly [string, RegExp])[] = [
  ["argue", /\bargu(?:ments?|ed)\b/i],
  ["recommend", /\brecommendations?\b/i],
  ["conclude", /\b(?:conclusions?|recommendations?)\b/i],
  ["claim", /\bclaims?\b/i],
  ["demand", /\bdemands?\b/i],
];

/** "The ITU's framing": whose the section's content is. */
const HEADING_OWNER = /([\p{L}][\p{L}.&-]*)(?:'s|’s)\s/gu;

/** A sentence answers when it carries the kind of answer and this share of the required terms. */
const ANSWERING_SHARE = 0.5;

/** Words written with a capital: where a sentence may name what the question names. */
const CAPITALISED_WORDS = new RegExp(CAPITALISED_WORD, "gu");

/** …except one after an acronym, which names a branch of that organisation ("CIS India"). */
const NO_TERMS: ReadonlySet<string> = new Set();

const OWN_NAME_WORDS = new RegExp(`(?<!\\b\\p{Lu}{2,}\\s+)\\b${CAPITALISED_WORD}`, "gu");

/**
 * "these points", "those texts": a sentence naming what it speaks of only by pointing back, with
 * a plural demonstrative (pointing-words.ts); "this" and "that" point at one thing, which a
 * sentence often names in the same breath.
 */
const POINTS_BACK = new RegExp(
  String.raw`\b${pointingWords(DEMONSTRATIVES, ["this", "that"])}\b`,
  "i",
);

/**
 * A quotation that is a title: after a word naming it ("an item headed "…"", "listed "…"", "under
 * the title "…"") or written in title case ("ITU Cybersecurity Proposals Threaten Innovation and
 * Security"). The noun before it says what it is the title of.
 */
const QUOTED_AFTER_NAMING =
  /(?:\b([\w'-]+)\s+)?\b(?:head(?:ed|ing)|titled|entitled|title|called|named|listed|lists|labell?ed)\s+("[^"]+"|“[^”]+”)/gi;

const QUOTATION = /(?:\b([\w'-]+)\s+)?("[^"]+"|“[^”]+”)/g;

/**
 * The titles a sentence quotes of things the question does not ask about: "CDT's newsletter ran an
 * item headed "ITU Cybersecurity Proposals…"" names a newsletter item, and its words say nothing
 * of what CDT argued; "a non-binding resolution titled "…the Internet"" is the Internet resolution
 * asked about when the question names a resolution (`asked` says whether a word is a question term).
 */
function quotedTitles(sentence: string, asked: (word: string) => boolean): string[] {
  if (!/["“]/.test(sentence)) return [];
  const titles: string[] = [];
  for (const m of sentence.matchAll(QUOTED_AFTER_NAMING)) {
    if (!(m[1] && asked(m[1]))) titles.push(m[2] as string);
  }
  for (const m of sentence.matchAll(QUOTATION)) {
    const quoted = m[2] as string;
    const words = quoted.match(/[A-Za-z][\w'-]*/g) ?? [];
    const capitalised = words.filter((w) => /^[A-Z]/.test(w)).length;
    if (words.length >= 3 && capitalised * 2 > words.length && !titles.includes(quoted)) {
      if (!(m[1] && asked(m[1]))) titles.push(quoted);
    }
  }
  return titles;
}

/**
 * Reads the retrieved passages: each passage's sentences with what they name and carry
 * (`readSentence`, `markSentences`), and its value as the answer's lead (`passageValue`), all read
 * with the question's terms by role (`readingOf`).
 */
export function readPassages(
  passages: readonly ScoredPassage[],
  keyTerms: readonly KeyTerm[],
  analyzeText: Analyze,
  shape: AnswerShape,
  share: (keys: Iterable<number>) => number,
): PassageView[] {
  const r = readingOf(passages, keyTerms, analyzeText, shape, share);
  const views = passages.map((scored, rank) => {
    const { passage, document } = scored;
    const context = new Set(analyzeText(`${document.title}\n${passage.sectionPath.join("\n")}`));
    const headingTerms = new Set(analyzeText(passage.sectionPath.join("\n")));
    const view: PassageView = {
      scored,
      rank,
      sentences: [],
      headingKeys: keyTerms.flatMap((k, i) => (containsTerm(headingTerms, k) ? [i] : [])),
      sideContext: shape.sides.flatMap((side, i) =>
        side.length > 0 && side.every((k) => containsTerm(context, k)) ? [i] : [],
      ),
      value: 0,
      order: rank,
    };
    const spans = splitSentences(passage.text);
    spans.forEach((span, index) => {
      view.sentences.push(readSentence(span, index, view, context, r));
    });
    markSentences(view, r);
    view.value = passageValue(view, r);
    return view;
  });
  namesKindWhereNothingElse(views, keyTerms, r.own, shape, analyzeText);
  return views;
}

/** What reading every passage shares: the question's terms by role and the readings of them. */
interface PassageReading {
  keyTerms: readonly KeyTerm[];
  analyzeText: Analyze;
  shape: AnswerShape;
  share: (keys: Iterable<number>) => number;
  /** The best passage's retrieval score. */
  topScore: number;
  /** The required term weighed most: the most specific thing asked (-1 when none). */
  rarestRequired: number;
  /** The share of the required terms' weight the keys name (1 when nothing is required). */
  requiredShare: (keys: readonly number[]) => number;
  /** The share of the topic's weight (required terms not a side of a comparison) they name. */
  topicShare: (keys: readonly number[]) => number;
  /** The sentences read so far, in lower case: a sentence met again counts once. */
  seen: Set<string>;
  /** The names the question capitalises. */
  names: Set<string>;
  reuseAsked: boolean;
  /** Indexes of the question's own terms (not generic, not from its thread). */
  own: Set<number>;
  saidHeading: (heading: string) => boolean;
  workShare: (keys: readonly number[]) => number;
  keysIn: (text: string) => number[];
  askedWord: (word: string) => boolean;
  /** The headings the question's verb names, where it asks what a work says. */
  saidSections: RegExp[];
  /** The rank of the first passage headed "Why…" for a plain why question, else -1. */
  headedWhyRank: number;
}

/** The question's terms by role, and the readings of them each passage is read with. */
function readingOf(
  passages: readonly ScoredPassage[],
  keyTerms: readonly KeyTerm[],
  analyzeText: Analyze,
  shape: AnswerShape,
  share: (keys: Iterable<number>) => number,
): PassageReading {
  const own = new Set(keyTerms.flatMap((k, i) => (!k.generic && !k.fromContext ? [i] : [])));
  const keysIn = keysInOf(keyTerms, analyzeText);
  const askedWord = askedWordOf(keyTerms, analyzeText);
  return {
    keyTerms,
    analyzeText,
    shape,
    share,
    topScore: passages[0]?.score ?? 0,
    rarestRequired: rarestRequiredOf(keyTerms),
    requiredShare: requiredShareOf(keyTerms),
    topicShare: topicShareOf(keyTerms, shape),
    seen: new Set<string>(),
    names: new Set(shape.names),
    reuseAsked: asksAboutReuse(keyTerms.map((k) => k.term)),
    own,
    saidHeading: saidHeadingOf(keysIn),
    workShare: workShareOf(keyTerms, own, analyzeText),
    keysIn,
    askedWord,
    saidSections: saidSectionsOf(shape, askedWord),
    headedWhyRank: headedWhyRankOf(passages, shape),
  };
}

/** The required term weighed most (the first of equals): the most specific thing asked, or -1. */
function rarestRequiredOf(keyTerms: readonly KeyTerm[]): number {
  let rarestRequired = -1;
  keyTerms.forEach((k, i) => {
    if (
      isRequired(k) &&
      (rarestRequired < 0 || k.weight > (keyTerms[rarestRequired]?.weight ?? 0))
    ) {
      rarestRequired = i;
    }
  });
  return rarestRequired;
}

/** The share of the required terms' weight a set of keys names (1 when nothing is required). */
function requiredShareOf(keyTerms: readonly KeyTerm[]): (keys: readonly number[]) => number {
  const required = keyTerms.filter(isRequired);
  const requiredWeight = required.reduce((sum, k) => sum + k.weight, 0);
  return (keys: readonly number[]) => {
    if (requiredWeight === 0) return 1;
    let sum = 0;
    for (const i of new Set(keys)) {
      const k = keyTerms[i];
      if (k && isRequired(k)) sum += k.weight;
    }
    return sum / requiredWeight;
  };
}

/** The share of the topic's weight a set of keys names. */
function topicShareOf(
  keyTerms: readonly KeyTerm[],
  shape: AnswerShape,
): (keys: readonly number[]) => number {
  // The required terms that are not a side of a comparison: what the question is about.
  const sideTerms = new Set(shape.sides.flat().map((k) => k.term));
  const topic = keyTerms.flatMap((k, i) => (isRequired(k) && !sideTerms.has(k.term) ? [i] : []));
  return weightShare(keyTerms, topic, 1);
}

/**
 * What a work says is headed with what it says ("Arguments and recommendations"), unless the
 * heading gives them to someone the question does not name ("The ITU's framing" for the gist of
 * a resolution).
 */
function saidHeadingOf(keysIn: (text: string) => number[]): (heading: string) => boolean {
  return (heading: string) =>
    SAID_HEADING.test(heading) &&
    [...heading.matchAll(HEADING_OWNER)].every((m) => keysIn(m[1] as string).length > 0);
}

/** The share of the weight of the work asked about a set of keys names. */
function workShareOf(
  keyTerms: readonly KeyTerm[],
  own: ReadonlySet<number>,
  analyzeText: Analyze,
): (keys: readonly number[]) => number {
  // The work asked about, without the words asking what it says ("thesis", "gist", "argue").
  const saidWords = new Set(analyzeText(SAID_ASKING));
  const work = [...own].filter((i) => !saidWords.has(keyTerms[i]?.term ?? ""));
  return weightShare(keyTerms, work, 0);
}

/** The key terms a text (a document's title) names. */
function keysInOf(keyTerms: readonly KeyTerm[], analyzeText: Analyze): (text: string) => number[] {
  return (text: string) => {
    const terms = new Set(analyzeText(text));
    return keyTerms.flatMap((k, i) => (containsTerm(terms, k) ? [i] : []));
  };
}

/** Whether a word names one of the key terms. */
function askedWordOf(
  keyTerms: readonly KeyTerm[],
  analyzeText: Analyze,
): (word: string) => boolean {
  return (word: string) => {
    const analyzed = new Set(analyzeText(word));
    return keyTerms.some((k) => containsTerm(analyzed, k));
  };
}

/** The headings the question's verb names, where it asks what a work says. */
function saidSectionsOf(shape: AnswerShape, askedWord: (word: string) => boolean): RegExp[] {
  return shape.saysAsked
    ? SAID_VERB_SECTIONS.flatMap(([verb, heading]) => (askedWord(verb) ? [heading] : []))
    : [];
}

/** The rank of the first passage headed "Why…" for a plain why question, else -1. */
function headedWhyRankOf(passages: readonly ScoredPassage[], shape: AnswerShape): number {
  return shape.expected === "reason" && !shape.list && shape.sides.length < 2
    ? passages.findIndex((p) => /^why\b/i.test(p.passage.sectionPath.at(-1) ?? ""))
    : -1;
}

/**
 * The share of the weight of the key terms at `indexes` that a set of keys names, or `none` when
 * those terms weigh nothing (the topic's share and the work's in `readingOf`).
 */
function weightShare(
  keyTerms: readonly KeyTerm[],
  indexes: readonly number[],
  none: number,
): (keys: readonly number[]) => number {
  const total = indexes.reduce((sum, i) => sum + (keyTerms[i]?.weight ?? 0), 0);
  return (keys) => {
    if (total === 0) return none;
    const held = new Set(keys);
    const sum = indexes.reduce((all, i) => all + (held.has(i) ? (keyTerms[i]?.weight ?? 0) : 0), 0);
    return sum / total;
  };
}

/**
 * The key terms a sentence names in its own words (`keys`), and those it names only through its
 * passage's title and headings or the titles it quotes (`contextKeys`), with its index terms.
 */
function sentenceKeys(
  display: string,
  context: ReadonlySet<string>,
  r: PassageReading,
): { terms: Set<string>; keys: number[]; contextKeys: number[] } {
  const { keyTerms, analyzeText, shape, names } = r;
  // The words of a title the sentence quotes name a document, not what the sentence says.
  const titles = shape.list ? [] : quotedTitles(display, r.askedWord);
  const terms = new Set(
    analyzeText(titles.reduce((text, title) => text.replace(title, " "), display)),
  );
  const titleTerms = titles.length > 0 ? new Set(analyzeText(titles.join(" "))) : NO_TERMS;
  const capitalised = new Set(analyzeText(display.match(CAPITALISED_WORDS)?.join(" ") ?? ""));
  const keys: number[] = [];
  const contextKeys: number[] = [];
  keyTerms.forEach((k, i) => {
    if (names.has(k.term) && !containsTerm(capitalised, k)) {
      // A name written in lower case is another word; its headings may still name it.
      if (containsTerm(context, k)) contextKeys.push(i);
      return;
    }
    if (containsTerm(terms, k)) keys.push(i);
    else if (containsTerm(context, k) || containsTerm(titleTerms, k)) contextKeys.push(i);
  });
  return { terms, keys, contextKeys };
}

/**
 * One sentence of a passage as the answer reads it: the key terms it names (`sentenceKeys`),
 * whether it may stand in an answer, what kind of answer it carries, the sides it names and
 * what it denies. (What depends on the passage's other sentences: `markSentences`.)
 */
function readSentence(
  span: ReturnType<typeof splitSentences>[number],
  index: number,
  view: PassageView,
  context: ReadonlySet<string>,
  r: PassageReading,
): Sentence {
  const { keyTerms, analyzeText, shape, own } = r;
  const quote = stripTrailingMarkers(span.text).text;
  const display = displaySentence(quote);
  const duplicate = metBefore(display, r.seen);
  const { terms, keys, contextKeys } = sentenceKeys(display, context, r);
  const plainKeys = plainKeysOf(display, keys, r);
  const namesOwnTerm = ownTermNamer(r);
  const meta = isAboutTheCorpus(display);
  // "Do we know how many…?" is answered by a line saying none is confirmed, though it speaks
  // of the corpus ("This corpus did not verify how many states have since…").
  const saysUnknown = shape.asksIfKnown === true && saysNotEstablished(display);
  const sentence: Sentence = {
    view,
    index,
    start: span.start,
    quote,
    display,
    words: wordCount(display),
    terms,
    keys,
    contextKeys,
    usable: isUsable(span.text, display, view, { duplicate, meta, saysUnknown }, r),
    meta: meta && !duplicate,
    carries: carriesAnswer(display, shape.expected) || saysUnknown,
    answers: false,
    sides: sidesNamed(display, terms, r),
    enumerates: enumerates(display),
    seriesOfAsked: shape.list !== undefined && namesOwnTerm(seriesHead(display)),
    askedInPassing: shape.list !== undefined && namesAskedInOneItem(display, namesOwnTerm),
    namesAsked: false,
    unconfirmed: saysNotEstablished(display),
    denies: deniedKeys(display, keyTerms, analyzeText, shape),
    plainKeys,
    namesAskedInWords: plainKeys.some((k) => own.has(k)),
  };
  if (sentence.sides.length > 0) {
    sentence.sidesInPassing = sidesNamedInPassing(display, sentence.sides, shape, analyzeText);
  }
  return sentence;
}

/**
 * Whether a sentence was read before, in lower case, and note it as read: the same sentence in
 * two passages (overlapping chunks, duplicated documents) counts once.
 */
function metBefore(display: string, seen: Set<string>): boolean {
  const key = display.toLowerCase();
  const duplicate = seen.has(key);
  seen.add(key);
  return duplicate;
}

/** The keys a sentence names in its plain words, not inside a name (only a list reads them). */
function plainKeysOf(display: string, keys: readonly number[], r: PassageReading): number[] {
  const { keyTerms, analyzeText, shape, names } = r;
  const plainTerms = shape.list
    ? new Set(analyzeText(display.replace(NAME_WORDS_WITHIN, " ")))
    : NO_TERMS;
  return keys.filter(
    (i) => names.has(keyTerms[i]?.term ?? "") || containsTerm(plainTerms, keyTerms[i] as KeyTerm),
  );
}

/** Whether some words name one of the question's own terms. */
function ownTermNamer(r: PassageReading): (words: string | undefined) => boolean {
  const { keyTerms, analyzeText, own } = r;
  return (words: string | undefined) => {
    if (words === undefined) return false;
    const named = new Set(analyzeText(words));
    return keyTerms.some((k, i) => own.has(i) && containsTerm(named, k));
  };
}

/**
 * Whether a sentence may stand in an answer: not met before, not its section's label, no rights
 * notice (unless reuse is asked), not about the corpus (unless it says what is unknown), not a
 * fragment, not pointing forward.
 */
function isUsable(
  text: string,
  display: string,
  view: PassageView,
  read: { duplicate: boolean; meta: boolean; saysUnknown: boolean },
  r: PassageReading,
): boolean {
  const { duplicate, meta, saysUnknown } = read;
  const label = isSectionLabel(display, view.scored.passage.sectionPath);
  return (
    !duplicate &&
    !label &&
    (r.reuseAsked || !isRightsNotice(display)) &&
    (!meta || saysUnknown) &&
    !isFragment(text) &&
    !pointsForward(display)
  );
}

/**
 * The sides of a comparison a sentence names. (A side the question capitalises is named only
 * where it is capitalised, and not as the second word of an organisation's name: "the US" is not
 * "use", "India" not "CIS India".)
 */
function sidesNamed(display: string, terms: ReadonlySet<string>, r: PassageReading): number[] {
  const { analyzeText, shape, names } = r;
  // (Only a comparison reads them.)
  const ownNames =
    shape.sides.length > 0
      ? new Set(analyzeText(display.match(OWN_NAME_WORDS)?.join(" ") ?? ""))
      : NO_TERMS;
  return shape.sides.flatMap((side, i) =>
    side.length > 0 && side.every((k) => containsTerm(names.has(k.term) ? ownNames : terms, k))
      ? [i]
      : [],
  );
}

/**
 * What each sentence of a passage is read as beside the others: the sentence it leans on, whether
 * it names what is asked, the items a sentence announces (lists and works' sayings), and whether
 * it answers (carries the kind of answer and `ANSWERING_SHARE` of the required terms).
 */
function markSentences(view: PassageView, r: PassageReading): void {
  const { shape, own } = r;
  for (const s of view.sentences) {
    s.leansOn = antecedentOf(s, view.sentences);
    // A list of what is not known: a line saying something about the source's subject could
    // not be confirmed names what is asked through its title ("The individual authors named in
    // the PDF could not be verified." in a note on the paper asked about), unless it names what
    // it speaks of only by pointing back ("Answers on these points should say…"). With further
    // passages giving such a line first (below), tuning half (574 q): list 0.814 -> 0.817
    // (0.842 overall, unchanged at three places), no other figure moved; either alone, none.
    const unknownUnderTitle =
      shape.asksIfKnown === true && s.unconfirmed && !POINTS_BACK.test(s.display)
        ? s.contextKeys
        : [];
    s.namesAsked = [...s.keys, ...view.headingKeys, ...unknownUnderTitle].some((k) => own.has(k));
  }
  if (shape.list || shape.saysAsked) markAnnouncedItems(view.sentences, (k) => own.has(k));
  for (const s of view.sentences) {
    s.answers = s.carries && r.requiredShare([...s.keys, ...view.headingKeys]) >= ANSWERING_SHARE;
  }
}

/**
 * A passage's value as the answer's lead (`PASSAGE_VALUE`): retrieval's score, then what its
 * sentences give (`sentenceEvidence`) and what its headings say (`headingEvidence`).
 */
function passageValue(view: PassageView, r: PassageReading): number {
  const { scored, rank } = view;
  const retrieval = r.topScore > 0 ? Math.max(0, scored.score / r.topScore) : 1 / (1 + 0.25 * rank);
  const usable = view.sentences.filter((s) => s.usable);
  const { bestSentence, answers, statesTogether, listing, listsUnknown } = sentenceEvidence(
    view,
    usable,
    r,
  );
  const { heading, answerHeading, namedHeading, otherAsking } = headingEvidence(
    view,
    usable,
    statesTogether,
    r,
  );
  return (
    -PASSAGE_VALUE.answerHeading * otherAsking +
    PASSAGE_VALUE.listsUnknown * listsUnknown +
    PASSAGE_VALUE.namedHeading * namedHeading +
    PASSAGE_VALUE.answerHeading * answerHeading +
    PASSAGE_VALUE.listing * listing +
    PASSAGE_VALUE.retrieval * retrieval +
    PASSAGE_VALUE.bestSentence * bestSentence +
    PASSAGE_VALUE.answers * answers +
    PASSAGE_VALUE.statesTogether * statesTogether +
    (heading >= PASSAGE_VALUE.headingAtLeast ? PASSAGE_VALUE.heading * heading : 0)
  );
}

/**
 * What a passage's usable sentences give its value: its best sentence's share of the question,
 * whether one answers, the most of the topic two adjacent sentences state together, whether one
 * sets out the items a list asks for, and whether one says what a list of unknowns asks.
 */
function sentenceEvidence(
  view: PassageView,
  usable: readonly Sentence[],
  r: PassageReading,
): {
  bestSentence: number;
  answers: number;
  statesTogether: number;
  listing: number;
  listsUnknown: number;
} {
  const { shape } = r;
  // One sentence holding most of the question (with its headings) is the strongest sign the
  // passage answers it; key terms spread over a paragraph are weaker.
  const sentenceShare = (s: Sentence) => r.share([...s.keys, ...s.contextKeys]);
  // For a question wanting a name, a number, a date or reasons, only sentences giving one count.
  const answering = hasSpecificCue(shape.expected) ? usable.filter((s) => s.carries) : usable;
  const bestSentence = Math.max(0, ...answering.map(sentenceShare));
  const answers = usable.some((s) => s.carries && s.keys.length > 0) ? 1 : 0;
  const statesTogether = mostStatedTogether(view, usable, r);
  const listing = setsOutListItems(usable, r) ? 1 : 0;
  // A list of what could not be confirmed is best led by the sentence saying so.
  const listsUnknown =
    shape.list && shape.asksIfKnown && usable.some((s) => s.unconfirmed && s.keys.length > 0)
      ? 1
      : 0;
  return { bestSentence, answers, statesTogether, listing, listsUnknown };
}

/**
 * The most of the question's topic two adjacent usable sentences state together, read under the
 * passage's headings.
 */
function mostStatedTogether(
  view: PassageView,
  usable: readonly Sentence[],
  r: PassageReading,
): number {
  // The passage's own evidence: the most of the question's required terms (besides the sides of a
  // comparison, which have passages of their own) that two adjacent sentences state together,
  // read under the passage's headings. Retrieval rewards a passage repeating one term; the
  // passage answering names the question's terms together ("The 1988 ITRs said almost nothing
  // about security.").
  let most = 0;
  for (const s of usable) {
    const next = view.sentences[s.index + 1];
    const own = [...s.keys, ...(next?.usable ? next.keys : [])];
    // For a name, a date, a count or reasons, the heading alone states nothing: "Next venues:
    // WTPF-13 and PP-14" over sentences naming no word of "Who hosted WCIT-12, and at which
    // venue…?" led that answer over the paragraph saying who hosted it where. (A description or
    // a list may rest on its heading: "Headline outcome" over what the outcome was.)
    if (own.length === 0 && hasSpecificCue(r.shape.expected)) continue;
    const keys = [...own, ...view.headingKeys];
    most = Math.max(most, r.topicShare(keys));
  }
  return most;
}

/** Whether a usable sentence sets out the items a list asks for (read in its own words). */
function setsOutListItems(usable: readonly Sentence[], r: PassageReading): boolean {
  // A list is best answered by a sentence setting out the items of what is asked, naming it in
  // its own words: a series of names is no list of what is asked because one name holds a
  // question word ("Fight for the Future" for "…in the treaty fight?", "the International Trade
  // Union Confederation" for "which international texts…?"); a name the question capitalises
  // still counts. Tuning half (574 q): 0.834 -> 0.836, list 0.776 -> 0.783, no trust figure moved.
  // The sentence, read under its title and headings, names everything the question requires: a
  // series in a passage about something else ("cybersecurity is a critical issue for global
  // commerce, development, and human rights" for "what else did CDT put out on the cyber
  // proposals?") led the list with a blog's scene-setting. Tuning half (574 q): 0.839 -> 0.842,
  // list 0.800 -> 0.814, no trust figure moved, no answer worse.
  // Not for a list of who ("who piled on the spam article after Dubai? one bullet per critic"):
  // its items are actors, each told in a sentence of its own, and a series in a sentence that
  // names someone ("Egypt's Sherif Guinena … listed the 2012 ITRs as follows: a preamble;
  // Articles 1–10…") is a list of things, which had led over the critics' own paragraph.
  // Tuning half (1,606 q): recall 0.8493 -> 0.8500 (one answer 0.25 -> 1.00, two reordered at
  // equal recall), no trust figure moved.
  return (
    r.shape.list !== undefined &&
    r.shape.expected !== "agent" &&
    usable.some(
      (s) =>
        (s.enumerates &&
          s.answers &&
          s.plainKeys.length > 0 &&
          r.requiredShare([...s.keys, ...s.contextKeys]) >= 1) ||
        s.itemOf !== undefined,
    )
  );
}

/**
 * What a passage's headings give its value: a heading naming the most specific thing asked, one
 * naming the kind of answer asked (or, for what a work says, a section of what it says), one the
 * question names, one asking the other of how and why. Marks the view's `saidHeading`,
 * `verbNamed` and `headedWhy`.
 */
function headingEvidence(
  view: PassageView,
  usable: readonly Sentence[],
  statesTogether: number,
  r: PassageReading,
): { heading: number; answerHeading: number; namedHeading: number; otherAsking: number } {
  const { passage } = view.scored;
  // A section named after what is asked ("Resolution PLEN/3") is about it.
  // A heading counts when it names the most specific thing asked, not just a common part of it.
  const heading = view.headingKeys.includes(r.rarestRequired) ? r.share(view.headingKeys) : 0;
  const ownHeading = passage.sectionPath[passage.sectionPath.length - 1] ?? "";
  const answerHeading = answerHeadingOf(view, ownHeading, statesTogether, r);
  const namedHeading = namedHeadingOf(ownHeading, r);
  markSaidHeading(view, ownHeading, answerHeading, r);
  const otherAsking = otherAskingOf(ownHeading, r.shape);
  markHeadedWhy(view, usable, r);
  return { heading, answerHeading, namedHeading, otherAsking };
}

/**
 * A section named for the kind of answer asked ("Date" for a when question) gives it, when
 * it also states everything the question is about: a reason heading ("The core worry") on
 * another actor's section drew why questions away from the actor asked about.
 */
function answerHeadingOf(
  view: PassageView,
  ownHeading: string,
  statesTogether: number,
  r: PassageReading,
): number {
  const { keyTerms, analyzeText, shape } = r;
  // A why question: a section headed with a reason that the question names at least half of
  // ("Why revise it." for "why did people think the 1988 ITRs needed revising?") gives the reasons
  // asked for, though no two of its sentences state every word of the question (the asker's
  // "people"): a paragraph repeating the question's nouns ("It compared the figure with 1988…")
  // had led, and the reasons came last. Tuning half (1,348 q): why 0.822 -> 0.833 (one answer
  // 0.25 -> 1.00, none worse), no other figure moved; the same with the heading's share as for
  // how questions (`namedHeading`) in place of the answer-heading bonus.
  const reasonHeading =
    shape.expected === "reason" &&
    !shape.list &&
    (ANSWER_HEADINGS.reason?.test(ownHeading) ?? false);
  const reasonHeadingNamed = reasonHeading
    ? headingNamedByQuestion(ownHeading, keyTerms, analyzeText)
    : 0;
  // "What does the CDT paper say?": in a note on the work asked (its title names all of it),
  // the sections headed with what the work says ("Arguments and recommendations"), not those
  // identifying it ("Date", "Authors and audience").
  return shape.saysAsked
    ? r.saidHeading(ownHeading) && r.workShare(r.keysIn(view.scored.document.title)) >= 1
      ? 1
      : 0
    : (statesTogether >= 1 || reasonHeadingNamed > 0) &&
        ANSWER_HEADINGS[shape.expected]?.test(ownHeading)
      ? 1
      : 0;
}

/**
 * For a how or list question: how much of the passage's own heading the question names. For
 * any other question, a heading the question names whole ("Refusal to sign" for "why did the
 * US end up refusing to sign…?", "Africa" for "Why did the Africans want the rules
 * rewritten?"): the note's section on just what is asked. It had lost the lead to a section
 * repeating the question's commoner words ("Signature count", "The African data-retention
 * idea"), which filled the answer's room. Not for a comparison, whose sides are read in
 * the section comparing them, not in one named for what they are part of ("China" for
 * "network security vs information security in the China C59 debate": with comparisons,
 * compare 0.812 -> 0.804). Tuning half (1,385 q): 0.8316 -> 0.8329, why 0.838 -> 0.857 (two
 * answers better, none worse), no trust figure moved; the same at 0.3; at 0.1, 0.8321; at two
 * thirds of the heading named, one why answer lost its reasons (0.8319).
 */
function namedHeadingOf(ownHeading: string, r: PassageReading): number {
  const { keyTerms, analyzeText, shape } = r;
  return shape.list || shape.expected === "method"
    ? headingNamedByQuestion(ownHeading, keyTerms, analyzeText)
    : shape.sides.length < 2 && headingNamedByQuestion(ownHeading, keyTerms, analyzeText) >= 1
      ? 1
      : 0;
}

/** Marks a section headed with what the work asked says, and one the question's verb names. */
function markSaidHeading(
  view: PassageView,
  ownHeading: string,
  answerHeading: number,
  r: PassageReading,
): void {
  if (r.shape.saysAsked && answerHeading === 1) view.saidHeading = true;
  // …and the one the question's verb names ("argue" → "Arguments and recommendations").
  if (answerHeading === 1 && r.saidSections.some((re) => re.test(ownHeading))) {
    view.verbNamed = true;
  }
}

/**
 * A section headed with the other of how and why ("Why some still objected." for "How did
 * the final security article get around the word security?", "How insiders described it."
 * for a why question) answers that other question: it counts as much less as an answer
 * heading counts more. It had led how answers over the paragraph telling how ("The
 * compromise."), or over the one describing what was asked ("Starting point."). Tuning half
 * (1,348 q): how 0.813 -> 0.822 (two answers better, none worse), no other figure moved.
 */
function otherAskingOf(ownHeading: string, shape: PassageReading["shape"]): number {
  return (shape.expected === "method" && /^why\b/i.test(ownHeading)) ||
    (shape.expected === "reason" && /^how\b/i.test(ownHeading))
    ? 1
    : 0;
}

/**
 * A why question: the best-ranked section headed with "Why" ("Why some still objected.") is
 * the note's own answer to a why, when one of its sentences names the question's most
 * specific required term ("…CEPT said Article 5A … was unclear enough…" for "what made CEPT
 * and Kroes keep complaining about it anyway?"). It had lost the lead to the paragraph before
 * it, which names more of the question's words ("The compromise."). Only the first such
 * section read: a second is another question's answer.
 */
function markHeadedWhy(view: PassageView, usable: readonly Sentence[], r: PassageReading): void {
  const headedWhy =
    view.rank === r.headedWhyRank && usable.some((s) => s.keys.includes(r.rarestRequired));
  if (headedWhy) view.headedWhy = true;
}

/**
 * The share (0..1) of a passage's own heading that the question names ("Sign-on letter (September
 * 2012)" for "How did CDT's September 2012 sign-on letter…": all of it), or 0 below
 * `NAMED_HEADING_SHARE`. A word of the corpus's topic does not count as named ("What the ITRs
 * are"; "ITU's framing" for "How could people outside the ITU…?"). A note's heading says what its
 * paragraph is about, in fewer words than the question: the more of it the question names, the
 * more the paragraph is about what is asked. Counting topic words toward the share only when
 * another word was named too (as before) gave a heading half its words for one common word;
 * not counting them: tuning half (484 q) 0.827 → 0.829, list 0.76 → 0.77, no other figure moved.
 */
function headingNamedByQuestion(
  heading: string,
  keyTerms: readonly KeyTerm[],
  analyzeText: Analyze,
): number {
  const words = [...new Set(analyzeText(heading))];
  if (words.length === 0) return 0;
  // The corpus's topic words ("ITU", "Dubai") name no heading: "Lines held in Dubai" is not
  // named by "which countries held off signing in Dubai…?".
  const asked = keyTerms.filter((k) => !k.generic && !k.fromContext && !isTopicTerm(k));
  const named = words.filter((w) => asked.some((k) => containsTerm(new Set([w]), k)));
  const share = named.length / words.length;
  return share >= NAMED_HEADING_SHARE ? share : 0;
}

/**
 * The sides a sentence names only in passing: each word naming the side (a capitalised word whose
 * index term is one of the side's) stands where it does nothing, neither before a verb as its doer
 * nor as an owner or an agent (`namesOnlyAsQualifier`): "Not every delegation shared the US view"
 * names the US but says nothing the US held. A side met only in lower-case words is left named.
 */
function sidesNamedInPassing(
  display: string,
  sides: readonly number[],
  shape: AnswerShape,
  analyzeText: Analyze,
): number[] {
  const words = display.match(OWN_NAME_WORDS) ?? [];
  return sides.filter((i) => {
    const side = shape.sides[i] ?? [];
    const naming = words.filter((w) => {
      const own = new Set(analyzeText(w));
      return side.some((k) => containsTerm(own, k));
    });
    return naming.length > 0 && naming.every((w) => namesOnlyAsQualifier(display, w));
  });
}

/** Words of a series item that is a noun phrase; a longer item may be a clause of its own. */
const SERIES_ITEM_WORDS = 8;

/**
 * A sentence naming what a list asks about only in one later, short item of a series of four or
 * more other things ("The resolutions cover landlocked developing countries…, the Internet
 * (Resolution PLEN/3), periodic review…") is about the series, not about it: no point of that
 * list. An item long enough to be a clause ("…, and in a post written after the Baku meeting CDT
 * reported that more than 120 organisations…") states something of its own.
 */
function namesAskedInOneItem(
  display: string,
  namesOwnTerm: (words: string | undefined) => boolean,
): boolean {
  const items = seriesItems(display);
  if (items.length < 4) return false;
  const hits = items.flatMap((item, i) => (namesOwnTerm(item) ? [i] : []));
  const [only] = hits;
  return (
    hits.length === 1 &&
    only !== undefined &&
    only > 0 &&
    wordCount(items[only] as string) <= SERIES_ITEM_WORDS
  );
}

/**
 * "Which outfits did it name?" after the US proposal: a list asked by a kind noun of the asker's
 * own ("outfit", "org", "body", read by `kindOfName`, name-kinds.ts) that the notes never use.
 * Where no sentence names any of the question's own terms, so the list has no point to give, a
 * sentence naming one of that kind ("multistakeholder bodies (ISOC, IETF, W3C…)") names what is
 * asked, as the coverage windows read such a term (`namesKindIn`, window-reading.ts); without
 * this a follow-up whose own words are only the kind noun and a verb was refused though covered.
 * Names the question (or its thread) gives do not count. Only the question's own kind noun, not
 * one read from the thread; only a list (a point of any other answer is not picked by what it
 * names); and only where nothing else names what is asked: the tagger reads "ITU" and "Access" as
 * organisations too, and read always, a list answered in one clean point ("a coalition including
 * Avaaz, …") was padded with three off-topic ones.
 */
export function namesKindWhereNothingElse(
  views: readonly PassageView[],
  keyTerms: readonly KeyTerm[],
  own: ReadonlySet<number>,
  shape: AnswerShape,
  analyzeText: Analyze,
): void {
  if (shape.list === undefined) return;
  const kinds = [...new Set(keyTerms.flatMap((k, i) => (k.kind && own.has(i) ? [k.kind] : [])))];
  if (kinds.length === 0) return;
  if (views.some((v) => v.sentences.some((s) => s.namesAsked))) return;
  const questionTerms = new Set(keyTerms.flatMap((k) => [k.term, ...k.alternatives.flat()]));
  const given = (word: string) => {
    const terms = analyzeText(word);
    return terms.length > 0 && terms.every((t) => questionTerms.has(t));
  };
  for (const v of views) {
    for (const s of v.sentences) {
      if (kinds.some((kind) => namesKind(s.display, kind, given))) s.namesAsked = true;
    }
  }
}
