// After `trunk build --release`: makes dist/ deployable and offline-capable.
//  1. a Content-Security-Policy <meta> in index.html (hash of Trunk's inline
//     start-up script; no origin but the page's own), and the landing the
//     `prerender` binary rendered from the app's views, so the page paints
//     before the wasm has arrived (the app replaces it when it mounts),
//  2. sw.js: a service worker that caches exactly this release's files under
//     a cache name derived from their contents,
//  3. devops-maturity-offline.html: one self-contained file (CSS and JS glue
//     inlined, wasm as base64, started with the async init from bytes) that
//     works from file:// in Chromium and Firefox, with its own CSP, and the
//     hosted app's public address for its links (below).
// Usage: node scripts/postbuild.mjs DIST-DIR PRERENDERED-DIR
//
// DEVOPS_MATURITY_PUBLIC_URL (optional, e.g. https://you.github.io/devops-maturity/):
// where the app is hosted. Links copied in the offline file point there.
// Unset, the hosted app fills in its own address when someone downloads
// the file (src/core/formats/share_url.rs reads and writes this <meta>).
import { createHash } from "node:crypto";
import { readFileSync, writeFileSync, readdirSync } from "node:fs";
import { join } from "node:path";

const [dist, prerendered] = process.argv.slice(2);
if (!dist || !prerendered) {
  console.error("usage: node scripts/postbuild.mjs DIST-DIR PRERENDERED-DIR");
  process.exit(2);
}
const OFFLINE = "devops-maturity-offline.html";
const PUBLIC_URL = (process.env.DEVOPS_MATURITY_PUBLIC_URL ?? "").trim();
if (PUBLIC_URL && !/^https?:\/\/[^\s"<>\\`#?/][^\s"<>\\`#?]*$/i.test(PUBLIC_URL)) {
  console.error(`postbuild: DEVOPS_MATURITY_PUBLIC_URL must be an http(s) address without spaces, quotes, query or fragment; got ${JSON.stringify(PUBLIC_URL)}`);
  process.exit(1);
}
const read = (name) => readFileSync(join(dist, name), "utf8");
const sha256 = (text) => `'sha256-${createHash("sha256").update(text, "utf8").digest("base64")}'`;
const fail = (message) => {
  console.error(`postbuild: ${message}`);
  process.exit(1);
};

const files = readdirSync(dist);
const find = (pattern) => files.find((f) => pattern.test(f)) ?? fail(`no file matching ${pattern} in ${dist}`);
const glueName = find(/^devops-maturity-[0-9a-f]+\.js$/);
const wasmName = find(/^devops-maturity-[0-9a-f]+_bg\.wasm$/);
// The organisation view's binary (scripts/build.sh copies it in).
const orgGlueName = find(/^devops-maturity-org-[0-9a-f]+\.js$/);
const orgWasmName = find(/^devops-maturity-org-[0-9a-f]+_bg\.wasm$/);
// The one test of "this address is the organisation view", kept equal to
// src/core/formats/opened_link.rs (ORG_VIEW).
const ORG_VIEW = "/^#\\/org(?:[/?]|$)/i";
const cssName = find(/^app-[0-9a-f]+\.css$/);
const iconName = find(/^favicon-[0-9a-f]+\.svg$/);

let index = read("index.html");
if (index.includes("Content-Security-Policy")) fail("index.html was already processed; rebuild first");

// 1. The start-up script starts the organisation view's binary for #/org,
//    the app's otherwise (Trunk's own script starts only the app), and a
//    <meta> tells the app the view exists. Then the CSP for the hosted page.
const trunkStart = [...index.matchAll(/<script type="module">([\s\S]*?)<\/script>/g)];
if (trunkStart.length !== 1) fail(`expected one inline start-up script, found ${trunkStart.length}`);
if (!trunkStart[0][1].includes(glueName)) fail("the start-up script does not load the app's glue");
const start = `
const base = ${ORG_VIEW}.test(location.hash) ? "./${orgGlueName.replace(/\.js$/, "")}" : "./${glueName.replace(/\.js$/, "")}";
const bindings = await import(\`\${base}.js\`);
const wasm = await bindings.default({ module_or_path: \`\${base}_bg.wasm\` });
window.wasmBindings = bindings;
dispatchEvent(new CustomEvent("TrunkApplicationStarted", { detail: { wasm } }));
`;
index = index
  .replace(trunkStart[0][0], () => `<script type="module">${start}</script>`)
  .replace('<meta charset="utf-8">', '<meta charset="utf-8">\n  <meta name="devops-maturity-org" content="">');
const inline = [start];
const hostedPolicy = [
  "default-src 'self'",
  `script-src 'self' 'wasm-unsafe-eval' ${sha256(inline[0])}`,
  "style-src 'self'",
  "img-src 'self' data:",
  "connect-src 'self'",
  "worker-src 'self'",
  "base-uri 'self'",
  "form-action 'none'",
  "object-src 'none'",
].join("; ");
const meta = (policy) => `<meta http-equiv="Content-Security-Policy" content="${policy}">`;
index = index.replace('<meta charset="utf-8">', `<meta charset="utf-8">\n  ${meta(hostedPolicy)}`);
const landing = (name) => readFileSync(join(prerendered, name), "utf8");
const withLanding = (page, html) => {
  if (!page.includes("</body>")) fail("index.html has no </body>");
  return page.replace("</body>", () => `${html}\n</body>`);
};
const hostedPage = index;
index = withLanding(hostedPage, landing("landing.html"));
writeFileSync(join(dist, "index.html"), index);

// 2. The service worker: the cache name changes whenever any file changes, so
//    a release never mixes with another.
const cached = ["index.html", glueName, wasmName, orgGlueName, orgWasmName, cssName, iconName];
const version = createHash("sha256");
for (const name of cached) version.update(name).update(readFileSync(join(dist, name)));
const cacheName = `devops-maturity-${version.digest("hex").slice(0, 16)}`;
const worker = readFileSync(new URL("./sw.template.js", import.meta.url), "utf8");
writeFileSync(
  join(dist, "sw.js"),
  worker
    .replace("__CACHE_NAME__", cacheName)
    .replace("__FILES__", JSON.stringify(["./", ...cached.map((f) => `./${f}`)])),
);

// 3. The single offline file.
//    Both binaries are embedded, each glue in a function of its own (their
//    names would clash); the address picks which one starts.
const glueOf = (name) => {
  const glue = read(name)
    .replace(/^export (class|function|const|let) /gm, "$1 ")
    .replace(/^export \{[^}]*\};?\s*$/gm, "");
  if (/^export /m.test(glue)) fail(`${name} has an export this script does not handle`);
  if (/^import /m.test(glue)) fail(`${name} imports a module, which the offline file cannot`);
  if (!glue.includes("async function __wbg_init(")) fail(`${name} has no __wbg_init`);
  return glue;
};
const base64 = (name) => readFileSync(join(dist, name)).toString("base64");
const starter = `
async function startApp(wasmBytes) {
${glueOf(glueName)}
await __wbg_init({ module_or_path: wasmBytes });
}
async function startOrganisationView(wasmBytes) {
${glueOf(orgGlueName)}
await __wbg_init({ module_or_path: wasmBytes });
}
// Embedded: the WebAssembly modules, decoded and started with the async init.
const decode = (text) => Uint8Array.from(atob(text), (c) => c.charCodeAt(0));
if (${ORG_VIEW}.test(location.hash)) {
  await startOrganisationView(decode("${base64(orgWasmName)}"));
} else {
  await startApp(decode("${base64(wasmName)}"));
}
`;
const css = read(cssName);
const icon = `data:image/svg+xml;base64,${readFileSync(join(dist, iconName)).toString("base64")}`;
const offlinePolicy = [
  "default-src 'none'",
  `script-src ${sha256(starter)} 'wasm-unsafe-eval'`,
  `style-src ${sha256(css)}`,
  "img-src data:",
  "base-uri 'none'",
  "form-action 'none'",
].join("; ");
const publicAddress = `<meta name="devops-maturity-public-url" content="${PUBLIC_URL.replaceAll("&", "&amp;")}">`;
let offline = withLanding(hostedPage, landing("landing-offline.html"))
  .replace(meta(hostedPolicy), `${meta(offlinePolicy)}\n  ${publicAddress}`)
  .replace(/\s*<link rel="icon"[^>]*>/, `\n  <link rel="icon" href="${icon}">`)
  .replace(/\s*<link rel="stylesheet"[^>]*>/, () => `\n  <style>${css}</style>`)
  .replace(/<link rel="modulepreload"[^>]*>/g, "")
  .replace(/<link rel="preload"[^>]*>/g, "")
  .replace(/<script type="module">[\s\S]*?<\/script>/, () => `<script type="module">${starter}</script>`);
for (const name of [glueName, wasmName, orgGlueName, orgWasmName, cssName, iconName]) {
  if (offline.includes(name)) fail(`${OFFLINE} still refers to ${name}`);
}
writeFileSync(join(dist, OFFLINE), offline);
console.error(
  `postbuild: CSP added, sw.js caches ${cached.length} files as ${cacheName}, ${OFFLINE} written ` +
    (PUBLIC_URL ? `linking to ${PUBLIC_URL}` : "(its links point to the address it is downloaded from)"),
);
