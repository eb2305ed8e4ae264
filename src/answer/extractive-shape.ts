// What an extractive answer is asked for and what it gives: the shape the question asks of the
// answer (the kind of answer expected, a comparison's sides, a list…) and the answer composed.
// Shared by `extractive.ts` and its parts.

import type { Citation } from "../types.ts";
import type { ExpectedAnswer } from "./evidence.ts";
import type { NameKind } from "./name-kinds.ts";
import type { CleftGuess } from "./premise-guess.ts";
import type { KeyTerm } from "./terms.ts";

/** What the question asks for, as far as the shape of the answer goes. */
export interface AnswerShape {
  expected: ExpectedAnswer;
  /** For a comparison: the key terms naming each side ("the United States", "Russia"). */
  sides: KeyTerm[][];
  /** A list, bullets or talking points were asked for; `count` when the question says how many. */
  list?: {
    count?: number;
    /**
     * The kind a list counts over the whole record ("every leak our notes mention"): a point
     * may come from a passage ranked low for the question's other words where it names the kind.
     */
    kind?: KeyTerm[][];
    /** The kind of name such a kind asks for ("every european govt": a country), if any. */
    nameKind?: NameKind;
  };
  /**
   * Index terms of the words the question capitalises on their own ("Access" in "Access's
   * verdict"): names, met only where a sentence capitalises them too, not in "a right of access".
   */
  names?: readonly string[];
  /**
   * Index terms of every name the question capitalises, a name of several words included ("Arab
   * States"): what a section about the thing asked is headed with.
   */
  headedNames?: readonly string[];
  /**
   * The question asks whether something is known ("do we know how many…"), or what could not be
   * confirmed: a sentence saying what the corpus could not confirm answers it, where otherwise it
   * is only a caveat.
   */
  asksIfKnown?: boolean;
  /**
   * The question asks what a work or its author says as a whole ("What does the CDT paper say?"):
   * a section headed with what it says ("Arguments and recommendations", "Framing") answers it,
   * not the sections identifying it (its date, its link, its authors).
   */
  saysAsked?: boolean;
  /**
   * A how question asks a past act or process (`asksSteps`, method-steps.ts): the answer's story
   * reads on to its next act (`opensNextStep`).
   */
  steps?: boolean;
  /** The question asks to be told in few words ("in a nutshell"): the answer does not read on. */
  brief?: boolean;
  /**
   * No one place in the passages states the whole question (the coverage judge's best window
   * lacks some of it): which passage answers is not settled, so the answer also quotes the other
   * leading passages' best sentences (`hedgeAcrossSources`).
   */
  inconclusive?: boolean;
  /**
   * The figures a yes/no question or a claim to check states ("Did 100 countries sign…?", "from
   * 1 January 2014"): a sentence giving its own figure of that kind for the rest of what is asked
   * settles the question by correcting it (`decidingSentences`).
   */
  claimedFigures?: readonly { terms: ReadonlySet<string>; date: boolean }[];
  /**
   * Index terms of the name a yes/no question asks about, right after its auxiliary ("Did
   * MOSCOW ever sign up to…?", "Did the NTIA support…?"): a sentence naming it settles the
   * question before one setting the scene (`decidingSentences`).
   */
  subject?: readonly string[];
  /**
   * Index terms of the name a why question asks the reasons of, as the doer of its verb ("Why did
   * TUNISIA back…", "What made DOURADO…"): the reasons asked are that one's.
   */
  doer?: readonly string[];
  /**
   * Index terms of the ask asking how many, in a question asking more than one thing ("How many
   * times did the first expert group meet, and which resolution started the review?"): what the
   * count leading the answer is of (`countLead`).
   */
  countAsk?: readonly string[];
  /** The count is asked after another ask: it does not lead the answer (`countLead`). */
  countAfter?: boolean;
  /**
   * Index terms of the words by which a yes/no question asks about legal force ("binding",
   * "legally", "enforce"): its answer opens with the sentence stating that force in the source's
   * words (`yes-no-legal-force.ts`).
   */
  forceTerms?: readonly string[];
  /**
   * A yes/no question asks it of a whole class ("Were ALL the civil society groups against…?",
   * "Did EVERY member…"): a sentence saying the class was not of one mind denies it
   * (`deniesUniversal`).
   */
  universal?: boolean;
  /**
   * A yes/no question claims one party alone did something ("Was Russia the only…?", "Did the
   * US stand alone…?"): the party's index terms (empty when it names none). A sentence saying
   * others did so too denies it (`deniesSole`).
   */
  sole?: readonly string[];
  /**
   * The party or place a question takes for granted as the doer of an act with one author, or
   * where it took place ("Did Iran ask…?", "Why did China file…?", "…held in Riyadh?":
   * `cleftGuess`, `premiseGuess`). A sentence saying another did that very act corrects it, and
   * opens the answer (`correctionLead`).
   */
  guess?: CleftGuess;
  /**
   * A yes/no question's guess at who held an office one person holds ("Did Hamadoun Touré chair
   * the Dubai conference?": `officeGuess`). Read only to order the answer (`holderLead`).
   */
  officeGuess?: CleftGuess;
  /**
   * A yes/no question claims something of a whole class it counts ("Did all 193 ITU members…?",
   * "Could every one of the ITU's 193 members…?"): the count and the words of the class's
   * noun. A sentence giving a smaller count of that class denies it (`deniesCount`).
   */
  counted?: CountedClass;
  /**
   * A yes/no question asks what a text does ("Does the new treaty let governments…?", "did the
   * 2012 ITRs get a spam article?"): a sentence saying what a text says or does not say decides
   * it, ahead of a party's view of what it should do (`statesText`, `partyView`).
   */
  textClaim?: boolean;
  /**
   * The passage whose window the coverage decision found covering the question
   * (`Relevance.windowPassageId`): it leads an answer wanting a date, a count or a name when the
   * best-valued passage carries none (`leadWithTypedWindow`).
   */
  windowPassageId?: string;
  /**
   * That window's sentences as written, without note markers (`Relevance.window`): an answer
   * quoting one of them gives the other (`readOnInWindow`, extractive-joined.ts).
   */
  windowText?: string;
  /**
   * The passage of a window giving the asked date, count or name that meets a required term the
   * best window lacks (`Relevance.typedWindowPassageId`): it leads a typed answer whatever the
   * best-valued passage carries (`leadWithTypedWindow`).
   */
  typedWindowPassageId?: string;
  /**
   * The question asks for a person in a loose word for one ("which civil-society FIGURE…",
   * loose-person-words.ts): the coverage decision's window passage, which names the person, leads
   * (`leadWithTypedWindow`), whatever the tagger reads as a name there.
   */
  loosePerson?: boolean;
}

/** A whole class a yes/no question counts: "all 193 ITU members" (`countedClassAsked`). */
export interface CountedClass {
  count: number;
  /** The class's noun as written (singular and plural), and the nouns counting the same members. */
  noun: readonly string[];
}

export const DESCRIBE: AnswerShape = { expected: "description", sides: [] };

export interface ExtractiveAnswer {
  /** Sentences, each followed by its citation marker `[n]`; bullets ("- …") for a list. */
  text: string;
  citations: Citation[];
  /** Weighted share (0..1) of the question's key terms the answer holds, read under its headings. */
  termCoverage: number;
  /** The answer holds what the question expects: a number, a date, a reason, every side… */
  answersType: boolean;
  sentences: { text: string; passageId: string; n: number }[];
  words: number;
}
