// A later ask typed in chat shorthand (issue #12, the thirty-ninth session's batch in-4576..in-4585,
// out-1486..out-1489): "…, and how many sigs did the coalition hand in at the end" is read as
// asking for signatures, as sources write it (`CHAT_SHORTHAND`, question-shorthand.ts), so the ask
// meets the paragraph telling the count; read as typed, "sigs" is a word no source writes and the
// ask is refused. An ask the notes do not hold is still refused.
import { describe, expect, it } from "vitest";
import { withoutShorthand } from "../src/search/question-shorthand.ts";
import { briefingNote as note, UNRELATED_AGENDA_NOTE } from "./support/corpus-builder.ts";
import { notesAppContext } from "./support/notes-app.ts";

describe("signatures in chat shorthand", () => {
  it("writes out sigs as signatures", () => {
    expect(withoutShorthand("how many sigs did the coalition hand in")).toBe(
      "how many signatures did the coalition hand in",
    );
  });
});

const NOTES: Record<string, string> = {
  "notes/petition.md": note("Campaigning around the harbour talks", [
    "**The council decision.** On 11 July the League Council decided to publish the draft harbour rules and to open a web page for public views. [1]",
    "**Pressure at the end.** On 14 March a coalition of dockworkers' unions said it had delivered more than one million petition signatures urging delegations not to sign. [2]",
  ]),
  "notes/other.md": UNRELATED_AGENDA_NOTE,
};

const app = notesAppContext("wcit-asks39-39-", NOTES);

describe("an ask for signatures typed as sigs", () => {
  it("answers it from the paragraph telling the count", async () => {
    const answer = await app.answerTo(
      "how many sigs did the coalition hand in at the end of the talks",
    );
    expect(answer.coverage).not.toBe("none");
    expect(answer.text).toContain("one million");
  }, 60_000);

  // The notes name no vice-chair and no Ostrava petition: the ask they lack refuses the question.
  it.each([
    "how many sigs did the coalition hand in at the end, and who was the league council's vice-chair",
    "how many sigs did the Ostrava petition get",
  ])(
    "refuses where the notes lack an ask: %s",
    async (question) => {
      const answer = await app.answerTo(question);
      expect(answer.coverage).toBe("none");
    },
    60_000,
  );
});
