// Buttons and modals: feedback votes, the "Not helpful" reason, Show passages, Share in channel;
// and the App Home.
import { afterEach, describe, expect, it } from "vitest";
import {
  appHomeOpened,
  appMention,
  blockActions,
  slashCommand,
  viewSubmission,
} from "../support/slack-payloads.ts";
import { makeAnswer } from "./answer-fixtures.ts";
import { callText, type Harness, startHarness } from "./harness.ts";

let h: Harness;
afterEach(async () => {
  await h.close();
});

/** Asks by mention and returns the question id and the answer message ts. */
async function askByMention(): Promise<{ id: number; ts: string }> {
  await h.event(appMention({ text: "<@UBOT> What does Article 5B say?" }));
  const update = h.fake.callsTo("chat.update").at(-1);
  return { id: 1, ts: String(update?.body.ts) };
}

describe("feedback", () => {
  it("records one vote per user per answer via native feedback buttons, acknowledged ephemerally", async () => {
    h = await startHarness();
    const { id, ts } = await askByMention();
    const click = (value: string, user = "U0ALICE") =>
      h.interact(
        blockActions({
          actionId: "answer_feedback",
          type: "feedback_buttons",
          value,
          messageTs: ts,
          user,
          responseUrl: h.fake.responseUrl(),
        }),
      );
    const feedback = h.feedback;
    expect((await click(`helpful:${id}`)).status).toBe(200);
    expect(h.fake.callsTo("chat.postEphemeral").at(-1)?.body.text).toMatch(/Glad it helped/);
    await click(`helpful:${id}`);
    expect(h.fake.callsTo("chat.postEphemeral").at(-1)?.body.text).toMatch(/already marked/);
    expect(await feedback.counts(id)).toEqual({ helpful: 1, notHelpful: 0 });
    expect(h.fake.callsTo("views.open")).toHaveLength(0);

    await click(`not_helpful:${id}`);
    expect(h.fake.callsTo("chat.postEphemeral").at(-1)?.body.text).toMatch(/Changed your vote/);
    expect(await feedback.counts(id)).toEqual({ helpful: 0, notHelpful: 1 });
    const [modal] = h.fake.callsTo("views.open");
    const view = modal?.body.view as { callback_id: string; private_metadata: string };
    expect(view.callback_id).toBe("feedback_reason");

    const submitted = await h.interact(
      viewSubmission({
        callbackId: "feedback_reason",
        privateMetadata: view.private_metadata,
        values: { reason: { reason: "It quotes the 1988 text" } },
      }),
    );
    expect(submitted.status).toBe(200);
    expect(await feedback.get(id, "U0ALICE")).toEqual({
      vote: "not_helpful",
      reason: "It quotes the 1988 text",
    });

    await click(`helpful:${id}`, "U0BOB");
    expect(await feedback.counts(id)).toEqual({ helpful: 1, notHelpful: 1 });
  });

  it("works with plain Helpful / Not helpful buttons when native ones are off", async () => {
    h = await startHarness({ nativeFeedback: false });
    const { id, ts } = await askByMention();
    expect(callText(h.fake.callsTo("chat.update").at(-1))).toContain("answer_not_helpful");
    await h.interact(
      blockActions({
        actionId: "answer_not_helpful",
        value: String(id),
        messageTs: ts,
        responseUrl: h.fake.responseUrl(),
      }),
    );
    expect(await h.feedback.counts(id)).toEqual({ helpful: 0, notHelpful: 1 });
    expect(h.fake.callsTo("views.open")).toHaveLength(1);
  });
});

describe("show passages", () => {
  it("shows the passages behind an answer to the clicker only", async () => {
    h = await startHarness();
    const { id, ts } = await askByMention();
    await h.interact(
      blockActions({
        actionId: "show_passages",
        value: String(id),
        messageTs: ts,
        responseUrl: h.fake.responseUrl(),
      }),
    );
    const [eph] = h.fake.callsTo("chat.postEphemeral");
    expect(eph?.body.user).toBe("U0ALICE");
    expect(callText(eph)).toContain("Passages behind this answer");
  });
});

describe("a button whose answer is gone", () => {
  it("tells the clicker, and neither shares nor shows anything", async () => {
    h = await startHarness();
    for (const actionId of ["show_passages", "share_answer"]) {
      await h.interact(
        blockActions({ actionId, value: "999", responseUrl: h.fake.responseUrl(actionId) }),
      );
    }
    const replies = h.fake.callsTo("response_url");
    expect(replies.map((r) => r.body.text)).toEqual([
      "I can no longer find that answer.",
      "I can no longer find that answer.",
    ]);
    expect(h.fake.callsTo("chat.postMessage")).toHaveLength(0);
    expect(h.fake.callsTo("chat.postEphemeral")).toHaveLength(0);
  });
});

