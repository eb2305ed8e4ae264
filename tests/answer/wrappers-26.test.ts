// Chat after an ask is not the ask either (issue #12, wrappers26): thanks and sign-offs ("thx in
// advance", "Thanks so much!!"), a request about length ("Keep it short."), an aside asking for
// sources, a pasted link, an emoji shortcode (":pray:"), a colleague copied ("cc @sam") and
// "asking for a friend" are cut from the end of the message, and a "?!" ending the ask reads as
// "?". Before, `eval:wrappers` found "…Genachowski, Strickling, Kramer thx in advance" refused
// (the series asked of no longer ended the ask) and "…anyway?! Thanks so much!!" answered with
// fewer nuggets. Chat opening the message now also takes in an @-mention, "+1 to Priya's q:",
// "asking for a friend:" and "tl;dr?".
import { describe, expect, it } from "vitest";
import { analyzeQuestion } from "../../src/search/question.ts";
import {
  asksShortAnswer,
  withoutChatAfter,
  withoutChatOpening,
} from "../../src/search/question-chat.ts";
import { FREETOWN_NOTES } from "../support/corpus-builder.ts";
import { answersStatingEach, refusesEach } from "../support/coverage-cases.ts";
import { notesAppContext } from "../support/notes-app.ts";

describe("the chat closing a message", () => {
  it("tells a request for a short answer from other chat, only where it closes the message", () => {
    for (const q of [
      "Who chaired the talks? Keep it short.",
      "Who chaired the talks? tl;dr pls :pray:",
      "Who chaired the talks? short answer is fine, thx",
    ])
      expect(asksShortAnswer(q), q).toBe(true);
    for (const q of [
      "Who chaired the talks? thx in advance",
      "Who chaired the talks?",
      "Why did they keep it short?",
      "Keep it short.",
    ])
      expect(asksShortAnswer(q), q).toBe(false);
  });

  it("is cut from the end, one piece at a time", () => {
    const cases: [string, string][] = [
      ["Who chaired the talks? thx in advance", "Who chaired the talks?"],
      [
        "Talking points - Okafor, Kallon, Mensah thx in advance",
        "Talking points - Okafor, Kallon, Mensah",
      ],
      ["Did the annex pass anyway?! Thanks so much!!", "Did the annex pass anyway?"],
      ["Who chaired the talks? Keep it short.", "Who chaired the talks?"],
      ["Who chaired the talks? pls keep it short", "Who chaired the talks?"],
      ["Who chaired the talks? (pls cite sources)", "Who chaired the talks?"],
      ["Who chaired the talks? https://example.org/a?b=1", "Who chaired the talks?"],
      ["Who chaired the talks? :pray: cc @sam", "Who chaired the talks?"],
      ["who chaired the talks, tl;dr?", "who chaired the talks"],
      ["Who chaired the talks? asking for a friend lol", "Who chaired the talks?"],
      ["Who chaired the talks?? ty!", "Who chaired the talks?"],
    ];
    for (const [typed, asked] of cases) expect(withoutChatAfter(typed), typed).toBe(asked);
  });

  it("leaves words of the ask, and a message of chat alone, as typed", () => {
    for (const q of [
      "Who chaired the talks?",
      "Which speech got the most cheers",
      "Who did the regulator thank in its closing statement?",
      "Why did the chair keep it short?",
      "Was a quick version ok with the chair?",
      "Thanks",
      ":pray:",
    ]) {
      expect(withoutChatAfter(q)).toBe(q);
    }
  });
});

describe("the chat opening a message", () => {
  it("takes in a mention, a '+1', 'asking for a friend' and 'tl;dr?'", () => {
    expect(withoutChatOpening("@dana who chaired the talks?")).toBe("Who chaired the talks?");
    expect(withoutChatOpening("cc @sam @lee which tools does it list?")).toBe(
      "Which tools does it list?",
    );
    expect(withoutChatOpening("+1 to Priya's q: who chaired the talks?")).toBe(
      "Who chaired the talks?",
    );
    expect(withoutChatOpening("asking for a friend: who chaired the talks?")).toBe(
      "Who chaired the talks?",
    );
    expect(withoutChatOpening("tl;dr? which proposals were dropped")).toBe(
      "Which proposals were dropped",
    );
  });

  it("leaves a quoted earlier message before the ask", () => {
    const q = "> the chair was someone from the regulator\nwho was it?";
    expect(withoutChatOpening(q)).toBe(q);
  });
});

describe("an ask typed in lower case with no question mark, after a statement and a dash", () => {
  it("asks whether, as it does typed with '?'", () => {
    const typed = "the regulator said spam was content - did the treaty get a spam article anyway";
    expect(analyzeQuestion(typed).kind).toBe("yes-no");
    expect(analyzeQuestion(`${typed}?`).kind).toBe("yes-no");
    expect(analyzeQuestion("norland objected: was the annex adopted").kind).toBe("yes-no");
  });

  it("leaves an ask naming what it asks, and a statement with no ask, as they were", () => {
    expect(
      analyzeQuestion("the regulator said spam was content - what did the treaty say").kind,
    ).not.toBe("yes-no");
    expect(
      analyzeQuestion("the regulator said spam was content - the treaty did anyway").kind,
    ).toBe("fact");
  });
});

const app = notesAppContext("wcit-wrappers-26-", FREETOWN_NOTES);

describe("answering through the chat", () => {
  answersStatingEach(
    app,
    [
      ["Who chaired the conference in Freetown? thx in advance :pray:", "Amara Kallon"],
      ["+1 to Priya's q: who chaired the conference in Freetown?", "Amara Kallon"],
      ["@dana who chaired the conference in Freetown? https://example.org/ztu", "Amara Kallon"],
      ["asking for a friend: who chaired the conference in Freetown?! cc @sam", "Amara Kallon"],
    ],
    "names the chair's holder: %s",
  );

  refusesEach(app, [
    "Who chaired the Lakeside forum? thx in advance :pray:",
    "+1 to Priya's q: who chaired the Lakeside forum?",
    "@dana who chaired the Lakeside forum? https://example.org/ztu",
  ]);
});
