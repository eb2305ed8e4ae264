import { describe, expect, it } from "vitest";
import {
  answerJsonSchema,
  completedSentences,
  parseComposedAnswer,
} from "../../src/answer/llm-response.ts";

type JsonSchema = {
  type?: string | string[];
  properties?: Record<string, JsonSchema>;
  required?: string[];
  additionalProperties?: boolean;
  items?: JsonSchema;
  anyOf?: JsonSchema[];
  [key: string]: unknown;
};

/** Every object node of a schema, nested ones included. */
function objectNodes(node: JsonSchema): JsonSchema[] {
  const out: JsonSchema[] = node.type === "object" ? [node] : [];
  for (const child of [
    ...Object.values(node.properties ?? {}),
    ...(node.items ? [node.items] : []),
    ...(node.anyOf ?? []),
  ])
    out.push(...objectNodes(child));
  return out;
}

describe("answerJsonSchema", () => {
  it("is derived from the zod schema and meets OpenAI's strict structured-output rules", () => {
    const { name, strict, schema } = answerJsonSchema();
    expect(name).toBe("cited_answer");
    expect(strict).toBe(true);
    const root = schema as JsonSchema;
    expect(root.type).toBe("object");
    expect(root).not.toHaveProperty("$schema");
    const objects = objectNodes(root);
    expect(objects.length).toBe(2);
    for (const node of objects) {
      // All properties required, no extra keys.
      expect(node.additionalProperties).toBe(false);
      expect([...(node.required ?? [])].sort()).toEqual(Object.keys(node.properties ?? {}).sort());
    }
    const sentence = root.properties?.sentences?.items;
    expect(sentence?.properties?.quote?.type).toEqual(["string", "null"]);
    expect(sentence?.properties?.passage_ids).toEqual({ type: "array", items: { type: "string" } });
    expect(root.properties?.coverage).toEqual({
      type: "string",
      enum: ["full", "partial", "none"],
    });
  });
});

describe("parseComposedAnswer", () => {
  it("forgives numeric ids and a missing quote; the verifier judges them", () => {
    const result = parseComposedAnswer(
      'Sure: {"sentences": [{"text": "A.", "passage_ids": [2]}], "coverage": "partial"}',
    );
    expect(result).toEqual({
      ok: true,
      value: { sentences: [{ text: "A.", passage_ids: ["2"], quote: null }], coverage: "partial" },
    });
  });

  it("names what is wrong with a reply that does not fit", () => {
    expect(parseComposedAnswer('{"sentences": "nope", "coverage": "full"}')).toMatchObject({
      ok: false,
      problem: expect.stringMatching(/^sentences: /),
    });
    expect(parseComposedAnswer("no json")).toMatchObject({ ok: false });
  });
});

describe("completedSentences", () => {
  const full = JSON.stringify({
    coverage: "full",
    sentences: [
      { text: 'A "quoted" } brace.', passage_ids: ["P1"], quote: "q [one]" },
      { text: "Second été.", passage_ids: [2], quote: null },
    ],
  });

  it("returns each sentence once its object is closed, whatever the cut", () => {
    const firstEnds = full.indexOf("}", full.indexOf("q [one]")) + 1;
    for (let i = 0; i <= full.length; i++) {
      const done = completedSentences(full.slice(0, i));
      const expected = i >= full.lastIndexOf("}", full.length - 3) + 1 ? 2 : i >= firstEnds ? 1 : 0;
      expect(done.length, `cut at ${i}`).toBe(expected);
    }
    expect(completedSentences(full)).toEqual([
      { text: 'A "quoted" } brace.', passage_ids: ["P1"], quote: "q [one]" },
      { text: "Second été.", passage_ids: ["2"], quote: null },
    ]);
  });

  it("finds nothing before the sentences array starts", () => {
    expect(completedSentences('{"coverage": "full", "sent')).toEqual([]);
    expect(completedSentences("")).toEqual([]);
  });
});
