// A paragraph's opening names its subject, and a later sentence gives what is asked (issue #12,
// the twenty-eighth session's batch in-3206..in-3215, out-1072..out-1073): "India's Doc 21 from
// Nov 2012 - India narrowed ICT references to what…?" is answered by "In Dubai India limited ICT
// references to the physical layer…", three sentences after "India submitted Document 21 on
// 3 November 2012". No two-sentence window holds both, so the question was refused. A window now
// reads the question's names its paragraph's opening says (`openingNamesCarried`,
// paragraph-lead.ts) where it says more of them itself, and the reading is taken only where it
// covers the question (`assessRelevance`, relevance.ts).
import { describe, expect, it } from "vitest";
import { openingNamesCarried } from "../../src/answer/paragraph-lead.ts";
import type { KeyTerm } from "../../src/answer/terms.ts";
import { briefingNote as note, UNRELATED_AGENDA_NOTE } from "../support/corpus-builder.ts";
import { notesAppContext } from "../support/notes-app.ts";

const key = (term: string, weight = 3): KeyTerm => ({ term, alternatives: [], weight }) as KeyTerm;

/** A passage of five sentences: the opening names "freetown", "44"; the later ones other names. */
const PASSAGE = {
  sentences: [
    ["freetown"],
    ["freetown", "submit", "document", "44"],
    ["local", "group", "object"],
    ["lisbon", "freetown", "limit", "tariff", "refer"],
    ["ngo", "tide", "call", "step"],
  ],
};

describe("openingNamesCarried", () => {
  const demands = (names: string[], checksVerb = false) => ({
    namesOrNumbers: new Set(names),
    keyTerms: [...names.map((n) => key(n)), key("tariff"), key("refer")],
    checksVerb,
  });

  it("lends the opening's names to a later window saying more of the question's names", () => {
    const carried = openingNamesCarried(demands(["freetown", "44", "lisbon"]), PASSAGE, 3);
    expect([...(carried ?? [])]).toEqual(["44"]);
  });

  it("lends nothing to a window overlapping the opening, or saying too few names itself", () => {
    expect(openingNamesCarried(demands(["freetown", "44", "lisbon"]), PASSAGE, 1)).toBeUndefined();
    // (The window says one name, "lisbon", and would be lent two.)
    expect(openingNamesCarried(demands(["freetown", "44", "lisbon"]), PASSAGE, 4)).toBeUndefined();
    expect(openingNamesCarried(demands(["44"]), PASSAGE, 2)).toBeUndefined();
  });

  it("lends no party where the paragraph has gone on to another party of the question's kind", () => {
    // "how did Tunisia vote on Iran's sentence - with the 77 or the 33?": the opening is Tunisia's
    // proposal; "Iran asked for a vote…" then "It passed 77 to 33…" are Iran's.
    const votes = {
      sentences: [
        ["tunisia", "propos", "languag"],
        ["preambl", "commit"],
        ["iran", "ask", "vote", "sentenc"],
        ["pass", "77", "33", "abstent"],
      ],
    };
    const asked = (question: string) => ({
      namesOrNumbers: new Set(["tunisia", "iran", "77", "33"]),
      keyTerms: ["tunisia", "iran", "77", "33", "vote"].map((n) => key(n)),
      checksVerb: false,
      question,
    });
    const question = "how did Tunisia vote on Iran's sentence - with the 77 or the 33?";
    expect(openingNamesCarried(asked(question), votes, 2)).toBeUndefined();
    // (Read without the question's parties, as before, the opening's name is lent.)
    expect([...(openingNamesCarried(asked("how did the vote go"), votes, 2) ?? [])]).toEqual([
      "tunisia",
    ]);
  });

  it("lends nothing for a yes/no question or a claim", () => {
    expect(
      openingNamesCarried(demands(["freetown", "44", "lisbon"], true), PASSAGE, 3),
    ).toBeUndefined();
  });
});

const NOTES: Record<string, string> = {
  "notes/proposals.md": note("National proposals", [
    "**Freetown.** Freetown submitted Document 44 on 5 March 2019. It said the document had been prepared through a national consultation keyed to the working group's draft. Local groups had objected to an earlier draft. In Lisbon Freetown limited roaming references to wholesale rates and backed a transparency clause, but it still supported a numbering provision. The Tide Project called this a step forward. [1]",
    "**Documents in March 2019.** Document 44 and the other March 2019 submissions were posted on the conference site. Freetown's submission was the longest of them, and its tariff chapter drew the most comment from delegates. [2]",
  ]),
  "notes/other.md": UNRELATED_AGENDA_NOTE,
};

const { coverageOf } = notesAppContext("wcit-paragraph-lead-28-", NOTES);

// (A question answered so in this small corpus was not found in the time left: its window met
// every term with the opening's names lent, but failed the description check, as it does without
// them. On the tuning half in-2742 is answered this way.)
describe("an answer three sentences after the names it is asked by", () => {
  // (As before: a yes/no question, and a fact no sentence of the paragraph tells.)
  for (const question of [
    "Did Freetown's Doc 44 from March 2019 narrow roaming references to retail rates in Geneva?",
    "Freetown's Doc 44 from March 2019 - which minister in Lisbon signed it off, and what did the Tide Project make of it?",
  ]) {
    it(`stays refused: ${question}`, async () => {
      expect(await coverageOf(question)).toBe("none");
    });
  }
});
