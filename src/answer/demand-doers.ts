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
