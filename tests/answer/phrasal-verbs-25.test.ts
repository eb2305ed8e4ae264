// Everyday phrasal verbs for the notes' formal verbs (issue #12, the twenty-fifth session's batch
// in-2764..in-2773, out-948..out-949): "turned up" meets "attended", "watered down" meets
// "softened", "kicked off" meets "began", and the particle ("up", "down") is no topic a source
// must name.
import { describe, expect, it } from "vitest";
import { keyTermsOf } from "../../src/answer/terms.ts";
import { stem } from "../../src/search/analyze.ts";
import { phrasalVerbReadings } from "../../src/search/phrasal-verb-readings.ts";
import { briefingNote as note, UNRELATED_AGENDA_NOTE } from "../support/corpus-builder.ts";
import { answersStatingEach, refusesEach } from "../support/coverage-cases.ts";
import { notesAppContext } from "../support/notes-app.ts";

describe("phrasal verbs read as their formal verbs", () => {
  it("give the verb the formal verbs and set the particle aside", () => {
    const turnUp = phrasalVerbReadings("Did all the members turn up in Freetown?");
    expect(turnUp.senses.get(stem("turn"))).toContain(stem("attend"));
    expect([...turnUp.particles]).toEqual([stem("up")]);
    expect(phrasalVerbReadings("how did they water it down").senses.size).toBe(0);
    expect(phrasalVerbReadings("they watered down the text").senses.get(stem("water"))).toContain(
      stem("soften"),
    );
    expect(phrasalVerbReadings("when did the talks kick off?").senses.get(stem("kick"))).toContain(
      stem("begin"),
    );
    expect(
      phrasalVerbReadings("did Freedonia come out against it?").senses.get(stem("come")),
    ).toContain(stem("oppose"));
  });

  it("leave a noun after an owner or a determiner, and keep 'forward' as a word", () => {
    expect(
      phrasalVerbReadings("Did Freedonia back Sylvania's push for a centre?").senses.size,
    ).toBe(0);
    expect(phrasalVerbReadings("was there a push for voluntary codes?").senses.size).toBe(0);
    expect(phrasalVerbReadings("who pushed for voluntary codes?").senses.size).toBe(1);
    const putForward = phrasalVerbReadings("What did Opco put forward?");
    expect(putForward.senses.size).toBe(1);
    expect(putForward.particles.size).toBe(0);
  });

  it("leave a verb and a preposition that make no phrasal verb as they are", () => {
    // ("signed on the spot", "signed on 14 December": "on" is a preposition there.)
    expect(phrasalVerbReadings("how many signed on the spot?").senses.size).toBe(0);
    expect(phrasalVerbReadings("How did the vote come out?").senses.size).toBe(0);
    expect(phrasalVerbReadings("the numbers went up").senses.size).toBe(0);
  });

  it("meet the formal verb in the coverage decision, never the particle", () => {
    const weights: Record<string, number> = { attend: 3, member: 1, freetown: 4, turn: 2, up: 1 };
    const terms = keyTermsOf("Did all the members turn up in Freetown?", {
      termWeight: (t) => weights[t],
    });
    expect(terms.map((k) => k.term)).not.toContain("up");
    const turn = terms.find((k) => k.term === "turn");
    expect(turn?.senseWords).toContainEqual([stem("attend")]);
    // (Without the particle, "turn" is no phrasal verb: "up" stays a word of the question.)
    const plain = keyTermsOf("Did the members turn it up?", { termWeight: (t) => weights[t] });
    expect(plain.find((k) => k.term === "turn")?.senseWords ?? []).not.toContainEqual([
      stem("attend"),
    ]);
  });
});

const NOTES: Record<string, string> = {
  "notes/conference.md": note("The Freetown conference", [
    "**Who took part.** The union's report says 151 Member States attended the treaty conference in Freetown. [1]",
    "**The revision.** Sylvania revised its draft article on 17 November and softened the tone of the article. [1]",
    "**The road there.** The review that led to Freetown began with Resolution 146 of the 2006 assembly. [2]",
    "**Later.** In 2010 the review process moved off the council's agenda and into a working group. [2]",
    "**Turnout.** Turnout at the opening was up on 1988, with more ministers than before. [1]",
  ]),
  "notes/other.md": UNRELATED_AGENDA_NOTE,
};

const app = notesAppContext("wcit-phrasal-25-", NOTES);

describe("a question asked with a phrasal verb", () => {
  // (Refused without the formal verbs: "kick" unmet, and "off" met by the later paragraph.)
  answersStatingEach(app, [
    ["How many Member States turned up in Freetown?", "151"],
    ["how did Sylvania water down its draft article?", "softened"],
    ["when did the review that led to Freetown kick off?", "Resolution 146"],
    ["How many Member States turned up at the opening?", "151"],
    ["did all the Member States show up at the treaty conference?", "151"],
  ]);

  // The notes never say who turned up at the Lakeside forum, nor when its review kicked off.
  refusesEach(app, [
    "How many Member States turned up at the Lakeside forum?",
    "when did the Lakeside forum's review kick off?",
  ]);
});
