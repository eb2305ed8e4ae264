// The domain glossary: acronyms and their long forms, expanded both ways at query time so
// "ITRs" finds "International Telecommunication Regulations" and the other way round; and
// demonyms, expanded one way, so "Russian" finds "Russia" and "American" finds "United States".
// A country's capital and its people's names that WordNet has and the file lacks are added to its
// demonyms on loading ("Stockholm" finds "Sweden": place-names.ts).
import { z } from "zod";
import { WcitError } from "../errors.ts";
import { readJsonFile } from "../json-file.ts";
import { analyze } from "./analyze.ts";
import { type EntryInput, namesAPlace, withPlaceNames } from "./place-names.ts";

const GlossaryEntrySchema = z.object({
  id: z.string().min(1),
  /** Interchangeable names: the acronym, its long forms, spelling variants. */
  variants: z.array(z.string().min(1)).min(1),
  /** Added when the entry matches, never matching by themselves ("US" would fire on "tell us"). */
  alsoFinds: z.array(z.string().min(1)).optional(),
  /**
   * Words for the entry's people or its adjective ("Russian", "American"): one way, they find
   * the entry's variants, but a variant does not add them ("United States" must not find the
   * "Inter-American" commission). A demonym inside a longer name the question uses ("South
   * African", "United Arab Emirates", "European Commission") does not count. Put a demonym in
   * `variants` instead when name and adjective are interchangeable both ways in the corpus.
   */
  demonyms: z.array(z.string().min(1)).optional(),
  /**
   * An analyst's everyday words for what the entry names ("team" for a delegation): one way, as a demonym does, they find the entry's variants, but a variant does not
   * add them (the corpus's "delegation" is not asked as "team"). Unlike a demonym they name no
   * country or region.
   */
  everyday: z.array(z.string().min(1)).optional(),
  note: z.string().optional(),
});

const GlossaryFileSchema = z.object({
  description: z.string().optional(),
  entries: z.array(GlossaryEntrySchema),
});

interface GlossaryEntry {
  id: string;
  variants: string[];
  /** Each variant as index terms (analyzed), in order; variants that analyze to nothing are dropped. */
  variantTerms: string[][];
  /** Terms added on a match that do not trigger one. */
  extraTerms: string[];
  /** Those names as written ("US"): an acronym among them is met only in capitals. */
  alsoFinds: string[];
  /**
   * Each demonym as index terms: they trigger the entry (adding its variants) but are never
   * added themselves. Not alternatives of the variants, so `variantTerms` stays the list of
   * interchangeable names.
   */
  demonymTerms: string[][];
  /** Each everyday word for the entry as index terms: they trigger the entry, never added. */
  everydayTerms: string[][];
  /** The demonyms as written ("Russian", "Moscow"), for reading names typed in lower case. */
  demonyms: string[];
  /** The demonyms that are places (a capital: "Moscow", "Brussels"), as index terms. */
  capitalTerms: string[][];
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
  return createGlossary(withPlaceNames(parsed.data.entries));
}

export function createGlossary(entries: EntryInput[]): Glossary {
  return {
    entries: entries.map((e) => ({
      id: e.id,
      variants: e.variants,
      variantTerms: e.variants.map((v) => analyze(v)).filter((t) => t.length > 0),
      extraTerms: (e.alsoFinds ?? []).flatMap((v) => analyze(v)),
      alsoFinds: e.alsoFinds ?? [],
      demonymTerms: (e.demonyms ?? []).map((v) => analyze(v)).filter((t) => t.length > 0),
      everydayTerms: (e.everyday ?? []).map((v) => analyze(v)).filter((t) => t.length > 0),
      demonyms: e.demonyms ?? [],
      capitalTerms: (e.demonyms ?? [])
        .filter(namesAPlace)
        .map((v) => analyze(v))
        .filter((t) => t.length > 0),
    })),
  };
}

/** A name the glossary knows, as written, and whether it names a place with people of its own. */
export interface GlossaryName {
  written: string;
  /** Its entry has demonyms: a country, a region or a union ("UK", "Britain", "London"). */
  place: boolean;
}

