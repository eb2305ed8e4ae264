// Where a question's second ask starts (`splitAsks`): the one rule behind the first ask that the
// verb flag, the side-by-side coverage of two asks, the first-ask coverage and the clause a date or
// count is asked in all read.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { asksOnItsOwn, firstAsk, splitAsks } from "../../src/search/question-asks.ts";

/** [question, its first ask]: each kind of cut `splitAsks` makes. */
const CUT: [string, string][] = [
  // A question word after a comma or semicolon, with or without a joining word.
  ["When did X leak, and what did he promise?", "When did X leak"],
  ["Who wrote it; why?", "Who wrote it"],
  ["Who proposed it, but who backed it?", "Who proposed it"],
  ["Who proposed it, which year?", "Who proposed it"],
  ["Who proposed it, in which year?", "Who proposed it"],
  // A preposition with a question word after a comma.
  ["When did CEPT drop it, and on what grounds?", "When did CEPT drop it"],
  ["How many orgs signed, and from how many countries?", "How many orgs signed"],
  ["How many countries signed, out of how many?", "How many countries signed"],
  [
    "When was the group meant to report, and for which meeting?",
    "When was the group meant to report",
  ],
  // An auxiliary opening a yes/no after a comma.
  [
    "How many members does CEPT have, and did any EU state sign?",
    "How many members does CEPT have",
  ],
  ["Is spam still Article 5B, or did the numbering change?", "Is spam still Article 5B"],
  ["How big was the team, and is that number solid?", "How big was the team"],
  // "and" before a question word with no comma, where what follows names something.
  ["What was WCITLeaks and who founded it?", "What was WCITLeaks"],
  // A question mark with more text behind it: a question or a remark.
  ["How many members does CEPT have? did any EU state sign?", "How many members does CEPT have"],
  ["What did the Best Bits statement ask for? bullets", "What did the Best Bits statement ask for"],
  [
    "I read it passed by a vote. Correct? how did it go through",
    "I read it passed by a vote. Correct",
  ],
  // A concession before "but" is read past; the asks after it are cut as usual.
  [
    "Sorry if this is obvious, but how many members does CEPT have, and did any EU state sign?",
    "Sorry if this is obvious, but how many members does CEPT have",
  ],
  // A clause of time before the question is read past.
  [
    "When Kramer walked out, who did he blame, and why?",
    "When Kramer walked out, who did he blame",
  ],
];

/** Questions that ask one thing: `splitAsks` leaves them whole. */
const WHOLE: string[] = [
  // "and" joining names or verbs, not asks.
  "What did Russia and China propose?",
  "How many Russian and Chinese delegates attended?",
  "Which states signed and have since ratified the ITRs?",
  "What is the difference between the 1988 text and what Russia wanted?",
  "Summarise the ITRs",
  // Question words of one ask.
  "When and where was WCIT-12 held?",
  "When was it held and where?",
  // A phrase set before the question, which asks nothing.
  "Apart from the articles, which resolutions came with the ITRs?",
  "In Dubai, did the US sign?",
  "Legally, what rules govern dealings between the two?",
  "According to someone who saw the draft, what job would it give the ITU?",
  "Point by point, what was wrong with the compromise?",
  // A clause of time before a yes/no.
  "When Kramer walked out, did he blame Russia?",
  // The asker's concession before "but", which asks nothing.
  "Sorry if this is obvious, but who chaired the conference?",
  "I know this came up before, but did any EU state sign?",
];

describe("splitAsks", () => {
  it.each(CUT)("cuts %j before its second ask", (question, first) => {
    expect(firstAsk(question)).toBe(first);
  });

  it.each(WHOLE)("keeps %j whole", (question) => {
    expect(splitAsks(question)).toEqual([question]);
  });

  it("gives every ask, each piece starting where its ask starts", () => {
    expect(splitAsks("What does the Budapest Convention do and when did it take effect?")).toEqual([
      "What does the Budapest Convention do",
      " and when did it take effect?",
    ]);
    expect(splitAsks("When was it held, and where?")).toEqual(["When was it held", ", and where?"]);
    expect(splitAsks("when did it kick in? and when was it opened, and who signed?")).toEqual([
      "when did it kick in",
      "? and when was it opened",
      ", and who signed?",
    ]);
  });

  it("cuts any text into pieces that join to it, the first its first ask", () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 80 }), (text) => {
        expect(splitAsks(text).join("")).toBe(text);
        expect(text.startsWith(firstAsk(text))).toBe(true);
      }),
    );
  });
});

describe("asksOnItsOwn", () => {
  it("tells an ask from a remark or a phrase set before the question", () => {
    expect(asksOnItsOwn(", and did any EU state sign?")).toBe(true);
    expect(asksOnItsOwn("Roughly how many proposals were there")).toBe(true);
    expect(asksOnItsOwn("CDT's paper: on what grounds did it object")).toBe(true);
    expect(asksOnItsOwn("? bullets please")).toBe(false);
    expect(asksOnItsOwn("Apart from the articles")).toBe(false);
    expect(asksOnItsOwn("According to someone who saw the draft")).toBe(false);
    expect(asksOnItsOwn(", and why?")).toBe(false);
  });
});
