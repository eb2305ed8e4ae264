import { Writable } from "node:stream";
import { describe, expect, it } from "vitest";
import { loadConfig } from "../src/config.ts";
import { createLogger, createSecretRedactor, redactorFor, redactTokens } from "../src/log.ts";

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
// Secrets of no recognisable shape: a 32-hex key (Azure, proxies) and a signing secret.
const HEX_KEY = Array.from({ length: 32 }, (_, i) => "0123456789abcdef"[(i * 7 + 3) % 16]).join("");
const SIGNING_SECRET = ["8f14e45f", "ceea167a", "5a36dedd", "4bea2543"].join("");
const SHAPELESS_BOT_TOKEN = ["bot", "token", "without", "a", "known", "prefix"].join("_");

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

describe("secret values", () => {
  const config = loadConfig(
    {
      OPENAI_API_KEY: HEX_KEY,
      SLACK_BOT_TOKEN: SHAPELESS_BOT_TOKEN,
      SLACK_SIGNING_SECRET: SIGNING_SECRET,
    },
    "/tmp",
  );

  it("are redacted from every log line whatever their shape: messages, errors, nested fields, children", () => {
    const { lines, stream } = capture();
    const log = createLogger("debug", stream, redactorFor(config));
    log.error(
      { err: new Error(`403 from proxy: key ${HEX_KEY} may not use this model`) },
      "model request failed",
    );
    log.warn(`auth.test failed for ${SHAPELESS_BOT_TOKEN}`);
    log
      .child({ component: "openai" })
      .debug({ request: { headers: { "x-key": HEX_KEY } } }, "sent");
    log.info({ deep: { deeper: { deepest: [`sig=${SIGNING_SECRET}`] } } }, "verified");
    log.info({ quoted: `"${HEX_KEY}"\n` }, "escaped in JSON");
    const out = lines.join("");
    for (const secret of [HEX_KEY, SHAPELESS_BOT_TOKEN, SIGNING_SECRET]) {
      expect(out).not.toContain(secret);
    }
    expect(lines).toHaveLength(5);
    for (const line of lines) expect(() => JSON.parse(line)).not.toThrow();
    expect(out).toContain("model request failed");
    expect(out.match(/\[redacted\]/g)?.length).toBeGreaterThanOrEqual(5);
  });

  it("are redacted from printed text, with the token shapes too", () => {
    const redactSecrets = redactorFor(config);
    expect(redactSecrets(`FAIL model: 403: key ${HEX_KEY} and ${BOT_TOKEN}`)).toBe(
      "FAIL model: 403: key [redacted] and [redacted]",
    );
  });

  it("leave short placeholder keys alone (a keyless local server's 'none')", () => {
    expect(createSecretRedactor(["none"])("none of the passages")).toBe("none of the passages");
  });
});
