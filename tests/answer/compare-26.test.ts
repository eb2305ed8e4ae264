// Comparisons across two notes (issue #12, the twenty-sixth session's batch in-2930..in-2939,
// out-996..out-997). Judged side by side (`bySide`, coverage-otherwise.ts), each side is held to
// the question's terms less the other sides' own. A side written with a description of its holder
// ("the Zendan regional contribution") or with what it did ("…wanted out of the revision") kept
// those words as the topic, so the other side had to meet "regional contribution" too, and the
// comparison was refused. The other side's holder as written (`sideHolder`, question.ts) is now
// that side's; what follows the holder is still asked of every side.
// A comparison whose passages name one side only as a short item of a series ("countries that
// firmly refused (the US, UK, Canada, Australia and others)") gives that side nothing: the other
// side alone is no comparison, and it is refused (`sideOnlyListed`, side-listed.ts, engine.ts).
import { describe, expect, it } from "vitest";
import { sideHolder } from "../../src/search/question-comparison.ts";
import { briefingNote as note, UNRELATED_AGENDA_NOTE } from "../support/corpus-builder.ts";
import { answersStatingEach, refusesEach } from "../support/coverage-cases.ts";
import { notesAppContext } from "../support/notes-app.ts";

const NOTES: Record<string, string> = {
  "notes/regions.md": note("Who proposed what before the summit", [
    "**How positions are formed.** Members coordinate through regional groupings, each of which can table common proposals. [1]",
    "**Freedonian States.** After a first meeting in December, the Freedonian administrations set out preliminary principles. These included replacing operating agencies with Member States and strengthening enforcement of the treaty. [2]",
  ]),
  "notes/zenda.md": note("Zenda's regional input", [
    "**Zenda.** A Zendan regional contribution, coordinated through Strelsau, gave reasons for revision: privatisation, growing voice traffic over the Internet and financial fraud. [1]",
  ]),
  "notes/sylvania.md": note("Sylvania at the summit", [
    "**Sylvania.** Sylvania joined the cybercrime convention early and hosted a workshop on the summit's agenda. [1]",
  ]),
  "notes/signatures.md": note("The summit outcome and who signed", [
    "**Signature count.** On the last day 89 member states signed the final acts. News reports said the non-signers included countries that firmly refused (Freedonia, Ruritania, Graustark, Borduria and others) and countries still consulting their capitals. [1]",
  ]),
  "notes/freedonia.md": note("Freedonia at the summit", [
    "**Refusal to sign.** On the last evening Freedonia's ambassador announced that Freedonia could not sign, because the treaty should not extend to Internet governance or content. [1]",
  ]),
  "notes/insiders.md": note("How insiders described the draft", [
    "**Insiders.** Rupert Hentzau, a leak-site co-founder who served on the Freedonian delegation, wrote that the draft included numbering, security and spam text. [1]",
  ]),
  "notes/ruritania.md": note("Ruritania's refusal", [
    "**Ruritania.** Ruritania's minister said Ruritania refused to sign because the spam article reached into the content of messages. [1]",
  ]),
  "notes/other.md": UNRELATED_AGENDA_NOTE,
};

// (Filler, so that a name in one passage weighs as it does in the real corpus.)
const FILLER = ["roaming", "numbering", "energy", "accessibility", "taxation", "routing"];
for (const topic of FILLER) {
  NOTES[`notes/${topic}.md`] = note(`Agenda item: ${topic}`, [
    `**${topic}.** Delegates discussed ${topic} in a working group, and several regulators asked for more transparency on ${topic}. [1]`,
  ]);
}

const app = notesAppContext("wcit-compare-26-", NOTES);

describe("sideHolder", () => {
  it("reads the holder before what the side did", () => {
    expect(sideHolder("the African regional contribution wanted out of the ITR revision")).toBe(
      "the African regional contribution",
    );
    expect(sideHolder("CEPT said it actually got out of Dubai")).toBe("CEPT");
    expect(sideHolder("Russia first sent the CWG")).toBe("Russia");
  });

  it("keeps a side with no named holder, or a pronoun, as written", () => {
    expect(sideHolder("the number of countries that signed")).toBe(
      "the number of countries that signed",
    );
    expect(sideHolder("they asked for")).toBe("they asked for");
    expect(sideHolder("the Arab administrations")).toBe("the Arab administrations");
  });
});

describe("a side's holder is its own, not the topic", () => {
  answersStatingEach(app, [
    [
      "compare what the Freedonian administrations and the Zendan regional contribution wanted out of the treaty revision",
      "strengthening enforcement",
    ],
    [
      "compare what the Freedonian administrations and the Zendan regional contribution wanted out of the treaty revision",
      "privatisation",
    ],
  ]);
});

describe("a side the notes give no position for is still refused", () => {
  refusesEach(app, [
    // Sylvania is named, but nothing it wanted out of the revision.
    "compare what Sylvania and the Zendan regional contribution wanted out of the treaty revision",
  ]);
});

describe("a side the passages only list", () => {
  refusesEach(app, [
    // Graustark is only one of the refusers listed; Freedonia's reasons alone are no comparison.
    "Graustark vs Freedonia: same or different reasons for refusing to sign?",
  ]);
  answersStatingEach(app, [
    // Ruritania is listed too, but its own note gives its reason.
    ["Ruritania vs Freedonia: same or different reasons for refusing to sign?", "spam article"],
    [
      "Ruritania vs Freedonia: same or different reasons for refusing to sign?",
      "Internet governance or content",
    ],
    // A name opening a sentence whose series comes later ("Hentzau, a co-founder who…, wrote that
    // the draft included numbering, security and spam text") is named outright, not listed.
    ["Hentzau vs Ruritania: what did each find wrong with the draft's spam text?", "Hentzau"],
  ]);
});
