// The key terms of a question, weighted by how informative they are in the corpus. The relevance
// floor and the extractive answer both measure "how much of the question does this text cover" with
// them, using the index's own analyzer so a question term is the same term the index counted.
// This file keeps the key term's type, `keyTermsOf` and the coverage measure (`containsTerm`,
// `termCoverage`); beside it: what a term's weight and marks make of it (`key-term-roles.ts`), how
// common a word is (`common-words.ts`), numerals and derived forms (`numeral-forms.ts`,
// `derived-forms.ts`), the phrases marking a question's words (`asked-phrases.ts`), a term narrowed
// to some alternatives (`term-alternatives.ts`), office-holders (`office-holder-terms.ts`), the
// glossary's alternatives (`glossary-terms.ts`) and the corpus's term weights (`term-weights.ts`).

import { analyze, withoutClitics } from "../search/analyze.ts";
import { domainNounWords } from "../search/domain-nouns.ts";
import { idiomSenseTerms, readsAsVerbIdiom } from "../search/idiom-readings.ts";
import { phrasalVerbReadings } from "../search/phrasal-verb-readings.ts";
import { firstAsk } from "../search/question-asks.ts";
import { withoutLaterPlaceVerb, withoutTimeIdioms } from "../search/question-idioms.ts";
import { broaderVerbs, sameSenseVerbs, sameSenseWords } from "../search/thesaurus.ts";
import { sameSenseTerms } from "../search/word-families.ts";
import { aboutWords, classAskedWords, placeSearchedWords } from "./asked-phrases.ts";
import { askedThing } from "./asked-thing.ts";
import {
  isCommonWord,
  isEveryday,
  isFamiliarTerm,
  isFamiliarWord,
  isFiller,
  isGeneric,
  openingName,
} from "./common-words.ts";
import { derivedForms } from "./derived-forms.ts";
import { GENERIC_TERM_WEIGHT, UNKNOWN_WORD_WEIGHT, UNSEEN_TERM_WEIGHT } from "./key-term-roles.ts";
import { loosePersonAsked } from "./loose-person-words.ts";
import { kindOfName, type NameKind } from "./name-kinds.ts";
import { numeralForms } from "./numeral-forms.ts";
import { givenNames, isNameWord } from "./person-names.ts";
import { phrasalVerbWords } from "./phrasal-verbs.ts";
import { predicateWords, verbWords } from "./question-predicates.ts";
import { type IrregularVerbs, irregularVerbs, pastForms } from "./verb-forms.ts";

/** Text → index terms (tokenized, stop words dropped, stemmed): the index's analyzer. */
export type Analyze = (text: string) => string[];

/**
 * Inverse document frequency of an index term; undefined when the corpus does not have it. Where
 * the weights come from the corpus's documents, `titled` says whether a term is in any of their
 * titles (`backdropTerm`).
 */
export type TermWeight = ((term: string) => number | undefined) & {
  titled?: (term: string) => boolean;
};

