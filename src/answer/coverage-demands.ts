// What a question demands of the place that covers it, read once before any passage is judged:
// its key terms (with the other names the top passages give them), which of them are required,
// and what it asks of them: a date, count or name beside its subject, a speaker's words, an
// owner's thing, a year standing with its event… `coverage-window.ts` judges each window against
// these demands; `relevance.ts` puts the two together.

import {
  analyzeQuestion,
  asksOnItsOwn,
  firstAsk,
  questionContent,
  splitAsks,
} from "../search/question.ts";
import type { ScoredPassage } from "../types.ts";
import { type ClaimedFigure, claimedFigures } from "./coverage-claims.ts";
import { askedThingModifiers, type QualifiedNoun, qualifiedNouns } from "./coverage-modifiers.ts";
import { INFORMAL_PART_NOUNS, withOtherNamings } from "./coverage-namings.ts";
import { countsIn, type ExpectedAnswer, isYearTerm, MONTHS } from "./evidence.ts";
import { asksFounding } from "./founding.ts";
import {
  askedThing,
  asksWhatWasDecided,
  asksWhatWasProposed,
  asksWhatWasSaid,
  type CleftGuess,
  cleftGuess,
  doerName,
  kindOfName,
  type NameKind,
  premiseGuess,
  proposerAsked,
  SPEECH_VERBS,
  speakerWords,
} from "./parts-of-speech.ts";
import { stanceAsked } from "./stance-asked.ts";
import { asksSuccession } from "./succession.ts";
import {
  type Analyze,
  containsTerm,
  isCommonWord,
  isFamiliarTerm,
  isNearTopicTerm,
  isRequired,
  isTopicTerm,
  type KeyTerm,
  withoutFormWords,
  withoutSenseWords,
} from "./terms.ts";

/**
 * What the question asks, as `readQuestionDemands` reads it. Each field is one rule's reading of
 * the question; a field that does not apply is empty, `undefined` or `false`, and the window
 * check that reads it then holds.
 */
/**
 * The corpus's own names for a class an analyst counts by another noun (index stems): a count of
 * any counts the thing asked. The parties of a treaty conference are counted as "89 Member
 * States", "144 delegations", "144 eligible countries", "122 signatories" and headlined "89
 * Nations"; the groups of a campaign as "more than 120 organisations". So "how many governments
 * signed" or "how many NGOs signed" is answered by those counts, while a count of another thing
 * ("six regional groupings", "35,000 of its members") still answers nothing. One way only where a
 * word is wider than its class: "groups" may be organisations, but "organisations" are not every
 * group. The terms themselves must still be met as before; only the count's noun may differ.
 */
const STATES = ["countri", "state", "nation", "govern", "administr", "deleg", "signatori"];
const ORGANISATIONS = ["organ", "ngo"];
const COUNT_NOUN_CLASSES: ReadonlyMap<string, readonly string[]> = new Map([
  // "How many delegates…" (stemmed as "delegations") counts people: delegations only count.
  ...STATES.filter((t) => t !== "deleg").map((t) => [t, STATES.filter((o) => o !== t)] as const),
  ["organ", ["ngo"]],
  ["ngo", ["organ"]],
  ["group", ORGANISATIONS],
]);

/**
 * "How many X…": the thing a count question counts (its `counted` term, unless an everyday noun:
 * "how many people signed" is answered by "35,000 of its members"), and whether a word names it,
 * itself or as the corpus's other noun for its class (`COUNT_NOUN_CLASSES`). Read by the coverage
 * decision and by the how-many answer's lead (`extractive-count-lead.ts`).
 */
export function countedThing(
  keyTerms: readonly KeyTerm[],
  analyzeText: Analyze,
):
  | {
      counted: KeyTerm;
      isCounted: (word: string) => boolean;
      countsAlike?: (word: string) => boolean;
    }
  | undefined {
  const counted = keyTerms.find((k) => k.counted && !k.everyday);
  if (!counted) return undefined;
  const countNouns = COUNT_NOUN_CLASSES.get(counted.term) ?? [];
  return {
    counted,
    isCounted: (word: string) => containsTerm(new Set(analyzeText(word)), counted),
    ...(countNouns.length > 0
      ? { countsAlike: (word: string) => analyzeText(word).some((t) => countNouns.includes(t)) }
      : {}),
  };
}

/** A capitalised word: a name, or a word of one ("Arab", "CDT", "Kramer"). */
const NAME_WORD = /\p{Lu}[\p{L}\p{M}.-]*/gu;

/**
 * The party and topic of a stance question (`stanceAsked`), as the question's required terms: the
 * party's names where it has any, else its words (not the corpus's topic words), and the topic's
 * (not the party's, the corpus's topic, or an everyday word).
 */

function stanceDemand(
  question: string,
  required: readonly KeyTerm[],
  analyzeText: Analyze,
): QuestionDemands["stance"] {
  const asked = stanceAsked(question);
  if (asked === undefined) return undefined;
  const partyTerms = new Set(asked.party !== undefined ? analyzeText(asked.party) : []);
  // (Its names, where it has any: "the Arab group" is stated by "the Arab administrations".)
  const nameTerms = new Set(analyzeText((asked.party?.match(NAME_WORD) ?? []).join(" ")));
  const partyOf = (names: ReadonlySet<string>) =>
    required.filter((k) => names.has(k.term) && !isTopicTerm(k));
  const named = partyOf(nameTerms);
  const party = named.length > 0 ? named : partyOf(partyTerms);
  const topicTerms = new Set(asked.topic !== undefined ? analyzeText(asked.topic) : []);
  const topic = required.filter(
    (k) => topicTerms.has(k.term) && !partyTerms.has(k.term) && !isTopicTerm(k) && !k.everyday,
  );
  const partyWord = asked.party?.match(NAME_WORD)?.at(-1);
  return { party, ...(partyWord !== undefined ? { partyWord } : {}), topic };
}

/** A when question's opening up to a capitalised name after "did" or "had", then a lower-case verb. */
const WHEN_DOER =
  /^\s*(?:[Ww]hen|[Oo]n what date|[Ww]hat date|[Ww]hich day|[Ww]hat day|[Ii]n what year|[Ww]hat year)\s+(?:did|had)\s+(?:the\s+)?(\p{Lu}[\p{L}.'’-]*(?:\s+\p{Lu}[\p{L}.'’-]*)*)\s+\p{Ll}/u;