describe("share in channel", () => {
  it("posts the ephemeral /wcit answer publicly, crediting the asker, and records where", async () => {
    h = await startHarness();
    await h.command(
      slashCommand({ text: "What does Article 5B say?", responseUrl: h.fake.responseUrl() }),
    );
    const responseUrl = h.fake.responseUrl("share");
    await h.interact(
      blockActions({ actionId: "share_answer", value: "1", user: "U0ALICE", responseUrl }),
    );
    const [shared] = h.fake.callsTo("chat.postMessage");
    expect(shared?.body.channel).toBe("C0POLICY");
    const text = callText(shared);
    expect(text).toContain("Asked by <@U0ALICE>");
    expect(text).toContain("Article 5B asks Member States");
    const logged = await h.questions.get(1);
    expect(logged?.messageTs).toBe(h.fake.callsTo("chat.getPermalink")[0]?.body.message_ts);
    expect(logged?.permalink).toContain("/archives/C0POLICY/");
    expect(h.fake.callsTo("response_url").at(-1)?.body.delete_original).toBe(true);
  });

  it("still shares, and records the message, when its permalink cannot be read", async () => {
    h = await startHarness();
    await h.command(slashCommand({ text: "Article 5B?", responseUrl: h.fake.responseUrl() }));
    h.fake.failNext("chat.getPermalink", "internal_error");
    await h.interact(
      blockActions({ actionId: "share_answer", value: "1", responseUrl: h.fake.responseUrl("s3") }),
    );
    const [shared] = h.fake.callsTo("chat.postMessage");
    expect(callText(shared)).toContain("Article 5B asks Member States");
    const logged = await h.questions.get(1);
    expect(logged?.messageTs).toBeTruthy();
    expect(logged?.permalink).toBeFalsy();
    expect(h.fake.callsTo("response_url").at(-1)?.body.delete_original).toBe(true);
  });

  it("offers Show passages on a shared answer that cites, and the button finds them", async () => {
    h = await startHarness();
    await h.command(
      slashCommand({ text: "What does Article 5B say?", responseUrl: h.fake.responseUrl() }),
    );
    await h.interact(
      blockActions({ actionId: "share_answer", value: "1", responseUrl: h.fake.responseUrl("s4") }),
    );
    const [shared] = h.fake.callsTo("chat.postMessage");
    expect(JSON.stringify(shared?.body.blocks)).toContain('"action_id":"show_passages"');
    await h.interact(
      blockActions({
        actionId: "show_passages",
        value: "1",
        messageTs: String(shared?.reply?.ts),
        responseUrl: h.fake.responseUrl("p"),
      }),
    );
    const [eph] = h.fake.callsTo("chat.postEphemeral");
    expect(callText(eph)).toContain("Passages behind this answer");
    expect(callText(eph)).toMatch(/Article 5B/);
  });

  it("shares an answer that cites nothing without a Show passages button", async () => {
    h = await startHarness();
    const id = await h.questions.recordAnswer(
      { surface: "slash", teamId: "T0001", channelId: "C0POLICY", userId: "U0BOB" },
      makeAnswer({ question: "Price of bananas?", coverage: "none", citations: [] }),
    );
    await h.interact(
      blockActions({
        actionId: "share_answer",
        value: String(id),
        responseUrl: h.fake.responseUrl("s5"),
      }),
    );
    const [shared] = h.fake.callsTo("chat.postMessage");
    expect(callText(shared)).toContain("Price of bananas?");
    expect(JSON.stringify(shared?.body.blocks)).not.toContain("show_passages");
  });

  it("explains when it cannot post in the channel", async () => {
    h = await startHarness();
    await h.command(slashCommand({ text: "Article 5B?", responseUrl: h.fake.responseUrl() }));
    h.fake.failNext("chat.postMessage", "not_in_channel");
    await h.interact(
      blockActions({ actionId: "share_answer", value: "1", responseUrl: h.fake.responseUrl("s2") }),
    );
    expect(h.fake.callsTo("response_url").at(-1)?.body.text).toMatch(/invite me/);
  });
});

describe("App Home", () => {
  it("publishes what the bot knows, how to ask, and the workspace's digest subscriptions", async () => {
    const teams: string[] = [];
    h = await startHarness({
      homeSections: async (teamId) => {
        teams.push(teamId);
        return [
          { type: "section", text: { type: "mrkdwn", text: "*Daily digests:* #policy at 08:30" } },
        ];
      },
    });
    await h.event(appHomeOpened({ user: "U0ALICE" }));
    const [publish] = h.fake.callsTo("views.publish");
    expect(publish?.body.user_id).toBe("U0ALICE");
    const text = JSON.stringify(publish?.body.view);
    expect(text).toContain("0 documents · 0 passages");
    expect(text).toContain("Last ingest: never");
    expect(text).toContain("How to ask");
    expect(text).toContain("Daily digests:");
    expect(teams).toEqual(["T0001"]);
  });

  it("still publishes when the digest section fails", async () => {
    h = await startHarness({
      homeSections: async () => {
        throw new Error("digest store closed");
      },
    });
    await h.event(appHomeOpened({}));
    expect(JSON.stringify(h.fake.callsTo("views.publish")[0]?.body.view)).toContain("How to ask");
  });
});
