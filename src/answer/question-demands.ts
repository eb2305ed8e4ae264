// What a question demands of the place that covers it (`QuestionDemands`), field by field: each
// field is one rule's reading of the question, filled once by `readQuestionDemands`
// (coverage-demands.ts) and read by the window checks (`coverage-window.ts`, `window-*.ts`).

import type { AuthorshipAsked } from "./authorship.ts";
import type { ClaimedFigure } from "./coverage-claims.ts";
import type { QualifiedNoun } from "./coverage-modifiers.ts";
import type { StanceDemand } from "./demand-owners.ts";
import type { DocumentAsk } from "./document-content.ts";
import type { EventOutcomeAsk } from "./event-outcome.ts";
import type { ExpectedAnswer } from "./evidence.ts";
import type { NameKind } from "./name-kinds.ts";
import type { OrganisationAsk } from "./organisation-doers.ts";
import type { CleftGuess } from "./premise-guess.ts";
import type { ReactionDemand } from "./reaction-asked.ts";
import type { SpeakerTopicDemand } from "./speaker-topic.ts";
import type { KeyTerm } from "./terms.ts";
import type { DoerAsk } from "./window-doers.ts";

/**
 * What the question asks, as `readQuestionDemands` reads it. Each field is one rule's reading of
 * the question; a field that does not apply is empty, `undefined` or `false`, and the window
 * check that reads it then holds.
 */
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
  /** "Bullet the SECTION headings…": the common noun before a list's plural (`listedClassNouns`). */
  listedNouns: readonly KeyTerm[];
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
  /**
   * "Which organisations drafted the Best Bits statement?": a text's drafters or proposer asked
   * (`asksAuthorship`); a place must tell that authorship (`tellsAuthorship`).
   */
  authorship?: AuthorshipAsked;
  /** "When did the Senate vote…?": the named doer of a when question, which a window must name. */
  whenDoer?: KeyTerm;
  /** "How many pages…": the thing a count must be of, and whether a word names it. */
  counted?: KeyTerm;
  /** "How many GOVERNMENTS…": the kind of name the counted thing is, whose list counts them. */
  countedKind?: NameKind;
  /**
   * With `countedKind`: the index terms of the ask that counts (`countingAsk`,
   * counted-series-act.ts), whose verbs alone decide whether a series of such names tells the act
   * counted (`seriesTellsAskedAct`). Read once a question, not at each series met.
   */
  countingAskTerms?: ReadonlySet<string>;
  /**
   * A who question's doer ask (`doerAskOf`, window-doers.ts), read once a question, not at each
   * window: whether it asks an office's holder; undefined where the doer rule leaves it alone.
   */
  doerAsk?: DoerAsk;
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
  /**
   * "Whose proposal was the resolution on periodic review?", "who floated…": who originated a
   * thing is asked (an originating act, `proposerActAsked` and `originatingAct`), which only a
   * sentence telling someone putting it forward states (`tellsProposal`; for the label only).
   */
  originatorAsked: boolean;
  /** "What does resolution 5 ask…?": the document whose content a window must state. */
  documentAsk?: DocumentAsk;
  /** "What did the 2006 plenipot decide…?": the event whose outcome a window must tell. */
  eventOutcome?: EventOutcomeAsk;
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
  /** Index terms of the nouns that ask for figures ("what STATISTICS did Touré cite…"). */
  figureNouns: ReadonlySet<string>;
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
  /**
   * Whether a when question asks when something began ("when did X start drafting…", "when did
   * Y launch its campaign", "kick off"): a date of another act of the same doer does not say,
   * only a date told with a start or a span (`START_ASKED`, `tellsStart`).
   */
  startAsked?: boolean;
  /**
   * Whether a when question asks a deadline ("by what date did comments have to be in?", "what
   * was the cutoff?"): a date of the act itself does not say (`DEADLINE_ASKED`).
   */
  deadlineAsked?: boolean;
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
  /** "List the 89 countries…": how many items a list asks for, where it counts them (`LISTED_COUNT`). */
  listedCount?: number;
  /** Whether it asks whether, or how, something was voted (`asksVote`). */
  voteAsked: boolean;
  /** "How many of the 89 countries…": the count of the whole a count question asks a part of. */
  wholeCount?: number;
  /**
   * "…the second time, and the FIRST?": the ordinal a later ask is made of, with its figure
   * (`elidedOrdinalAsked`, ordinal-asks.ts); a window must name it.
   */
  elidedOrdinal?: readonly string[];
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
   * effects"): the corpus names none of the things asked (`absentTermsOf`, absent-terms.ts).
   */
  unseenAskedModifiers: readonly KeyTerm[];
  /** Names and numbers of the question, as index terms: a list lacking one is about another topic. */
  namesOrNumbers: ReadonlySet<string>;
  /**
   * Whether a window may leave the notes' word for their whole subject unsaid (`isBackdropTerm`):
   * not for the first ask of two judged alone (`byAsk`), whose answer stands for the whole
   * question ("…the coalition's anti-treaty petition, and how many came from Europe?").
   */
  backdropUnsaid: boolean;
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
  /** "Which ngos…", "which industry group…": an organisation's name is asked (`organisationAsked`). */
  organisationAsked?: OrganisationAsk;
  /** Whose stance is asked and on what (`StanceDemand`). */
  stance?: StanceDemand;
  /** A named party's word asked on a topic: each side's terms (`speakerTopicDemand`). */
  speakerTopic?: SpeakerTopicDemand;
  /** A named party's reaction asked: its terms and the event's (`reactionDemand`). */
  reaction?: ReactionDemand;
  /** "What was X's reasoning on Y?": Y's words, one of which the window must meet (`reasonTopicTerms`). */
  reasonTopic: readonly KeyTerm[];
}

/** How `readQuestionDemands` reads a question: `RelevanceOptions`, less the thresholds. */
export interface QuestionReading {
  expected?: ExpectedAnswer;
  /** The first ask of a question asking two things, judged alone (`byAsk`): see `backdropUnsaid`. */
  firstAsk?: boolean;
  question?: string;
  dateUnitText?: string;
  asksIfKnown?: boolean;
  list?: boolean;
  claim?: boolean;
  yesNo?: boolean;
}
