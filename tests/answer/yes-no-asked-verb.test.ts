// A yes/no answer opens with the sentence stating the asked verb, however common a word it is
// ("walk out"), where the opening sentence states only the rest of the question; and a statement
// asked as a question ("…, didn't it?") is answered the same way (issue #12).
import { describe, expect, it } from "vitest";
import { briefingNote, UNRELATED_AGENDA_NOTE } from "../support/corpus-builder.ts";
import { notesEngine } from "../support/extractive-engine.ts";

const SUMMIT = briefingNote("Peru at the fisheries summit", [
  "**Lines held at the summit.** Ortiz said Peru would oppose quota language in the accord because it could limit coastal fleets. He also said Peru would resist proposals on shared patrols. Peru wanted the accord to apply only to licensed fleets. On 4 May Ortiz denied press reports that Peru had threatened to walk out of the summit. [1]",
]);

const ingested = notesEngine("wcit-yes-no-asked-verb-", {
  "notes/summit.md": SUMMIT,
  "notes/agenda.md": UNRELATED_AGENDA_NOTE,
});

const SETTLING = "On 4 May Ortiz denied press reports that Peru had threatened to walk out";

describe("a yes/no answer opens with the sentence stating the asked verb", () => {
  it("opens with the sentence saying 'walk out', not the passage's first line on Peru", async () => {
    const answer = await ingested.engine.answer("Did Peru walk out of the summit?");
    expect(answer.coverage).not.toBe("none");
    expect(answer.text.startsWith(SETTLING)).toBe(true);
  });

  it("answers a tag question the same way", async () => {
    const answer = await ingested.engine.answer("Peru walked out of the summit, didn't it?");
    expect(answer.coverage).not.toBe("none");
    expect(answer.text.startsWith(SETTLING)).toBe(true);
  });
});
