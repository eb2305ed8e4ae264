// Whether a window is about what the question names: the thing asked about and the kind of name
// asked for (`askedThingsNamed`), whose thing it is: the doer, owner, possessor or proposer
// (`ownersStand`), and that what was said, decided or proposed is reported, not only that it
// happened (`actReported`).

import { MONTHS } from "../text.ts";
import { doerOwnsActor, eventDoerName, namesOnlyAsNonDoer } from "./doer-names.ts";
import {
  carriesAnswer,
  givesReasons,
  onlyListsName,
  onlySaysSpoke,
  reportsContent,
  reportsOutcome,
  reportsProposal,
} from "./evidence.ts";
import { isNearTopicTerm } from "./key-term-roles.ts";
import { placeholderAsked } from "./placeholder-nouns.ts";
import { deniesAskedAct, namesAnotherDoer } from "./premise-guess.ts";
import type { QuestionDemands } from "./question-demands.ts";
import { opensWithReferent } from "./sentences.ts";
import { containsTerm, type KeyTerm } from "./terms.ts";
import { WINDOW_SENTENCES, type Window, type WindowReader } from "./window-reading.ts";
import {
  namesOnlyItsOtherParty,
  onlyReportsTheAct,
  reasonHeldByOther,
  stanceHeldByOther,
  tellsOwnAccount,
  withoutAskedAct,
} from "./window-reason-holder.ts";
import { leansOn } from "./window-referents.ts";
import type { TermMeeting } from "./window-terms.ts";

/** A question asking how a choice was made: "How was X selected?", "how did they decide which…". */
const HOW_CHOSEN =
  /^\s*how\b(?:(?![?,;]).)*?\b(?:pick(?:s|ed|ing)?|choos(?:e|es|ing)|chose|chosen|select(?:s|ed|ing)?|decid(?:e|es|ed|ing)|elect(?:s|ed|ing)?|appoint(?:s|ed|ing)?|nominat(?:e|es|ed|ing))\b/i;
/** A sentence reporting a choice, in any of its words. */
const CHOICE_REPORTED =
  /\b(?:pick(?:s|ed|ing)?|choos(?:e|es|ing)|chose|chosen|choice|select(?:s|ed|ing|ion)?|decid(?:e|es|ed|ing)|decision|elect(?:s|ed|ing|ion)?|appoint(?:s|ed|ing|ment)?|nominat(?:e|es|ed|ing|ion)|vot(?:e|es|ed|ing)|designat(?:e|es|ed|ing|ion)|consensus)\b/i;

/**
 * A sentence saying that none of a kind of party did it ("no EU Member State signed", "none of the
 * delegations"): the answer to "did any country…", which names none.
 */
const NONE_OF_KIND =
  /\b(?:no|none\s+of\s+the)\s+(?:\p{Lu}[\p{L}-]*\s+){0,3}(?:states?|countr(?:y|ies)|governments?|delegations?|nations?|administrations?|organi[sz]ations?|groups?)\b/iu;

/**
 * The names a question lists after what it asks for, as its members: "what the US officials said
 * … - Genachowski, Strickling, Kramer", "which stages did the documents go through - TD-36, TD-43,
 * TD-64". After a dash, colon or opening parenthesis, two or more items, each a name or code of
 * at most three words that starts with a capital or a digit.
 */
export function listedMembers(question: string): string[] {
  const m = /(?:\s[-\u2013\u2014:]\s+|\()([^()?]*?,[^()?]*?)(?:\)|\s[-\u2013\u2014]\s|\?|$)/u.exec(
    question,
  );
  if (!m) return [];
  const items = (m[1] ?? "")
    .split(/,|\band\b|\bor\b/)
    .map((x) => x.trim())
    .filter((x) => x.length > 0);
  return items.length >= 2 &&
    items.every((x) => /^[\p{Lu}\d]/u.test(x) && x.split(/\s+/).length <= 3)
    ? items
    : [];
}

/**
 * Whether a sentence names the asked kind of person by classes of it, in a list: "which outside
 * EXPERTS…" is answered by "…open national preparatory processes to technical experts, academics
 * and human-rights advocates", whose item qualifies the asked noun ("technical experts") beside
 * other classes. (Not a lone class: "several Western delegations", "an ABI Research analyst".)
 * Read for a plural asked kind of person only. On the tuning half (2,072 questions): in-1604
 * answered; read for any kind of person, "who was the Iranian delegate who called the vote" was
 * answered "full" from "…, and several Western delegations saw that moment as…".
 */
