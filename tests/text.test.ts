import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { findLinks, inertText } from "../src/text.ts";

describe("findLinks", () => {
  it("finds links, addresses, host names and Slack markup, without their sentence punctuation", () => {
    const text =
      "See https://evil.example/login, write to help@evil.example or visit www.itu.int and itu.int. <!channel> <@U123|bob> @here";
    expect(findLinks(text).map((l) => [l.kind, l.text])).toEqual([
      ["url", "https://evil.example/login"],
      ["email", "help@evil.example"],
      ["url", "www.itu.int"],
      ["domain", "itu.int"],
      ["markup", "<!channel>"],
      ["markup", "<@U123|bob>"],
      ["broadcast", "@here"],
    ]);
  });

  it("does not take abbreviations, numbers or file names for links", () => {
    expect(
      findLinks("H.Con.Res. 127, e.g. Art. 5.4 of the U.S. text, i.e. the 2012 ITRs (paper.pdf)."),
    ).toEqual([]);
  });
});

describe("inertText", () => {
  it("defangs links and addresses and brackets mentions, readably", () => {
    expect(inertText("Log in at https://evil.example/login now.")).toBe(
      "Log in at hxxps://evil[.]example/login now.",
    );
    expect(inertText("Mail help@evil.example or see www.itu.int/en/a.pdf.")).toBe(
      "Mail help[@]evil[.]example or see www[.]itu[.]int/en/a.pdf.",
    );
    expect(
      inertText("<!channel> <!here> <@U123> <@U9|ann> <!subteam^S1|@team> <#C1|general> @everyone"),
    ).toBe("[@]channel [@]here [@]U123 [@]ann [@]team [#]general [@]everyone");
    expect(inertText("<https://x.example/a|click here> ftp://files.example.org/x")).toBe(
      "click here (hxxps://x[.]example/a) ftp[:]//files[.]example[.]org/x",
    );
  });

  it("makes an address or a host name inside a link's path inert as well", () => {
    expect(inertText("www.itu.int/contact?to=press@itu.int&via=evil.example/x")).toBe(
      "www[.]itu[.]int/contact?to=press[@]itu[.]int&via=evil[.]example/x",
    );
    expect(inertText("itu.int/en/a.pdf")).toBe("itu[.]int/en/a.pdf");
  });

  it("leaves ordinary prose alone", () => {
    const prose = "Article 5A (security) was adopted on 14 December 2012 by 89 Member States.";
    expect(inertText(prose)).toBe(prose);
  });

  it("leaves nothing clickable or pinging, and is stable when applied twice", () => {
    const piece = fc.constantFrom(
      "https://evil.example/login",
      "http://a.example/b.c?d=1",
      "www.itu.int",
      "itu.int",
      "ops@mail.example.org",
      "<!channel>",
      "<!here|here>",
      "<@U123ABC>",
      "<!subteam^S1|@team>",
      "<#C1|general>",
      "<https://x.org|x>",
      "@everyone",
      "Article",
      "5A",
      "(",
      ").",
      "e.g.",
      "U.S.",
    );
    fc.assert(
      fc.property(
        fc.array(piece, { maxLength: 12 }),
        fc.constantFrom(" ", ", ", " and "),
        (ps, sep) => {
          const out = inertText(ps.join(sep));
          expect(out).not.toMatch(/https?:\/\/|www\.|<[!@#]|<https?:/i);
          expect(out).not.toMatch(/(^|[^[])@(channel|here|everyone)/);
          expect(out).not.toMatch(/\b[a-z0-9-]+\.(int|org|example)\b/);
          expect(out).not.toMatch(/@[a-z]/);
          expect(inertText(out)).toBe(out);
        },
      ),
    );
  });
});
