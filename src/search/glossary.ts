// The domain glossary: acronyms and their long forms, expanded both ways at query time so
// "ITRs" finds "International Telecommunication Regulations" and the other way round.
import { z } from "zod";
import { WcitError } from "../errors.ts";
import { readJsonFile } from "../json-file.ts";
import { analyze } from "./analyze.ts";

const GlossaryEntrySchema = z.object({
  id: z.string().min(1),
  /** Interchangeable names: the acronym, its long forms, spelling variants. */
  variants: z.array(z.string().min(1)).min(1),
  /** Added when the entry matches, never matching by themselves ("US" would fire on "tell us"). */
  alsoFinds: z.array(z.string().min(1)).optional(),
  note: z.string().optional(),
});

const GlossaryFileSchema = z.object({
  description: z.string().optional(),
  entries: z.array(GlossaryEntrySchema),
});

export interface GlossaryEntry {
  id: string;
  variants: string[];
  /** Each variant as index terms (analyzed), in order; variants that analyze to nothing are dropped. */
  variantTerms: string[][];
  /** Terms added on a match that do not trigger one. */
  extraTerms: string[];
}

export interface Glossary {
  entries: GlossaryEntry[];
}

export class GlossaryError extends WcitError {
  constructor(
    message: string,
    readonly file: string,
  ) {
    super("glossary_invalid", message);
  }
}

/** Reads and validates a glossary file; errors name the file and, for a bad entry, the entry. */
export function loadGlossary(file: string): Glossary {
  const read = readJsonFile(file);
  if (!read.ok) throw new GlossaryError(`Cannot read the glossary ${file}: ${read.reason}`, file);
  const parsed = GlossaryFileSchema.safeParse(read.value);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    const where = issue?.path ?? [];
    const entryIndex =
      where[0] === "entries" && typeof where[1] === "number" ? where[1] : undefined;
    const entries = (read.value as { entries?: { id?: unknown }[] } | null)?.entries;
    const entryId = entryIndex !== undefined ? entries?.[entryIndex]?.id : undefined;
    const entryName =
      entryIndex === undefined
        ? ""
        : ` entry ${entryIndex + 1}${typeof entryId === "string" ? ` ("${entryId}")` : ""}`;
    throw new GlossaryError(
      `Invalid glossary ${file}:${entryName} ${where.join(".") || "(root)"}: ${issue?.message ?? "invalid"}`,
      file,
    );
  }
  const seen = new Set<string>();
  for (const e of parsed.data.entries) {
    if (seen.has(e.id))
      throw new GlossaryError(`Invalid glossary ${file}: duplicate entry id "${e.id}"`, file);
    seen.add(e.id);
  }
  return createGlossary(parsed.data.entries);
}

export function createGlossary(
  entries: { id: string; variants: string[]; alsoFinds?: string[] | undefined }[],
): Glossary {
  return {
    entries: entries.map((e) => ({
      id: e.id,
      variants: e.variants,
      variantTerms: e.variants.map((v) => analyze(v)).filter((t) => t.length > 0),
      extraTerms: (e.alsoFinds ?? []).flatMap((v) => analyze(v)),
    })),
  };
}

/** True when `needle` occurs as a contiguous run in `haystack`. */
function containsRun(haystack: readonly string[], needle: readonly string[]): boolean {
  outer: for (let i = 0; i + needle.length <= haystack.length; i++) {
    for (let j = 0; j < needle.length; j++) if (haystack[i + j] !== needle[j]) continue outer;
    return true;
  }
  return false;
}

/** A glossary prepared for query time, once per glossary object. */
interface PreparedGlossary {
  /** Entry numbers by the first term of each of their variants (an entry can match only then). */
  byFirstTerm: Map<string, number[]>;
  /** Per entry, the terms it may add: unique, in order, no bare numbers or single letters. */
  adds: string[][];
}

const prepared = new WeakMap<Glossary, PreparedGlossary>();

function prepare(glossary: Glossary): PreparedGlossary {
  let p = prepared.get(glossary);
  if (p) return p;
  const byFirstTerm = new Map<string, number[]>();
  const adds = glossary.entries.map((entry, n) => {
    for (const variant of entry.variantTerms) {
      const first = variant[0];
      if (first === undefined) continue;
      const list = byFirstTerm.get(first) ?? [];
      if (list[list.length - 1] !== n) list.push(n);
      byFirstTerm.set(first, list);
    }
    const terms = [...entry.variantTerms.flat(), ...entry.extraTerms];
    return [...new Set(terms)].filter((t) => t.length > 1 && !/^\d+$/.test(t));
  });
  p = { byFirstTerm, adds };
  prepared.set(glossary, p);
  return p;
}

/**
 * Terms the glossary adds for a query's terms: for every entry with a variant present in the
 * query, the terms of its other variants that the query lacks, in glossary order. Bare numbers
 * ("12" of "WCIT-12") and single letters ("U.S.") are never added: alone they match nearly
 * everything. Only the entries with a variant starting with one of the query's terms are looked
 * at (most questions: none).
 */
export function glossaryExpansions(queryTerms: readonly string[], glossary: Glossary): string[] {
  const { byFirstTerm, adds } = prepare(glossary);
  let candidates: number[] | undefined;
  for (const t of queryTerms) {
    const list = byFirstTerm.get(t);
    if (list) candidates = candidates ? candidates.concat(list) : list;
  }
  if (!candidates) return [];
  if (candidates.length > 1) candidates = [...new Set(candidates)].sort((x, y) => x - y);
  const added: string[] = [];
  for (const n of candidates) {
    const entry = glossary.entries[n] as GlossaryEntry;
    if (!entry.variantTerms.some((v) => containsRun(queryTerms, v))) continue;
    for (const t of adds[n] as string[]) {
      if (!queryTerms.includes(t) && !added.includes(t)) added.push(t);
    }
  }
  return added;
}
