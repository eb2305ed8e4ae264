// The answerer inside the real answer engine: fallbacks reach the user with their reason, and a
// rewritten follow-up is what retrieval searches for.
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import {
  listItemGuidance,
  SHORT_ANSWER_GUIDANCE,
  UNSETTLED_GUIDANCE,
  WORK_SAYS_GUIDANCE,
} from "../../src/answer/guidance.ts";
import type { Config } from "../../src/config.ts";
import { analyze, termOf } from "../../src/search/analyze.ts";
import { buildVocabulary } from "../../src/search/corpus-vocabulary.ts";
import { correctSpelling } from "../../src/search/spelling.ts";
import type { AnswerProgress } from "../../src/types.ts";
import {
  answerJson,
  type FakeOpenAI,
  PASSAGES,
  scoredPassage,
  startFakeOpenAI,
} from "../support/fake-openai.ts";
import { llmEngineOnPassages } from "../support/llm-engine.ts";

let fake: FakeOpenAI;
let queries: string[];

beforeEach(async () => {
  fake = await startFakeOpenAI();
  queries = [];
});
afterEach(async () => {
  await fake.close();
});

function engine(overrides: Partial<Config["openai"]> = {}, passages = PASSAGES) {
  return llmEngineOnPassages(fake.baseURL, {
    openai: overrides,
    passages,
    onQuery: (query) => queries.push(query),
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
      { content: "What did the Final Acts say about Article 5A on the security of networks?" },
      { content: GOOD },
    );
    const answer = await engine().answer("what did the Final Acts say about that?", {
      history: [{ question: QUESTION, answer: "Article 5A concerns network security [1]." }],
    });
    expect(queries).toEqual([
      "What did the Final Acts say about Article 5A on the security of networks?",
    ]);
    expect(answer.searchQuery).toBe(queries[0]);
    expect(answer.question).toBe("what did the Final Acts say about that?");
    // The answer prompt carries the conversation too.
    const answerPrompt = fake.chatRequests()[1]?.messages[1]?.content ?? "";
    expect(answerPrompt).toContain("Article 5A concerns network security");
  });

  it("reads a misspelt word as the passages' word for retrieval and the prompt, and says so", async () => {
    const texts = PASSAGES.map((p) => p.passage.text);
    const vocabulary = buildVocabulary([...texts, ...texts]);
    const terms = new Set(texts.flatMap((t) => analyze(t)));
    const isKnown = (word: string) => terms.has(termOf(word) ?? "");
    fake.scriptChat({ content: GOOD });
    const answer = await llmEngineOnPassages(fake.baseURL, {
      onQuery: (query) => queries.push(query),
      correctSpelling: (question) =>
        correctSpelling(question, { vocabulary: () => vocabulary, isKnown }),
    }).answer("What does Article 5A say about the securty of networks?");
    expect(queries).toEqual([QUESTION]);
    const prompt = fake.chatRequests()[0]?.messages[1]?.content ?? "";
    expect(prompt).toContain(QUESTION);
    expect(prompt).not.toContain("securty");
    expect(answer).toMatchObject({
      mode: "llm",
      question: "What does Article 5A say about the securty of networks?",
      searchQuery: QUESTION,
      corrections: [{ from: "securty", to: "security" }],
    });
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

  it("reports verified sentences as progress while the model writes, and never a dropped one", async () => {
    fake.scriptChat({
      content: answerJson([
        {
          text: "Article 5A asks Member States to work for secure and robust networks.",
          passage_ids: ["P1"],
          quote: "security and robustness of international telecommunication networks",
        },
        { text: "It also bans spam everywhere.", passage_ids: ["P5"], quote: null },
      ]),
    });
    const progress: AnswerProgress[] = [];
    const answer = await engine().answer(QUESTION, { onProgress: (p) => progress.push(p) });
    expect(progress[0]).toEqual({ stage: "retrieved", passages: PASSAGES.length });
    const verified = progress.flatMap((p) => (p.stage === "verified" ? [p.text] : []));
    expect(verified).toEqual([
      "Article 5A asks Member States to work for secure and robust networks [1].",
    ]);
    expect(JSON.stringify(progress)).not.toContain("spam");
    expect(answer.mode).toBe("llm");
    expect(answer.text).toBe(verified.at(-1));
    expect(answer.verification).toEqual({ kept: 1, dropped: 1 });
  });
});

