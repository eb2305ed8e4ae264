// Claims an asker wants checked (issue #12): "Fact check: …", "I heard … Correct?", "Someone
// told me … — right?". The claim is the question's content, not its framing; and a place that
// names the claim's subject without saying what the claim says it did neither confirms nor
// corrects it.
import { describe, expect, it } from "vitest";
import { briefingNote, UNRELATED_AGENDA_NOTE } from "../support/corpus-builder.ts";
import { notesEngine, starterEngine } from "../support/extractive-engine.ts";

const TALKS = briefingNote("The fisheries talks in Valparaíso", [
  "**The conference.** The fisheries conference took place in Valparaíso from 3 to 14 March 2019. The harbour authority's director, Ana Ruiz, chaired it. [1]",
  "**The leaked text.** Around 7 March a bloc text leaked, listed as coming from Peru, Ecuador, Bolivia and Panama. On 10 March the Chair said it was off the table. [1]",
  "**Opening.** The regional fisheries commissioner opened the conference with catch statistics. [1]",
]);

const OUTCOME = briefingNote("The outcome of the fisheries talks", [
  "**Signatures.** On the last day 71 delegations signed the final accord, and 40 did not. [1]",
  "**Entry into force.** For signatories, the accord was to apply provisionally from 1 January 2021. [1]",
  "**Letters.** During the fisheries conference, unions wrote to the commissioner and the Chair about closed sessions. [2]",
  "**Petition.** A coalition of fishers' unions said it had delivered 12,000 petition signatures to the delegates. [2]",
]);

const QUOTAS = briefingNote("Quotas and the trawler ban", [
  "**The quota article.** The quota article asks states to endeavour to keep catches within agreed limits; it is hortatory, not binding. [1]",
  "**The trawler ban.** Chile proposed a ban on bottom trawling, which the conference shelved. [1]",
]);

// The starter corpus: a delegation named only among a leaked text's sponsors.
const starter = starterEngine("wcit-claim-check-");

const ingested = notesEngine("wcit-claim-check-", {
  "notes/talks.md": TALKS,
  "notes/quotas.md": QUOTAS,
  "notes/outcome.md": OUTCOME,
  "notes/agenda.md": UNRELATED_AGENDA_NOTE,
});

describe("a claim to check is read as its claim", () => {
  it("answers a claim followed by a bare 'Correct?' from the place that states it", async () => {
    const answer = await ingested.engine.answer(
      "I heard Ana Ruiz chaired the fisheries conference. Correct?",
    );
    expect(answer.coverage).not.toBe("none");
    expect(answer.text).toContain("Ana Ruiz, chaired it");
  });

  it("answers a 'Fact check:' claim from the place that corrects it", async () => {
    const answer = await ingested.engine.answer(
      "Fact check: the quota article is binding on states.",
    );
    expect(answer.coverage).not.toBe("none");
    expect(answer.text).toContain("not binding");
  });
});

describe("a claim's subject must be said to have done what the claim says", () => {
  it("refuses a signature claimed of a delegation named only as a sponsor of a leaked text", async () => {
    const answer = await starter.engine.answer(
      "Someone told me Sudan signed the new treaty. Correct?",
    );
    expect(answer.coverage).toBe("none");
  });

  it("refuses a resignation the sources never report of the one they name", async () => {
    const answer = await starter.engine.answer("I heard Kramer resigned after Dubai. Correct?");
    expect(answer.coverage).toBe("none");
  });

  it("answers a claim whose verb the place states, with its own figure (in-scope twin)", async () => {
    const answer = await ingested.engine.answer(
      "Fact check: 71 delegations signed the final accord — right?",
    );
    expect(answer.coverage).not.toBe("none");
    expect(answer.text).toContain("71 delegations signed");
  });
});

describe("a claim's verb met only as a noun", () => {
  it("never labels full a place where the claimed verb is only a title ('the Chair')", async () => {
    const answer = await ingested.engine.answer(
      "Correct me if I'm wrong, but the commissioner chaired the fisheries conference?",
    );
    expect(answer.coverage).not.toBe("full");
  });
});

describe("a claimed figure is answered by the figure a source gives", () => {
  it("answers a wrong count of the thing counted with the count the place gives", async () => {
    const answer = await ingested.engine.answer(
      "I read that 90 delegations signed the final accord. Correct?",
    );
    expect(answer.coverage).not.toBe("none");
    expect(answer.text).toContain("71 delegations signed");
  });

  it("refuses a count of a thing no source counts (near miss)", async () => {
    const answer = await ingested.engine.answer(
      "Confirm: the conference banned more than 300 trawlers?",
    );
    expect(answer.coverage).toBe("none");
  });

  it("answers a claimed count whose verb a source words otherwise ('handed', 'delivered')", async () => {
    const answer = await ingested.engine.answer(
      "Confirm: the fishers' coalition handed delegates 2,000 petition signatures?",
    );
    expect(answer.coverage).not.toBe("none");
    expect(answer.text).toContain("12,000 petition signatures");
  });

  it("answers a wrong year with the date the place gives", async () => {
    const answer = await ingested.engine.answer(
      "Someone told me the final accord took effect for signatories in 2019 — right?",
    );
    expect(answer.coverage).not.toBe("none");
    expect(answer.text).toContain("1 January 2021");
  });
});
