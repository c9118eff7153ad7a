// What each screen adds to the wasm: every function of the release wasm
// before wasm-opt (which still has its name section) is attributed to the
// first screen, part or layer of this crate its mangled name mentions
// (generic code instantiated for a screen's views counts as that screen's).
// The shares are then applied to the shipped, optimised wasm in dist/, so
// the figures are estimates, good for comparing screens, not exact bytes.
// Usage: node scripts/wasm-by-screen.mjs NAMED-WASM DIST-DIR
import { readFileSync, readdirSync } from "node:fs";
import { join } from "node:path";
import { brotliCompressSync, gzipSync, constants } from "node:zlib";

const [named, dist] = process.argv.slice(2);
if (!named || !dist) {
  console.error("usage: node scripts/wasm-by-screen.mjs NAMED-WASM DIST-DIR");
  process.exit(2);
}

/// Function body sizes and names from a wasm binary.
function functions(bytes) {
  let at = 8;
  const leb = () => {
    let value = 0;
    let shift = 0;
    let byte;
    do {
      byte = bytes[at++];
      value += (byte & 0x7f) * 2 ** shift;
      shift += 7;
    } while (byte & 0x80);
    return value;
  };
  const skipLimits = () => {
    const flags = bytes[at++];
    leb();
    if (flags & 1) leb();
  };
  let imported = 0;
  const sizes = [];
  const names = new Map();
  while (at < bytes.length) {
    const id = bytes[at++];
    const length = leb();
    const end = at + length;
    if (id === 2) {
      for (let n = leb(); n > 0; n--) {
        at += leb(); // module
        at += leb(); // field
        const kind = bytes[at++];
        if (kind === 0) {
          leb();
          imported++;
        } else if (kind === 1) {
          at++;
          skipLimits();
        } else if (kind === 2) skipLimits();
        else if (kind === 3) at += 2;
        else {
          at++;
          leb();
        }
      }
    } else if (id === 10) {
      for (let n = leb(); n > 0; n--) {
        const size = leb();
        sizes.push(size);
        at += size;
      }
    } else if (id === 0) {
      const nameLength = leb();
      const section = bytes.subarray(at, at + nameLength).toString();
      at += nameLength;
      while (section === "name" && at < end) {
        const sub = bytes[at++];
        const subEnd = leb() + at;
        if (sub === 1) {
          for (let n = leb(); n > 0; n--) {
            const index = leb();
            const size = leb();
            names.set(index, bytes.subarray(at, at + size).toString());
            at += size;
          }
        }
        at = subEnd;
      }
    }
    at = end;
  }
  return sizes.map((size, i) => ({ size, name: names.get(i + imported) ?? "" }));
}

/// The crate's own path segments in a legacy-mangled name, in order:
/// `_ZN15devops_maturity2ui7screens4team…` and `devops_maturity..ui..screens..team`.
function cratePath(name) {
  const at = name.indexOf("devops_maturity");
  if (at < 0) return null;
  const rest = name.slice(at + "devops_maturity".length);
  if (rest.startsWith("..")) return rest.slice(2).split("..").slice(0, 3);
  const parts = [];
  let i = 0;
  while (parts.length < 3) {
    const digits = /^\d+/.exec(rest.slice(i));
    if (!digits) break;
    i += digits[0].length;
    const length = Number(digits[0]);
    parts.push(rest.slice(i, i + length));
    i += length;
  }
  return parts;
}

function area(name) {
  const path = cratePath(name);
  if (!path) return "libraries (Leptos, std, serde, …)";
  const [top, layer, item] = path;
  if (top === "core") return `core: ${layer ?? "other"}`;
  if (top !== "ui") return `${top}`;
  if (layer === "screens") return `screen: ${item}`;
  if (layer === "parts") return "ui parts shared by screens";
  if (layer === "frame") return "ui frame and landing";
  if (layer === "browser") return "ui browser access";
  return "ui shell, navigation, state";
}

const functionsList = functions(readFileSync(named));
const total = functionsList.reduce((sum, f) => sum + f.size, 0);
const byArea = new Map();
for (const f of functionsList) {
  const key = area(f.name);
  byArea.set(key, (byArea.get(key) ?? 0) + f.size);
}
const shipped = readdirSync(dist).find((f) => /^devops-maturity-[0-9a-f]+_bg\.wasm$/.test(f));
if (!shipped) {
  console.error(`no wasm in ${dist}: run scripts/build.sh first`);
  process.exit(1);
}
const wasm = readFileSync(join(dist, shipped));
const shippedSizes = {
  raw: wasm.length,
  gzip: gzipSync(wasm, { level: 9 }).length,
  brotli: brotliCompressSync(wasm, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).length,
};
const kb = (n) => (n / 1024).toFixed(1).padStart(8);
console.log(`${"part of the code".padEnd(40)} ${"share".padStart(6)} ${"raw KB".padStart(8)} ${"gzip KB".padStart(8)} ${"br KB".padStart(8)}`);
for (const [key, size] of [...byArea].sort((a, b) => b[1] - a[1])) {
  const share = size / total;
  console.log(
    `${key.padEnd(40)} ${(share * 100).toFixed(1).padStart(5)}% ${kb(share * shippedSizes.raw)} ${kb(share * shippedSizes.gzip)} ${kb(share * shippedSizes.brotli)}`,
  );
}
console.log(`(${functionsList.length} functions; shares of code before wasm-opt applied to ${shipped})`);