export function listsClassesOf(text: string, stem: string): boolean {
  if (!/^\p{L}+$/u.test(stem)) return false;
  const item = new RegExp(`^(?:[\\p{L}-]+\\s+){1,2}${stem}\\p{L}*s$`, "iu");
  // Three or more short items closing a clause: "A, B and C." (not "…, and several Western
  // delegations saw that moment as…").
  for (const m of text.matchAll(LIST_OF_THREE)) {
    const items = [...(m[1] ?? "").split(/\s*,\s*/), m[2] ?? ""].map((x) => x.trim());
    if (items.some((x) => item.test(x))) return true;
  }
  return false;
}

/** A list of three or more items of one to three words that ends its clause: "A, B and C." */
const LIST_OF_THREE =
  /((?:[\p{L}-]+\s+){0,2}[\p{L}-]+(?:,\s*(?:[\p{L}-]+\s+){0,2}[\p{L}-]+)+),?\s+and\s+((?:[\p{L}-]+\s+){0,2}[\p{L}-]+)(?=\s*[.;,:]|\s*$)/gu;

/** Whether the window names what the question asks about and the kind of name it asks for. */
export function askedThingsNamed(
  d: QuestionDemands,
  reader: WindowReader,
  w: Window,
  missing: readonly KeyTerm[],
): boolean {
  return (
    subjectNamed(d, w, missing) &&
    ordinalNounNamed(d, missing) &&
    kindPickedOut(d, missing) &&
    !d.aboutTerms.some((k) => missing.includes(k)) &&
    !askedNounMissing(d, reader, w, missing) &&
    !aboutWordMissing(missing) &&
    !kindUnnamed(d, reader, w) &&
    !choiceUntold(d, w) &&
    d.occasion.every((k) => containsTerm(w.terms, k) || containsTerm(w.passage.contextTerms, k))
  );
}

/**
 * Whether the window names what the question asks about, where it must: a passage beyond the top
 * ones is read only for what the question asks about, so its window must name it.
 */
function subjectNamed(d: QuestionDemands, w: Window, missing: readonly KeyTerm[]): boolean {
  return !w.passage.further || d.subjectTerms.every((k) => !missing.includes(k));
}

/**
 * Whether the noun the question asks for ("What was Egypt's POSITION on Article 5A?") is missing
 * from the window: a window about Egypt and Article 5A that does not mention a position does not
 * give it, whatever else it holds. (Only a required noun: "what was EFF's beef", "the result" are
 * worded otherwise.) Not where the question lists the members of what it asks and the window names
 * two of them (`membersNamed`), nor for a noun standing only for the list's members
 * (`placeholderAsked`).
 */
function askedNounMissing(
  d: QuestionDemands,
  reader: WindowReader,
  w: Window,
  missing: readonly KeyTerm[],
): boolean {
  // ("which Internet-related ITEMS did CEPT say…": a noun standing only for the list's members,
  // which no note writes, is no kind the place must name; placeholder-nouns.ts.)
  const placeholder = new Set(
    d.question === undefined ? [] : reader.analyzeText(placeholderAsked(d.question) ?? ""),
  );
  return (
    !membersNamed(d, reader, w) &&
    missing.some((k) => k.asked && !k.everyday && !placeholder.has(k.term))
  );
}

/**
 * Whether the question lists the members of what it asks and the window names two of them: "what
 * the US OFFICIALS said - Genachowski, Strickling, Kramer" is told by "Genachowski said… NTIA head
 * Larry Strickling said…", which need not call them officials. On the tuning half (2,072
 * questions): wrong refusals 89 -> 87 of 1,550, no answer lost, out-of-scope unchanged.
 */
function membersNamed(d: QuestionDemands, reader: WindowReader, w: Window): boolean {
  const members = d.question === undefined ? [] : listedMembers(d.question);
  return (
    members.filter((name) => {
      const terms = reader.analyzeText(name);
      return terms.length > 0 && terms.every((t) => w.terms.has(t));
    }).length >= 2
  );
}

