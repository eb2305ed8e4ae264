// The answer layout.
import type { KnownBlock } from "@slack/types";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  EMPTY_ANSWER_TEXT,
  MAX_ANSWER_MESSAGES,
  renderAnswer,
  renderAnswerMessages,
  renderVerifiedSoFar,
} from "../../../src/slack/render/answer.ts";
import { blockChars } from "../../../src/slack/render/blocks.ts";
import type { Answer } from "../../../src/types.ts";
import { auditLinks, blockKitProblems } from "../../support/slack-audit.ts";
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

  it("says first what misspelt words it read as, below the question, in blocks and text", () => {
    const { blocks, text } = renderAnswer(
      makeAnswer({
        question: "Why did cybersecuirty matter in Dubia?",
        corrections: [
          { from: "cybersecuirty", to: "cybersecurity" },
          { from: "Dubia", to: "Dubai" },
        ],
      }),
      { showQuestion: true },
    );
    expect(blocks[1]).toEqual({
      type: "context",
      elements: [
        {
          type: "mrkdwn",
          text: '_Read "cybersecuirty" as "cybersecurity" and "Dubia" as "Dubai"._',
          verbatim: true,
        },
      ],
    });
    expect(text.split("\n")[0]).toBe(
      'Read "cybersecuirty" as "cybersecurity" and "Dubia" as "Dubai".',
    );
    // Nothing read otherwise, nothing said.
    expect(allText(renderAnswer(makeAnswer()).blocks)).not.toContain("Read ");
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

/** The answer rendered every way the app posts it: threaded (several messages) and single. */
function everyRendering(answer: Answer) {
  return [
    ...renderAnswerMessages(answer, { questionId: 3, interactive: true }),
    renderAnswer(answer, { questionId: 3, interactive: true, shareable: true, showQuestion: true }),
    renderAnswer(answer, { askedBy: "U0ALICE", showQuestion: true }),
  ];
}

describe("the only links in an answer are its citations' links", () => {
  it("makes a URL in a model sentence inert while the citation stays a link", () => {
    const answer = makeAnswer({
      text: "Log in at https://evil.example/login to see the text [1]. Or visit www.evil.example [2].",
    });
    for (const message of everyRendering(answer)) {
      const audit = auditLinks(message);
      expect(audit.autoLinks).toEqual([]);
      expect(audit.mentions.filter((m) => m !== "<@U0ALICE>")).toEqual([]);
      for (const url of audit.links) {
        expect(answer.citations.map((c) => c.url)).toContain(url);
      }
    }
    const [threaded] = renderAnswerMessages(answer);
    expect(JSON.stringify(threaded?.blocks)).toContain("hxxps://evil[.]example/login");
    expect(JSON.stringify(threaded?.blocks)).toContain(
      "<https://www.itu.int/final-acts.pdf#page=4|[1]>",
    );
  });

  it("property: any answer text renders with no live link but its citations', no live mention, within Block Kit limits", () => {
    const hostile = fc.constantFrom(
      "https://evil.example/login",
      "www.evil.example",
      "mail root@evil.example",
      "<https://evil.example|click>",
      "<!channel>",
      "<!here>",
      "<!subteam^S123|@team>",
      "<@U123>",
      "<#C123|general>",
      "@everyone",
      "[1]",
      "[2]",
      "[7]",
      "\u0000\u202e",
      "&amp;",
      " ",
      "\n\n",
      ". ",
    );
    // Words, links and markup as prose has them: apart (a model writes sentences, not glued tokens).
    const separator = fc.constantFrom(" ", ", ", "\n", " (", ") ", ". ");
    const text = fc
      .array(fc.tuple(fc.oneof(fc.string(), fc.webUrl(), hostile), separator), { maxLength: 30 })
      .map((pairs) => pairs.flat());
    const url = fc.oneof(
      fc.webUrl(),
      fc.constant("https://evil.example/|<x>"),
      fc.constant(undefined),
    );
    fc.assert(
      fc.property(
        text,
        fc.array(url, { minLength: 0, maxLength: 3 }),
        fc.boolean(),
        (parts, urls, none) => {
          const citations = urls.map((u, i) => makeCitation(i + 1, { url: u }));
          const answer = makeAnswer({
            text: parts.join(""),
            question: parts.slice(0, 3).join(" "),
            citations,
            coverage: none ? "none" : "full",
            closestSources: none
              ? [{ documentId: "d", title: "<!here> closest", url: urls[0] }]
              : [],
          });
          const allowed = new Set(
            [...citations.map((c) => c.url), ...answer.closestSources.map((c) => c.url)].filter(
              Boolean,
            ),
          );
          const threaded = renderAnswerMessages(answer, { questionId: 3, interactive: true });
          expect(threaded.length).toBeLessThanOrEqual(MAX_ANSWER_MESSAGES);
          for (const message of everyRendering(answer)) {
            expect(blockKitProblems(message)).toEqual([]);
            const audit = auditLinks(message);
            expect(audit.mentions.filter((m) => m !== "<@U0ALICE>")).toEqual([]);
            expect(audit.autoLinks).toEqual([]);
            for (const link of audit.links) expect(allowed.has(link)).toBe(true);
            expect(message.text).not.toMatch(/[<>]/);
          }
        },
      ),
      { numRuns: 150 },
    );
  });
});

describe("rendering edge cases", () => {
  it("credits the asker of a shared answer with a mention only for a Slack user id", () => {
    const credit = (askedBy: string) =>
      JSON.stringify(renderAnswer(makeAnswer(), { askedBy }).blocks);
    expect(credit("U0ALICE")).toContain("Asked by <@U0ALICE> with /wcit");
    const odd = credit("U1> <!channel>");
    expect(odd).not.toContain("<!channel>");
    expect(odd).toContain("Asked by U1&gt; [@]channel with /wcit");
  });

  it("never renders an empty section for an empty or blank answer", () => {
    for (const text of ["", "   ", "\n\t\n"]) {
      for (const message of everyRendering(makeAnswer({ text }))) {
        expect(blockKitProblems(message)).toEqual([]);
        expect(JSON.stringify(message.blocks)).toContain("No answer text came back");
        expect(message.text.trim()).not.toBe("");
      }
    }
    expect(EMPTY_ANSWER_TEXT).toMatch(/\S/);
  });

  it("caps a degenerate long answer at a few messages, ending with where the rest is", () => {
    const text = Array.from(
      { length: 2_000 },
      (_, i) => `Claim ${i} holds in every case [1].`,
    ).join(" ");
    const messages = renderAnswerMessages(makeAnswer({ text }), {
      questionId: 9,
      interactive: true,
    });
    expect(messages).toHaveLength(MAX_ANSWER_MESSAGES);
    const last = JSON.stringify(messages.at(-1)?.blocks);
    expect(last).toContain("longer than I can post here");
    expect(last).toContain("Show passages");
    expect(last).toContain("context_actions");
    for (const m of messages) expect(blockKitProblems(m)).toEqual([]);
    // The part shown is the beginning, in order.
    expect(JSON.stringify(messages[0]?.blocks)).toContain("Claim 0 holds");
  });

  it("keeps a long answer whole when it fits in the cap", () => {
    const text = Array.from({ length: 150 }, (_, i) => `Claim ${i} holds [1].`).join(" ");
    const messages = renderAnswerMessages(makeAnswer({ text }));
    expect(messages.length).toBeGreaterThan(0);
    expect(JSON.stringify(messages)).not.toContain("longer than I can post here");
    expect(JSON.stringify(messages)).toContain("Claim 149 holds");
  });

  it("shows verified sentences in progress as safely as the final answer", () => {
    const message = renderVerifiedSoFar(
      "Article 5B asks <!here> states to act [1]. See evil.example.",
      [makeCitation(1)],
      "checking the rest",
    );
    expect(blockKitProblems(message)).toEqual([]);
    const audit = auditLinks(message);
    expect(audit.mentions).toEqual([]);
    expect(audit.autoLinks).toEqual([]);
    expect(audit.links).toEqual(["https://www.itu.int/final-acts.pdf#page=4"]);
  });
});
