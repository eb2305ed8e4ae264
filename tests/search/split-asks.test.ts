// Where a question's second ask starts (`splitAsks`): the one rule behind the first ask that the
// verb flag, the side-by-side coverage of two asks, the first-ask coverage and the clause a date or
// count is asked in all read.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { asksOnItsOwn, firstAsk, splitAsks } from "../../src/search/question.ts";

describe("splitAsks cuts before a later ask", () => {
  it("at a question word after a comma or semicolon, with or without a joining word", () => {
    expect(splitAsks("When did X leak, and what did he promise?")).toEqual([
      "When did X leak",
      ", and what did he promise?",
    ]);
    expect(splitAsks("Who wrote it; why?")).toEqual(["Who wrote it", "; why?"]);
    expect(firstAsk("Who proposed it, but who backed it?")).toBe("Who proposed it");
  });

  it("at a preposition with a question word after a comma", () => {
    expect(firstAsk("When did CEPT drop it, and on what grounds?")).toBe("When did CEPT drop it");
    expect(firstAsk("How many orgs signed, and from how many countries?")).toBe(
      "How many orgs signed",
    );
    expect(firstAsk("How many countries signed, out of how many?")).toBe(
      "How many countries signed",
    );
    expect(firstAsk("When was the group meant to report, and for which meeting?")).toBe(
      "When was the group meant to report",
    );
  });

  it("at an auxiliary opening a yes/no after a comma", () => {
    expect(firstAsk("How many members does CEPT have, and did any EU state sign?")).toBe(
      "How many members does CEPT have",
    );
    expect(firstAsk("Is spam still Article 5B, or did the numbering change?")).toBe(
      "Is spam still Article 5B",
    );
    expect(firstAsk("How big was the team, and is that number solid?")).toBe(
      "How big was the team",
    );
  });

  it("at 'and' before a question word with no comma", () => {
    expect(
      splitAsks("What does the Budapest Convention do and when did it enter into force?"),
    ).toEqual(["What does the Budapest Convention do", " and when did it enter into force?"]);
    expect(firstAsk("What was WCITLeaks and who founded it?")).toBe("What was WCITLeaks");
  });

  it("at a question mark with more text behind it, a question or a remark", () => {
    expect(splitAsks("How many members does CEPT have? did any EU state sign?")).toEqual([
      "How many members does CEPT have",
      "? did any EU state sign?",
    ]);
    expect(firstAsk("What did the Best Bits statement ask for? bullets")).toBe(
      "What did the Best Bits statement ask for",
    );
    expect(firstAsk("I read it passed by a vote. Correct? how did it go through")).toBe(
      "I read it passed by a vote. Correct",
    );
  });

  it("into consecutive pieces that join to the question", () => {
    const question = "when did it kick in? and when was it opened, and who signed first?";
    const asks = splitAsks(question);
    expect(asks).toHaveLength(3);
    expect(asks.join("")).toBe(question);
    fc.assert(
      fc.property(fc.string({ maxLength: 80 }), (text) => {
        expect(splitAsks(text).join("")).toBe(text);
        expect(text.startsWith(firstAsk(text))).toBe(true);
      }),
    );
  });
});

describe("splitAsks keeps one ask whole", () => {
  it("when 'and' joins names, not asks", () => {
    for (const question of [
      "What did Russia and China propose?",
      "How many Russian and Chinese delegates attended?",
      "Which states signed and have since ratified the ITRs?",
      "What is the difference between the 1988 text and what Russia wanted?",
      "Summarise the ITRs",
    ]) {
      expect(splitAsks(question)).toEqual([question]);
    }
  });

  it("when the part before the cut names nothing but question words", () => {
    expect(splitAsks("When and where was WCIT-12 held?")).toEqual([
      "When and where was WCIT-12 held?",
    ]);
    expect(splitAsks("When was it held and where?")).toEqual(["When was it held and where?"]);
    expect(splitAsks("When was it held, and where?")).toEqual(["When was it held", ", and where?"]);
  });

  it("when a phrase set before the question asks nothing", () => {
    for (const question of [
      "Apart from the articles, which resolutions came with the ITRs?",
      "In Dubai, did the US sign?",
      "Legally, what rules govern dealings between the two?",
      "According to someone who saw the draft, what job would it give the ITU?",
      "Point by point, what was wrong with the compromise?",
    ]) {
      expect(firstAsk(question)).toBe(question);
    }
  });

  it("when a clause of time comes before the question", () => {
    expect(firstAsk("When Kramer walked out, did he blame Russia?")).toBe(
      "When Kramer walked out, did he blame Russia?",
    );
    expect(firstAsk("When Kramer walked out, who did he blame, and why?")).toBe(
      "When Kramer walked out, who did he blame",
    );
  });

  it("a question word after a noun opens a relative clause, no ask", () => {
    expect(firstAsk("Who proposed it, in which year?")).toBe("Who proposed it");
    expect(asksOnItsOwn("According to someone who saw the draft")).toBe(false);
  });
});

describe("asksOnItsOwn", () => {
  it("tells an ask from a remark or a phrase set before the question", () => {
    expect(asksOnItsOwn(", and did any EU state sign?")).toBe(true);
    expect(asksOnItsOwn("Roughly how many proposals were there")).toBe(true);
    expect(asksOnItsOwn("CDT's paper: on what grounds did it object")).toBe(true);
    expect(asksOnItsOwn("? bullets please")).toBe(false);
    expect(asksOnItsOwn("Apart from the articles")).toBe(false);
    expect(asksOnItsOwn(", and why?")).toBe(false);
  });
});
