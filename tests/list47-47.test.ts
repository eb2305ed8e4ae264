// A request to write a thing, named before a colon or a spaced dash ("draft a 'night shift'
// sidebar: the objections…", "put together a ferry-rules box - every port…"), is read as the
// request: the words up to the colon or dash name what to write, what it is to hold follows. A
// quoted title that dates the thing ("an 'april 2015' strip") stays with what it holds.
import { describe, expect, it } from "vitest";
import { analyzeQuestion } from "../src/search/question.ts";
import { briefingNote as note, UNRELATED_AGENDA_NOTE } from "./support/corpus-builder.ts";
import { notesAppContext } from "./support/notes-app.ts";

const NOTES = {
  "notes/code.md": note("The harbour code", [
    "**The harbour code.** In March 2015 the Transit Policy Forum circulated a voluntary harbour code urging port states to keep night landings open. Early endorsers came from Chile, Peru and Norway. [1]",
    "**Objections.** Port unions objected that night landings put dock workers at risk. Insurers objected that the code left liability for night accidents unclear. [2]",
  ]),
  "notes/filings.md": note("Filings on night landings", [
    "**April filings.** Chile filed its night-landing proposal on 4 April 2015. Norway filed a counter-proposal on 20 April 2015. [1]",
  ]),
  "notes/other.md": UNRELATED_AGENDA_NOTE,
};

const { coverageOf } = notesAppContext("wcit-list47-47-", NOTES);

describe("a drafted thing named before a colon or a dash", () => {
  const content = (q: string) => analyzeQuestion(q).content;

  it("is read as the request, its name and where it goes with it", () => {
    expect(
      content("draft a 'night shift' sidebar: the objections our notes give to the code"),
    ).toBe("the objections our notes give to the code");
    expect(content("put together a ferry-rules box for the deck - every port that closed")).toBe(
      "every port that closed",
    );
    expect(content("write up a caveats panel – what the insurers said")).toBe(
      "what the insurers said",
    );
  }, 60_000);

  it("keeps a quoted title that dates what the thing holds", () => {
    expect(
      content(
        "draft an 'april 2015' strip for the timeline - every filing our notes pin to that month",
      ),
    ).toBe("'april 2015' - every filing our notes pin to that month");
  });

  it("leaves a name opened by no verb of writing as it was", () => {
    expect(content("harbour code box - who endorsed it")).toContain("harbour code box");
  });
});

describe("answered through the engine", () => {
  // (The first describe's first two tests fail without the rule: the sidebar's and the strip's
  // names stay in what the passages must hold. In a corpus this small those words alone do not
  // refuse; in the tuning half they refused in-4690.)
  it("answers a drafted roster by what it is to hold", async () => {
    expect(
      await coverageOf("draft a 'quay crew' roster - who objected to the harbour code"),
    ).not.toBe("none");
  }, 60_000);

  it("refuses a drafted box whose contents the notes do not name", async () => {
    expect(
      await coverageOf("draft a 'nordic watch' box - what sweden said about the harbour code"),
    ).toBe("none");
    expect(
      await coverageOf("put together a quay-fines sidebar: the fines the harbour code set in 2019"),
    ).toBe("none");
  }, 60_000);
});
