// The search-results and sources layouts.
import type { KnownBlock } from "@slack/types";
import { describe, expect, it } from "vitest";
import { MAX_DOCUMENT_MESSAGES, renderDocuments } from "../../../src/slack/render/documents.ts";
import { renderPassages } from "../../../src/slack/render/passages.ts";
import { blockKitProblems } from "../../support/slack-audit.ts";
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
    expect(allText(renderDocuments([makeDocument()])[0]?.blocks ?? [])).toContain(
      "|Final Acts of WCIT-12>",
    );
    expect(allText(renderDocuments([])[0]?.blocks ?? [])).toContain("npm run ingest");
  });
});

describe("/wcit sources with many documents", () => {
  const many = (n: number, title = (i: number) => `Document number ${i}`) =>
    Array.from({ length: n }, (_, i) =>
      makeDocument({
        id: `doc-${i}`,
        title: title(i),
        url: `https://example.org/papers/${i}.pdf`,
        publisher: "Example Institute for Telecommunication Policy",
        date: "2012-12-14",
      }),
    );

  /** How many documents the messages list, and the "…and N more" count if there is one. */
  function listed(messages: { blocks: KnownBlock[] }[]) {
    const json = messages.map((m) => allText(m.blocks)).join("\n");
    const shown = (json.match(/• </g) ?? []).length;
    const more = Number(/…and (\d+) more/.exec(json)?.[1] ?? 0);
    return { shown, more, json };
  }

  it("pages 300 documents over several messages and lists every one", () => {
    const messages = renderDocuments(many(300));
    expect(messages.length).toBeGreaterThan(1);
    expect(messages.length).toBeLessThanOrEqual(MAX_DOCUMENT_MESSAGES);
    const { shown, more, json } = listed(messages);
    expect(json).toContain("300 documents in the corpus");
    expect(shown + more).toBe(300);
    expect(shown).toBe(300);
    for (const m of messages) expect(blockKitProblems(m)).toEqual([]);
  });

  it("says how many more there are, and where to see them, past a few messages", () => {
    const messages = renderDocuments(
      many(3_000, (i) => `A long title for document ${i} `.repeat(4)),
    );
    expect(messages).toHaveLength(MAX_DOCUMENT_MESSAGES);
    const { shown, more, json } = listed(messages);
    expect(more).toBeGreaterThan(0);
    expect(shown + more).toBe(3_000);
    expect(json).toContain("npm run sources");
    for (const m of messages) expect(blockKitProblems(m)).toEqual([]);
  });
});
