import { afterEach, describe, expect, it } from "vitest";
import { DEFAULT_RANKING } from "../../src/search/bm25f.ts";
import { createGlossary } from "../../src/search/glossary.ts";
import { openSearchIndex } from "../../src/search/index.ts";
import { createFixtureStore, type FixtureDoc, type FixtureStore } from "./store-fixture.ts";

const DOCS: FixtureDoc[] = [
  {
    id: "spam",
    title: "Spam and Article 5B",
    passages: [
      "Article 5B asks Member States to take measures against unsolicited bulk electronic communications.",
      "Critics said that any rule on message content invites inspection of traffic.",
      "The article avoids the word spam in its final text.",
    ],
  },
  {
    id: "security",
    title: "Security in the ITRs",
    passages: [
      {
        text: "Article 5A on the security and robustness of networks was a compromise.",
        section: ["Article 5A"],
      },
      {
        text: "Delegates argued about whether cybersecurity belongs in a telecom treaty.",
        section: ["Arguments"],
      },
      "Robustness replaced the broader security language of the early drafts.",
      "Some governments wanted network security obligations for operators.",
      "Others said security cooperation belongs in other forums.",
    ],
  },
  {
    id: "overview",
    title: "WCIT-12 overview",
    passages: [
      "The World Conference on International Telecommunications met in Dubai in December 2012.",
      "Security and spam were among the contested topics, together with naming and numbering.",
      "The recognized operating agency definition decided who the treaty covers.",
    ],
  },
];