/**
 * Whether what the question asks about is missing: "What did the Parliament's resolution say
 * about spam?": a place on the resolution that does not name spam does not say what it said about
 * spam. (Not the corpus's near-topic word, nor an everyday one: "about the treaty", "about the
 * deal" may go unsaid.)
 */
function aboutWordMissing(missing: readonly KeyTerm[]): boolean {
  return missing.some((k) => k.about && !k.everyday && !isNearTopicTerm(k));
}

/**
 * Whether the window names nothing of a kind the question asks for: "Which countries signed…?" is
 * answered by naming them, not by "countries signed". ("…whether any EU country signed?" is
 * settled by "no EU Member State signed in Dubai".) Nor for a plural asked kind of person named
 * by classes of it in a list (`personClassesListed`).
 */
function kindUnnamed(d: QuestionDemands, reader: WindowReader, w: Window): boolean {
  const { sentences } = w.passage;
  const anyAsked = d.question !== undefined && /\bany\b/i.test(d.question);
  return d.keyTerms.some(
    (k) =>
      !d.kindAskedInside &&
      k.kind !== undefined &&
      !w.spans.some((s, j) => reader.namesKindOf(k, s.text, sentences[w.at + j])) &&
      !(anyAsked && w.spans.some((s) => NONE_OF_KIND.test(s.text))) &&
      !personClassesListed(d, w, k),
  );
}

/**
 * Whether a window's sentence names the plural kind of person the question asks for by classes of
 * it, in a list (`listsClassesOf`), and tells the rest of what is asked (`toldThere`).
 */
function personClassesListed(d: QuestionDemands, w: Window, k: KeyTerm): boolean {
  return (
    k.kind?.tags.includes("Person") === true &&
    d.question !== undefined &&
    new RegExp(`\\b${k.term}\\p{L}*s\\b`, "iu").test(d.question) &&
    w.spans.some((s, j) => listsClassesOf(s.text, k.term) && toldThere(d, w, j, k))
  );
}

/**
 * Whether the window's sentence `j` tells the rest of what is asked beside the kind asked
 * (`asked`), itself or through the one it leans on: "Which outside experts VETTED the letter?" is
 * not answered by a list of those the letter wanted let in.
 */
function toldThere(d: QuestionDemands, w: Window, j: number, asked: KeyTerm): boolean {
  const { sentences, contextTerms } = w.passage;
  const i = w.at;
  return d.keyTerms.every(
    (r) =>
      r === asked ||
      r.generic === true ||
      r.everyday === true ||
      r.fromContext === true ||
      d.askedModifiers.includes(r) ||
      containsTerm(new Set(sentences[i + j]), r) ||
      containsTerm(contextTerms, r) ||
      leansOn(w.passage.spans, sentences, i + j, r),
  );
}

/**
 * Whether a question on how a choice was made finds no choice reported: "How was the chair
 * SELECTED?", "How did the ITU end up PICKING Dubai?": the way a choice was made is told only
 * where a choice is reported ("chose", "was elected", "a vote"); a place saying who chaired or
 * where it was held names the outcome, not how it was chosen.
 */
function choiceUntold(d: QuestionDemands, w: Window): boolean {
  return (
    d.question !== undefined &&
    HOW_CHOSEN.test(d.question) &&
    !w.spans.some((s) => CHOICE_REPORTED.test(s.text))
  );
}

/**
 * Whether the window names the kind the question's modifiers pick out: "Which ACTIVIST groups
 * campaigned around WTPF-13?": a place naming other groups, or none, names none of the activist
 * groups asked for.
 */
function kindPickedOut(d: QuestionDemands, missing: readonly KeyTerm[]): boolean {
  return !d.askedModifiers.some((k) => missing.includes(k));
}

/**
 * Whether the window names the noun an ordinal picks one of: "Where did the CWG hold its FIRST
 * meeting?": the one of a series an ordinal picks out is named where its noun is; a place on the
 * group that names no meeting says nothing of it.
 */
function ordinalNounNamed(d: QuestionDemands, missing: readonly KeyTerm[]): boolean {
  return d.qualified.every(
    (q) => q.ordinal !== true || !d.required.includes(q.noun) || !missing.includes(q.noun),
  );
}

