// Reading a question that asks what a document or organisation argues as a whole (issue #12).
import { describe, expect, it } from "vitest";
import {
  asksDocumentContent,
  documentAsked,
  documentNouns,
  documentOwner,
} from "../../src/search/question.ts";

describe("asksDocumentContent", () => {
  it.each([
    "What was CDT's position on the ITU cybersecurity proposals?",
    "What does the CDT paper say?",
    "What did CDT's paper argue?",
    "What was the thesis of CDT's cyber paper?",
    "What view did Emma Llansó's blog post take of the ITU's role?",
    "what's the CDT paper's main argument, in a nutshell?",
    "Summarise the main points of CDT's cybersecurity paper",
    "What did CDT argue in its November 2012 comments to the ITU?",
  ])("reads %j as asking a document's content", (question) => {
    expect(asksDocumentContent(question)).toBe(true);
  });

  it.each([
    "What was Egypt's position on the Article 5A security text?",
    "What did Kramer say?",
    "What does the CDT paper say about Article 5A?",
    "When was the CDT paper released?",
    "Who wrote the CDT paper?",
  ])("does not read %j so", (question) => {
    expect(asksDocumentContent(question)).toBe(false);
  });
});

describe("the document asked and its owner", () => {
  it("names the organisation and the document it argued in", () => {
    const subject = documentAsked("What did CDT argue in its November 2012 comments to the ITU?");
    expect(subject).toBe("CDT's November 2012 comments");
    expect(documentOwner(subject as string)).toBe("CDT");
    expect(documentNouns(subject as string)).toEqual(["comments"]);
  });

  it("takes a name of several words whole, without its possessive", () => {
    expect(documentOwner("the Internet Society's WCIT briefing paper")).toBe("Internet Society");
    expect(documentOwner("the open letter")).toBeUndefined();
  });
});
