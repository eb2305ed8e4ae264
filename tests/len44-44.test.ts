// len44: a question answered ask by ask (`composeEachAsk`) whose asks each want a date, a count,
// a span or a doer keeps the joined answer within 150 words: each part keeps the sentences
// stating an ask's fact (with those they lean on) and the rest come back while there is room.
import { describe, expect, it } from "vitest";
import { type AskPart, partsWithinRoom } from "../src/answer/ask-part-budget.ts";
import type { KeyTerm } from "../src/answer/terms.ts";
import { shippedEngine } from "./support/extractive-engine.ts";

const readText = (text: string) => text.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? [];
const term = (t: string): KeyTerm => ({ term: t, alternatives: [], weight: 2 });
const filler = (where: string) =>
  `The delegates spent ${`many long hours in the ${where} `.repeat(12).trim()} that week. [1]`;
const words = (text: string) =>
  text.split(/\s+/).filter((w) => w !== "" && !/^\[\d+\]$/.test(w)).length;

function part(text: string, expected: AskPart["expected"], terms: string[]): AskPart {
  return {
    reply: { text, citations: [{ n: 1, documentId: "d", passageId: "p", title: "t", quote: "q" }] },
    expected,
    keyTerms: terms.map(term),
  };
}

describe("partsWithinRoom: parts asking facts keep to the joined room", () => {
  const lome = `The Lomé accord was signed on 3 May 2001. [1] ${filler("hall")}`;
  const accra = `The Accra walkout came on 9 June 2004. [1] It ended the talks. [1] ${filler("bar")}`;

  it("keeps each part's dated sentence and drops background past 150 words", () => {
    const parts = [part(lome, "date", ["lomé", "accord"]), part(accra, "date", ["accra"])];
    expect(words(lome) + words(accra)).toBeGreaterThan(150);
    const kept = partsWithinRoom(parts, readText);
    const text = kept.map((p) => p.text).join(" ");
    expect(text).toContain("3 May 2001");
    expect(text).toContain("9 June 2004");
    expect(text).toContain("It ended the talks.");
    expect(text).not.toContain("in the bar");
    expect(words(text)).toBeLessThanOrEqual(150);
  });

  it("leaves parts alone where they fit, and a reason's part whole", () => {
    const short = [part("Lomé was signed on 3 May 2001. [1]", "date", ["lomé"])];
    expect(partsWithinRoom(short, readText)[0]?.text).toBe(short[0]?.reply.text);
    // (A reason's part is kept whole; the date's part keeps its dated sentences.)
    const why = [part(lome, "reason", ["lomé"]), part(accra, "date", ["accra"])];
    const [reason, date] = partsWithinRoom(why, readText).map((p) => p.text);
    expect(reason).toBe(lome);
    expect(date).toContain("9 June 2004");
    expect(date).not.toContain("in the bar");
  });
});

describe("a joined question of two dates through the shipped engine", () => {
  const shipped = shippedEngine("wcit-len44-44-");

  // (in-4316: note 06 dates the Budapest Convention's entry into force, note 12 the EG-ITRs'
  // Resolution 1379; on main each part's whole answer, 207 words.)
  it("states both facts within 150 words", async () => {
    const answer = await shipped.engine.answer(
      "when did the budapest convention come into force, and how many years after that did the itu council set up the eg-itrs",
      { forceExtractive: true },
    );
    expect(answer.text).toContain("1 July 2004");
    expect(answer.text).toContain("2016");
    expect(words(answer.text)).toBeLessThanOrEqual(150);
  }, 60_000);
});
