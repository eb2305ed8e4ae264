// A question asking what a work says as a whole ("What does the CDT paper say?", issue #12): in a
// note on the work, the sections identifying it (its link, its date, its authors) name it as often
// as those saying what it argues, and had led the answer. The answer is taken from the sections
// headed with what the work says; "What did X say about Y?" is about Y and reads as before.
import { describe, expect, it } from "vitest";
import { announcedItems } from "../../src/answer/sentences.ts";
import { analyzeQuestion } from "../../src/search/question.ts";
import { briefingNote } from "../support/corpus-builder.ts";
import { notesEngine, shippedEngine } from "../support/extractive-engine.ts";

const PAPER_TITLE = "The Harbour Coalition paper on port radio (2019): what is known";
const FISHERIES_TITLE = "Fisheries talks: the quota resolution and the port radio paper";
const PAPER = briefingNote(PAPER_TITLE, [
  '**Identification.** The Harbour Coalition paper is posted at harbour.example/port-radio.pdf. Its landing page lists the paper under the title "Port Radio and the Accord". [1]',
  "**Date.** The Harbour Coalition announced the paper on 3 March 2019 and said it was posted that day. [2]",
  "**Arguments and recommendations.** The summary gives the paper's overall thesis. Port radio is a poor fit for a binding accord, because frequencies change faster than treaties. The accord should leave channel plans to the regional port boards. [3]",
]);

const FISHERIES = briefingNote(FISHERIES_TITLE, [
  "**The quota resolution.** The quota resolution was adopted on 9 May. Its text invites coastal states to share catch data each year. [4]",
  "**The secretariat's framing.** The secretariat said the quota resolution changed nothing binding and that coastal states kept every power they had. [5]",
]);

// A note whose framing, reported content and arguments each give part of what the paper says.
const QUAY_TITLE = "The Quay Alliance paper on berth sensors (2021): what is known";
const QUAY = briefingNote(QUAY_TITLE, [
  "**Identification.** The Quay Alliance paper is posted at quay.example/berth-sensors.pdf. [1]",
  "**Framing.** The Quay Alliance paper starts from the fact that port authorities were weighing a single global register for berth sensors, and that several drafts would make the register compulsory. It gives two reasons these drafts were disputed. One is the cost to small harbours that still log berths by hand. The other is the risk that a central register would slow down local repairs that crews now make in hours. [2]",
  "**Content reported by others.** A trade weekly, writing a month later, summarised its analysis of one draft on shared calibration rules. As reported, its authors made four points about that draft. Calibration drifts with the weather and with the age of each sensor in ways that no single rule written in a distant capital can follow for long. Harbour pilots would lose the discretion they use every night when fog closes the outer channel and the usual marks cannot be seen. Vendors could lock harbours into one supplier of sensors, cables and software updates for a decade or longer. Small harbours would pay every spring for outside audits that the largest ports already run in house with their own engineers, divers and harbour masters, and they would have to hire those auditors from the very vendors they were meant to check. [3]",
  "**Arguments and recommendations.** The paper's overall thesis is that berth sensors are a poor fit for a compulsory register. Harbours should keep their own logs and share them through the regional boards. [4]",
]);

// Each note under its own title, as the corpus's manifest gives them.
const ingested = notesEngine(
  "wcit-work-says-",
  { "notes/paper.md": PAPER, "notes/fisheries.md": FISHERIES, "notes/quay.md": QUAY },
  { titled: true },
);
const real = shippedEngine("wcit-work-says-real-");

