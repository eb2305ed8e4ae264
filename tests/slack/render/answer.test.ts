// The answer layout.
import type { KnownBlock } from "@slack/types";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { renderAnswer, renderAnswerMessages } from "../../../src/slack/render/answer.ts";
import { blockChars } from "../../../src/slack/render/blocks.ts";
import { makeAnswer, makeCitation } from "../answer-fixtures.ts";

const PINGS = /<[!@#]|@(here|channel|everyone)\b/i;

function allText(blocks: KnownBlock[]): string {
  return JSON.stringify(blocks);
}

describe("renderAnswer", () => {
  it("links citations as <url|Title, p. N>, labels extractive answers and adds native feedback buttons", () => {
    const { text, blocks } = renderAnswer(makeAnswer(), { questionId: 7, interactive: true });
    const json = allText(blocks);
    expect(json).toContain(
      "<https://www.itu.int/final-acts.pdf#page=4|Final Acts of WCIT-12, p. 4>",
    );
    expect(json).toContain("<https://www.itu.int/final-acts.pdf#page=4|[1]>");
    expect(json).toContain("Extractive summary");
    const feedback = blocks.find((b) => b.type === "context_actions");
    expect(feedback).toBeDefined();
    expect(JSON.stringify(feedback)).toContain("not_helpful:7");
    expect(json).toContain("show_passages");
    expect(text).toContain("Article 5B");
    expect(text).toContain("Final Acts of WCIT-12, p. 4");
  });

  it("shows a fallback reason and plain buttons when native feedback is off", () => {
    const { blocks } = renderAnswer(
      makeAnswer({
        mode: "extractive",
        fallbackReason: "The model's citations did not check out.",
      }),
      { questionId: 3, interactive: true, nativeFeedback: false, shareable: true },
    );
    const json = allText(blocks);
    expect(json).toContain("Fallback: The model's citations did not check out.");
    expect(json).toContain("answer_helpful");
    expect(json).toContain("answer_not_helpful");
    expect(json).toContain("share_answer");
    expect(blocks.some((b) => b.type === "context_actions")).toBe(false);
  });

  it("styles a not-covered answer with the closest sources", () => {
    const { blocks, text } = renderAnswer(
      makeAnswer({
        coverage: "none",
        text: "The corpus does not cover the price of bananas.",
        citations: [],
        closestSources: [{ documentId: "d", title: "ITRs 1988", url: "https://itu.int/itr88" }],
      }),
    );
    const json = allText(blocks);
    expect(json).toContain("Not covered by the corpus");
    expect(json).toContain("<https://itu.int/itr88|ITRs 1988>");
    expect(text).toMatch(/^Not covered/);
  });

  it("never lets the answer, the question or a title ping anyone", () => {
    const evil = makeAnswer({
      question: "<!channel> what about <@U999>?",
      text: "Tell <!here> and @everyone <#C1> [1].",
      citations: [makeCitation(1, { title: "Evil <!channel> title", url: "https://x.org/a" })],
    });
    const { blocks, text } = renderAnswer(evil, { showQuestion: true });
    expect(allText(blocks)).not.toMatch(PINGS);
    expect(text).not.toMatch(PINGS);
  });

  it("property: answers of any length render within limits, never cut mid-citation", () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 400 }),
        fc.string({ maxLength: 40 }),
        (sentences, extra) => {
          const text = Array.from(
            { length: sentences },
            (_, i) => `Claim ${i} about ${extra} holds [${(i % 3) + 1}].`,
          ).join(" ");
          const answer = makeAnswer({ text, citations: [1, 2, 3].map((n) => makeCitation(n)) });
          const messages = renderAnswerMessages(answer, { questionId: 1, interactive: true });
          for (const m of messages) {
            expect(m.blocks.length).toBeLessThanOrEqual(50);
            expect(m.blocks.reduce((n, b) => n + blockChars(b), 0)).toBeLessThanOrEqual(13_000);
            for (const b of m.blocks) {
              if (b.type === "section") {
                const t = b.text?.text ?? "";
                expect(t.length).toBeLessThanOrEqual(3000);
                expect((t.match(/</g) ?? []).length).toBe((t.match(/>/g) ?? []).length);
              }
            }
          }
          const single = renderAnswer(answer, { questionId: 1, interactive: true });
          expect(single.blocks.length).toBeLessThanOrEqual(50);
          expect(single.blocks.reduce((n, b) => n + blockChars(b), 0)).toBeLessThanOrEqual(13_000);
          expect(single.blocks.some((b) => b.type === "context_actions")).toBe(true);
        },
      ),
      { numRuns: 40 },
    );
  });
});
