// A payer or a funding asked that the notes never tell (nm43, the forty-second session's batch
// in-4852..in-4855, out-1598..out-1607): "who paid for X", "how was X funded", "who put up the
// money for it" ask a payment, which a sentence telling a payer, a sum, a budget or a funder
// gives, not a passage naming X alone (asked-funding.ts, a shape of `askedFocus`). A later ask of
// that shape ("…, and who paid for the venue") is judged on its own (`byAsk`). Likewise "did X
// ever answer Y", "what did X write back" ask a reply, which a sentence telling one gives, not
// a passage telling Y alone (asked-reply.ts).
import { describe, expect, it } from "vitest";
import { askedFocus } from "../src/answer/asked-focus.ts";
import { briefingNote as note, UNRELATED_AGENDA_NOTE } from "./support/corpus-builder.ts";
import { notesAppContext } from "./support/notes-app.ts";

const NOTES = {
  "notes/forum.md": note("The transit policy forum", [
    "**The forum.** The Transit Policy Forum met in Lisbon in May 2014. The Port Authority hosted it at the Lisbon Congress Centre, and ministers from nine states addressed it. [1]",
  ]),
  "notes/oslo.md": note("The Oslo working group", [
    "**Island delegates.** The Nordic Harbour Foundation paid for the travel of delegates from the small island states to the Oslo working group in June 2015. [2]",
  ]),
  "notes/dockers.md": note("The dockworkers' petition", [
    "**The petition.** In March 2015 the Dockworkers' Union sent the Assembly a petition signed by 12,000 members asking for open meetings on night traffic. [1]",
  ]),
  "notes/pilots.md": note("The pilots' letter", [
    "**The letter.** In April 2015 the Pilots' Guild wrote to the Assembly about night landings. The Assembly replied in May 2015 that it would review the rules. [2]",
  ]),
  "notes/other.md": UNRELATED_AGENDA_NOTE,
};

const { answerTo, coverageOf } = notesAppContext("wcit-nm43-42-", NOTES);

describe("a payer or a funding asked", () => {
  it("is read from 'who paid for', 'how was X funded', 'who put up the money'", () => {
    expect(askedFocus("who paid for the transit policy forum")).toBeDefined();
    expect(askedFocus("how was the lisbon forum funded - out of the port budget?")).toBeDefined();
    expect(
      askedFocus("the lisbon forum - who put up the money for it, and how much"),
    ).toBeDefined();
    expect(askedFocus("was the forum paid for by a grant")).toBeDefined();
  });

  it("is not read from a payment named in passing, a payee or a sponsor of a bill", () => {
    expect(askedFocus("what did the think tank make of the sender-pays idea")).toBeUndefined();
    expect(askedFocus("how were carriers supposed to get paid for delivering traffic")).toBe(
      undefined,
    );
    expect(askedFocus("which senators sponsored the resolution")).toBeUndefined();
  });

  // (With `paymentToldAt` made to hold in every sentence, the first two are answered: run so,
  // they fail, and the guards below pass. The later ask is refused by `byAsk` judging it alone.)
  it("is refused where the passage names the forum and its host but no payment", async () => {
    expect(await coverageOf("how was the transit policy forum in lisbon funded")).toBe("none");
    expect(
      await coverageOf("the transit policy forum in lisbon - who footed the bill for it"),
    ).toBe("none");
  }, 60_000);

  it("refuses a later ask of that shape the first ask's passage leaves untold", async () => {
    const question =
      "when did the transit policy forum meet, and who paid for the lisbon congress centre";
    expect(await coverageOf(question)).toBe("none");
  }, 60_000);

  it("is answered where a sentence tells who paid", async () => {
    const question = "who paid for the island delegates' travel to the oslo working group";
    expect(await coverageOf(question)).not.toBe("none");
    expect((await answerTo(question)).text).toContain("Nordic Harbour Foundation");
  }, 60_000);

  it("leaves the first ask alone answered where no payer is asked", async () => {
    expect(await coverageOf("where did the transit policy forum meet, and who hosted it")).not.toBe(
      "none",
    );
  }, 60_000);
});

describe("a reply asked", () => {
  it("is read from 'did X ever answer / respond to', 'what did X write back'", () => {
    expect(askedFocus("did the assembly ever answer the petition")).toBeDefined();
    expect(askedFocus("the pilots' letter - what did the assembly write back")).toBeDefined();
    // (A manner of reacting, told in any verb, is not read; nor what a party "said back".)
    expect(askedFocus("how did the assembly respond to the petition")).toBeUndefined();
    expect(askedFocus("what did the chair say back")).toBeUndefined();
  });

  // (With `replyToldAt` made to hold in every sentence, this is answered: run so, it fails.)
  it("is refused where the passage tells the petition and no reply", async () => {
    const question =
      "the dockworkers' union petition for open meetings on night traffic - did the assembly ever respond to it";
    expect(await coverageOf(question)).toBe("none");
  }, 60_000);

  it("is answered where a sentence tells the reply", async () => {
    const question = "did the assembly ever reply to the pilots' guild letter";
    expect(await coverageOf(question)).not.toBe("none");
    expect((await answerTo(question)).text).toContain("replied");
  }, 60_000);
});