describe("asking what a work says", () => {
  it("is read from the question's wording", () => {
    for (const q of [
      "What does the CDT paper say?",
      "What did CDT's paper argue?",
      "What was the thesis of CDT's cyber paper?",
      "what's the CDT paper's main argument, in a nutshell?",
      "What was the gist of CDT's September 2012 paper on the ITU proposals?",
    ]) {
      expect(analyzeQuestion(q).asksWhatSaid, q).toBe(true);
    }
    expect(analyzeQuestion("What did the CDT paper conclude the ITU should do?").asksWhatSaid).toBe(
      true,
    );
    for (const q of [
      "What did CDT say the ITU should do about spam?",
      "What did Kramer say about the final text?",
      "What did the US propose?",
      "When was the CDT paper published?",
    ]) {
      expect(analyzeQuestion(q).asksWhatSaid, q).toBe(false);
    }
  });

  it("counts a short sentence naming the one statement that follows as announcing it", () => {
    expect(announcedItems("The blog post gives the paper's overall thesis.")).toBe(1);
    expect(announcedItems("As reported, CDT made four points.")).toBe(4);
    expect(announcedItems("The summary gives the thesis of a rival paper in full detail.")).toBe(0);
    // A numeral after a capitalised word names something; it counts nothing.
    expect(
      announcedItems("They also complained that the Committee 5 working groups were not webcast."),
    ).toBe(0);
    expect(announcedItems("As reported, CDT made 4 points.")).toBe(4);
  });

  it("answers from the section saying what the work argues, with the statement announced", async () => {
    const answer = await ingested.answerTo("What does the Harbour Coalition paper say?");
    expect(answer.coverage).not.toBe("none");
    expect(answer.text).toMatch(/^The summary gives the paper's overall thesis\./);
    expect(answer.text).toContain("poor fit for a binding accord");
    expect(answer.text).not.toContain("harbour.example");
    expect(answer.text).not.toContain("3 March 2019");
  });

  it("lists the main points asked of a work from those sections too", async () => {
    expect(
      analyzeQuestion("Summarise the main points of the Harbour Coalition paper").asksWhatSaid,
    ).toBe(true);
    const answer = await ingested.answerTo(
      "Summarise the main points of the Harbour Coalition paper",
    );
    expect(answer.coverage).not.toBe("none");
    expect(answer.text).toContain("poor fit for a binding accord");
    expect(answer.text).not.toContain("harbour.example");
  });

  it("does not take another party's framing for what a resolution says", async () => {
    const answer = await ingested.answerTo("What was the gist of the quota resolution?");
    expect(answer.coverage).not.toBe("none");
    expect(answer.text).toMatch(/^The quota resolution was adopted on 9 May/);
  });

  it("reads on into the other sections saying what the work says, while it has room", async () => {
    // The arguments lead; the reported content names no word of the question, and is read all
    // the same.
    const answer = await ingested.answerTo("What does the Quay Alliance paper say?");
    expect(answer.coverage).not.toBe("none");
    expect(answer.text).toMatch(/^The paper's overall thesis is that berth sensors are a poor fit/);
    expect(answer.text).toContain("summarised its analysis of one draft");
    expect(answer.text).not.toContain("quay.example");
    // Four announced points do not fit in what is left: neither the announcement nor one of
    // them is given.
    expect(answer.text).not.toContain("made four points");
    expect(answer.text).not.toContain("Calibration drifts with salt");
  });

  it("does not read on when the question asks for few words", async () => {
    const question = "What does the Quay Alliance paper say, in a nutshell?";
    expect(analyzeQuestion(question).asksBrief).toBe(true);
    expect(analyzeQuestion("What does the Quay Alliance paper say?").asksBrief).toBe(false);
    const full = await ingested.answerTo("What does the Quay Alliance paper say?");
    const brief = await ingested.answerTo(question);
    expect(brief.coverage).not.toBe("none");
    expect(brief.text.split(/\s+/).length).toBeLessThan(full.text.split(/\s+/).length);
  });

  it("still answers when it was published from the section dating it", async () => {
    const answer = await ingested.answerTo("When was the Harbour Coalition paper announced?");
    expect(answer.text).toContain("3 March 2019");
  });
});

describe("asking what the CDT paper says (real corpus)", () => {
  it("answers with what the paper argues, not where it is posted", async () => {
    const answer = await real.answerTo("What does the CDT paper say?");
    expect(answer.coverage).not.toBe("none");
    expect(answer.text).not.toMatch(/^The seed blog post links to a PDF/);
    expect(answer.text).toContain("two reasons these proposals were controversial");
    // The framing leads, and the answer reads on into the paper's thesis.
    expect(answer.text).toContain(
      "poor fit for centralised, government-dominated ITU policymaking",
    );
  });

  it("reads what the paper concluded others should do as asking what it says", async () => {
    const answer = await real.answerTo("What did the CDT paper conclude the ITU should do?");
    expect(answer.text).not.toMatch(/^The seed blog post links to a PDF/);
    expect(answer.text).toContain("The blog post gives the paper's overall thesis.");
  });

  it("never ends on an announcement of points it does not give", async () => {
    // The CDT blog post leads; the note's framing gives its first sentence and, with no room
    // left for the two reasons, not the line announcing them.
    const answer = await real.answerTo("What's CDT's take on the ITU regulating cybersecurity?");
    expect(answer.text).toContain("The paper starts from the fact that ITU Member States");
    expect(answer.text).not.toContain("It gives two reasons these proposals were controversial.");
    // An open count is a verdict of its own and stays: "several losses for the expansionist side".
    const verdict = await real.answerTo("How did Access judge the final Dubai text?");
    expect(verdict.text).toContain("counted several losses for the expansionist side");
  });

  it("leads with the section the question's verb names, then reads the framing whole", async () => {
    // "argue" names the note's "Arguments and recommendations"; the framing had led, and the
    // thesis was cut off after its first sentence.
    const argued = await real.answerTo("What did CDT's paper argue?");
    expect(argued.text).toMatch(/^The blog post gives the paper's overall thesis\./);
    expect(argued.text).toContain("endorse existing standards work such as the IETF's");
    // The framing follows with the two reasons it announces, not the announcement alone.
    expect(argued.text).toContain("two reasons these proposals were controversial");
    expect(argued.text).toContain("One is their implications for Internet freedom.");
    expect(argued.text).toContain("institutions better suited to Internet security");
    // "conclude … should do": what it concludes should be done is what it recommends.
    const concluded = await real.answerTo("What did the CDT paper conclude the ITU should do?");
    expect(concluded.text).toMatch(/^The blog post gives the paper's overall thesis\./);
    expect(concluded.text).toContain("one venue among many");
    // "say" names no section: the framing still leads.
    const said = await real.answerTo("What does the CDT paper say?");
    expect(said.text).toMatch(/^The paper starts from the fact that ITU Member States/);
  });

  it("leads with the section on its recommendations, not one whose heading names CDT", async () => {
    // Every section of the note on the paper is about CDT: "Related CDT outputs" naming CDT in
    // its heading does not make it the section the question asks for.
    const answer = await real.answerTo(
      "What recommendations did CDT make to the ITU on cybersecurity?",
    );
    expect(answer.text).toMatch(/^The blog post gives the paper's overall thesis\./);
    expect(answer.text).toContain("endorse existing standards work such as the IETF's");
  });

  it("still leads with the section named after a topic of a note on several", async () => {
    const answer = await real.answerTo("How did WCITLeaks actually get hold of its documents?");
    expect(answer.text).toMatch(/^Two researchers at George Mason University's Mercatus Center/);
  });

  it("gives the thesis the companion blog states, not the newsletter items", async () => {
    const answer = await real.answerTo("What was the thesis of CDT's cyber paper?");
    expect(answer.text).toMatch(/^The blog post gives the paper's overall thesis\./);
    expect(answer.text).toContain(
      "poor fit for centralised, government-dominated ITU policymaking",
    );
  });
});
