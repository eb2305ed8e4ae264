// Extractive composition (issue #12): when no one place states the whole question, the answer also
// quotes the next leading passages' most telling sentences. Scored passages in, answer out; the
// engine's part (which questions are inconclusive) is checked at the end on the relevance verdict.
import { describe, expect, it } from "vitest";
import { windowStatesQuestion } from "../../src/answer/coverage-label.ts";
import { type AnswerShape, composeExtractive } from "../../src/answer/extractive.ts";
import { keyTermsOf } from "../../src/answer/terms.ts";
import { analyze } from "../../src/search/analyze.ts";
import type { ScoredPassage } from "../../src/types.ts";
import { labelledPassage as labelled, makeDocument } from "./fixtures.ts";

const texts = (passages: ScoredPassage[], question: string, shape: AnswerShape) => {
  const answer = composeExtractive(passages, keyTermsOf(question), analyze, shape);
  if (!answer) throw new Error("no extractive answer");
  return answer.sentences.map((s) => s.text);
};

const QUESTION = "Where did Marlowe make his pitch for keeping tolls out of the harbour code?";
// The best passage tells the story around the answer, at length; the one ranked below says where
// he spoke, in other words than the question's ("a speech at", not "pitch").
const harbourLeague = makeDocument({ id: "note-harbour", title: "The harbour league's position" });
const proposals = labelled(
  harbourLeague,
  2,
  "Formal proposals",
  "As the Port Gazette reported, the league's proposal urged the assembly to favour open, competitive berths and local reform over a central authority. It sought to keep tolls, pilot fees and customs duties out of the harbour code. The league's text said the ports had grown up under guild rules outside the scope of the code. The league also opposed the shipowners' cargo levy. In March Marlowe said the shipowners had signalled that the levy would be withdrawn before the vote.",
);
const leadership = labelled(
  harbourLeague,
  1,
  "Leadership",
  "The council chose Marlowe to lead the league. In April Marlowe, in a speech at the Mariners' Hall, argued that tolls should be kept out of the code.",
  0.85,
);
const lowPassage = labelled(
  makeDocument({ id: "note-other", title: "Other ports" }),
  4,
  "Elsewhere",
  "Marlowe later wrote a memoir about the harbour code and the tolls.",
  0.3,
);
const DESCRIBE_SHAPE: AnswerShape = { expected: "description", sides: [] };

describe("an answer where no one place states the question", () => {
  it("also quotes the telling sentence of a passage ranked just below", () => {
    const shown = texts([proposals, leadership], QUESTION, {
      ...DESCRIBE_SHAPE,
      inconclusive: true,
    });
    expect(shown[0]).toMatch(/^As the Port Gazette reported/);
    expect(shown).toContain(
      "In April Marlowe, in a speech at the Mariners' Hall, argued that tolls should be kept out of the code.",
    );
  });

  it("reads on past three leading passages that give nothing", () => {
    // Headed with what is asked, so judged well, but saying nothing of it in their own words.
    const headedOnly = [1, 2, 3].map((n) =>
      labelled(
        makeDocument({ id: `note-week-${n}`, title: "The harbour week" }),
        n,
        "Marlowe's pitch on tolls",
        "The hall was full that week. Few delegates stayed for the dinner.",
        0.8,
      ),
    );
    const venue = labelled(
      harbourLeague,
      7,
      "Venue",
      "In April Marlowe spoke at the Mariners' Hall.",
      0.5,
    );
    const shown = texts([proposals, ...headedOnly, venue], QUESTION, {
      ...DESCRIBE_SHAPE,
      inconclusive: true,
    });
    expect(shown).toContain("In April Marlowe spoke at the Mariners' Hall.");
  });

  it("reads the best passage alone where one place states the question", () => {
    // (Another source's: a short answer reads on in its own note's paragraphs nearly as good, see
    // read-on-while-short.test.ts.)
    const elsewhere = { ...leadership, document: makeDocument({ id: "note-profiles" }) };
    elsewhere.passage = { ...leadership.passage, documentId: "note-profiles" };
    const shown = texts([proposals, elsewhere], QUESTION, DESCRIBE_SHAPE);
    expect(shown.some((s) => s.includes("Mariners' Hall"))).toBe(false);
  });

  it("takes nothing from a passage retrieval scored far below the top", () => {
    const shown = texts([proposals, lowPassage], QUESTION, {
      ...DESCRIBE_SHAPE,
      inconclusive: true,
    });
    expect(shown.some((s) => s.includes("memoir"))).toBe(false);
  });

  it("brings the sentences carrying that one on, as the best passage's would come", () => {
    const refusal = labelled(
      harbourLeague,
      5,
      "Refusal to sign",
      "On the last evening Marlowe walked away and said the league could not sign. He objected that other delegations had kept filing side deals, including a new berth levy. The league left the hall an hour later.",
      0.5,
    );
    const shown = texts(
      [proposals, refusal],
      "When Marlowe walked away from the code, what did he accuse the other ports of?",
      { ...DESCRIBE_SHAPE, inconclusive: true },
    );
    expect(shown).toContain(
      "He objected that other delegations had kept filing side deals, including a new berth levy.",
    );
  });

  it("takes one sentence from each further passage, not the whole of it", () => {
    const shown = texts([proposals, leadership], QUESTION, {
      ...DESCRIBE_SHAPE,
      inconclusive: true,
    });
    expect(shown).not.toContain("The council chose Marlowe to lead the league.");
  });
});

describe("whether one place states the question", () => {
  const conclusive = { missingTerms: [], unmetTerms: [], termCoverage: 0.95 };
  it("holds where the best window has every term and nearly all their weight", () => {
    expect(windowStatesQuestion(conclusive)).toBe(true);
  });
  it("fails where a term is missing, unmet, or the window holds too little of the weight", () => {
    expect(windowStatesQuestion({ ...conclusive, missingTerms: ["pitch"] })).toBe(false);
    expect(windowStatesQuestion({ ...conclusive, unmetTerms: ["pitch"] })).toBe(false);
    expect(windowStatesQuestion({ ...conclusive, termCoverage: 0.7 })).toBe(false);
    expect(windowStatesQuestion({ ...conclusive, statedTogether: false })).toBe(false);
    expect(windowStatesQuestion({ ...conclusive, typedAtSubject: false })).toBe(false);
  });
});
