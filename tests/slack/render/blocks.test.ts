// Block Kit size fitting: splitting text and blocks within Slack's limits.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  blockChars,
  fitMessage,
  SLACK_LIMITS,
  section,
  splitText,
} from "../../../src/slack/render/blocks.ts";

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

describe("empty blocks", () => {
  it("drops sections, contexts and headers without text: Slack rejects a text object under 1 character", () => {
    const [message] = fitMessage(
      [
        section(""),
        section("  \n "),
        { type: "context", elements: [{ type: "mrkdwn", text: " " }] },
        { type: "header", text: { type: "plain_text", text: "" } },
        section("kept"),
      ],
      "",
    );
    expect(message?.blocks).toEqual([section("kept")]);
    expect(message?.text).toBe("kept");
  });
});
