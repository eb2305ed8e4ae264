// The digest inside the real Slack app: `/wcit digest …` as signed slash commands, the posted
// digest through the app's own Web API client, and the App Home listing.
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { loadConfig } from "../../src/config.ts";
import { createDigestFeature, type DigestFeature } from "../../src/digest/index.ts";
import { silentLogger } from "../../src/log.ts";
import { createCorpusStore } from "../../src/store/corpus.ts";
import { createDigestStore } from "../../src/store/digest.ts";
import { createFeedbackStore } from "../../src/store/feedback.ts";
import { createQuestionLog } from "../../src/store/questions.ts";
import { callText, type Harness, scriptedEngine, startHarness } from "../slack/harness.ts";
import { appHomeOpened, slashCommand } from "../support/slack-payloads.ts";
import { TOPICS } from "./helpers.ts";

let h: Harness;
let feature: DigestFeature | undefined;

beforeEach(async () => {
  // As the composition root does: the feature over the app's stores, its subcommand made by the
  // app with the app's own client.
  h = await startHarness({
    env: { DIGEST_DEFAULT_TIME: "08:30", DIGEST_TZ: "Europe/Brussels" },
    setup: (db) => {
      const corpus = createCorpusStore(db);
      const questions = createQuestionLog(db);
      feature = createDigestFeature({
        store: createDigestStore(db),
        feedback: createFeedbackStore(db),
        engine: scriptedEngine(),
        questions,
        corpus,
        config: loadConfig({ DIGEST_DEFAULT_TIME: "08:30", DIGEST_TZ: "Europe/Brussels" }),
        log: silentLogger,
        topics: TOPICS,
      });
    },
    extraSubcommands: (client) => ({ digest: digestFeature().subcommand(client) }),
    homeSections: (teamId) => digestFeature().homeSections(teamId),
  });
});

function digestFeature(): DigestFeature {
  if (!feature) throw new Error("the digest feature is made in the harness's setup");
  return feature;
}
afterEach(async () => {
  await feature?.stop();
  feature = undefined;
  await h.close();
});

async function command(text: string) {
  const before = h.fake.callsTo("response_url").length;
  const res = await h.command(slashCommand({ text, responseUrl: h.fake.responseUrl() }));
  expect(res.status).toBe(200);
  const calls = await h.fake.waitFor("response_url", before + 1);
  return calls[before];
}

describe("/wcit digest in the Slack app", () => {
  it("subscribes, rejects a bad zone with an example, posts now, and lists the channel in the App Home", async () => {
    const on = await command("digest on 08:30");
    expect(on?.body.text).toContain("every day at 08:30 (Europe/Brussels)");
    expect(on?.body.response_type).toBe("ephemeral");

    const bad = await command("digest tz Mars/Base");
    expect(bad?.body.text).toContain("“Mars/Base” is not an IANA time zone name");
    expect(bad?.body.text).toContain("/wcit digest tz Europe/Brussels");

    const now = await command("digest now");
    expect(now?.body.text).toBe("Posted a digest in this channel.");
    const [post] = h.fake.callsTo("chat.postMessage");
    expect(post?.body.channel).toBe("C0POLICY");
    expect(callText(post)).toContain("In focus: Alpha topic");

    await h.event(appHomeOpened({}));
    const [view] = await h.fake.waitFor("views.publish");
    expect(JSON.stringify(view?.body.view)).toContain(
      "<#C0POLICY>: daily at 08:30 (Europe/Brussels)",
    );
  });

  it("shows a preview to the asker only", async () => {
    const preview = await command("digest preview");
    expect(preview?.body.response_type).toBe("ephemeral");
    expect(JSON.stringify(preview?.body.blocks)).toContain("In focus: Alpha topic");
    expect(h.fake.callsTo("chat.postMessage")).toHaveLength(0);
  });
});
