// Which document a corpus file is, and whether it changed: its document id (the manifest's, or
// its path slugged) and the hash that a run compares with the one indexed.
import { createHash } from "node:crypto";
import { entryFingerprint, type Manifest, type ManifestEntry } from "./manifest.ts";

export interface CorpusFile {
  /** Relative to the corpus folder, forward slashes (through a link, the link's path). */
  rel: string;
  /** The file's real path (links resolved), which is what gets read. */
  abs: string;
}

/**
 * sha256 of the file's bytes, its manifest entry and its document id: editing the file or its
 * entry re-indexes it, and so does an unlisted file's id moving aside for a new manifest entry.
 */
export function fileHash(
  bytes: Uint8Array,
  entry: ManifestEntry | undefined,
  documentId: string,
): string {
  return createHash("sha256")
    .update(bytes)
    .update("\u0000manifest\u0000")
    .update(entryFingerprint(entry))
    .update("\u0000id\u0000")
    .update(documentId)
    .digest("hex");
}

/** A document id for a file the manifest does not list: its path, slugged. */
export function derivedDocumentId(rel: string): string {
  const slug = rel
    .replace(/\.[^./]+$/, "")
    .normalize("NFKD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-+|-+$/g, "");
  return slug || "document";
}

/** Manifest ids for listed files; slugged paths (made unique) for the others, in path order. */
export function assignDocumentIds(files: CorpusFile[], manifest: Manifest): Map<string, string> {
  const ids = new Map<string, string>();
  const taken = new Set<string>();
  for (const entry of manifest.entries.values()) taken.add(entry.id);
  for (const file of files) {
    const entry = manifest.entries.get(file.rel);
    if (entry) {
      ids.set(file.rel, entry.id);
      continue;
    }
    const base = derivedDocumentId(file.rel);
    let id = base;
    for (let n = 2; taken.has(id); n++) id = `${base}-${n}`;
    taken.add(id);
    ids.set(file.rel, id);
  }
  return ids;
}
