import { defineConfig } from "vitest/config";

export default defineConfig({
  test: {
    include: ["tests/**/*.test.ts"],
    environment: "node",
    testTimeout: 20_000,
    hookTimeout: 30_000,
    // Child processes rather than worker threads for the native SQLite module and the loopback
    // servers; threads were no faster on the same sample (health50). https://vitest.dev/config/pool
    pool: "forks",
    // One fork per core. The installed runner (4.1) defaults to cores − 1 outside watch mode, which
    // on a two-core CI runner is one file at a time; the files share nothing (temp folders, port 0),
    // so they can run side by side. https://vitest.dev/config/maxworkers
    maxWorkers: "100%",
    // Each fork runs file after file and keeps the modules it has evaluated, instead of a new fork
    // per file importing the engine again: that import was most of the suite's time (health50 in
    // docs/answer-quality.md). No test file mocks modules, stubs globals or timers, or leaves an
    // environment variable set, and what src keeps at module level are caches of pure results.
    // https://vitest.dev/config/isolate, https://vitest.dev/guide/improving-performance
    isolate: false,
  },
});
