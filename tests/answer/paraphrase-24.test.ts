// A party or role named in everyday words the notes write otherwise (issue #12, the
// twenty-fourth session's batch in-2624..in-2633, out-910..out-911): "who had the gavel" is read
// as who chaired, "at the helm of / in charge of" as who headed; a who question asking the holder
// of a chair needs a sentence saying who held it, not one naming "the Chair" as a party beside
// another name; "the ZTU's boss" is met by the title the notes introduce its head with.
import { describe, expect, it } from "vitest";
import { stem } from "../../src/search/analyze.ts";
import { idiomExpansions, idiomReadings } from "../../src/search/idiom-readings.ts";
import { asksHeadOnly, officeTitles } from "../../src/search/office-holders.ts";
import { withoutTimeIdioms } from "../../src/search/question-idioms.ts";
import { briefingNote as note, UNRELATED_AGENDA_NOTE } from "../support/corpus-builder.ts";
import { answersStatingEach, refusesEach } from "../support/coverage-cases.ts";
import { notesAppContext } from "../support/notes-app.ts";

const NOTES: Record<string, string> = {
  "notes/conference.md": note("The Freetown conference", [
    "**The venue.** The Zenith Telecommunication Union (ZTU) held its treaty conference in Freetown from 3 to 14 December 2012. The Freedonian regulator hosted it at the Congress Hall. Amara Kallon, the regulator's Director General, chaired the conference in Freetown. [1]",
    "**Opening.** At the opening in Freetown ZTU Secretary-General Hamid Okafor addressed delegates and said the old rules had served the sector well. [1]",
    "**The open letter.** During the conference in Freetown, activists wrote to Okafor and the Chair that public comments had no formal standing in the ZTU negotiations. [2]",
    "**The placards.** Late on 12 December the Chair asked for a show of placards. When Sylvania asked whether that had been a ZTU vote, the Chair said it had not. [2]",
  ]),
  "notes/delegations.md": note("ZTU delegations in Freetown", [
    "**Freedonia.** Jane Roe headed the Freedonian delegation to the ZTU conference in Freetown and argued that the treaty should stay high-level. [1]",
    "**Sylvania.** In Freetown the Sylvanian delegation objected to the ZTU spam article and reserved its position on the final day. [2]",
  ]),
  "notes/forum.md": note("The Lakeside forum", [
    "**The forum.** In March 2013 delegates met again to review the ZTU treaty. During the Lakeside forum, activists wrote to Okafor and the Chair about the closed sessions. [1]",
  ]),
  "notes/other.md": UNRELATED_AGENDA_NOTE,
};

const app = notesAppContext("wcit-paraphrase-24-", NOTES);

describe("idioms for holding a chair or a lead", () => {
  it("are searched as the record's words, at the weight of the question's own", () => {
    expect(idiomReadings("Who had the gavel in Freetown?")).toContain(stem("chair"));
    expect(idiomReadings("who wielded the gavel?")).toContain(stem("chair"));
    expect(idiomReadings("Who was at the helm of the Freedonian delegation?")).toContain(
      stem("head"),
    );
    expect(idiomExpansions("who was in charge of the ZTU?")).toContain(stem("head"));
  });

  it("are not read where the words say something else", () => {
    expect(idiomReadings("the gavel was heavy")).toEqual([]);
    expect(idiomReadings("who charged the ZTU with fraud?")).toEqual([]);
    expect(idiomReadings("What did the Chair say about the placards?")).toEqual([]);
  });

  it("are read as the record's verb for the coverage decision", () => {
    expect(withoutTimeIdioms("Who had the gavel in Freetown?")).toBe("Who chaired in Freetown?");
    expect(withoutTimeIdioms("Who was at the helm of the Freedonian delegation?")).toBe(
      "Who headed the Freedonian delegation?",
    );
    expect(withoutTimeIdioms("the guy who ran the sessions in Freetown?")).toBe(
      "the guy who chaired in Freetown?",
    );
    expect(withoutTimeIdioms("who ran the meeting in Freetown?")).toBe(
      "who chaired the meeting in Freetown?",
    );
    // (Not any running: a site, a campaign, the show.)
    expect(withoutTimeIdioms("who ran the site?")).toBe("who ran the site?");
    expect(withoutTimeIdioms("who ran the show?")).toBe("who ran the show?");
  });
});

describe("a who question asked in a role idiom", () => {
  answersStatingEach(app, [
    ["Who had the gavel in Freetown?", "Amara Kallon"],
    ["the regulator guy who ran the sessions in Freetown - what's his name?", "Amara Kallon"],
    ["Who was at the helm of the Freedonian delegation?", "Jane Roe"],
  ]);

  // The Sylvanian delegation is named, but never who headed it.
  refusesEach(app, ["Who was at the helm of the Sylvanian delegation?"]);
});

describe("a who question asking who held a chair", () => {
  // "…wrote to Okafor and the Chair…" names a party and the Chair, not who chaired the forum.
  refusesEach(app, ["Who chaired the Lakeside forum?"]);

  // Who asked the Chair something asks another party: the Chair as a party still stands.
  answersStatingEach(app, [
    ["Who asked the Chair whether the show of placards had been a vote?", "Sylvania"],
    ["Who chaired the Freetown conference?", "Amara Kallon"],
  ]);
});

describe("an organisation's head asked in an everyday word", () => {
  it("reads only the words saying someone heads it", () => {
    expect(asksHeadOnly("boss")).toBe(true);
    expect(asksHeadOnly("chief")).toBe(true);
    expect(asksHeadOnly("director")).toBe(false);
    expect(asksHeadOnly("chair")).toBe(false);
  });

  it("reads the title a text introduces the head with", () => {
    expect(
      officeTitles("At the opening ZTU Secretary-General Hamid Okafor addressed delegates.", "ZTU"),
    ).toEqual(["Secretary-General"]);
    expect(officeTitles("ACME CEO Fadi Nasr spoke.", "ACME")).toEqual(["CEO"]);
    expect(officeTitles("The ZTU negotiations went on.", "ZTU")).toEqual([]);
  });

  // The ZTU is the corpus's topic (named in most passages): its office-holders' names alone do not
  // say its office, but the title does.
  answersStatingEach(app, [["Who was the ZTU's boss during the conference?", "Okafor"]]);
});
