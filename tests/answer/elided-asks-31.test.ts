// A later ask leaving out its verb and leaning on the first ask (issue #12, the thirty-first
// session's batch in-3548..in-3557, out-1174..out-1175): "how many countries signed the 1988 regs
// on the spot, and how many later on?". Read alone, "how many later on" named nothing; it now
// borrows the first ask's question noun, verb and object (`withElisionFilled`, elided-asks.ts),
// and a window stating only the first count no longer covers the question whole
// (`elidedCountUnmet`).
import { describe, expect, it } from "vitest";
import { elidedAsks, ownAsks } from "../../src/answer/asks.ts";
import { withElisionFilled, wordsAfterQuestion } from "../../src/answer/elided-asks.ts";
import { briefingNote as note, UNRELATED_AGENDA_NOTE } from "../support/corpus-builder.ts";
import { notesAppContext } from "../support/notes-app.ts";

describe("a later ask leaving out its verb", () => {
  it("borrows the first ask's question noun, verb and object", () => {
    expect(
      withElisionFilled(
        "how many countries signed the 1988 regs on the spot in Melbourne",
        "how many later on?",
      ),
    ).toBe("how many countries signed the 1988 regs later on");
    expect(
      withElisionFilled("Iran's sentence - how many delegations backed it", "how many against?"),
    ).toBe("how many delegations backed it against");
    expect(withElisionFilled("when was it held", "where exactly?")).toBe(
      "where was it held exactly",
    );
  });

  it("keeps a later ask with a verb of its own, or asking nothing of its own, as written", () => {
    expect(withElisionFilled("when did Russia file it", "who drafted it?")).toBe("who drafted it?");
    expect(withElisionFilled("how many members does CEPT have", "did any EU state sign?")).toBe(
      "did any EU state sign?",
    );
    expect(withElisionFilled("who chaired the conference", "why?")).toBe("why?");
  });

  it("is marked among the question's asks", () => {
    const question = "how many countries signed the rules in Dubai, and how many later on?";
    expect(ownAsks(question)).toEqual([
      "how many countries signed the rules in Dubai",
      "how many countries signed the rules later on",
    ]);
    expect(elidedAsks(question)).toEqual([false, true]);
    expect(elidedAsks("when did Russia file it, and who drafted it?")).toEqual([false, false]);
  });

  it("has the words it writes of its own after its question", () => {
    expect(wordsAfterQuestion("how many later on?")).toEqual(["later"]);
    expect(wordsAfterQuestion("how many did in Dubai?")).toEqual(["Dubai"]);
  });
});

const NOTES: Record<string, string> = {
  "notes/old.md": note("The 1988 rules", [
    "**Melbourne.** The 1988 rules were adopted in Melbourne. The ITU says 112 countries signed on the spot in Melbourne. The exact count depends on whether later signatures are included. [1]",
  ]),
  "notes/dubai.md": note("The Dubai outcome", [
    "**Framing.** The ITU compared the Dubai figure with 1988, when 112 countries signed on the spot. A commentator added that 75 more countries signed the 1988 rules later. [1]",
  ]),
  "notes/other.md": UNRELATED_AGENDA_NOTE,
};

const { answerTo, coverageOf } = notesAppContext("wcit-elided-asks-31-", NOTES);

describe("an elided count asked after a first count", () => {
  it("is answered with both counts", async () => {
    const question =
      "how many countries signed the 1988 rules on the spot in Melbourne, and how many later on?";
    const answer = await answerTo(question);
    expect(answer.text).toContain("112 countries");
    expect(answer.text).toContain("75 more countries");
    expect(await coverageOf(question)).toBe("partial");
  });

  it("leaves a one-count question as it was", async () => {
    const question = "how many countries signed the 1988 rules on the spot in Melbourne?";
    expect((await answerTo(question)).text).toContain("112 countries");
  });

  it("stays refused where the corpus has neither count", async () => {
    expect(
      await coverageOf(
        "how many countries signed the 1979 radio rules in Geneva, and how many later on?",
      ),
    ).toBe("none");
  });
});
