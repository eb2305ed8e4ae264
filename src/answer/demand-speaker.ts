// What a "what did X say" question asks of its speaker: who spoke (`speaker`, the weightiest
// required term, and the names of who spoke, `speakerNames`), whether it asks what was said once
// (`askedUtterance`), and where it was said (`occasion`). Read by `readQuestionDemands`
// (coverage-demands.ts); the window checks read the fields of the same names.
import { asksWhatWasSaid, SPEECH_VERBS, speakerWords } from "./asked-acts.ts";
import { keyTermsOfPhrase } from "./demand-parts.ts";
import { isRequired, isTopicTerm, weightiest } from "./key-term-roles.ts";
import type { Analyze, KeyTerm } from "./terms.ts";

/**
 * "What did X say IN DUBAI?", "…AT the opening?", "…DURING the debate?": the key terms (the
 * corpus's topic included) of a place or occasion after the verb of saying. A place that names
 * neither says what X said elsewhere (a blog post, a later interview), not there. On the tuning
 * half: out-of-scope refused 85 → 86 of 97, no in-scope answer changed.
 */
const SAID_AT = new RegExp(`\\b(?:${SPEECH_VERBS})\\b[^?]*?\\b(?:in|at|during)\\s+([^?,;]+)`, "i");

/** The speaker demands of a question (the `QuestionDemands` fields of the same names). */
export function speakerDemands(
  question: string | undefined,
  keyTerms: readonly KeyTerm[],
  required: readonly KeyTerm[],
  analyzeText: Analyze,
) {
  // "What did X tell delegates?": the place must report what X said, not only that X spoke.
  const speaker =
    question !== undefined && asksWhatWasSaid(question) ? weightiest(required) : undefined;
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
  return { speaker, speakerNames, askedUtterance, occasion };
}
