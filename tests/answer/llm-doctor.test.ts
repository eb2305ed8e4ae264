import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { runDoctor } from "../../src/answer/doctor.ts";
import { type Config, loadConfig } from "../../src/config.ts";
import { type FakeOpenAI, startFakeOpenAI } from "../support/fake-openai.ts";

let fake: FakeOpenAI;
beforeEach(async () => {
  fake = await startFakeOpenAI({
    apiKey: "sk-right-key-000000",
    models: ["gpt-4.1-mini", "text-embedding-3-small"],
    defaultChat: { content: "OK" },
  });
});
afterEach(async () => {
  await fake.close();
});

function config(env: Record<string, string>): Config {
  return loadConfig(env, "/tmp");
}

describe("runDoctor", () => {
  it("reports extractive mode when no model is configured", async () => {
    const result = await runDoctor(config({}));
    expect(result.ok).toBe(true);
    expect(result.lines.join("\n")).toMatch(/no language model configured.*extractive/);
    expect(fake.requests).toHaveLength(0);
  });

  it("makes one tiny request and reports success, with the embedding model", async () => {
    const result = await runDoctor(
      config({
        OPENAI_API_KEY: "sk-right-key-000000",
        OPENAI_BASE_URL: fake.baseURL,
        OPENAI_EMBEDDING_MODEL: "text-embedding-3-small",
      }),
    );
    const text = result.lines.join("\n");
    expect(result.ok).toBe(true);
    expect(text).toMatch(/model gpt-4\.1-mini answered in \d+ ms \("OK"\)/);
    expect(text).toMatch(/embedding model text-embedding-3-small answered \(64 dimensions\)/);
    expect(text).not.toContain("sk-right-key");
    expect(fake.chatRequests()).toHaveLength(1);
  });

  it("names a bad key", async () => {
    const result = await runDoctor(
      config({ OPENAI_API_KEY: "sk-wrong-key-111111", OPENAI_BASE_URL: fake.baseURL }),
    );
    expect(result.ok).toBe(false);
    expect(result.lines.join("\n")).toMatch(/FAIL .*401.*OPENAI_API_KEY/);
    expect(result.lines.join("\n")).not.toContain("sk-wrong-key");
  });

  it("names an unknown model", async () => {
    const result = await runDoctor(
      config({
        OPENAI_API_KEY: "sk-right-key-000000",
        OPENAI_BASE_URL: fake.baseURL,
        OPENAI_MODEL: "gpt-nonexistent",
        OPENAI_EMBEDDING_MODEL: "embed-nonexistent",
      }),
    );
    const text = result.lines.join("\n");
    expect(result.ok).toBe(false);
    expect(text).toMatch(/FAIL +model gpt-nonexistent: 404 .*OPENAI_MODEL/);
    expect(text).toMatch(/FAIL +embedding model embed-nonexistent: 404 .*OPENAI_EMBEDDING_MODEL/);
  });

  it("never prints a key that the server echoes in its 403 or 404", async () => {
    // A 32-hex key has no recognisable prefix: only its value can be redacted.
    const key = Array.from({ length: 32 }, (_, i) => "0123456789abcdef"[(i * 5 + 1) % 16]).join("");
    await fake.close();
    fake = await startFakeOpenAI();
    fake.scriptChat({
      status: 403,
      errorMessage: `Key ${key} is not allowed to use gpt-4.1-mini in this region`,
    });
    fake.scriptEmbeddings({
      status: 404,
      errorMessage: `No deployment for key ${key} and model embed-x`,
    });
    const result = await runDoctor(
      config({
        OPENAI_API_KEY: key,
        OPENAI_BASE_URL: fake.baseURL,
        OPENAI_EMBEDDING_MODEL: "embed-x",
      }),
    );
    const text = result.lines.join("\n");
    expect(result.ok).toBe(false);
    // The server's words are still there to explain the failure; the key is not.
    expect(text).toMatch(/FAIL +model gpt-4\.1-mini: 403 .*Key \[redacted\] is not allowed/);
    expect(text).toMatch(/FAIL +embedding model embed-x: 404 .*for key \[redacted\]/);
    expect(text).not.toContain(key);
  });

  it("names an unreachable host", async () => {
    const url = fake.baseURL;
    await fake.close();
    const result = await runDoctor(config({ OPENAI_BASE_URL: url }));
    expect(result.ok).toBe(false);
    expect(result.lines.join("\n")).toMatch(
      /FAIL .*cannot reach 127\.0\.0\.1:\d+.*OPENAI_BASE_URL/,
    );
    fake = await startFakeOpenAI();
  });
});
