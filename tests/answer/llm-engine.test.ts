// The answerer inside the real answer engine: fallbacks reach the user with their reason, and a
// rewritten follow-up is what retrieval searches for.
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { createAnswerEngine } from "../../src/answer/engine.ts";
import { createLlmAnswerer } from "../../src/answer/llm.ts";
import { silentLogger } from "../../src/log.ts";
import {
  answerJson,
  type FakeOpenAI,
  openaiConfig,
  PASSAGES,
  startFakeOpenAI,
} from "../support/fake-openai.ts";

let fake: FakeOpenAI;
let queries: string[];

beforeEach(async () => {
  fake = await startFakeOpenAI();
  queries = [];
});
afterEach(async () => {
  await fake.close();
});

function engine(overrides: Parameters<typeof openaiConfig>[1] = {}) {
  const llm = createLlmAnswerer({
    config: openaiConfig(fake.baseURL, overrides),
    log: silentLogger,
  });
  return createAnswerEngine({
    retrieve: async (query, k) => {
      queries.push(query);
      return PASSAGES.slice(0, k);
    },
    llm,
    log: silentLogger,
  });
}

const QUESTION = "What does Article 5A say about the security of networks?";
const GOOD = answerJson([
  {
    text: "Article 5A asks Member States to work for secure and robust networks.",
    passage_ids: ["P1"],
    quote: "security and robustness of international telecommunication networks",
  },
]);

describe("LLM answers through the engine", () => {
  it("answers in llm mode with verified citations and usage", async () => {
    fake.scriptChat({ content: GOOD, usage: { prompt_tokens: 700, completion_tokens: 40 } });
    const answer = await engine().answer(QUESTION);
    expect(answer).toMatchObject({
      mode: "llm",
      text: "Article 5A asks Member States to work for secure and robust networks [1].",
      verification: { kept: 1, dropped: 0 },
      usage: { promptTokens: 700, completionTokens: 40, source: "api" },
    });
    expect(answer.citations[0]?.url).toBe("https://example.org/final-acts.pdf#page=7");
  });

  it("sends the rewritten follow-up to retrieval", async () => {
    fake.scriptChat(
      { content: "What did Russia say about Article 5A on the security of networks?" },
      { content: GOOD },
    );
    const answer = await engine().answer("what did Russia say about that?", {
      history: [{ question: QUESTION, answer: "Article 5A concerns network security [1]." }],
    });
    expect(queries).toEqual(["What did Russia say about Article 5A on the security of networks?"]);
    expect(answer.searchQuery).toBe(queries[0]);
    expect(answer.question).toBe("what did Russia say about that?");
    // The answer prompt carries the conversation too.
    const answerPrompt = fake.chatRequests()[1]?.messages[1]?.content ?? "";
    expect(answerPrompt).toContain("Article 5A concerns network security");
  });

  it("falls back to the extractive answer, with the reason, when every citation fails", async () => {
    fake.scriptChat({
      content: answerJson([
        { text: "Invented.", passage_ids: ["P9"] },
        { text: "Misquoted.", passage_ids: ["P1"], quote: "the ITU shall govern the Internet" },
      ]),
    });
    const answer = await engine().answer(QUESTION);
    expect(answer.mode).toBe("extractive");
    expect(answer.fallbackReason).toMatch(/citations could not be verified/);
    expect(answer.verification).toEqual({ kept: 0, dropped: 2 });
    expect(answer.citations.length).toBeGreaterThan(0);
    expect(answer.usage?.completionTokens).toBeGreaterThan(0);
  });

  it("falls back with the reason when 500s outlast the retries, and on a 401", async () => {
    const failure = { status: 500, errorMessage: "boom", headers: { "retry-after-ms": "1" } };
    fake.scriptChat(failure, failure);
    const answer = await engine({ maxRetries: 1 }).answer(QUESTION);
    expect(answer.mode).toBe("extractive");
    expect(answer.fallbackReason).toMatch(/server failed/);

    fake.scriptChat({ status: 401, errorMessage: "Incorrect API key provided" });
    const second = await engine().answer(QUESTION);
    expect(second.mode).toBe("extractive");
    expect(second.fallbackReason).toMatch(/credentials/);
  });

  it("streams the text, then returns the verified answer that replaces it", async () => {
    fake.scriptChat({
      content: answerJson([
        { text: "Article 5A is about network security.", passage_ids: ["P1"] },
        { text: "It also bans spam.", passage_ids: ["P5"] },
      ]),
    });
    const deltas: string[] = [];
    const answer = await engine().answer(QUESTION, { onDelta: (t) => deltas.push(t) });
    expect(deltas.at(-1)).toBe("Article 5A is about network security. It also bans spam.");
    expect(answer.text).toBe("Article 5A is about network security [1].");
    expect(answer.verification).toEqual({ kept: 1, dropped: 1 });
  });
});