describe("openSearchIndex", () => {
  let store: FixtureStore | undefined;
  afterEach(() => {
    store?.cleanup();
    store = undefined;
  });

  it("ranks the passage that answers first and keeps scores, best first", () => {
    store = createFixtureStore(DOCS);
    const index = openSearchIndex({ store: store.search, corpus: store.corpus });
    expect(index.passageCount).toBe(11);
    const hits = index.search("measures against unsolicited bulk electronic communications", {
      k: 8,
    });
    expect(hits[0]?.passage.id).toBe("spam:0");
    expect(hits[0]?.document.title).toBe("Spam and Article 5B");
    const scores = hits.map((h) => h.score);
    expect(scores).toEqual([...scores].sort((a, b) => b - a));
    expect(scores.every((s) => s > 0)).toBe(true);
  });

  it("weights the document title above the body", () => {
    // "spam" occurs once in the body of spam:2 and overview:1; the spam document's title decides.
    store = createFixtureStore(DOCS);
    const index = openSearchIndex({ store: store.search, corpus: store.corpus });
    const hits = index.search("spam", { k: 8 });
    expect(hits[0]?.document.id).toBe("spam");
    expect(hits.map((h) => h.passage.id)).toContain("overview:1");
  });

  it("weights the heading path above the body", () => {
    store = createFixtureStore(DOCS);
    const index = openSearchIndex({ store: store.search, corpus: store.corpus });
    expect(index.search("arguments", { k: 8 })[0]?.passage.id).toBe("security:1");
  });

  it("caps passages per document, and lifts the cap when one document is all that matches", () => {
    store = createFixtureStore(DOCS);
    const index = openSearchIndex({ store: store.search, corpus: store.corpus });
    const hits = index.search("security", { k: 8, perDocumentCap: 2 });
    const perDoc = new Map<string, number>();
    for (const h of hits) perDoc.set(h.document.id, (perDoc.get(h.document.id) ?? 0) + 1);
    expect(perDoc.get("security")).toBe(2);
    expect([...perDoc.values()].every((n) => n <= 2)).toBe(true);
    expect(perDoc.get("overview")).toBe(1);
    // "robustness" only occurs in the security document: all its matching passages come back.
    const only = index.search("robustness", { k: 8, perDocumentCap: 1 });
    expect(
      only
        .slice(0, 2)
        .map((h) => h.passage.id)
        .sort(),
    ).toEqual(["security:0", "security:2"]);
  });

  it("ignores the cap when the corpus has one document", () => {
    store = createFixtureStore([DOCS[1] as FixtureDoc]);
    const index = openSearchIndex({ store: store.search, corpus: store.corpus });
    expect(index.search("security", { k: 8, perDocumentCap: 1 }).length).toBe(5);
  });

  it("honours k and returns nothing for stop words only or an empty corpus", () => {
    store = createFixtureStore(DOCS);
    const index = openSearchIndex({ store: store.search, corpus: store.corpus });
    expect(index.search("security", { k: 1 })).toHaveLength(1);
    expect(index.search("the of and", { k: 8 })).toEqual([]);
    expect(index.search("", { k: 8 })).toEqual([]);
    const empty = createFixtureStore();
    try {
      expect(
        openSearchIndex({ store: empty.search, corpus: empty.corpus }).search("security", { k: 8 }),
      ).toEqual([]);
    } finally {
      empty.cleanup();
    }
  });

  it("uses the glossary: an acronym finds its long form", () => {
    store = createFixtureStore(DOCS);
    const glossary = createGlossary([
      { id: "roa", variants: ["ROA", "recognized operating agency"] },
    ]);
    const withGlossary = openSearchIndex({ store: store.search, corpus: store.corpus, glossary });
    expect(withGlossary.search("ROA", { k: 8 })[0]?.passage.id).toBe("overview:2");
    const without = openSearchIndex({ store: store.search, corpus: store.corpus });
    expect(without.search("ROA", { k: 8 })).toEqual([]);
  });

  it("reads a misspelt word as a word of the passages, unless its glossary reads it", () => {
    store = createFixtureStore(DOCS);
    const index = openSearchIndex({ store: store.search, corpus: store.corpus });
    expect(index.correctSpelling("Who argued about securty in the treaty?")).toEqual({
      text: "Who argued about security in the treaty?",
      corrections: [{ from: "securty", to: "security" }],
    });
    expect(index.correctSpelling("Who argued about security?").corrections).toEqual([]);
    // A glossary's own spelling is a word the index reads: it is searched as the glossary says.
    const glossary = createGlossary([{ id: "sec", variants: ["securty", "security"] }]);
    const withGlossary = openSearchIndex({ store: store.search, corpus: store.corpus, glossary });
    expect(withGlossary.correctSpelling("securty rules").corrections).toEqual([]);
  });

  it("boosts the passages holding a quoted phrase, and never filters the others out", () => {
    store = createFixtureStore(DOCS);
    const index = openSearchIndex({ store: store.search, corpus: store.corpus });
    const ids = (query: string) => index.search(query, { k: 11 }).map((h) => h.passage.id);
    const plain = index.search("security cooperation network operators", { k: 11 });
    const quoted = index.search('"security cooperation" network operators', { k: 11 });
    // The same passages either way: the phrase is not a filter.
    expect(new Set(quoted.map((h) => h.passage.id))).toEqual(
      new Set(plain.map((h) => h.passage.id)),
    );
    const scoreOf = (hits: typeof plain, id: string) =>
      hits.find((h) => h.passage.id === id)?.score ?? 0;
    expect(scoreOf(quoted, "security:4")).toBeGreaterThan(scoreOf(plain, "security:4") * 1.2);
    expect(ids('"security cooperation"')[0]).toBe("security:4");
    expect(ids("“security cooperation”")[0]).toBe("security:4");
    expect(ids('"security cooperation"').length).toBeGreaterThan(1);
    // A phrase nothing holds changes nothing.
    expect(ids('"no such phrase anywhere" security')).toEqual(
      ids("no such phrase anywhere security"),
    );
  });

  it("persists the index: an unchanged corpus is loaded, not rebuilt", () => {
    store = createFixtureStore(DOCS);
    openSearchIndex({ store: store.search, corpus: store.corpus });
    const first = store.db.prepare("SELECT built_at, corpus_version FROM search_index").get();
    store = store.reopen();
    const messages: string[] = [];
    const log = captureLog(messages);
    const index = openSearchIndex({ store: store.search, corpus: store.corpus, log });
    expect(store.db.prepare("SELECT built_at, corpus_version FROM search_index").get()).toEqual(
      first,
    );
    expect(messages).not.toContain("search index built");
    expect(index.search("unsolicited bulk", { k: 8 })[0]?.passage.id).toBe("spam:0");
    expect(index.refresh()).toBe(false);
  });

  it("rebuilds after the corpus changed, on refresh and on the next open", () => {
    store = createFixtureStore(DOCS);
    const index = openSearchIndex({ store: store.search, corpus: store.corpus });
    const before = store.db.prepare("SELECT corpus_version FROM search_index").get();
    store.put(
      [{ id: "roaming", title: "Mobile roaming", passages: ["Roaming charges and transparency."] }],
      ["spam"],
    );
    expect(index.search("roaming", { k: 8 })).toEqual([]);
    expect(index.refresh()).toBe(true);
    expect(index.search("roaming", { k: 8 })[0]?.passage.id).toBe("roaming:0");
    expect(index.search("unsolicited", { k: 8 })).toEqual([]);
    expect(index.passageCount).toBe(9);
    expect(store.db.prepare("SELECT corpus_version FROM search_index").get()).not.toEqual(before);

    store.put([{ id: "tax", title: "Taxation", passages: ["International taxation of traffic."] }]);
    store = store.reopen();
    const messages: string[] = [];
    const reopened = openSearchIndex({
      store: store.search,
      corpus: store.corpus,
      log: captureLog(messages),
    });
    expect(messages).toContain("search index built");
    expect(reopened.search("taxation", { k: 8 })[0]?.passage.id).toBe("tax:0");
  });

  it("rebuilds when the persisted blob is damaged", () => {
    store = createFixtureStore(DOCS);
    openSearchIndex({ store: store.search, corpus: store.corpus });
    store.db.prepare("UPDATE search_index SET data = ?").run(Buffer.from([1, 2, 3]));
    const messages: string[] = [];
    const index = openSearchIndex({
      store: store.search,
      corpus: store.corpus,
      log: captureLog(messages),
    });
    expect(messages).toContain("search index built");
    expect(index.search("unsolicited bulk", { k: 8 })[0]?.passage.id).toBe("spam:0");
  });
});

