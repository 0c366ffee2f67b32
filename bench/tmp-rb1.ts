import { readFileSync } from "node:fs";
import { readXmlFor } from "../src/core/xml/read.ts";
import { SHALLOW_REPEATS } from "../src/xdatenfelder/v3/parse.ts";
const dir = "/work/shared/corpus/xdatenfelder/";
const files = readFileSync(dir + "MANIFEST.tsv", "utf8").split("\n").slice(1).map(l => l.split("\t")).filter(c => c[6] === "3.0.0").map(c => c[0] as string);
const bufs = files.map(f => readFileSync(dir + f));
const times: number[] = [];
for (let r = 0; r < 15; r++) {
  const t = performance.now();
  for (const b of bufs) { const x = readXmlFor(b, { shallowRepeats: SHALLOW_REPEATS }, undefined); if (!x.success) throw new Error("x"); }
  times.push(performance.now() - t);
}
console.log("read", times.map(t => t.toFixed(0)).join(" "));
