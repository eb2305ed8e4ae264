// mrkdwn safety: escaping, inert mentions and links (src/text.ts's rules), titles, Markdown streams.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  escapeMrkdwn,
  link,
  safeMarkdown,
  safeText,
  safeTitle,
  stripControlChars,
} from "../../../src/slack/render/mrkdwn.ts";
import { liveMention, liveSpans } from "../../support/slack-audit.ts";

const PINGS = /<[!@#]|(^|[^[])@(here|channel|everyone)\b/i;

describe("escaping and defanging", () => {
  it("escapes the three mrkdwn control characters", () => {
    expect(escapeMrkdwn("a < b & c > d")).toBe("a &lt; b &amp; c &gt; d");
  });

  it("makes broadcasts, user, group and channel mentions inert, keeping their names", () => {
    const out = safeText(
      "Hi <!channel> <!here|here> <!everyone> <@U123|ann> <#C456|general> <!subteam^S1|@ops> @here",
    );
    expect(out).not.toMatch(PINGS);
    expect(out).toBe("Hi [@]channel [@]here [@]everyone [@]ann [#]general [@]ops [@]here");
  });

  it("makes links, host names and e-mail addresses inert, so Slack links none of them", () => {
    expect(safeText("Log in at https://evil.example/login now.")).toBe(
      "Log in at hxxps://evil[.]example/login now.",
    );
    expect(safeText("see www.itu.int/wcit or mail press@itu.int")).toBe(
      "see www[.]itu[.]int/wcit or mail press[@]itu[.]int",
    );
    expect(safeText("<https://evil.example|click> & <slack://open>")).toBe(
      "click (hxxps://evil[.]example) &amp; slack[:]//open",
    );
    const prose = "E.g. Article 5.1 and the U.S. position (i.e. 89 of 144). Then 3.5%.";
    expect(safeText(prose)).toBe(prose);
  });

  it("leaves links made by link() live: the citations' own", () => {
    expect(link("https://www.itu.int/a.pdf#page=4", "Final <!here> Acts")).toBe(
      "<https://www.itu.int/a.pdf#page=4|Final [@]here Acts>",
    );
  });

  it("property: untrusted text never carries a live link or mention, a control character or raw < >", () => {
    const piece = fc.oneof(
      fc.string(),
      fc.webUrl(),
      fc.emailAddress(),
      fc.constantFrom(
        "<!channel>",
        "<!here>",
        "<!everyone>",
        "<!subteam^S123|@team>",
        "<@U0ABC>",
        "<#C0ABC|general>",
        "@here",
        "@Channel",
        "<https://x.io|y>",
        "https://evil.example/login",
        "www.evil.example",
        "evil.example",
        "\u0000",
        "\u202e",
        "\r\n",
        "&",
        "<",
        ">",
        " ",
        ". ",
      ),
    );
    // Pieces apart, as in prose: src/text.ts reads links between word boundaries.
    const separator = fc.constantFrom(" ", ", ", "\n", " (", ") ", ". ");
    fc.assert(
      fc.property(fc.array(fc.tuple(piece, separator), { maxLength: 12 }), (pairs) => {
        const out = safeText(pairs.flat().join(""));
        expect(out).not.toMatch(/[<>]/);
        expect(liveSpans(out)).toEqual([]);
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
  it("makes mentions and links inert, flattens to one short line, and shows no entities", () => {
    const title = safeTitle(
      "<!channel> <@U1> read\n<https://evil.example|this> & that, ".repeat(3),
    );
    expect(liveMention(title)).toBeUndefined();
    expect(liveSpans(title)).toEqual([]);
    expect(title).not.toMatch(/[<>\n]|&amp;/);
    expect(title.length).toBeLessThanOrEqual(60);
    expect(title).toMatch(/^\[@\]channel \[@\]U1 read this/);
  });
});

describe("safeMarkdown", () => {
  it("breaks a Markdown link apart as well", () => {
    const out = safeMarkdown("[click here](https://evil.example/x)");
    expect(out).not.toContain("](");
    expect(liveSpans(out)).toEqual([]);
  });
});
