// A question joining two asks whose answer quotes the place best covering it as a whole and names
// nothing of what one ask alone names (issue #12, the thirty-eighth session's batch
// in-4410..in-4427, out-1426..out-1431): the ask is read again from the first passage naming that
// word, and its sentence meeting most of the ask's words, two at least, is added after the answer
// within its length (`withUnmetAskSentence`, asks.ts; called by `withEachAskStated`).
import { describe, expect, it } from "vitest";
import { withUnmetAskSentence } from "../src/answer/asks.ts";
import { cited } from "./support/cited-text.ts";
import { briefingNote as note, UNRELATED_AGENDA_NOTE } from "./support/corpus-builder.ts";
import { notesAppContext } from "./support/notes-app.ts";

/** How many of the ask's words ("Delhi" as India, "stay", "out", "Tarn") a sentence meets. */
const meets = (s: string) =>
  [/\bindia\b/i, /\bstay|stayed\b/i, /\bout(?:side)?\b/i, /\btarn\b/i].filter((w) => w.test(s))
    .length;
const rule = (maxWords = 160) => ({ maxWords, filler: (s: string) => !/\bspam\b/i.test(s) });

const ANSWER = cited([
  ["India still backed a spam article in the talks.", "spam:4"],
  ["Not every delegation shared that view.", "spam:4"],
]);
const PLACE = cited([
  ["The Tarn Pact was opened for signature in Tarn in 2001.", "pact:2"],
  ["Brazil and India also stayed outside the Pact.", "pact:2"],
]);

describe("withUnmetAskSentence: the unmet ask's sentence from its own place", () => {
  it("adds the place's sentence meeting most of the ask's words after the answer", () => {
    const answer = withUnmetAskSentence(ANSWER, PLACE, meets, rule());
    expect(answer.text).toBe(
      "India still backed a spam article in the talks. [1] Not every delegation shared that view. [1] Brazil and India also stayed outside the Pact. [2]",
    );
    expect(answer.citations.map((c) => c.passageId)).toEqual(["spam:4", "pact:2"]);
  });

  it("adds nothing where no sentence of the place meets two of the ask's words", () => {
    const thin = cited([["The Tarn Pact entered into force in 2004.", "pact:2"]]);
    expect(withUnmetAskSentence(ANSWER, thin, meets, rule())).toBe(ANSWER);
  });

  it("adds nothing the answer already states", () => {
    const held = cited([
      ["India still backed a spam article in the talks.", "spam:4"],
      ["Brazil and India also stayed outside the Pact.", "pact:2"],
    ]);
    expect(withUnmetAskSentence(held, PLACE, meets, rule())).toBe(held);
  });

  it("adds nothing where the answer has no room and nothing to give way", () => {
    const none = { maxWords: 20, filler: () => false };
    expect(withUnmetAskSentence(ANSWER, PLACE, meets, none)).toBe(ANSWER);
  });

  it("makes room from the answer's last sentences stating nothing required", () => {
    const roomy = withUnmetAskSentence(ANSWER, PLACE, meets, rule(20));
    expect(roomy.text).not.toContain("Not every delegation");
    expect(roomy.text).toContain("stayed outside the Pact");
  });
});

const NOTES: Record<string, string> = {
  "notes/pact.md": note("The Tarn Pact on harbour crime", [
    "**The existing pact.** The only binding harbour-crime instrument was the Tarn Pact. [1] It was opened for signature in Tarn in 2001 and entered into force in 2004. [1] Brazil and India also stayed outside the Pact. [1]",
  ]),
  "notes/spam.md": note("Bulk messages at the Harbour talks", [
    "**Supporters.** India still backed a bulk-message article at the Harbour talks, which one observer saw as a move into content. [2] Not every delegation shared the League's view. [2]",
  ]),
  "notes/other.md": UNRELATED_AGENDA_NOTE,
};

const app = notesAppContext("wcit-part38-38-", NOTES);

describe("two asks, one of which the notes lack", () => {
  // The notes name no Indian minister: the ask they lack is never stated and never `full`.
  it("is never full and states nothing of the ask the notes lack", async () => {
    const answer = await app.answerTo(
      "did india still back a bulk-message article at the harbour talks, and who was india's minister there",
    );
    expect(answer.coverage).not.toBe("full");
    expect(answer.text.toLowerCase()).not.toContain("minister");
  }, 60_000);
});
