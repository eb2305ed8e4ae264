// Who questions asking for someone inside a body (issue #12, the twenty-sixth session's batch
// in-2940..in-2945, out-998..out-1001): "who at CEPT wrote the draft report?", "which official at
// RSF…", "who in the Swedish government…" ask for a person (or an office of the body), and a
// window naming only the body does not answer them (`memberAskedOf`, doer-names.ts;
// `namesMemberOf`, person-names.ts; read by `answerTypeGiven`, window-answer-type.ts).
import { describe, expect, it } from "vitest";
import { isCommonWord } from "../../src/answer/common-words.ts";
import { memberAskedOf } from "../../src/answer/doer-names.ts";
import { namesMemberOf } from "../../src/answer/person-names.ts";
import { briefingNote as note, UNRELATED_AGENDA_NOTE } from "../support/corpus-builder.ts";
import { answersStatingEach, refusesEach } from "../support/coverage-cases.ts";
import { notesAppContext } from "../support/notes-app.ts";

const NOTES: Record<string, string> = {
  "notes/freetown.md": note("The Freetown conference", [
    "**Hosting.** The Freetown conference took place in March 2013. Ruritania's Spectrum Office hosted it. The Office's Director General, Adaeze Okonkwo, chaired the conference. [1]",
    "**Roaming.** In May 2012 Sylvania urged work towards a binding roaming code within the ZTU Council. Latveria pushed instead for voluntary guidelines. [2]",
    "**The pamphlet.** The Freetown Forum's pamphlet on roaming fees was written by Kevin Okafor. [3]",
    "**Consumers.** The Latverian Consumer Council criticised the roaming code. [4]",
  ]),
  "notes/other.md": UNRELATED_AGENDA_NOTE,
};

const app = notesAppContext("wcit-whoin-26-", NOTES);

describe("a who question naming a body it asks inside", () => {
  it("reads the body after in, at, from or inside", () => {
    expect(memberAskedOf("who in the Sylvanian government urged a roaming code?")).toBe(
      "the Sylvanian government",
    );
    expect(memberAskedOf("Who at the Freetown Forum wrote the pamphlet?")).toBe(
      "the Freetown Forum",
    );
    expect(memberAskedOf("which official at the ZTU said so?")).toBe("the ZTU");
  });

  it("is not read from a who question naming no body", () => {
    expect(memberAskedOf("who chaired the Freetown conference?")).toBeUndefined();
    expect(memberAskedOf("who in the room objected?")).toBeUndefined();
    expect(memberAskedOf("which country at the conference objected?")).toBeUndefined();
  });
});

describe("a sentence naming someone inside the body", () => {
  const names = (text: string, body: string) => namesMemberOf(text, body, isCommonWord);

  it("names a person, a titled surname or an office of the body", () => {
    expect(names("The pamphlet was written by Kevin Okafor.", "the Forum")).toBe(true);
    expect(names("Then Secretary-General Okonkwo insisted on it.", "the ZTU")).toBe(true);
    expect(names("At the meeting Sylvania's minister called for a code.", "Sylvania")).toBe(true);
  });

  it("does not from the body alone, a title in quotes or a plural body", () => {
    expect(names("Sylvania urged work towards a code.", "the Sylvanian government")).toBe(false);
    expect(names('Its report, titled "Everyone Loves Free Roaming", was read.', "Ruritania")).toBe(
      false,
    );
    expect(names("Member States will implement the code.", "Latveria")).toBe(false);
    expect(names("Then the Chair said it had not.", "the Consumer Council")).toBe(false);
  });
});

describe("who inside a body, answered and refused", () => {
  // The note names the person inside the body.
  answersStatingEach(app, [
    ["who at the Spectrum Office chaired the Freetown conference?", "Okonkwo"],
    ["who at the Freetown Forum wrote the pamphlet on roaming fees?", "Kevin Okafor"],
  ]);

  // The note names only the body.
  refusesEach(app, [
    "who in Sylvania urged work towards a binding roaming code within the ZTU Council?",
    "which official at the Latverian Consumer Council criticised the roaming code?",
    "who at the Consumer Council criticised the roaming code?",
  ]);
});
