// A question's guess at who did an act or where it took place, and a sentence correcting it: a cleft
// ("Was it Canada that suggested…?", `cleftGuess`), a plain yes/no of an act with one author, a
// why/when question's taken-for-granted doer (`premiseGuess`), a guessed place ("…held in
// Riyadh?"); a sentence naming another doer or place (`namesAnotherDoer`), or the named party
// denying the act (`deniesAskedAct`).
import { stripInstructions } from "../search/question-instructions.ts";
import { withoutShorthand } from "../search/question-shorthand.ts";
import { escapeRegExp } from "../text.ts";
import { CITY, COUNTRY, isOfKind, type NameKind, ORGANISATION, PERSON } from "./name-kinds.ts";
import { type TaggedWord, taggedWords } from "./tagged-words.ts";

/**
 * "Was it Canada that suggested…?", "was it the UK who proposed…?": a cleft presupposes that one
 * party did the act and asks whether it was the one named. The guessed name, the verb of the act
 * as written, and the kind of name it is (a country, city, person or organisation, as the tagger
 * reads it), if the question is such a cleft. `acts`: the verbs that state the act, where the
 * question's verb is one of putting something forward or asking for it ("came up with" is
 * stated by "suggested"); `place`: the guess is where the act took place ("…held in Riyadh?"),
 * `verb` the verb of holding it, which a place correcting the guess need not repeat ("a regional
 * preparatory meeting followed in Cairo"); `subjectTerm`, the index term of the asked thing's
 * last word before that verb, which the place correcting it must state ("…2018 Plenipotentiary
 * held in Nairobi?" is not corrected by "A second meeting was held in Geneva").
 */
export interface CleftGuess {
  name: string;
  verb: string;
  kind: NameKind;
  acts?: readonly string[];
  place?: boolean;
  subjectTerm?: string;
}

// (After what is typed around a question too: "Morning all, was it Canada that…", "Q: Was it…".)
const CLEFT =
  /(?:^|[^\p{L}\p{M}'’-])(?:[Ww]as|[Ww]asn['’]t|[Ii]s|[Ii]sn['’]t)\s+it\s+(?:the\s+)?((?:\p{Lu}[\p{L}\p{M}.'’-]*\s+){1,4}?)(?:that|who)\s+(\p{Ll}+)\b/u;

/**
 * Acts that one party is told to have begun: putting a thing forward, or asking for it. A
 * proposal or a request has its author in the notes, so a plain "Did Iran ask the working group
 * to add…?" presupposes that someone did, as a cleft does; "Did Kenya sign / vote for / oppose…?"
 * (acts many share) presupposes no one party and is left alone. The verbs of a class state each
 * other's act; a phrasal form is read by its head and particle ("came up with", "put forward").
 */
const ORIGINATING_ACTS: readonly (readonly string[])[] = [
  ["suggest", "propose", "table", "float", "pitch", "come up with", "put forward"],
  // (Filing a numbered document: "Russia filed Document 27", "China submitted contribution C59".)
  ["file", "submit", "lodge", "put in"],
  // (Not "ask" for "request": "When Spain asked whether that had been a vote" requested none.)
  ["ask"],
  // (Forcing or demanding a vote is requesting one: "Iran requested a vote on the access-rights
  // sentence".)
  ["request", "force", "demand", "call for"],
];

const INFLECTED: Record<string, readonly string[]> = {
  come: ["come", "came", "comes", "coming"],
  put: ["put", "puts", "putting"],
};

/** The class of originating acts the verb at `rest`'s start begins, if any, and its verbs. */
function originatingActs(
  verb: string,
  rest: string,
  analyzeText: (text: string) => string[],
): readonly string[] | undefined {
  const stem = analyzeText(verb)[0];
  const after = rest.toLowerCase().split(/\s+/).filter(Boolean);
  for (const acts of ORIGINATING_ACTS) {
    for (const act of acts) {
      const [head, ...particles] = act.split(" ");
      const forms = INFLECTED[head as string];
      const headMet = forms
        ? forms.includes(verb.toLowerCase())
        : stem !== undefined && analyzeText(head as string)[0] === stem;
      if (headMet && particles.every((p, i) => after[i] === p)) {
        // (Only the one-word verbs state the act in a place: "the UK suggested…".)
        return acts.filter((a) => !a.includes(" "));
      }
    }
  }
  return undefined;
}

// "Did Iran ask the working group…?", "has the Parliament proposed…": a plain yes/no whose doer
// is named before its verb.
const PLAIN_DOER =
  /(?:^|[^\p{L}\p{M}'’-])(?:[Dd]id|[Hh]as|[Hh]ad)\s+(?:the\s+)?((?:\p{Lu}[\p{L}\p{M}.'’-]*\s+){1,4}?)(\p{Ll}+)\b/u;

