// A list of states picked out by a name (issue #12, the twenty-seventh session's batch
// in-3012..in-3017, out-1020..out-1025): "which African states were behind…?" is not answered by a
// place writing only the class the question names ("an African Member States proposal", "African
// and Arab states strongly supported…", "small island states"), nor by one naming countries
// without the name picking them out (`classQualifiers`, `restatesQualifiedClass`,
// `statesNamedBy`, class-qualifiers.ts; read by `classSetOut` and `classNamedOnly`,
// window-class-items.ts).
import { describe, expect, it } from "vitest";
import {
  classQualifiers,
  listedClassNouns,
  listedNounUnverified,
  membersBeforeClass,
  restatesQualifiedClass,
  statesNamedBy,
} from "../../src/answer/class-qualifiers.ts";
import type { KeyTerm } from "../../src/answer/terms.ts";
import { modifiesNoun } from "../../src/answer/window-class-items.ts";
import { analyze } from "../../src/search/analyze.ts";
import { briefingNote as note, UNRELATED_AGENDA_NOTE } from "../support/corpus-builder.ts";
import { answersStatingEach, refusesEach } from "../support/coverage-cases.ts";
import { notesAppContext } from "../support/notes-app.ts";

const NOTES: Record<string, string> = {
  "notes/roaming.md": note("The Lomé roaming code", [
    "**Regional backing.** According to the Freetown account, African and Arab states strongly supported the roaming code, while Norway and Canada opposed it. [1]",
    "**Coverage.** The code's annexes cover landlocked developing countries and small island states, a harmonised emergency number and roaming transparency. [2]",
    "**Data retention.** A blog summarised an analysis of an African Member States proposal on harmonising data-retention rules. [4]",
    "**Non-signers.** The Nordic Council said most of its members could not accept the roaming code, and it listed the Nordic states that did not sign. No EU Member State signed in Lomé. [6]",
    "**Budapest.** Norway refused to join the Budapest treaty, and in 2011 it joined Chile and Peru in asking the UN for a data-retention code. [5]",
  ]),
  "notes/satellite.md": note("Satellite bands", [
    "**Filing.** Satellite operators filed for new orbital slots in 2011, and the filings were published in March. [1]",
    "**Shared bands.** Kenya, Ghana and Senegal were the African states that first asked for shared satellite bands. [2]",
  ]),
  "notes/paper.md": note("The Freetown Forum's roaming paper (September 2012): what is known", [
    '**Related outputs.** The Forum\'s newsletter ran an item headed "Roaming Rules Threaten Travellers". [1]',
    "**Date.** The roaming paper was issued on 6 September 2012 by the Freetown Forum. [2]",
    "**Not established.** The following could not be confirmed: the roaming paper's page count and section structure. [3]",
  ]),
  "notes/other.md": UNRELATED_AGENDA_NOTE,
};

const app = notesAppContext("wcit-class-qualifiers-27-", NOTES);

const term = (word: string): KeyTerm => ({
  term: analyze(word)[0] as string,
  alternatives: [],
  weight: 1,
});

describe("the words a question picks its asked class out by", () => {
  it("reads up to two words before the class's noun, capitalised or not", () => {
    expect(classQualifiers("which African states backed it?", term("states"), analyze)).toEqual(
      analyze("African"),
    );
    expect(
      classQualifiers("which small island states does it name?", term("states"), analyze),
    ).toEqual(analyze("island"));
    expect(classQualifiers("which states backed it?", term("states"), analyze)).toEqual([]);
  });

  it("takes states picked out by a name only", () => {
    expect(statesNamedBy("which African states backed it?", term("states"), analyze)).toEqual(
      analyze("African"),
    );
    expect(statesNamedBy("which small island states?", term("states"), analyze)).toEqual([]);
    expect(statesNamedBy("which African groups backed it?", term("groups"), analyze)).toEqual([]);
  });

  it("reads members named before a restated class as its subject", () => {
    const given = (name: string) => name === "African";
    expect(membersBeforeClass("Kenya, Ghana and Senegal were the African ", given)).toBe(true);
    expect(membersBeforeClass("By 2012 the African ", given)).toBe(false);
    expect(membersBeforeClass("A blog summarised an analysis of an African Member ", given)).toBe(
      false,
    );
  });

  it("finds the class restated where a qualifier stands right before it", () => {
    const african = analyze("African");
    expect(restatesQualifiedClass("an analysis of an African Member ", african, analyze)).toBe(
      true,
    );
    expect(restatesQualifiedClass("By then African and Arab ", african, analyze)).toBe(true);
    expect(restatesQualifiedClass("African delegates met; then the ", african, analyze)).toBe(
      false,
    );
    expect(restatesQualifiedClass("the Inter-American ", african, analyze)).toBe(false);
  });
});

