import { describe, expect, it } from "vitest";
import {
  buildCitation,
  pageUrl,
  renumberCitations,
  sourceRefsForQuote,
} from "../../src/answer/citations.ts";
import type { Citation } from "../../src/types.ts";
import {
  allScored,
  makePassage,
  outcomeArticle,
  paperPdf,
  passages,
  securityNote,
} from "./fixtures.ts";

const [paperPage2, , noteCompromise, outcome] = allScored as [
  (typeof allScored)[0],
  (typeof allScored)[0],
  (typeof allScored)[0],
  (typeof allScored)[0],
];

describe("buildCitation", () => {
  it("cites a PDF passage with its page and a #page=N link", () => {
    const c = buildCitation(paperPage2, 1, "Cybersecurity requires agility.");
    expect(c).toMatchObject({
      n: 1,
      passageId: passages.paperPage2.id,
      documentId: paperPdf.id,
      title: paperPdf.title,
      page: 2,
      url: "https://example.org/files/paper.pdf#page=2",
      quote: "Cybersecurity requires agility.",
    });
    expect(c.section).toBeUndefined();
  });

  it("cites a note through the primary sources of the quoted paragraph", () => {
    const quote =
      "CEPT said Article 5A was unclear enough to be misread as licensing more government control over networks.";
    const c = buildCitation(noteCompromise, 2, quote);
    expect(c.section).toBe("Security in the ITRs › The compromise");
    // Paragraph two rests on source 3 only, which has no URL: no link rather than a wrong one.
    expect(c.primarySources).toEqual([securityNote.sources[2]]);
    expect(c.url).toBeUndefined();

    const first = buildCitation(
      noteCompromise,
      1,
      "The United Kingdom suggested the more technical word robustness for the resilience of networks.",
    );
    expect(first.primarySources?.map((s) => s.n)).toEqual([1, 2]);
    expect(first.url).toBe("https://one.example/a");
  });

  it("strips trailing markers from the quote and falls back to the passage's sources", () => {
    const c = buildCitation(noteCompromise, 1, "A quote the passage does not contain. [2]");
    expect(c.quote).toBe("A quote the passage does not contain.");
    expect(c.primarySources?.map((s) => s.n)).toEqual([1, 2, 3]);
  });

  it("links a web document to its URL with its section", () => {
    const c = buildCitation(
      outcome,
      3,
      "Fifty-five delegations that were accredited to sign did not sign on the spot.",
    );
    expect(c).toMatchObject({ n: 3, url: outcomeArticle.url, section: "Signatures" });
    expect(c.page).toBeUndefined();
    expect(c.primarySources).toBeUndefined();
  });
});

describe("buildCitation for a sentence with markers of its own", () => {
  const passage = makePassage(
    securityNote,
    7,
    "Russia proposed a definition of spam. [3] The US objected to any spam text. [2]\n\nA paragraph that cites nothing of its own.",
  );
  const scored = { passage, document: securityNote, score: 1 };

  it("links the source the sentence's own marker names, not the paragraph's first", () => {
    const c = buildCitation(scored, 1, "The US objected to any spam text.");
    expect(c.url).toBe("https://two.example/b");
    expect(c.primarySources?.map((s) => s.n)).toEqual([2]);
    // Source 3 has no link: the citation has none rather than borrowing the next sentence's.
    const first = buildCitation(scored, 2, "Russia proposed a definition of spam.");
    expect(first.primarySources?.map((s) => s.n)).toEqual([3]);
    expect(first.url).toBeUndefined();
  });
});

describe("pageUrl", () => {
  it("replaces an existing fragment and leaves other kinds alone", () => {
    expect(pageUrl("https://x.example/a.pdf#view=fit", 4, "pdf")).toBe(
      "https://x.example/a.pdf#page=4",
    );
    expect(pageUrl("https://x.example/a.html", 4, "html")).toBe("https://x.example/a.html");
    expect(pageUrl("https://x.example/a.pdf", undefined, "pdf")).toBe("https://x.example/a.pdf");
  });
});

describe("sourceRefsForQuote", () => {
  it("finds the markers of the quote's paragraph", () => {
    const text =
      "First claim. Second claim. [4][5]\n\nThird claim [6].\n\nUncited claim.\n\nCut off claim";
    expect(sourceRefsForQuote(text, "First claim.")).toEqual([4, 5]);
    expect(sourceRefsForQuote(text, "Third claim [6].")).toEqual([6]);
    // A paragraph without markers cites nothing, even when a later one does.
    expect(sourceRefsForQuote(text, "Uncited claim.")).toEqual([]);
    expect(sourceRefsForQuote(text, "Cut off claim")).toEqual([]);
    expect(sourceRefsForQuote(text, "Absent.")).toBeUndefined();
  });

  it("prefers the sentence's own markers, before or after its full stop", () => {
    const text = "A said one thing [2]. B said another. [3][4] C added a third.\n\nNext.";
    expect(sourceRefsForQuote(text, "A said one thing [2].")).toEqual([2]);
    expect(sourceRefsForQuote(text, "A said one thing")).toEqual([2]);
    expect(sourceRefsForQuote(text, "B said another.")).toEqual([3, 4]);
    // No marker of its own: the paragraph's, all of them.
    expect(sourceRefsForQuote(text, "C added a third.")).toEqual([2, 3, 4]);
  });
});

describe("renumberCitations", () => {
  const cite = (n: number, passageId: string, quote = `quote ${passageId}`): Citation => ({
    n,
    passageId,
    documentId: passageId.split(":")[0] ?? passageId,
    title: passageId,
    quote,
  });

  it("numbers markers in order of first use and drops citations the text no longer uses", () => {
    const { text, citations } = renumberCitations("B says so [2]. A agrees [1][2].", [
      cite(1, "a:0"),
      cite(2, "b:0"),
      cite(3, "c:0"),
    ]);
    expect(text).toBe("B says so [1]. A agrees [2][1].");
    expect(citations.map((c) => [c.n, c.passageId])).toEqual([
      [1, "b:0"],
      [2, "a:0"],
    ]);
  });

  it("merges two numbers that cite the same passage and quote, and keeps unknown markers", () => {
    const { text, citations } = renumberCitations("One [1]. Two [2]. Three [9].", [
      cite(1, "a:0", "same"),
      cite(2, "a:0", "same"),
    ]);
    expect(text).toBe("One [1]. Two [1]. Three [9].");
    expect(citations).toHaveLength(1);
  });
});