/** Whether the window is about the doer, owner, possessor and proposer the question names. */
export function ownersStand(
  d: QuestionDemands,
  reader: WindowReader,
  w: Window,
  met: TermMeeting,
): boolean {
  const { doer } = d;
  const doerMet = !doer || met.meetsTerm(doer) || containsTerm(w.passage.contextTerms, doer);
  const act = askedActReadings(d, reader, w);
  const premise = premiseAnswered(d, reader, w, act);
  const reasoned = doerReasoned(d, reader, w, { act, premise });
  const ownerMet = ownerStands(d, reader, w, met, premise.corrected);
  const possessedMet = possessorsStand(d, w, premise.corrected);
  const proposerMet = proposerStands(d, w);
  const eventDoerActs = eventDoerStands(d, w);
  const backedOwnerNamed = backedOwnerStands(d, w);
  return (
    doerMet &&
    reasoned &&
    ownerMet &&
    proposerMet &&
    possessedMet &&
    eventDoerActs &&
    backedOwnerNamed
  );
}

/** How a why question's act is read in a window's sentences (`askedActReadings`). */
interface AskedActReadings {
  /** Whether the window's j-th sentence (or the one before it) is about the act asked. */
  aboutAct(j: number): boolean;
  /** Whether the j-th sentence, of this text, is the doer's own account of the act asked. */
  accountOfAct(text: string, j: number): boolean;
}

/**
 * The act a why question asks of its doer, as the window's sentences tell it. The reason is for
 * the act asked: a sentence of grounds naming none of the question's other names and nouns, nor
 * following one that does, is about something else the doer did ("The US text said the Internet
 * had grown up in multistakeholder bodies…" before "The US also opposed ETNO's idea"). The doer's
 * own account of the act gives its case without a word of grounds: what it replied or pointed
 * out, the losses it counted (`tellsOwnAccount`). Only in a sentence naming the act by a word of
 * the question other than a date ("Late on 12 December the Chair asked for a show of placards…"
 * is another act of the Chair's than taking the bloc text off the table).
 */
function askedActReadings(d: QuestionDemands, reader: WindowReader, w: Window): AskedActReadings {
  const { doer } = d;
  const { sentences, contextTerms } = w.passage;
  const i = w.at;
  const actTerms = d.required.filter(
    (k) => k !== doer && !k.generic && !k.fromContext && !isNearTopicTerm(k),
  );
  const accountOfAct = (text: string, j: number) =>
    doer !== undefined &&
    actTerms.some(
      (k) => !isDateTerm(k.term, reader.analyzeText) && containsTerm(new Set(sentences[i + j]), k),
    ) &&
    tellsOwnAccount(
      withoutAskedAct(text, d, doer, reader.analyzeText),
      doer,
      d.questionTerms,
      reader.analyzeText,
    );
  const aboutAct = (j: number) =>
    actTerms.length === 0 ||
    actTerms.some(
      (k) =>
        containsTerm(contextTerms, k) ||
        containsTerm(new Set(sentences[i + j]), k) ||
        (j > 0 && containsTerm(new Set(sentences[i + j - 1]), k)),
    );
  return { aboutAct, accountOfAct };
}

/** A why question's premise answered by the window: corrected, or denied by the party itself. */
interface PremiseAnswered {
  corrected: boolean;
  denied: boolean;
}

/**
 * "Why did China file Document 27…?": where another party did that very act ("Russia filed
 * Document 27…", `namesAnotherDoer`), the premise is false and the correction is the answer; the
 * reasons asked are no one's to give, and the answer opens with whose act it was. "Why did Egypt
 * sponsor the bloc rewrite…?": where the party itself denied the act ("Egypt publicly denied ever
 * supporting it", `deniesAskedAct`), the denial answers the premise. (Not where the act asked is
 * the denial: "Why did Kramer deny…?"; nor another act, "Why did Egypt back AWAY from the bloc
 * text?", whose reasons the notes do not give.)
 */
function premiseAnswered(
  d: QuestionDemands,
  reader: WindowReader,
  w: Window,
  act: AskedActReadings,
): PremiseAnswered {
  const windowSpans = w.spans;
  const { cleft, question } = d;
  const corrected =
    cleft !== undefined &&
    cleft.acts !== undefined &&
    windowSpans.some((s) => namesAnotherDoer(s.text, cleft, reader.analyzeText));
  const denied =
    question !== undefined &&
    !/\bden(?:y|ied|ies|ial)/i.test(question) &&
    windowSpans.some(
      (s, j) => deniesAskedAct(s.text, question, reader.analyzeText) && act.aboutAct(j),
    );
  return { corrected, denied };
}

