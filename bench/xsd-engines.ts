/**
 * The XSD stage alone, js engine vs libxml2 engine, on the 68 XDatenfelder 3.0.0 files of the shared corpus, in one
 * process and the same run (rounds alternate the engines):
 *
 *   npx tsx bench/xsd-engines.ts [--rounds N]
 *
 * - `js (tree)`: what the pipeline pays: `validate(bytes, { tree })` with the tree the xml stage read (reading not
 *   counted, the pipeline reads the document anyway).
 * - `js (bytes)`: `validate(bytes)`: the js engine reads the document itself.
 * - `libxml2`: `validate(bytes)`: libxml2-wasm parses and validates.
 *
 * Prints the median CPU time (`process.cpuUsage`, so GC threads count) and wall time per round of each.
 * Shared folder: env FIM_XOEV_SHARED, else ../shared next to the repository.
 */
import { readFileSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { createXsdValidator, loadSchemaSet, type XsdValidator } from "../src/core/validation/index.ts";
import type { XmlElement } from "../src/core/xml/node.ts";
import { readXml } from "../src/core/xml/read.ts";

const repoRoot = resolve(dirname(fileURLToPath(import.meta.url)), "..");
const shared = resolve(process.env.FIM_XOEV_SHARED ?? join(repoRoot, "../shared"));
const at = process.argv.indexOf("--rounds");
const rounds = at > 0 ? Number(process.argv[at + 1]) : 3;

const corpus = join(shared, "corpus", "xdatenfelder");
const [header, ...rows] = readFileSync(join(corpus, "MANIFEST.tsv"), "utf8")
  .split(/\r?\n/)
  .filter((l) => l !== "");
const cols = (header as string).split("\t");
const files = rows
  .map((r) => r.split("\t"))
  .filter((c) => c[cols.indexOf("xdf_version")] === "3.0.0")
  .map((c) => join(corpus, c[cols.indexOf("file")] as string));
const bytes = files.map((f) => readFileSync(f));
const total = bytes.reduce((n, b) => n + b.length, 0);

const set = await loadSchemaSet("xdatenfelder-3.0.0", { schemas: join(shared, "standards") });
const js = await createXsdValidator(set, { engine: "js" });
const libxml2 = await createXsdValidator(set, { engine: "libxml2" });

type Mode = { readonly name: string; readonly run: (i: number) => boolean };
const trees: (XmlElement | undefined)[] = [];
const modes: Mode[] = [
  {
    name: "js (tree)",
    run: (i) => {
      // one document's tree at a time, as the pipeline holds it
      const tree = trees[i] as XmlElement;
      return js.validate(bytes[i] as Uint8Array, { tree }).valid;
    },
  },
  { name: "js (bytes)", run: (i) => js.validate(bytes[i] as Uint8Array).valid },
  { name: "libxml2", run: (i) => (libxml2 as XsdValidator).validate(bytes[i] as Uint8Array).valid },
];

const median = (v: number[]) => {
  const s = [...v].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 === 1 ? (s[m] as number) : ((s[m - 1] as number) + (s[m] as number)) / 2;
};
const results = modes.map(() => ({ cpu: [] as number[], wall: [] as number[] }));
for (let round = 0; round <= rounds; round++) {
  for (let k = 0; k < modes.length; k++) {
    const m = (round + k) % modes.length;
    const mode = modes[m] as Mode;
    let cpu = 0;
    let wall = 0;
    for (let i = 0; i < bytes.length; i++) {
      if (mode.name === "js (tree)") {
        const read = readXml(bytes[i] as Uint8Array);
        if (!read.success) throw new Error(`${files[i]} does not read`);
        trees[i] = read.data.root;
      }
      const c = process.cpuUsage();
      const t = performance.now();
      if (!mode.run(i)) throw new Error(`${files[i]} is not valid with ${mode.name}: the benchmark input is wrong`);
      wall += performance.now() - t;
      const u = process.cpuUsage(c);
      cpu += (u.user + u.system) / 1000;
      trees[i] = undefined;
    }
    if (round > 0) {
      results[m]?.cpu.push(cpu);
      results[m]?.wall.push(wall);
    }
  }
}
console.log(
  `XSD stage alone, ${files.length} XDatenfelder 3.0.0 files, ${(total / 1e6).toFixed(1)} MB, median of ${rounds} rounds (after one warm-up)`,
);
for (const [m, mode] of modes.entries()) {
  const r = results[m] as { cpu: number[]; wall: number[] };
  console.log(`  ${mode.name.padEnd(12)} ${median(r.cpu).toFixed(0).padStart(6)} ms CPU ${median(r.wall).toFixed(0).padStart(6)} ms wall`);
}
js.dispose();
libxml2.dispose();