export interface KeyTerm {
  /** The question's term, as the index analyzes it. */
  term: string;
  /** Other ways the corpus may say it (glossary expansions), each a sequence of index terms. */
  alternatives: string[][];
  /**
   * Those of `alternatives` that are only words of the same sense (thesaurus.ts): a place saying
   * the term so answers the question, but never states it for "full".
   */
  senseWords?: string[][];
  /**
   * Those of `senseWords` that are names whose long form holds a word of the term's sense
   * (`glossaryLongFormNames`: "ITRs" for "telecom", the International TELECOMMUNICATION
   * Regulations). A window naming one meets the term only where it meets every other word the
   * question requires (`termMeeting`): the name says what the word says, not the rest.
   */
  nameWords?: string[][];
  /**
   * Those of `senseWords` that are broader verbs of a verb the corpus never uses (`broaderVerbs`:
   * "complain" for "grumble"). As `nameWords`, they meet the term only where the window meets
   * every other word the question requires: the broader act says the kind, not the rest.
   */
  broaderWords?: string[][];
  /**
   * The other verbs of the commonest sense of a verb the corpus never uses (`sameSenseVerbs`:
   * "head" for "steer", "write" for "pen", "acknowledge" for "admit"), as index terms the corpus
   * has. They are among `senseWords` already; kept apart so that a place saying the asked event in
   * one of them tells that event (`verbsSaidOtherwise`, coverage-window.ts).
   */
  verbSenseWords?: string[][];
  /**
   * Those of `alternatives` that are the verb's irregular other forms ("bound" for "bind"): they
   * meet the term, in the window chosen too, but a place saying only them never states it for
   * "full" (a near miss asking where a "first" meeting was held met the second's "was held").
   */
  formWords?: string[][];
  /**
   * Those of `senseWords` that are the field's own nouns for the asker's (domain-nouns.ts:
   * "operator" for "carriers"): met only in a place's own sentences, never through a title or a
   * heading naming them.
   */
  fieldWords?: string[][];
  weight: number;
  /**
   * A common English word ("think", "made", "other", "end up"): it counts for little and a text
   * that answers the question may well lack it. Names (capitalised in the question) never are.
   */
  generic?: boolean;
  /** From the conversation before the question (a follow-up's topic): context, not required. */
  fromContext?: boolean;
  /** In no title of the corpus's documents (`TermWeight.titled`): see `isBackdropTerm`. */
  untitled?: boolean;
  /** The corpus never has this term (nor, for all we know, what it names). */
  unseen?: boolean;
  /**
   * An unseen word that is no name ("brawl", "beef", "showdown"): the question's own wording for
   * something the corpus may say otherwise. It counts, moderately, but is not required.
   */
  unknown?: boolean;
  /**
   * A verb, adjective or adverb of the question ("led", "dangerous", "final"): what is said about
   * the topic, which a source often words otherwise ("chose Terry Kramer to head the delegation").
   * Not required; the nouns, names and numbers are.
   */
  predicate?: boolean;
  /**
   * An unseen word of common English ("knock", "junk", "quiet", "boss"; not a name, acronym or
   * number): in a place that states all of the question's required terms it is the asker's
   * wording for what the source says otherwise, not a part of the question the corpus lacks.
   */
  familiar?: boolean;
  /** A predicate used as a verb ("led", "elected"; not "dangerous", "woolly"): what happened. */
  verb?: boolean;
  /** The verb of a phrasal verb ("kick in"): an idiom, never the name of an event. */
  phrasal?: boolean;
  /**
   * One of the commonest words of everyday English ("hand", "trouble", "job"), often used loosely
   * or in idioms ("get their hands on", "cause trouble"): a source that answers the question may
   * well not use it, so missing it costs no more than missing a common word.
   */
  everyday?: boolean;
  /**
   * The thing a "what/which/how many" question asks about ("What was Egypt's POSITION on…", "How
   * many PAGES…"): a text that names everything else but not it does not answer the question.
   */
  asked?: boolean;
  /**
   * A word of what the question asks a source said "about" ("What did the resolution say ABOUT
   * SPAM?"): a place with the source but not the subject does not answer it.
   */
  about?: boolean;
  /**
   * The class a "what kind of X is Y?" question asks Y's place in ("What kind of ORGANISATION is
   * ETNO?"): the answer names the class in its own word ("the European operators' association"),
   * so a text may lack the asker's.
   */
  classAsked?: boolean;
  /**
   * What the asked thing is a kind of name for ("which COUNTRY…": a country): a compromise match
   * that a sentence naming one ("Tunisia proposed…") satisfies.
   */
  kind?: NameKind;
  /**
   * Names of that kind the glossary knows (its countries and regions: "UAE", "Russia"), as index
   * terms, for names the tagger does not know.
   */
  kindNames?: string[][];
  /**
   * The thing a "how many" question counts ("How many PAGES…"): a count in the text says how many
   * of it only when it stands beside it ("48 countries", "pages: 12"), not "two reasons".
   */
  counted?: boolean;
}

/**
 * The informative terms of a question, deduplicated, each with its corpus weight. Expansions map
 * a term to alternative phrasings (e.g. "itr" → "international telecommunication regulations").
 * The question's wording is read once (`questionWordsOf`, `otherWordReaders`), then each term
 * (`keyTermFor`).
 */
export function keyTermsOf(text: string, options: KeyTermOptions = {}): KeyTerm[] {
  const question = withoutTimeIdioms(withoutLaterPlaceVerb(text));
  const analyzeText = options.analyze ?? analyze;
  const words = questionWordsOf(question, analyzeText);
  const readers = otherWordReaders(question, analyzeText, options);
  const { acronyms, names } = words;
  const reading: TermReading = { question, analyzeText, options, words, readers };
  const seen = new Set<string>();
  const out: KeyTerm[] = [];
  // (Contractions spelled out and clitics dropped, as the index reads a question: "I've",
  // "we're" leave no "ve" or "re", a word the corpus lacks or only has in "H. Con. Res.".)
  for (const term of analyzeText(withoutClitics(question))) {
    if (seen.has(term)) continue;
    // A lone letter is what is left of a possessive ("Russia's") or an initial: no topic.
    if (/^\p{L}$/u.test(term)) continue;
    if (isFiller(term, analyzeText) && !acronyms.has(term)) continue;
    // ("up" of "turned up", "down" of "watered down": a phrasal verb's particle says nothing alone.)
    if (readers.phrasalRead.particles.has(term) && !acronyms.has(term) && !names.has(term))
      continue;
    seen.add(term);
    out.push(keyTermFor(term, reading));
  }
  // "pull the plug on", "drop the ball": an unseen verb whose object is a plain word the corpus
  // never uses either is an idiom, as a phrasal verb is, not an event the corpus lacks.
  out.forEach((key, i) => {
    const object = out[i + 1];
    if (key.unknown && key.predicate && object?.unknown && !object.predicate) key.phrasal = true;
  });
  return out;
}

