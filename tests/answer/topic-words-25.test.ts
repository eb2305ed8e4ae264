// The notes' own word for the whole subject they treat (issue #12, the twenty-fifth session's
// batch in-2792..in-2797, out-956..out-957): a word in about a third of the passages that no
// document's title holds ("treaty", where notes are titled "Security in the ITRs", "Spam rules")
// is the backdrop of every note (`isBackdropTerm`): a window may leave it unsaid, as it may the
// topic itself. A word as common that titles a note ("security") is one of the corpus's
// subjects and stays required; so do rarer words, and a year or place naming another meeting.
import { describe, expect, it } from "vitest";
import { isBackdropTerm, isNearTopicTerm, isRequired } from "../../src/answer/key-term-roles.ts";
import { assessRelevance } from "../../src/answer/relevance.ts";
import { corpusTermWeight } from "../../src/answer/term-weights.ts";
import { type KeyTerm, keyTermsOf, type TermWeight } from "../../src/answer/terms.ts";
import { analyze } from "../../src/search/analyze.ts";
import type { Passage, SourceDocument } from "../../src/types.ts";
import { makeDocument, smallCorpusOf } from "./fixtures.ts";

/** Twelve passages: "treaty" in four of them (near the topic, in no title), "security" in four
 * (near the topic, in a title), "itu" in all (the topic), "robustness" and "melbourne" in one. */
function corpus() {
  const texts = [
    "The treaty text on security was argued over at the ITU.",
    "The UK suggested robustness for the treaty article at the ITU.",
    "Delegates at the ITU debated the treaty preamble.",
    "The treaty was signed by 89 states at the ITU.",
    "Security came up at the ITU during quality of service.",
    "Security language split the ITU delegations.",
    "Security was the ITU's focus for some.",
    "The ITU said resolutions are not binding.",
    "The ITU met in Melbourne in 1988.",
    "The ITU counted 144 accredited delegations.",
    "The ITU published the final acts.",
    "The ITU review group met in Geneva.",
  ];
  const documents = texts.map(
    (_, i): SourceDocument =>
      ({
        id: `d${i}`,
        title: i >= 4 && i <= 6 ? "Security at the ITU" : "The ITU outcome",
      }) as SourceDocument,
  );
  const entries = texts.map((text, i) => ({
    passage: { id: `d${i}:0`, documentId: `d${i}`, sectionPath: [], text } as unknown as Passage,
    document: documents[i] as SourceDocument,
  }));
  return { allPassages: () => entries, corpusVersion: () => "v1" };
}

const termWeight = corpusTermWeight(corpus());
const term = (question: string, word: string): KeyTerm => {
  const found = keyTermsOf(question, { termWeight }).find((k) => k.term === word);
  if (found === undefined) throw new Error(`no term ${word} in ${question}`);
  return found;
};

describe("isBackdropTerm: the notes' word for their whole subject", () => {
  it("reads a near-topic word that titles no document as backdrop", () => {
    const treaty = term("when did robustness get into the treaty?", "treati");
    expect(isNearTopicTerm(treaty)).toBe(true);
    expect(treaty.untitled).toBe(true);
    expect(isBackdropTerm(treaty)).toBe(true);
  });

  it("keeps a near-topic word that titles a document, and rarer words, required", () => {
    const security = term("when did security get into the treaty?", "secur");
    expect(isNearTopicTerm(security)).toBe(true);
    expect(isBackdropTerm(security)).toBe(false);
    expect(isRequired(security)).toBe(true);
    for (const [question, word] of [
      ["who suggested robustness for the treaty?", "robust"],
      ["who signed the 1988 treaty in Melbourne?", "melbourn"],
    ] as const) {
      const k = term(question, word);
      expect(isBackdropTerm(k)).toBe(false);
      expect(isRequired(k)).toBe(true);
    }
  });

  it("reads no term as backdrop where the weights know no titles", () => {
    const bare = (t: string) => termWeight(t);
    const treaty = keyTermsOf("when did robustness get into the treaty?", {
      termWeight: bare,
    }).find((k) => k.term === "treati");
    expect(treaty?.untitled).toBeUndefined();
    expect(treaty !== undefined && isBackdropTerm(treaty)).toBe(false);
  });
});

describe("a window may leave the backdrop word unsaid", () => {
  const doc = makeDocument({ id: "prep", title: "The preparatory process" });
  const texts = [
    "The working group collected the member proposals into a series of temporary documents.",
    "Ruritania sent its proposals late.",
    "The treaty was debated for two weeks.",
    "The treaty preamble was put to a vote.",
    "Delegates signed the treaty on the last day.",
    "Some states said the treaty was too vague.",
    "The secretariat's draft was leaked.",
    "The chair closed the session.",
    "Observers followed the debates online.",
    "The hotel hosted the press.",
    "A petition was delivered.",
    "The regional groups met beforehand.",
  ];
  const { scored, termWeight: bare } = smallCorpusOf(doc, texts, 0);
  const titled: TermWeight = (t) => bare(t);
  titled.titled = (t) => new Set(analyze(doc.title)).has(t);
  const covered = (question: string, termWeight: TermWeight) =>
    assessRelevance(scored, keyTermsOf(question, { analyze, termWeight }), analyze, { question })
      .covered;

  it("answers where only the backdrop word and one other are missing", () => {
    const question =
      "Who collected the member proposals into temporary documents for the draft treaty?";
    expect(covered(question, bare)).toBe(false);
    expect(covered(question, titled)).toBe(true);
  });

  it("still refuses where the window lacks a name the question gives", () => {
    for (const question of [
      "Was it Ruritania that collected the member proposals into temporary documents for the treaty?",
      "Which temporary documents of Ruritania held the member proposals for the treaty?",
    ]) {
      expect(covered(question, bare)).toBe(false);
      expect(covered(question, titled)).toBe(false);
    }
  });
});
