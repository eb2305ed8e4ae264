// Fires a burst of signed HTTP requests and times each acknowledgement the way Slack sees it: from
// the moment the request's bytes are written to an open connection to the moment the response
// arrives. The requests are signed and serialized beforehand, the connections opened beforehand,
// and the timing runs on its own thread, so neither the load generator's own work nor the fake
// Slack server in this process adds to the figures.
import { Worker } from "node:worker_threads";
import { slackSignature } from "../../tests/support/slack-signer.ts";

export interface BurstTiming {
  /** Milliseconds from write to the first byte of the response, per request, in request order. */
  latencies: number[];
  /** HTTP status per request (0: no response). */
  statuses: number[];
}

/** One signed HTTP/1.1 POST, as bytes on the wire. */
export function signedRequest(
  url: URL,
  body: string,
  signingSecret: string,
  contentType = "application/json",
  timestamp = Math.floor(Date.now() / 1000),
): string {
  return [
    `POST ${url.pathname} HTTP/1.1`,
    `Host: ${url.host}`,
    `Content-Type: ${contentType}`,
    `Content-Length: ${Buffer.byteLength(body)}`,
    `X-Slack-Request-Timestamp: ${timestamp}`,
    `X-Slack-Signature: ${slackSignature(signingSecret, timestamp, body)}`,
    "Connection: close",
    "",
    body,
  ].join("\r\n");
}

// Plain JavaScript, run as a worker: open every connection, then write every request at once.
const WORKER = `
const { parentPort, workerData } = require("node:worker_threads");
const net = require("node:net");
const { host, port, requests, timeoutMs } = workerData;
const latencies = new Array(requests.length).fill(Number.NaN);
const statuses = new Array(requests.length).fill(0);
Promise.all(requests.map(() => new Promise((resolve, reject) => {
  const socket = net.connect({ host, port }, () => resolve(socket));
  socket.once("error", reject);
}))).then((sockets) => {
  let pending = sockets.length;
  const done = () => { if (--pending === 0) parentPort.postMessage({ latencies, statuses }); };
  const timer = setTimeout(() => { for (const s of sockets) s.destroy(); }, timeoutMs);
  timer.unref();
  sockets.forEach((socket, i) => {
    let t0 = 0;
    let answered = false;
    socket.on("data", (chunk) => {
      if (answered) return;
      answered = true;
      latencies[i] = performance.now() - t0;
      const m = /^HTTP\\/1\\.[01] (\\d{3})/.exec(chunk.toString("latin1"));
      statuses[i] = m ? Number(m[1]) : 0;
    });
    socket.on("error", () => {});
    socket.on("close", done);
    t0 = performance.now();
    socket.write(requests[i]);
  });
}, (err) => parentPort.postMessage({ error: String(err) }));
`;

/** Sends every request at once on its own connection; resolves when every response has come. */
export function fireBurst(
  url: string,
  requests: string[],
  timeoutMs = 60_000,
): Promise<BurstTiming> {
  const { hostname, port } = new URL(url);
  return new Promise((resolve, reject) => {
    const worker = new Worker(WORKER, {
      eval: true,
      workerData: { host: hostname, port: Number(port), requests, timeoutMs },
    });
    worker.once("message", (m: BurstTiming & { error?: string }) => {
      void worker.terminate();
      if (m.error) reject(new Error(m.error));
      else resolve(m);
    });
    worker.once("error", reject);
  });
}

/**
 * A peer for the figures: a bare Node HTTP server in its own process that answers every request
 * with 200 at once. The same burst against it, on the same machine at the same moment, shows how
 * much of the latency is the machine's and the load generator's rather than the app's.
 */
export async function startBareServer(): Promise<{ url: string; stop(): void }> {
  const { spawn } = await import("node:child_process");
  const child = spawn(
    process.execPath,
    [
      "-e",
      `require("node:http").createServer((q, r) => { q.resume(); q.on("end", () => { r.writeHead(200); r.end(); }); }).listen(0, "127.0.0.1", function () { console.log(this.address().port); });`,
    ],
    { stdio: ["ignore", "pipe", "inherit"] },
  );
  const port = await new Promise<string>((resolve) =>
    child.stdout?.once("data", (d: Buffer) => resolve(d.toString().trim())),
  );
  return { url: `http://127.0.0.1:${port}/slack/events`, stop: () => child.kill() };
}
