// A count asked in an analyst's everyday noun that the notes count in the field's own (issue #12,
// the twenty-seventh session's batch in-2982..in-2991, out-1014..out-1015): "how many GRIPES did
// civil society raise in its open letter?" where the note says "It raised three problems". The
// field's nouns (domain-nouns.ts: "gripe" with "objection", "concern", "problem") never stand for
// the thing a count is asked of, so the count of "problems" did not count the gripes and the
// question was refused. They now count it as the corpus's other nouns for a class do
// (`countedThing`, `demand-counted.ts`): only in a sentence that gives the count and states every
// other required word of the question (`countsAlike`, `window-terms.ts`).
import { describe, expect, it } from "vitest";
import { countedThing } from "../../src/answer/demand-counted.ts";
import { keyTermsOf } from "../../src/answer/terms.ts";
import { analyze } from "../../src/search/analyze.ts";
import { briefingNote as note, UNRELATED_AGENDA_NOTE } from "../support/corpus-builder.ts";
import { notesAppContext } from "../support/notes-app.ts";

describe("countedThing", () => {
  const termWeight = Object.assign((t: string) => (t.startsWith("gripe") ? undefined : 2), {});

  it("counts a field noun of the counted noun's family alike", () => {
    const keys = keyTermsOf("how many gripes did civil society raise in the letter?", {
      termWeight,
    });
    const thing = countedThing(
      keys.map((k) => (k.term === analyze("gripes")[0] ? { ...k, counted: true } : k)),
      analyze,
    );
    expect(thing?.countsAlike?.("problems")).toBe(true);
    expect(thing?.countsAlike?.("objections")).toBe(true);
  });

  it("counts no noun outside the family alike", () => {
    const keys = keyTermsOf("how many gripes did civil society raise in the letter?", {
      termWeight,
    });
    const thing = countedThing(
      keys.map((k) => (k.term === analyze("gripes")[0] ? { ...k, counted: true } : k)),
      analyze,
    );
    expect(thing?.countsAlike?.("organisations") ?? false).toBe(false);
    expect(thing?.countsAlike?.("letters") ?? false).toBe(false);
  });
});

const NOTES: Record<string, string> = {
  "notes/conference.md": note("Civil society at the conference", [
    "**Pressure during the conference.** On 9 December civil-society attendees sent the Chair an open letter. It raised three problems: public comments had no standing, the working groups were closed, and observers could not take part. [1]",
    "**Operators.** The European operators' association asked for fair compensation for carrying traffic. [2]",
  ]),
  "notes/other.md": UNRELATED_AGENDA_NOTE,
};

const { answerTo, coverageOf } = notesAppContext("wcit-count-field-nouns-27-", NOTES);

describe("a count asked in an everyday noun of a field family", () => {
  it("is answered by the sentence counting the field's noun, every other word stated", async () => {
    const question = "how many gripes did civil society raise in its open letter to the Chair?";
    expect(await coverageOf(question)).toBe("partial");
    expect((await answerTo(question)).text).toContain("three problems");
  });

  it("stays refused where no sentence counts a noun of the family", async () => {
    expect(
      await coverageOf("how many carriers belonged to the European operators' association?"),
    ).toBe("none");
  });

  it("stays refused where the counting sentence lacks another word asked", async () => {
    expect(
      await coverageOf(
        "how many gripes did civil society raise in its letter to the Secretary-General?",
      ),
    ).toBe("none");
  });
});
