import { describe, expect, it } from "vitest";
import {
  composeDigest,
  type Digest,
  explainTopic,
  groupQuestions,
  isNearDuplicate,
  limitSentences,
  mergeAnswers,
} from "../../src/digest/compose.ts";
import { deliverDigest } from "../../src/digest/deliver.ts";
import { digestPlainText, renderDigest } from "../../src/digest/render.ts";
import { loadDigestTopics } from "../../src/digest/topics.ts";
import { SLACK_LIMITS } from "../../src/slack/render/blocks.ts";
import type { LoggedQuestion, QuestionContext } from "../../src/store/questions.ts";
import type { Answer, AnswerEngine } from "../../src/types.ts";
import { STARTER_FIXTURE } from "../support/corpus-builder.ts";
import {
  documentFixture,
  fakeAnswer,
  freshWorldForEachTest,
  type Instance,
  indexDocument,
  minutes,
  schedulerFor,
  type World,
} from "./helpers.ts";

let world: World;
let app: Instance;
freshWorldForEachTest((w, a) => {
  world = w;
  app = a;
});

const schedule = {
  channelId: "C1",
  time: "08:30",
  timeZone: "UTC",
  cadence: "daily" as const,
  activeSince: "2026-01-01T00:00:00Z",
  topicsShown: [] as string[],
};

async function ask(
  question: string,
  at: string,
  extra: Partial<QuestionContext> & { coverage?: "full" | "none" } = {},
) {
  const { coverage, ...context } = extra;
  const answer = { ...fakeAnswer(question, 2), coverage: coverage ?? "full" };
  return app.questions.recordAnswer(
    {
      surface: "mention",
      teamId: "T1",
      channelId: "C1",
      userId: "U1",
      permalink: `https://wcit-test.slack.com/archives/C1/p${Date.parse(at)}`,
      ...context,
    },
    answer,
    new Date(at),
  );
}

