// A list asking for the items of a class (issue #12, nearmiss20): a series in the sentence after
// the one naming the class gives its items only where that sentence says it does ("These
// included…", "such as", a colon). A series of other things beside a class named only as a class
// ("drafted with partners"; "with some transparency gains") sets out none of the items asked.
import { describe, expect, it } from "vitest";
import { briefingNote, UNRELATED_AGENDA_NOTE } from "../support/corpus-builder.ts";
import { notesEngine, starterEngine } from "../support/extractive-engine.ts";

const CAMPAIGN = briefingNote("Civil society and the fisheries talks", [
  "**Sign-on letter (May 2018).** The Ocean Fund circulated a letter, drafted with partners, urging member states not to extend the pact to inland waters. It also urged them to open national processes to fishers, scientists and coastal communities. [1]",
  "**Regional principles.** After a first meeting in Lima in March 2017, the southern administrations set out preliminary principles. These included sharing catch data, capping licence fees, and strengthening port checks. [2]",
  "**Later review.** The Marine Institute reported that the 2020 summit made only small changes to the main resolutions, such as Resolutions 10 and 12. It concluded that the secretariat's role would stay roughly where it was, with some transparency gains. [1]",
]);

const ingested = notesEngine("wcit-series-beside-", {
  "notes/campaign.md": CAMPAIGN,
  "notes/agenda.md": UNRELATED_AGENDA_NOTE,
});

describe("a series beside a class named only as a class", () => {
  it("does not answer 'which partners' from a series of other people after 'drafted with partners'", async () => {
    const answer = await ingested.engine.answer(
      "Which partners helped the Ocean Fund draft its letter urging member states not to extend the pact to inland waters?",
    );
    expect(answer.coverage).not.toBe("full");
  });

  it("refuses 'what gains' where the series stands before the class, in another sentence", async () => {
    const answer = await ingested.engine.answer(
      "What transparency gains did the Marine Institute credit to the 2020 summit?",
    );
    expect(answer.coverage).toBe("none");
  });
});

describe("a series giving the class's items (in-scope twin)", () => {
  it("answers principles set out in the sentence after, opening 'These included'", async () => {
    const answer = await ingested.engine.answer(
      "What principles did the southern administrations set out after their Lima meeting?",
    );
    expect(answer.coverage).not.toBe("none");
    expect(answer.text).toContain("capping licence fees");
  });
});

describe("on the starter corpus", () => {
  const starter = starterEngine("wcit-series-beside-starter-");

  it("no longer answers the sign-on letter's partners 'full' (out-632)", async () => {
    const answer = await starter.engine.answer(
      "Which partners helped CDT draft its letter urging Member States not to extend the ITRs to the Internet?",
    );
    expect(answer.coverage).not.toBe("full");
  });

  it("refuses the transparency gains credited to Busan (out-426)", async () => {
    const answer = await starter.engine.answer(
      "What transparency gains did the Open Technology Institute credit to the Busan plenipotentiary?",
    );
    expect(answer.coverage).toBe("none");
  });

  it("still answers the Arab administrations' principles (in-1286)", async () => {
    const answer = await starter.engine.answer(
      "What principles did the Arab administrations set out after their December 2011 meeting in Dubai?",
    );
    expect(answer.coverage).not.toBe("none");
  });
});
