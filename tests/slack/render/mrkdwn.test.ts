// mrkdwn safety: escaping, defanging, inert links.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { defangMentions, escapeMrkdwn, safeText } from "../../../src/slack/render/mrkdwn.ts";

const PINGS = /<[!@#]|@(here|channel|everyone)\b/i;

describe("escaping and defanging", () => {
  it("escapes the three mrkdwn control characters", () => {
    expect(escapeMrkdwn("a < b & c > d")).toBe("a &lt; b &amp; c &gt; d");
  });

  it("defangs broadcasts, user, group and channel mentions", () => {
    const out = safeText(
      "Hi <!channel> <!here|here> <!everyone> <@U123> <#C456|general> <!subteam^S1|@ops> @here",
    );
    expect(out).not.toMatch(PINGS);
    expect(out).toContain("general");
    expect(defangMentions("<@U123|ann>")).toContain("ann");
  });

  it("property: untrusted text never carries a link, mention or raw control character", () => {
    const piece = fc.oneof(
      fc.string(),
      fc.constantFrom(
        "<!channel>",
        "<!here>",
        "<!everyone>",
        "<@U0ABC>",
        "<#C0ABC>",
        "@here",
        "@Channel",
        "&",
        "<",
        ">",
        "<https://x.io|y>",
      ),
    );
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 12 }), (parts) => {
        const out = safeText(parts.join(""));
        expect(out).not.toMatch(/[<>]/);
        expect(out).not.toMatch(/@(here|channel|everyone)\b/i);
        expect(out.replace(/&(amp|lt|gt);/g, "")).not.toContain("&");
      }),
    );
  });
});
