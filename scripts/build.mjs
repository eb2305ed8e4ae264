// Compiles src/ into dist/ (what `npm start`, the `wcit` bin and the Docker image run), copying
// the SQL migrations beside the compiled store. Plain JavaScript so that it runs before anything
// is compiled. `--if-stale` (the `prestart` hook) builds only when a source file, a tsconfig or
// package.json is newer than the last build, so `npm start` runs the code in src/ as it is now.
import { spawnSync } from "node:child_process";
import fs from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";

const root = path.resolve(fileURLToPath(new URL("..", import.meta.url)));
const dist = path.join(root, "dist");
const stamp = path.join(dist, ".build-stamp");
const inputs = ["src", "tsconfig.json", "tsconfig.build.json", "package.json"].map((p) =>
  path.join(root, p),
);

/** The latest modification time of `file`, or of anything below it. */
function newestMtime(file) {
  const stat = fs.statSync(file, { throwIfNoEntry: false });
  if (!stat) return 0;
  if (!stat.isDirectory()) return stat.mtimeMs;
  let newest = stat.mtimeMs;
  for (const entry of fs.readdirSync(file)) {
    newest = Math.max(newest, newestMtime(path.join(file, entry)));
  }
  return newest;
}

function isFresh() {
  const built = fs.statSync(stamp, { throwIfNoEntry: false });
  return built !== undefined && built.mtimeMs >= Math.max(...inputs.map(newestMtime));
}

if (process.argv.includes("--if-stale") && isFresh()) process.exit(0);

const tsc = path.join(root, "node_modules", "typescript", "bin", "tsc");
if (!fs.existsSync(tsc)) {
  process.stderr.write(
    "dist/ is missing or older than src/, and TypeScript is not installed to rebuild it: run `npm ci` (which installs the build tools), then try again.\n",
  );
  process.exit(1);
}
// A clean build: a source file deleted since the last one must not live on in dist/.
fs.rmSync(dist, { recursive: true, force: true });
const result = spawnSync(process.execPath, [tsc, "-p", "tsconfig.build.json"], {
  cwd: root,
  stdio: "inherit",
});
if (result.status !== 0) process.exit(result.status ?? 1);
fs.cpSync(path.join(root, "src", "store", "migrations"), path.join(dist, "store", "migrations"), {
  recursive: true,
});
fs.writeFileSync(stamp, `${new Date().toISOString()}\n`);
