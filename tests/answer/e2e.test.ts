// The engine on the fixture corpus (a frozen copy of the starter notes): ingested into a temporary
// SQLite file, searched with the real index and glossary, answered extractively as a new user would
// see it.
import { beforeAll, describe, expect, it } from "vitest";
import type { AnswerEngine } from "../../src/types.ts";
import { starterEngine } from "../support/extractive-engine.ts";

const starter = starterEngine("wcit-answer-e2e-");

beforeAll(() => {
  expect(starter.report.passages).toBeGreaterThan(0);
});

/** Every citation quotes its passage verbatim, and every marker in the text has its citation. */
function expectGrounded(answer: Awaited<ReturnType<AnswerEngine["answer"]>>) {
  for (const c of answer.citations) {
    const cited = answer.passages.find((p) => p.passage.id === c.passageId);
    expect(cited, `citation [${c.n}] points at a retrieved passage`).toBeDefined();
    expect(cited?.passage.text).toContain(c.quote);
    expect(cited?.document.id).toBe(c.documentId);
  }
  const markers = new Set([...answer.text.matchAll(/\[(\d+)\]/g)].map((m) => Number(m[1])));
  expect([...markers].sort()).toEqual(answer.citations.map((c) => c.n));
}

describe("answers on the starter corpus", () => {
  it("answers from a plain-text article and links the article itself", async () => {
    const answer = await starter.engine.answer(
      "Why did operators doubt that a treaty conference should write security rules?",
    );
    expect(answer.coverage).not.toBe("none");
    const article = answer.citations.find((c) => c.documentId === "fixture-article-5a-reading");
    expect(article?.url).toBe("https://fixtures.wcit-desk.example/articles/reading-article-5a");
    expect(answer.text).toMatch(/incident response|consensus-bound/);
    expectGrounded(answer);
  });

  it("quotes Article 5A's 'security and robustness' wording with the note's primary source", async () => {
    const answer = await starter.engine.answer(
      "What does Article 5A of the 2012 ITRs say about security?",
    );
    expect(answer.coverage).not.toBe("none");
    expect(answer.text).toContain("security and robustness");
    const note = answer.citations.find((c) => c.documentId === "note-04-security-article-5a");
    expect(note?.primarySources?.length).toBeGreaterThan(0);
    expect(note?.url).toBe(note?.primarySources?.find((s) => s.url)?.url);
    expect(note?.section).toBeTruthy();
    expectGrounded(answer);
  });

  it("gives the Dubai signature count", async () => {
    const answer = await starter.engine.answer(
      "How many countries signed the revised ITRs in Dubai?",
    );
    expect(answer.text).toMatch(/\b89\b/);
    expectGrounded(answer);
  });

  it("names the head of the US delegation", async () => {
    const answer = await starter.engine.answer("Who led the US delegation to WCIT-12?");
    expect(answer.text).toContain("Terry Kramer");
    const kramer = answer.citations.find((c) => c.quote.includes("Terry Kramer"));
    expect(kramer?.documentId).toBe("note-10-us-delegation-position");
    expectGrounded(answer);
  });

  it("says a near-miss question is not covered and lists the closest sources", async () => {
    const answer = await starter.engine.answer("What did WCIT decide about 5G spectrum auctions?");
    expect(answer.coverage).toBe("none");
    expect(answer.citations).toEqual([]);
    expect(answer.closestSources.length).toBeGreaterThan(0);
  });
});
