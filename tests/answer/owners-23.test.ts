// A possessed thing is the possessor's only where it is named as that thing (issue #12, the
// twenty-third session's batch in-2570..in-2575, out-898..out-899): "Indonesia's PUSH" is not held
// by a sentence where another party "PUSHED instead…", so a window naming Indonesia's act in other
// words and the other party's answer to it is about the asked push; a window where the thing is
// written as the same noun still needs the possessor beside it.
import { describe, expect, it } from "vitest";
import { briefingNote as note, UNRELATED_AGENDA_NOTE } from "../support/corpus-builder.ts";
import { notesAppContext } from "../support/notes-app.ts";

const NOTES: Record<string, string> = {
  "notes/council.md": note("Council work on security", [
    '**The platform idea.** Ahead of the July 2012 Council, Sylvania urged work towards a "global legal platform" for a future security convention within the Council working group on public policy. Ruritania and Freedonia pushed instead for that group to be open to all stakeholders. [1]',
    '**The filtering idea.** Ahead of the 2013 Forum, Sylvania urged a "regional filtering centre" for bulk messages. Freedonia made a push instead for voluntary codes among operators. [2]',
  ]),
  "notes/other.md": UNRELATED_AGENDA_NOTE,
};

const { coverageOf } = notesAppContext("wcit-owners-", NOTES);

describe("a possessed thing written elsewhere only as another party's act", () => {
  it("is answered from the window naming the possessor's act and the other party's", async () => {
    expect(
      await coverageOf(
        "Did Ruritania back Sylvania's push for a global legal platform on security?",
      ),
    ).not.toBe("none");
  });
});

describe("a possessed thing written as the same noun", () => {
  it("is refused where the noun is another party's and the possessor stands apart", async () => {
    expect(
      await coverageOf("Did Freedonia back Sylvania's push for a regional filtering centre?"),
    ).toBe("none");
  });
});
