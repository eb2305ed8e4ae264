// A detail asked of a thing the notes name (nm40): "what number did X carry", "how does the text
// define 'Y'", "what did X say once…", "what was X doing before…", "what was X charging" each ask
// one detail of a named thing; a place naming the thing without a sentence stating that detail
// of it (a numbered name, a defining verb, X saying, an earlier post, a sum) does not answer.
import { describe, expect, it } from "vitest";
import { askedFocus } from "../src/answer/asked-focus.ts";
import { briefingNote as note, UNRELATED_AGENDA_NOTE } from "./support/corpus-builder.ts";
import { notesAppContext } from "./support/notes-app.ts";

const NOTES = {
  "notes/transit.md": note("The transit talks and their texts", [
    "**Assembly backing.** H. Res. 44, introduced on 2 May 2015, stated support for open transit between member networks. The Assembly approved it unanimously. During the Porto talks the Assembly also passed, 300 to 2, a related Council motion sponsored by Delegates Ortega and Lind opposing central control of transit. [1]",
    '**Operators covered.** The compromise, "licensed carriers", covers operating agencies authorised by a member state to offer transit to the public. The adopted Article 3B asks members to protect networks from "transit harm" so that transit services develop harmoniously. [2]',
    "**The bloc text.** Around 6 May a bloc text leaked. It was listed as coming from Norland, Sudria and Vesta, and amounted to a rewrite of the transit rules. Vesta publicly denied ever supporting it. On 8 May the Chair said it was off the table. [3]",
  ]),
  "notes/other.md": UNRELATED_AGENDA_NOTE,
};

const { answerTo, coverageOf } = notesAppContext("wcit-nm40-40-", NOTES);

describe("a detail asked of a named thing", () => {
  it("is read from the question's shape, with the thing where the question writes it", () => {
    expect(askedFocus("what number did the ortega-lind motion carry")).toBeDefined();
    expect(askedFocus("how does the text define 'transit harm'")?.thing).toBe("'transit harm'");
    expect(askedFocus("what did norland say once the bloc text was pulled")?.thing).toBe("norland");
    expect(askedFocus("what was ortega doing before the porto talks")?.thing).toBe("ortega");
    expect(askedFocus("what was the assembly charging observers for the papers")).toBeDefined();
    // (Not a figure pointed to, a count, a definition named, a class of speakers, a noun.)
    expect(askedFocus("what number did he point to")).toBeUndefined();
    expect(askedFocus("what number of delegates came")).toBeUndefined();
    expect(askedFocus("what did the draft definition of spam cover")).toBeUndefined();
    expect(askedFocus("what did each of the treaty's defenders say after porto")).toBeUndefined();
    expect(askedFocus("what did the talks decide about roaming charges")).toBeUndefined();
  });
});

describe("a detail the notes do not state of a thing they name", () => {
  // (With `focusGiven` made to hold always, each of these three is answered: run so, all three
  // fail, the guards below pass.)
  it("is refused: a number asked of a motion the notes name unnumbered", async () => {
    expect(await coverageOf("what number did the ortega-lind council motion carry")).toBe("none");
  }, 60_000);

  it("is refused: a definition asked of a term the notes only quote", async () => {
    expect(await coverageOf("how does article 3b itself define 'signal harm'")).toBe("none");
  }, 60_000);

  it("is refused: what a party said, where the notes only list it", async () => {
    expect(await coverageOf("what did norland say once the bloc text got pulled")).toBe("none");
  }, 60_000);
});

describe("a detail the notes state of the thing", () => {
  it("is answered: a term the notes define with a defining verb", async () => {
    const question = "how does the text define 'licensed carriers'";
    expect(await coverageOf(question)).not.toBe("none");
    expect((await answerTo(question)).text).toContain("authorised by a member state");
  }, 60_000);

  it("is answered: what a party the notes have speaking said", async () => {
    const question = "what did vesta say once the bloc text leaked";
    expect(await coverageOf(question)).not.toBe("none");
    expect((await answerTo(question)).text).toContain("denied");
  }, 60_000);
});
