// The bot's own sentences: help and the App Home are mrkdwn, so their `<…>` must be escaped.
import { describe, expect, it } from "vitest";
import { InvalidQuestionError } from "../../src/answer/validate-question.ts";
import { DigestCommandError } from "../../src/digest/command.ts";
import { GlossaryError } from "../../src/search/glossary.ts";
import { homeBlocks } from "../../src/slack/listeners/events/app-home-opened.ts";
import { ERROR_TEXT, errorTextFor, helpText, mentionHelpText } from "../../src/slack/messages.ts";
import { StoreError } from "../../src/store/db.ts";

/** Every `<` that is not the bot's own mention: mrkdwn would read it as markup. */
const RAW_ANGLE = /<(?!@UBOT>)|(?<!<@UBOT)>/;

describe("help and App Home text", () => {
  it("escapes <question> and <terms> in the help", () => {
    for (const text of [helpText("UBOT"), mentionHelpText("UBOT"), helpText()]) {
      expect(text).not.toMatch(RAW_ANGLE);
      expect(text).toContain("`/wcit &lt;question&gt;`");
      expect(text).toContain("`/wcit search &lt;terms&gt;`");
    }
  });

  it("escapes <question> on the App Home", () => {
    const json = JSON.stringify(homeBlocks({ documents: 2, passages: 9 }, "UBOT", []));
    expect(json.replace(/<@UBOT>/g, "")).not.toMatch(/[<>]/);
    expect(json).toContain("/wcit &lt;question&gt;");
  });
});

describe("error replies, by the error family's one rule", () => {
  it("gives the reason of an error written for users, made safe for mrkdwn", () => {
    expect(errorTextFor(new InvalidQuestionError("The question is empty."))).toBe(
      ":information_source: The question is empty.",
    );
    // A mention in a message is defanged like any text the bot posts.
    expect(errorTextFor(new DigestCommandError("Which time? <!channel>"))).toBe(
      ":information_source: Which time? [@]channel",
    );
  });

  it("gives the apology, never internals, for anything else", () => {
    for (const err of [
      new StoreError("Cannot write the index database /srv/wcit/data.sqlite", "/srv/wcit"),
      new GlossaryError("Invalid glossary /srv/wcit/corpus/glossary.json", "glossary.json"),
      new TypeError("cannot read properties of undefined"),
      "a string",
    ]) {
      expect(errorTextFor(err)).toBe(ERROR_TEXT);
    }
  });
});
