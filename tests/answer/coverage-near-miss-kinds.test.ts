// Near misses close to the corpus's topics (issue #12): a count of a group's members answered by
// a count of something else, the place of a thing the corpus never locates, and how a choice was
// made where the sources give only its outcome. Each near miss here was answered "partial" before
// its rule; the in-scope questions beside it stay answered.
import { describe, expect, it } from "vitest";
import { countsThing } from "../../src/answer/evidence.ts";
import { briefingNote as note, UNRELATED_AGENDA_NOTE } from "../support/corpus-builder.ts";
import { notesAppContext } from "../support/notes-app.ts";

const NOTES: Record<string, string> = {
  "notes/review.md": note("After the harbour conference: the review of the code", [
    "**Formal status.** By 2018 the guild's Expert Group on the harbour code described the situation plainly: two versions of the code, 1988 and 2012, coexist as one of the guild's two rulebooks. [1]",
    "**Expert Group.** In 2016 the guild's council created an Expert Group on the harbour code, open to member ports and pilot associations, to review the code. [2]",
  ]),
  "notes/regions.md": note("How guild positions are formed", [
    "**Regions.** Guild members usually coordinate through six regional groupings. These are the northern, southern, eastern, western, island and river groupings. [1]",
  ]),
  "notes/outcome.md": note("The harbour conference outcome", [
    "**Signature count.** On 14 May, 41 ports signed the harbour code, out of the 60 eligible ports present. [1]",
    "**Host.** The harbour conference was held in Valletta, hosted by the port authority at its conference centre. The authority's director, Ana Vella, chaired the harbour conference. [2]",
    "**Venue.** The guild's council chose Valletta as the venue of the harbour conference after a vote of member ports. [1]",
  ]),
  "notes/agenda.md": UNRELATED_AGENDA_NOTE,
};

const { answerTo } = notesAppContext("wcit-nearmiss-kinds-", NOTES);

describe("a count must be of the thing asked", () => {
  const isMember = (word: string) => /^members?\b/i.test(word);
  it.each([
    ["Guild members usually coordinate through six regional groupings.", false],
    ["The group's members number 41 in all.", true],
    ["The group has 41 members.", true],
  ])("%s → %s", (sentence, counts) => {
    expect(countsThing(sentence, isMember)).toBe(counts);
  });

  it("reads only the word right after a count when asked so: '120 organisations', not 'two versions of the code'", () => {
    const isQuestionWord = (word: string) => /^(?:organi[sz]ations?|code)\b/i.test(word);
    expect(countsThing("More than 120 organisations signed it.", isQuestionWord, 1)).toBe(true);
    expect(countsThing("Two versions of the code coexist.", isQuestionWord, 1)).toBe(false);
  });

  it("refuses 'how many members does the expert group have?' where only other things are counted", async () => {
    const a = await answerTo(
      "How many members does the guild's Expert Group on the harbour code have?",
    );
    expect(a.coverage).toBe("none");
  });

  it("still answers a count the sources give: 'how many ports signed the harbour code?'", async () => {
    const a = await answerTo("How many ports signed the harbour code?");
    expect(a.coverage).not.toBe("none");
    expect(a.text).toContain("41");
  });
});

describe("the place of a thing the corpus never locates", () => {
  it("refuses 'Where is the guild headquartered?', a verb no source uses", async () => {
    const a = await answerTo("Where is the guild's Expert Group headquartered?");
    expect(a.coverage).toBe("none");
  });

  it("still answers where the conference was held", async () => {
    const a = await answerTo("Where was the harbour conference held?");
    expect(a.coverage).not.toBe("none");
    expect(a.text).toContain("Valletta");
  });
});

describe("how a choice was made", () => {
  it("refuses 'How was the chair selected?' where the sources only say who chaired", async () => {
    const a = await answerTo("How was the chair of the harbour conference selected?");
    expect(a.coverage).toBe("none");
  });

  it("answers 'How did the guild pick Valletta?' where a source reports the choice", async () => {
    const a = await answerTo(
      "How did the guild pick Valletta as the venue of the harbour conference?",
    );
    expect(a.coverage).not.toBe("none");
    expect(a.text).toContain("vote");
  });
});
