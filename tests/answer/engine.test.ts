import { describe, expect, it } from "vitest";
import { createAnswerEngine } from "../../src/answer/engine.ts";
import { MAX_QUESTION_LENGTH, NOT_COVERED_TEXT } from "../../src/answer/limits.ts";
import type { LlmAnswerer, LlmComposition } from "../../src/answer/llm-contract.ts";
import { DEFAULT_SUGGESTED_QUESTIONS } from "../../src/answer/suggested.ts";
import { InvalidQuestionError } from "../../src/answer/validate-question.ts";
import { createGlossary } from "../../src/search/glossary.ts";
import type { AnswerProgress, ScoredPassage, Turn } from "../../src/types.ts";
import { engineOver, makeDocument, makePassage, overlapRetrieve } from "./fixtures.ts";

const COVERED = "What does Article 5A say about the robustness of networks?";

/** A hand-written LlmAnswerer that records its calls and answers from a script. */
function fakeLlm(compose: (passages: ScoredPassage[]) => Promise<LlmComposition> | LlmComposition) {
  const calls = {
    rewrite: [] as { question: string; history: Turn[] }[],
    compose: [] as { question: string; passages: ScoredPassage[]; streams: boolean }[],
  };
  const llm: LlmAnswerer = {
    model: "fake-model",
    async rewriteQuestion(question, history) {
      calls.rewrite.push({ question, history });
      return "What did the United Kingdom suggest instead of security in Article 5A?";
    },
    async compose(question, passages, options) {
      calls.compose.push({ question, passages, streams: options.onVerified !== undefined });
      options.onVerified?.({ text: "The UK suggested robustness [1].", citations: [] });
      return compose(passages);
    },
  };
  return { llm, calls };
}

function okComposition(passages: ScoredPassage[]): LlmComposition {
  const first = passages[0];
  if (!first) throw new Error("no passages");
  return {
    ok: true,
    text: "Article 5A asks states to ensure security and robustness. [1]",
    citations: [
      {
        n: 1,
        passageId: first.passage.id,
        documentId: first.document.id,
        title: first.document.title,
        quote: "robustness",
      },
    ],
    coverage: "full",
    verification: { kept: 1, dropped: 0 },
    usage: { promptTokens: 900, completionTokens: 40, source: "api" },
  };
}

function recordingLog() {
  const errors: unknown[] = [];
  const log = {
    error: (obj: unknown) => errors.push(obj),
    warn: () => {},
    info: () => {},
    debug: () => {},
  } as unknown as import("../../src/log.ts").Logger;
  return { log, errors };
}

/** An engine whose retrieval finds one passage of `document`, holding `text`. */
function engineOnPassage(
  document: ReturnType<typeof makeDocument>,
  text: string,
  deps: Omit<Parameters<typeof createAnswerEngine>[0], "retrieve"> = {},
) {
  const passage = makePassage(document, 0, text);
  return createAnswerEngine({
    retrieve: overlapRetrieve([{ passage, document, score: 1 }]),
    ...deps,
  });
}

