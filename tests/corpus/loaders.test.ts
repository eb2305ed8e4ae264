import { describe, expect, it } from "vitest";
import { LoadError, loadFile } from "../../src/corpus/loaders/index.ts";
import { itemsToLines, linesToParagraphs } from "../../src/corpus/loaders/pdf.ts";
import { buildDocumentText } from "../../src/corpus/normalize.ts";
import { makeCorruptPdf, makePdf, sampleNote } from "../support/corpus-builder.ts";

const utf8 = (s: string) => new TextEncoder().encode(s);

async function loadError(file: string, bytes: Uint8Array): Promise<string> {
  try {
    await loadFile(file, bytes);
  } catch (err) {
    expect(err).toBeInstanceOf(LoadError);
    return (err as LoadError).reason;
  }
  throw new Error(`${file} loaded, but a LoadError was expected`);
}

describe("PDF loader", () => {
  it("reads a real three-page PDF page by page, with page numbers and the Info title", async () => {
    const pdf = await makePdf(
      [
        "Page one talks about the International Telecommunication Regulations.\n\nA second paragraph on page one.",
        "Page two covers Article 5A on security and robust-\nness of networks.",
        "Page three covers Article 5B on spam.",
      ],
      { title: "Three pages", author: "Test Author" },
    );
    const loaded = await loadFile("report.pdf", pdf);
    expect(loaded.kind).toBe("pdf");
    expect(loaded.pages).toBe(3);
    expect(loaded.title).toBe("Three pages");
    expect(loaded.author).toBe("Test Author");
    const byPage = new Map<number, string[]>();
    for (const b of loaded.blocks)
      byPage.set(b.page ?? 0, [...(byPage.get(b.page ?? 0) ?? []), b.text]);
    expect([...byPage.keys()]).toEqual([1, 2, 3]);
    expect(byPage.get(1)).toHaveLength(2);
    expect(byPage.get(1)?.[0]).toContain("International Telecommunication Regulations");
    expect(byPage.get(3)?.join(" ")).toContain("Article 5B on spam");
    // The line-end hyphen is joined once the text is normalized.
    const text = buildDocumentText(loaded.blocks).text;
    expect(text).toContain("security and robustness of networks");
  });

  it("joins text items on one line with spaces where they sit apart and breaks at hasEOL", () => {
    const item = (str: string, x: number, y: number, width: number, hasEOL = false) => ({
      str,
      transform: [10, 0, 0, 10, x, y],
      width,
      height: 10,
      hasEOL,
    });
    const lines = itemsToLines([
      item("Member", 72, 700, 40),
      item("States", 115, 700, 30, true),
      item("shall endeav", 72, 688, 60),
      item("our", 132, 688, 15, true),
      item("New paragraph", 72, 650, 60),
    ]);
    expect(lines.map((l) => l.text)).toEqual(["Member States", "shall endeavour", "New paragraph"]);
    expect(linesToParagraphs(lines)).toEqual(["Member States\nshall endeavour", "New paragraph"]);
  });

  it("names an encrypted PDF, a corrupt PDF and a scanned PDF without a text layer", async () => {
    expect(await loadError("locked.pdf", await makePdf(["secret"], { encrypted: true }))).toMatch(
      /encrypted PDF.*password/,
    );
    expect(await loadError("broken.pdf", makeCorruptPdf())).toMatch(/corrupt PDF/);
    expect(await loadError("scan.pdf", await makePdf(["x", "y"], { noTextLayer: true }))).toBe(
      "no text layer (scanned PDF?): run OCR on it first",
    );
  });
});

describe("Markdown loader", () => {
  it("keeps front matter sources, heading paths and bold-lead labels", async () => {
    const loaded = await loadFile("notes/spam.md", utf8(sampleNote()));
    expect(loaded.kind).toBe("markdown");
    expect(loaded.title).toBe("Spam in the ITRs");
    expect(loaded.date).toBe("2026-11-29");
    expect(loaded.sources).toEqual([
      { n: 1, title: "Primary source one", url: "https://example.org/one" },
      { n: 2, title: "Primary source two", url: "https://example.org/two" },
    ]);
    const doc = buildDocumentText(loaded.blocks);
    expect(doc.paragraphs.map((p) => [p.headingPath, p.label])).toEqual([
      [[], "Starting point"],
      [[], "The compromise"],
      [["Reactions"], undefined],
    ]);
    // Markup is gone from the text; the [n] references stay.
    expect(doc.text).toContain("The compromise. Article 5B asks");
    expect(doc.text).not.toContain("**");
    expect(doc.text).toContain("[1][2]");
    // The front matter is not part of the document text.
    expect(doc.text).not.toContain("date_written");
  });

  it("drops link targets and emphasis but keeps their words", async () => {
    const loaded = await loadFile(
      "a.md",
      utf8("# Title\n\nSee [the *final* acts](https://example.org/a_b) and `Article 5B`.\n"),
    );
    expect(buildDocumentText(loaded.blocks).text).toBe(
      "Title\n\nSee the final acts and Article 5B.",
    );
  });

  it("nests headings into section paths and pops them at the same or a higher level", async () => {
    const md =
      "# Part A\n\nIntro.\n\n## Sub 1\n\nOne.\n\n### Deep\n\nDeeper.\n\n## Sub 2\n\nTwo.\n\n# Part B\n\nThree.\n";
    const doc = buildDocumentText((await loadFile("x.md", utf8(md))).blocks);
    expect(doc.paragraphs.map((p) => p.headingPath.join(" / "))).toEqual([
      "Part A",
      "Part A / Sub 1",
      "Part A / Sub 1 / Deep",
      "Part A / Sub 2",
      "Part B",
    ]);
  });

  it("reports malformed front matter", async () => {
    expect(await loadError("bad.md", utf8("---\ntitle: [unclosed\n---\n\nText here.\n"))).toMatch(
      /front matter is not valid YAML/,
    );
  });
});

