// How the coverage decision reads a question beyond its key terms (`RelevanceOptions`): the rule,
// the answer it expects, its wording, whether it asks for a list, a claim's check or yes or no;
// `shapeReading` takes these from the question's analysis and answer shape.
import type { QuestionAnalysis } from "../search/question.ts";
import type { ExpectedAnswer } from "./evidence.ts";
import type { RelevanceRule } from "./relevance-rule.ts";

/** How `assessRelevance` reads a question beyond its key terms. */
export interface RelevanceOptions {
  /** The thresholds (calibrated on the tuning half; a follow-up gets a lenient variant). */
  rule?: RelevanceRule;
  /** The kind of answer the question expects: a date, a count or a name must be where it is met. */
  expected?: ExpectedAnswer;
  /** The question as asked, for the rules that read its wording ("what did X say about Y"). */
  question?: string;
  /** The first ask of a question asking two things, judged alone (`byAsk`). */
  firstAsk?: boolean;
  /**
   * The wording the unit of a date asked is read from ("the final day"), where it is not the
   * `question` judged: a first ask judged alone, with a remark after it asking nothing of its own.
   */
  dateUnitText?: string;
  /** Whether it asks if something is known ("do we know…?"); read from `question` if not given. */
  asksIfKnown?: boolean;
  /** Whether it asks for a list (bullets, talking points, "which Xs…"): see `LIST_MISSING_SHARE`. */
  list?: boolean;
  /**
   * Index terms of the question's names that the corpus has only as a common word ("Access",
   * where the corpus writes only "access": name-case.ts): absent, as a name the corpus never has.
   */
  unnamedTerms?: readonly string[];
  /** Whether it checks a claim ("Fact check: X signed…"): see `claimVerbStood`. */
  claim?: boolean;
  /** Whether it asks yes or no ("Did X sign…?"): see `claimVerbStood` (the label only). */
  yesNo?: boolean;
}

/**
 * How the coverage decision reads a question of this analysis and answer shape: the answer it
 * expects, whether it asks if something is known, for a list, a claim's check or yes or no, and
 * `unnamed`, its names the corpus has only as a common word (`namesOnlyCommon`), as index terms.
 * (`RelevanceOptions` less the rule and the wording judged, which each caller gives.)
 */
export function shapeReading(
  analysis: Pick<QuestionAnalysis, "checksClaim" | "kind">,
  shape: { expected: ExpectedAnswer; asksIfKnown?: boolean; list?: unknown },
  unnamed: readonly string[],
  readText: (text: string) => string[],
): RelevanceOptions {
  return {
    expected: shape.expected,
    asksIfKnown: shape.asksIfKnown === true,
    list: shape.list !== undefined,
    ...(unnamed.length > 0 ? { unnamedTerms: unnamed.flatMap((w) => readText(w)) } : {}),
    claim: analysis.checksClaim,
    yesNo: analysis.kind === "yes-no",
  };
}
