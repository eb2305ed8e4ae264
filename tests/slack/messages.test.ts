// The bot's own sentences: help and the App Home are mrkdwn, so their `<…>` must be escaped.
import { describe, expect, it } from "vitest";
import { homeBlocks } from "../../src/slack/listeners/events/app-home-opened.ts";
import { helpText, mentionHelpText } from "../../src/slack/messages.ts";

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
