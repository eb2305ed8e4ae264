// The response contract: what the model is asked to write (one zod schema, from which the JSON
// schema sent to the server is derived) and how a reply, whole or still streaming, is read back.
import { z } from "zod";

/** One sentence of an answer, as the model must write it: every key present, quote may be null. */
export const composedSentenceSchema = z.object({
  text: z.string(),
  passage_ids: z.array(z.string()),
  quote: z.string().nullable(),
});

export const composedAnswerSchema = z.object({
  sentences: z.array(composedSentenceSchema),
  coverage: z.enum(["full", "partial", "none"]),
});

export type ComposedAnswer = z.infer<typeof composedAnswerSchema>;
export type ComposedSentence = z.infer<typeof composedSentenceSchema>;

/**
 * How a reply is read: the same shape, forgiving what servers without schema enforcement get wrong
 * in harmless ways (ids written as numbers, a missing quote, extra keys). Whether ids and quotes
 * hold up is the verifier's question, not the parser's.
 */
const lenientSentenceSchema = composedSentenceSchema.extend({
  passage_ids: z.array(z.union([z.string(), z.number()]).transform(String)),
  quote: z
    .string()
    .nullish()
    .transform((q) => q ?? null),
});
const lenientAnswerSchema = composedAnswerSchema.extend({
  sentences: z.array(lenientSentenceSchema),
});

/**
 * The `response_format.json_schema` for servers with structured outputs, derived from the zod
 * schema. OpenAI's strict mode accepts a subset of JSON Schema: every property listed in
 * `required`, `additionalProperties: false` on every object, optional values as a union with null
 * (https://platform.openai.com/docs/guides/structured-outputs#supported-schemas). zod's output-mode
 * conversion gives exactly that for these types; the `$schema` key is left out as the hand-written
 * schema before it did. tests/answer/llm-response.test.ts checks the strict-mode rules.
 */
export function answerJsonSchema() {
  const { $schema: _dialect, ...schema } = z.toJSONSchema(composedAnswerSchema, { io: "output" });
  return { name: "cited_answer", strict: true, schema };
}

/**
 * The first complete JSON object in a text: models without a JSON mode wrap it in prose or code
 * fences. Throws SyntaxError when there is none.
 */
export function extractJsonObject(text: string): unknown {
  const start = text.indexOf("{");
  if (start < 0) throw new SyntaxError("no JSON object in the reply");
  const end = endOfValue(text, start);
  if (end < 0) throw new SyntaxError("the JSON object in the reply is incomplete");
  return JSON.parse(text.slice(start, end));
}

/**
 * Where the object or array opening at `start` ends (the index after its closing bracket), or -1
 * when the text stops first. Strings are skipped, so brackets inside them do not count.
 */
function endOfValue(text: string, start: number): number {
  let depth = 0;
  let inString = false;
  let escaped = false;
  for (let i = start; i < text.length; i++) {
    const ch = text[i];
    if (inString) {
      if (escaped) escaped = false;
      else if (ch === "\\") escaped = true;
      else if (ch === '"') inString = false;
      continue;
    }
    if (ch === '"') inString = true;
    else if (ch === "{" || ch === "[") depth++;
    else if (ch === "}" || ch === "]") {
      depth--;
      if (depth === 0) return i + 1;
    }
  }
  return -1;
}

export function parseComposedAnswer(
  text: string,
): { ok: true; value: ComposedAnswer } | { ok: false; problem: string } {
  let raw: unknown;
  try {
    raw = extractJsonObject(text);
  } catch (err) {
    return { ok: false, problem: (err as Error).message };
  }
  const parsed = lenientAnswerSchema.safeParse(raw);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    return {
      ok: false,
      problem: `${issue?.path.join(".") || "(root)"}: ${issue?.message ?? "does not match the schema"}`,
    };
  }
  return { ok: true, value: parsed.data };
}

const SENTENCES_KEY = /"sentences"\s*:\s*\[/;

/**
 * The sentence objects a reply has finished so far, in order, while it is still streaming: each
 * one whose closing brace has arrived and that reads as a sentence. Tolerates a reply cut off
 * anywhere; stops at the first element that is not complete yet.
 */
export function completedSentences(partialJson: string): ComposedSentence[] {
  const key = SENTENCES_KEY.exec(partialJson);
  if (!key) return [];
  const out: ComposedSentence[] = [];
  let i = key.index + key[0].length;
  for (;;) {
    while (i < partialJson.length && /[\s,]/.test(partialJson[i] as string)) i++;
    if (partialJson[i] !== "{") return out;
    const end = endOfValue(partialJson, i);
    if (end < 0) return out;
    try {
      const sentence = lenientSentenceSchema.safeParse(JSON.parse(partialJson.slice(i, end)));
      if (sentence.success) out.push(sentence.data);
    } catch {
      // Not JSON after all: the whole reply will fail to parse, and the retry or fallback decides.
    }
    i = end;
  }
}