// "Was the Arab States meeting held in Riyadh?", "…was held in Beirut, yes?": where the act took
// place, named after the verb of holding it.
const HELD_IN =
  /\b(held|hosted|convened|staged)\s+in\s+((?:\p{Lu}[\p{L}\p{M}.'’-]*)(?:\s+\p{Lu}[\p{L}\p{M}.'’-]*){0,2})/u;

function nameKind(name: string, kinds: readonly NameKind[]): NameKind | undefined {
  const words = taggedWords(name);
  return kinds.find((k) => words.some((w) => isOfKind(w, k)));
}

export function cleftGuess(
  question: string,
  analyzeText?: (text: string) => string[],
): CleftGuess | undefined {
  const found = CLEFT.exec(question);
  if (found) {
    const name = (found[1] as string).trim();
    const verb = found[2] as string;
    const kind = nameKind(name, [PERSON, CITY, COUNTRY, ORGANISATION]);
    if (!kind) return undefined;
    const acts = analyzeText
      ? originatingActs(verb, question.slice(found.index + found[0].length), analyzeText)
      : undefined;
    return { name, verb, kind, ...(acts ? { acts } : {}) };
  }
  if (!analyzeText) return undefined;
  // A plain yes/no: only an originating act presupposes its one doer.
  const plain = PLAIN_DOER.exec(question);
  if (plain) {
    const name = (plain[1] as string).trim();
    const verb = plain[2] as string;
    const acts = originatingActs(verb, question.slice(plain.index + plain[0].length), analyzeText);
    const kind = nameKind(name, [PERSON, COUNTRY, ORGANISATION]);
    if (acts && kind) return { name, verb, kind, acts };
  }
  return placeGuess(question, analyzeText);
}

// "…its second MEETING in Vienna?", "the group's gathering in Bangkok": the place a meeting is
// said to have been in, named after the meeting's own noun.
const MEETING_IN =
  /\b(meeting|gathering|session)\s+in\s+((?:\p{Lu}[\p{L}\p{M}.'’-]*)(?:\s+\p{Lu}[\p{L}\p{M}.'’-]*){0,2})/u;