/**
 * "Why did Egypt back away from…?": a place naming Egypt gives its reasons only where the
 * sentence about it carries one ("Egypt publicly denied ever supporting it" does not), and not
 * as one item of a list ("…coming from Russia, the UAE, China … and Egypt"); or where the
 * place gives grounds outright ("Critics feared…", "…because…"). Under a title or heading
 * naming the doer, every sentence is about it. On the tuning half (650 questions): two near
 * misses refused, no in-scope answer changed (10 in-scope why questions name a doer);
 * fresh near misses asking a listed country's reasons, 3 of 3 refused.
 * (…and the reason is the doer's: not another party's view of the same act standing beside it,
 * `reasonHeldByOther`.) True for any question not asking a doer's reasons, and where the
 * premise is answered. `why` holds the act asked as the window tells it (`askedActReadings`) and
 * the premise's answer (`premiseAnswered`).
 */
function doerReasoned(
  d: QuestionDemands,
  reader: WindowReader,
  w: Window,
  why: { act: AskedActReadings; premise: PremiseAnswered },
): boolean {
  const { act, premise } = why;
  const { expected, doer, doerWord } = d;
  if (
    expected !== "reason" ||
    premise.corrected ||
    premise.denied ||
    doer === undefined ||
    doerWord === undefined
  ) {
    return true;
  }
  const reasonIn = reasonOfDoerIn(d, doer, reader);
  const actReason = (text: string, j: number) =>
    (reasonIn(text) && act.aboutAct(j)) || act.accountOfAct(text, j);
  return (
    reasonedUnderDoerHeading(d, reader, w, doer, actReason) ||
    reasonedInDoerSentence(d, reader, w, doer, doerWord, actReason) ||
    w.spans.some(
      (s) =>
        givesReasons(s.text) &&
        !namesOnlyItsOtherParty(s.text, doer, reader.readPassage) &&
        !stanceHeldByOther(s.text, doer, d.questionTerms, reader.analyzeText),
    )
  );
}

/** Whether a sentence carries a reason of `doer`'s for the act asked, not a restatement of it. */
function reasonOfDoerIn(
  d: QuestionDemands,
  doer: KeyTerm,
  reader: WindowReader,
): (text: string) => boolean {
  // (A reason word that is the act asked restates it: "The US also OPPOSED ETNO's idea" gives no
  // reason for "what was behind Washington's OPPOSITION…", `withoutAskedAct`.)
  return (text) => {
    const own = withoutAskedAct(text, d, doer, reader.analyzeText);
    // (A judgement keeps its verb: "CEPT REJECTED the idea … AS out of scope" for "why did CEPT
    // reject it" gives its grounds in the "as".)
    // (A verb of saying whose report is the act asked gives no reason: "the Chair SAID it was off
    // the table" for "why did the Chair take the text off the table", `onlyReportsTheAct`.)
    return (
      (carriesAnswer(own, "reason") &&
        !onlyReportsTheAct(own, d.questionTerms, reader.analyzeText)) ||
      JUDGEMENT.test(text)
    );
  };
}

/**
 * Under a title or heading naming the doer, every sentence is about it, but one must still give
 * a reason (`actReason`) that is not another party's.
 */
function reasonedUnderDoerHeading(
  d: QuestionDemands,
  reader: WindowReader,
  w: Window,
  doer: KeyTerm,
  actReason: (text: string, j: number) => boolean,
): boolean {
  // ("China. At the September 2011 CWG meeting, China submitted C59…" tells what China did, not
  // why.)
  // (Not where the doer only owns what acted: "Why did China's C59 contribution draw a
  // question…" is not asked of China's own reasons.)
  return (
    containsTerm(w.passage.contextTerms, doer) &&
    ((d.question !== undefined && doerOwnsActor(d.question)) ||
      w.spans.some(
        (s, j) =>
          actReason(s.text, j) &&
          !reasonHeldByOther(s.text, doer, d.questionTerms, reader.analyzeText),
      ))
  );
}

