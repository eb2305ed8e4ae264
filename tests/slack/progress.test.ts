// Progress while a model writes an answer, through the real LLM answerer and the real openai client
// against the fake OpenAI-compatible server: nobody in Slack ever sees a sentence that citation
// verification drops, neither in the placeholder nor in an assistant thread's stream.
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { answerJson, type FakeOpenAI, startFakeOpenAI } from "../support/fake-openai.ts";
import { llmEngineOnPassages } from "../support/llm-engine.ts";
import { appMention, imMessage, ts } from "../support/slack-payloads.ts";
import { callText, type Harness, startHarness } from "./harness.ts";

const KEPT = "Article 5A asks Member States to work for secure and robust networks.";
const DROPPED = "Every member state agreed to censor the Internet.";

/** The model's reply: a made-up claim (its quote is in no passage) before a supported one. */
const REPLY = answerJson([
  {
    text: DROPPED,
    passage_ids: ["P1"],
    quote: "every member state agreed to censor the Internet",
  },
  {
    text: KEPT,
    passage_ids: ["P1"],
    quote: "security and robustness of international telecommunication networks",
  },
]);

let openai: FakeOpenAI;
let h: Harness;

beforeEach(async () => {
  openai = await startFakeOpenAI({ defaultChat: { content: REPLY } });
});
afterEach(async () => {
  await h.close();
  await openai.close();
});

function llmHarness() {
  return startHarness({
    engine: llmEngineOnPassages(openai.baseURL),
  });
}

/** Everything every recorded Web API call carried, as one string. */
function everythingPosted(): string {
  return h.fake.calls.map((c) => JSON.stringify(c.body)).join("\n");
}

describe("progress never shows unverified model text", () => {
  it("in a mention's placeholder", async () => {
    h = await llmHarness();
    await h.event(appMention({ text: "<@UBOT> What does Article 5A say about security?" }));
    const final = h.fake.callsTo("chat.update").at(-1);
    expect(callText(final)).toContain(KEPT.replace(/\.$/, ""));
    expect(openai.chatRequests().length).toBeGreaterThan(0);
    expect(everythingPosted()).not.toContain("censor");
  });

  it("in an assistant thread's stream", async () => {
    h = await llmHarness();
    const threadTs = ts();
    await h.event(imMessage({ text: "What does Article 5A say about security?", threadTs }));
    const final = h.fake.calls
      .filter((c) => c.method === "chat.update" || c.method === "chat.postMessage")
      .at(-1);
    expect(callText(final)).toContain(KEPT.replace(/\.$/, ""));
    expect(everythingPosted()).not.toContain("censor");
  });
});