describe("asked since the last digest", () => {
  it("lists up to five distinct questions, near-duplicates merged, with links and votes", async () => {
    const last = new Date("2026-11-29T08:30:00Z");
    await ask("What did Article 5A say about security?", "2026-11-29T08:00:00Z"); // before the last digest
    const first = await ask("What does Article 5A say about security?", "2026-11-29T09:00:00Z");
    const dup = await ask("what does article 5A say about SECURITY", "2026-11-29T10:00:00Z");
    const dup2 = await ask("What does Article 5A say on network security?", "2026-11-29T11:00:00Z");
    await ask("Who signed the 2012 ITRs?", "2026-11-29T12:00:00Z");
    await ask("Who signed the ITRs in 2012?", "2026-11-29T12:30:00Z");
    await ask("Was spam in the treaty?", "2026-11-29T13:00:00Z", { coverage: "none" });
    await ask("What is ETNO's sender-pays proposal?", "2026-11-29T14:00:00Z");
    await ask("What is Resolution PLEN/3?", "2026-11-29T15:00:00Z");
    await ask("Who led the US delegation?", "2026-11-29T16:00:00Z");
    await ask("What did Russia propose?", "2026-11-29T17:00:00Z", { channelId: "C2" });
    // Answered to the asker only: private. Shared in the channel afterwards: public.
    await ask("What did my own country sign?", "2026-11-29T17:10:00Z", {
      surface: "slash",
      permalink: undefined,
    });
    const shared = await ask("Which countries signed with reservations?", "2026-11-29T17:20:00Z", {
      surface: "slash",
      permalink: undefined,
    });
    await app.questions.setLocation(shared, {
      permalink: "https://wcit-test.slack.com/archives/C1/p1800000000000200",
    });
    await app.questions.recordFailure(
      { surface: "mention", channelId: "C1" },
      "Why did the engine fail?",
      "boom",
      new Date("2026-11-29T18:00:00Z"),
    );
    const { feedback } = app;
    await feedback.vote(first, "U1", "helpful");
    await feedback.vote(first, "U2", "helpful");
    await feedback.vote(dup, "U3", "not_helpful");

    const digest = await composeDigest({
      ...app.sources,
      feedbackCounts: (ids) => feedback.countsFor(ids),
      subscription: schedule,
      now: new Date("2026-11-30T08:30:00Z"),
      lastDigestAt: last,
    });
    expect(digest.asked).toHaveLength(5);
    const [top, second] = digest.asked;
    expect(top).toMatchObject({
      question: "What does Article 5A say about security?",
      times: 3,
      helpful: 2,
      notHelpful: 1,
      questionIds: [first, dup, dup2],
      permalink: `https://wcit-test.slack.com/archives/C1/p${Date.parse("2026-11-29T11:00:00Z")}`,
    });
    expect(second).toMatchObject({ question: "Who signed the 2012 ITRs?", times: 2 });
    const texts = digest.asked.map((q) => q.question);
    expect(texts).not.toContain("What did Russia propose?");
    expect(texts).not.toContain("Why did the engine fail?");
    expect(texts).not.toContain("What did my own country sign?");
    expect(texts).toContain("Which countries signed with reservations?");

    const message = renderDigest(digest);
    const blocks = JSON.stringify(message.blocks);
    expect(blocks).toContain("*Asked since the last digest*");
    expect(blocks).toContain(
      `<https://wcit-test.slack.com/archives/C1/p${Date.parse("2026-11-29T11:00:00Z")}|What does Article 5A say about security?>`,
    );
    expect(blocks).toContain("asked 3× · Helpful 2 · Not helpful 1");
  });

  it("leaves the section out when nobody asked anything", async () => {
    const digest = await composeDigest({
      ...app.sources,
      subscription: schedule,
      now: new Date("2026-11-30T08:30:00Z"),
    });
    expect(digest.asked).toEqual([]);
    expect(JSON.stringify(renderDigest(digest).blocks)).not.toContain("Asked since");
  });

  it("tells near-duplicates from different questions", () => {
    expect(isNearDuplicate("What is Article 5B?", "what is article 5b")).toBe(true);
    expect(isNearDuplicate("Who signed the 2012 ITRs?", "Who signed the ITRs in 2012?")).toBe(true);
    expect(isNearDuplicate("What is Article 5A?", "What is Article 5B?")).toBe(false);
    expect(isNearDuplicate("Who signed the ITRs?", "Who refused to sign the ITRs?")).toBe(false);
    const q = (id: number, question: string): LoggedQuestion => ({
      id,
      question,
      askedAt: `2026-11-29T0${id}:00:00Z`,
      surface: "mention",
      citations: [],
    });
    expect(
      groupQuestions([q(1, "a b c"), q(2, "x y z"), q(3, "x y z")]).map((g) => g.times),
    ).toEqual([2, 1]);
  });
});

describe("new in the corpus", () => {
  it("lists documents indexed after the last digest, with links, after an ingest", async () => {
    indexDocument(app.corpus, documentFixture("old", "2026-11-28T12:00:00.000Z"));
    const base = { ...app.sources, subscription: schedule };
    let digest = await composeDigest({
      ...base,
      now: new Date("2026-11-30T08:30:00Z"),
      lastDigestAt: new Date("2026-11-29T08:30:00Z"),
    });
    expect(digest.newDocuments).toEqual([]);
    expect(JSON.stringify(renderDigest(digest).blocks)).not.toContain("New in the corpus");

    indexDocument(app.corpus, documentFixture("fresh", "2026-11-30T06:00:00.000Z"));
    indexDocument(app.corpus, {
      ...documentFixture("note", "2026-11-30T06:00:00.000Z"),
      url: undefined,
    });
    digest = await composeDigest({
      ...base,
      now: new Date("2026-11-30T08:30:00Z"),
      lastDigestAt: new Date("2026-11-29T08:30:00Z"),
    });
    expect(digest.newDocuments.map((d) => d.id).sort()).toEqual(["fresh", "note"]);
    const blocks = JSON.stringify(renderDigest(digest).blocks);
    expect(blocks).toContain("*New in the corpus*");
    expect(blocks).toContain("<https://example.org/fresh|Document fresh>");
    expect(blocks).toContain("• Document note");
  });

  it("the scheduler's next digest only lists what came after the previous one", async () => {
    await app.store.subscribe(
      { channelId: "C1", teamId: "T1", time: "08:30", timeZone: "UTC" },
      new Date("2026-11-01T00:00:00Z"),
    );
    const s = schedulerFor(world, app);
    indexDocument(app.corpus, documentFixture("first", "2026-11-30T06:00:00.000Z"));
    await s.tick(new Date("2026-11-30T08:30:00Z"));
    indexDocument(app.corpus, documentFixture("second", "2026-11-30T12:00:00.000Z"));
    await s.tick(new Date("2026-12-01T08:30:00Z"));
    const [monday, tuesday] = world.fake
      .callsTo("chat.postMessage")
      .map((c) => JSON.stringify(c.body.blocks));
    expect(monday).toContain("Document first");
    expect(tuesday).toContain("Document second");
    expect(tuesday).not.toContain("Document first");
  });
});

