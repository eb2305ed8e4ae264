#!/usr/bin/env node
// The container's liveness check (the Dockerfile's HEALTHCHECK runs `node dist/healthcheck.js`;
// the slim image has no curl). In HTTP mode the app serves GET /healthz on PORT, and anything but
// a 200 within the timeout is unhealthy. In Socket Mode the app may serve no HTTP at all: a
// refused connection then means "no health route", and the process being alive is all there is
// to check; a route that answers must still answer 200.
import http from "node:http";
import { pathToFileURL } from "node:url";
import { type Config, loadConfig, loadDotEnv } from "./config.ts";
import { chooseSlackMode } from "./slack/settings.ts";

export interface HealthResult {
  healthy: boolean;
  detail: string;
}

export function checkHealth(
  config: Config,
  options: { host?: string; timeoutMs?: number } = {},
): Promise<HealthResult> {
  const host = options.host ?? "127.0.0.1";
  const url = `http://${host}:${config.slack.port}/healthz`;
  const socketMode = chooseSlackMode(config) === "socket";
  return new Promise((resolve) => {
    const req = http.get(url, { timeout: options.timeoutMs ?? 3_000 }, (res) => {
      res.resume();
      const healthy = res.statusCode === 200;
      resolve({ healthy, detail: `${url} answered ${res.statusCode}` });
    });
    req.on("timeout", () => req.destroy(new Error("timed out")));
    req.on("error", (err: NodeJS.ErrnoException) => {
      if (socketMode && err.code === "ECONNREFUSED") {
        resolve({ healthy: true, detail: "Socket Mode: no HTTP health route; the process is up" });
      } else resolve({ healthy: false, detail: `${url}: ${err.message}` });
    });
  });
}

const invokedDirectly = process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href;
if (invokedDirectly) {
  loadDotEnv();
  const result = await checkHealth(loadConfig(process.env)).catch((err: unknown) => ({
    healthy: false,
    detail: (err as Error).message,
  }));
  process.stdout.write(`${result.detail}\n`);
  process.exitCode = result.healthy ? 0 : 1;
}
