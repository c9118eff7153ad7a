// Prints the sizes of the release build in dist/: raw, gzip -9 and brotli q11.
// Usage: node scripts/sizes.mjs [dist-dir]
import { readdirSync, readFileSync, statSync } from "node:fs";
import { join, extname } from "node:path";
import { gzipSync, brotliCompressSync, constants } from "node:zlib";

const dist = process.argv[2] ?? "dist";
const kinds = { ".wasm": "wasm", ".js": "JS", ".css": "CSS", ".html": "HTML", ".svg": "SVG" };

function files(dir) {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? files(path) : [path];
  });
}

const kb = (n) => (n / 1024).toFixed(1).padStart(8);
const rows = files(dist)
  .filter((f) => kinds[extname(f)])
  .map((f) => {
    const data = readFileSync(f);
    return {
      file: f.slice(dist.length + 1),
      kind: kinds[extname(f)],
      raw: data.length,
      gzip: gzipSync(data, { level: 9 }).length,
      brotli: brotliCompressSync(data, {
        params: { [constants.BROTLI_PARAM_QUALITY]: 11, [constants.BROTLI_PARAM_SIZE_HINT]: data.length },
      }).length,
    };
  })
  .sort((a, b) => b.raw - a.raw);

if (rows.length === 0) {
  console.error(`no build output in ${dist}: run scripts/build.sh first`);
  process.exit(1);
}
console.log(`${"file".padEnd(44)} ${"kind".padEnd(5)} ${"raw KB".padStart(8)} ${"gzip KB".padStart(8)} ${"br KB".padStart(8)}`);
for (const r of rows) {
  console.log(`${r.file.padEnd(44)} ${r.kind.padEnd(5)} ${kb(r.raw)} ${kb(r.gzip)} ${kb(r.brotli)}`);
}
// The single offline file is a separate download, not part of a visit; the
// organisation view's binary loads only for #/org.
const isOrg = (r) => r.file.startsWith("devops-maturity-org-");
const sum = (list) => list.reduce((t, r) => ({ raw: t.raw + r.raw, gzip: t.gzip + r.gzip, brotli: t.brotli + r.brotli }), { raw: 0, gzip: 0, brotli: 0 });
const visit = rows.filter((r) => !r.file.endsWith("-offline.html") && !isOrg(r));
const total = sum(visit);
const org = sum(rows.filter(isOrg));
console.log(`${"total first visit (not the org view or offline file)".padEnd(44)} ${"".padEnd(5)} ${kb(total.raw)} ${kb(total.gzip)} ${kb(total.brotli)}`);
console.log(`${"organisation view adds (#/org only)".padEnd(44)} ${"".padEnd(5)} ${kb(org.raw)} ${kb(org.gzip)} ${kb(org.brotli)}`);
const brotli = total.brotli / 1024;
for (const budget of [150, 300]) {
  console.log(`budget: first visit <= ${budget} KB brotli: ${brotli <= budget ? "met" : "MISSED"} (${brotli.toFixed(1)} KB)`);
}