/**
 * A sentence of the window naming the doer (or leaning on a sentence that does) that gives its
 * reason (`actReason`), not as one item of a list, nor as the other party's, nor another's view.
 */
function reasonedInDoerSentence(
  d: QuestionDemands,
  reader: WindowReader,
  w: Window,
  doer: KeyTerm,
  doerWord: string,
  actReason: (text: string, j: number) => boolean,
): boolean {
  const { spans, sentences } = w.passage;
  const i = w.at;
  // (A doer the question names as a coalition by its members, "the Avaaz and ITUC coalition", is
  // the coalition a sentence lists them in: "a coalition including Avaaz, …, CDT and OpenMedia
  // said…" is its word, not one of a list's nor the last member's, `membersOfCollective`.)
  const collective = d.question !== undefined ? collectiveOfDoer(d.question, doerWord) : undefined;
  const asCollective = (text: string) =>
    collective === undefined ? text : membersOfCollective(text, collective);
  return w.spans.some(
    (s, j) =>
      actReason(s.text, j) &&
      (containsTerm(new Set(sentences[i + j]), doer) || leansOn(spans, sentences, i + j, doer)) &&
      !onlyListsName(asCollective(s.text), doerWord) &&
      !namesOnlyItsOtherParty(s.text, doer, reader.readPassage) &&
      !reasonHeldByOther(asCollective(s.text), doer, d.questionTerms, reader.analyzeText),
  );
}

/**
 * Whether the owner the question names speaks in the window, with the things it owns there.
 * (Under a title or heading naming it, every sentence is the owner's; a heading may name it by
 * its adjective: "CONGRESSIONAL backing." over what the House and the Senate passed,
 * `adjectiveTerms`.) Where the premise is corrected, an owner that is the guessed party stands.
 */
function ownerStands(
  d: QuestionDemands,
  reader: WindowReader,
  w: Window,
  met: TermMeeting,
  premiseCorrected: boolean,
): boolean {
  const { owner, ownerTerms, ownedThings } = d;
  const { spans, sentences, contextTerms } = w.passage;
  const ownerTitled =
    ownerTerms.every((t) => contextTerms.has(t)) ||
    (owner !== undefined &&
      adjectiveTerms(owner, reader.analyzeText).some((t) => contextTerms.has(t)));
  return (
    !owner ||
    (premiseCorrected && ownerTerms.every((t) => d.cleftTerms.has(t))) ||
    w.spans.some(
      (_, j) =>
        (ownerTitled || ownerSpeaks(spans, sentences, w.at + j, owner, ownerTerms)) &&
        ownedThings.every(
          (k) => containsTerm(new Set(sentences[w.at + j]), k) || met.givesGrounds(k),
        ),
    )
  );
}

/**
 * Whether each possessed thing the question names stands in the window with its possessor.
 * (Under a title or heading naming the possessor, every sentence is the possessor's; a
 * window without the possessed thing is judged by the terms it lacks.)
 * (A sentence with the thing's word only as another party's act, "Sweden … PUSHED instead…" for
 * "Indonesia's PUSH", does not hold the possessed thing: `onlyAsPastVerb`.)
 * (The guessed party's own noun or thing is the premise's too: "Brazil's DELEGATION pitch…".)
 */
function possessorsStand(d: QuestionDemands, w: Window, premiseCorrected: boolean): boolean {
  const { spans, sentences, contextTerms } = w.passage;
  const i = w.at;
  const windowSpans = w.spans;
  const guessed = (k: KeyTerm) => premiseCorrected && d.cleftTerms.has(k.term);
  return d.possessed.every((p) => {
    if (guessed(p.owner)) return true;
    const holds = (j: number) =>
      containsTerm(new Set(sentences[i + j]), p.thing) &&
      !onlyAsPastVerb(spans[i + j]?.text ?? "", p.word);
    return (
      containsTerm(contextTerms, p.owner) ||
      !windowSpans.some((_, j) => holds(j)) ||
      windowSpans.some(
        (_, j) =>
          holds(j) &&
          (containsTerm(new Set(sentences[i + j]), p.owner) ||
            leansOn(spans, sentences, i + j, p.owner)),
      )
    );
  });
}

/**
 * Whether the proposer the question names made the proposal the window reports. (Under a title
 * or heading naming it, every sentence is the proposer's.)
 */
