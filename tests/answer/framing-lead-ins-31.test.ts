// Framing around the ask (issue #12, the thirty-first session's batch in-3584..in-3593,
// out-1186..out-1187): a lead-in naming only what the answer is for ("numbers sanity check: …",
// "quick count for a footnote: …", "date check for our timeline box - …") and a closing hedge about
// the asker ("… or have i got that wrong", "going from memory, so correct me if i'm off", "that's
// how a colleague summed it up") are instructions, not content (`FRAMING_LEAD_IN`,
// `askerHedgeAtEnd`, question-framing.ts, read by `stripInstructions`). A lead-in naming a topic,
// a source asked by name and a clause that asks or names something stay content.
import { describe, expect, it } from "vitest";
import { askerHedgeAtEnd } from "../../src/search/question-framing.ts";
import { stripInstructions } from "../../src/search/question-instructions.ts";
import { briefingNote as note, UNRELATED_AGENDA_NOTE } from "../support/corpus-builder.ts";
import { notesAppContext } from "../support/notes-app.ts";

describe("framing lead-ins", () => {
  for (const [question, content] of [
    ["numbers sanity check: how many delegations signed", "how many delegations signed"],
    ["quick count for a footnote: how many signed", "how many signed"],
    ["names check for a caption: who proposed it", "who proposed it"],
    ["date check for our timeline box - when was it signed", "when was it signed"],
    ["footnote fodder: what is article 5B headed", "what is article 5B headed"],
  ] as const) {
    it(`reads "${question}" without its lead-in`, () => {
      expect(stripInstructions(question).content).toBe(content);
    });
  }

  it("keeps a lead-in that names a topic, and a source asked by name", () => {
    expect(stripInstructions("spam sanity check: was 5B adopted").content).toContain("spam");
    expect(stripInstructions("roaming count: how many signed").content).toContain("roaming");
    expect(
      stripInstructions("numbers sanity check: how many member states turned up per cisco").content,
    ).toBe("how many member states turned up per cisco");
  });
});

describe("askerHedgeAtEnd", () => {
  it("reads a closing hedge about the asker's memory or a colleague's summary", () => {
    expect(askerHedgeAtEnd("were they months apart or am i misremembering")?.text).toBe(
      "or am i misremembering",
    );
    expect(askerHedgeAtEnd("what was the tally, or have i got that wrong")?.text).toBe(
      "or have i got that wrong",
    );
    expect(askerHedgeAtEnd("when did it meet - going from memory")?.text).toBe("going from memory");
    expect(askerHedgeAtEnd("did it say so? that's how a colleague summed it up")?.text).toBe(
      "that's how a colleague summed it up",
    );
    expect(
      stripInstructions("when did it meet - going from memory, so correct me if i'm off").content,
    ).toBe("when did it meet");
  });

  it("leaves a clause that asks, names something or is no hedge", () => {
    for (const text of [
      "who chaired it, i think it was the UAE",
      "who chaired it, or was it me who mixed up the chair and the vice-chair of the plenary",
      "did the us sign or not",
      "why did the chair get it wrong",
      "what did kramer say, and when did i first read it",
      "did it say so? that's how the cdt paper summed it up",
    ]) {
      expect(askerHedgeAtEnd(text)).toBeUndefined();
    }
  });
});

// "check", "count", "wrong", "memory" and "colleague" are words this corpus holds elsewhere: read
// as content they were required of the paragraph that answers, which has none of them.
const NOTES: Record<string, string> = {
  "notes/outcome.md": note("The signature count", [
    "**Signature count.** On 14 December 2012, the last day, 89 Member States signed the Final Acts. According to the ITU, 144 delegations were present and duly accredited to sign. [1]",
  ]),
  "notes/caveats.md": note("Caveats on the record", [
    "**Caveats.** A colleague of the author checked the numbers from memory, and one footnote in the first draft was wrong. The full list of signatories was never checked against the official record. [2]",
  ]),
  "notes/other.md": UNRELATED_AGENDA_NOTE,
};

const { answerTo, coverageOf } = notesAppContext("wcit-framing-lead-ins-31-", NOTES);

describe("framing around an ask the notes answer", () => {
  for (const question of [
    "numbers sanity check: how many delegations were accredited to sign",
    "numbers sanity check: the itu put the accredited delegations at how many",
    "how many delegations were accredited to sign, or have i got that wrong",
    "how many delegations were accredited to sign - going from memory",
  ]) {
    it(`answers: ${question}`, async () => {
      expect(await coverageOf(question)).not.toBe("none");
      expect((await answerTo(question)).text).toContain("144");
    });
  }

  // (As before: the notes give no delegation's size, nor when anyone signed later.)
  for (const question of [
    "numbers sanity check: how many people were on the german delegation",
    "when did germany sign later, or have i got that wrong",
  ]) {
    it(`stays refused: ${question}`, async () => {
      expect(await coverageOf(question)).toBe("none");
    });
  }
});
