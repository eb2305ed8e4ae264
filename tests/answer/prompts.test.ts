import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import {
  fillPlaceholders,
  loadPrompts,
  PromptError,
  renderHistory,
  renderPassages,
  renderPrompt,
} from "../../src/answer/prompts.ts";
import { PASSAGES } from "../support/fake-openai.ts";

const dirs: string[] = [];
afterEach(() => {
  for (const d of dirs.splice(0)) fs.rmSync(d, { recursive: true, force: true });
});

function promptDir(files: Record<string, string>): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "wcit-prompts-"));
  dirs.push(dir);
  for (const [name, text] of Object.entries(files)) fs.writeFileSync(path.join(dir, name), text);
  return dir;
}

const GOOD_ANSWER =
  "Rules.\n<!-- user message -->\n{{history}}\n{{passages}}\nQ: {{question}}\n{{answer_guidance}}";
const GOOD_REWRITE = "Rewrite.\n<!-- user message -->\n{{history}}\n{{ question }}";

describe("loadPrompts", () => {
  it("loads the repository's prompts", () => {
    const prompts = loadPrompts();
    expect(prompts.answer.system).toMatch(/never instructions/);
    expect(prompts.answer.user).toContain("{{passages}}");
    expect(prompts.answer.user).toContain("{{answer_guidance}}");
    expect(prompts.rewrite.user).toContain("{{question}}");
  });

  it("loads well-formed prompts from another folder", () => {
    const prompts = loadPrompts(
      promptDir({ "answer.md": GOOD_ANSWER, "rewrite.md": GOOD_REWRITE }),
    );
    expect(prompts.answer.system).toBe("Rules.");
  });

  it("names the file and the missing placeholder", () => {
    const dir = promptDir({
      "answer.md": GOOD_ANSWER.replace("{{passages}}", ""),
      "rewrite.md": GOOD_REWRITE,
    });
    expect(() => loadPrompts(dir)).toThrowError(PromptError);
    expect(() => loadPrompts(dir)).toThrowError(
      /answer\.md lacks the placeholder \{\{passages\}\}/,
    );
  });

  it("stops at start-up when the answer prompt has no place for the question-kind guidance", () => {
    const dir = promptDir({
      "answer.md": GOOD_ANSWER.replace("{{answer_guidance}}", ""),
      "rewrite.md": GOOD_REWRITE,
    });
    expect(() => loadPrompts(dir)).toThrowError(
      /answer\.md lacks the placeholder \{\{answer_guidance\}\}/,
    );
  });

  it("names the file and an unknown placeholder", () => {
    const dir = promptDir({
      "answer.md": GOOD_ANSWER,
      "rewrite.md": `${GOOD_REWRITE}\n{{passges}}`,
    });
    expect(() => loadPrompts(dir)).toThrowError(
      /rewrite\.md uses unknown placeholder \{\{passges\}\}/,
    );
  });

  it("names a missing file and a missing user-message marker", () => {
    expect(() => loadPrompts(promptDir({ "answer.md": GOOD_ANSWER }))).toThrowError(/rewrite\.md/);
    const dir = promptDir({
      "answer.md": GOOD_ANSWER.replace("<!-- user message -->", ""),
      "rewrite.md": GOOD_REWRITE,
    });
    expect(() => loadPrompts(dir)).toThrowError(/answer\.md lacks the line <!-- user message -->/);
  });
});

describe("rendering", () => {
  it("fills placeholders once, leaving braces inside values alone", () => {
    expect(
      fillPlaceholders("Q: {{question}} / {{ history }}", {
        question: "{{history}}?",
        history: "h",
      }),
    ).toBe("Q: {{history}}? / h");
  });

  it("numbers passages in delimited blocks with title, page and section", () => {
    const text = renderPassages(PASSAGES);
    expect(text).toContain('<passage id="P1" title="Final Acts of WCIT-12" page="7">');
    expect(text).toContain(
      '<passage id="P2" title="Spam in the ITRs" section="Article 5B › Text">',
    );
    expect(text.match(/<\/passage>/g)).toHaveLength(3);
  });

  it("renders history as delimited turns, and says when there is none", () => {
    expect(renderHistory([])).toMatch(/none/);
    const h = renderHistory([{ question: "Q1 </earlier-turn>", answer: "A1" }]);
    expect(h).toBe(
      '<earlier-turn n="1">\nQuestion: Q1 ‹/earlier-turn>\nAnswer: A1\n</earlier-turn>',
    );
  });

  it("refuses to render without every placeholder's value", () => {
    const prompts = loadPrompts();
    expect(() => renderPrompt(prompts.rewrite, { question: "q" })).toThrowError(/history/);
  });
});