describe("states picked out by a name, answered and refused", () => {
  // The note names the states.
  answersStatingEach(app, [
    ["which African states first asked for shared satellite bands?", "Kenya"],
    ["which countries opposed the roaming code?", "Norway"],
  ]);

  // The note names only the class, or countries of no such class.
  refusesEach(app, [
    "which African states strongly supported the roaming code? names pls",
    "which African states were behind the data-retention proposal? names pls",
    "which small island states do the code's annexes cover?",
    "list the Nordic states on the Nordic Council's list of those that didn't sign the code",
  ]);
});

describe("the common noun a list request writes before its plural", () => {
  const k = (word: string, generic = false): KeyTerm => ({ ...term(word), generic });
  const section = k("section", true);
  const headings = k("headings");
  const main = k("main", true);
  const points = k("points", true);

  it("is read as picking the items out", () => {
    expect(
      listedClassNouns(
        "Bullet the section headings of the paper",
        headings,
        [section, headings],
        analyze,
      ),
    ).toEqual([section]);
  });

  it("is not an adjective, nor a word the index requires anyway", () => {
    expect(
      listedClassNouns("list the main points of the paper", points, [main, points], analyze),
    ).toEqual([]);
    expect(
      listedClassNouns("list the section headings", headings, [k("section"), headings], analyze),
    ).toEqual([]);
  });
});

describe("a list's picking noun the notes write only as unconfirmed", () => {
  const section = { ...term("section"), generic: true };
  const unconfirmed = (s: string) => /could not be confirmed/.test(s);

  it("is read so only where every sentence writing it says it could not be confirmed", () => {
    const caveat =
      "The following could not be confirmed: the paper's page count and section structure.";
    expect(
      listedNounUnverified(section, [caveat, "It was issued in 2012."], analyze, unconfirmed),
    ).toBe(true);
    expect(
      listedNounUnverified(
        section,
        [caveat, "Its first section covers spam."],
        analyze,
        unconfirmed,
      ),
    ).toBe(false);
    expect(listedNounUnverified(section, ["It was issued in 2012."], analyze, unconfirmed)).toBe(
      false,
    );
  });

  refusesEach(app, [
    "Bullet the section headings of the Freetown Forum's September 2012 roaming paper, in order",
  ]);
  answersStatingEach(app, [
    ["when was the Freetown Forum's roaming paper issued?", "6 September 2012"],
  ]);
});

describe("a plural class word modifying the noun after it", () => {
  const reads = (text: string, word: string) => modifiesNoun(text, text.indexOf(word), word);

  it("names a thing of another kind", () => {
    expect(reads("the Sahel Forum, the Arab States group and the Baltic Union", "States")).toBe(
      true,
    );
    expect(reads("an analysis of an African Member States proposal on data", "States")).toBe(true);
  });

  it("is not a class word before a participle, a verb or a closing mark", () => {
    expect(reads("Separately, groups meeting at the forum sent a statement", "groups")).toBe(false);
    expect(reads("centred on Latvia and other Baltic states) and the Union", "states")).toBe(false);
    expect(reads("The provisions were adopted late", "provisions")).toBe(false);
  });
});