/** How `keyTermsOf` reads the corpus and glossary. */
interface KeyTermOptions {
  analyze?: Analyze;
  termWeight?: TermWeight;
  expansions?: (term: string) => string[][];
  /** Names of a kind that the tagger may not know (`glossaryNamesOfKind`). */
  namesOfKind?: (kind: NameKind) => string[][];
  /**
   * For a name the corpus never has, the names it may be short for (`glossaryShortenedNames`),
   * each a sequence of index terms.
   */
  shortenedNames?: (term: string) => string[][];
  /** The names whose long form holds a term (`glossaryLongFormNames`). */
  longFormNames?: (term: string) => string[][];
}

/** What the question's wording says of its words, as index terms (`questionWordsOf`). */
interface QuestionWords {
  /** Written in capitals: never filler. */
  acronyms: Set<string>;
  /** Written as names: never common words. */
  names: Set<string>;
  /** The thing the question asks for (`askedThing`). */
  thing: ReturnType<typeof askedThing>;
  /** A capitalised word joined to a lower-case one, describing what follows. */
  describing: Set<string>;
  predicates: Set<string>;
  /** The first ask's verbs: the event whose date or doer is asked. */
  verbs: Set<string>;
  phrasal: Set<string>;
  /** The asked thing's words. */
  asked: Set<string>;
  loosePerson: Set<string>;
  /** A person's given name to the surname a source uses once it has introduced them. */
  surnameOf: Map<string, string[]>;
  about: Set<string>;
  classes: Set<string>;
  place: Set<string>;
  /** What the asked thing is a kind of name for ("which country…"). */
  kind: NameKind | undefined;
}

/** The readers of other words for a term (`otherWordReaders`), each as index-term phrases. */
interface OtherWordReaders {
  baseTerms: (term: string) => string[][];
  otherFormTerms: (term: string) => string[][];
  thesaurusTerms: (term: string) => string[][];
  broaderTerms: (term: string) => string[][];
  verbSenseTerms: (term: string) => string[][];
  longFormNameTerms: (term: string) => string[][];
  fieldNounTerms: (term: string) => string[][];
  idiomTerms: (term: string) => string[][];
  /** The question's phrasal verbs' formal verbs and particles. */
  phrasalRead: ReturnType<typeof phrasalVerbReadings>;
}

/** What reading each of a question's terms shares. */
interface TermReading {
  /** The question, its time idioms and a later place verb taken out. */
  question: string;
  analyzeText: Analyze;
  options: KeyTermOptions;
  words: QuestionWords;
  readers: OtherWordReaders;
}

/** The index terms of `words`, as one set. */
function termsOfWords(words: Iterable<string>, analyzeText: Analyze): Set<string> {
  return new Set([...words].flatMap((w) => analyzeText(w)));
}

/** The question's acronyms written in capitals, and the names it writes, as index terms. */
function writtenNameTerms(
  question: string,
  analyzeText: Analyze,
): Pick<QuestionWords, "acronyms" | "names"> {
  // Acronyms written in capitals are never filler: "US" is the United States, not "us".
  const acronyms = termsOfWords(question.match(/\b[A-Z]{2,}\b/g) ?? [], analyzeText);
  // Names are never common words: "Member States", "World Cup" (a capital not opening the
  // question), "iPhone", "IPv6" (a capital inside).
  const names = termsOfWords(
    [
      ...(question.match(/(?<=\S\s+)\p{Lu}[\p{L}\p{M}']*(?:-\p{Lu}[\p{L}\p{M}']*)*/gu) ?? []),
      ...(question.match(/\b\p{L}+\p{Lu}[\p{L}\p{N}]*/gu) ?? []),
      ...openingName(question),
    ],
    analyzeText,
  );
  return { acronyms, names };
}

/**
 * The capitalised words joined to a lower-case one that describe what follows ("the
 * English-speaking world"), as index terms: not one the tagger takes for a name on its own, nor
 * one picking out the very `thing` asked for.
 */
