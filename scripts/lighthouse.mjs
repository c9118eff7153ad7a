// Prints Lighthouse's category scores and every audit that is not perfect,
// from a report written with --output=json. Usage: node scripts/lighthouse.mjs report.json
import { readFileSync } from "node:fs";

const report = JSON.parse(readFileSync(process.argv[2], "utf8"));
console.log(`${"Lighthouse category".padEnd(46)} score`);
for (const category of Object.values(report.categories)) {
  console.log(`${category.title.padEnd(46)} ${Math.round(category.score * 100)}`);
}
const budgets = [
  ["first-contentful-paint", "first contentful paint", null],
  ["largest-contentful-paint", "largest contentful paint", "<= 1.0 s"],
  ["total-blocking-time", "total blocking time", "<= 50 ms"],
  ["cumulative-layout-shift", "cumulative layout shift", "0"],
];
for (const [id, name, budget] of budgets) {
  const audit = report.audits[id];
  if (!audit) continue;
  console.log(`${name.padEnd(46)} ${String(audit.displayValue ?? audit.numericValue).padEnd(10)} ${budget ? `budget ${budget}` : ""}`);
}
const imperfect = Object.values(report.audits).filter(
  (a) => a.score !== null && a.score < 1 && ["binary", "numeric", "metricSavings"].includes(a.scoreDisplayMode),
);
if (imperfect.length) console.log("not at 100:");
for (const audit of imperfect) {
  console.log(`  ${audit.id}: ${Math.round(audit.score * 100)}${audit.displayValue ? ` (${audit.displayValue})` : ""}`);
}