/**
 * Every name of the glossary as written (variants, `alsoFinds`, demonyms; not the everyday words,
 * which are plain English): the names a question typed in lower case may mean (spelling.ts).
 */
export function glossaryNames(glossary: Glossary): GlossaryName[] {
  return glossary.entries.flatMap((e) => {
    const place = e.demonyms.length > 0;
    return [...e.variants, ...e.alsoFinds, ...e.demonyms].map((written) => ({ written, place }));
  });
}

/** Start positions of every contiguous run of `needle` in `haystack`. */
function runsOf(haystack: readonly string[], needle: readonly string[]): number[] {
  const out: number[] = [];
  outer: for (let i = 0; i + needle.length <= haystack.length; i++) {
    for (let j = 0; j < needle.length; j++) if (haystack[i + j] !== needle[j]) continue outer;
    out.push(i);
  }
  return out;
}

/** A glossary prepared for query time, once per glossary object. */
interface PreparedGlossary {
  /**
   * Entry numbers by the first term of each of their variants and demonyms (an entry can match
   * only then).
   */
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
    for (const form of [...entry.variantTerms, ...entry.demonymTerms, ...entry.everydayTerms]) {
      const first = form[0];
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

/** Where a name of an entry occurs in the query's terms. */
interface NameMatch {
  entry: number;
  start: number;
  end: number;
}

/**
 * The entries whose demonym counts: a demonym counts unless a longer name of another entry covers
 * it ("south african" is South Africa's, not Africa's; "united arab emirates" holds no Arab
 * demonym), or it describes an entry the question names by a variant ("European CEPT members":
 * CEPT's long form is European, so the adjective says nothing about Europe or the EU).
 */
function demonymsThatCount(
  queryTerms: readonly string[],
  glossary: Glossary,
  named: ReadonlySet<number>,
  demonyms: readonly NameMatch[],
): number[] {
  const names: NameMatch[] = [...demonyms];
  for (const n of named) {
    for (const v of (glossary.entries[n] as GlossaryEntry).variantTerms) {
      for (const start of runsOf(queryTerms, v))
        names.push({ entry: n, start, end: start + v.length });
    }
  }
  const out: number[] = [];
  for (const d of demonyms) {
    const run = queryTerms.slice(d.start, d.end);
    const covered =
      names.some(
        (o) =>
          o.entry !== d.entry &&
          o.start <= d.start &&
          o.end >= d.end &&
          o.end - o.start > d.end - d.start,
      ) ||
      [...named].some((n) =>
        (glossary.entries[n] as GlossaryEntry).variantTerms.some((v) => runsOf(v, run).length > 0),
      );
    if (!covered) out.push(d.entry);
  }
  return out;
}

/**
 * Terms the glossary adds for a query's terms: for every entry with a variant present in the
 * query, or a demonym present that is not part of a longer name the query uses, the terms of its
 * variants (and `alsoFinds`) that the query lacks, in glossary order. Bare numbers ("12" of
 * "WCIT-12") and single letters ("U.S.") are never added: alone they match nearly everything.
 * Only the entries with a variant or demonym starting with one of the query's terms are looked at
 * (most questions: none).
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
  const matched = new Set<number>();
  let demonyms: NameMatch[] | undefined;
  for (const n of candidates) {
    const entry = glossary.entries[n] as GlossaryEntry;
    if (
      entry.variantTerms.some((v) => runsOf(queryTerms, v).length > 0) ||
      entry.everydayTerms.some((v) => runsOf(queryTerms, v).length > 0)
    ) {
      matched.add(n);
      continue;
    }
    for (const d of entry.demonymTerms) {
      for (const start of runsOf(queryTerms, d)) {
        demonyms ??= [];
        demonyms.push({ entry: n, start, end: start + d.length });
      }
    }
  }
  if (demonyms) {
    for (const n of demonymsThatCount(queryTerms, glossary, matched, demonyms)) {
      matched.add(n);
    }
  }
  const added: string[] = [];
  for (const n of candidates) {
    if (!matched.has(n)) continue;
    for (const t of adds[n] as string[]) {
      if (!queryTerms.includes(t) && !added.includes(t)) added.push(t);
    }
  }
  return added;
}
