// The framing words of a list request weigh less than its subject in retrieval (issue #12, the
// twenty-ninth session's batch in-3336..in-3345, out-1104..out-1105): "the whole roaming saga",
// "start to finish", "all the way" and the ends of "from the lomé days all the way to accra" rank
// the passages holding the list's items, not those that tell a story or name the ends in general
// (`listFramingOf`, `weighListFraming`, list-framing.ts; read by `search` in index.ts).
import { describe, expect, it } from "vitest";
import { analyze } from "../../src/search/analyze.ts";
import {
  FRAMING_WEIGHT,
  listFramingOf,
  SPAN_END_WEIGHT,
  weighListFraming,
} from "../../src/search/list-framing.ts";
import { notesIndexPerTest, sectionedNote, withOtherSubjects } from "../support/notes-index.ts";

describe("the framing of a list request", () => {
  it("reads sweep words and the ends of a span", () => {
    expect(
      listFramingOf("the whole roaming saga, from the lomé days all the way to accra"),
    ).toEqual({
      sweep: ["all the way", "the whole", "saga", "days", "from", "all the way to"],
      ends: ["the lomé days", "accra"],
    });
    expect(listFramingOf("key moments of the tariff fight start to finish")?.sweep).toEqual([
      "start to finish",
      "moments",
    ]);
  });

  it("reads nothing in a question without framing", () => {
    expect(listFramingOf("which countries backed the roaming caps")).toBeUndefined();
    // ("from" inside a clause is no span: it does not open one.)
    expect(listFramingOf("what did Norway want from the forum to the secretariat")).toBeUndefined();
  });

  it("weighs framing terms below the subject's, and a term the subject also says fully", () => {
    const content =
      "the whole roaming saga, from the lomé days all the way to roaming caps in accra";
    const framing = listFramingOf(content);
    expect(framing).toBeDefined();
    const terms = ["roam", "saga", "whole", "lome", "accra", "cap"].map((term) => ({
      term,
      weight: 1,
    }));
    const weighed = Object.fromEntries(
      weighListFraming(terms, content, framing as NonNullable<typeof framing>, analyze).map((t) => [
        t.term,
        t.weight,
      ]),
    );
    expect(weighed.roam).toBe(1);
    expect(weighed.saga).toBe(FRAMING_WEIGHT);
    expect(weighed.whole).toBe(FRAMING_WEIGHT);
    expect(weighed.lome).toBe(SPAN_END_WEIGHT);
    expect(weighed.accra).toBe(SPAN_END_WEIGHT);
    expect(weighed.cap).toBe(SPAN_END_WEIGHT);
  });
});

const FILES: Record<string, string> = {
  "notes/roaming.md": sectionedNote("Roaming caps", [
    ["Origins", "Norway first tabled roaming caps at the Lomé meeting in 2010."],
    ["Objections", "In Accra, Chile said roaming caps would distort wholesale tariffs."],
  ]),
  "notes/forum.md": sectionedNote("The forum's history", [
    [
      "The whole saga",
      "The whole saga of the forum, from its early days all the way to the Accra meeting, is told in its minutes.",
    ],
  ]),
};

const indexOf = notesIndexPerTest("wcit-list-framing-29-");

describe("retrieving for a list request with framing words", () => {
  it("ranks the subject's passages above the one that only shares the framing", async () => {
    const index = await indexOf(withOtherSubjects(FILES));
    const hits = index.search(
      "bullet list of the whole roaming saga, from the lomé days all the way to accra",
      { k: 3 },
    );
    expect(hits[0]?.document.id).toBe("roaming");
  });

  it("leaves a question that is no list as it was", async () => {
    const index = await indexOf(withOtherSubjects(FILES));
    const hits = index.search("what was the whole saga of the forum from lomé to accra?", {
      k: 3,
    });
    expect(hits[0]?.document.id).toBe("forum");
  });
});