describe("HTML loader", () => {
  it("keeps the main text and headings, drops scripts, styles and navigation", async () => {
    const html = `<!doctype html><html><head><title>WCIT &amp; the ITRs</title>
      <style>p { color: red }</style><script>var tracking = "nope";</script></head>
      <body><nav><a href="/">Home</a> Menu entries</nav>
      <main><h1>Dubai outcome</h1><p>89 countries signed the <em>revised</em> treaty.</p>
      <h2>Spam</h2><p><strong>Article 5B.</strong> Members should endeavour to prevent spam.</p>
      <ul><li>First point</li><li>Second point</li></ul><script>alert(1)</script>
      <p hidden>Hidden cookie banner</p></main>
      <footer>Copyright footer</footer></body></html>`;
    const loaded = await loadFile("page.html", utf8(html));
    expect(loaded.title).toBe("WCIT & the ITRs");
    const doc = buildDocumentText(loaded.blocks);
    expect(doc.text).toContain("89 countries signed the revised treaty.");
    expect(doc.text).not.toMatch(/tracking|alert|Menu entries|Copyright footer|color: red|cookie/);
    expect(doc.paragraphs.map((p) => [p.headingPath.join(" / "), p.label])).toEqual([
      ["", undefined],
      ["Spam", "Article 5B"],
      ["Spam", undefined],
      ["Spam", undefined],
    ]);
  });
});

describe("HTML comments", () => {
  it("hides everything after an unclosed <!--, as a browser does", async () => {
    const html = `<html><body><p>Visible paragraph about Article 5B.</p>
      <!-- a comment the author never closed <p>Secret draft text</p> and more</body></html>`;
    const doc = buildDocumentText((await loadFile("page.html", utf8(html))).blocks);
    expect(doc.text).toContain("Visible paragraph about Article 5B.");
    expect(doc.text).not.toMatch(/Secret|comment|<!--/);
  });

  it("keeps text after closed and empty comments, and a <!-- inside a script is not a comment", async () => {
    const html = `<body><p>One.</p><!-- closed --><p>Two.</p><!--><p>Three.</p><!---><p>Four.</p>
      <script>var s = "<!--";</script><p>Five.</p></body>`;
    const doc = buildDocumentText((await loadFile("page.html", utf8(html))).blocks);
    expect(doc.text).toMatch(/One\.[\s\S]*Two\.[\s\S]*Three\.[\s\S]*Four\.[\s\S]*Five\./);
  });
});

describe("plain text loader", () => {
  it("splits paragraphs at blank lines and takes a short first line as the title", async () => {
    const loaded = await loadFile(
      "article.txt",
      utf8("ITU Ill-Suited to Regulate Cybersecurity\n\nFirst para-\ngraph here.\n\nSecond one.\n"),
    );
    expect(loaded.title).toBe("ITU Ill-Suited to Regulate Cybersecurity");
    expect(buildDocumentText(loaded.blocks).text).toBe(
      "ITU Ill-Suited to Regulate Cybersecurity\n\nFirst paragraph here.\n\nSecond one.",
    );
  });

  it("turns a saved page's numbered link list into sources the body cites, and drops link targets", async () => {
    const loaded = await loadFile(
      "saved.txt",
      utf8(
        "Title line\n\nby [A. Writer](#) [1]\n\nWe examine [the pending proposals](#) [2] today.\n\nLinks:\n\n[1] <https://example.org/writer>\n\n[2] https://example.org/paper.pdf",
      ),
    );
    expect(loaded.sources).toEqual([
      { n: 1, title: "A. Writer", url: "https://example.org/writer" },
      { n: 2, title: "the pending proposals", url: "https://example.org/paper.pdf" },
    ]);
    const text = buildDocumentText(loaded.blocks).text;
    expect(text).toBe(
      "Title line\n\nby A. Writer [1]\n\nWe examine the pending proposals [2] today.",
    );
  });

  it("names empty, binary, non-UTF-8 and unsupported files", async () => {
    expect(await loadError("empty.txt", new Uint8Array())).toBe("empty file");
    expect(await loadError("blank.md", utf8("\n\n   \n"))).toBe("no text found in the file");
    expect(await loadError("bin.txt", new Uint8Array([65, 0, 66]))).toMatch(/binary/);
    expect(await loadError("latin1.txt", new Uint8Array([0x63, 0x61, 0x66, 0xe9]))).toMatch(
      /not valid UTF-8/,
    );
    expect(await loadError("memo.docx", utf8("PK..."))).toMatch(/unsupported file type \.docx/);
  });
});
