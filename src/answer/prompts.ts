// Prompts live in prompts/*.md with named placeholders ({{question}}). They are checked when they
// are loaded, at start-up, so a typo in a placeholder fails there and not at the first question.
import fs from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import type { ScoredPassage, Turn } from "../types.ts";

export const DEFAULT_PROMPTS_DIR = fileURLToPath(new URL("../../prompts/", import.meta.url));

/** A line on its own in a prompt file: above it the system message, below it the user message. */
export const USER_MESSAGE_MARKER = "<!-- user message -->";

const PROMPT_SPECS = {
  answer: {
    file: "answer.md",
    placeholders: ["question", "passages", "history", "answer_guidance"],
  },
  rewrite: { file: "rewrite.md", placeholders: ["question", "history"] },
} as const;

export type PromptName = keyof typeof PROMPT_SPECS;

export interface PromptTemplate {
  file: string;
  system: string;
  user: string;
  placeholders: readonly string[];
}

export type Prompts = Record<PromptName, PromptTemplate>;

export class PromptError extends Error {
  constructor(
    message: string,
    readonly file: string,
  ) {
    super(message);
    this.name = "PromptError";
  }
}

const PLACEHOLDER = /\{\{\s*([A-Za-z_][\w-]*)\s*\}\}/g;

export function placeholdersIn(text: string): string[] {
  return [...new Set([...text.matchAll(PLACEHOLDER)].map((m) => m[1] ?? ""))];
}

/** Parses one prompt file's text; throws PromptError naming the file and the placeholder. */
export function parsePromptTemplate(
  file: string,
  text: string,
  required: readonly string[],
): PromptTemplate {
  const found = placeholdersIn(text);
  const unknown = found.filter((p) => !required.includes(p));
  if (unknown.length > 0) {
    throw new PromptError(
      `Prompt ${file} uses unknown placeholder {{${unknown[0]}}}; it may use only ${required.map((p) => `{{${p}}}`).join(", ")}.`,
      file,
    );
  }
  const missing = required.filter((p) => !found.includes(p));
  if (missing.length > 0) {
    throw new PromptError(`Prompt ${file} lacks the placeholder {{${missing[0]}}}.`, file);
  }
  const lines = text.split(/\r?\n/);
  const markerAt = lines.findIndex((l) => l.trim() === USER_MESSAGE_MARKER);
  if (markerAt < 0) {
    throw new PromptError(
      `Prompt ${file} lacks the line ${USER_MESSAGE_MARKER} that separates the instructions from the user message.`,
      file,
    );
  }
  const system = lines.slice(0, markerAt).join("\n").trim();
  const user = lines
    .slice(markerAt + 1)
    .join("\n")
    .trim();
  if (system === "" || user === "") {
    throw new PromptError(`Prompt ${file} has an empty system or user part.`, file);
  }
  return { file, system, user, placeholders: required };
}

/** Reads and checks every prompt in `dir` (default: the repository's prompts/ folder). */
export function loadPrompts(dir: string = DEFAULT_PROMPTS_DIR): Prompts {
  const load = (name: PromptName): PromptTemplate => {
    const spec = PROMPT_SPECS[name];
    const file = path.join(dir, spec.file);
    let text: string;
    try {
      text = fs.readFileSync(file, "utf8");
    } catch (cause) {
      throw new PromptError(`Cannot read prompt ${file}: ${(cause as Error).message}`, file);
    }
    return parsePromptTemplate(file, text, spec.placeholders);
  };
  return { answer: load("answer"), rewrite: load("rewrite") };
}

/** Fills placeholders in one pass, so a value that itself contains "{{…}}" is left alone. */
export function fillPlaceholders(text: string, values: Record<string, string>): string {
  return text.replace(PLACEHOLDER, (whole, name: string) => values[name] ?? whole);
}

export function renderPrompt(
  template: PromptTemplate,
  values: Record<string, string>,
): { role: "system" | "user"; content: string }[] {
  for (const p of template.placeholders) {
    if (values[p] === undefined) throw new PromptError(`No value for {{${p}}}`, template.file);
  }
  return [
    { role: "system", content: fillPlaceholders(template.system, values) },
    { role: "user", content: fillPlaceholders(template.user, values) },
  ];
}

/**
 * Material must not be able to close its own block: a document that contains "</passage>" would
 * otherwise end the block early and have the rest read as if we had written it.
 */
export function neutralizeDelimiters(text: string): string {
  return text.replace(/<(\/?)(passage|earlier-turn)\b/gi, "‹$1$2");
}

function attribute(value: string): string {
  return neutralizeDelimiters(value).replace(/"/g, "'").replace(/\s+/g, " ").trim();
}

/** The id the model cites a passage by: its 1-based rank in the prompt. */
export function promptPassageId(index: number): string {
  return `P${index + 1}`;
}

export function renderPassageBlock(scored: ScoredPassage, index: number): string {
  const { passage, document } = scored;
  const attrs = [`id="${promptPassageId(index)}"`, `title="${attribute(document.title)}"`];
  if (passage.page !== undefined) attrs.push(`page="${passage.page}"`);
  if (passage.sectionPath.length > 0)
    attrs.push(`section="${attribute(passage.sectionPath.join(" › "))}"`);
  if (document.date) attrs.push(`date="${attribute(document.date)}"`);
  return `<passage ${attrs.join(" ")}>\n${neutralizeDelimiters(passage.text.trim())}\n</passage>`;
}

export function renderPassages(passages: ScoredPassage[]): string {
  return passages.map((p, i) => renderPassageBlock(p, i)).join("\n\n");
}

/** How much of the conversation the model sees: recent turns, long answers cut short. */
export const HISTORY_TURNS = 4;
const HISTORY_ANSWER_CHARS = 800;

export function renderHistory(history: Turn[] | undefined): string {
  const turns = (history ?? []).slice(-HISTORY_TURNS);
  if (turns.length === 0) return "(none: this is the first question)";
  return turns
    .map((t, i) => {
      const answer =
        t.answer.length > HISTORY_ANSWER_CHARS
          ? `${t.answer.slice(0, HISTORY_ANSWER_CHARS)}…`
          : t.answer;
      return `<earlier-turn n="${i + 1}">\nQuestion: ${neutralizeDelimiters(t.question.trim())}\nAnswer: ${neutralizeDelimiters(answer.trim())}\n</earlier-turn>`;
    })
    .join("\n\n");
}
