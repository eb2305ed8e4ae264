import { describe, expect, it } from "vitest";
import { composeExtractive, MAX_SENTENCES, MIN_SENTENCES } from "../../src/answer/extractive.ts";
import { keyTermsOf } from "../../src/answer/terms.ts";
import { analyze } from "../../src/search/analyze.ts";
import type { ScoredPassage } from "../../src/types.ts";
import { makeDocument, makePassage, overlapRetrieve } from "./fixtures.ts";

/** A corpus of one passage (document `id`), scored 1. */
function onePassage(id: string, text: string): ScoredPassage[] {
  const doc = makeDocument({ id });
  return [{ passage: makePassage(doc, 0, text), document: doc, score: 1 }];
}

async function extract(question: string, corpus?: ScoredPassage[]) {
  const ranked = await overlapRetrieve(corpus)(question, 8);
  const answer = composeExtractive(ranked, keyTermsOf(question), analyze);
  if (!answer) throw new Error("no extractive answer");
  return { answer, ranked };
}

function markersIn(text: string): number[] {
  return [...text.matchAll(/\[(\d+)\]/g)].map((m) => Number(m[1]));
}

describe("composeExtractive", () => {
  it("picks the sentences that answer the question, each followed by its marker", async () => {
    const { answer } = await extract("What does Article 5A say about the robustness of networks?");
    expect(answer.text).toContain(
      "The adopted Article 5A says Member States shall endeavour to ensure the security and robustness of international telecommunication networks.",
    );
    expect(answer.sentences.length).toBeGreaterThanOrEqual(MIN_SENTENCES);
    expect(answer.sentences.length).toBeLessThanOrEqual(MAX_SENTENCES);
    // Every sentence ends with exactly one marker, and the text is nothing but those sentences.
    expect(answer.text).toBe(answer.sentences.map((s) => `${s.text} [${s.n}]`).join(" "));
    // Bold lead-ins and the notes' own [n] source markers stay out of the answer text.
    expect(answer.text).not.toContain("**");
    expect(markersIn(answer.text).every((n) => answer.citations.some((c) => c.n === n))).toBe(true);
  });

  it("numbers citations in order of first use, one per passage, quoting the passage verbatim", async () => {
    const { answer, ranked } = await extract(
      "Why is cybersecurity a poor fit for governmental bodies, given human rights and privacy?",
    );
    const firstUse = [...new Set(markersIn(answer.text))];
    expect(firstUse).toEqual(answer.citations.map((c) => c.n));
    expect(answer.citations.map((c) => c.n)).toEqual(answer.citations.map((_, i) => i + 1));
    expect(new Set(answer.citations.map((c) => c.passageId)).size).toBe(answer.citations.length);
    for (const c of answer.citations) {
      const passage = ranked.find((r) => r.passage.id === c.passageId)?.passage;
      expect(passage?.text).toContain(c.quote);
    }
  });

  it("cites PDF passages with their page and a #page=N link", async () => {
    const { answer } = await extract(
      "Why does cybersecurity require agility from multi-stakeholder efforts?",
    );
    const pdf = answer.citations.find((c) => c.documentId === "cdt-paper");
    expect(pdf?.page).toBe(2);
    expect(pdf?.url).toBe("https://example.org/files/paper.pdf#page=2");
  });

  it("says full when the sentences hold the question's key terms, partial when only some", async () => {
    const full = await extract("How many Member States signed the Final Acts in Dubai?");
    expect(full.answer.coverage).toBe("full");
    expect(full.answer.text).toContain("89 Member States signed the Final Acts in Dubai");

    const partial = await extract(
      "How many Member States signed the Final Acts in Dubai, and who chaired the plenary?",
    );
    expect(partial.answer.coverage).toBe("partial");
    expect(partial.answer.termCoverage).toBeLessThan(full.answer.termCoverage);
  });

  it("never repeats a sentence that two passages share", async () => {
    const doc = makeDocument({ id: "dup" });
    const shared =
      "The Chair asked for a show of placards to gauge the feel of the room on the resolution.";
    const corpus: ScoredPassage[] = [
      {
        passage: makePassage(doc, 0, `${shared} Spain asked whether that had been a vote at all.`),
        document: doc,
        score: 1,
      },
      {
        passage: makePassage(doc, 1, `${shared} The Chair said it had not been a vote.`),
        document: doc,
        score: 1,
      },
    ];
    const { answer } = await extract("Was the placards show on the resolution a vote?", corpus);
    expect(answer.text.split(shared).length - 1).toBe(1);
  });

  it("brings the sentence a chosen 'It …' sentence leans on", async () => {
    const corpus = onePassage(
      "pp14",
      "The Open Technology Institute reviewed the Busan conference outcome in detail. It concluded that the Internet role of the union would stay roughly where it was after Busan. Delegates went home on the last day of the meeting in early November.",
    );
    const { answer } = await extract("What Internet role did the union keep?", corpus);
    expect(answer.sentences.map((s) => s.text)).toEqual([
      "The Open Technology Institute reviewed the Busan conference outcome in detail.",
      "It concluded that the Internet role of the union would stay roughly where it was after Busan.",
    ]);
  });

  it("brings the sentence that a connective like 'On the other hand' answers", async () => {
    const corpus = onePassage(
      "cdt",
      "On the one hand, network defence matters greatly for commerce and development. On the other hand, it is ill-suited to centralized, government-dominated treaty making at the union. Delegates met in Dubai in December.",
    );
    const { answer } = await extract("Why is treaty making ill-suited to network defence?", corpus);
    expect(answer.sentences.map((s) => s.text)).toEqual([
      "On the one hand, network defence matters greatly for commerce and development.",
      "On the other hand, it is ill-suited to centralized, government-dominated treaty making at the union.",
    ]);
  });

  it("returns nothing when no sentence holds a key term", () => {
    const scored = onePassage(
      "x",
      "An unrelated sentence about telegraph tariffs in the old days.",
    );
    expect(composeExtractive(scored, keyTermsOf("lasagne recipe"), analyze)).toBeUndefined();
  });
});
