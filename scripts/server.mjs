// npm start — the production server: Next's request handler behind node:http, so that the
// app can see the connection's own address. `next start` fills X-Forwarded-For with it
// only when the client sent none, so a client could choose the address every per-address
// limit counts. Here the connection's address is always appended, as a proxy does; the app
// reads the chain from the right (lib/auth/client-ip.ts, TRUST_PROXY_HOPS). Plain
// JavaScript so that it starts with `node`, without the dev dependencies.
//
//   PORT (default 3000; 0 picks a free one), HOST (default: every interface),
//   NEXT_DIST_DIR (the build folder, read by next.config.ts).
import { createServer } from "node:http";
import next from "next";

const port = Number(process.env.PORT ?? 3000);
const host = process.env.HOST || undefined;

// Next names itself by this hostname, and the proxy (proxy.ts) sees every loopback address as
// "localhost": a rewrite (`/` → `/catalogue/N`) whose origin differs from this name is taken
// for an external URL and proxied over HTTP back to this server, at twice the cost. It is not
// the listening address (that is HOST, below).
const app = next({ dev: false, dir: process.cwd(), hostname: "localhost", port });
const handle = app.getRequestHandler();
await app.prepare();

const server = createServer((req, res) => {
  const peer = req.socket.remoteAddress ?? "unknown";
  const forwarded = req.headers["x-forwarded-for"];
  req.headers["x-forwarded-for"] = forwarded ? `${forwarded}, ${peer}` : peer;
  handle(req, res).catch((error) => {
    console.error(error);
    if (!res.headersSent) res.statusCode = 500;
    res.end();
  });
});

server.listen(port, host, () => {
  const address = server.address();
  const shown = typeof address === "object" && address ? address : { address: host, port };
  const name = shown.address?.includes(":") ? `[${shown.address}]` : shown.address;
  console.log(`AstroBookings listening on http://${name}:${shown.port}`);
});

let stopping = false;
const stop = () => {
  if (stopping) return;
  stopping = true;
  server.close(() => process.exit(0));
  // Keep-alive connections would hold close() open: give requests in flight a moment.
  setTimeout(() => process.exit(0), 5000).unref();
  server.closeIdleConnections();
};
process.on("SIGTERM", stop);
process.on("SIGINT", stop);
