// A date, count or name question whose best window lacks one of its required terms is led by
// another window that meets that term and holds the asked fact beside it (issue #12, the
// twenty-fourth session's batch in-2682..in-2685, out-924..out-925): "how soon after the
// conference opened did security first hit the floor in Dubai?" was covered best by a paragraph on
// a later conference (the conference and opening words, no security), and answered from it, while
// "security first came up on 5 December" stood in another note.
import { describe, expect, it } from "vitest";
import { briefingNote as note, UNRELATED_AGENDA_NOTE } from "../support/corpus-builder.ts";
import { notesAppContext } from "../support/notes-app.ts";

const NOTES: Record<string, string> = {
  "notes/after.md": note("After Freeport: the review conference", [
    "**Still under review.** The review was later revived. A review conference opened in Geneva in 2022, and the conference opened a new review of the treaty for 2026. [1]",
    "**Next venues.** Within two weeks of the Freeport conference, observers soon turned to the policy conference in Lisbon, which opened the floor to new members. Funding hit a low that year. [2]",
  ]),
  "notes/security.md": note("Security in the treaty", [
    "**In Freeport.** Delegates reported that security first came up on 5 March, during a talk on quality of service. Delegations split between those who wanted no security text and those who wanted it central. [1]",
    "**The compromise.** The word robustness was put forward for the security article. [2]",
  ]),
  "notes/other.md": UNRELATED_AGENDA_NOTE,
};

const { answerTo } = notesAppContext("wcit-typed-window-choice-", NOTES);

describe("a date held beside the term the best window lacks", () => {
  it("leads the answer", async () => {
    const answer = await answerTo(
      "how soon after the conference opened did security first hit the floor in Freeport?",
    );
    expect(answer.coverage).not.toBe("none");
    expect(answer.text).toMatch(/^Delegates reported that security first came up on 5 March/);
  });
});

describe("a date question whose best window meets every required term", () => {
  it("keeps the composer's own lead", async () => {
    const answer = await answerTo("When did the review conference open in Geneva?");
    expect(answer.text).not.toMatch(/^Delegates reported/);
  });
});
