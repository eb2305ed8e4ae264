// Questions opening with context from one paragraph and asking a fact stated in another (issue
// #12, the twenty-fifth session's batch in-2786..in-2791, out-954..out-955): "following Russia's
// push to define spam, which assembly…", "with Iran's vote in mind - what did CEPT say…". An
// opening context clause (`openingContext`, question.ts) is context: refused with every word
// required, the question is read again with the clause's terms not required in the window that
// answers the ask (engine.ts), so long as the first passages meet them. A context the sources
// lack, or an asked fact they lack, is still refused.
import { describe, expect, it } from "vitest";
import { openingContext } from "../../src/search/question-focus.ts";
import { briefingNote as note, UNRELATED_AGENDA_NOTE } from "../support/corpus-builder.ts";
import { answersStatingEach, refusesEach } from "../support/coverage-cases.ts";
import { notesAppContext } from "../support/notes-app.ts";

const NOTES: Record<string, string> = {
  "notes/spam.md": note("Spam and the bulk-messaging article", [
    "**Where the idea came from.** Ruritania asked the preparatory group to add a definition of spam to the rulebook's definitions article. [1]",
    "**Supporters.** Sylvania backed a spam article while narrowing its other proposals. This note does not record which other delegations pushed for spam language. [1]",
    "**Context.** The Union's standardization assembly, held a month earlier, had already revised Resolution 52 on countering spam. [2]",
  ]),
  "notes/outcome.md": note("The summit outcome", [
    "**The vote.** During the preamble debate Freedonia requested a vote on the access sentence; it passed 77 to 33. [1]",
    "**European non-signers.** The regional group said its 48 members had removed the most controversial proposals on routing and spam. [2]",
  ]),
  "notes/other.md": UNRELATED_AGENDA_NOTE,
};

const app = notesAppContext("wcit-joined-25-", NOTES);

describe("openingContext", () => {
  it("reads an opening clause before an ask as context", () => {
    expect(
      openingContext("following Ruritania's push to define spam, which assembly revised it?"),
    ).toEqual({ context: "Ruritania's push to define spam", ask: "which assembly revised it?" });
    expect(openingContext("with Freedonia's vote in mind - what did the group say?")?.context).toBe(
      "Freedonia's vote",
    );
    expect(openingContext("Sylvania's spam stance aside, who backed it?")?.context).toBe(
      "Sylvania's spam stance",
    );
    expect(openingContext("given the 89 signatures, how many signed in 1988?")?.ask).toBe(
      "how many signed in 1988?",
    );
    expect(openingContext("about that 48-member figure: who led the group?")).toEqual({
      context: "that 48-member figure",
      ask: "who led the group?",
    });
  });

  it("reads no clause where none opens the ask or no ask follows", () => {
    expect(
      openingContext("which assembly revised Resolution 52 after the summit?"),
    ).toBeUndefined();
    expect(openingContext("after the summit, the group met again.")).toBeUndefined();
    expect(openingContext("about the vote, the count was close: who won?")).toBeUndefined();
    expect(
      openingContext(
        "after a very long and winding debate about many things that nobody in the room could follow at all, who won?",
      ),
    ).toBeUndefined();
  });
});

describe("an ask after a context clause from another paragraph", () => {
  answersStatingEach(app, [
    [
      "following Ruritania's push to get spam defined, which standardization assembly had already updated its spam resolution?",
      "Resolution 52",
    ],
    [
      "with Freedonia's 77-33 preamble vote in mind - what did the regional group say its 48 members had got removed?",
      "most controversial proposals",
    ],
  ]);

  refusesEach(app, [
    // The context is not the sources': Latveria is named nowhere.
    "following Latveria's push to get spam defined, which standardization assembly had already updated its spam resolution?",
    // The asked fact is not the sources': no other delegation is named.
    "after Sylvania backed a spam article, which other delegations pushed for spam language?",
  ]);
});

describe("a question answered whole", () => {
  // Stated in one place with its opening words, it is read as before.
  answersStatingEach(app, [
    ["after the preamble debate began, what did Freedonia request a vote on?", "access sentence"],
  ]);
});
