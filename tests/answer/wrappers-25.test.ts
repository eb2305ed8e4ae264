// Chat before an ask is not the ask (issue #12, wrappers25): "Q:", "Hey wcit-desk,", "Sorry if
// this is obvious, but", the asker's situation ("Context: we're prepping the board. …") and an
// occasion lead-in ("For our team briefing tomorrow: …") are read as none of the question, so
// every rule reading the question's first words ("Who chaired…" asks for the chair's holder;
// "timeline slide, one line each:" is a format lead-in) reads the ask's. Before, `eval:wrappers`
// found such chat turning a chair's holder into a sentence naming "the Chair" as a party, and
// refusing format-led requests answered bare.
import { describe, expect, it } from "vitest";
import { questionContent } from "../../src/search/question.ts";
import { withoutChatOpening } from "../../src/search/question-chat.ts";
import { withoutChatBefore } from "../../src/search/question-situation.ts";
import { FREETOWN_NOTES } from "../support/corpus-builder.ts";
import { answersStatingEach, refusesEach } from "../support/coverage-cases.ts";
import { notesAppContext } from "../support/notes-app.ts";

describe("the chat opening a message", () => {
  it("is set aside, the ask's first letter as a question opens", () => {
    expect(withoutChatOpening("Q: Who chaired the talks?")).toBe("Who chaired the talks?");
    expect(withoutChatOpening("Hey wcit-desk, who chaired the talks?")).toBe(
      "Who chaired the talks?",
    );
    expect(withoutChatOpening("Sorry if this is obvious, but who chaired the talks?")).toBe(
      "Who chaired the talks?",
    );
    expect(withoutChatOpening("Morning all What did the Chair say?")).toBe(
      "What did the Chair say?",
    );
    expect(withoutChatOpening("Hi team, sorry to bug you - who chaired it?")).toBe(
      "Who chaired it?",
    );
    // (Only an asking word is capitalised: "Raw" would be read as a name the notes lack.)
    expect(withoutChatOpening("Hey wcit-desk, raw numbers pls: how many signed?")).toBe(
      "raw numbers pls: how many signed?",
    );
    expect(
      withoutChatOpening("Sorry if this is obvious, but fCC chair vs NTIA: who said what?"),
    ).toBe("FCC chair vs NTIA: who said what?");
  });

  it("leaves a message with no such chat as typed, and a message of chat alone", () => {
    for (const q of [
      "Who chaired the talks?",
      "who chaired the talks",
      "Quick yes/no check: did the treaty pass?",
      "Morning session: what was decided?",
      "Hi!",
      "Thanks",
    ]) {
      expect(withoutChatOpening(q)).toBe(q);
    }
  });
});

describe("the asker's situation and an occasion before the ask", () => {
  it("are set aside, as the chat opening is", () => {
    expect(
      withoutChatBefore("Context: we're prepping the board on the pact. who chaired the talks?"),
    ).toBe("Who chaired the talks?");
    expect(withoutChatBefore("For our team briefing tomorrow: who chaired the talks?")).toBe(
      "Who chaired the talks?",
    );
    expect(withoutChatBefore("Need this for a memo: is the annex binding?")).toBe(
      "Is the annex binding?",
    );
    // (The "it" of a claim checked stands for the claim, not for the asker's state.)
    expect(
      withoutChatBefore(
        "We're prepping the board. is it right that Norland was alone in refusing?",
      ),
    ).toBe("Is it right that Norland was alone in refusing?");
  });

  it("are kept where the ask points back at them, or no ask follows, or they set the look", () => {
    for (const q of [
      "We're writing on the observer scheme. Who proposed it?",
      "We're writing on the observer scheme. Is it true that Norland proposed it?",
      "I read that 89 signed. Is that right?",
      "For our team briefing tomorrow: the headline numbers from the campaign",
      "In bullets: what did the regulator say?",
      "3 talking points for the panel: why did Norland walk out?",
    ]) {
      expect(withoutChatBefore(q)).toBe(q);
    }
  });
});

describe("a format lead-in after chat", () => {
  it("is read as it is at the message's start", () => {
    const bare = "timeline slide, one line each: the decisions that led to the Vienna talks";
    for (const chat of ["Q:", "For our team briefing tomorrow:", "Need this for a memo:"]) {
      const wrapped = questionContent(`${chat} ${bare}`);
      expect(wrapped.content, chat).toBe(questionContent(bare).content);
      expect(wrapped.instructions, chat).toContain("timeline slide, one line each");
    }
  });

  it("is not read where the lead-in names a topic", () => {
    expect(questionContent("Q: Article 5B: the main criticisms").content).toContain("Article 5B");
  });
});

const app = notesAppContext("wcit-wrappers-25-", FREETOWN_NOTES);

describe("answering through the chat", () => {
  answersStatingEach(
    app,
    [
      ["Who chaired the conference in Freetown?", "Amara Kallon"],
      ["Q: Who chaired the conference in Freetown?", "Amara Kallon"],
      ["Hey wcit-desk, who chaired the conference in Freetown?", "Amara Kallon"],
      ["Sorry if this is obvious, but who chaired the conference in Freetown?", "Amara Kallon"],
      [
        "Context: we're prepping the board on the ZTU. Who chaired the conference in Freetown?",
        "Amara Kallon",
      ],
      ["For our team briefing tomorrow: who chaired the conference in Freetown?", "Amara Kallon"],
      ["Hi!\n\nWho chaired the conference in Freetown?\n\nThanks", "Amara Kallon"],
    ],
    "names the chair's holder: %s",
  );

  refusesEach(app, [
    "Who chaired the Lakeside forum?",
    "Q: Who chaired the Lakeside forum?",
    "Sorry if this is obvious, but who chaired the Lakeside forum?",
    "Context: we're prepping the board on the ZTU. Who chaired the Lakeside forum?",
    "For our team briefing tomorrow: who chaired the Lakeside forum?",
  ]);
});