function proposerStands(d: QuestionDemands, w: Window): boolean {
  const { proposer, proposerTerms } = d;
  const { spans, sentences, contextTerms, titledProposals } = w.passage;
  const i = w.at;
  return (
    !proposer ||
    proposerTerms.length === 0 ||
    (titledProposals && proposerTerms.every((t) => contextTerms.has(t))) ||
    w.spans.some(
      (s, j) =>
        reportsProposal(s.text) &&
        (proposerTerms.every((t) => contextTerms.has(t)) ||
          ownerSpeaks(spans, sentences, i + j, proposer, proposerTerms)),
    )
  );
}

/**
 * "When did the Senate pass H. Con. Res. 127?": a place naming the Senate only as where the
 * resolution went ("it was sent to the Senate") or as a qualifier ("a related Senate
 * resolution") says nothing the Senate did; the date or act it gives is another body's.
 */
function eventDoerStands(d: QuestionDemands, w: Window): boolean {
  const eventDoer = d.question !== undefined ? eventDoerName(d.question) : undefined;
  const namingDoer = eventDoer
    ? w.spans.filter((s) => new RegExp(`\\b${eventDoer}\\b`, "i").test(s.text))
    : [];
  return (
    namingDoer.length === 0 ||
    namingDoer.some((s) => !namesOnlyAsNonDoer(s.text, eventDoer as string))
  );
}

/**
 * "Which delegations seconded the UK's suggestion…?": those asked for backed the owner's
 * proposal, so a place saying who backed it names the owner too; one without it ("Egypt's
 * Sherif Guinena … listed … Articles 5A (security and robustness…)") names parties of
 * another act.
 */
function backedOwnerStands(d: QuestionDemands, w: Window): boolean {
  const { spans, sentences } = w.passage;
  return (
    d.backedOwner === undefined ||
    containsTerm(w.terms, d.backedOwner) ||
    w.spans.some((_, j) => leansOn(spans, sentences, w.at + j, d.backedOwner as KeyTerm))
  );
}

/** Whether the window reports what was said, decided or proposed, where the question asks it. */
export function actReported(d: QuestionDemands, w: Window): boolean {
  const { speaker, askedUtterance, asksOutcome, asksProposal } = d;
  const { sentences, contextTerms, titledProposals } = w.passage;
  const i = w.at;
  const window = w.terms;
  const windowSpans = w.spans;
  // (A window without the speaker is judged by the terms it lacks, as any other.)
  // "What did Touré say at the 2014 Busan conference?": a place on the conference that never
  // names Touré reports nothing he said.
  const speakerNamed =
    d.speakerNames.length === 0 ||
    d.speakerNames.some(
      (k) =>
        containsTerm(window, k) ||
        containsTerm(contextTerms, k) ||
        windowSpans.some((_, j) => leansOn(w.passage.spans, sentences, i + j, k)),
    );
  const said =
    !speaker ||
    !containsTerm(window, speaker) ||
    reportsSpeakerContent(
      windowSpans.map((s) => s.text),
      sentences.slice(i, i + WINDOW_SENTENCES),
      containsTerm(contextTerms, speaker) ? undefined : speaker,
      askedUtterance,
    );
  const decided = !asksOutcome || windowSpans.some((s) => reportsOutcome(s.text));
  const proposed =
    !asksProposal || titledProposals || windowSpans.some((s) => reportsProposal(s.text));
  return speakerNamed && said && decided && proposed;
}

/** Nouns of a body made of other parties. */
const COLLECTIVE = "coalition|alliance|bloc|group|camp|caucus";

/**
 * The collective noun a question names the doer by, after the doer and any more names joined to
 * it ("the AVAAZ and ITUC COALITION"), if any.
 */
function collectiveOfDoer(question: string, doerWord: string): string | undefined {
  const name = "\\p{Lu}[\\p{L}\\p{M}'’-]*";
  const m = new RegExp(
    `\\b${doerWord}(?:\\s*(?:,|and|&)\\s*(?:the\\s+)?${name})*\\s+(${COLLECTIVE})\\b`,
    "u",
  ).exec(question);
  return m?.[1]?.toLowerCase();
}

/**
 * A sentence with the members it lists after the collective noun taken out: "a coalition
 * including Avaaz, the International Trade Union Confederation, …, CDT and OpenMedia said…" →
 * "a coalition said…". A sentence without such a list is left as it is.
 */