describe("topic rotation", () => {
  it("shows every topic once before any repeats, per channel", async () => {
    for (const ch of ["C1", "C2"]) {
      await app.store.subscribe(
        { channelId: ch, teamId: "T1", time: ch === "C1" ? "08:30" : "09:30", timeZone: "UTC" },
        new Date("2026-11-01T00:00:00Z"),
      );
    }
    const s = schedulerFor(world, app);
    // C2 got an extra `/wcit digest now` the day before, so it is one topic ahead of C1.
    await deliverDigest(
      {
        store: app.store,
        sources: app.sources,
        slack: world.slack,
        log: world.logs.log,
        instanceId: "t",
      },
      (await app.store.get("C2")) ?? schedule,
      { now: new Date("2026-11-29T12:00:00Z"), trigger: "command" },
    );
    const topicsOf = async (ch: string) => (await app.store.postsOf(ch)).map((p) => p.topicId);
    for (const now of minutes("2026-11-30T00:00:00Z", "2026-12-07T00:00:00Z", 30))
      await s.tick(now);
    expect(await topicsOf("C1")).toEqual([
      "alpha",
      "beta",
      "gamma",
      "alpha",
      "beta",
      "gamma",
      "alpha",
    ]);
    expect(await topicsOf("C2")).toEqual([
      "alpha",
      "beta",
      "gamma",
      "alpha",
      "beta",
      "gamma",
      "alpha",
      "beta",
    ]);
    expect((await app.store.get("C2"))?.topicsShown).toEqual(["alpha", "beta"]);
    expect((await app.store.get("C1"))?.topicsShown).toEqual(["alpha"]);
  });

  it("goes through all the fixture corpus's topics without a repeat", async () => {
    const topics = loadDigestTopics(STARTER_FIXTURE);
    const instance = world.open(topics);
    await instance.store.subscribe(
      { channelId: "C1", teamId: "T1", time: "08:30", timeZone: "UTC" },
      new Date("2026-11-01T00:00:00Z"),
    );
    const s = schedulerFor(world, instance);
    for (let day = 0; day < topics.length; day++) {
      await s.tick(new Date(Date.UTC(2026, 11, 1 + day, 9)));
    }
    const shown = (await instance.store.postsOf("C1")).map((p) => p.topicId);
    expect(shown).toHaveLength(topics.length);
    expect(new Set(shown).size).toBe(topics.length);
    expect(world.engine.asked).toEqual(topics.map((t) => t.question));
  });
});

describe("the topic in focus", () => {
  it("keeps 3 to 5 cited sentences, renumbering the citations it keeps", () => {
    const long = fakeAnswer("Q?", 7);
    const short = limitSentences(long, 5);
    expect(short.text.match(/\[\d+\]/g)).toEqual(["[1]", "[2]", "[3]", "[4]", "[5]"]);
    expect(short.citations.map((c) => c.n)).toEqual([1, 2, 3, 4, 5]);
    const reordered = {
      ...long,
      text: "First claim is here [3]. Second claim is here [1]. Third [3]. Four [2]. Five [7]. Six [6].",
    };
    const r = limitSentences(reordered, 5);
    expect(r.text).toBe(
      "First claim is here [1]. Second claim is here [2]. Third [1]. Four [3]. Five [4].",
    );
    expect(r.citations.map((c) => c.title)).toEqual([
      "Source 3",
      "Source 1",
      "Source 2",
      "Source 7",
    ]);
    expect(limitSentences(fakeAnswer("Q?", 3), 5)).toEqual(fakeAnswer("Q?", 3));
  });

  it("still sends the rest of the digest when the engine fails on the topic", async () => {
    const failing = {
      ...app.sources.engine,
      answer: async () => Promise.reject(new Error("index closed")),
    };
    indexDocument(app.corpus, documentFixture("fresh", "2026-11-30T06:00:00.000Z"));
    const digest = await composeDigest({
      ...app.sources,
      engine: failing,
      subscription: schedule,
      now: new Date("2026-11-30T08:30:00Z"),
    });
    expect(digest.focus).toBeUndefined();
    expect(digest.focusError).toBe("index closed");
    expect(JSON.stringify(renderDigest(digest).blocks)).toContain("could not be prepared today");
  });
});