/** A guessed place (`HELD_IN`, `MEETING_IN`): see `cleftGuess`. */
function placeGuess(
  question: string,
  analyzeText: (text: string) => string[],
): CleftGuess | undefined {
  const meeting = MEETING_IN.exec(question);
  if (meeting) {
    const name = (meeting[2] as string).trim();
    const subjectTerm = analyzeText(meeting[1] as string)[0];
    if (nameKind(name, [CITY]) && subjectTerm !== undefined) {
      return { name, verb: meeting[1] as string, kind: CITY, place: true, subjectTerm };
    }
  }
  const held = HELD_IN.exec(question);
  if (held) {
    const name = (held[2] as string).trim();
    const kind = nameKind(name, [CITY]);
    // The asked thing's last word before the verb: "the 2018 PLENIPOTENTIARY held in…", "the
    // first preparatory meeting in December 2011 was held in…".
    const before = question.slice(0, held.index).split(/[^\p{L}\p{M}\p{N}'’-]+/u);
    const subjectTerm = before
      .reverse()
      .map((w) => analyzeText(w)[0])
      .find((t) => t !== undefined);
    if (kind && subjectTerm !== undefined) {
      return { name, verb: held[1] as string, kind, place: true, subjectTerm };
    }
  }
  return undefined;
}

// "Why did China file Document 27…?", "What made Sweden push…", "When did India put in C59…?":
// a why or when question whose doer is named before its verb, a party's own noun after it allowed
// ("why did Brazil's delegation pitch…").
const WH_DOER =
  /^\s*(?:[Ww](?:hy|hen)(?:\s+on\s+earth)?\s+(?:did|does|do|has|have|had)|[Hh]ow\s+come|[Ww]hat\s+(?:made|drove|led|prompted|pushed|motivated))\s+(?:the\s+)?((?:\p{Lu}[\p{L}\p{M}.-]*\s+){0,3}?\p{Lu}[\p{L}\p{M}.-]*)(?:['’]s)?\s+(?:(?:delegation|government|administration|team)\s+)?(?:\p{Ll}+ly\s+)?(\p{Ll}+)\b/u;

/** The doer a why or when question names before its verb, the verb, and the words after it. */
interface AskedDoer {
  name: string;
  verb: string;
  rest: string;
}

/** The last question read by `askedDoer`: `deniesAskedAct` is asked of one question per sentence. */
let lastAsked: { question: string; doer: AskedDoer | undefined } | undefined;

/**
 * The doer, verb and rest of a why or when question (`WH_DOER`), read from the question without
 * what is typed around it in chat ("Hey wcit-desk, why did…", "For our briefing: why did…"), as a
 * bare question opens.
 */
function askedDoer(question: string): AskedDoer | undefined {
  if (lastAsked?.question === question) return lastAsked.doer;
  const asked = stripInstructions(withoutShorthand(question)).content || question;
  const found = WH_DOER.exec(asked);
  const doer = found
    ? {
        name: (found[1] as string).trim(),
        verb: found[2] as string,
        rest: asked.slice(found.index + found[0].length),
      }
    : undefined;
  lastAsked = { question, doer };
  return doer;
}

/**
 * The doer a why or when question takes for granted, where its act has one author (`ORIGINATING_ACTS`):
 * "Why did China file Document 27…?" presupposes that China filed it, as "Did China file…?" does,
 * and a place saying that Russia filed it answers by correcting the premise. Read as a cleft's
 * guess is (`namesAnotherDoer`).
 */
export function premiseGuess(
  question: string,
  analyzeText: (text: string) => string[],
): CleftGuess | undefined {
  const doer = askedDoer(question);
  if (!doer) return placeGuess(question, analyzeText);
  const { name, verb, rest } = doer;
  const acts = originatingActs(verb, rest, analyzeText);
  const kind = nameKind(name, [PERSON, COUNTRY, ORGANISATION]);
  return acts && kind ? { name, verb, kind, acts } : placeGuess(question, analyzeText);
}

/** Acts of backing a thing: denied by "…denied ever supporting it". */
const BACKING_ACTS: readonly string[] = [
  "support",
  "sponsor",
  "back",
  "endorse",
  "favour",
  "favor",
];

/**
 * Whether a sentence says that the party a why question names denied the very act asked: "Egypt
 * publicly denied ever supporting it" for "Why did Egypt sponsor the bloc rewrite…?". Asked why
 * the party did it, the denial is the answer: the party disputes the premise. The name right
 * before "denied" or "denies" (an adverb between them allowed), not one item of a series, and a
 * verb of the asked act's class after it (`ORIGINATING_ACTS`, or backing: support, sponsor, back,
 * endorse); not an act with a particle, "back AWAY from", which the denial does not dispute.
 */
export function deniesAskedAct(
  sentence: string,
  question: string,
  analyzeText: (text: string) => string[],
): boolean {
  const doer = askedDoer(question);
  if (!doer) return false;
  const { name, verb, rest } = doer;
  if (/^\s+(?:away|off|down|out)\b/i.test(rest)) return false;
  const escaped = escapeRegExp(name);
  const denial = new RegExp(
    `(?<![,&]\\s|\\band\\s|\\bor\\s)\\b${escaped}\\s+(?:\\p{Ll}+ly\\s+)?(?:denied|denies)\\b`,
    "u",
  ).exec(sentence);
  if (!denial) return false;
  const stem = analyzeText(verb)[0];
  if (stem === undefined) return false;
  const classes = [...ORIGINATING_ACTS, BACKING_ACTS].filter((acts) =>
    acts.some((a) => analyzeText(a.split(" ")[0] as string)[0] === stem),
  );
  const verbs = new Set(
    [verb, ...classes.flat().map((a) => a.split(" ")[0] as string)].flatMap((v) => analyzeText(v)),
  );
  const denied = analyzeText(sentence.slice(denial.index + denial[0].length));
  return denied.some((t) => verbs.has(t));
}

/** A party's own noun after its name: "the Czech delegation", "the Egyptian government". */
const PARTY_NOUN = /^(?:delegation|government|administration)$/i;

/** Words that may stand between a doer and its verb ("Russia also asked", "Spain had asked"). */
const BETWEEN_DOER_AND_VERB = ["Adverb", "Auxiliary", "Negative"];

/**
 * Whether a sentence says that another party of the guess's kind did the guessed act: a name of
 * that kind, not the guess (nor a part of it, nor it with more words), standing right before the
 * act's verb as its doer ("the United Kingdom suggested…", "When Spain asked whether…"), not one
 * item of a series ("Russia, the UAE and Egypt proposed": the act is shared, so it settles
 * nothing about a guess). For a guessed place, another place of its kind right after "in" ("a
 * regional preparatory meeting followed in Cairo"), not one of a series either. With `itself`,
 * whether it names the guessed party itself so, alone or in a series (the label's test).
 */
export function namesAnotherDoer(
  sentence: string,
  guess: CleftGuess,
  analyzeText: (text: string) => string[],
  itself = false,
): boolean {
  const verbTerms = new Set((guess.acts ?? [guess.verb]).flatMap((v) => analyzeText(v)));
  if (verbTerms.size === 0) return false;
  const guessWords = new Set(guess.name.toLowerCase().split(/\s+/));
  const words = taggedWords(sentence);
  const doers: DoerReading = { words, guess, guessWords, itself };
  if (guess.place) {
    if (guess.subjectTerm === undefined || !analyzeText(sentence).includes(guess.subjectTerm)) {
      return false;
    }
    return words.some((w, j) => namesPlaceAfterIn(doers, w, j));
  }
  return words.some((w, j) => namesDoerOfVerb(doers, w, j, verbTerms, analyzeText));
}

/** A sentence's words, and the guess whose doer they are read for (`namesAnotherDoer`). */
interface DoerReading {
  words: readonly TaggedWord[];
  guess: CleftGuess;
  /** The guess's name, word by word, lower-cased. */
  guessWords: ReadonlySet<string>;
  /** Whether the guessed party itself is looked for, not another. */
  itself: boolean;
}

/**
 * Whether the run of capitalised words ending at word `k` is the whole name of another party (or,
 * with `itself`, of the guessed party), not one item of a series.
 */
function namesAnotherName(doers: DoerReading, k: number): boolean {
  const { words, itself } = doers;
  let start = k;
  while (
    start > 0 &&
    /^\p{Lu}/u.test(words[start - 1]?.text ?? "") &&
    /^\s*$/.test(words[start - 1]?.post ?? " ")
  ) {
    start--;
  }
  if (isGuessName(doers, start, k) !== itself) return false;
  const before = words[start - 1];
  const inSeries =
    !itself &&
    before !== undefined &&
    (/^(?:and|or)$/i.test(before.text) ||
      (/,/.test(before.post ?? "") && /^\p{Lu}/u.test(before.text)));
  return !inSeries;
}

/**
 * Whether the words from `start` to `k` name the guess: it, a part of it or it with more words
 * ("Kingdom", "the Arab States group"), or it as its initials ("UK" for "the United Kingdom",
 * "US" for "United States").
 */
function isGuessName(doers: DoerReading, start: number, k: number): boolean {
  const { words, guess, guessWords } = doers;
  const run = words.slice(start, k + 1).map((r) => r.text.toLowerCase().replace(/['’]s$/, ""));
  const runWords = new Set(run);
  const initials = words
    .slice(start, k + 1)
    .filter((r) => !/^the$/i.test(r.text))
    .map((r) => r.text[0])
    .join("");
  return (
    run.every((r) => guessWords.has(r)) ||
    [...guessWords].every((g) => runWords.has(g)) ||
    (initials.length > 1 && /^\p{Lu}{2,4}$/u.test(guess.name) && initials === guess.name)
  );
}

/**
 * For a guessed place: whether word `w` (at `j`) is "in" followed by another place of the guess's kind,
 * its whole name, not one of a series.
 */
function namesPlaceAfterIn(doers: DoerReading, w: TaggedWord, j: number): boolean {
  const { words, guess } = doers;
  if (w.text.toLowerCase() !== "in") return false;
  // The place's whole name after "in": its last capitalised word.
  let k = j + 1;
  while (/^\p{Lu}/u.test(words[k + 1]?.text ?? "") && /^\s*$/.test(words[k]?.post ?? " ")) {
    k++;
  }
  const last = words[k];
  if (last === undefined || !/^\p{Lu}/u.test(last.text)) return false;
  if (!words.slice(j + 1, k + 1).some((r) => isOfKind(r, guess.kind))) return false;
  // (Not one of a series: "in Dubai and Geneva", "in Dubai, Cairo and Geneva".)
  const next = words[k + 1];
  if (/^(?:and|or)$/i.test(next?.text ?? "")) return false;
  if (/,/.test(last.post ?? "") && /^\p{Lu}/u.test(next?.text ?? "")) return false;
  return namesAnotherName(doers, k);
}

/**
 * Whether word `w` (at `j`) is the guessed act's verb with another party of the guess's kind as its doer
 * right before it (an adverb, auxiliary or negative between them allowed), not one of a series.
 */
function namesDoerOfVerb(
  doers: DoerReading,
  w: TaggedWord,
  j: number,
  verbTerms: ReadonlySet<string>,
  analyzeText: (text: string) => string[],
): boolean {
  const { words, guess } = doers;
  if (!w.tags.includes("Verb") || !analyzeText(w.text).some((t) => verbTerms.has(t))) {
    return false;
  }
  let k = j - 1;
  for (let skipped = 0; skipped < 2; skipped++) {
    const before = words[k];
    if (before === undefined || !BETWEEN_DOER_AND_VERB.some((t) => before.tags.includes(t))) break;
    k--;
  }
  // (A party named with its own noun is the party: "the Tunisian DELEGATION proposed", "the
  // Egyptian government submitted".)
  if (PARTY_NOUN.test(words[k]?.text ?? "") && /^\s*$/.test(words[k - 1]?.post ?? " ")) k--;
  const last = words[k];
  if (last === undefined || !/^\p{Lu}/u.test(last.text) || !isOfKind(last, guess.kind)) {
    return false;
  }
  if (/[,;:]/.test(last.post ?? "")) return false;
  return namesAnotherName(doers, k);
}
