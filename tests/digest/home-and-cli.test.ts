import { describe, expect, it } from "vitest";
import { loadConfig } from "../../src/config.ts";
import { renderSubscriptionsForHome } from "../../src/digest/home.ts";
import { createDigestFeature } from "../../src/digest/index.ts";
import { DigestCliError, runDigestCli } from "../../src/digest/run.ts";
import {
  documentFixture,
  freshWorldForEachTest,
  type Instance,
  indexDocument,
  TOPICS,
  type World,
} from "./helpers.ts";

let world: World;
let app: Instance;
freshWorldForEachTest((w, a) => {
  world = w;
  app = a;
});

const config = loadConfig(
  { DIGEST_DEFAULT_TIME: "07:45", DIGEST_TZ: "Europe/Brussels" },
  process.cwd(),
);

describe("App Home", () => {
  it("lists the workspace's subscriptions, or how to start one", async () => {
    const feature = createDigestFeature({
      store: app.store,
      feedback: app.feedback,
      engine: world.engine,
      questions: app.questions,
      corpus: app.corpus,
      config,
      log: world.logs.log,
      topics: TOPICS,
    });
    const subcommand = feature.subcommand(world.slack);
    expect(JSON.stringify(await feature.homeSections("T1"))).toContain(
      "No channel gets a digest yet",
    );
    const on = (channelId: string, teamId: string) =>
      subcommand({ args: "on", channelId, teamId, userId: "U1" });
    await on("C1", "T1");
    await on("C2", "T1");
    await on("C3", "TOTHER");
    await subcommand({ args: "weekdays", channelId: "C2", teamId: "T1", userId: "U1" });
    await subcommand({ args: "off", channelId: "C1", teamId: "T1", userId: "U1" });
    expect((await feature.listSubscriptions("T1")).map((s) => s.channelId)).toEqual(["C2"]);
    const json = JSON.stringify(await feature.homeSections("T1"));
    expect(json).toContain("<#C2>: weekdays at 07:45 (Europe/Brussels)");
    expect(json).not.toContain("C1");
    expect(json).not.toContain("C3");
  });

  it("keeps a long list within section limits", () => {
    const subs = Array.from({ length: 70 }, (_, i) => ({
      channelId: `C${String(i).padStart(8, "0")}`,
      teamId: "T1",
      time: "08:30",
      timeZone: "America/Argentina/Buenos_Aires",
      cadence: "daily" as const,
      createdAt: "",
      updatedAt: "",
      activeSince: "",
      active: true,
      topicsShown: [],
    }));
    const blocks = renderSubscriptionsForHome(subs);
    for (const b of blocks) {
      const t = (b as { text?: { text?: string } }).text?.text ?? "";
      expect(t.length).toBeLessThanOrEqual(3000);
    }
    expect(JSON.stringify(blocks).match(/<#C/g)).toHaveLength(70);
  });
});

describe("npm run digest -- --channel C123 --dry-run", () => {
  /** What the CLI is handed besides its flags: this instance's stores, the engine, the topics. */
  const deps = () => ({
    digests: app.store,
    feedback: app.feedback,
    corpus: app.corpus,
    questions: app.questions,
    engine: world.engine,
    config,
    topics: TOPICS,
  });

  it("prints Block Kit JSON and plain text without calling Slack or recording anything", async () => {
    indexDocument(app.corpus, documentFixture("fresh", "2026-11-30T06:00:00.000Z"));
    const out = await runDigestCli({
      ...deps(),
      channel: "C123",
      dryRun: true,
      now: new Date("2026-11-30T09:00:00Z"),
    });
    const [jsonPart, textPart] = out.split("--- Plain text ---");
    const json = JSON.parse((jsonPart ?? "").replace("--- Block Kit JSON ---", "")) as {
      text: string;
      blocks: unknown[];
    };
    expect(json.blocks.length).toBeGreaterThan(3);
    expect(JSON.stringify(json.blocks)).toContain("In focus: Alpha topic");
    expect(textPart).toContain("IN FOCUS: Alpha topic");
    expect(textPart).toContain("NEW IN THE CORPUS");
    // Defaults from DIGEST_DEFAULT_TIME and DIGEST_TZ for a channel without a subscription.
    expect(textPart).toContain("Next digest: Tuesday 1 December at 07:45 (Europe/Brussels)");
    expect(world.fake.calls).toHaveLength(0);
    expect(await app.store.postsOf("C123")).toHaveLength(0);
  });

  it("uses the channel's subscription and topic round when it has one", async () => {
    await app.store.subscribe(
      { channelId: "C123", teamId: "T1", time: "18:00", timeZone: "UTC", cadence: "weekdays" },
      new Date("2026-11-01T00:00:00Z"),
    );
    const claim = await app.store.claimDay(
      { channelId: "C123", localDate: "2026-11-27", trigger: "schedule", claimedBy: "x" },
      new Date("2026-11-27T18:00:00Z"),
    );
    if (claim.claimed) {
      await app.store.markSent(
        claim.post.id,
        { messageTs: "1.1", topicId: "alpha" },
        new Date("2026-11-27T18:00:00Z"),
      );
    }
    const out = await runDigestCli({
      ...deps(),
      channel: "C123",
      dryRun: true,
      format: "text",
      now: new Date("2026-11-30T09:00:00Z"),
    });
    expect(out).toContain("IN FOCUS: Beta topic");
    expect(out).toContain("Next digest: Monday 30 November at 18:00 (UTC), on weekdays.");
    expect(out).not.toContain("Block Kit");
  });

  it("refuses to post and rejects a malformed channel id", async () => {
    const base = deps();
    await expect(runDigestCli({ ...base, channel: "C123", dryRun: false })).rejects.toThrow(
      DigestCliError,
    );
    await expect(runDigestCli({ ...base, channel: "#general", dryRun: true })).rejects.toThrow(
      /does not look like a Slack channel id/,
    );
  });
});
