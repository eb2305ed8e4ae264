// Graceful shutdown: stop taking events, finish the answers in flight.
import { describe, expect, it } from "vitest";
import type { Answer } from "../../src/types.ts";
import { appMention } from "../support/slack-payloads.ts";
import { makeAnswer } from "./answer-fixtures.ts";
import { callText, scriptedEngine, startHarness } from "./harness.ts";

describe("shutdown", () => {
  it("finishes an answer in flight, then stops taking events", async () => {
    let release: () => void = () => {};
    const gate = new Promise<void>((resolve) => {
      release = resolve;
    });
    let started: () => void = () => {};
    const answering = new Promise<void>((resolve) => {
      started = resolve;
    });
    const h = await startHarness({
      processBeforeResponse: false,
      engine: {
        ...scriptedEngine(),
        async answer(question): Promise<Answer> {
          started();
          await gate;
          return makeAnswer({ question });
        },
      },
    });
    await h.event(appMention({ text: "<@UBOT> slow question" }));
    await answering;
    let stopped = false;
    const stopping = h.slack.stop().then(() => {
      stopped = true;
    });
    await expect(h.event(appMention({ text: "<@UBOT> too late" }))).rejects.toThrow();
    expect(stopped).toBe(false);
    release();
    await stopping;
    expect(callText(h.fake.callsTo("chat.update").at(-1))).toContain("Article 5B");
    await h.close();
  });

  it("waits for an event acknowledged a moment ago whose answer has not started yet", async () => {
    const engine = scriptedEngine();
    const h = await startHarness({ processBeforeResponse: false, engine });
    // The ack comes back before the app has even looked at the event (it is acknowledged on
    // admission, and handed to the listeners on a later turn of the event loop).
    const res = await h.event(appMention({ text: "<@UBOT> What about Article 5B?" }));
    expect(res.status).toBe(200);
    await h.slack.stop();
    expect(engine.calls.map((c) => c.question)).toEqual(["What about Article 5B?"]);
    expect(callText(h.fake.callsTo("chat.update").at(-1))).toContain("Article 5B");
    await h.close();
  });
});
