// Near misses that ask the items of a list the notes only count, or a count of a part of a whole
// the notes only count (issue #12, the twenty-sixth session's batch in-2860..in-2869,
// out-974..out-979): "list the 40 countries the signers came from" against "…more than 90
// organisations from 40 countries had signed it" (`itemsCounted`, window-answer-type.ts), and "how
// many of the 71 countries that signed were Asian?" against "71 Member States signed…"
// (`partCounted`, window-part-count.ts), are refused; so is "was Resolution 88 put to a vote?"
// against a place telling only that it was adopted, or a vote on another text (`voteTold`,
// window-vote.ts). A list whose items are set out, and a part
// whose count a sentence states, are still answered.
import { describe, expect, it } from "vitest";
import { countOfListAsked } from "../../src/answer/demand-lists.ts";
import { wholeCountOf } from "../../src/answer/window-part-count.ts";
import { asksVote } from "../../src/answer/window-vote.ts";
import { briefingNote as note, UNRELATED_AGENDA_NOTE } from "../support/corpus-builder.ts";
import { answersStatingEach, refusesEach } from "../support/coverage-cases.ts";
import { notesAppContext } from "../support/notes-app.ts";

const NOTES: Record<string, string> = {
  "notes/signing.md": note("The Freetown outcome and who signed", [
    "**Signature count.** On 9 March 2013, the last day, 71 Member States signed the Final Acts. According to the ZTU, 120 delegations were present and accredited to sign, so 49 did not sign on the spot. [1]",
    "**The vote.** During the preamble debate, Sylvania requested a vote on the access sentence. The result was 60 in favour, 25 against and 6 abstentions. [2]",
    "**The Internet resolution.** According to the Ruritanian account, Asian and Arab states strongly supported the Internet resolution, while Sylvania and Latveria opposed it. [2]",
  ]),
  "notes/campaign.md": note("Civil society and the Freetown conference", [
    '**The charter.** A short "Freetown charter" was drafted by Alpha Watch, Beta Rights, Gamma Net, Delta Voice and Epsilon Lab, and in a post written after the Bright Hills meeting Alpha Watch reported that more than 90 organisations from 40 countries had signed it. Separately, groups meeting at Bright Hills sent the ZTU a statement. [1]',
    "**The pledge.** The 5 drafters of the Bright Hills pledge were Zeta Labs, Eta Forum, Theta Watch, Iota Rights and Kappa Net. [2]",
  ]),
  "notes/preparations.md": note("How the preparations began", [
    "**The working group.** In 2009 the Council adopted Resolution 1450, which set up the preparatory working group. The 2010 Plenipotentiary in Valdora then adopted Resolution 88, which made that group the official preparatory process. [1]",
    "**Human-rights text.** Ruritania proposed explicit freedom-of-expression wording for the preamble, and delegates debated it. Sylvania asked for a vote on adding a sentence recognising a right of access to services. It passed 60 to 25 with 6 abstentions. [2]",
  ]),
  "notes/other.md": UNRELATED_AGENDA_NOTE,
};

const app = notesAppContext("wcit-nearmiss-26-", NOTES);

describe("the count of items a list asks for", () => {
  it("is read after a determiner, before a plural", () => {
    expect(countOfListAsked("list the 55 countries the signers came from")).toBe(55);
    expect(countOfListAsked("bullet all 144 delegations accredited to sign")).toBe(144);
    expect(countOfListAsked("list the 120-odd organisations that signed on")).toBe(120);
  });

  it("is not a part of a whole, a small count or the answer's own lines", () => {
    expect(countOfListAsked("which of the 89 countries signed later?")).toBeUndefined();
    expect(countOfListAsked("list the 3 problems the letter raised")).toBeUndefined();
    expect(countOfListAsked("give me the 5 bullets on the outcome")).toBeUndefined();
    expect(countOfListAsked("list the countries that signed in 2012")).toBeUndefined();
  });
});

describe("the whole a count question takes a part of", () => {
  it("is the count after 'of the'", () => {
    expect(wholeCountOf("how many of the 89 countries that signed were African?")).toBe(89);
    expect(wholeCountOf("of the 77 votes for the sentence, how many were African?")).toBe(77);
    expect(wholeCountOf("how many of the 120-odd groups were European?")).toBe(120);
  });

  it("is not a count of a whole thing", () => {
    expect(wholeCountOf("how many countries signed the Final Acts?")).toBeUndefined();
    expect(wholeCountOf("how many of the countries signed in 2013?")).toBeUndefined();
  });
});

describe("a list the notes only count", () => {
  refusesEach(app, [
    "list the 40 countries the charter's signers came from",
    "bullet all 71 countries that signed the Final Acts",
    "list the 90-odd organisations that signed the Freetown charter",
  ]);

  // The items set out, as a series of about as many as asked: answered as before.
  answersStatingEach(app, [
    ["list the 5 drafters of the Bright Hills pledge", "Iota Rights"],
    ["which groups drafted the Freetown charter? list them", "Delta Voice"],
  ]);
});

describe("a count of a part of a counted whole", () => {
  refusesEach(app, [
    "how many of the 71 countries that signed the Final Acts were Asian states?",
    "how many of the 49 delegations that did not sign on the spot signed the Final Acts later?",
    "of the 60 votes for the access sentence, how many were Asian states?",
  ]);

  // The part's count stated beside the whole's: answered as before.
  answersStatingEach(app, [
    ["how many of the 120 accredited delegations did not sign on the spot?", "49"],
    ["how many countries signed the Final Acts?", "71"],
  ]);
});

describe("a vote asked of", () => {
  it("is read from the ways an analyst asks it", () => {
    expect(asksVote("was it put to a vote, and what was the count?")).toBe(true);
    expect(asksVote("Was the Internet resolution adopted by a formal vote?")).toBe(true);
    expect(asksVote("what was the tally on the access vote?")).toBe(true);
    expect(asksVote("Who voted against the access sentence?")).toBe(false);
    expect(asksVote("When was Resolution 88 adopted?")).toBe(false);
  });

  // Adopted, or a vote on another text beside the one asked: no vote on it is told.
  refusesEach(app, [
    "was Resolution 88 put to a vote in Valdora, and what was the count?",
    "was Ruritania's freedom-of-expression wording put to a vote, and what was the count?",
  ]);

  // The vote told of what is asked: answered as before.
  answersStatingEach(app, [
    ["was the access sentence put to a vote, and what was the count?", "60"],
    ["what was the tally on Sylvania's right-of-access sentence?", "Sylvania"],
  ]);
});
