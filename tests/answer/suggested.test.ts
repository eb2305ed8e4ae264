// Suggested prompts as a corpus setting: optional, validated, and what the engine offers.
import fs from "node:fs";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import {
  DEFAULT_SUGGESTED_QUESTIONS,
  loadSuggestedQuestions,
  parseSuggestedQuestions,
  SuggestedQuestionsError,
} from "../../src/answer/suggested.ts";
import { loadConfig } from "../../src/config.ts";
import { openContext } from "../../src/context.ts";
import { silentLogger } from "../../src/log.ts";
import { makeTempDir, removeDir, writeSpamNoteCorpus } from "../support/corpus-builder.ts";

const dir = makeTempDir("wcit-suggested-");
afterAll(() => removeDir(dir));

describe("parseSuggestedQuestions", () => {
  it("returns the questions of a valid file", () => {
    expect(
      parseSuggestedQuestions({ questions: ["What does Article 5B say about spam?"] }),
    ).toEqual(["What does Article 5B say about spam?"]);
  });

  it("names each problem: no questions, a blank or repeated one, an unknown field", () => {
    expect(() => parseSuggestedQuestions({ questions: [] }, "s.json")).toThrow(
      /Suggested questions in s\.json are malformed:\n {2}questions: list at least one question/,
    );
    expect(() => parseSuggestedQuestions({ questions: ["   "] })).toThrow(
      /questions\.0: a question of at least 10 characters/,
    );
    const twice = "What does Article 5B say about spam?";
    expect(() => parseSuggestedQuestions({ questions: [twice, twice] })).toThrow(
      /questions must not repeat/,
    );
    expect(() => parseSuggestedQuestions({ prompts: ["What does Article 5B say?"] })).toThrow(
      SuggestedQuestionsError,
    );
  });
});

describe("loadSuggestedQuestions", () => {
  it("is optional: a corpus without the file has none", () => {
    expect(loadSuggestedQuestions(path.join(dir, "no-such-corpus"))).toBeUndefined();
  });

  it("names the file when it is not JSON", () => {
    const corpus = path.join(dir, "broken");
    fs.mkdirSync(corpus, { recursive: true });
    fs.writeFileSync(path.join(corpus, "suggested-questions.json"), "{ nope");
    expect(() => loadSuggestedQuestions(corpus)).toThrow(
      /Cannot read suggested questions at .*suggested-questions\.json: not valid JSON/,
    );
  });
});

describe("the composition root", () => {
  async function suggestedFor(corpusDir: string): Promise<string[]> {
    const config = loadConfig({ CORPUS_DIR: corpusDir, DATA_DIR: `${corpusDir}-data` });
    const ctx = await openContext(config, silentLogger);
    try {
      return ctx.engine.suggestedQuestions();
    } finally {
      await ctx.close();
    }
  }

  it("offers the corpus's suggested questions, and indexes the file as no document", async () => {
    const corpusDir = path.join(dir, "with-file");
    writeSpamNoteCorpus(corpusDir, {
      "suggested-questions.json": JSON.stringify({
        questions: ["What does Article 5B ask Member States to do?"],
      }),
    });
    expect(await suggestedFor(corpusDir)).toEqual([
      "What does Article 5B ask Member States to do?",
    ]);
  });

  it("falls back to the engine's defaults without the file", async () => {
    const corpusDir = path.join(dir, "without-file");
    writeSpamNoteCorpus(corpusDir);
    expect(await suggestedFor(corpusDir)).toEqual(DEFAULT_SUGGESTED_QUESTIONS);
  });
});
