// The search-results and sources layouts.
import type { KnownBlock } from "@slack/types";
import { describe, expect, it } from "vitest";
import { renderDocuments } from "../../../src/slack/render/documents.ts";
import { renderPassages } from "../../../src/slack/render/passages.ts";
import { makeDocument, makePassage } from "../answer-fixtures.ts";

const PINGS = /<[!@#]|@(here|channel|everyone)\b/i;

function allText(blocks: KnownBlock[]): string {
  return JSON.stringify(blocks);
}

describe("passages and documents", () => {
  it("quotes passages with page links", () => {
    const { blocks } = renderPassages(
      [makePassage("Spam <!here> is bad.", { page: 9, doc: { url: "https://a.org/x.pdf" } })],
      {
        heading: "Passages",
      },
    );
    const json = allText(blocks);
    expect(json).toContain("<https://a.org/x.pdf#page=9|Final Acts of WCIT-12, p. 9>");
    expect(json).not.toMatch(PINGS);
    expect(json).toContain(">Spam");
  });

  it("lists documents with links and an empty-corpus hint", () => {
    expect(allText(renderDocuments([makeDocument()]).blocks)).toContain("|Final Acts of WCIT-12>");
    expect(allText(renderDocuments([]).blocks)).toContain("npm run ingest");
  });
});