describe("rendering", () => {
  const base = async (): Promise<Digest> =>
    composeDigest({
      ...app.sources,
      subscription: { ...schedule, timeZone: "Europe/Brussels", cadence: "weekdays" },
      now: new Date("2026-12-04T07:30:00Z"),
    });

  it("has a header, the focus with linked citations, and a footer with the next time and commands", async () => {
    const message = renderDigest(await base());
    expect(message.blocks[0]).toEqual({
      type: "header",
      text: { type: "plain_text", text: "WCIT digest · Friday 4 December", emoji: true },
    });
    const json = JSON.stringify(message.blocks);
    expect(json).toContain("*In focus: Alpha topic*");
    expect(json).toContain("<https://example.org/source-1.pdf#page=2|[1]>");
    expect(json).toContain("Source 1, p. 2");
    expect(json).toContain(
      "Next digest: Monday 7 December at 08:30 (Europe/Brussels), on weekdays.",
    );
    expect(json).toContain("/wcit digest off");
    expect(message.text).toContain("WCIT digest · Friday 4 December");
  });

  it("defangs mentions and escapes markup from questions and titles, within Block Kit limits", async () => {
    for (let i = 0; i < 5; i++) {
      await ask(
        `<!channel> ${"why & how <b>".repeat(60)} question ${i} ${"x".repeat(i * 7)}?`,
        "2026-12-04T06:00:00Z",
      );
    }
    for (let i = 0; i < 20; i++) {
      indexDocument(app.corpus, {
        ...documentFixture(`d${i}`, "2026-12-04T06:00:00.000Z"),
        title: `<!here> ${"Long title ".repeat(40)}${i}`,
      });
    }
    const digest = await base();
    expect(digest.newDocuments).toHaveLength(8);
    expect(digest.moreNewDocuments).toBe(12);
    const message = renderDigest(digest);
    const json = JSON.stringify(message.blocks);
    expect(json).not.toContain("<!channel>");
    expect(json).not.toContain("<!here>");
    expect(json).not.toContain("<b>");
    expect(json).toContain("&amp;");
    expect(json).toContain("…and 12 more");
    expect(message.blocks.length).toBeLessThanOrEqual(SLACK_LIMITS.blocksPerMessage);
    for (const b of message.blocks) {
      const t = (b as { text?: { text?: string } }).text?.text;
      if (b.type === "section" && t) expect(t.length).toBeLessThanOrEqual(SLACK_LIMITS.sectionText);
    }
    expect(message.text).not.toContain("<!channel>");
  });

  it("has a plain-text form with every section", async () => {
    await ask("Who signed the 2012 ITRs?", "2026-12-04T06:00:00Z");
    indexDocument(app.corpus, documentFixture("fresh", "2026-12-04T06:00:00.000Z"));
    const text = digestPlainText(await base());
    expect(text).toMatch(/^WCIT digest · Friday 4 December\n/);
    expect(text).toContain("IN FOCUS: Alpha topic");
    expect(text).toContain("[1] Source 1, p. 2 <https://example.org/source-1.pdf#page=2>");
    expect(text).toContain("ASKED SINCE THE LAST DIGEST");
    expect(text).toContain("Who signed the 2012 ITRs? (Helpful 0 · Not helpful 0)");
    expect(text).toContain("NEW IN THE CORPUS\n  - Document fresh <https://example.org/fresh>");
    expect(text).toContain(
      "Next digest: Monday 7 December at 08:30 (Europe/Brussels), on weekdays.",
    );
  });

  it("says what misspelt words the topic's question was read with, in blocks and plain text", async () => {
    const digest = await base();
    const focus = digest.focus;
    if (!focus) throw new Error("the fixture digest has a topic in focus");
    const read = {
      ...digest,
      focus: {
        ...focus,
        answer: { ...focus.answer, corrections: [{ from: "Dubia", to: "Dubai" }] },
      },
    };
    const note = 'Read "Dubia" as "Dubai".';
    expect(digestPlainText(read)).toContain(`${focus.topic.question}\n\n${note}\n`);
    expect(JSON.stringify(renderDigest(read).blocks)).toContain(`_${note.replace(/"/g, '\\"')}_`);
    expect(digestPlainText(digest)).not.toContain("Read ");
  });

  it("shows links and mentions in answer text and questions inert in plain text; source links stay", async () => {
    await ask("<!channel> where is https://evil.example/login?", "2026-12-04T06:00:00Z");
    const digest = await base();
    const focus = digest.focus;
    if (!focus) throw new Error("the fixture digest has a topic in focus");
    const text = digestPlainText({
      ...digest,
      focus: {
        ...focus,
        answer: {
          ...focus.answer,
          text: `${focus.answer.text} See https://evil.example/login <!here>.`,
        },
      },
    });
    expect(text).toContain("See hxxps://evil[.]example/login [@]here.");
    expect(text).toContain("[@]channel where is hxxps://evil[.]example/login?");
    expect(text).not.toMatch(/evil\.example|<!here>|<!channel>/);
    expect(text).toContain("<https://example.org/source-1.pdf#page=2>");
  });
});

