// A question asking what a named document says, asks or concludes (issue #12, the thirty-fourth
// session's batch in-3868..in-3873, out-1262..out-1267): a place that only names, dates or files
// the document ("Resolution 9, which is non-binding, touches on transit fees", "a final report
// was due to the board in 2026") does not state its content. `documentAsked` reads the asked
// document; `documentContentStated` asks a window for a sentence with the document as the subject
// of a verb stating content.
import { describe, expect, it } from "vitest";
import { documentAsked, documentContentStated } from "../../src/answer/document-content.ts";
import { analyze } from "../../src/search/analyze.ts";
import { briefingNote as note, UNRELATED_AGENDA_NOTE } from "../support/corpus-builder.ts";
import { notesAppContext } from "../support/notes-app.ts";
import { windowOver } from "../support/one-passage-window.ts";

const asked = (question: string) => documentAsked(question, [], analyze);

describe("documentAsked", () => {
  it("reads the document whose content a question asks", () => {
    expect(
      asked("what does resolution 9 on transit fees actually ask member states to do")?.head,
    ).toContain("resolution");
    expect(asked("which options did the board's final report set out")?.head).toContain("report");
    expect(
      asked("talking points on what the harmony statement actually asked for")?.head,
    ).toContain("statement");
    expect(
      asked("what did the league's chair write in his e-mail to the minister")?.head,
    ).toContain("mail");
  });

  it("reads no document where the phrase names a body, a pronoun or a clause of its own", () => {
    expect(asked("what did the forum conclude on internet issues")).toBeUndefined();
    expect(asked("what does it ask the union to do")).toBeUndefined();
    expect(
      asked("what date did the petition coalition say it handed over the names"),
    ).toBeUndefined();
    expect(asked("what did the article that came out of the summit ask governments to do")).toBe(
      undefined,
    );
  });
});

describe("documentContentStated", () => {
  const ask = asked("what does resolution 9 on transit fees actually ask member states to do");

  it("is met by the document as the subject of a verb stating content", () => {
    expect(
      documentContentStated(
        ask,
        windowOver(["Resolution 9 asks Member States to publish their transit fees."], 0),
      ),
    ).toBe(true);
    // (A pronoun right after the sentence naming it.)
    expect(
      documentContentStated(
        ask,
        windowOver(
          ["The assembly adopted Resolution 9 in 2019.", "It urged carriers to cut transit fees."],
          1,
        ),
      ),
    ).toBe(true);
  });

  it("is not met by a sentence naming, dating or filing it", () => {
    expect(
      documentContentStated(
        ask,
        windowOver(["Resolution 9, which is non-binding, touches on transit fees."], 0),
      ),
    ).toBe(false);
    expect(
      documentContentStated(
        ask,
        windowOver(["The minister called for a resolution on transit fees."], 0),
      ),
    ).toBe(false);
    // (A predicate whose subject is another thing: "asked the group to produce a report".)
    const report = asked("which options did the board's final report set out");
    expect(
      documentContentStated(
        report,
        windowOver(
          [
            "The assembly then adopted Resolution 12.",
            "It made the panel the official process and asked the board to produce a final report setting out all options.",
          ],
          1,
        ),
      ),
    ).toBe(false);
  });
});

const NOTES: Record<string, string> = {
  "notes/resolutions.md": note("The Ruritanian tariff resolutions", [
    "**Outcome.** The 2019 assembly adopted nine resolutions. Resolution 9, which is non-binding, touches on transit fees and settlement even though the carriers' language was kept out. [1]",
    "**Earlier work.** The 2006 assembly adopted Resolution 4. That resolution asked the tariff board to review the 1990 settlement rules. [2]",
  ]),
  "notes/other.md": UNRELATED_AGENDA_NOTE,
};

const { answerTo, coverageOf } = notesAppContext("wcit-content34-34-", NOTES);

describe("a named document's content asked", () => {
  it("is refused where the notes only name the document", async () => {
    expect(
      await coverageOf(
        "what does resolution 9 on transit fees and settlement actually ask member states to do",
      ),
    ).toBe("none");
  }, 60_000);

  it("is answered where a sentence states what the document asked", async () => {
    const question = "what did resolution 4 from the 2006 assembly ask for";
    expect(await coverageOf(question)).not.toBe("none");
    expect((await answerTo(question)).text).toContain("review the 1990 settlement rules");
  });
});
