// A possessed thing is the possessor's only where it is named as that thing (issue #12, the
// twenty-third session's batch in-2570..in-2575, out-898..out-899): "Indonesia's PUSH" is not held
// by a sentence where another party "PUSHED instead…", so a window naming Indonesia's act in other
// words and the other party's answer to it is about the asked push; a window where the thing is
// written as the same noun still needs the possessor beside it. And a heading may name the owner
// by its adjective ("Congressional backing." over what the chambers passed).
import { describe, expect, it } from "vitest";
import { briefingNote as note, UNRELATED_AGENDA_NOTE } from "../support/corpus-builder.ts";
import { notesAppContext } from "../support/notes-app.ts";

const NOTES: Record<string, string> = {
  "notes/council.md": note("Council work on security", [
    '**The platform idea.** Ahead of the July 2012 Council, Sylvania urged work towards a "global legal platform" for a future security convention within the Council working group on public policy. Ruritania and Freedonia pushed instead for that group to be open to all stakeholders. [1]',
    '**The filtering idea.** Ahead of the 2013 Forum, Sylvania urged a "regional filtering centre" for bulk messages. Freedonia made a push instead for voluntary codes among operators. [2]',
  ]),
  "notes/backing.md": note("Home backing for the delegation", [
    "**Congressional backing.** Bill B-5, introduced on 3 May 2012, stated the sense of Congress that policy should keep networks free from state control. The Lower House approved it unanimously and it was sent to the Upper House in June 2012. During the conference the Lower House also passed, 300 to 0, a related Upper House resolution opposing state control of networks. [1]",
  ]),
  "notes/ministry.md": note("The ministry's motions", [
    "**Ministerial backing.** Bill M-9 was tabled on 4 June 2012 against tolls on network traffic. The Lower House approved it 250 to 10, and the Upper House passed a related resolution on tolls 90 to 2. [1]",
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

describe("an owner named by a heading's adjective", () => {
  it("is met under the heading naming it so", async () => {
    expect(
      await coverageOf(
        "Which two resolutions did Congress pass against state control of networks, and by what margins?",
      ),
    ).not.toBe("none");
  });

  it("is not met under a heading naming another body", async () => {
    expect(
      await coverageOf(
        "Which resolution did Congress pass against network tolls, and by what margin?",
      ),
    ).toBe("none");
  });
});
