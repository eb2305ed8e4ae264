// The corpus folder is a boundary: files are read from, and downloads written to, only places
// whose real path (symbolic links resolved) lies inside it.
import fs from "node:fs";
import path from "node:path";

/** True when `target` is `root` or below it; both should be real paths. */
export function isInside(root: string, target: string): boolean {
  const rel = path.relative(root, target);
  return rel === "" || (!rel.startsWith("..") && !path.isAbsolute(rel));
}

/**
 * The real path `target` would have once written: its nearest existing ancestor resolved, plus
 * the parts that do not exist yet. Used before creating a file, which `realpathSync` cannot see.
 */
export function realPathForWrite(target: string): string {
  const missing: string[] = [];
  let existing = path.resolve(target);
  for (;;) {
    try {
      return path.join(fs.realpathSync(existing), ...missing.reverse());
    } catch {
      const parent = path.dirname(existing);
      if (parent === existing) return path.resolve(target);
      missing.push(path.basename(existing));
      existing = parent;
    }
  }
}