/** Passages about who said what, for questions in natural wording. */
const POSITIONS: FixtureDoc[] = [
  {
    id: "congress",
    title: "The US position",
    passages: [
      "Congressional backing. H. Con. Res. 127 stated the sense of Congress that the Internet should stay free from government control.",
      "The US delegation was led by an ambassador and refused to sign the treaty in Dubai.",
    ],
  },
  {
    id: "governance",
    title: "Internet governance at the ITU",
    passages: [
      "Civil society groups feared the ITU would extend government control of Internet governance.",
      "Government ministers from several regions met civil society groups to discuss Internet policy.",
      "The ITU's framing was that the treaty does not cover Internet governance.",
      "Coalitions of civil society groups campaigned in Brussels and other capitals before the conference.",
      "The ITU issued a press release with a short paragraph and three points on Internet governance.",
      "Briefing notes for tomorrow's team meeting summarised the talking points in bullets.",
    ],
  },
  {
    id: "russia",
    title: "Proposals on naming and numbering",
    passages: [
      "Russia proposed that states manage naming and numbering resources within their territory.",
      "The delegation's proposal on numbering was revised before the conference.",
      "Another delegation proposed rules on numbering misuse.",
      "A proposal on naming was tabled.",
    ],
  },
];

describe("openSearchIndex: questions in natural wording", () => {
  let store: FixtureStore | undefined;
  afterEach(() => {
    store?.cleanup();
    store = undefined;
  });
  const ids = (index: ReturnType<typeof openSearchIndex>, query: string) =>
    index.search(query, { k: 5, perDocumentCap: 5 }).map((h) => h.passage.id);

  it("retrieves for a question wrapped in instructions what it retrieves for the plain question", () => {
    store = createFixtureStore(POSITIONS);
    const index = openSearchIndex({ store: store.search, corpus: store.corpus });
    const plain = "What did H. Con. Res. 127 say about the ITU and Internet governance?";
    expect(ids(index, plain)[0]).toBe("congress:0");
    for (const asked of [
      "For my briefing tomorrow, can you remind me what H. Con. Res. 127 said about the ITU and Internet governance?",
      "Give me three talking points on what H. Con. Res. 127 said about the ITU and Internet governance",
      "Draft a short paragraph for a press release about what H. Con. Res. 127 said on the ITU and Internet governance.",
      "Summarise in bullets for our team: what did H. Con. Res. 127 say about the ITU and Internet governance?",
    ]) {
      expect(ids(index, asked)).toEqual(ids(index, plain.replace("say", "said")));
    }
  });

  it("weighs context sentences below the sentence that asks", () => {
    store = createFixtureStore(POSITIONS);
    const asked =
      "Our coalition of civil society groups is meeting government ministers in Brussels to discuss Internet policy. What did H. Con. Res. 127 say?";
    const index = openSearchIndex({ store: store.search, corpus: store.corpus });
    expect(ids(index, asked)[0]).toBe("congress:0");
    // Read as one undivided question, the context outvotes the resolution.
    const flat = openSearchIndex({
      store: store.search,
      corpus: store.corpus,
      ranking: { ...DEFAULT_RANKING, contextWeight: 1 },
    });
    expect(ids(flat, asked)[0]).not.toBe("congress:0");
  });

  it("finds a country from its demonym through the glossary", () => {
    store = createFixtureStore(POSITIONS);
    const glossary = createGlossary([
      { id: "russia", variants: ["Russia", "Russian Federation"], demonyms: ["Russian"] },
    ]);
    const asked = "What was the Russian proposal on naming?";
    const index = openSearchIndex({ store: store.search, corpus: store.corpus, glossary });
    expect(ids(index, asked)[0]).toBe("russia:0");
    const without = openSearchIndex({ store: store.search, corpus: store.corpus });
    expect(ids(without, asked)[0]).not.toBe("russia:0");
  });
});

/** A logger that records message strings (enough of pino's surface for the index). */
function captureLog(messages: string[]) {
  const record = (...args: unknown[]) => {
    const msg = args.find((a) => typeof a === "string");
    if (typeof msg === "string") messages.push(msg);
  };
  return { info: record, warn: record, debug: record, error: record } as never;
}
