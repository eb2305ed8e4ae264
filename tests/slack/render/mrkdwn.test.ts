// mrkdwn safety: escaping, defanging, inert links.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  defangMentions,
  escapeMrkdwn,
  inertUrls,
  safeMarkdown,
  safeText,
  safeTitle,
  stripControlChars,
} from "../../../src/slack/render/mrkdwn.ts";
import { AUTO_LINK, LIVE_MENTION } from "../../support/slack-audit.ts";

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

describe("inert URLs", () => {
  it("breaks schemes, host names and e-mail addresses so Slack does not link them", () => {
    expect(inertUrls("Log in at https://evil.example/login now.")).toBe(
      "Log in at https[:]//evil[.]example/login now.",
    );
    expect(inertUrls("see www.itu.int/wcit or mail press@itu.int")).toBe(
      "see www[.]itu[.]int/wcit or mail press@itu[.]int",
    );
    expect(inertUrls("slack://open and ftp://10.0.0.1/x")).toBe(
      "slack[:]//open and ftp[:]//10.0.0.1/x",
    );
  });

  it("leaves ordinary prose alone: abbreviations, numbers, sentence ends", () => {
    const prose = "E.g. Article 5.1 and the U.S. position (i.e. 89 of 144). It ended. Then 3.5%.";
    expect(inertUrls(prose)).toBe(prose);
  });

  it("is idempotent", () => {
    const once = inertUrls("https://a.example.org/x?y=1 and b.example");
    expect(inertUrls(once)).toBe(once);
  });

  it("property: untrusted text never carries a live link, mention, control character or raw < >", () => {
    const piece = fc.oneof(
      fc.string(),
      fc.webUrl(),
      fc.domain(),
      fc.emailAddress(),
      fc.constantFrom(
        "<!channel>",
        "<!subteam^S123|@team>",
        "<@U0ABC>",
        "<#C0ABC|general>",
        "@here",
        "<https://x.io|click>",
        "http://",
        "\u0000",
        "\u202e",
        "\r\n",
        ". ",
        "www.",
      ),
    );
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 12 }), (parts) => {
        const out = safeText(parts.join(""));
        expect(out).not.toMatch(/[<>]/);
        expect(out).not.toMatch(LIVE_MENTION);
        expect(out).not.toMatch(AUTO_LINK);
        expect(stripControlChars(out)).toBe(out);
        expect(out.replace(/&(amp|lt|gt);/g, "")).not.toContain("&");
      }),
      { numRuns: 300 },
    );
  });
});

describe("control characters", () => {
  it("keeps tabs and newlines, drops the rest and the bidi overrides", () => {
    expect(stripControlChars("a\tb\r\nc\u0000d\u001be\u202ef")).toBe("a\tb\ncdef");
  });
});

describe("safeTitle", () => {
  it("defangs mentions and links, flattens to one short line, and shows no entities", () => {
    const title = safeTitle(
      "<!channel> <@U1> read\n<https://evil.example|this> & that, ".repeat(3),
    );
    expect(title).not.toMatch(LIVE_MENTION);
    expect(title).not.toMatch(AUTO_LINK);
    expect(title).not.toMatch(/[<>\n]|&amp;/);
    expect(title.length).toBeLessThanOrEqual(60);
    expect(title).toContain("read");
  });
});

describe("safeMarkdown", () => {
  it("breaks a Markdown link apart as well", () => {
    const out = safeMarkdown("[click here](https://evil.example/x)");
    expect(out).not.toContain("](");
    expect(out).not.toMatch(AUTO_LINK);
  });
});
