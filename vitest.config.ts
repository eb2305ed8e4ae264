import { defineConfig } from "vitest/config";

export default defineConfig({
  test: {
    include: ["tests/**/*.test.ts"],
    environment: "node",
    testTimeout: 20_000,
    hookTimeout: 30_000,
    // Native SQLite handles and loopback servers are per-file; forks keep them isolated.
    pool: "forks",
  },
});
