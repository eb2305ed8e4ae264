// A yes/no question guessing who held an office one person holds (issue #12, the
// twenty-eighth session's batch in-3226..in-3235, out-1076..out-1077): "Did Anna Borel chair the
// Freetown conference?". The answer opened with the paragraphs naming Borel and told who did
// chair it last, so a reader skimming took the guess as confirmed. The sentence naming the
// holder now opens it (`officeGuess`, `holderLead`, office-guess.ts; extractive.ts).
import { describe, expect, it } from "vitest";
import { namesAnotherHolder, officeGuess } from "../../src/answer/office-guess.ts";
import { analyze } from "../../src/search/analyze.ts";
import { briefingNote as note, UNRELATED_AGENDA_NOTE } from "../support/corpus-builder.ts";
import { notesAppContext } from "../support/notes-app.ts";

const NOTES: Record<string, string> = {
  "notes/freetown.md": note("The Freetown conference", [
    "**Civil society at Freetown.** During the Freetown conference, civil-society attendees wrote to Anna Borel and the conference Chair that their comments had no formal standing. They also complained that the Freetown working groups were not webcast. [1]",
    "**Borel's warning.** On 20 June 2012 Secretary-General Anna Borel told the working group that some people had misrepresented the proposals. She said she would recommend opening the drafts. [2]",
    "**The meeting.** The talks took place from 3 to 14 December 2012. The host authority's Director General, Omar Lund, chaired the conference. [3]",
  ]),
  "notes/other.md": UNRELATED_AGENDA_NOTE,
};

const app = notesAppContext("wcit-office-holder-28-", NOTES);

describe("reading an office holder's guess", () => {
  it("reads the holder a yes/no question names for an office one person holds", () => {
    expect(officeGuess("Did Anna Borel chair the Freetown conference?", analyze)?.name).toBe(
      "Anna Borel",
    );
    expect(officeGuess("Did Omar Lund head the delegation?", analyze)?.name).toBe("Omar Lund");
  });

  it.each([
    // An act many share, or one with several holders.
    "Did Kenya sign the treaty?",
    "Did Freetown host the conference?",
    // No name guessed.
    "Did the conference have a chair?",
  ])("reads no guess in %s", (question) => {
    expect(officeGuess(question, analyze)).toBeUndefined();
  });

  it("reads a name set off by commas before the verb as the holder", () => {
    const guess = officeGuess("Did Anna Borel chair the Freetown conference?", analyze);
    expect(guess).toBeDefined();
    if (!guess) return;
    const says = (s: string) => namesAnotherHolder(s, guess, analyze);
    expect(says("The host authority's Director General, Omar Lund, chaired the conference.")).toBe(
      true,
    );
    expect(says("Omar Lund chaired the conference.")).toBe(true);
    // The guess itself, or the office as a noun, corrects nothing.
    expect(says("Anna Borel chaired the conference.")).toBe(false);
    expect(says("Attendees wrote to Anna Borel and the Chair.")).toBe(false);
  });
});

describe("an answer to a guessed office holder", () => {
  it("opens with the sentence naming who held it", async () => {
    const answer = await app.answerTo("Did Anna Borel chair the Freetown conference?");
    expect(answer.coverage).not.toBe("none");
    expect(answer.text.startsWith("The host authority's Director General, Omar Lund")).toBe(true);
  });

  it("leaves an answer confirming the guess as it was", async () => {
    const answer = await app.answerTo("Did Omar Lund chair the Freetown conference?");
    expect(answer.coverage).not.toBe("none");
    expect(answer.text).toContain("Omar Lund, chaired the conference.");
  });
});
