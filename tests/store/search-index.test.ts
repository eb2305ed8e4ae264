// The retriever's SQL, in the store: the persisted index row by name, and FTS5 phrase lookups over
// passages kept in step by the migration's triggers.
import { afterEach, describe, expect, it } from "vitest";
import { createSearchIndexStore } from "../../src/store/search-index.ts";
import { createFixtureStore, type FixtureStore } from "../search/store-fixture.ts";

let fixture: FixtureStore | undefined;
afterEach(() => {
  fixture?.cleanup();
  fixture = undefined;
});

describe("search index store", () => {
  it("reads back what it wrote, and a second write replaces the first", () => {
    fixture = createFixtureStore([]);
    const store = createSearchIndexStore(fixture.db);
    expect(store.read("bm25f")).toBeUndefined();
    store.write("bm25f", {
      corpusVersion: "v1",
      format: 3,
      passages: 2,
      data: Uint8Array.from([1, 2, 3]),
    });
    store.write("bm25f", {
      corpusVersion: "v2",
      format: 4,
      passages: 5,
      data: Uint8Array.from([9]),
    });
    const stored = store.read("bm25f");
    expect(stored?.corpusVersion).toBe("v2");
    expect(stored?.format).toBe(4);
    expect([...(stored?.data ?? [])]).toEqual([9]);
    expect(fixture.db.prepare("SELECT count(*) FROM search_index").pluck().get()).toBe(1);
  });

  it("finds the passages holding a phrase, words in that order only", () => {
    fixture = createFixtureStore([
      {
        id: "spam",
        title: "Spam",
        passages: [
          "Unsolicited bulk electronic communications are the treaty's words for spam.",
          "Bulk unsolicited mail is another thing.",
        ],
      },
      { id: "other", title: "Other", passages: ["Nothing about it here."] },
    ]);
    const store = createSearchIndexStore(fixture.db);
    expect(store.passagesWithPhrase(["unsolicited", "bulk"])).toEqual(["spam:0"]);
    expect(store.passagesWithPhrase(["bulk"]).sort()).toEqual(["spam:0", "spam:1"]);
    expect(store.passagesWithPhrase(["no", "such", "words"])).toEqual([]);
  });
});
