// An acronym the notes never write, for a name they spell out in full (issue #12, the
// forty-eighth session): "the GMU researchers" for "George Mason University's Mercatus Center",
// "the ITUC" for "the International Trade Union Confederation". The acronym matched no passage, so
// the passage naming the body in full was not found and the question was refused as asking about
// something the corpus lacks. Retrieval now also searches the name's words
// (search/index.ts `spelledNameTerms`), and a name followed by a possessive still spells the
// acronym (answer/coverage-namings.ts `namesSpelledBy`).
import { describe, expect, it } from "vitest";
import { briefingNote as note, UNRELATED_AGENDA_NOTE } from "../support/corpus-builder.ts";
import { notesAppContext } from "../support/notes-app.ts";

const NOTES: Record<string, string> = {
  "notes/leaks.md": note("Leaks before the conference", [
    "**The leak site.** Two researchers at Ruritania State College's Policy Lab, Ann Vale and Bo Lind, set up a site in mid-2012 to post the draft documents publicly. [1]",
    "**Other leaks.** Several delegations said leaked drafts were posted to a site they would not name, and the secretariat said leaks misrepresented the drafts. [2]",
    "**Leaked drafts.** Researchers counted 40 leaked drafts on public sites by December, most of them from the preparatory group. [1]",
    "**Researchers.** Two researchers from a university site in Geneva studied how the drafts leaked and who posted them. [2]",
  ]),
  "notes/petition.md": note("The petition", [
    "**The petition.** On 14 December a coalition including Avaaz, the Global Union of Postal Workers and OpenMedia said it had delivered more than one million petition signatures urging governments not to sign. [1]",
    "**Other campaigns.** Campaigns by other allies of the unions asked governments to sign and delivered letters of support. [2]",
    "**Spam.** The spam article was opposed by several delegations, who said it would reach into content. [2]",
  ]),
  "notes/other.md": UNRELATED_AGENDA_NOTE,
};

const app = notesAppContext("wcit-acronym-names-48-", NOTES);

describe("an acronym for a name the notes spell out in full", () => {
  it("finds the passage naming the body in full first", async () => {
    const { passages } = await app.ctx.engine.search(
      "who were the two RSC researchers behind the leak site",
    );
    expect(passages[0]?.passage.text).toContain("Ruritania State College's Policy Lab");
  });

  it("answers from it, the acronym typed in capitals or in lower case", async () => {
    for (const question of [
      "who were the two RSC researchers who set up the leak site",
      "who were the two rsc researchers who set up the leak site",
    ]) {
      const answer = await app.answerTo(question);
      expect(answer.coverage).not.toBe("none");
      expect(answer.text).toContain("Ann Vale and Bo Lind");
    }
  });

  it("reads a union's initials as the union the coalition names", async () => {
    const answer = await app.answerTo("what did the GUPW and its allies deliver");
    expect(answer.coverage).not.toBe("none");
    expect(answer.text).toContain("one million petition signatures");
  });

  it("still refuses what the notes never say of the body, as its full name is refused", async () => {
    for (const [acronym, name] of [
      ["GUPW", "the Global Union of Postal Workers"],
      ["RSC", "Ruritania State College"],
    ] as const) {
      expect(await app.coverageOf(`how many members does the ${acronym} have`)).toBe("none");
      expect(await app.coverageOf(`how many members does ${name} have`)).toBe("none");
      expect(await app.coverageOf(`who funds the ${acronym} policy lab`)).toBe("none");
    }
  });

  it("leaves initials no name of the notes has unread", async () => {
    expect(await app.coverageOf("who were the two XQZ researchers who set up the leak site")).toBe(
      "none",
    );
  });
});

// A note whose sources cite the body by its acronym: the acronym is the notes' own word, written in
// their front matter though never in their text, and is not searched as the name it spells.
const CITED = `---
title: "Leaks before the conference"
date_written: 2026-11-29
sources:
  - title: "RSC Policy Lab – announcement of the leak site"
    url: "https://example.org/rsc"
---
# Leaks before the conference

**The leak site.** Two researchers at Ruritania State College's Policy Lab, Ann Vale and Bo Lind, set up a site in mid-2012 to post the draft documents publicly. [1]

**Researchers.** Two researchers from a university site in Geneva studied how the drafts leaked and who posted them. [1]
`;

const cited = notesAppContext("wcit-acronym-cited-48-", {
  "notes/leaks.md": CITED,
  "notes/other.md": UNRELATED_AGENDA_NOTE,
});

describe("an acronym the notes' sources cite by", () => {
  it("is searched as typed, not as the name it spells", async () => {
    const ids = async (q: string) =>
      (await cited.ctx.engine.search(q)).passages.map((p) => [p.passage.id, p.score]);
    expect(await ids("who were the two RSC researchers behind the leak site")).toEqual(
      await ids("who were the two researchers behind the leak site"),
    );
  });
});
