// A time prefix hyphened to an event or a name ("pre-Dubai", "post-WCIT", "mid-conference") says
// when, as "before", "after" or "during" would (issue #12): read as a word it was required of the
// passage ("pre") or met a verb ("to post the documents"). The near miss beside each stays refused.
import { describe, expect, it } from "vitest";
import { analyzeQuestion } from "../../src/search/question.ts";
import { briefingNote as note, UNRELATED_AGENDA_NOTE } from "../support/corpus-builder.ts";
import { notesAppContext } from "../support/notes-app.ts";

const NOTES: Record<string, string> = {
  "notes/us.md": note("The US delegation", [
    "**The Washington speech.** Before Dubai, Ambassador Terry Kramer gave a speech in Washington saying the US would oppose any treaty language on content or spam. [1]",
    "**The leak site.** Two researchers launched a website in mid-2012 to post the leaked drafts, so that anyone could read them. [2]",
    "**Side events.** Civil society groups met at a pre-IGF workshop on openness and a post-WCIT panel on human rights. [2]",
  ]),
  "notes/bloc.md": note("The late bloc text", [
    "**Withdrawn.** During the conference a bloc text leaked on 8 December; the Chair took it off the table two days later. [1]",
  ]),
  "notes/agenda.md": UNRELATED_AGENDA_NOTE,
};

const { answerTo } = notesAppContext("wcit-coverage-time-prefixes-", NOTES);

describe("time prefixes in a question", () => {
  it.each([
    ["pre-Dubai", "before Dubai"],
    ["Post-WCIT", "After WCIT"],
    ["mid-conference", "during conference"],
    ["mid-December", "December"],
    ["in mid-2012", "in 2012"],
  ])("read %s as %s", (typed, read) => {
    const { content } = analyzeQuestion(`What happened ${typed}?`);
    expect(content).toContain(read);
    expect(content).not.toMatch(/\b(?:pre|post|mid)-/i);
  });

  it.each(["pre-existing", "post-mortem"])("leave a word of its own alone: %s", (word) => {
    expect(analyzeQuestion(`What was the ${word} view?`).content).toContain(word);
  });

  it("answers a question about a speech made before the event", async () => {
    const answer = await answerTo("What did Kramer say in his pre-Dubai speech?");
    expect(answer.coverage).not.toBe("none");
    expect(answer.text).toContain("oppose any treaty language");
  });

  it("answers a question about what happened during the conference", async () => {
    const answer = await answerTo("What happened to the bloc text mid-conference?");
    expect(answer.coverage).not.toBe("none");
    expect(answer.text).toContain("off the table");
  });

  it("still refuses what the notes lack", async () => {
    expect(
      (await answerTo("What did Kramer say in his post-Dubai testimony to the Senate?")).coverage,
    ).toBe("none");
  });
});
