// The topic of a party's reasons asked by a noun (issue #12, the twenty-ninth session's batch
// in-3260..in-3269, out-1084..out-1085): "What was the FCC chief's reasoning on the spam
// definition?" asks his reasons on the spam definition, and a paragraph giving his grounds on
// cybersecurity does not answer it, however common "spam" is in the corpus (here it is in a third
// of the passages, a word of the corpus's own topic that no window need say). The notes are those
// of coverage-round6.test.ts, where the question was answered `partial` from that paragraph.
import fs from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { reasonTopic } from "../../src/answer/reason-topic.ts";
import { PROJECT_ROOT } from "../../src/context.ts";
import { notesAppContext } from "../support/notes-app.ts";
import { ROUND6_NOTES } from "../support/round6-notes.ts";

const { answerTo, coverageOf } = notesAppContext("wcit-reason-topic29-", ROUND6_NOTES, {
  "glossary.json": fs.readFileSync(path.join(PROJECT_ROOT, "corpus", "glossary.json"), "utf8"),
});

describe("the topic of a party's reasons asked by a noun", () => {
  it("reads the topic after the reason noun, up to the end of the ask", () => {
    expect(reasonTopic("What was the FCC chief's reasoning on the spam definition?")).toBe(
      "the spam definition",
    );
    // (Not the asker's verb opening it, nor a clause saying when.)
    expect(
      reasonTopic("what were the Czechs' grounds for rejecting the quota article, and who"),
    ).toBe("the quota article");
    expect(reasonTopic("what was CEPT's gripe with the final regs once Dubai wrapped up?")).toBe(
      "the final regs",
    );
    expect(reasonTopic("what was his thinking behind the walkout - need it today")).toBe(
      "the walkout",
    );
    // (No topic: the reasons asked are on what the question is about as a whole.)
    expect(reasonTopic("what was his reasoning?")).toBeUndefined();
    // (A grievance, and the act a party's gain or push is asked for.)
    expect(reasonTopic("what was Russia's beef with the Budapest treaty - they never joined")).toBe(
      "the Budapest treaty",
    );
    expect(reasonTopic("what was in it for Chile to host the talks")).toBe("host the talks");
    expect(reasonTopic("what got Peru to reject the quota article")).toBe(
      "reject the quota article",
    );
    expect(reasonTopic("what got added to the quota article")).toBeUndefined();
    // (Not a reason noun: a stance is read by the stance rules.)
    expect(reasonTopic("What was Peru's position on the quota article?")).toBeUndefined();
  });

  it.each([
    "What was the FCC chief's reasoning on the spam definition?",
    "What was the FCC chief's thinking on the spam definition?",
    "What was Genachowski's reasoning on the spam definition?",
    "What was the FCC chief's beef with the spam definition?",
    "What was in it for the FCC chief to oppose the spam definition?",
  ])("refuses %s from his stance on cybersecurity", async (question) => {
    expect(await coverageOf(question)).toBe("none");
  });

  it("still answers his reasoning on the topic his paragraph is about", async () => {
    const answer = await answerTo("What was the FCC chief's reasoning on cybersecurity?");
    expect(answer.coverage).not.toBe("none");
    expect(answer.text).toContain("too inflexible and too slow");
  });

  it("still answers a grievance on the topic his paragraph is about", async () => {
    const answer = await answerTo("What was the FCC chief's beef with handling cybersecurity?");
    expect(answer.coverage).not.toBe("none");
    expect(answer.text).toContain("too inflexible and too slow");
  });

  it("still answers a party's reasoning on a topic its own sentence names", async () => {
    const answer = await answerTo("What was Hill's reasoning on the spam article?");
    expect(answer.coverage).not.toBe("none");
    expect(answer.text).toContain("non-binding");
  });
});