function describingTerms(
  question: string,
  thing: QuestionWords["thing"],
  analyzeText: Analyze,
): Set<string> {
  // "the English-speaking world": a capitalised word joined to a lower-case one describes what
  // follows; unless the tagger takes it for a name on its own (a people: "a Norwegian-led
  // group"), unseen, it is the asker's wording (as an unseen plain word is), not a name the
  // corpus lacks.
  // But where it picks out the very thing asked for ("Which Swahili-speaking groups…"), it is
  // what the question is about: a name the corpus lacks, as any other.
  return termsOfWords(
    [
      ...question.matchAll(
        /(?<![\p{L}-])(\p{Lu}[\p{L}\p{M}']*)-\p{Ll}[\p{L}\p{M}'-]*(?:\s+(\p{L}+))?/gu,
      ),
    ]
      .filter((m) => thing === undefined || m[2]?.toLowerCase() !== thing.word.toLowerCase())
      .map((m) => m[1] as string)
      .filter((w) => !isNameWord(w)),
    analyzeText,
  );
}

/** The question's given names' index terms, each with its surname's (`givenNames`). */
function surnameTermsOf(question: string, analyzeText: Analyze): QuestionWords["surnameOf"] {
  // "Hamadoun Touré": a source that has introduced him says "Touré" (see \`givenNames\`). On the
  // tuning half (550 questions): wrong refusals 25 → 24 of 441, out-of-scope refused 93 of 109 and
  // answered "full" 0 unchanged.
  // (Not where the "surname" is a common English word: "Arab States".)
  return new Map(
    givenNames(question).flatMap(({ given, surname }) => {
      const [g] = analyzeText(given);
      const sur = analyzeText(surname);
      const common = isFamiliarWord(surname) || isCommonWord(surname);
      return g !== undefined && sur.length > 0 && !common ? [[g, sur] as const] : [];
    }),
  );
}

/** The question's predicates, first ask's verbs and phrasal verbs' words, as index terms. */
function verbTerms(
  question: string,
  analyzeText: Analyze,
): Pick<QuestionWords, "predicates" | "verbs" | "phrasal"> {
  return {
    predicates: termsOfWords(predicateWords(question), analyzeText),
    // "When did Touré admit the leak, and what did he PROMISE?": the event whose date or doer is
    // asked is the first ask's verb; a later ask's verb is what it asks about.
    verbs: termsOfWords(verbWords(firstAsk(question)), analyzeText),
    phrasal: termsOfWords(phrasalVerbWords(question), analyzeText),
  };
}

/**
 * What the question's wording says of its words: written in capitals or as names, describing,
 * predicates and verbs, the thing asked and its kind, surnames, and the words the asked phrases
 * name (`aboutWords`, `classAskedWords`, `placeSearchedWords`), each as index terms.
 */
function questionWordsOf(question: string, analyzeText: Analyze): QuestionWords {
  const thing = askedThing(question);
  // "Which civil-society FIGURE balked…": a loose word for the person asked, which the notes
  // never write; the paragraph naming the person need not hold it (loose-person-words.ts).
  const looseAsked = loosePersonAsked(question);
  return {
    ...writtenNameTerms(question, analyzeText),
    thing,
    describing: describingTerms(question, thing, analyzeText),
    ...verbTerms(question, analyzeText),
    asked: new Set(thing ? analyzeText(thing.word) : []),
    loosePerson: new Set(looseAsked !== undefined ? analyzeText(looseAsked) : []),
    surnameOf: surnameTermsOf(question, analyzeText),
    about: termsOfWords(aboutWords(question), analyzeText),
    classes: termsOfWords(classAskedWords(question), analyzeText),
    place: termsOfWords(placeSearchedWords(question), analyzeText),
    // "Which country…" is answered by a country's name; "how many countries…" by a count; "what
    // Australia's delegation said" names its delegation already, which the place must speak of.
    kind: thing && !thing.counted && !thing.owned ? kindOfName(thing.word) : undefined,
  };
}

/**
 * The readers of other words for a term, as index terms the corpus has: an irregular verb's base
 * and other forms, the thesaurus's words of the same sense and broader verbs, the long-form names
 * holding a word, the field's nouns, and an idiom's or phrasal verb's formal verbs.
 */
function otherWordReaders(
  question: string,
  analyzeText: Analyze,
  options: KeyTermOptions,
): OtherWordReaders {
  const source = wordSourceOf(question, analyzeText, options);
  // The writer's words for an idiom's act ("publish" for "put … out for public comment", "decide"
  // for "agree to publish": idiom-readings.ts `IDIOMS`), where the corpus has them.
  const idioms = idiomSenseTerms(question);
  // The formal verbs for a phrasal verb's act ("attend" for "turned up", "weaken" for "watered
  // down": phrasal-verb-readings.ts `PHRASAL_VERBS`), and its particles, which are no topic.
  const phrasalRead = phrasalVerbReadings(question);
  return {
    baseTerms: (term) => baseTerms(source, term),
    otherFormTerms: (term) => otherFormTerms(source, term),
    // Words of the same sense the corpus uses ("argument" for "argue", "stance" for "position"),
    // and the names whose long form holds one of them: "telecom" is "telecommunication", which a
    // window naming "the ITRs" or "the ITU" says by their long forms.
    thesaurusTerms: (term) => otherWordTerms(source, term, sameSenseWords),
    broaderTerms: (term) => otherWordTerms(source, term, broaderVerbs),
    verbSenseTerms: (term) => otherWordTerms(source, term, sameSenseVerbsWithPasts),
    longFormNameTerms: (term) => longFormNameTerms(source, term),
    // The field's own nouns for what the asker's noun names (domain-nouns.ts): "operator",
    // "operating agency" for "telcos".
    fieldNounTerms: (term) => otherWordTerms(source, term, domainNounWords),
    idiomTerms: (term) => idiomTerms(term, idioms, phrasalRead, options),
    phrasalRead,
  };
}

/** What the readers of other words read a term's written forms from (`wordSourceOf`). */
interface WordSource {
  question: string;
  analyzeText: Analyze;
  options: KeyTermOptions;
  /** The question's words as written, by index term. */
  writtenAs: Map<string, Set<string>>;
  /** The question's irregular verb forms, once read (`irregularOf`). */
  irregularRead?: IrregularVerbs;
}

/** The question's words as written, by index term: the thesaurus reads words, not stems. */
function wordSourceOf(question: string, analyzeText: Analyze, options: KeyTermOptions): WordSource {
  const writtenAs = new Map<string, Set<string>>();
  for (const word of question.toLowerCase().match(/[a-z][a-z'-]*/g) ?? []) {
    for (const t of analyzeText(word)) writtenAs.set(t, (writtenAs.get(t) ?? new Set()).add(word));
  }
  return { question, analyzeText, options, writtenAs };
}

/**
 * The question's irregular verb forms, tagged once a question and only when a term asks for
 * them (the tagger takes a millisecond or two a question).
 */
function irregularOf(s: WordSource): IrregularVerbs {
  s.irregularRead ??= irregularVerbs(s.question, s.analyzeText);
  return s.irregularRead;
}

/**
 * "brought" where the corpus says "bring" or "bringing": an irregular past form is its verb
 * (only for a word the corpus lacks).
 */
function baseTerms(s: WordSource, term: string): string[][] {
  const { analyzeText, options } = s;
  if (!options.termWeight || options.termWeight(term) !== undefined) return [];
  const { bases } = irregularOf(s);
  return [...(s.writtenAs.get(term) ?? [])].flatMap((word) => {
    const base = bases.get(word);
    return base === undefined ? [] : [analyzeText(base)];
  });
}

/**
 * "bind" where the source says "remain bound", "hold" where it says "was held": the verb's
 * irregular other forms, where the corpus has them. They meet the term as its other
 * alternatives do, but, as words of the same sense, never for "full" (a near miss asking where a
 * "first" meeting was held was labelled full by the second's "was held").
 */
function otherFormTerms(s: WordSource, term: string): string[][] {
  const { analyzeText, options } = s;
  if (!options.termWeight) return [];
  const { forms } = irregularOf(s);
  const found = new Map<string, string[]>();
  for (const word of s.writtenAs.get(term) ?? []) {
    for (const form of forms.get(word) ?? []) {
      const terms = analyzeText(form);
      if (terms.length !== 1 || terms[0] === term) continue;
      if (options.termWeight(terms[0] as string) === undefined) continue;
      found.set(terms.join(" "), terms);
    }
  }
  return [...found.values()];
}

/**
 * Other words for what `term` names, from `wordsOf` (read per written form of the term), as
 * index terms the corpus has, never the term itself.
 */
function otherWordTerms(
  s: WordSource,
  term: string,
  wordsOf: (word: string) => readonly string[],
): string[][] {
  const { analyzeText, options } = s;
  if (!options.termWeight) return [];
  const found = new Map<string, string[]>();
  for (const word of s.writtenAs.get(term) ?? []) {
    for (const phrase of wordsOf(word)) {
      const terms = analyzeText(phrase);
      if (terms.length === 0 || (terms.length === 1 && terms[0] === term)) continue;
      if (!terms.every((t) => options.termWeight?.(t) !== undefined)) continue;
      found.set(terms.join(" "), terms);
    }
  }
  return [...found.values()];
}

/**
 * A verb's other verbs of the same sense, with their irregular pasts: "who PENNED that…" is told
 * by "wrote that…", which the stemmer leaves apart from "write".
 */
function sameSenseVerbsWithPasts(word: string): string[] {
  return sameSenseVerbs(word).flatMap((verb) => [verb, ...pastForms(verb)]);
}

/** The names whose long form holds a word of the term's sense, where the corpus has them. */
function longFormNameTerms(s: WordSource, term: string): string[][] {
  const { analyzeText, options } = s;
  const namesOf = options.longFormNames;
  if (!namesOf || !options.termWeight) return [];
  const found = new Map<string, string[]>();
  for (const word of s.writtenAs.get(term) ?? []) {
    for (const phrase of sameSenseWords(word)) {
      const terms = analyzeText(phrase);
      if (terms.length !== 1 || terms[0] === term) continue;
      for (const name of namesOf(terms[0] as string)) {
        if (name.every((t) => options.termWeight?.(t) !== undefined)) {
          found.set(name.join(" "), name);
        }
      }
    }
  }
  return [...found.values()];
}

/** An idiom's or a phrasal verb's formal verbs for a term, where the corpus has them. */
function idiomTerms(
  term: string,
  idioms: ReadonlyMap<string, readonly string[]>,
  phrasalRead: ReturnType<typeof phrasalVerbReadings>,
  options: KeyTermOptions,
): string[][] {
  return [...(idioms.get(term) ?? []), ...(phrasalRead.senses.get(term) ?? [])]
    .filter((t) => options.termWeight?.(t) !== undefined)
    .map((t) => [t]);
}

/**
 * One term of the question as a key term: its weight (`seenWeightOf`), whether the corpus has it
 * and whether it is generic, everyday or unknown, its other words (`senseWordsOf`), and what the
 * question's wording says of it.
 */
function keyTermFor(term: string, r: TermReading): KeyTerm {
  const { analyzeText, options, words } = r;
  const { named, generic, everyday } = termStanding(term, r);
  const { forms, idf, formTerms, expansions, fieldNouns, seenIdf } = seenWeightOf(term, named, r);
  const unseen = options.termWeight !== undefined && seenIdf === undefined;
  const unknown = unseen && (!named || words.describing.has(term)) && !generic;
  const familiar = unknown && isFamiliarTerm(term, analyzeText);
  const weight = keyTermWeight(term, { generic, unknown, idf, seenIdf }, words.predicates);
  const surname = words.surnameOf.get(term);
  const others = [...expansions, ...forms, ...(surname ? [surname] : [])];
  const senses = senseWordsOf(term, { named, unseen, others, fieldNouns }, r);
  return {
    term,
    alternatives: [...others, ...senses.senseWords],
    ...otherWordsGiven(senses, formTerms),
    weight,
    ...(options.termWeight?.titled !== undefined && !options.termWeight.titled(term)
      ? { untitled: true }
      : {}),
    ...(generic ? { generic } : {}),
    ...(unseen ? { unseen } : {}),
    ...(unknown ? { unknown } : {}),
    ...(familiar ? { familiar } : {}),
    ...verbMarksOf(term, named, r),
    ...(everyday ? { everyday } : {}),
    ...askedMarksOf(term, named, r),
  };
}

/**
 * Whether a term is a name (an acronym, a name or a word with a digit), generic, or an everyday
 * word (or a place or loose person word) that is neither.
 */
function termStanding(
  term: string,
  r: TermReading,
): { named: boolean; generic: boolean; everyday: boolean } {
  const { analyzeText, words } = r;
  const named = words.acronyms.has(term) || words.names.has(term) || /\d/.test(term);
  const generic = !named && isGeneric(term, analyzeText);
  const everyday =
    !named &&
    !generic &&
    (isEveryday(term, analyzeText) || words.place.has(term) || words.loosePerson.has(term));
  return { named, generic, everyday };
}

/**
 * A key term's weight: a generic term's at most the generic weight, an unknown one's the generic
 * weight for a predicate and the unknown word's weight otherwise, else its seen weight.
 */
function keyTermWeight(
  term: string,
  read: {
    generic: boolean;
    unknown: boolean;
    idf: number | undefined;
    seenIdf: number | undefined;
  },
  predicates: ReadonlySet<string>,
): number {
  const { generic, unknown, idf, seenIdf } = read;
  return generic
    ? Math.min(idf ?? UNSEEN_TERM_WEIGHT, GENERIC_TERM_WEIGHT)
    : unknown
      ? predicates.has(term)
        ? GENERIC_TERM_WEIGHT
        : UNKNOWN_WORD_WEIGHT
      : (seenIdf ?? UNSEEN_TERM_WEIGHT);
}

/** A key term's other words by kind (`senseWordsOf`, and its forms), each only where it has some. */
function otherWordsGiven(
  senses: ReturnType<typeof senseWordsOf>,
  formTerms: string[][],
): Partial<KeyTerm> {
  const { senseWords, fieldWords, nameWords, broaderWords, verbSenseWords } = senses;
  return {
    ...(senseWords.length > 0 ? { senseWords } : {}),
    ...(formTerms.length > 0 ? { formWords: formTerms } : {}),
    ...(fieldWords.length > 0 ? { fieldWords } : {}),
    ...(nameWords.length > 0 ? { nameWords } : {}),
    ...(broaderWords.length > 0 ? { broaderWords } : {}),
    ...(verbSenseWords.length > 0 ? { verbSenseWords } : {}),
  };
}

/** Whether the question uses a term as a predicate, a verb or a phrasal verb or verb idiom. */
function verbMarksOf(term: string, named: boolean, r: TermReading): Partial<KeyTerm> {
  const { question, words } = r;
  const { predicates, verbs, phrasal } = words;
  return {
    ...(predicates.has(term) ? { predicate: true } : {}),
    ...(verbs.has(term) ? { verb: true } : {}),
    // (A verb idiom read as the writer's verb, "when did the RUC text surface?" as "appeared" or
    // "leaked", is the asker's wording too, not an event the corpus never records: verbs29.)
    ...(phrasal.has(term) ||
    (!named && readsAsVerbIdiom(question, term) && r.readers.idiomTerms(term).length > 0)
      ? { phrasal: true }
      : {}),
  };
}

/**
 * Whether a term is the asked thing, what the question is about or an asked class, with the
 * asked kind, the names of that kind and whether the asked thing is counted.
 */
function askedMarksOf(term: string, named: boolean, r: TermReading): Partial<KeyTerm> {
  const { options, words } = r;
  const { asked, about, classes, kind, thing } = words;
  return {
    ...(asked.has(term) ? { asked: true } : {}),
    ...(about.has(term) ? { about: true } : {}),
    ...(classes.has(term) && !named ? { classAsked: true } : {}),
    ...(kind && asked.has(term) ? { kind } : {}),
    ...(kind && asked.has(term) && options.namesOfKind
      ? { kindNames: options.namesOfKind(kind) }
      : {}),
    ...(thing?.counted && asked.has(term) ? { counted: true } : {}),
  };
}

/**
 * A term's weight where the corpus has it (`idf`, or a longer derived form's), else as rare as
 * the commonest of its expansions or field nouns the corpus has (`seenIdf`), with those
 * expansions, derived forms, irregular other forms and field nouns.
 */
function seenWeightOf(
  term: string,
  named: boolean,
  r: TermReading,
): {
  forms: string[][];
  idf: number | undefined;
  formTerms: string[][];
  expansions: string[][];
  fieldNouns: string[][];
  seenIdf: number | undefined;
} {
  const { analyzeText, options, readers } = r;
  const forms = derivedForms(term);
  // "tax" where the corpus says only "taxation": the word is there, in another form.
  const idf =
    options.termWeight?.(term) ??
    forms.reduce<number | undefined>((w, [form]) => {
      if (!form?.startsWith(term)) return w;
      const v = options.termWeight?.(form);
      return v !== undefined && (w === undefined || v > w) ? v : w;
    }, undefined);
  // "Asian" where the corpus says only "Asia": a word the corpus lacks is seen, and as rare as
  // the commonest of them, where it has one of the glossary's names that meet it.
  // (And the other words of its family: "supported" for "championed", "September" for "Sept".)
  // (And a name the corpus never has that ends a longer one of the glossary: "Delhi" is "New
  // Delhi", India's capital, as "Zealand" is "New Zealand".)
  const formTerms = readers.otherFormTerms(term);
  const expansions = [
    ...(options.expansions?.(term) ?? []),
    ...sameSenseTerms(term).map((t) => [t]),
    ...readers.baseTerms(term),
    ...formTerms,
    ...numeralForms(term, analyzeText),
    ...(idf === undefined && named ? (options.shortenedNames?.(term) ?? []) : []),
  ];
  // ("telco" where the corpus says only "operators": a noun of the field the corpus lacks is
  // seen, as rare as the commonest of the field's other nouns for it that the corpus has.)
  const fieldNouns = named ? [] : readers.fieldNounTerms(term);
  const seenIdf =
    idf ??
    [...expansions, ...fieldNouns].reduce<number | undefined>((w, alt) => {
      const v = phraseWeight(alt, options.termWeight);
      return v !== undefined && (w === undefined || v < w) ? v : w;
    }, undefined);
  return { forms, idf, formTerms, expansions, fieldNouns, seenIdf };
}

/**
 * A term's words of the same sense, each kind given once and only where no earlier source gives
 * it: the thesaurus's and an idiom's, the field's nouns, long-form names, and for an unseen verb
 * the broader verbs and verbs of the same sense.
 */
function senseWordsOf(
  term: string,
  read: { named: boolean; unseen: boolean; others: string[][]; fieldNouns: string[][] },
  r: TermReading,
): {
  senseWords: string[][];
  fieldWords: string[][];
  nameWords: string[][];
  broaderWords: string[][];
  verbSenseWords: string[][];
} {
  const { named, unseen, others, fieldNouns } = read;
  const { readers, words } = r;
  // (Not the thing a count is asked of: "how many organisations" is no count of administrations.)
  const countedTerm = words.thing?.counted === true && words.asked.has(term);
  // (Only those no other source gives: stripped by content, they must not take a form with them.)
  const given = new Set(others.map((a) => a.join(" ")));
  // (The field's nouns, "operators" for "carriers", as words of the same sense.)
  const fieldWords = (countedTerm ? [] : fieldNouns).filter((a) => !given.has(a.join(" ")));
  const fieldSaid = new Set(fieldWords.map((a) => a.join(" ")));
  const thesaurus =
    named || countedTerm ? [] : [...readers.thesaurusTerms(term), ...readers.idiomTerms(term)];
  const nameWords = (named || countedTerm ? [] : readers.longFormNameTerms(term)).filter(
    (a) => !given.has(a.join(" ")) && !fieldSaid.has(a.join(" ")),
  );
  // "Who GRUMBLED that…?" where the notes say "complained": a verb the corpus never uses is
  // met by the broader verb WordNet makes it a kind of, as the last word a window lacks.
  const thesaurusSaid = new Set(thesaurus.map((a) => a.join(" ")));
  const nameSaid = new Set(nameWords.map((a) => a.join(" ")));
  const unseenVerb = unseen && words.verbs.has(term) && !named && !countedTerm;
  const broaderWords = (unseenVerb ? readers.broaderTerms(term) : []).filter(
    (a) =>
      !given.has(a.join(" ")) &&
      !fieldSaid.has(a.join(" ")) &&
      !thesaurusSaid.has(a.join(" ")) &&
      !nameSaid.has(a.join(" ")),
  );
  const verbSenseWords = unseenVerb ? readers.verbSenseTerms(term) : [];
  const senseWords = [
    ...[...new Map(thesaurus.map((a) => [a.join(" "), a])).values()].filter(
      (a) => !given.has(a.join(" ")) && !fieldSaid.has(a.join(" ")),
    ),
    ...fieldWords,
    ...nameWords,
    ...broaderWords,
  ];
  return { senseWords, fieldWords, nameWords, broaderWords, verbSenseWords };
}

/**
 * What a phrase of index terms weighs: as much as its rarest word (a phrase is no commoner than
 * any of its words); undefined when the corpus lacks one of them.
 */
function phraseWeight(
  terms: readonly string[],
  termWeight: TermWeight | undefined,
): number | undefined {
  let most: number | undefined;
  for (const t of terms) {
    const v = termWeight?.(t);
    if (v === undefined) return undefined;
    most = most === undefined ? v : Math.max(most, v);
  }
  return most;
}

/** Whether a text, given as its set of index terms, contains the key term or one of its alternatives. */
export function containsTerm(terms: ReadonlySet<string>, key: KeyTerm): boolean {
  if (terms.has(key.term)) return true;
  return key.alternatives.some((alt) => alt.length > 0 && alt.every((t) => terms.has(t)));
}

/** Weighted fraction (0..1) of the key terms a text contains. */
export function termCoverage(terms: ReadonlySet<string>, keys: readonly KeyTerm[]): number {
  let total = 0;
  let matched = 0;
  for (const key of keys) {
    total += key.weight;
    if (containsTerm(terms, key)) matched += key.weight;
  }
  return total === 0 ? 0 : matched / total;
}

/**
 * A text's words as written, a word with a hyphen or an apostrophe kept whole ("ITU-T",
 * "Russia's"), the spaces and punctuation between them dropped.
 */
export function writtenWords(text: string): string[] {
  return text.split(/[^\p{L}\p{N}'’-]+/u).filter((w) => w !== "");
}
