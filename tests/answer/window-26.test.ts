// Questions asking for figures by a noun sources seldom write (issue #12, the twenty-sixth
// session's batch in-2850..in-2859, out-972..out-973): "What stats did the Secretary-General cite
// at the opening?" is answered by the paragraph giving the figures ("subscriptions up from about
// 4.3 million … to over six billion"), not by another paragraph on the Secretary-General whose
// words cover the rest of the question. The chat shorthand "stats" reads as "statistics"
// (`CHAT_SHORTHAND`, question-shorthand.ts), and that noun is met by any count a window gives
// (`FIGURE_NOUNS`, demand-classes.ts; `givesFigures`, window-terms.ts). And a when asked after a
// topic, opening on a preposition of time ("the working documents: in which month was WD-36
// issued?"), is a when question (`TOPIC_THEN_ASK`, question.ts).
import { describe, expect, it } from "vitest";
import { FIGURE_NOUNS } from "../../src/answer/demand-classes.ts";
import { analyzeQuestion } from "../../src/search/question.ts";
import { withoutShorthand } from "../../src/search/question-shorthand.ts";
import { briefingNote as note, UNRELATED_AGENDA_NOTE } from "../support/corpus-builder.ts";
import { answersStatingEach, refusesEach } from "../support/coverage-cases.ts";
import { notesAppContext } from "../support/notes-app.ts";

const NOTES: Record<string, string> = {
  "notes/freetown.md": note("The Freetown conference", [
    "**Opening signals.** At the opening ceremony Anna Borel addressed delegates. Borel used growth statistics (subscriptions up from about 2.1 million in 1990 to over five billion) to argue that the 1990 rules had served the sector well. [1]",
    "**Borel's response.** In Freetown, ZTU Secretary-General Anna Borel told the working group that some people with access to the drafts had misrepresented them. She cited the leak of the draft as the reason to hold a public consultation. [2]",
    "**The working documents.** The group collected member proposals into working documents. WD-36 (June 2011) was a compilation of proposals. WD-43 (November 2011), issued to members, sorted them into options for each article. [4]",
    "**The charter.** The Freetown charter was signed by groups from Freedonia, Sylvania and Ruritania and sent to the ZTU in November 2012. Its language on privacy was short. [3]",
  ]),
  "notes/other.md": UNRELATED_AGENDA_NOTE,
};

const app = notesAppContext("wcit-window-26-", NOTES);

// The same notes without the paragraph giving the figures.
const FIGURELESS: Record<string, string> = {
  "notes/freetown.md": note("The Freetown conference", [
    "**Opening signals.** At the opening ceremony Anna Borel addressed delegates. Borel argued that the 1990 rules had served the sector well. [1]",
    "**Borel's response.** In Freetown, ZTU Secretary-General Anna Borel told the working group that some people with access to the drafts had misrepresented them. She cited the leak of the draft as the reason to hold a public consultation. [2]",
  ]),
  "notes/other.md": UNRELATED_AGENDA_NOTE,
};

const figureless = notesAppContext("wcit-window-26-none-", FIGURELESS);

describe("a noun asking for figures", () => {
  it("lists the statistics nouns only, not figures or numbers", () => {
    expect(FIGURE_NOUNS).toContain("statistics");
    expect(FIGURE_NOUNS).not.toContain("figures");
    expect(FIGURE_NOUNS).not.toContain("numbers");
  });

  it("reads the chat shorthand as the word sources write", () => {
    expect(withoutShorthand("what stats did she cite?")).toBe("what statistics did she cite?");
    expect(withoutShorthand("the big stat after the talks")).toBe(
      "the big statistic after the talks",
    );
  });
});

describe("what figures someone cited", () => {
  // The opening paragraph gives the figures; the paragraph on Borel's response meets more of the
  // question's other words ("cited", "Freetown", "Secretary-General") and gives no figure. It
  // led these answers before "stats" was read. (Not yet: "which statistics did Anna Borel
  // cite?" is refused.)
  answersStatingEach(app, [
    ["what stats did Borel cite?", "2.1 million"],
    ["what stat did Borel cite?", "five billion"],
  ]);

  // Where no paragraph gives both the figures and the rest of what is asked, none answers: the
  // response paragraph's words no longer stand for the statistics it lacks.
  refusesEach(app, [
    "What stats did Secretary-General Borel cite in Freetown?",
    "What stats did the Secretary-General cite to the working group?",
  ]);

  // A question asking no figures is answered from the response paragraph as before.
  answersStatingEach(app, [
    ["What did Borel cite as the reason for a public consultation?", "leak of the draft"],
  ]);
});

describe("a statistic asked where no paragraph gives a figure", () => {
  // A date ("November 2012") is no statistic, and the noun is met by no window: the answer never
  // claims to cover it.
  it.each(["what stats did Borel cite?", "which statistics did Anna Borel cite?"])(
    "does not claim to cover %s",
    async (question) => {
      expect(await figureless.coverageOf(question)).not.toBe("full");
    },
  );
});

describe("a when asked after a topic, opening on a preposition of time", () => {
  it("is a when question", () => {
    for (const q of [
      "the working documents: in which month was WD-36 issued?",
      "on the drafting side, in what month did the group sort the proposals into options?",
      "the Freetown charter - by what date was it sent?",
    ]) {
      expect(analyzeQuestion(q).kind).toBe("when");
    }
  });

  it("leaves another ask after a preposition a fact question", () => {
    expect(analyzeQuestion("the charter, in which city was it signed?").kind).toBe("fact");
    expect(analyzeQuestion("the charter, by which groups was it signed?").kind).toBe("fact");
  });

  // Read as a fact question, it was refused: no window writes "month".
  answersStatingEach(app, [
    ["the working documents: in which month was WD-36 issued?", "June 2011"],
  ]);
});
