import type { KnownBlock } from "@slack/types";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  blockChars,
  defangMentions,
  escapeMrkdwn,
  fitMessage,
  renderAnswer,
  renderAnswerMessages,
  renderDocuments,
  renderPassages,
  SLACK_LIMITS,
  safeText,
  section,
  splitText,
} from "../../src/slack/render.ts";
import { makeAnswer, makeCitation, makeDocument, makePassage } from "./answer-fixtures.ts";

const PINGS = /<[!@#]|@(here|channel|everyone)\b/i;

function allText(blocks: KnownBlock[]): string {
  return JSON.stringify(blocks);
}

describe("escaping and defanging", () => {
  it("escapes the three mrkdwn control characters", () => {
    expect(escapeMrkdwn("a < b & c > d")).toBe("a &lt; b &amp; c &gt; d");
  });

  it("defangs broadcasts, user, group and channel mentions", () => {
    const out = safeText(
      "Hi <!channel> <!here|here> <!everyone> <@U123> <#C456|general> <!subteam^S1|@ops> @here",
    );
    expect(out).not.toMatch(PINGS);
    expect(out).toContain("general");
    expect(defangMentions("<@U123|ann>")).toContain("ann");
  });

  it("property: untrusted text never carries a link, mention or raw control character", () => {
    const piece = fc.oneof(
      fc.string(),
      fc.constantFrom(
        "<!channel>",
        "<!here>",
        "<!everyone>",
        "<@U0ABC>",
        "<#C0ABC>",
        "@here",
        "@Channel",
        "&",
        "<",
        ">",
        "<https://x.io|y>",
      ),
    );
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 12 }), (parts) => {
        const out = safeText(parts.join(""));
        expect(out).not.toMatch(/[<>]/);
        expect(out).not.toMatch(/@(here|channel|everyone)\b/i);
        expect(out.replace(/&(amp|lt|gt);/g, "")).not.toContain("&");
      }),
    );
  });
});

describe("splitText", () => {
  it("splits between sentences and never inside a citation link", () => {
    const sentence = (i: number) =>
      `Sentence ${i} says something about Article 5A <https://example.org/a.pdf#page=${i}|[${i}]>.`;
    const text = Array.from({ length: 200 }, (_, i) => sentence(i + 1)).join(" ");
    const pieces = splitText(text, 3000);
    expect(pieces.length).toBeGreaterThan(1);
    for (const p of pieces) {
      expect(p.length).toBeLessThanOrEqual(3000);
      expect(p.trim()).toMatch(/^Sentence \d+/);
      expect(p.trim()).toMatch(/>\.$/);
    }
    expect(pieces.join(" ")).toBe(text);
  });

  it("property: pieces respect the limit, keep every character and never cut a link, entity or marker", () => {
    const token = fc.oneof(
      fc.stringMatching(/^[a-z]{1,12}$/),
      fc.constantFrom(
        ". ",
        " ",
        "\n",
        "&amp;",
        "[12]",
        "<https://ex.org/p#page=3|Final Acts, p. 3>",
        "! ",
      ),
    );
    fc.assert(
      fc.property(
        fc.array(token, { maxLength: 120 }),
        fc.integer({ min: 60, max: 300 }),
        (tokens, max) => {
          const text = tokens.join("");
          const pieces = splitText(text, max);
          for (const p of pieces) {
            expect(p.length).toBeLessThanOrEqual(max);
            // balanced: every piece holds whole links, entities and markers
            expect((p.match(/</g) ?? []).length).toBe((p.match(/>/g) ?? []).length);
            expect(p).not.toMatch(/&[a-z]*$/);
            expect(p).not.toMatch(/\[\d*$/);
          }
          expect(pieces.join("").replace(/\s/g, "")).toBe(text.replace(/\s/g, ""));
        },
      ),
    );
  });
});

describe("fitMessage", () => {
  it("property: any blocks become messages within Block Kit limits, in order, nothing lost", () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 0, max: 7000 }), { maxLength: 90 }), (sizes) => {
        const blocks = sizes.map((n, i) =>
          section(`${i}:${"word ".repeat(Math.ceil(n / 5))}`.slice(0, n + 2)),
        );
        const msgs = fitMessage(blocks, "x".repeat(5000));
        for (const m of msgs) {
          expect(m.blocks.length).toBeLessThanOrEqual(SLACK_LIMITS.blocksPerMessage);
          expect(m.blocks.reduce((n, b) => n + blockChars(b), 0)).toBeLessThanOrEqual(
            SLACK_LIMITS.messageChars,
          );
          for (const b of m.blocks) {
            if (b.type === "section")
              expect(b.text?.text.length).toBeLessThanOrEqual(SLACK_LIMITS.sectionText);
          }
          expect(m.text.length).toBeLessThanOrEqual(SLACK_LIMITS.fallbackText);
        }
        const before = blocks
          .map((b) => (b.type === "section" ? b.text?.text : ""))
          .join("")
          .replace(/\s/g, "");
        const after = msgs
          .flatMap((m) => m.blocks)
          .map((b) => (b.type === "section" ? b.text?.text : ""))
          .join("")
          .replace(/\s/g, "");
        expect(after).toBe(before);
      }),
      { numRuns: 60 },
    );
  });

  it("splits an oversized markdown block at 12,000 characters", () => {
    const msgs = fitMessage([{ type: "markdown", text: "Para. ".repeat(4000) }], "t");
    const md = msgs.flatMap((m) => m.blocks).filter((b) => b.type === "markdown");
    expect(md.length).toBeGreaterThan(1);
    for (const b of md)
      if (b.type === "markdown") expect(b.text.length).toBeLessThanOrEqual(12_000);
  });
});

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

describe("passages and documents", () => {
  it("quotes passages with page links", () => {
    const { blocks } = renderPassages(
      [makePassage("Spam <!here> is bad.", { page: 9, doc: { url: "https://a.org/x.pdf" } })],
      {
        heading: "Passages",
      },
    );
    const json = allText(blocks);
    expect(json).toContain("<https://a.org/x.pdf#page=9|Final Acts of WCIT-12, p. 9>");
    expect(json).not.toMatch(PINGS);
    expect(json).toContain(">Spam");
  });

  it("lists documents with links and an empty-corpus hint", () => {
    expect(allText(renderDocuments([makeDocument()]).blocks)).toContain("|Final Acts of WCIT-12>");
    expect(allText(renderDocuments([]).blocks)).toContain("npm run ingest");
  });
});