describe("a question no one passage states whole", () => {
  // "against hackers": the passages state what Article 5A asks, not who it is meant to stop.
  const UNSETTLED =
    "Does Article 5A ask Member States to ensure the security of networks against hackers?";

  it("tells the model to say what is left open, and labels its answer partial though it says full", async () => {
    fake.scriptChat({ content: GOOD });
    const answer = await engine().answer(UNSETTLED);
    const prompt = fake.chatRequests()[0]?.messages[1]?.content ?? "";
    expect(prompt).toContain(UNSETTLED_GUIDANCE);
    expect(answer).toMatchObject({ mode: "llm", coverage: "partial" });
  });

  it("leaves the instruction out, and the model's full label standing, where one passage states it", async () => {
    fake.scriptChat({ content: GOOD });
    const answer = await engine().answer(QUESTION);
    const prompt = fake.chatRequests()[0]?.messages[1]?.content ?? "";
    expect(prompt).not.toContain(UNSETTLED_GUIDANCE);
    expect(answer).toMatchObject({ mode: "llm", coverage: "full" });
  });
});

describe("the answer deadline", () => {
  it("does not sleep out a Retry-After of a day: the 429 is not retried and the answer falls back", async () => {
    fake.scriptChat(
      { status: 429, errorMessage: "Rate limit reached", headers: { "retry-after": "86400" } },
      { content: GOOD },
    );
    const answer = await engine({ answerDeadlineMs: 60_000 }).answer(QUESTION);
    expect(answer.mode).toBe("extractive");
    expect(answer.fallbackReason).toBe("the language model is rate-limited right now");
    expect(answer.citations.length).toBeGreaterThan(0);
    expect(fake.chatRequests()).toHaveLength(1);
  });

  it("answers extractively, saying why, when the model is still waiting at the deadline", async () => {
    // A short Retry-After is honoured by the client; the deadline is shorter still.
    fake.scriptChat(
      { status: 429, errorMessage: "Rate limit reached", headers: { "retry-after": "4" } },
      { content: GOOD },
    );
    const answer = await engine({ answerDeadlineMs: 300 }).answer(QUESTION);
    expect(answer.mode).toBe("extractive");
    expect(answer.fallbackReason).toBe("the language model did not answer within 0.3 s");
    expect(answer.citations.length).toBeGreaterThan(0);
  });

  it("ends a reply that hangs mid-stream, or never starts, at the deadline", async () => {
    // The client's own timeouts are a minute here: only the deadline can end these waits.
    const slow = { timeoutMs: 60_000, maxRetries: 0, answerDeadlineMs: 300 };
    fake.scriptChat({ content: GOOD, stallAfterChunks: 3 });
    const progress: AnswerProgress[] = [];
    const streamed = await engine(slow).answer(QUESTION, { onProgress: (p) => progress.push(p) });
    expect(streamed).toMatchObject({
      mode: "extractive",
      fallbackReason: "the language model did not answer within 0.3 s",
    });
    expect(progress.filter((p) => p.stage === "verified")).toEqual([]);

    fake.scriptChat({ content: GOOD, delayMs: 60_000 });
    const silent = await engine(slow).answer(QUESTION);
    expect(silent.fallbackReason).toBe("the language model did not answer within 0.3 s");
  });

  it("reads the follow-up in its thread when the rewrite is still running at the deadline", async () => {
    fake.scriptChat({ content: "never mind", delayMs: 60_000 });
    const answer = await engine({ timeoutMs: 60_000, answerDeadlineMs: 300 }).answer(
      "and what about security?",
      { history: [{ question: QUESTION, answer: "Article 5A concerns network security [1]." }] },
    );
    expect(queries).toEqual([`${QUESTION} and what about security?`]);
    expect(answer.mode).toBe("extractive");
    expect(answer.fallbackReason).toBe("the language model did not answer within 0.3 s");
  });
});

