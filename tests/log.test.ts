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

describe("logger", () => {
  it("redacts tokens and secrets in objects and in messages", () => {
    const { lines, stream } = capture();
    const log = createLogger("info", stream);
    log.info(
      {
        botToken: "xoxb-1234567890-abcdef",
        config: { apiKey: "sk-abcdefghijklmnopqrstu" },
        channel: "C1",
      },
      "started with xoxb-1234567890-abcdef",
    );
    log.warn({ detail: "key sk-abcdefghijklmnopqrstu rejected" }, "bad");
    const out = lines.join("");
    expect(out).not.toContain("xoxb-1234567890");
    expect(out).not.toContain("sk-abcdefghijklmnop");
    expect(out).toContain("[redacted]");
    expect(out).toContain('"channel":"C1"');
  });

  it("leaves ordinary text alone", () => {
    expect(redactTokens("Article 5A on security")).toBe("Article 5A on security");
    expect(redactTokens("token xapp-1-A0-123 here")).toBe("token [redacted] here");
  });
});
