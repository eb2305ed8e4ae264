import { defineConfig } from "vitest/config";

export default defineConfig({
  test: {
    include: ["tests/**/*.test.ts"],
    environment: "node",
    testTimeout: 20_000,
    hookTimeout: 30_000,
    // Native SQLite handles and loopback servers are per-file; forks keep them isolated.
    pool: "forks",
    // One fork per core. The installed runner (4.1) defaults to cores − 1 outside watch mode, which
    // on a two-core CI runner is one file at a time; the files share nothing (temp folders, port 0),
    // so they can run side by side. https://vitest.dev/config/maxworkers
    maxWorkers: "100%",
  },
});
