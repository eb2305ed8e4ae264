// A claim checked in an analyst's idiom (issue #12, the twenty-eighth session's batch
// in-3186..in-3195, out-1068..out-1069): "any chance C59 actually spelled out whether it meant…"
// was refused because the claim's verb, "spelled out", stands in no place, though the corpus never
// writes "spell" at all and says the same act in its own words. A claim's verb that is a phrasal
// verb the corpus never writes is the asker's idiom (`claimVerbStood`, coverage-claims.ts): the
// claim is answered, never "full". A verb the corpus does write must still stand where the
// claim's terms meet, and an unseen verb that is no phrasal verb ("resigned") is still refused.
import { describe, expect, it } from "vitest";
import { claimVerbStood } from "../../src/answer/coverage-claims.ts";
import type { KeyTerm } from "../../src/answer/terms.ts";
import { analyze } from "../../src/search/analyze.ts";
import { briefingNote as note, UNRELATED_AGENDA_NOTE } from "../support/corpus-builder.ts";
import { answersStatingEach, refusesEach } from "../support/coverage-cases.ts";
import { notesAppContext } from "../support/notes-app.ts";

const NOTES: Record<string, string> = {
  "notes/freetown.md": note("Security at the Freetown talks", [
    '**The early fault line.** Valdoria\'s contribution V12 (March 2013) proposed new articles on "network and information security". Norland asked Valdoria to say which it meant: protecting the content of messages, or protecting network infrastructure only. [1]',
    "**Signature count.** On 9 March 2014, the last day, 61 parties signed the Freetown accord. [2]",
    "**The bloc chair.** Karl Brenner chaired the Nordic bloc throughout the Freetown talks. [3]",
  ]),
  "notes/other.md": UNRELATED_AGENDA_NOTE,
};

const app = notesAppContext("wcit-claim-idiom-verb-28-", NOTES);

describe("claimVerbStood with a verb the place lacks", () => {
  const window = { unmet: [] as KeyTerm[], text: "Norland asked Valdoria to say which it meant." };
  const verb = (flags: Partial<KeyTerm>): KeyTerm =>
    ({ term: "spell", weight: 1, verb: true, predicate: true, ...flags }) as KeyTerm;

  it("reads an unseen phrasal verb as the asker's idiom, and any other as unmet", () => {
    const claim = "any chance V12 spelled out whether it meant the networks";
    const idiom = verb({ phrasal: true, unseen: true });
    expect(claimVerbStood(claim, [idiom], { ...window, unmet: [idiom] }, analyze)).toBe(
      "as a noun",
    );
    // A phrasal verb the corpus writes elsewhere, or an unseen verb that is no phrasal verb.
    const written = verb({ phrasal: true });
    expect(claimVerbStood(claim, [written], { ...window, unmet: [written] }, analyze)).toBe(
      "unmet",
    );
    const plain = verb({ unseen: true });
    expect(claimVerbStood(claim, [plain], { ...window, unmet: [plain] }, analyze)).toBe("unmet");
  });
});

describe("a claim told in the asker's idiom", () => {
  answersStatingEach(app, [
    [
      "any chance valdoria's v12 actually spelled out whether it meant securing the networks or the content going over them",
      "asked Valdoria to say which it meant",
    ],
  ]);

  // An unseen verb that is no phrasal verb: an event the corpus does not record, refused as before.
  refusesEach(app, ["is it true Karl Brenner resigned from the Nordic bloc after Freetown"]);

  it("is never answered in full", async () => {
    expect(
      await app.coverageOf(
        "any chance valdoria's v12 actually spelled out whether it meant securing the networks or the content going over them",
      ),
    ).toBe("partial");
  });
});
