// A question naming a person by office ("the FCC chair") finds the passage naming them only by
// name: the pure readers of office and name, then retrieval on a real corpus (Markdown notes
// ingested into a real SQLite file, searched through openSearchIndex).
import { describe, expect, it } from "vitest";
import { askedOffices, officeHolderNames } from "../../src/search/office-holders.ts";
import { notesIndexPerTest } from "../support/notes-index.ts";

describe("askedOffices and officeHolderNames", () => {
  it("reads the organisation of an office a question asks about", () => {
    expect(askedOffices("What did the ABC chair and the XYZ's boss say?")).toEqual(["ABC", "XYZ"]);
    expect(askedOffices("What did the ABC head of delegation say?")).toEqual(["ABC"]);
    // An acronym without an office word, and an office word without an acronym, ask for no one.
    expect(askedOffices("What did the ABC say about the public comment window?")).toEqual([]);
    expect(askedOffices("Who was the chair in Dubai?")).toEqual([]);
  });

  it("reads the names a text introduces with organisation and title", () => {
    const text =
      "ABC Chairman Julius Smithers spoke first. Then XYZ head Larry Barnes, and ABC Secretary-General Hamid Touré. ABC members voted.";
    expect(officeHolderNames(text, ["ABC"])).toEqual(["Julius Smithers", "Hamid Touré"]);
    expect(officeHolderNames(text, ["XYZ"])).toEqual(["Larry Barnes"]);
    // Lower-case words after the title are not a name.
    expect(officeHolderNames("ABC chair said no.", ["ABC"])).toEqual([]);
  });
});

describe("retrieval meets an office with its holder's name", () => {
  const indexOf = notesIndexPerTest("wcit-offices-");

  const note = (title: string, paragraphs: string[]) =>
    `---\ntitle: "${title}"\ndate_written: 2026-11-29\n---\n\n# ${title}\n\n${paragraphs.join("\n\n")}\n`;

  it("ranks the passage naming the office-holder only by name among the first", async () => {
    const files = {
      "notes/people.md": note("People", [
        "In November the ABC Chairman Julius Smithers argued for open networks.",
      ]),
      "notes/reactions.md": note("Reactions", [
        "After the conference Smithers said the outcome added a new layer of regulation.",
      ]),
      "notes/other.md": note("Other", [
        "After the conference the delegates flew home; the conference hall was closed.",
      ]),
      "notes/more.md": note("More", ["The conference budget was agreed after the conference."]),
    };
    const index = await indexOf(files);
    const hits = index.search("What did the ABC chair say after the conference?", { k: 2 });
    // Without the office-holder's name, "conference" ranks the other notes above the reaction.
    expect(hits.map((h) => h.document.id)).toContain("reactions");
  });
});
