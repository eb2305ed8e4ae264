// Who questions of the thirtieth session (issue #12, batch in-3468..in-3473, out-1146..out-1151).
// A who question's window must name, where a doer stands (a sentence's subject before its verb,
// or a "by" phrase after a past verb), someone the question does not name itself
// (`doersOnlyAsked`, window-doers.ts, read in `answerTypeGiven`): "Who answered for China when
// the United States questioned C59?" is not answered by sentences whose only doers are China and
// the United States.
import { describe, expect, it } from "vitest";
import { briefingNote as note, UNRELATED_AGENDA_NOTE } from "../support/corpus-builder.ts";
import { notesAppContext } from "../support/notes-app.ts";
import { plainDoersOnlyAsked } from "../support/plain-doers.ts";

const OPENERS = new Set(["The", "A", "An", "Key", "He", "At"]);
/**
 * The reading with plain lower-cased words; a name is a capitalised word, not a sentence's opening
 * word, that the question lacks.
 */
const only = plainDoersOnlyAsked(OPENERS);

describe("doersOnlyAsked", () => {
  const q = "Who answered for China when the United States questioned C59?";

  it("finds only the asked parties where the others stand in an opening phrase or as objects", () => {
    expect(
      only(q, [
        "At the September 2011 CWG meeting, China submitted C59 on security.",
        "The United States replied by asking whether the text meant content.",
        "The United States asked China to say which it meant.",
      ]),
    ).toBe(true);
    expect(only(q, ["Key choices about when governments may act are left to Geneva."])).toBe(true);
  });

  it("finds another doer: a subject, an apposition, a by phrase, an unnamed party, a pronoun", () => {
    expect(only(q, ["Beijing's envoy Li Wei answered the question."])).toBe(false);
    expect(only(q, ["The head of the delegation, Li Wei, answered."])).toBe(false);
    expect(only(q, ["The reply was drafted by Xinhua staff."])).toBe(false);
    expect(only(q, ["Chinese officials answered the United States."])).toBe(false);
    expect(only(q, ["He answered the United States."])).toBe(false);
  });

  it("leaves a question offering choices or asking the act's object", () => {
    const texts = ["The United States replied by asking."];
    expect(only("Who answered first, China or the United States?", texts)).toBe(false);
    expect(only("who did the United States want to answer?", texts)).toBe(false);
    expect(only("who could take part in the United States meeting?", texts)).toBe(false);
  });
});

const NOTES: Record<string, string> = {
  "notes/china.md": note("Who proposed what before WCIT-12", [
    '**China.** At the September 2011 CWG meeting, China submitted contribution C59 proposing new articles on "network and information security". The United States replied by asking whether the text meant security of message content or only security of network infrastructure. [1]',
  ]),
  "notes/consult.md": note("The public consultation", [
    "**In practice.** During the conference, civil-society attendees wrote to Touré and the Chair that public comments had no formal standing in the negotiations. [1]",
  ]),
  "notes/other.md": UNRELATED_AGENDA_NOTE,
};

const { coverageOf } = notesAppContext("wcit-who-doers-30-", NOTES);

describe("a who question on a built corpus", () => {
  it("is refused where the only doers are the parties it names", async () => {
    expect(
      await coverageOf(
        "Who answered for China when the United States questioned contribution C59?",
      ),
    ).toBe("none");
  });

  it("still answers where the window's doer is a party the question lacks", async () => {
    expect(
      await coverageOf("Who asked China what C59 meant by network and information security?"),
    ).not.toBe("none");
  });
});
