// The container's HEALTHCHECK: a real HTTP server on loopback answering /healthz, or nothing.
import http from "node:http";
import type { AddressInfo } from "node:net";
import { afterEach, describe, expect, it } from "vitest";
import { loadConfig } from "../src/config.ts";
import { checkHealth } from "../src/healthcheck.ts";

const servers: http.Server[] = [];
afterEach(async () => {
  for (const s of servers.splice(0)) await new Promise((r) => s.close(r));
});

async function serve(status: number): Promise<number> {
  const server = http.createServer((req, res) => {
    res.writeHead(req.url === "/healthz" ? status : 404).end("{}");
  });
  servers.push(server);
  await new Promise<void>((r) => server.listen(0, "127.0.0.1", r));
  return (server.address() as AddressInfo).port;
}

/** A port nothing listens on (taken, then given back). */
async function freePort(): Promise<number> {
  const server = http.createServer();
  await new Promise<void>((r) => server.listen(0, "127.0.0.1", r));
  const { port } = server.address() as AddressInfo;
  await new Promise((r) => server.close(r));
  return port;
}

const http_ = (port: number) => loadConfig({ PORT: String(port) });
const socket = (port: number) => loadConfig({ PORT: String(port), SLACK_APP_TOKEN: "xapp-1" });

describe("checkHealth", () => {
  it("is healthy when /healthz answers 200, and not when it answers anything else", async () => {
    expect((await checkHealth(http_(await serve(200)))).healthy).toBe(true);
    const sick = await checkHealth(http_(await serve(503)));
    expect(sick).toEqual({ healthy: false, detail: expect.stringMatching(/answered 503/) });
  });

  it("in HTTP mode, nothing listening is unhealthy", async () => {
    expect((await checkHealth(http_(await freePort()))).healthy).toBe(false);
  });

  it("in Socket Mode, no HTTP listener is fine, but a health route must still say 200", async () => {
    expect((await checkHealth(socket(await freePort()))).healthy).toBe(true);
    expect((await checkHealth(socket(await serve(500)))).healthy).toBe(false);
  });
});
