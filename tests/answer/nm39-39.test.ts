// A titled office's holder asked (nm39): "who was secretary-general when…", "the X - who was its
// chair", "who headed the standards bureau…" must find the holder named with the title
// ("Secretary-General Ana Lopes", "The board's director, Ana Lopes,") or the office's verb
// ("chaired"); a place naming the office alone ("told the Secretary-General to…") is no answer.
import { describe, expect, it } from "vitest";
import { rolesHeldIn } from "../../src/answer/demand-roles.ts";
import { briefingNote as note, UNRELATED_AGENDA_NOTE } from "../support/corpus-builder.ts";
import { notesAppContext } from "../support/notes-app.ts";

const NOTES = {
  "notes/review.md": note("Transit review and its meetings", [
    "**The review.** The transit review was revived in 2020. Resolution 9 (Rev. Lisbon, 2020) told the Secretary-General to reconvene the review panel. [1]",
    "**The standards assembly.** The Northern Standards Assembly met in Lisbon in May 2015 and revised Recommendation 12 on transit rates. [1]",
    "**The tariff conference.** The Tariff Conference took place in Porto from 3 to 9 June 2015. The board's director, Ana Lopes, chaired the conference. [2]",
  ]),
  "notes/other.md": UNRELATED_AGENDA_NOTE,
};

const { answerTo, coverageOf } = notesAppContext("wcit-nm39-39-", NOTES);

describe("a titled office asked", () => {
  it("is read where a who asks who was in the office, its office, or who headed a body", () => {
    const held = (q: string) => rolesHeldIn("agent", q, undefined).map(String);
    const titled = held("who was secretary-general when the review panel was reconvened");
    expect(titled).toHaveLength(1);
    expect(held("who headed the standards bureau in 2015")).toEqual(titled);
    expect(
      rolesHeldIn(undefined, "the standards assembly in lisbon - who was its chair", undefined)
        .map(String)
        .some((r) => r === titled[0]),
    ).toBe(true);
    // (Not a chair of a thing the question names, `HOLDER_ASKED`'s; nor a who asking an act.)
    expect(held("who was the chair of the tariff conference")).not.toContain(titled[0]);
    expect(held("who revised recommendation 12")).toEqual([]);
  });
});

describe("a titled office's holder", () => {
  // (With TITLED_ASKED taken out of ROLES_ASKED the first is answered `partial` from the place
  // naming the office; with the "its" ask left unread by `whoAskedOfTopic`, the second is, from
  // the place naming the assembly. Both checked by hand.)
  it("is refused where the notes name the office and no one in it", async () => {
    expect(
      await coverageOf("who was secretary-general when resolution 9 reconvened the review panel"),
    ).toBe("none");
  }, 60_000);

  it("is refused where the notes name the topic 'its' stands for and no one chairing it", async () => {
    expect(
      await coverageOf("the northern standards assembly in lisbon, may 2015 - who was its chair"),
    ).toBe("none");
  }, 60_000);

  it("is answered where the notes name the holder beside the title", async () => {
    const question = "the tariff conference in porto - who was its chairman";
    expect(await coverageOf(question)).not.toBe("none");
    expect((await answerTo(question)).text).toContain("Ana Lopes");
  }, 60_000);
});
