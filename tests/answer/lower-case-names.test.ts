// A question typed all in lower case, as analysts type in Slack, is read with the names the corpus
// capitalises: "the us delegation" is the US's, not any delegation's (issue #12). The real
// extractive engine over notes ingested into a real SQLite file.
import { describe, expect, it } from "vitest";
import { briefingNote } from "../support/corpus-builder.ts";
import { notesEngine } from "../support/extractive-engine.ts";

const POSITIONS = briefingNote("Delegations on roaming", [
  "**Roaming caps.** On roaming, the Brazilian delegation proposed a cap on roaming charges between neighbouring countries. The delegation's roaming proposal was to be reviewed every four years, and the delegation proposed a roaming working group too. [1]",
  "**The chair.** The conference chair ruled that the roaming texts would go to a working group, and the chair closed the debate. [1]",
  "**Roaming tariffs.** The Canadian delegation proposed that regulators publish roaming tariffs each year; the delegation said roaming prices hurt travellers. [2]",
]);
const WASHINGTON = briefingNote("Washington's line", [
  "**Roaming.** The US delegation proposed that roaming charges stay a matter for commercial agreements between operators. [1]",
  "**Cybersecurity.** Ambassador Kramer told reporters that the US would not accept security language in the treaty. Kramer repeated it in Dubai. [2]",
  "**The team.** FCC Chairman Julius Genachowski and Ambassador Kramer spoke for Washington before the conference. [1]",
  "**Afterwards.** Genachowski said the outcome in Dubai was disappointing because the treaty invited governments to regulate networks. [2]",
]);

const ingested = notesEngine("wcit-lower-case-", {
  "notes/positions.md": POSITIONS,
  "notes/washington.md": WASHINGTON,
});

describe("a question typed in lower case", () => {
  it("reads 'the us' as the US, and answers as the question typed with capitals", async () => {
    const typed = await ingested.engine.answer("what did the us delegation propose on roaming?");
    expect(typed.coverage).not.toBe("none");
    expect(typed.text).toMatch(/^The US delegation proposed that roaming charges stay/);
    expect(typed.text).not.toContain("Brazilian");
    const capitalised = await ingested.engine.answer(
      "What did the US delegation propose on roaming?",
    );
    expect(typed.text).toBe(capitalised.text);
  });

  it("reads an acronym and a name as the corpus writes them, while 'tell us' stays the pronoun", async () => {
    const question = "can you tell us why the fcc chair was unhappy with how dubai ended?";
    const answer = await ingested.engine.answer(question);
    expect(answer.coverage).not.toBe("none");
    expect(answer.text).toContain(
      "Genachowski said the outcome in Dubai was disappointing because",
    );
    // Nothing was misspelt: the capitals are not reported as corrections.
    expect(answer.corrections).toBeUndefined();
  });
});
