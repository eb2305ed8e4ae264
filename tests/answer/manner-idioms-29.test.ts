// How a party went about something, asked in an analyst's idiom (issue #12, the twenty-ninth
// session's how batch in-3286..in-3295, out-1094..out-1095): "how did the ITU play down the
// signature count?", "how did activists lean on governments?", "how did CDT get the word out?".
// The notes tell the act in the writer's verbs ("The ITU stressed…", "Pressure during the
// conference", "announced"), so the paragraph answering the how was not read. The idioms of
// `MANNER_IDIOMS` (src/search/manner-idioms.ts) are searched as the writer's verbs; "lean on"
// meaning rely on ("the stats the ITU leaned on to talk up the treaty") is not read so.
import { describe, expect, it } from "vitest";
import { analyze } from "../../src/search/analyze.ts";
import { idiomReadings } from "../../src/search/idiom-readings.ts";
import { briefingNote as note, UNRELATED_AGENDA_NOTE } from "../support/corpus-builder.ts";
import { answersStatingEach } from "../support/coverage-cases.ts";
import { notesAppContext } from "../support/notes-app.ts";

const terms = (...words: string[]) => words.flatMap((w) => analyze(w));

describe("idiomReadings of a how asked in an idiom", () => {
  it("reads pressing, playing down and making known as the writer's verbs", () => {
    expect(idiomReadings("How did activists lean on governments during the talks?")).toEqual(
      terms("pressure", "urge"),
    );
    for (const q of [
      "How did the secretariat play down the low signature count?",
      "how did they try to put a good face on it?",
      "how did the ITU spin the numbers?",
      "how did the ITU shrug off the fuss?",
      "how did the ITU talk the resolution down?",
    ]) {
      expect(idiomReadings(q), q).toEqual(terms("stress", "frame"));
    }
    expect(idiomReadings("How did CDT get the word out about its paper?")).toEqual(
      terms("announce", "circulate"),
    );
  });

  it("leaves relying on something, and the idioms' words alone, as typed", () => {
    for (const q of [
      "the headline stats the ITU leaned on to talk up the treaty",
      "whose history did critics lean on when they said the ITU was vague?",
      "who did they lean on?",
      "what role did the secretariat play in the count?",
      "what was the last word on the spam article?",
      "when did the count go down?",
    ]) {
      expect(idiomReadings(q), q).toEqual([]);
    }
  });
});

// The answering paragraphs say "stressed" and "pressure"; the others carry the asker's words
// ("play", "down", "count", "lean", "governments"), as the real notes' signature and Busan
// paragraphs do.
const NOTES: Record<string, string> = {
  "notes/freetown.md": note("The Freetown outcome and who signed", [
    "**Signature count.** On 9 March 2014, the last day, 61 parties signed the Freetown accord. According to the secretariat, 104 delegations could sign, so 43 did not. [1]",
    "**The secretariat's line.** The secretariat stressed that states often sign treaties after consulting at home. It said the signatories held about two billion people. [2]",
    "**Pressure during the talks.** On 7 March campaigners sent the Chair an open letter, and on 9 March a coalition delivered half a million petition signatures urging governments not to sign. [1]",
  ]),
  "notes/freetown-days.md": note("Freetown talks day by day", [
    "**Low turnout.** The secretariat said turnout was low on the first day of the Freetown talks, and the count of delegations present went down again on the second. [1]",
    "**Late nights.** Delegates argued procedure late on the last night, and the count of open brackets went down slowly. [1]",
    "**Other counts.** The secretariat's tally and one outlet counted 61 signatures of 150 members, and another put the signature count at 63. Counts differ by source, low or high. [2]",
    "**Signature ceremony.** The secretariat's signature ceremony after Freetown's last session ran low on time, and the count was read out twice. [2]",
    "**Lean years.** Governments in lean budget years leaned on regional groups while the talks were going on, and governments sent small delegations. [2]",
    "**Going on.** While the Freetown talks were going on, governments kept talking, and talks on roaming went on too. [1]",
    "**Governments at the talks.** Governments at the Freetown talks were going on about procedure while the talks went on. [2]",
    "**After Freetown.** Governments went home to consult, and the count of signatures went up later; the low count after Freetown was a talking point. [1]",
  ]),
  "notes/other.md": UNRELATED_AGENDA_NOTE,
};

const app = notesAppContext("wcit-manner-idioms-29-", NOTES);

describe("a how asked in an idiom is answered from the paragraph telling the act", () => {
  answersStatingEach(app, [
    [
      "How did the secretariat play down the low signature count after Freetown?",
      "consulting at home",
    ],
    ["How did activists lean on governments while the Freetown talks were going on?", "petition"],
  ]);

  it("keeps a question using the idioms' words plainly on its own paragraph", async () => {
    const answer = await app.answerTo(
      "How many parties signed the Freetown accord on the last day?",
    );
    expect(answer.text).toContain("61 parties signed");
  });
});
