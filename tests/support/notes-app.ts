// The composition root (`openContext`) over briefing notes written for one suite, in a temporary
// folder with its own SQLite file: the engine exactly as the app builds it.
import path from "node:path";
import { afterAll, beforeAll } from "vitest";
import { loadConfig } from "../../src/config.ts";
import { type AppContext, openContext } from "../../src/context.ts";
import { silentLogger } from "../../src/log.ts";
import { makeTempDir, removeDir, writeNotesCorpus } from "./corpus-builder.ts";
import { type ExtractiveAsks, extractiveAsks } from "./extractive-engine.ts";

/**
 * Registers the hooks that write `notes` (and any `extra` files, a glossary) into a temporary
 * corpus, open the app over it before the file's tests and close and remove it after them. Returns
 * the object they fill, with the suite's extractive questions to the app's engine: read `ctx`
 * inside hooks and tests, not when the file is collected.
 */
export function notesAppContext(
  prefix: string,
  notes: Record<string, string>,
  extra: Record<string, string | Uint8Array> = {},
): { ctx: AppContext } & ExtractiveAsks {
  const dir = makeTempDir(prefix);
  const app = { ...extractiveAsks(() => app.ctx.engine) } as { ctx: AppContext } & ExtractiveAsks;
  beforeAll(async () => {
    const corpusDir = writeNotesCorpus(path.join(dir, "corpus"), notes, extra);
    app.ctx = await openContext(
      loadConfig({ CORPUS_DIR: corpusDir, DATA_DIR: path.join(dir, "data") }),
      silentLogger,
    );
  }, 60_000);
  afterAll(async () => {
    await app.ctx?.close();
    removeDir(dir);
  });
  return app;
}
