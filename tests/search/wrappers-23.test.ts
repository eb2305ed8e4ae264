// Chat around an ask is not the ask (issue #12, wrappers23): a question typed after the asker's
// situation ("Context: we're prepping the board on the pact. …") or closed with "?!" and thanks
// is read as it is typed bare. Before, the situation hid a lead-in opening the question from the
// instruction reader, or stayed in the question because a pronoun further on was taken to point
// back at it; and the closing "?!" made a statement after the ask read as a second ask.
import { describe, expect, it } from "vitest";
import { askedWithReferents, questionContent } from "../../src/search/question.ts";
import { briefingNote } from "../support/corpus-builder.ts";
import { notesAppContext } from "../support/notes-app.ts";

const SITUATION = "Context: we're prepping the board on the pact.";
const emphatic = (q: string) => `${q.replace(/[?.!]+\s*$/, "")}?! Thanks so much!!`;

describe("a situation before the ask", () => {
  it("leaves a lead-in opening the question to the instruction reader", () => {
    const bare = "timeline slide, one line each: the decisions that led to the Vienna talks";
    const wrapped = questionContent(`${SITUATION} ${bare}`);
    expect(wrapped.content).toBe(questionContent(bare).content);
    expect(wrapped.instructions).toContain("timeline slide, one line each");
  });

  it("is set aside though a pronoun further on stands for what the question names", () => {
    const bare =
      "the northern delegation size - I've seen a figure somewhere, how many people was it?";
    expect(questionContent(`${SITUATION} ${bare}`).focus).toBe(questionContent(bare).focus);
    expect(questionContent(`${SITUATION} ${bare}`).content).not.toContain("prepping");
  });

  it("is kept where the ask right after it points back at it", () => {
    expect(
      questionContent("We're writing on the observer scheme. Who proposed it?").content,
    ).toContain("observer scheme");
  });

  it("is kept where it is a fact the asker reports, not the asker's state", () => {
    expect(questionContent("I read that 89 signed. Is that right?").content).toContain("89");
  });
});

describe("a message closed with '?!' and thanks", () => {
  it("does not make a statement after the ask a second ask", () => {
    const bare =
      "Is the quota annex part of the pact itself? Our director keeps saying it binds governments";
    expect(questionContent(emphatic(bare)).focus).toBe(questionContent(bare).focus);
    expect(questionContent(emphatic(bare)).focus).toBe(
      "Is the quota annex part of the pact itself?",
    );
  });

  it("reads a statement an ask points back at as it does bare", () => {
    const bare = "The quota annex was adopted by a formal vote. how did it actually go through";
    expect(questionContent(emphatic(bare)).focus).toBe(`${questionContent(bare).focus}?!`);
  });

  it("leaves a second ask closed with a plain '?' an ask", () => {
    expect(questionContent("Who chaired the talks? And who hosted them?").focus).toContain(
      "who hosted",
    );
    expect(
      askedWithReferents("Is the quota annex binding? Our director says it binds governments?"),
    ).toContain("director");
  });
});

const NOTES = {
  "notes/annex.md": briefingNote("The quota annex", [
    "**Status.** The quota annex was adopted as a resolution of the conference, not as part of the pact, and it does not bind governments. [1]",
    "**Adoption.** Late on 12 May the Chair asked for a show of hands to gauge the room on the quota annex, then declared that most delegates supported it. When Norland asked whether that had been a vote, the Chair said it had not. [2]",
  ]),
};

const { coverageOf } = notesAppContext("wcit-wrappers-23-", NOTES);

describe("answering through the wrappers", () => {
  const bare =
    "Is the quota annex legally part of the pact itself? Our director keeps saying the secretariat can police fishermen with it";

  it("answers the wrapped question as it answers the bare one", async () => {
    expect(await coverageOf(bare)).not.toBe("none");
    expect(await coverageOf(emphatic(bare))).not.toBe("none");
    expect(await coverageOf(`${SITUATION} ${bare}`)).not.toBe("none");
  });

  it("still refuses what the notes do not hold, wrapped or not", async () => {
    const missing = "Who drafted the whaling moratorium? Our director keeps asking about it";
    expect(await coverageOf(missing)).toBe("none");
    expect(await coverageOf(emphatic(missing))).toBe("none");
    expect(await coverageOf(`${SITUATION} ${missing}`)).toBe("none");
  });
});
