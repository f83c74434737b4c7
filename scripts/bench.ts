// npm run bench [-- <scenario> …] — runs each scenario of scripts/bench/ (or the ones named)
// and prints what it measured. A scenario is a module exporting
// `run(): Promise<{ name: string; lines: string[] }[]>`; add one by adding a file there.
// Numbers are reported against a baseline measured in the same run; nothing is asserted.
import { readdirSync } from "node:fs";
import path from "node:path";
import { pathToFileURL } from "node:url";

interface ScenarioResult {
  name: string;
  lines: string[];
}
interface Scenario {
  run: () => Promise<ScenarioResult[]>;
}

const dir = path.join(import.meta.dirname, "bench");
const available = readdirSync(dir)
  .filter((f) => /\.ts$/.test(f) && !f.endsWith(".d.ts") && !f.startsWith("_"))
  .map((f) => f.replace(/\.ts$/, ""))
  .sort();
const wanted = process.argv.slice(2).filter((a) => !a.startsWith("-"));
const unknown = wanted.filter((w) => !available.includes(w));
if (unknown.length) {
  console.error(`Unknown scenario(s): ${unknown.join(", ")}. Available: ${available.join(", ")}`);
  process.exit(2);
}
const selected = wanted.length ? wanted : available;

const results: ScenarioResult[] = [];
let failed = false;
for (const name of selected) {
  console.log(`\n=== bench: ${name} ===`);
  const started = performance.now();
  try {
    const mod = (await import(pathToFileURL(path.join(dir, `${name}.ts`)).href)) as Scenario;
    const out = await mod.run();
    results.push(...out);
    for (const r of out) console.log([`--- ${r.name} ---`, ...r.lines].join("\n"));
  } catch (error) {
    failed = true;
    console.error(`bench ${name} failed:`, error);
  }
  console.log(`=== ${name}: ${((performance.now() - started) / 1000).toFixed(1)} s ===`);
}

console.log("\n=== summary ===");
for (const r of results) console.log([`# ${r.name}`, ...r.lines].join("\n"));
process.exit(failed ? 1 : 0);
