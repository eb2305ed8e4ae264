// Packaging: `npm start` runs the built JavaScript (rebuilt when the sources are newer), the
// runtime needs no dev dependency, and the Docker image checks its own health with node.
import { spawnSync } from "node:child_process";
import fs from "node:fs";
import { builtinModules } from "node:module";
import path from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { makeTempDir, removeDir } from "./support/corpus-builder.ts";

const ROOT = path.resolve(import.meta.dirname, "..");
const pkg = JSON.parse(fs.readFileSync(path.join(ROOT, "package.json"), "utf8")) as {
  scripts: Record<string, string>;
  dependencies: Record<string, string>;
  devDependencies: Record<string, string>;
};

function sourceFiles(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const p = path.join(dir, e.name);
    return e.isDirectory() ? sourceFiles(p) : p.endsWith(".ts") ? [p] : [];
  });
}

describe("npm start", () => {
  it("runs dist/main.js, rebuilding first when needed; tsx is for development only", () => {
    expect(pkg.scripts.start).toBe("node dist/main.js");
    expect(pkg.scripts.prestart).toBe("node scripts/build.mjs --if-stale");
    expect(pkg.dependencies.tsx).toBeUndefined();
    expect(pkg.devDependencies.tsx).toBeDefined();
  });

  it("the code under src/ imports only runtime dependencies and Node's own modules", () => {
    const builtins = new Set(builtinModules);
    const missing = new Set<string>();
    const seen = new Set<string>();
    for (const file of sourceFiles(path.join(ROOT, "src"))) {
      const text = fs.readFileSync(file, "utf8");
      for (const m of text.matchAll(
        /^\s*(?:import|export)\s[^"']*?from\s+["']([^"'.][^"']*)["']|import\(\s*["']([^"'.][^"']*)["']\s*\)/gm,
      )) {
        const spec = m[1] ?? m[2] ?? "";
        if (/^import\s+type\s/.test(m[0].trim())) continue;
        const name = spec.startsWith("@")
          ? spec.split("/").slice(0, 2).join("/")
          : (spec.split("/")[0] ?? "");
        if (name.startsWith("node:") || builtins.has(name)) continue;
        seen.add(name);
        if (!pkg.dependencies[name]) missing.add(`${name} (${path.relative(ROOT, file)})`);
      }
    }
    expect([...missing]).toEqual([]);
    // The scan does see the imports (so an empty result means something).
    expect(seen).toContain("better-sqlite3");
    expect(seen).toContain("@slack/bolt");
  });
});

describe("scripts/build.mjs --if-stale", () => {
  let dir = "";
  afterEach(() => removeDir(dir));

  /** A project tree with the build script and no TypeScript: a build attempt fails, saying so. */
  function project(stampAgeMs: number) {
    dir = makeTempDir("wcit-build-");
    fs.mkdirSync(path.join(dir, "scripts"));
    fs.copyFileSync(path.join(ROOT, "scripts/build.mjs"), path.join(dir, "scripts/build.mjs"));
    fs.mkdirSync(path.join(dir, "src"));
    for (const f of ["src/main.ts", "tsconfig.json", "tsconfig.build.json", "package.json"]) {
      fs.writeFileSync(path.join(dir, f), "{}");
    }
    fs.mkdirSync(path.join(dir, "dist"));
    const stamp = path.join(dir, "dist/.build-stamp");
    fs.writeFileSync(stamp, "built");
    const when = new Date(Date.now() + stampAgeMs);
    fs.utimesSync(stamp, when, when);
    return () =>
      spawnSync(process.execPath, ["scripts/build.mjs", "--if-stale"], {
        cwd: dir,
        encoding: "utf8",
      });
  }

  it("does nothing when dist/ is newer than every source", () => {
    const r = project(60_000)();
    expect(r.status).toBe(0);
    expect(r.stderr).toBe("");
  });

  it("rebuilds when a source is newer (here: says the build tools are missing)", () => {
    const r = project(-60_000)();
    expect(r.status).toBe(1);
    expect(r.stderr).toMatch(/older than src\/.*TypeScript is not installed.*npm ci/);
  });
});

describe("the Dockerfile", () => {
  const dockerfile = fs.readFileSync(path.join(ROOT, "Dockerfile"), "utf8");

  it("prunes dev dependencies, runs the built app and checks /healthz with node", () => {
    expect(dockerfile).toMatch(/RUN npm prune --omit=dev/);
    expect(dockerfile).toMatch(/COPY scripts \.\/scripts/);
    expect(dockerfile).toMatch(/HEALTHCHECK [^\n]*\\\n\s+CMD \["node", "dist\/healthcheck\.js"\]/);
    expect(dockerfile).toMatch(/CMD \["node", "dist\/main\.js"\]\s*$/);
    expect(fs.existsSync(path.join(ROOT, "src/healthcheck.ts"))).toBe(true);
  });
});
