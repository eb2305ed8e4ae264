// Whose act or thing a question asks about: the proposer whose proposal it must be, the doer of a
// why question, the named doer of a when question, the owner of the asked thing, each possessed
// thing with its possessor ("EFF's petition"), and whose proposal a who/which question asks the
// backers of. Read by `readQuestionDemands` (coverage-demands.ts); the window checks read the
// fields of the same names.
import { proposerAsked } from "./asked-acts.ts";
import { WHEN_DOER } from "./demand-dates.ts";
import { askedThingOwner, BACKERS_ASKED, NAMED_POSSESSOR } from "./demand-owners.ts";
import { doerName } from "./doer-names.ts";
import type { ExpectedAnswer } from "./evidence.ts";
import type { QuestionReading } from "./question-demands.ts";
import { type Analyze, containsTerm, type KeyTerm } from "./terms.ts";

/** The doer and owner demands of a question (the `QuestionDemands` fields of the same names). */
export function doerDemands(
  how: QuestionReading,
  expected: ExpectedAnswer,
  keyTerms: readonly KeyTerm[],
  required: readonly KeyTerm[],
  analyzeText: Analyze,
) {
  const { question } = how;
  // "What did LIRNEasia propose…?": the proposal must be that one's own, not another's proposal in
  // the sentence before a remark of theirs.
  const proposer = question !== undefined ? proposerAsked(question) : undefined;
  const proposerTerms = proposer ? analyzeText(proposer) : [];
  const { doerWord, doer } = whyDoerOf(question, expected, required, analyzeText);
  const whenDoer = whenDoerOf(question, expected, required, analyzeText);
  // "What reason did New Zealand give…?": the asked thing must be that one's own.
  const owner = question !== undefined ? askedThingOwner(question, keyTerms) : undefined;
  const ownerTerms = owner ? analyzeText(owner) : [];
  const ownedThings = owner
    ? required.filter((k) => k.asked && !k.kind && !k.everyday && !k.generic)
    : [];
  const possessed = possessedThings(question, required, analyzeText);
  const backedOwner = backedOwnerOf(how, required, analyzeText);
  return {
    proposer,
    proposerTerms,
    doerWord,
    doer,
    ...(whenDoer !== undefined ? { whenDoer } : {}),
    owner,
    ownerTerms,
    ownedThings,
    possessed,
    ...(backedOwner !== undefined ? { backedOwner } : {}),
  };
}

/**
 * The doer a question asks the reason or act of (its name, and the required term it is), where
 * the question is not a comparison.
 */
function whyDoerOf(
  question: string | undefined,
  expected: ExpectedAnswer,
  required: readonly KeyTerm[],
  analyzeText: Analyze,
): { doerWord: string | undefined; doer: KeyTerm | undefined } {
  // "Why did Tunisia back Iran's amendment?": a place about Iran's amendment that does not say
  // what Tunisia did does not answer it. (Not a comparison: each side has its own passages.)
  const doerWord =
    question !== undefined && expected !== "both-sides" ? doerName(question) : undefined;
  const doerTerms = doerWord ? new Set(analyzeText(doerWord)) : undefined;
  const doer = doerTerms ? required.find((k) => doerTerms.has(k.term)) : undefined;
  return { doerWord, doer };
}

/** The required term naming the doer of the act a when question dates, if it names one. */
function whenDoerOf(
  question: string | undefined,
  expected: ExpectedAnswer,
  required: readonly KeyTerm[],
  analyzeText: Analyze,
): KeyTerm | undefined {
  // "When did the Senate vote on H. Con. Res. 127?": the name after "did" is the act's doer, and a
  // window that never names it (met another way counts: "Euro" by "European") dates another
  // party's act ("H. Con. Res. 127, introduced on 30 May 2012…"). Its last word, a required term.
  // On the tuning half: out-144, out-322 and out-590 refused, no in-scope answer changed.
  const whenDoerWord =
    expected === "date" && question !== undefined ? WHEN_DOER.exec(question)?.[1] : undefined;
  // (A possessor is the act's owner: "what day did IRAN'S access vote happen" dates Iran's vote,
  // and read with its "'s", the name's last index term was "s", matching no term.)
  const whenDoerTerms = whenDoerWord ? analyzeText(whenDoerWord.replace(/['’]s?$/u, "")) : [];
  return required.find((k) => k.term === whenDoerTerms.at(-1) && !k.fromContext);
}

/** Each thing the question names with its possessor, both required terms and not the same. */
function possessedThings(
  question: string | undefined,
  required: readonly KeyTerm[],
  analyzeText: Analyze,
): { owner: KeyTerm; thing: KeyTerm; word: string }[] {
  // "How many signatures did EFF's PETITION gather?": the possessed thing must be the possessor's.
  return question !== undefined
    ? [...question.matchAll(NAMED_POSSESSOR)].flatMap((m) => {
        const possessorTerms = new Set(analyzeText(m[1] as string));
        const owner = required.find((k) => containsTerm(possessorTerms, k));
        const thing = required.find((k) => containsTerm(new Set(analyzeText(m[2] as string)), k));
        return owner && thing && owner !== thing ? [{ owner, thing, word: m[2] as string }] : [];
      })
    : [];
}

/** The required term naming whose proposal a who/which question asks the backers of. */
function backedOwnerOf(
  how: QuestionReading,
  required: readonly KeyTerm[],
  analyzeText: Analyze,
): KeyTerm | undefined {
  const { question } = how;
  // "Which delegations seconded the UK's suggestion…?": whose proposal the backers backed.
  const backedWords = question !== undefined ? BACKERS_ASKED.exec(question)?.[1] : undefined;
  const backedTerms = new Set(backedWords !== undefined ? analyzeText(backedWords) : []);
  return how.yesNo === true ? undefined : required.find((k) => containsTerm(backedTerms, k));
}
