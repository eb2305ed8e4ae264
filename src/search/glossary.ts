// The domain glossary: acronyms and their long forms, expanded both ways at query time so
// "ITRs" finds "International Telecommunication Regulations" and the other way round.
import { z } from "zod";
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

export class GlossaryError extends Error {
  constructor(
    message: string,
    readonly file: string,
  ) {
    super(message);
    this.name = "GlossaryError";
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

/**
 * Terms the glossary adds for a query's terms: for every entry with a variant present in the
 * query, the terms of its other variants that the query lacks. Bare numbers ("12" of "WCIT-12")
 * and single letters ("U.S.") are never added: alone they match nearly everything.
 */
export function glossaryExpansions(queryTerms: readonly string[], glossary: Glossary): string[] {
  const present = new Set(queryTerms);
  const added = new Set<string>();
  for (const entry of glossary.entries) {
    if (!entry.variantTerms.some((v) => containsRun(queryTerms, v))) continue;
    for (const t of [...entry.variantTerms.flat(), ...entry.extraTerms]) {
      if (!present.has(t) && t.length > 1 && !/^\d+$/.test(t)) added.add(t);
    }
  }
  return [...added];
}