describe("a list asking each item for a kind of answer", () => {
  const dated = [
    scoredPassage(
      "itrs-history:3",
      "On 14 December 2012 the conference adopted Article 5A on the security and robustness of networks.",
      { title: "History of the ITRs", score: 9 },
    ),
    scoredPassage(
      "itrs-history:4",
      "On 5 December 2012 delegates first debated the security of networks during talks on quality of service.",
      { title: "History of the ITRs", score: 8 },
    ),
  ];
  const answer = answerJson([
    {
      text: "The conference adopted Article 5A on 14 December 2012.",
      passage_ids: ["P1"],
      quote: "the conference adopted Article 5A",
    },
  ]);

  it("tells the model to date each item of a timeline, and nothing of the kind for plain points", async () => {
    const guidance = listItemGuidance("date") ?? "";
    expect(guidance).toMatch(/date order/);
    fake.scriptChat({ content: answer }, { content: answer });
    const llm = engine({}, dated);
    await llm.answer("timeline slide, one line each: the security of networks in Article 5A");
    await llm.answer("List the main points on the security of networks in Article 5A");
    const prompts = fake.chatRequests().map((r) => r.messages[1]?.content ?? "");
    expect(prompts).toHaveLength(2);
    expect(prompts[0]).toContain(guidance);
    expect(prompts[1]).not.toContain(guidance);
  });
});

describe("a question asking what a work says", () => {
  const paper = [
    scoredPassage(
      "harbour-paper:1",
      "The Harbour Coalition paper on port radio is posted at harbour.example/port-radio.pdf.",
      { title: "The Harbour Coalition paper on port radio", score: 9 },
    ),
    scoredPassage(
      "harbour-paper:2",
      "The Harbour Coalition paper argues that port radio is a poor fit for a binding accord.",
      { title: "The Harbour Coalition paper on port radio", score: 8 },
    ),
  ];
  const answer = answerJson([
    {
      text: "The paper argues that port radio is a poor fit for a binding accord.",
      passage_ids: ["P2"],
      quote: "port radio is a poor fit for a binding accord",
    },
  ]);

  it("tells the model to state the work's arguments, not where it was published", async () => {
    fake.scriptChat({ content: answer }, { content: answer });
    const llm = engine({}, paper);
    const said = await llm.answer("What does the Harbour Coalition paper say?");
    await llm.answer("Where is the Harbour Coalition paper on port radio posted?");
    const prompts = fake.chatRequests().map((r) => r.messages[1]?.content ?? "");
    expect(prompts).toHaveLength(2);
    expect(prompts[0]).toContain(WORK_SAYS_GUIDANCE);
    expect(prompts[1]).not.toContain(WORK_SAYS_GUIDANCE);
    expect(said.mode).toBe("llm");
    expect(said.text).toContain("poor fit for a binding accord");
  });
});

describe("a closing request for a short answer", () => {
  // The engine cuts "Keep it short." from the question the model reads (question-chat.ts), so the
  // request reaches the model as guidance instead.
  it("tells the model the asker wants it short, and only when they said so", async () => {
    fake.scriptChat({ content: GOOD }, { content: GOOD }, { content: GOOD });
    const llm = engine();
    await llm.answer(`${QUESTION} Keep it short.`);
    await llm.answer(`${QUESTION} tl;dr pls :pray:`);
    await llm.answer(`${QUESTION} thx in advance`);
    const requests = fake.chatRequests();
    const prompts = requests.map((r) => r.messages[1]?.content ?? "");
    expect(prompts).toHaveLength(3);
    expect(prompts[0]).toContain(SHORT_ANSWER_GUIDANCE);
    expect(prompts[0]).not.toContain("Keep it short");
    expect(prompts[1]).toContain(SHORT_ANSWER_GUIDANCE);
    expect(prompts[2]).not.toContain(SHORT_ANSWER_GUIDANCE);
  });
});
