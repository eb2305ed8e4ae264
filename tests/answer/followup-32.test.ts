// A follow-up whose new ask is its last sentence, typed without "?" after a sentence tying it to
// its thread (issue #12, the thirty-second session's batch in-3678..in-3687, out-1208..out-1209):
// the last sentence is read as the follow-up's own words too (`askedInFollowUp`), so what it newly
// asks is quoted. (Weighing its own words' search above its thread's when composing was taken out
// at the merge: three blind-probe follow-ups pointing back at their thread lost their answer.)
import { describe, expect, it } from "vitest";
import { askedInFollowUp, askedWithReferents } from "../../src/search/question.ts";
import { briefingNote, UNRELATED_AGENDA_NOTE } from "../support/corpus-builder.ts";
import { notesEngine } from "../support/extractive-engine.ts";

const LEVY = briefingNote("The harbour levy and its critics", [
  "**The exemption clause.** To protect local fishers, the council added to Clause 3 a sentence saying the levy does not apply to boats under ten metres. The Harbour Chair proposed it during the debate on quotas. [1]",
  "**The trawler objection.** Commodore Hale accepted that overfishing is a real problem but said the levy would fall hardest on small ports. His concern was that exempt boats would be bought up by larger fleets. [2]",
  "**Critics after the vote.** The Netmakers Guild argued that inspectors cannot collect the levy from small boats without first weighing every catch, which in practice means boarding each boat. The Salt Coast delegation said the levy is always about who controls the quays, and that councils should not settle it by charter. [1][2]",
]);

const REGISTRY = briefingNote("The ship registry", [
  "**Flags.** Ships registered in the northern ports flew the federal flag until 1998, when the registry was split by coast. [1]",
  "**Inspections.** Safety inspections were carried out twice a year by the coastguard, which published its findings each spring. [2]",
  "**Crews.** Crew certificates issued abroad were recognised only after a written test in the registry's own language. [1]",
]);

const ingested = notesEngine("wcit-followup-32-", {
  "notes/levy.md": LEVY,
  "notes/registry.md": REGISTRY,
  "notes/other.md": UNRELATED_AGENDA_NOTE,
});

const THREAD = [
  {
    question: "what does clause 3 say now?",
    answer: "The levy does not apply to boats under ten metres. [1]",
  },
];

describe("a follow-up's last ask typed without a question mark", () => {
  it("is read as its own words after an ask that has one", () => {
    const asked = askedInFollowUp(
      "right, but did that settle the worry? what did the netmakers guild say the levy would need in practice",
    );
    expect(asked).toContain("did that settle the worry?");
    expect(asked).toContain("what did the netmakers guild say");
    expect(askedInFollowUp("why did the guild object? and who answered them")).toContain(
      "who answered them",
    );
  });

  it("is not a closing statement, and any other question's key terms are read as before", () => {
    expect(askedInFollowUp("why did the guild object? asking for the board")).toBe(
      "why did the guild object?",
    );
    expect(askedWithReferents("why did the guild object? and who answered them")).toBe(
      "why did the guild object?",
    );
  });
});

describe("a follow-up asking something new in its last sentence", () => {
  it("is answered where the corpus holds what it newly asks", async () => {
    const answer = await ingested.engine.answer(
      "right, but did that settle the worry? what did the netmakers guild say collecting the levy would need in practice",
      { history: THREAD },
    );
    expect(answer.coverage).not.toBe("none");
  });

  it("is composed as before where it names nothing of its own", async () => {
    const answer = await ingested.engine.answer("who proposed it?", { history: THREAD });
    expect(answer.coverage).not.toBe("none");
    expect(answer.text).toContain("Harbour Chair");
  });

  it("stays refused where its new ask names what the corpus lacks", async () => {
    const answer = await ingested.engine.answer(
      "ok, and did that settle it? what did the lighthouse keepers union say about the tide tables",
      { history: THREAD },
    );
    expect(answer.coverage).toBe("none");
  });
});
