// Who questions of the thirty-first session (issue #12, batch in-3558..in-3563,
// out-1176..out-1181). nearwho30's rule (`doersOnlyAsked`, window-doers.ts, read in
// `answerTypeGiven`) was reverted because it refused three in-scope who questions of older
// small-corpus tests. It is back with three readings that keep them: an office or chair asked is
// answered by a holder named anywhere in a sentence (a title, an apposition); a who question
// asking the object of a stranded preposition ("did critics lean on when…") asks no doer; the
// tagger's "'s" read as "is" ("The regulator's Director General, …") is not the subject's verb.
import { describe, expect, it } from "vitest";
import { briefingNote as note, UNRELATED_AGENDA_NOTE } from "../support/corpus-builder.ts";
import { notesAppContext } from "../support/notes-app.ts";
import { plainDoersOnlyAsked } from "../support/plain-doers.ts";

const OPENERS = new Set(["The", "A", "An", "At", "Critics"]);
/** The reading with plain lower-cased words; a name is a capitalised word the question lacks. */
const only = plainDoersOnlyAsked(OPENERS);

describe("doersOnlyAsked, the thirty-first session's readings", () => {
  it("finds an office's holder named in a title after an opening phrase with no comma", () => {
    const texts = [
      "At the opening in Freetown ZTU Secretary-General Hamid Okafor addressed delegates.",
    ];
    expect(only("Who was the ZTU's boss during the conference?", texts)).toBe(false);
    // An office asked where no one but the asked parties is named is still refused.
    expect(
      only("Who was the ZTU's chair?", ["At the opening the ZTU chair addressed delegates."]),
    ).toBe(true);
  });

  it("reads a subject past a possessive 's the tagger takes for 'is'", () => {
    expect(
      only("who opened the Ostrava conference?", [
        "The regulator's Director General, Petr Novak, opened the conference.",
      ]),
    ).toBe(false);
  });

  it("leaves a question asking a stranded preposition's object", () => {
    const texts = ["Critics of the process argued that security was vague."];
    const stranded =
      "Whose history of the security work did critics lean on when they said security was vague?";
    expect(only(stranded, texts)).toBe(false);
    expect(only("who was the open letter sent to?", ["Activists sent it."])).toBe(false);
    // A preposition straight after the who word's verb, or "by", still asks the doer.
    expect(only("Who among the critics argued on security when the process began?", texts)).toBe(
      true,
    );
    expect(only("who was the letter written by?", ["The letter was long."])).toBe(true);
  });
});

const NOTES: Record<string, string> = {
  "notes/conference.md": note("The Freetown conference", [
    "**The venue.** The Zenith Telecommunication Union (ZTU) held its treaty conference in Freetown from 3 to 14 December 2012. The regulator's Director General, Amara Kallon, chaired the conference. [1]",
    "**Opening.** At the opening in Freetown ZTU Secretary-General Hamid Okafor addressed delegates and said the old rules had served the sector well. [1]",
  ]),
  "notes/proposals.md": note("Who proposed what", [
    '**China.** At the September 2011 CWG meeting, China submitted contribution C59 proposing new articles on "network and information security". The United States replied by asking whether the text meant security of message content or only security of network infrastructure. [1]',
  ]),
  "notes/other.md": UNRELATED_AGENDA_NOTE,
};

const { coverageOf } = notesAppContext("wcit-who-doers-31-", NOTES);

describe("who questions on a built corpus", () => {
  it("refuses a who question whose window's only doers are the parties it names", async () => {
    expect(
      await coverageOf(
        "Who answered for China when the United States questioned contribution C59?",
      ),
    ).toBe("none");
  });

  it("still answers an office's holder named in a title or an apposition", async () => {
    expect(await coverageOf("Who was the ZTU's boss during the conference in Freetown?")).not.toBe(
      "none",
    );
    expect(await coverageOf("who chaired the ZTU conference back in December?")).not.toBe("none");
  });
});