function membersOfCollective(text: string, collective: string): string {
  const word = "\\p{Lu}[\\p{L}\\p{M}'’-]*";
  const name = `(?:the\\s+)?${word}(?:\\s+(?:(?:for|of|the)\\s+)*${word})*`;
  return text.replace(
    new RegExp(
      `(\\b${collective}s?)\\s+(?:including|of|led by|made up of|comprising)\\s+${name}(?:\\s*,\\s*${name})*(?:\\s*,?\\s+and\\s+${name})?`,
      "u",
    ),
    "$1",
  );
}

/** A term of the calendar: a day or a year ("10", "2012"), or a month's name ("decemb"). */
function isDateTerm(term: string, analyzeText: (text: string) => string[]): boolean {
  return /^\d{1,4}$/.test(term) || MONTHS.split("|").some((m) => analyzeText(m).includes(term));
}

/**
 * A verb of judging ("LIRNEasia CALLED the link incoherent", "…DISMISSED it as…"): the judgement
 * is the doer's reason for its stance, though no word of grounds stands beside it.
 */
const JUDGEMENT =
  /\b(?:call(?:s|ed)?(?!\s+(?:for|on|in|out|off|up)\b)|describ(?:e|es|ed)|termed|dubbed|labell?ed|dismiss(?:es|ed)?)\b|\b(?:reject|dismiss|condemn|regard|treat|brand)\w*\b[^.;]*?\bas\b/i;

/**
 * Whether a sentence writes a possessed noun of the question ("Indonesia's PUSH") only as the
 * past form of the same word, a verb ("Sweden and the United States PUSHED instead…"): what a
 * party did, not the thing owned.
 */
function onlyAsPastVerb(sentence: string, word: string): boolean {
  const bare = word.replace(/[^\p{L}-]/gu, "");
  if (bare.length === 0) return false;
  return (
    new RegExp(`(?<![\\p{L}])${bare}e?d(?![\\p{L}])`, "iu").test(sentence) &&
    !new RegExp(`(?<![\\p{L}])${bare}(?:s|es)?(?![\\p{L}])`, "iu").test(sentence)
  );
}

/**
 * The terms of a one-word name's adjectives ("Congress" → "Congressional", "Europe" →
 * "European"): a heading naming the owner so names it. (A term the name itself gives is left
 * out.)
 */
function adjectiveTerms(name: string, analyzeText: (text: string) => string[]): string[] {
  if (!/^\p{Lu}[\p{L}]+$/u.test(name)) return [];
  const own = new Set(analyzeText(name));
  return ["al", "ional", "an", "ian"]
    .flatMap((ending) => analyzeText(`${name}${ending}`))
    .filter((t) => !own.has(t));
}

/**
 * Whether sentence `at` is the owner's own: it names the owner other than as one item of a list,
 * or it opens with a referent ("He named…") right after a sentence that does.
 */
function ownerSpeaks(
  spans: readonly { text: string }[],
  sentences: readonly string[][],
  at: number,
  owner: string,
  ownerTerms: readonly string[],
): boolean {
  const names = (k: number) =>
    ownerTerms.every((t) => sentences[k]?.includes(t)) &&
    !onlyListsName(spans[k]?.text ?? "", owner);
  return names(at) || (at > 0 && opensWithReferent(spans[at]?.text ?? "") && names(at - 1));
}

/**
 * Whether a window may report what the speaker said: a sentence naming the speaker (any sentence,
 * when the passage's title or headings name it) that does more than say the speaker spoke
 * ("addressed delegates"), and for an utterance asked of in the past ("what did X say"), that
 * reports its content, not something else the speaker did ("chaired the conference"); or is
 * followed by one pointing back at it that reports content ("He said…").
 */
function reportsSpeakerContent(
  texts: readonly string[],
  terms: readonly string[][],
  speaker: KeyTerm | undefined,
  utterance: boolean,
): boolean {
  return texts.some((text, i) => {
    const names = !speaker || containsTerm(new Set(terms[i]), speaker);
    if (!names) return false;
    const next = texts[i + 1];
    return (
      (utterance ? reportsContent(text) : !onlySaysSpoke(text)) ||
      (next !== undefined && opensWithReferent(next) && reportsContent(next))
    );
  });
}