export interface QuestionDemands {
  /** The question as asked, when the caller gave it (the rules reading its wording need it). */
  question?: string;
  /** The kind of answer it expects ("description" when not told). */
  expected: ExpectedAnswer;
  /**
   * Its key terms, each also met where the top passages name it another way (`withOtherNamings`):
   * "the RCC bloc" wherever the RCC is, "the SG" wherever the Secretary-General.
   */
  keyTerms: readonly KeyTerm[];
  /** The index terms of `keyTerms`. */
  questionTerms: ReadonlySet<string>;
  /** The required key terms (nouns, names, numbers: `isRequired`) and their summed weight. */
  required: readonly KeyTerm[];
  requiredWeight: number;
  /** The question's other own words: not required, not common, not an earlier turn's. */
  otherTerms: readonly KeyTerm[];
  /** A follow-up's subject, the earlier turn's ("when did IT go to the Senate?"). */
  earlierSubject: readonly KeyTerm[];
  /** Its own words (not common, not an earlier turn's, not the corpus's topic): `unmetTerms`. */
  ownTerms: readonly KeyTerm[];
  /**
   * A key term as a place must write it to state it: without the other words of a treaty part
   * that `withClassNames` adds ("clause" met by "article" is met for the decision, never "full").
   */
  asWritten: (k: KeyTerm) => KeyTerm;
  /** Whether it asks if something is known ("do we know…?"): such a sentence then answers. */
  asksIfKnown: boolean;
  /** Whether a date, a count or a name must stand where its terms meet ("when", "how many", "who"). */
  needsEvidence: boolean;
  /**
   * "How many of the 74 came in that way?": the counts a how-many question states itself, which
   * are what it counts within, not its answer (see `countsOnlyAsked`, window-answer-type.ts).
   */
  statedCounts: readonly string[];
  /**
   * "Who chaired…?", "Who led the X delegation?": for each role the question asks who held
   * (`ROLES_ASKED`), how a place says someone held it; a place saying none of one does not answer.
   */
  rolesHeld: readonly RegExp[];
  /**
   * "Who was ICANN's boss before Chehadé took over?", "Kramer's deputy": a holder asked by their
   * tie to another (`asksSuccession`); a place must tell such a tie (`tellsSuccession`).
   */
  succession: boolean;
  /** "When was ETNO founded?": a founding date asked (`asksFounding`), told by `tellsFounding`. */
  founding: boolean;
  /** "When did the Senate vote…?": the named doer of a when question, which a window must name. */
  whenDoer?: KeyTerm;
  /** "How many pages…": the thing a count must be of, and whether a word names it. */
  counted?: KeyTerm;
  /** "How many GOVERNMENTS…": the kind of name the counted thing is, whose list counts them. */
  countedKind?: NameKind;
  isCounted?: (word: string) => boolean;
  /** Whether a word is the corpus's other name for the counted class ("Member States"). */
  countsAlike?: (word: string) => boolean;
  /** Its weightiest required term that names no kind: what the date, count or name is about. */
  subject?: KeyTerm;
  /** "What did X tell delegates?": X, whose words the place must report. */
  speaker?: KeyTerm;
  /** "What did TOURÉ say…?": the names of who spoke, one of which a window must meet. */
  speakerNames: readonly KeyTerm[];
  /** Whether it asks what X said once ("what DID X say"), not what a text holds. */
  askedUtterance: boolean;
  /** "What did X say in Dubai?": the terms of where it was said (`SAID_AT`). */
  occasion: readonly KeyTerm[];
  /** "What did the forum agree…?": an outcome must be reported. */
  asksOutcome: boolean;
  /** "What did the foundation recommend…?": a course of action must be put to someone. */
  asksProposal: boolean;
  /** "What did LIRNEasia propose…?": whose proposal it must be, as written and as index terms. */
  proposer?: string;
  proposerTerms: readonly string[];
  /** "Why did Tunisia back…?": the doer as the question writes it, and its required term. */
  doerWord?: string;
  doer?: KeyTerm;
  /** "What reason did New Zealand give…?": the owner of the asked thing, and the things owned. */
  owner?: string;
  ownerTerms: readonly string[];
  ownedThings: readonly KeyTerm[];
  /**
   * "EFF's petition": each possessed thing with its possessor (both required terms), and the
   * thing's word as the question writes it.
   */
  possessed: readonly { owner: KeyTerm; thing: KeyTerm; word: string }[];
  /**
   * "Which delegations seconded THE UK's suggestion…?", "who backed India's spam article?": the
   * owner of what a who/which question asks the backers of (`BACKERS_ASKED`), a required term.
   */
  backedOwner?: KeyTerm;
  /** The years that must stand with their event (not a year opening a name, "the 2012 ITRs"). */
  years: readonly KeyTerm[];
  /** Every year the question asks about (a passage may disclaim its event). */
  askedYears: readonly KeyTerm[];
  /** "the 2016 review GROUP": for each year, the words it qualifies. */
  yearNouns: ReadonlyMap<KeyTerm, readonly KeyTerm[]>;
  /** The words a year must stand beside: the question's own uncommon ones (else its common ones). */
  eventTerms: readonly KeyTerm[];
  /** Whether it asks about the past ("did", "was"): a year's event then is no plan. */
  asksPast: boolean;
  /** Index terms of nouns asking for reasons, for parts of a whole, and units of time. */
  reasonNouns: ReadonlySet<string>;
  partNouns: ReadonlySet<string>;
  timeUnits: ReadonlySet<string>;
  /** Index terms of the units of the calendar a date is asked in ("on which DAY…"). */
  calendarUnits: ReadonlySet<string>;
  /**
   * Whether a when question asks for a moment within an event ("at what point in the talks…",
   * "which day of the conference…"), which a source gives by its place in that event as often as
   * by the calendar ("on the second day", "in the middle of the debate on…"): `MOMENT_ASKED`.
   */
  asksMoment: boolean;
  /**
   * The finest unit of the calendar a when question asks its date in ("the exact date", "which
   * day", "the final day": a day; "what month": a month), which a date only to a coarser unit
   * does not give (`DAY_ASKED`, `MONTH_ASKED`).
   */
  dateUnit?: "day" | "month";
  /**
   * Whether a when question asks when something ended ("when did PP-14 close?", "…take the site
   * down?", "its end date"): a date given only for its start does not say (`END_ASKED`).
   */
  endAsked: boolean;
  /** "What did X decide about SPAM?": the required terms of what it asks about. */
  aboutTerms: readonly KeyTerm[];
  /** "Does the package say anything about emergency numbers?": what a further passage must name. */
  subjectTerms: readonly KeyTerm[];
  /** Whether it asks for a sum of money (`MONEY_ASKED`). */
  asksMoney: boolean;
  /** The parts of the question that sources tell apart (`partsToldApart`). */
  toldApart: readonly KeyTerm[][][];
  /** Whether it asks for a list, and the class of the items it asks for ("the FREEDOMS…"). */
  list: boolean;
  itemClass?: KeyTerm;
  /** "…the ITU-T RECOMMENDATIONS…, with their numbers": the class whose item numbers are asked. */
  numberedClass?: KeyTerm;
  /**
   * "List the energy-efficiency OBLIGATIONS that Article 8A…": the plural a list names first,
   * and its subject, the weightiest other required term (see `listSubjectInPassing`).
   */
  listedClass?: KeyTerm;
  listSubject?: KeyTerm;
  /**
   * "What RESERVATIONS did signatories attach…?", "List the PROVISIONS…": the plural class whose
   * items a list or a "what/which X" question asks for (see `classNamedOnly`, coverage-window.ts).
   * Not a kind of name ("which countries", met by names of that kind), reasons (met by grounds),
   * parts, units of time, a name or the corpus's topic ("the ITRs").
   */
  askedClass?: KeyTerm;
  /**
   * Whether the class must stand in the window (or its paragraph set its items out) though it is
   * no required term: a noun whose stem the stop-word list holds ("reservations", read as
   * "reserved"), not itself a common word, that the top passages write.
   */
  askedClassStands: boolean;
  /** "the NEW treaty": nouns the question qualifies with a modifier that has an opposite. */
  qualified: readonly QualifiedNoun[];
  /**
   * "Which ACTIVIST groups campaigned…?": the required plain words picking out the things asked
   * (`askedThingModifiers`), of a noun the corpus uses. A window must meet each
   * (`askedThingsNamed`): one naming other groups names none of those asked.
   */
  askedModifiers: readonly KeyTerm[];
  /**
   * "Which ITU-T STUDY groups…?": such words the corpus never uses (not as a predicate, "knock-on
   * effects"): the corpus names none of the things asked (`absentTermsOf`, relevance.ts).
   */
  unseenAskedModifiers: readonly KeyTerm[];
  /** Names and numbers of the question, as index terms: a list lacking one is about another topic. */
  namesOrNumbers: ReadonlySet<string>;
  /**
   * For a date or count asked: the names of the clause asking it (its capitalised words; not a
   * number, the corpus's topic, the thing counted, or a name of the kind asked), one of which the
   * sentence giving the date or count must hold, or lean on, where it names something else (see
   * `typedWithNames`): "How many organisations signed the BEST BITS
   * statement?" is not answered by "…more than 120 organisations … had signed it [the unity
   * statement]" beside a sentence on the Best Bits statement without a count.
   */
  typedNames: readonly KeyTerm[];
  /**
   * The question's acronyms ("the US delegation"), each index term with the acronym folded: a
   * sentence meets one only where it writes it as a name (`withoutCommonHomographs`).
   */
  acronyms: ReadonlyMap<string, string>;
  /** Unseen terms standing beside another unseen term ("orbit slots"): see `unseenTogether`. */
  unseenInPhrases: ReadonlySet<string>;
  /** Whether a term is a plain word of common English: no name, no number (`isFamiliarTerm`). */
  plainCommonWord: (k: KeyTerm) => boolean;
  /**
   * Index terms of the nouns that say which thing is meant: one owning another ("the TEAM's
   * letter") or heading an "of" phrase ("the CHAIR of the conference"). See `SPECIFYING_NOUN`.
   */
  specifyingTerms: ReadonlySet<string>;
  /** Whether index terms state one of the question's own key terms (not a kind it asks for). */
  given: (terms: readonly string[]) => boolean;
  /** A claim to check: the figures it states (`claimedFigures`). */
  figures: readonly ClaimedFigure[];
  /** "Was it Canada that suggested…?": the guessed name and the act (`cleftGuess`). */
  cleft?: CleftGuess;
  /** The guessed name's index terms (empty without a cleft). */
  cleftTerms: ReadonlySet<string>;
  /** A yes/no question's "which X" stands inside it: no name of X is asked for (`EMBEDDED_WH`). */
  kindAskedInside: boolean;
  /** A claim or yes/no question: its verb must stand where its terms meet (`claimVerbStood`). */
  checksVerb: boolean;
  /**
   * "What was India's position on the spam article?": whose stance is asked (its required terms,
   * and its last capitalised word as written) and the topic's required terms (`stanceStated`).
   */
  stance?: { party: KeyTerm[]; partyWord?: string; topic: KeyTerm[] };
}

