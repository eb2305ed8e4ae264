// A request typed as analysts type it in Slack (issue #12): "Give 3-4 bullets on…", "Need 2-3
// talking points for the board on…". The count range and the bare request verb are instructions;
// read as content, their numbers were required terms no source states and the list was refused.
import { describe, expect, it } from "vitest";
import { briefingNote } from "../support/corpus-builder.ts";
import { notesEngine } from "../support/extractive-engine.ts";

const REFUSAL = briefingNote("The northern bloc at the fisheries talks", [
  "**Refusal to sign.** On 14 May 2019 the northern bloc announced that it could not sign the pact. Its envoy said the quota rules were too rigid. He objected that the observer scheme had no budget. He named licence fees and port inspections as the dividing issues. [1]",
  "**Licence fees.** Licence fees were set by each coastal state under the 2001 pact. [2]",
]);

const ingested = notesEngine("wcit-count-range-", { "notes/refusal.md": REFUSAL });

describe("a count range and a bare request verb", () => {
  it.each([
    "Give 3-4 bullets on why the northern bloc refused to sign the pact",
    "Need 2-3 talking points for the board on why the northern bloc refused to sign",
    "3 to 5 bullets on why the northern bloc refused to sign the pact",
  ])("%s is answered from the paragraph on the refusal", async (question) => {
    const answer = await ingested.engine.answer(question);
    expect(answer.coverage).not.toBe("none");
    expect(answer.text).toContain("quota rules were too rigid");
  });

  it("still refuses a count of something the corpus never states", async () => {
    const answer = await ingested.engine.answer(
      "Give 3-4 bullets on why the southern bloc's whaling quota was cut in 2024",
    );
    expect(answer.coverage).toBe("none");
  });
});
