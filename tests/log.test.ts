import { Writable } from "node:stream";
import { describe, expect, it } from "vitest";
import { createLogger, redactTokens } from "../src/log.ts";

function capture() {
  const lines: string[] = [];
  const stream = new Writable({
    write(chunk, _enc, done) {
      lines.push(String(chunk));
      done();
    },
  });
  return { lines, stream };
}

// Token-shaped strings are assembled at run time so that no real-looking token sits in the repository.
const BOT_TOKEN = ["xoxb", "1234567890", "abcdef"].join("-");
const API_KEY = ["sk", "abcdefghijklmnopqrstu"].join("-");

describe("logger", () => {
  it("redacts tokens and secrets in objects and in messages", () => {
    const { lines, stream } = capture();
    const log = createLogger("info", stream);
    log.info(
      {
        botToken: BOT_TOKEN,
        config: { apiKey: API_KEY },
        channel: "C1",
      },
      `started with ${BOT_TOKEN}`,
    );
    log.warn({ detail: `key ${API_KEY} rejected` }, "bad");
    const out = lines.join("");
    expect(out).not.toContain(BOT_TOKEN);
    expect(out).not.toContain(API_KEY);
    expect(out).toContain("[redacted]");
    expect(out).toContain('"channel":"C1"');
  });

  it("leaves ordinary text alone", () => {
    expect(redactTokens("Article 5A on security")).toBe("Article 5A on security");
    expect(redactTokens("token xapp-1-A0-123 here")).toBe("token [redacted] here");
  });
});
