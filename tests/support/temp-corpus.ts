// A fresh temporary folder holding the one-note corpus, for suites that run the CLI or the
// composition root on real files and a real SQLite file (under the folder's data/).
import path from "node:path";
import { afterAll, afterEach, beforeAll, beforeEach } from "vitest";
import { makeTempDir, removeDir, writeSpamNoteCorpus } from "./corpus-builder.ts";

export interface TempNoteCorpus {
  /** The temporary folder; removed with everything below it when its test (or file) ends. */
  dir: string;
  /** `dir/corpus`: the sample spam note and its manifest (`writeSpamNoteCorpus`). */
  corpusDir: string;
  /** `CORPUS_DIR` and `DATA_DIR` (`dir/data`), for `loadConfig` or the CLI. */
  env: Record<string, string>;
}

/**
 * Registers the hooks that give each test (`per: "test"`) or the whole file (`per: "file"`) its own
 * temporary one-note corpus, and returns the object they fill: read its fields inside hooks and
 * tests, not when the file is collected.
 */
export function tempNoteCorpus(prefix: string, per: "test" | "file" = "test"): TempNoteCorpus {
  const folder: TempNoteCorpus = { dir: "", corpusDir: "", env: {} };
  const create = () => {
    folder.dir = makeTempDir(prefix);
    folder.corpusDir = writeSpamNoteCorpus(path.join(folder.dir, "corpus"));
    folder.env = { CORPUS_DIR: folder.corpusDir, DATA_DIR: path.join(folder.dir, "data") };
  };
  const remove = () => removeDir(folder.dir);
  if (per === "test") {
    beforeEach(create);
    afterEach(remove);
  } else {
    beforeAll(create);
    afterAll(remove);
  }
  return folder;
}
