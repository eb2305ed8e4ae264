// "How many groups signed…?" is answered by "more than 40 organisations … had signed it", and "how
// many governments signed…?" by "31 Member States signed…": the corpus's own noun for the class
// counted, in a sentence stating the rest of the question (issue #12). A count of another thing,
// or one beside a heading naming something else, still answers nothing.
import { describe, expect, it } from "vitest";
import { makeDocument, smallCorpusOf } from "./fixtures.ts";

const doc = makeDocument({ id: "notes/harbour.md", title: "Harbour pact" });
const { judgeAs } = smallCorpusOf(
  doc,
  [
    "**Harbour pact and Lindqvist Forum.** A short harbour pact was drafted by civil-society groups, and after the Tarrow meeting the drafters reported that more than 40 organisations had signed it. Separately, groups meeting at the Lindqvist Forum in Tarrow sent the port authority a letter. [1]",
    "**Signing.** Governments gathered in Tarrow in May 2011. On 3 May 2011, 31 Member States signed the harbour convention in Tarrow. This note did not verify whether the 31 signatories attached reservations to the harbour convention. [1]",
    "Ports along the coast publish their fees each spring, and the fees rose twice.",
    "**Attendance.** The organisers' report says 151 Member States attended the Tarrow conference. [1]",
    "An observer from the United Nations toured the port in June.",
  ],
  20,
);
const judge = (question: string) => judgeAs(question, "number");

describe("the coverage decision on a count named by the corpus's own noun", () => {
  it("is met by organisations for groups and by Member States for governments", () => {
    expect(judge("How many groups signed the harbour pact?").covered).toBe(true);
    expect(judge("How many governments signed the harbour convention in Tarrow?").covered).toBe(
      true,
    );
  });

  it("is not met by a count of the class beside a heading naming something else", () => {
    expect(judge("How many groups attended the Lindqvist Forum in Tarrow?").covered).toBe(false);
  });

  it("is not met by a count in a sentence saying what was not verified", () => {
    expect(
      judge("How many governments attached reservations to the harbour convention?").covered,
    ).toBe(false);
  });

  it("meets the noun counted where the place names the class only by its own noun", () => {
    // No sentence says "nations": the count of Member States attending is the count asked.
    expect(judge("How many nations attended the Tarrow conference?").covered).toBe(true);
    // …but not a count of another class: 40 organisations are no nations.
    expect(judge("How many nations signed the harbour pact?").covered).toBe(false);
  });
});