/**
 * A noun that owns another ("the team's letter") or heads an "of" phrase ("the chair of the
 * harbour conference"): it says which thing the question means, so a place lacking it is about
 * another thing, however plain the word.
 */
const SPECIFYING_NOUN = /\b([\p{L}-]+)(?:'s|’s|\s+of)\b/giu;

/** How `readQuestionDemands` reads a question: `RelevanceOptions`, less the thresholds. */
export interface QuestionReading {
  expected?: ExpectedAnswer;
  question?: string;
  dateUnitText?: string;
  asksIfKnown?: boolean;
  list?: boolean;
  claim?: boolean;
  yesNo?: boolean;
}

/**
 * A "which/what X" standing inside a clause, right after a word that is no conjunction: "show
 * which countries…", "say what it cost". (Not a second ask: "…, and which countries?")
 */
const EMBEDDED_WH = /(?<![,;:]\s*)\b(?!(?:and|or|but|so)\b)\p{L}+\s+(?:which|what)\s+\p{L}/iu;

/**
 * What the question demands of a window, read once from the question and its key terms (the top
 * passages only lend other names for them: `withOtherNamings`).
 */
export function readQuestionDemands(
  askedTerms: readonly KeyTerm[],
  top: readonly ScoredPassage[],
  analyzeText: Analyze,
  how: QuestionReading,
): QuestionDemands {
  const { question } = how;
  // "On which DAY of the conference did Iran call the vote?" asks when, though it opens with
  // "which": a point in time named as the thing asked is a date to find (`DATE_NOUNS`).
  const expected =
    (how.expected ?? "description") === "description" &&
    question !== undefined &&
    DATE_ASKED.test(question)
      ? "date"
      : (how.expected ?? "description");
  const topTexts = top.map(({ passage }) => passage.text);
  // "What was Brazil's POSITION on…", "was India ON RECORD wanting…": the words asking for a
  // stance are no content a place must name; `stanceStated` tests the stance itself. (For the
  // coverage decision only: the answer is composed with the question's words as typed.)
  // (Only where one of them was required: the stance test takes the place of the protection the
  // dropping removes. "What's CDT's take on…" never required "take", a common verb, and is read
  // as before.)
  const stanceWords = new Set(
    question !== undefined
      ? (stanceAsked(question)?.wording ?? []).flatMap((w) => analyzeText(w))
      : [],
  );
  const stanceWordRequired = askedTerms.some((k) => stanceWords.has(k.term) && isRequired(k));
  const stanceWording = stanceWordRequired ? stanceWords : new Set<string>();
  const contentTerms = askedTerms.filter((k) => !stanceWording.has(k.term) || k.fromContext);
  const keyTerms =
    question !== undefined
      ? withOtherNamings(question, contentTerms, topTexts, analyzeText)
      : contentTerms;
  // "Did CITEL's proposals show WHICH COUNTRIES backed each item?": a yes/no question whose "which
  // X" stands inside it, as what a verb reports, asks whether that was shown, not for the names;
  // a place saying "each shows which countries backed it" answers it without naming a country.
  const kindAskedInside =
    how.yesNo === true && question !== undefined && EMBEDDED_WH.test(question);
  // The engine passes its own reading of the question; analysing it again here is a fallback.
  const asksIfKnown =
    how.asksIfKnown ?? (question !== undefined && analyzeQuestion(question).asksIfKnown);
  // "When…", "how many…", "who…": the place where the question's terms meet must also give a
  // date, a count or a name; a passage about Germany and the signing without a date does not say
  // when Germany signed.
  const needsEvidence =
    expected === "date" || expected === "number" || expected === "duration" || expected === "agent";
  const rolesHeld =
    question === undefined
      ? []
      : ROLES_ASKED.flatMap((role) =>
          rolesAskedIn(expected, question, how.dateUnitText).some((ask) => role.asked.test(ask))
            ? [role.held]
            : [],
        );
  const required = keyTerms.filter(isRequired);
  const otherTerms = keyTerms.filter((k) => !isRequired(k) && !k.generic && !k.fromContext);
  // A follow-up's subject is the earlier turn's ("when did IT go to the Senate?").
  const earlierSubject = keyTerms.filter((k) => k.fromContext && !k.generic);
  const requiredWeight = required.reduce((sum, k) => sum + k.weight, 0);
  // "How many pages…": the count must be of pages. (Not an everyday noun: "how many people signed"
  // is answered by "35,000 of its members".)
  const thing = expected === "number" ? countedThing(keyTerms, analyzeText) : undefined;
  const counted = thing?.counted;
  const isCounted = thing?.isCounted;
  const countsAlike = thing?.countsAlike;
  const countedWord = counted && question !== undefined ? askedThing(question)?.word : undefined;
  const countedKind = countedWord !== undefined ? kindOfName(countedWord) : undefined;
  // "What did X tell delegates?": the place must report what X said, not only that X spoke.
  const speaker =
    question !== undefined && asksWhatWasSaid(question)
      ? required.reduce<KeyTerm | undefined>(
          (a, k) => (!a || k.weight > a.weight ? k : a),
          undefined,
        )
      : undefined;
  // "What did TOURÉ say at the 2014 Busan conference?": the names of who spoke (`speakerNamed`).
  const speakerNames =
    speaker !== undefined && question !== undefined
      ? keyTerms.filter(
          (k) =>
            isRequired(k) &&
            !isTopicTerm(k) &&
            !/\d/.test(k.term) &&
            analyzeText(
              (speakerWords(question).match(/(?<![\p{L}])\p{Lu}[\p{L}\p{M}'’-]*/gu) ?? []).join(
                " ",
              ),
            ).includes(k.term),
        )
      : [];
  // "What DID Al Ghanim say?" asks what was said once; "What DOES Article 5A say?" asks what a
  // text holds, which any sentence describing it gives.
  const askedUtterance = speaker !== undefined && /\b(?:did|had)\b/i.test(question ?? "");
  // "What did X say in Dubai?", "…at the opening?": where it was said is part of what is asked.
  const occasion =
    speaker !== undefined && question !== undefined
      ? keyTermsOfPhrase(
          question,
          SAID_AT,
          keyTerms,
          analyzeText,
          (k) => !k.generic && !k.unknown && !k.fromContext,
        )
      : [];
  // "What did the forum agree…?": the place must report an outcome, not only that it met.
  const asksOutcome = question !== undefined && asksWhatWasDecided(question);
  // "What did the foundation recommend…?": the place must put a course of action to someone, not
  // only summarise a position. On the tuning half (542 questions): out-of-scope refused 91 → 92 of
  // 109, no in-scope answer changed.
  const asksProposal = question !== undefined && asksWhatWasProposed(question);
  // "What did LIRNEasia propose…?": the proposal must be that one's own, not another's proposal in
  // the sentence before a remark of theirs.
  const proposer = question !== undefined ? proposerAsked(question) : undefined;
  const proposerTerms = proposer ? analyzeText(proposer) : [];
  // "Why did Tunisia back Iran's amendment?": a place about Iran's amendment that does not say
  // what Tunisia did does not answer it. (Not a comparison: each side has its own passages.)
  const doerWord =
    question !== undefined && expected !== "both-sides" ? doerName(question) : undefined;
  const doerTerms = doerWord ? new Set(analyzeText(doerWord)) : undefined;
  const doer = doerTerms ? required.find((k) => doerTerms.has(k.term)) : undefined;
  // "When did the Senate vote on H. Con. Res. 127?": the name after "did" is the act's doer, and a
  // window that never names it (met another way counts: "Euro" by "European") dates another
  // party's act ("H. Con. Res. 127, introduced on 30 May 2012…"). Its last word, a required term.
  // On the tuning half: out-144, out-322 and out-590 refused, no in-scope answer changed.
  const whenDoerWord =
    expected === "date" && question !== undefined ? WHEN_DOER.exec(question)?.[1] : undefined;
  // (A possessor is the act's owner: "what day did IRAN'S access vote happen" dates Iran's vote,
  // and read with its "'s", the name's last index term was "s", matching no term.)
  const whenDoerTerms = whenDoerWord ? analyzeText(whenDoerWord.replace(/['’]s?$/u, "")) : [];
  const whenDoer = required.find((k) => k.term === whenDoerTerms.at(-1) && !k.fromContext);
  // "What reason did New Zealand give…?": the asked thing must be that one's own.
  const owner = question !== undefined ? askedThingOwner(question, keyTerms) : undefined;
  const ownerTerms = owner ? analyzeText(owner) : [];
  const ownedThings = owner
    ? required.filter((k) => k.asked && !k.kind && !k.everyday && !k.generic)
    : [];
  // "How many signatures did EFF's PETITION gather?": the possessed thing must be the possessor's.
  const possessed =
    question !== undefined
      ? [...question.matchAll(NAMED_POSSESSOR)].flatMap((m) => {
          const possessorTerms = new Set(analyzeText(m[1] as string));
          const owner = required.find((k) => containsTerm(possessorTerms, k));
          const thing = required.find((k) => containsTerm(new Set(analyzeText(m[2] as string)), k));
          return owner && thing && owner !== thing ? [{ owner, thing, word: m[2] as string }] : [];
        })
      : [];
  // "Which delegations seconded the UK's suggestion…?": whose proposal the backers backed.
  const backedWords = question !== undefined ? BACKERS_ASKED.exec(question)?.[1] : undefined;
  const backedTerms = new Set(backedWords !== undefined ? analyzeText(backedWords) : []);
  const backedOwner =
    how.yesNo === true ? undefined : required.find((k) => containsTerm(backedTerms, k));
  // The question's weightiest required term: what the expected date, count or name is about.
  // (Not a party the question sets apart: in "who else came out against it apart from CEPT?"
  // the name asked is another's, which need not stand beside CEPT.)
  const setApart = new Set(
    question !== undefined ? analyzeText(SET_APART.exec(question)?.[1] ?? "") : [],
  );
  const subject = required
    .filter((k) => !k.kind && !containsTerm(setApart, k))
    .reduce<KeyTerm | undefined>((a, k) => (!a || k.weight > a.weight ? k : a), undefined);
  const questionTerms = new Set(keyTerms.map((k) => k.term));
  // "Which countries signed… in 2013?": the year must stand with what happened in it.
  // (A year that opens a name, "the 2012 ITRs", "the 2022 Bucharest conference", is a label.)
  const years = keyTerms.filter(
    (k) =>
      isYearTerm(k.term) &&
      !k.fromContext &&
      question !== undefined &&
      !labelsName(question, k.term, keyTerms, analyzeText),
  );
  const askedYears = keyTerms.filter((k) => isYearTerm(k.term) && !k.fromContext);
  // "the ITU's 2016 review GROUP": the thing a year qualifies stands with it where the year dates
  // that thing ("In 2016 the Council… creating an Expert Group…"), whatever its other words. On
  // the tuning half (542 questions): wrong refusals 28 → 27 of 433, nugget recall 0.8085 → 0.8108,
  // out-of-scope refused 90 of 109 unchanged.
  const yearNouns = new Map(
    question === undefined
      ? []
      : years.map(
          (y) =>
            [
              y,
              keyTermsOfPhrase(
                question,
                yearQualifies(y.term),
                keyTerms,
                analyzeText,
                (k) => k !== y && !k.fromContext,
              ),
            ] as const,
        ),
  );
  // (Its own content words; its common ones, "signed later", when it has no other.)
  const ownWords = keyTerms.filter(
    (k) => !isYearTerm(k.term) && !k.fromContext && !k.kind && !isTopicTerm(k),
  );
  const uncommon = ownWords.filter((k) => !k.generic);
  const eventTerms = uncommon.length > 0 ? uncommon : ownWords;
  // "What did the 2022 conference decide about SPAM?": what the question asks about.
  const reasonNouns = new Set(REASON_NOUNS.flatMap((w) => analyzeText(w)));
  const partNouns = new Set(PART_NOUNS.flatMap((w) => analyzeText(w)));
  const timeUnits = new Set(TIME_UNITS.flatMap((w) => analyzeText(w)));
  const calendarUnits = new Set(CALENDAR_UNITS.flatMap((w) => analyzeText(w)));
  const aboutTerms =
    question !== undefined
      ? keyTermsOfPhrase(question, ABOUT, required, analyzeText, (k) => !isTopicTerm(k))
      : [];
  const asksMoney = question !== undefined && MONEY_ASKED.some((p) => p.test(question));
  const asksPast = question !== undefined && /\b(?:did|was|were|had)\b/i.test(question);
  // "…from Antalya to Guadalajara", "what were Russia, China and the Arab states each pushing for":
  // parts of the question that sources tell apart.
  const toldApart = question !== undefined ? partsToldApart(question, required, analyzeText) : [];
  // "Enumerate the FREEDOMS Mueller feared…": the class of the items a list asks for.
  const itemClass =
    how.list === true && question !== undefined
      ? listItemClass(question, required, analyzeText)
      : undefined;
  const listedClass =
    how.list === true && question !== undefined
      ? classNamedFirst(question, required, analyzeText, LISTED_PLURAL)
      : undefined;
  const numberedClass =
    question !== undefined && NUMBERS_ASKED.test(question) ? listedClass : undefined;
  const listSubject =
    listedClass === undefined
      ? undefined
      : required
          .filter((k) => k !== listedClass && !isTopicTerm(k))
          .reduce<KeyTerm | undefined>((a, k) => (!a || k.weight > a.weight ? k : a), undefined);
  // (From every key term: an asked noun the stop-word list holds by its stem, "reservations" as
  // "reserved", is not required, but its items are still what is asked.)
  const qualified = question !== undefined ? qualifiedNouns(question, keyTerms, analyzeText) : [];
  const given = givenBy(keyTerms);
  // (Names and numbers of the question, as index terms: a list lacking one is about another topic.)
  const namesOrNumbers = new Set(
    question !== undefined ? analyzeText((question.match(NAME_OR_NUMBER) ?? []).join(" ")) : [],
  );
  const classNamed =
    question === undefined
      ? undefined
      : how.list === true
        ? (listItemClass(question, keyTerms, analyzeText) ??
          pluralAsked(question, keyTerms, analyzeText))
        : pluralAsked(question, keyTerms, analyzeText);
  // (Not in a question asking reasons: "what were civil-society GROUPS after when they wrote…"
  // asks what the groups wanted, not for groups by name.)
  const askedClass =
    classNamed !== undefined &&
    expected !== "reason" &&
    classNamed.kind === undefined &&
    !reasonNouns.has(classNamed.term) &&
    !analyzeText("reasons").includes(classNamed.term) &&
    !partNouns.has(classNamed.term) &&
    !timeUnits.has(classNamed.term) &&
    !VAGUE_CLASSES.test(classNamed.term) &&
    !isTopicTerm(classNamed) &&
    !namesOrNumbers.has(classNamed.term)
      ? classNamed
      : undefined;
  // "reservations": asked, but no required term, since the stop-word list holds "reserved".
  const askedClassStands =
    askedClass !== undefined &&
    question !== undefined &&
    !isRequired(askedClass) &&
    askedClass.generic === true &&
    (question.match(/\p{L}+/gu) ?? []).some(
      (word) =>
        !isCommonWord(word) &&
        analyzeText(word).includes(askedClass.term) &&
        writtenIn(topTexts, word),
    );
  // The names a date or count asked must stand with (`typedNames`).
  const typedClauseNames =
    question !== undefined
      ? new Set(analyzeText((typedClause(question).match(NAME_OR_NUMBER) ?? []).join(" ")))
      : new Set<string>();
  const typedNames =
    expected === "date" || expected === "number"
      ? required.filter(
          (k) =>
            typedClauseNames.has(k.term) &&
            k !== counted &&
            !k.kind &&
            !k.fromContext &&
            !/\d/.test(k.term) &&
            !isTopicTerm(k) &&
            !isNearTopicTerm(k),
        )
      : [];
  const acronyms = question !== undefined ? acronymsOf(question, analyzeText) : new Map();
  const modifiersAsked =
    question !== undefined ? askedThingModifiers(question, keyTerms, analyzeText) : [];
  const askedModifiers = modifiersAsked
    .filter(({ modifier, head }) => head.unseen !== true && isRequired(modifier))
    .map(({ modifier }) => modifier);
  const unseenAskedModifiers = modifiersAsked
    .filter(
      ({ modifier }) =>
        modifier.unseen === true && modifier.generic !== true && modifier.predicate !== true,
    )
    .map(({ modifier }) => modifier);
  const unseenInPhrases =
    question !== undefined ? unseenTogether(question, keyTerms, analyzeText) : new Set<string>();
  const plainCommonWord = (k: KeyTerm) =>
    !namesOrNumbers.has(k.term) && isFamiliarTerm(k.term, analyzeText);
  const specifyingTerms = new Set(
    [...(question ?? "").matchAll(SPECIFYING_NOUN)].flatMap((m) => analyzeText(m[1] ?? "")),
  );
  // (The stance words stay the asker's own for the label: a place saying what India backed states
  // its position only by inference, so the answer reads on and is not labelled full.)
  const ownTerms = [
    ...keyTerms,
    ...askedTerms.filter((k) => stanceWording.has(k.term) && !k.fromContext),
  ].filter((k) => !k.generic && !k.fromContext && !isTopicTerm(k));
  // (The terms whose other words `withClassNames` adds: met so, a place never states them.)
  const partyTerms = new Set([...INFORMAL_PART_NOUNS, "article"].flatMap((w) => analyzeText(w)));
  // (Nor does it state a term it says only in a thesaurus's other words: "argument" for "argue"
  // answers the question, but is not the asker's own wording for "full".)
  const asWritten = (k: KeyTerm): KeyTerm => {
    const plain = withoutFormWords(withoutSenseWords(k));
    return partyTerms.has(k.term)
      ? {
          ...plain,
          alternatives: plain.alternatives.filter(
            (a) => !(a.length === 1 && partyTerms.has(a[0] as string)),
          ),
        }
      : plain;
  };
  // "Was it Canada that suggested…?" (see `cleftGuess`, and `termMeeting` for the rule).
  // (And the doer a why or when question takes for granted: `premiseGuess`.)
  const cleft =
    question === undefined
      ? undefined
      : how.yesNo === true
        ? cleftGuess(question, analyzeText)
        : expected === "reason" || expected === "date"
          ? premiseGuess(question, analyzeText)
          : undefined;
  // A claim to check: its figures are what it asks about (see \`claimedFigures\`).
  const figures =
    question === undefined
      ? []
      : how.claim === true
        ? claimedFigures(question, analyzeText)
        : how.yesNo === true
          ? claimedFigures(question, analyzeText, { datedYearsOnly: true })
          : [];
  // "Does the treaty package say anything about emergency numbers?": the words of where to look
  // may rank passages on the package above the one on emergency numbers. What such a question
  // asks about is looked for further down the passages retrieved, where a window must name it.
  const subjectTerms = required.filter((k) => k.about && !k.everyday && !isNearTopicTerm(k));
  const stance =
    question !== undefined && stanceWordRequired
      ? stanceDemand(question, required, analyzeText)
      : undefined;
  return {
    ...(stance !== undefined ? { stance } : {}),
    question,
    expected,
    keyTerms,
    questionTerms,
    required,
    requiredWeight,
    otherTerms,
    earlierSubject,
    ownTerms,
    asWritten,
    asksIfKnown,
    needsEvidence,
    statedCounts: expected === "number" && question !== undefined ? countsIn(question) : [],
    rolesHeld,
    succession: question !== undefined && asksSuccession(question, how.yesNo === true),
    founding: question !== undefined && asksFounding(question),
    ...(whenDoer !== undefined ? { whenDoer } : {}),
    counted,
    countedKind,
    isCounted,
    countsAlike,
    subject,
    speaker,
    speakerNames,
    askedUtterance,
    occasion,
    asksOutcome,
    asksProposal,
    proposer,
    proposerTerms,
    doerWord,
    doer,
    owner,
    ownerTerms,
    ownedThings,
    possessed,
    ...(backedOwner !== undefined ? { backedOwner } : {}),
    years,
    askedYears,
    yearNouns,
    eventTerms,
    asksPast,
    reasonNouns,
    partNouns,
    timeUnits,
    calendarUnits,
    asksMoment: expected === "date" && question !== undefined && MOMENT_ASKED.test(question),
    ...(expected === "date" && question !== undefined && !MOMENT_ASKED.test(question)
      ? dateUnitAsked(how.dateUnitText ?? question)
      : {}),
    endAsked: expected === "date" && END_ASKED.test(how.dateUnitText ?? question ?? ""),
    aboutTerms,
    subjectTerms,
    asksMoney,
    toldApart,
    list: how.list === true,
    itemClass,
    numberedClass,
    listedClass,
    listSubject,
    askedClass,
    askedClassStands,
    qualified,
    askedModifiers,
    unseenAskedModifiers,
    namesOrNumbers,
    typedNames,
    acronyms,
    unseenInPhrases,
    plainCommonWord,
    specifyingTerms,
    given,
    figures,
    ...(cleft ? { cleft } : {}),
    cleftTerms: new Set(
      // (And the verb of an act with one author: "…Brazil's delegation PITCH 'robustness'?" is
      // answered by "the United Kingdom SUGGESTED…", `namesAnotherDoer`.)
      cleft
        ? analyzeText(cleft.place || cleft.acts ? `${cleft.name} ${cleft.verb}` : cleft.name)
        : [],
    ),
    kindAskedInside,
    checksVerb: how.claim === true || how.yesNo === true,
  };
}

/**
 * The question's unseen terms that stand beside another unseen term, in one word or the next
 * ("geostationary orbit slots", "deep packet inspection", "junk-mail"): together they name a thing
 * the corpus does not hold. A lone one ("the draft rulebook", "a pact") is the asker's word for
 * what a source says otherwise (see `termCoverage`).
 */
function unseenTogether(
  question: string,
  keyTerms: readonly KeyTerm[],
  analyzeText: Analyze,
): Set<string> {
  const unseen = new Set(keyTerms.filter((k) => k.unseen === true).map((k) => k.term));
  const words = question
    .split(/[^\p{L}\p{N}'’-]+/u)
    .filter((w) => w !== "")
    .map((w) => analyzeText(w).filter((t) => unseen.has(t)));
  const together = new Set<string>();
  words.forEach((terms, i) => {
    const beside = [...(words[i - 1] ?? []), ...(words[i + 1] ?? [])];
    if (terms.length > 1 || (terms.length > 0 && beside.length > 0)) {
      for (const t of terms) together.add(t);
    }
  });
  return together;
}

/** A word written in capitals only (a plural "s" aside): "US", "EU", "ROAs". */
const ACRONYM = /(?<![\p{L}\p{N}])\p{Lu}{2,}(?:s)?(?![\p{L}\p{N}])/gu;

/** The question's acronyms: each one's index terms, with the acronym folded (plural aside). */
function acronymsOf(question: string, analyzeText: Analyze): Map<string, string> {
  const acronyms = new Map<string, string>();
  for (const [word] of question.matchAll(ACRONYM)) {
    const folded = word.replace(/s$/, "").toLowerCase();
    for (const t of analyzeText(word)) acronyms.set(t, folded);
  }
  return acronyms;
}

/** A word the question capitalises, or one with a digit: a name or a number. */
const NAME_OR_NUMBER = /\p{Lu}[\p{L}\p{M}\p{N}'-]*|[\p{L}-]*\d[\p{L}\p{N}./-]*/gu;

/**
 * "What did X say IN DUBAI?", "…AT the opening?", "…DURING the debate?": the key terms (the
 * corpus's topic included) of a place or occasion after the verb of saying. A place that names
 * neither says what X said elsewhere (a blog post, a later interview), not there. On the tuning
 * half: out-of-scope refused 85 → 86 of 97, no in-scope answer changed.
 */
const SAID_AT = new RegExp(`\\b(?:${SPEECH_VERBS})\\b[^?]*?\\b(?:in|at|during)\\s+([^?,;]+)`, "i");

/**
 * "Who chaired / presided over X?" asks who held the chair: a place naming X and a person in
 * another role ("Touré launched X, advised by a group…") does not say who. Where the corpus
 * records it, it says so: "chaired", "the Chair", "presided", "headed".
 */
// (Also its idioms, paraphrase24: "who had / held / wielded the gavel", as analyze.ts reads them.)
const OFFICE_ASKED =
  /\b(?:chair(?:s|ed|ing)?|presid(?:e|es|ed|ing))\b|\b(?:ha(?:d|s|ve|ving)|held|hold(?:s|ing)?|wield(?:s|ed|ing)?|t(?:ook|akes?|aking)|bang(?:s|ed|ing)?)\s+(?:the\s+)?gavel\b/i;
const OFFICE_HELD = /\b(?:chair\w*|Chair|presid(?:e|es|ed|ing))\b/;

/**
 * "Who chaired / presided over X?", "who was its chair(man)?", "who held the chair?", "who had
 * the gavel?" asks who the holder was, which a sentence naming "the Chair" only as a party ("…
 * civil-society attendees wrote to Touré and the Chair…", "the Chair asked for a show of
 * placards") does not say, though a name stands in it. A place says who held it with the verb
 * ("Al Ghanim chaired the conference", "presided") or the title beside a name ("Chairman Smith",
 * "Kramer, the Chair,"), not another body's ("FCC Chairman Julius Genachowski"). (paraphrase24; "who asked the chair…" asks another party,
 * and `OFFICE_ASKED` alone holds for it.)
 */
const HOLDER_ASKED =
  /^(?:who|whom)\b[^?]*?\b(?:chaired|presided|(?:was|were|is)\s+(?:the\s+|its\s+|their\s+)?(?:chair|chairman|chairwoman|chairperson)\b(?!\s*['’]s)|(?:ha(?:d|s|ve|ving)|held|hold(?:s|ing)?|wield(?:s|ed|ing)?|t(?:ook|akes?|aking)|bang(?:s|ed|ing)?)\s+the\s+(?:chair|gavel)\b)/i;
const HOLDER_HELD =
  /\b(?:chaired|chairing|presided|presiding)\b|(?<!\p{Lu}{2,}\s+)\b[Cc]hair(?:man|woman|person)?,?\s+\p{Lu}\p{Ll}+|\p{Lu}\p{Ll}+,\s+(?:the\s+)?(?:[Cc]hair(?:man|woman|person)?)\b/u;

/**
 * "Who led / headed the Tunisian delegation?", "…the US team…", "…Egypt's side…" asks who held a
 * delegation's lead, which a place naming the delegation and someone else in it ("Tunisia
 * proposed … language referring to Article 19 of the Universal Declaration") does not say. Where
 * the corpus records it, it says so: "to head the US delegation", "The US head of delegation",
 * "headed by", "led by", "chaired". On the tuning half (1,402 questions): out-of-scope refused
 * 294 → 295 of 362 ("Who headed the Czech delegation in Dubai?" had been answered from the Czech
 * account of the vote), no in-scope answer changed.
 */
// (Also its idioms, paraphrase24: "who was at the helm of / in charge of the French delegation",
// "calling the shots for the US team". Not a team's thing, answertype24: "who ran the African
// team's prep" asks who ran the prep, which "Guinena, who coordinated the African common
// proposals" says without a word of leading the team.)
const LEAD_ASKED =
  /\b(?:led|leads?|leading|head(?:s|ed|ing)?|ran|runs?|running|at\s+the\s+helm\s+of|in\s+charge\s+of|call(?:s|ed|ing)?\s+the\s+shots\s+(?:for|in|on))\s+(?:\S+\s+){0,3}?(?:delegations?|teams?|side|contingent)\b(?!['’]s?\b)/i;
const LEAD_HELD =
  /\b(?:led|leads?|leader\w*|head(?:s|ed)?\s+by|head(?:s|ed|ing)?\s+(?:of\s+)?(?:the\s+)?(?:\S+\s+){0,2}?(?:delegations?|teams?)|chair\w*|presid(?:e|es|ed|ing))\b/i;

/**
 * "Which groups drafted…", "Who at the ministry drafted it?": who drew up a text, which a place
 * says by the drafting verb or an author's ("drafted by Access", "wrote", "authored"), not by the
 * text's own name ("the anticipated final draft", "filed Document 27").
 */
// (Not one act of a series done to a text, "Who drafted, amended, approved and signed it?": that
// asks what was done to it, and its authorship is not the question.)
const DRAFTER_ASKED = /\bdrafted\b(?!\s*,)/i;
const DRAFTER_HELD = /\b(?:drafted|drafting|authored|wrote|written\s+by)\b/i;

/** The roles a who question may ask the holder of, and how a place says someone held each. */
const ROLES_ASKED: readonly { asked: RegExp; held: RegExp }[] = [
  { asked: OFFICE_ASKED, held: OFFICE_HELD },
  { asked: HOLDER_ASKED, held: HOLDER_HELD },
  { asked: LEAD_ASKED, held: LEAD_HELD },
  { asked: DRAFTER_ASKED, held: DRAFTER_HELD },
];

/**
 * Whether an ask after the first asks who held a role ("…, and also who chaired it?"): the whole
 * question's demands require the role stated (`rolesAskedIn`), so the first ask covered alone does
 * not stand in for it.
 */
export function laterAskAsksRole(question: string): boolean {
  const asks = rolesAskedIn(undefined, question, undefined);
  return ROLES_ASKED.some((role) => asks.some((ask) => role.asked.test(ask)));
}

/** An ask asking who: "who chaired it", "which person…". */
const WHO_ASK = /^(?:who|whom)\b/i;

/**
 * The wording a role is asked in: a who question's whole text, with a remark after a first ask
 * judged alone ("who ran the Best Bits meeting? host organisation, venue and chair, quick
 * bullets" asks who chaired it); in a question asking something else first, each later ask asking
 * who ("When did the EG-ITRs hold their second meeting and also who chaired it?"), whose role a
 * place must state as it must for the question asked alone.
 */
function rolesAskedIn(
  expected: ExpectedAnswer | undefined,
  question: string,
  remarkText: string | undefined,
): string[] {
  if (expected === "agent") return [remarkText ?? question];
  return splitAsks(question)
    .slice(1)
    .filter(asksOnItsOwn)
    .map((ask) => ask.replace(/^[\s,;:?!.]*(?:(?:and|but|or|also)\s+)*/i, ""))
    .filter((ask) => WHO_ASK.test(ask));
}

/**
 * "What budget did…", "How much did X spend…", "What did membership cost…": a question asking for
 * a sum of money, which only a place stating one answers.
 */
const MONEY_ASKED = [
  /\bhow\s+much\s+money\b/i,
  /\bhow\s+much\b[^?]*\b(?:cost|costs|spend|spent|pay|paid|charged?|earn(?:ed)?|budget(?:ed)?)\b/i,
  /\b(?:what|which)\s+(?:(?:was|were|is|are)\s+)?(?:(?:the|its|their|a|an)\s+)?(?:[\p{L}-]+\s+){0,2}?(?:budget|cost|price|fee|salary|funding)s?(?=\s+(?:did|does|do|was|were|is|are|has|have|had|of|for)\b|\s*[?.,;]|\s*$)/iu,
  /\bwhat\s+(?:did|does|do|would|will)\s+[^?]*\bcost\b/i,
];

/** A capitalised name's possessive and the word it owns: "EFF's petition", "RSF's count". */
const NAMED_POSSESSOR = /(?<![\p{L}-])(\p{Lu}[\p{L}\p{M}.&-]*)['’]s?\s+([\p{L}-]+)/gu;

/**
 * The class a list's items belong to, as the list request names it first: "Enumerate THE
 * FREEDOMS…", "Itemise EVERY SAFEGUARD…". Sources name the items ("curb anonymity, free expression
 * and privacy"), seldom their class: in a window setting out a series, the class is not counted
 * among the terms it lacks (its weight still is, so such an answer is seldom "full"). Tuning half
 * (739 q): recall 0.864 -> 0.866, wrong refusals 26 -> 25 of 589, out-of-scope refused 128 of 150
 * and answered "full" 1 unchanged; the class is found in 14 in-scope list questions and 1 near
 * miss of the tuning half. Without the series the figures were the same.
 */
const LIST_ITEM_CLASS =
  /^(?:the|every|each|all(?: of)?(?: the)?)\s+(?:(?:main|key|other|different|various|specific|individual)\s+)?([a-z][a-z-]*[a-z])(?=[\s,?.]|$)/;
/** Items in a series: "anonymity, free expression and privacy". */
export const SERIES_OF_ITEMS = 3;
function listItemClass(
  question: string,
  required: readonly KeyTerm[],
  analyzeText: Analyze,
): KeyTerm | undefined {
  // "the freedoms", "every safeguard": a plural after "the" (not "the spam article").
  return classNamedFirst(
    question,
    required,
    analyzeText,
    LIST_ITEM_CLASS,
    (m) => /^(?:every|each)\b/.test(m[0]) || /[^sui]s$/.test(m[1] as string),
  );
}

/**
 * Whether texts write a plural noun or its singular as a word ("reservations", "reservation"; not
 * "reserved"): the sources then name that class in the asker's word.
 */
function writtenIn(texts: readonly string[], plural: string): boolean {
  const singular = plural.replace(/s$/i, "");
  const word = new RegExp(`(?<![\\p{L}-])(?:${plural}|${singular})(?![\\p{L}-])`, "iu");
  return texts.some((text) => word.test(text));
}

/**
 * Nouns, as index terms, that name no class of their own: "what things…", "which ones…", "the
 * main points".
 */
const VAGUE_CLASSES =
  /^(?:thing|ones?|on|stuff|aspect|detail|fact|bit|other|point|takeaw(?:ay|ai)|highlight|line)s?$/i;

/**
 * "What RESERVATIONS did signatories attach…?", "Which Internet PROVISIONS…": the plural noun a
 * "what/which" question asks for (not a count, "how many"; not a capitalised name), as a key
 * term: the question asks for its items.
 */
function pluralAsked(
  question: string,
  keyTerms: readonly KeyTerm[],
  analyzeText: Analyze,
): KeyTerm | undefined {
  const thing = askedThing(question);
  if (!thing || thing.counted || !/^\p{Ll}[\p{L}-]*[^sui]s$/u.test(thing.word)) {
    return undefined;
  }
  const terms = new Set(analyzeText(thing.word));
  return keyTerms.find((k) => k.asked === true && terms.has(k.term));
}

/**
 * The required term of the class a list request names first (`pattern`'s group 1, in the
 * question's content), where `accept` takes the match.
 */
function classNamedFirst(
  question: string,
  required: readonly KeyTerm[],
  analyzeText: Analyze,
  pattern: RegExp,
  accept: (m: RegExpExecArray) => boolean = () => true,
): KeyTerm | undefined {
  const m = pattern.exec(questionContent(question).content);
  if (!m || !accept(m)) return undefined;
  const terms = new Set(analyzeText(m[1] as string));
  return required.find((k) => terms.has(k.term));
}

/**
 * The plural a list request names first, past up to three modifiers: "the ITU-T
 * RECOMMENDATIONS…", "the 74 DOCUMENTS…", "the energy-efficiency OBLIGATIONS…".
 */
const LISTED_PLURAL =
  /^(?:the|every|each|all(?: of)?(?: the)?)\s+(?:[\p{L}\p{N}-]+\s+){0,3}?([\p{L}-]*\p{L}(?<![sui])s)(?=[\s,?.]|$)/iu;

/**
 * "Enumerate the ITU-T Recommendations …, with their numbers", "List the documents by number": a
 * list asking for its items' numbers (see `itemsNumbered`, window-answer-type.ts).
 */
const NUMBERS_ASKED =
  /\b(?:with|by|and|plus|giving)\s+(?:their|its|the)?\s*(?:(?!an?\s)[\p{L}-]+\s+)?numbers?\b/iu;

/** Nouns that ask for a reason: a sentence giving grounds states one, whatever its words. */
const REASON_NOUNS = [
  "justification",
  "rationale",
  "grounds",
  "basis",
  "argument",
  "explanation",
  "motive",
];

/** Units a duration is asked in ("how many DAYS did it last"): any period the text gives meets them. */
const TIME_UNITS = ["hours", "days", "weeks", "months", "years", "duration"];

/**
 * A point in time asked for by its noun ("on which day", "what date", "what was the exact date"):
 * the answer is a date, though the question opens with "which". Read as a plain question, a place
 * on the event without any date answered it. On the tuning half (818 questions): out-of-scope refused 154 -> 155 of 185, wrong
 * refusals 36 of 633 and nugget recall 0.853 unchanged. (Any asked "day" read so refused an
 * in-scope question on CDT's "day-two post".)
 */
const DATE_ASKED =
  /\b(?:which|what)(?:\s+(?:is|was|were)\s+the|['’]s\s+the)?\s+(?:exact\s+|precise\s+)?(?:day|date)\b/i;

/**
 * The clause of a two-part question that asks for the date or count ("how many regional blocs…"
 * of "how many regional blocs…, and which one is the Russia-centred one?"): the names of the
 * other part are not what the date or count is of. The whole question when it has one part.
 */
function typedClause(question: string): string {
  const typed = splitAsks(question).find((ask) => TYPED_ASK.test(ask));
  // "Where did Kramer make his pitch, and when?", "…, and how many signed it?": an ask naming
  // nothing of its own (past its opening word, "When" or "and how") asks of what the question
  // names before it.
  const own = typed?.replace(/^[^\p{L}]*(?:(?:and|but|or|also)\s+)?\p{L}+/iu, "");
  return own?.match(NAME_OR_NUMBER) ? (typed as string) : question;
}
const TYPED_ASK =
  /\b(?:how\s+(?:many|much|long)|when|(?:which|what)\s+(?:exact\s+|precise\s+)?(?:day|date|year|month))\b/i;

/**
 * Units a date is asked in ("On which DAY…", "What MONTH…", "By what DATE…"): any date the text
 * gives meets them, as a source says "on 5 December", never "on the day".
 */
const CALENDAR_UNITS = ["day", "date", "week", "month", "year", "point", "stage", "phase"];

/**
 * A when question asking for a moment within an event: "at what point (in the talks)…", "at what
 * stage…", "which day of the conference…", "what stage of the prep…", "how far into…". Analysts
 * ask so when they place one event inside another, and the sources answer as they report it: "the
 * Chair proposed it in the middle of the debate on the security article", "CDT's report on the
 * second day…". Read as a bare when, such a place was refused for giving no calendar date.
 */
const MOMENT_ASKED =
  /\b(?:(?:at|by|in) what (?:point|stage|phase|juncture)|(?:which|what) (?:day|days|stage|phase|point|session|week) (?:of|in|into)|how (?:far|late|early) (?:in|into))\b/i;

/**
 * The unit of the calendar a when question names for its date: "what's the exact date…", "which
 * day…", "on what date…", "need the final day", "the closing date" ask for a day; "what month…",
 * "in which month…" for a month. A source dating the event more coarsely ("in October–November
 * 2014", "In 2016", "in November 2012") does not give it: the asker knows that much and wants the
 * rest. (Not a moment within an event, "which day of the conference", which `MOMENT_ASKED` reads.)
 */
const DAY_ASKED =
  /\b(?:(?:which|what)\s+(?:exact\s+|precise\s+|specific\s+|actual\s+)?(?:day|date)|(?:exact|precise|specific|actual|final|last|closing|opening|end|start(?:ing)?)\s+(?:day|date))\b/i;
const MONTH_ASKED = /\b(?:which|what)\s+(?:exact\s+)?month\b/i;
function dateUnitAsked(question: string): { dateUnit?: "day" | "month" } {
  if (DAY_ASKED.test(question)) return { dateUnit: "day" };
  if (MONTH_ASKED.test(question)) return { dateUnit: "month" };
  return {};
}

/**
 * A when question asking when something ended: its verb of ending ("did it close", "was it
 * wound up", "did they take the site down", "go offline"; not "end up", an idiom of outcome), or
 * an end asked by its noun ("the closing date", "start and end dates", "the final day").
 */
const END_ASKED =
  /\b(?:(?:did|does|do|was|were|has|have|had|will)\b[^?]*?\b(?:end(?:ed)?(?!\s+up\b)|close|closed|finish|finished|wrap(?:ped)?\s+up|wind\s+up|wound\s+up|shut(?:\s+\S+)?\s+down|take(?:\s+\S+){0,2}\s+down|taken(?:\s+\S+){0,2}\s+down|go\s+(?:offline|dark)|dissolve|dissolved|disband|disbanded|expire|expired|stop|stopped|cease|ceased)|(?:closing|end)\s+dates?|(?:final|last|closing)\s+day)\b/i;

/**
 * "Which delegations seconded the UK's suggestion…", "who co-sponsored Russia's Document 27",
 * "which countries backed India's spam article": a who/which question asking for those who backed
 * a named party's proposal; group 1 is the owner as written.
 */
const BACKERS_ASKED =
  /^\s*(?:which|who|what)\b[^?]*?\b(?:second(?:ed|s)?|back(?:ed|s)?|support(?:ed|s)?|(?:co-?)?sponsor(?:ed|s)?|endors(?:e|ed|es)|join(?:ed|s)?|sided\s+with|signed\s+on\s+to)\s+(?:the\s+)?(\p{Lu}[\p{L}\p{M}.&-]*)['’]s?\s/iu;

/** A party a question sets apart from those it asks for: "apart from CEPT", "besides India". */
const SET_APART =
  /\b(?:apart\s+from|aside\s+from|besides|other\s+than|except(?:\s+for)?)\s+([^?,;:]+)/i;

/** Nouns for the parts of a whole, as a question asks for them ("the main elements of…"). */
const PART_NOUNS = ["element", "aspect", "feature", "component", "ingredient"];

/**
 * The required terms of what a "what did X say/decide about Y" question asks about (Y): a window
 * holding X but not Y does not say what X did about it, however many of X's words it holds.
 */
const ABOUT = /^\s*(?:what|which)\b[^?]*?\b(?:about|regarding|concerning)\s+([^?]+)/i;

/**
 * "…from Antalya to Guadalajara", "…from the TD-64 leak through to the signing": the two ends of a
 * span the question asks across, each as the required terms of its words. A list of what happened
 * between them is drawn from several places, and each place tells of one end, seldom both. On the
 * tuning half (604 questions): nugget recall 0.834 → 0.836, wrong refusals 36 → 35 of 485,
 * out-of-scope refused 98 of 119 and answered "full" 0 unchanged.
 */
const SPAN =
  /\bfrom\s+([^,;:?!]+?)\s+(?:(?:right\s+)?through(?:\s+to)?|to|until|till|up\s+to)\s+([^,;:?!]+)/i;

/**
 * "…change between the 2016 setup and the 2023 reboot?": two ends of a span of time, each dated
 * by a year or a month, told apart as a span's ends are. (Not any "between": "the split between
 * Europe and the Arab states" is one relation that a place must state whole.) On the tuning half
 * (724 questions): nugget recall 0.876 → 0.877, wrong refusals 18 → 17 of 577, out-of-scope
 * refused 128 of 147 and answered "full" 0 unchanged.
 */
const DATED = String.raw`[^,;:?!]*?\b(?:1[89]\d\d|20\d\d|${MONTHS})\b[^,;:?!]*?`;
const TIME_SPAN = new RegExp(
  String.raw`\bbetween\s+(${DATED})\s+and\s+(${DATED})(?=[,;:?!]|$)`,
  "i",
);

/**
 * "How long before the signing ceremony did the Americans say they were out?": the time between
 * two events, which sources date apart (the US refusal in its note, the signing in another).
 * Each event is one part: a place dating the one asked about need not name the other.
 */
const BETWEEN_EVENTS =
  /\bhow (?:long|soon|many (?:days|weeks|months|years)|much (?:earlier|later)) (?:before|after|ahead of|prior to|following)\s+([^,;:?!]+?)\s+(?:did|do|does|was|were|is|are|had|has|have|would|will)\s+([^,;:?!]+)/i;

/**
 * "What were Russia, China and the Arab states EACH pushing for?": a series asked of each member,
 * which sources tell member by member. On the tuning half (604 questions): nugget recall 0.841 →
 * 0.842, wrong refusals 31 → 30 of 485, out-of-scope refused 98 of 119 and answered "full" 0
 * unchanged.
 */
const SERIES_OF_EACH =
  /((?:[^,;:?!]+,\s+)*[^,;:?!]+?\s+(?:and|or)\s+[^,;:?!]+?)\s+each\b(?!\s+other)/i;

/**
 * The parts of a question that sources tell apart (a span's two ends, the members of a series
 * asked of each), each part as the required terms of its words; each part must name something
 * of its own ("from start to finish" spans nothing named).
 */
function partsToldApart(
  question: string,
  required: readonly KeyTerm[],
  analyzeText: Analyze,
): KeyTerm[][][] {
  const span = SPAN.exec(question) ?? TIME_SPAN.exec(question) ?? BETWEEN_EVENTS.exec(question);
  const series = SERIES_OF_EACH.exec(question);
  // "When were delegates briefed in Geneva, and what date is on the secretariat's compilation?":
  // two asks, each answered where its own terms meet, seldom in one place. (Each must ask on its
  // own: not "Main criticisms of X, and who made them?", nor a remark after the question mark.)
  const first = firstAsk(question);
  const rest = question.slice(first.length);
  const twoAsks = first !== question && asksOnItsOwn(first) && asksOnItsOwn(rest);
  const groups = [
    span ? [span[1] as string, span[2] as string] : [],
    series ? (series[1] as string).split(/,\s+(?:and\s+|or\s+)?|\s+(?:and|or)\s+/) : [],
    twoAsks ? [first, rest] : [],
  ];
  return groups.flatMap((texts) => {
    const parts = texts.map((text) => {
      const terms = new Set(analyzeText(text));
      return required.filter((k) => containsTerm(terms, k));
    });
    return parts.length >= 2 && parts.every((part) => part.length > 0) ? [parts] : [];
  });
}

/** The key terms `keep` accepts among the words of the phrase `pattern` captures in the question. */
function keyTermsOfPhrase(
  question: string,
  pattern: RegExp,
  keyTerms: readonly KeyTerm[],
  analyzeText: Analyze,
  keep: (key: KeyTerm) => boolean,
): KeyTerm[] {
  const phrase = pattern.exec(question)?.[1];
  if (phrase === undefined) return [];
  const terms = new Set(analyzeText(phrase));
  return keyTerms.filter((k) => keep(k) && containsTerm(terms, k));
}

/**
 * Whether the question writes `year` only as the first word of a name: before a capitalised word
 * or the corpus's topic ("the 2012 ITRs", "the 2022 Bucharest Plenipotentiary").
 */
function labelsName(
  question: string,
  year: string,
  keyTerms: readonly KeyTerm[],
  analyzeText: Analyze,
): boolean {
  const topic = keyTerms.filter(isTopicTerm);
  const after = [...question.matchAll(new RegExp(`\\b${year}\\s+([\\p{L}\\p{N}-]+)`, "gu"))];
  return (
    after.length > 0 &&
    after.every((m) => {
      const next = m[1] as string;
      const terms = new Set(analyzeText(next));
      return /^\p{Lu}/u.test(next) || topic.some((k) => containsTerm(terms, k));
    })
  );
}

/** The words a year qualifies, after a determiner or possessive: "the 2016 review group". */
function yearQualifies(year: string): RegExp {
  return new RegExp(
    `(?:\\b(?:the|its|their|a|an|this|that)|['’]s?)\\s+${year}\\s+((?:\\p{L}[\\p{L}-]*\\s*){1,2})`,
    "iu",
  );
}

/**
 * "What REASON did New Zealand give…", "Which RESERVATIONS did Poland attach…": the name whose
 * asked thing (a noun of the question, not a kind of name) the question wants, if it names one.
 */
const ASKED_THING_OWNER =
  /^\s*(?:[Ww]hat|[Ww]hich)\s+(?:\p{Ll}[\p{L}-]*\s+){1,3}(?:did|does|do|has|have|had)\s+((?:\p{Lu}[\p{L}\p{M}-]*)(?:\s+\p{Lu}[\p{L}\p{M}-]*)*)/u;

/**
 * "What REASONS did the Canadian delegation give…": a reason asked of a name after "the", as the
 * doer of a why question is read ("Why did the Saudis…"). (Not any asked thing: "What word did
 * the UK suggest…" is answered by "the United Kingdom suggested…", a name the owner check reads
 * only as written.)
 */
const ASKED_REASON_OWNER =
  /^\s*(?:[Ww]hat|[Ww]hich)\s+(?:\p{Ll}[\p{L}-]*\s+){0,2}?(?:reasons?|grounds|justifications?|explanations?|rationale)\s+(?:did|does|do|has|have|had)\s+the\s+((?:\p{Lu}[\p{L}\p{M}-]*)(?:\s+\p{Lu}[\p{L}\p{M}-]*)*)/u;

/**
 * "What MONTH did Touré own up…", "Which year did the Council…": a noun of time after the question
 * word asks when, not for a thing the name that follows owns.
 */
const TIME_ASKED = /^\s*(?:what|which)\s+(?:exact\s+)?(?:month|year|day|date|week|time)\b/i;

function askedThingOwner(question: string, keyTerms: readonly KeyTerm[]): string | undefined {
  if (!keyTerms.some((k) => k.asked && k.kind === undefined)) return undefined;
  if (TIME_ASKED.test(question)) return undefined;
  return ASKED_THING_OWNER.exec(question)?.[1] ?? ASKED_REASON_OWNER.exec(question)?.[1];
}

/** Whether index terms state one of the question's own key terms (not a kind it asks for). */
function givenBy(keyTerms: readonly KeyTerm[]): (terms: readonly string[]) => boolean {
  const own = keyTerms.filter((k) => k.kind === undefined);
  return (terms) => {
    const held = new Set(terms);
    return held.size > 0 && own.some((k) => containsTerm(held, k));
  };
}
