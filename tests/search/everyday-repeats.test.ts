// An everyday word said again in one part of a question is its grammar, not more of its topic:
// it counts once; a topic word said twice still counts twice (index.ts, `isEverydayTerm`).
import { describe, expect, it } from "vitest";
import { isEverydayTerm, weightedQueryTerms } from "../../src/search/index.ts";
import { notesIndexPerTest, sectionedNote, withOtherSubjects } from "../support/notes-index.ts";

const weightOf = (question: string, term: string) =>
  weightedQueryTerms(question)
    .filter((t) => t.term === term)
    .reduce((sum, t) => sum + t.weight, 0);

describe("repeated words of a question", () => {
  it("counts an everyday word's repeats once", () => {
    const question =
      "How was the way the access line got through different from how the resolution got through?";
    expect(isEverydayTerm("got")).toBe(true);
    expect(weightOf(question, "got")).toBe(1);
    expect(weightOf(question, "through")).toBe(1);
    expect(weightOf(question, "resolut")).toBe(1);
  });

  it("still counts a topic word said twice twice", () => {
    const question =
      "How did the drafters get a security article past the delegations that wanted no security language?";
    expect(isEverydayTerm("secur")).toBe(false);
    expect(weightOf(question, "secur")).toBe(2);
  });
});

const indexOf = notesIndexPerTest("wcit-everyday-repeats-");

describe("ranking a question whose grammar words repeat", () => {
  it("puts the passage on the question's topic above one that only shares its repeated words", async () => {
    const files: Record<string, string> = {
      "notes/resolution.md": sectionedNote("The Internet resolution", [
        [
          "Adoption",
          "The Internet resolution was adopted without a formal vote, after the chair read the room.",
        ],
      ]),
      "notes/logistics.md": sectionedNote("Logistics", [
        [
          "Queues",
          "Many delegates could not get through the security queue, and those who did get through arrived late.",
        ],
      ]),
    };
    const index = await indexOf(withOtherSubjects(files));
    const hits = index.search(
      "How did the Internet resolution get through, and did it get through on a vote?",
      {
        k: 3,
      },
    );
    expect(hits[0]?.document.id).toBe("resolution");
  });
});