describe("answer engine, extractive mode", () => {
  it("answers a covered question with cited sentences and fills the bookkeeping", async () => {
    let clock = 1_000;
    const engine = createAnswerEngine({ retrieve: overlapRetrieve(), now: () => (clock += 25) });
    expect(engine.mode).toBe("extractive");
    const answer = await engine.answer(`  ${COVERED}  `);
    expect(answer.question).toBe(COVERED);
    expect(answer.searchQuery).toBe(COVERED);
    expect(answer.mode).toBe("extractive");
    expect(answer.coverage).not.toBe("none");
    expect(answer.citations.length).toBeGreaterThan(0);
    expect(answer.passages.length).toBeGreaterThan(0);
    expect(answer.verification).toEqual({ kept: 0, dropped: 0 });
    expect(answer.closestSources).toEqual([]);
    expect(answer.fallbackReason).toBeUndefined();
    expect(answer.latencyMs).toBe(25);
    // The label belongs to the surfaces: the text is only the cited sentences.
    expect(answer.text).not.toMatch(/extractive/i);
  });

  it("reads a name the question capitalises as that name, not the same word in lower case", async () => {
    const scored = (id: string, heading: string, text: string, score: number): ScoredPassage => {
      const document = makeDocument({ id, title: "Reactions to the final text" });
      const passage = makePassage(document, 1, `${heading}. ${text}`, { sectionPath: [heading] });
      return { passage, document, score };
    };
    const rightOf = scored(
      "note-services",
      "The services clause",
      "The final text gives states a right of access to international services. Delegates voted on the access clause of the final text.",
      1,
    );
    const verdict = scored(
      "note-verdict",
      "Afterwards",
      "After the conference, Access called the final text a mixed result. The worst proposals had been dropped, but vague clauses remained.",
      0.85,
    );
    const engine = engineOver([rightOf, verdict]);
    const answer = await engine.answer("What did Access call the final text?");
    expect(answer.citations[0]?.documentId).toBe("note-verdict");
  });

  it("says the corpus does not cover a question below the floor and lists the closest sources", async () => {
    const engine = createAnswerEngine({ retrieve: overlapRetrieve() });
    const answer = await engine.answer(
      "What did WCIT decide about 5G spectrum auctions for networks?",
    );
    expect(answer.coverage).toBe("none");
    expect(answer.text).toBe(NOT_COVERED_TEXT);
    expect(answer.citations).toEqual([]);
    // The nearest documents, each once, best first: "WCIT" is in the paper's title, "networks" in the note.
    expect(answer.closestSources.map((s) => s.documentId)).toEqual(["cdt-paper", "note-security"]);
    expect(answer.closestSources[0]).toEqual({
      documentId: "cdt-paper",
      title: "Cybersecurity and ITU WCIT Proposals",
      url: "https://example.org/files/paper.pdf",
    });
  });

  it("refuses a question nothing matches, with no sources to list", async () => {
    const answer = await createAnswerEngine({ retrieve: overlapRetrieve() }).answer(
      "How do I make a lasagne?",
    );
    expect(answer.coverage).toBe("none");
    expect(answer.closestSources).toEqual([]);
  });

  it("rejects empty and over-long questions with messages for the user", async () => {
    const engine = createAnswerEngine({ retrieve: overlapRetrieve() });
    await expect(engine.answer("   \n ")).rejects.toThrow(InvalidQuestionError);
    await expect(engine.answer("")).rejects.toThrow(/Ask a question/);
    const long = "why ".repeat(MAX_QUESTION_LENGTH);
    await expect(engine.answer(long)).rejects.toThrow(/limit is 2,000/);
    await expect(engine.search(" ")).rejects.toThrow(InvalidQuestionError);
  });

  it("reports how many passages it is reading before it answers", async () => {
    const progress: unknown[] = [];
    const answer = await createAnswerEngine({ retrieve: overlapRetrieve() }).answer(COVERED, {
      onProgress: (p) => progress.push(p),
    });
    expect(progress).toEqual([{ stage: "retrieved", passages: answer.passages.length }]);
    expect(answer.passages.length).toBeGreaterThan(0);
  });

  it("reads a follow-up after the thread's last question when there is no model", async () => {
    const engine = createAnswerEngine({ retrieve: overlapRetrieve() });
    const followUp = "What else does it say?";
    expect((await engine.answer(followUp)).coverage).toBe("none");
    const answer = await engine.answer(followUp, {
      history: [{ question: COVERED, answer: "Article 5A asks states to ensure robustness. [1]" }],
    });
    expect(answer.searchQuery).toBe(`${COVERED} ${followUp}`);
    expect(answer.coverage).not.toBe("none");
    expect(answer.citations.length).toBeGreaterThan(0);
  });

  it("reads a question's slips as corrected for retrieval and coverage, and a follow-up's earlier question too", async () => {
    const slip = "What does Article 5A say about the robsutness of networks?";
    // As the index reads it (spelling.ts); here, the one slip of this test.
    const correctSpelling = (question: string) =>
      question.includes("robsutness")
        ? {
            text: question.replace("robsutness", "robustness"),
            corrections: [{ from: "robsutness", to: "robustness" }],
          }
        : { text: question, corrections: [] };
    const engine = createAnswerEngine({ retrieve: overlapRetrieve(), correctSpelling });
    const answer = await engine.answer(slip);
    expect(answer).toMatchObject({
      question: slip,
      searchQuery: COVERED,
      corrections: [{ from: "robsutness", to: "robustness" }],
    });
    expect(answer.coverage).not.toBe("none");
    // The earlier turn's slip was said with its answer; the follow-up reads it corrected, silently.
    const followUp = await engine.answer("What else does it say?", {
      history: [{ question: slip, answer: "Article 5A asks states to ensure robustness. [1]" }],
    });
    expect(followUp.searchQuery).toBe(`${COVERED} What else does it say?`);
    expect(followUp.corrections).toBeUndefined();
    expect(followUp.coverage).not.toBe("none");
  });

  it("reads a follow-up of verbs only as about the earlier question's topic", async () => {
    const engine = createAnswerEngine({ retrieve: overlapRetrieve() });
    const history = [
      { question: COVERED, answer: "Article 5A asks states to ensure robustness. [1]" },
    ];
    // Four verbs of its own and nothing they are about: the earlier question's topic is the topic.
    // (Not "who drafted": a drafter asked must be told by the place, `tellsAuthorship`, and this
    // one names none.)
    for (const followUp of [
      "Who debated, amended, approved and signed it?",
      "Why was it drafted, amended, approved and signed?",
    ]) {
      const answer = await engine.answer(followUp, { history });
      expect(answer.coverage).not.toBe("none");
      expect(answer.citations[0]?.documentId).toBe("note-security");
    }
  });

  it("refuses 'what did X tell…' where X only spoke, answers where X's words are reported", async () => {
    const document = makeDocument({ id: "note-opening", title: "The opening session" });
    const engineOn = (text: string) => engineOnPassage(document, text);
    const question = "What did Ana Oliveira tell delegates at the opening?";
    const spoke = await engineOn(
      "At the opening the chair and Ana Oliveira both addressed delegates.",
    ).answer(question);
    expect(spoke.coverage).toBe("none");
    const told = await engineOn(
      "At the opening Ana Oliveira told delegates that the old rules had served them well.",
    ).answer(question);
    expect(told.coverage).not.toBe("none");
  });

  it("answers 'which country' with a country only its glossary knows", async () => {
    const document = makeDocument({ id: "note-host", title: "The host" });
    const retrieve = overlapRetrieve([
      {
        passage: makePassage(document, 0, "The UAE's regulator hosted the talks in December."),
        document,
        score: 1,
      },
    ]);
    const glossary = createGlossary([
      { id: "uae", variants: ["UAE", "United Arab Emirates"], demonyms: ["Emirati"] },
    ]);
    const question = "Which country hosted the talks in December?";
    expect((await createAnswerEngine({ retrieve }).answer(question)).coverage).toBe("none");
    const answer = await createAnswerEngine({ retrieve, glossary }).answer(question);
    expect(answer.coverage).not.toBe("none");
  });

  it("meets a demonym in the acronym its glossary entry also finds, written in capitals", async () => {
    const document = makeDocument({ id: "note-us", title: "Positions" });
    const glossary = createGlossary([
      { id: "us", variants: ["United States"], alsoFinds: ["US"], demonyms: ["Washington"] },
    ]);
    const engineOn = (text: string) => engineOnPassage(document, text, { glossary });
    const question = "What did Washington want on roaming charges?";
    const us = await engineOn("The US wanted roaming charges left to operators.").answer(question);
    expect(us.coverage).not.toBe("none");
    const pronoun = await engineOn("They told us roaming charges should be left to operators.");
    expect((await pronoun.answer(question)).coverage).toBe("none");
  });

  it("searches without answering, k passages at most", async () => {
    const engine = createAnswerEngine({ retrieve: overlapRetrieve() });
    const { passages, corrections } = await engine.search("Article 5A robustness networks", {
      k: 1,
    });
    expect(passages).toHaveLength(1);
    expect(passages[0]?.document.id).toBe("note-security");
    expect(corrections).toEqual([]);
  });

  it("offers the given suggested questions, else its defaults", () => {
    expect(
      createAnswerEngine({
        retrieve: overlapRetrieve(),
        suggested: ["Mine?"],
      }).suggestedQuestions(),
    ).toEqual(["Mine?"]);
    expect(createAnswerEngine({ retrieve: overlapRetrieve() }).suggestedQuestions()).toEqual(
      DEFAULT_SUGGESTED_QUESTIONS,
    );
  });
});

