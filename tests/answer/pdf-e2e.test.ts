// Citations from real files: a generated multi-page PDF and a briefing note, ingested into a
// temporary index, answered extractively. Pages and links must come through to the citations.
import path from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { writePaperAndNoteCorpus } from "../support/corpus-builder.ts";
import { engineForSuite, ingestIntoTempFile } from "../support/extractive-engine.ts";

const ingested = engineForSuite(() =>
  ingestIntoTempFile("wcit-answer-pdf-", (dir) =>
    writePaperAndNoteCorpus(path.join(dir, "corpus")),
  ),
);

beforeAll(() => {
  expect(ingested.report.skipped).toEqual([]);
});

describe("citations from ingested files", () => {
  it("cites a PDF sentence with its page number and a #page=N link", async () => {
    const answer = await ingested.engine.answer(
      "What did the data retention proposals ask the ITU to harmonize?",
    );
    expect(answer.coverage).not.toBe("none");
    const pdf = answer.citations.find((c) => c.documentId === "cyber-paper");
    expect(pdf).toBeDefined();
    expect(pdf?.page).toBe(2);
    expect(pdf?.url).toBe("https://example.org/papers/cyber.pdf#page=2");
    expect(answer.text).toContain("harmonize how long operators keep subscriber records");
    const passage = answer.passages.find((p) => p.passage.id === pdf?.passageId)?.passage;
    expect(passage?.text).toContain(pdf?.quote);
  });

  it("links a note's citation to the primary source its paragraph cites", async () => {
    const answer = await ingested.engine.answer(
      "What does Article 5B ask Member States to do about unsolicited bulk electronic communications?",
    );
    const note = answer.citations.find((c) => c.documentId === "spam-note");
    expect(note).toBeDefined();
    expect(note?.primarySources?.map((s) => s.title)).toContain("Primary source two");
    expect(note?.url).toBe("https://example.org/two");
    expect(note?.page).toBeUndefined();
  });
});
