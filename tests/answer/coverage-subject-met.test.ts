// A who question whose weightiest word the answering place lacks (issue #12): "Which delegation
// pushed free-expression wording … into the treaty TALKS?", where "talks" outweighs the rest and
// the place says "Tunisia proposed explicit freedom-of-expression language…". The name must stand
// with the weightiest word the window does name; a window lacking a name of the question is
// still about another thing.
import fs from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { PROJECT_ROOT } from "../../src/context.ts";
import { briefingNote as note, UNRELATED_AGENDA_NOTE } from "../support/corpus-builder.ts";
import { notesAppContext } from "../support/notes-app.ts";

const NOTES: Record<string, string> = {
  "notes/rights.md": note("Human rights and the treaty", [
    "**Human-rights text inside the treaty.** Tunisia proposed explicit freedom-of-expression language referring to Article 19 of the Universal Declaration and the ICCPR. The final preamble instead contains a shorter commitment to human-rights obligations. [1]",
  ]),
  "notes/talks.md": note("How the talks ran", [
    "**Closed talks.** Observers were kept out of the talks in the working groups, though Sweden pushed to open them. In Dubai the US team led the walkout. [1]",
  ]),
  "notes/expression.md": note("Free expression and the treaty", [
    "**Article 19.** Article 19 protects free expression. Rights groups cited Article 19 against the treaty's security wording. [1]",
    "**Wording.** Free-expression advocates wanted the treaty's wording to cite Article 19 of the ICCPR. [2]",
  ]),
  "notes/forum.md": note("Later meetings", [
    "**Next venues.** Observers turned to the policy forum in Geneva in May 2013 and the Plenipotentiary Conference in Busan in 2014. [1]",
  ]),
  "notes/agenda.md": UNRELATED_AGENDA_NOTE,
};

const { coverageOf } = notesAppContext("wcit-coverage-subject-met-", NOTES, {
  "glossary.json": fs.readFileSync(path.join(PROJECT_ROOT, "corpus", "glossary.json"), "utf8"),
});

describe("a who question whose weightiest word the answering place lacks", () => {
  it("is answered where the name stands with the question's other words", async () => {
    expect(
      await coverageOf(
        "Which delegation pushed free-expression wording citing Article 19 into the treaty talks?",
      ),
    ).toBe("partial");
  });

  it("is refused where the place lacks a name of the question", async () => {
    expect(await coverageOf("Who led the US team at the Geneva policy forum in May 2013?")).toBe(
      "none",
    );
  });
});
