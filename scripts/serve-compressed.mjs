// Serves a folder on loopback the way real hosts do: compressed with gzip (as
// GitHub Pages serves it) or brotli (as CDNs do), with the right types, so
// measurements count the bytes a visitor downloads.
// Usage: node scripts/serve-compressed.mjs <dir> <port> <gzip|br>
// Runs until killed; compressed bodies are cached in memory.
import { createServer } from "node:http";
import { readFileSync, statSync } from "node:fs";
import { join, extname, normalize } from "node:path";
import { gzipSync, brotliCompressSync, constants } from "node:zlib";

const [dir = "dist", port = "8765", encoding = "gzip"] = process.argv.slice(2);
if (!["gzip", "br"].includes(encoding)) {
  console.error(`encoding must be gzip or br, not ${encoding}`);
  process.exit(2);
}
const types = {
  ".html": "text/html; charset=utf-8",
  ".js": "text/javascript; charset=utf-8",
  ".css": "text/css; charset=utf-8",
  ".wasm": "application/wasm",
  ".svg": "image/svg+xml",
  ".json": "application/json",
};
const cache = new Map();

function body(path) {
  if (!cache.has(path)) {
    const raw = readFileSync(path);
    const packed =
      encoding === "br"
        ? brotliCompressSync(raw, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } })
        : gzipSync(raw, { level: 9 });
    cache.set(path, packed);
  }
  return cache.get(path);
}

createServer((request, response) => {
  const url = new URL(request.url, "http://localhost");
  let path = normalize(join(dir, decodeURIComponent(url.pathname)));
  if (!path.startsWith(normalize(dir))) {
    response.writeHead(403).end();
    return;
  }
  try {
    if (statSync(path).isDirectory()) path = join(path, "index.html");
    const packed = body(path);
    response.writeHead(200, {
      "Content-Type": types[extname(path)] ?? "application/octet-stream",
      "Content-Encoding": encoding,
      "Content-Length": packed.length,
      "Cache-Control": "no-cache",
    });
    response.end(packed);
  } catch {
    response.writeHead(404).end();
  }
}).listen(Number(port), "127.0.0.1");
