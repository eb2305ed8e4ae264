// A capital after a greeting opens the question; it names no one (issue #12). "Morning all Letter
// to the Secretary-General: …" was refused as a question about a "Letter" the corpus never names,
// since the corpus writes "letter" only in lower case. The real engine over ingested notes.
import { describe, expect, it } from "vitest";
import { briefingNote as note, UNRELATED_AGENDA_NOTE } from "../support/corpus-builder.ts";
import { notesAppContext } from "../support/notes-app.ts";

const app = notesAppContext("wcit-name-case-greeting-", {
  "notes/rights.md": note("Human rights and civil society", [
    "**Access to documents.** Only ITU members could see the preparatory documents. Several NGOs sent a joint letter to the Secretary-General asking for public access to them. [2]",
  ]),
  "notes/other.md": UNRELATED_AGENDA_NOTE,
});

describe("a question after a greeting", () => {
  it("is read from its own first word, which names nothing", async () => {
    const answer = await app.answerTo("Morning all Letter to the Secretary-General: who sent it?");
    expect(answer.coverage).not.toBe("none");
    expect(answer.text).toContain("Several NGOs sent a joint letter to the Secretary-General");
  });

  it("still reads a capitalised common word inside the question as a name the corpus lacks", async () => {
    const answer = await app.answerTo("Morning all, what did Letter say to the Secretary-General?");
    expect(answer.coverage).toBe("none");
  });
});