describe("answer engine, LLM seam", () => {
  it("uses an ok LLM answer as it is, reporting the verified text as progress", async () => {
    const { llm, calls } = fakeLlm(okComposition);
    const engine = createAnswerEngine({ retrieve: overlapRetrieve(), llm });
    expect(engine.mode).toBe("llm");
    const progress: AnswerProgress[] = [];
    const answer = await engine.answer(COVERED, { onProgress: (p) => progress.push(p) });
    expect(answer.mode).toBe("llm");
    expect(answer.text).toBe("Article 5A asks states to ensure security and robustness. [1]");
    expect(answer.verification).toEqual({ kept: 1, dropped: 0 });
    expect(answer.usage).toEqual({ promptTokens: 900, completionTokens: 40, source: "api" });
    expect(progress).toEqual([
      { stage: "retrieved", passages: expect.any(Number) },
      { stage: "verified", text: "The UK suggested robustness [1].", citations: [] },
    ]);
    expect(calls.compose[0]?.streams).toBe(true);
    expect(calls.rewrite).toHaveLength(0);
  });

  it("falls back to extractive with the LLM's reason when it returns ok:false", async () => {
    const { llm } = fakeLlm(() => ({
      ok: false,
      reason: "No sentence of the model's answer survived citation checks.",
      verification: { kept: 0, dropped: 3 },
      usage: { promptTokens: 800, completionTokens: 90, source: "api" },
    }));
    const answer = await createAnswerEngine({ retrieve: overlapRetrieve(), llm }).answer(COVERED);
    expect(answer.mode).toBe("extractive");
    expect(answer.fallbackReason).toBe(
      "No sentence of the model's answer survived citation checks.",
    );
    expect(answer.verification).toEqual({ kept: 0, dropped: 3 });
    expect(answer.usage?.promptTokens).toBe(800);
    expect(answer.citations.length).toBeGreaterThan(0);
  });

  it("falls back to extractive with a reason, and logs, when the LLM throws", async () => {
    const { llm } = fakeLlm(() => {
      throw Object.assign(new Error("boom"), { name: "RateLimitError", status: 429 });
    });
    const { log, errors } = recordingLog();
    const answer = await createAnswerEngine({ retrieve: overlapRetrieve(), llm, log }).answer(
      COVERED,
    );
    expect(answer.mode).toBe("extractive");
    expect(answer.fallbackReason).toMatch(/RateLimitError, HTTP 429/);
    expect(answer.coverage).not.toBe("none");
    expect(errors).toHaveLength(1);
  });

  it("rewrites a follow-up for retrieval only when there is history", async () => {
    const { llm, calls } = fakeLlm(okComposition);
    const seen: string[] = [];
    const inner = overlapRetrieve();
    const retrieve = async (q: string, k: number) => {
      seen.push(q);
      return inner(q, k);
    };
    const engine = createAnswerEngine({ retrieve, llm });
    const history = [
      { question: "What is Article 5A?", answer: "It is the security article. [1]" },
    ];
    const followUp = await engine.answer("What did the UK suggest instead?", { history });
    expect(calls.rewrite).toEqual([{ question: "What did the UK suggest instead?", history }]);
    expect(followUp.question).toBe("What did the UK suggest instead?");
    expect(followUp.searchQuery).toBe(
      "What did the United Kingdom suggest instead of security in Article 5A?",
    );
    expect(seen).toEqual([followUp.searchQuery]);

    await engine.answer(COVERED);
    expect(calls.rewrite).toHaveLength(1);
    expect(seen[1]).toBe(COVERED);
  });

  it("skips the LLM entirely when extractive mode is forced", async () => {
    const { llm, calls } = fakeLlm(okComposition);
    const answer = await createAnswerEngine({ retrieve: overlapRetrieve(), llm }).answer(COVERED, {
      forceExtractive: true,
      history: [{ question: "q", answer: "a" }],
    });
    expect(answer.mode).toBe("extractive");
    expect(answer.fallbackReason).toBeUndefined();
    expect(calls.compose).toHaveLength(0);
    expect(calls.rewrite).toHaveLength(0);
  });

  it("gives up instead of falling back when the caller aborted", async () => {
    const controller = new AbortController();
    const { llm } = fakeLlm(() => {
      controller.abort(new Error("user went away"));
      throw new Error("request aborted");
    });
    const engine = createAnswerEngine({ retrieve: overlapRetrieve(), llm });
    await expect(engine.answer(COVERED, { signal: controller.signal })).rejects.toThrow(
      "user went away",
    );
  });

  it("does not call the LLM below the relevance floor", async () => {
    const { llm, calls } = fakeLlm(okComposition);
    const answer = await createAnswerEngine({ retrieve: overlapRetrieve(), llm }).answer(
      "How do I make a lasagne?",
    );
    expect(answer.coverage).toBe("none");
    expect(calls.compose).toHaveLength(0);
  });
});