describe("explaining a topic in 3 to 5 sentences", () => {
  const scripted = (answers: Record<string, Answer>) => {
    const asked: string[] = [];
    const engine: AnswerEngine = {
      mode: "extractive",
      async answer(q) {
        asked.push(q);
        const a = answers[q];
        if (!a) throw new Error(`unexpected question ${q}`);
        return a;
      },
      search: async () => ({ passages: [], corrections: [] }),
      suggestedQuestions: () => [],
    };
    return { engine, asked };
  };
  const topic = { id: "t", title: "T", question: "Main?", followUps: ["More?", "Even more?"] };

  it("tops a short answer up with the follow-ups' new sentences, renumbering their citations", async () => {
    const main = { ...fakeAnswer("Main?", 2) };
    const more: Answer = {
      ...fakeAnswer("More?", 3),
      // sentence 1 repeats the main answer's first sentence; its citation is the same passage
      citations: fakeAnswer("More?", 3).citations.map((c) =>
        c.n === 1 ? c : { ...c, passageId: `other${c.n}`, title: `Other ${c.n}` },
      ),
    };
    const { engine, asked } = scripted({ "Main?": main, "More?": more });
    const answer = await explainTopic(engine, topic);
    expect(asked).toEqual(["Main?", "More?"]);
    expect(answer.text).toBe(
      "Claim 1 explains the topic in some detail [1]. Claim 2 explains the topic in some detail [2]. Claim 3 explains the topic in some detail [3].",
    );
    expect(answer.citations.map((c) => [c.n, c.title])).toEqual([
      [1, "Source 1"],
      [2, "Source 2"],
      [3, "Other 3"],
    ]);
  });

  it("asks nothing more when the answer already has three sentences, and cuts at five", async () => {
    const { engine, asked } = scripted({ "Main?": fakeAnswer("Main?", 7) });
    const answer = await explainTopic(engine, topic);
    expect(asked).toEqual(["Main?"]);
    expect(answer.citations).toHaveLength(5);
  });

  it("skips follow-ups the corpus does not cover and uses a covered one when the main is not", async () => {
    const none = {
      ...fakeAnswer("x", 1),
      coverage: "none" as const,
      citations: [],
      text: "Not covered.",
    };
    const { engine, asked } = scripted({
      "Main?": none,
      "More?": none,
      "Even more?": fakeAnswer("Even more?", 3),
    });
    const answer = await explainTopic(engine, topic);
    expect(asked).toEqual(["Main?", "More?", "Even more?"]);
    expect(answer.coverage).toBe("full");
    expect(answer.citations).toHaveLength(3);
  });

  it("mergeAnswers keeps the first answer when the second adds nothing new", () => {
    const a = fakeAnswer("Q", 2);
    expect(mergeAnswers(a, a)).toBe(a);
  });
});
