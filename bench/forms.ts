/**
 * Forms: (1) exporting JSON Schema + Fachdaten XSD for every XDatenfelder 3.0.0 file of the corpus, against the
 * reference XSLTs' execution time on the same files (`reference-outputs/export-timing.tsv`, `exec_ms` of
 * XDF3_2_JSON_0_02 and XDF3_2_XFall_1_01: without JVM start and stylesheet compilation); goal ≥ 20× faster.
 * (2) validating 10,000 generated instances of the largest schema with the zod validator and with ajv (compiled
 * JSON Schema), in the same run, with a check that both give the same verdict on each.
 *
 *   npx tsx bench/forms.ts [--rounds N] [--instances N]
 *
 * Export round: parse (XML → model) + form model + JSON Schema text + XSD text per file, files read into memory
 * first; median of N rounds after one warm-up. The figure without parsing is reported too. Shared folder: env
 * FIM_XOEV_SHARED, else ../shared next to the repository.
 */
import { readFileSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import { parseArgs } from "node:util";
import Ajv2020 from "ajv/dist/2020.js";
import addFormats from "ajv-formats";
import fc from "fast-check";
import { buildForm, type Form, jsonSchemaText, toFachdatenXsd, toJsonSchema, toZod } from "../src/xdatenfelder/forms/index.ts";
import * as v3 from "../src/xdatenfelder/v3/index.ts";
import { fachdatenArb, withDefect } from "../test/forms/arbitraries.ts";

const repoRoot = resolve(dirname(fileURLToPath(import.meta.url)), "..");
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] as number;

export interface FormsBenchResult {
  readonly files: number;
  readonly rounds: number;
  /** Median round, ms: parse + build + JSON Schema + XSD, and the part without parsing. */
  readonly exportMs: number;
  readonly exportWithoutParseMs: number;
  /** CPU time of the median export round (steadier than wall time on a loaded machine). */
  readonly exportCpuMs: number;
  readonly referenceJsonExecMs: number;
  readonly referenceXfallExecMs: number;
  /** (reference json + xfall exec_ms) / exportMs. Goal ≥ 20. */
  readonly speedup: number;
  readonly speedupWithoutParse: number;
  /** The same against our CPU time. */
  readonly speedupCpu: number;
  readonly largest: { readonly file: string; readonly elements: number };
  readonly instances: number;
  readonly invalidInstances: number;
  readonly zodMs: number;
  readonly ajvMs: number;
  readonly zodCpuMs: number;
  readonly ajvCpuMs: number;
  /** Size of all instances as JSON text. */
  readonly instanceBytes: number;
  readonly ajvCompileMs: number;
  readonly verdictsAgree: boolean;
  readonly node: string;
}

export function runFormsBench(options: { rounds?: number; instances?: number; shared?: string } = {}): FormsBenchResult {
  const shared = resolve(options.shared ?? process.env.FIM_XOEV_SHARED ?? join(repoRoot, "..", "shared"));
  const rounds = options.rounds ?? 5;
  const [head, ...rows] = readFileSync(join(shared, "reference-outputs", "export-timing.tsv"), "utf8")
    .trimEnd()
    .split("\n");
  const cols = (head ?? "").split("\t");
  const at = (n: string) => cols.indexOf(n);
  const timing = rows.map((r) => r.split("\t"));
  const files = [...new Set(timing.map((t) => t[at("file")] as string))].sort();
  const refMs = (step: string) => timing.filter((t) => t[at("step")] === step).reduce((s, t) => s + Number(t[at("exec_ms")]), 0);
  const sources = files.map((f) => ({ file: f, xml: readFileSync(join(shared, "corpus", "xdatenfelder", f), "utf8") }));

  let forms: { file: string; form: Form }[] = [];
  const exportRound = () => {
    let withoutParse = 0;
    const cpu0 = process.cpuUsage();
    const t0 = performance.now();
    const built: { file: string; form: Form }[] = [];
    let bytes = 0;
    for (const s of sources) {
      const n = v3.parse(s.xml);
      const t1 = performance.now();
      if (n.kind !== "xdatenfelder.stammdatenschema.0102") throw new Error(`${s.file}: not a Stammdatenschema`);
      const form = buildForm(n.stammdatenschema);
      bytes += jsonSchemaText(form).length + toFachdatenXsd(form).length;
      withoutParse += performance.now() - t1;
      built.push({ file: s.file, form });
    }
    forms = built;
    if (bytes === 0) throw new Error("nothing written");
    const cpu = process.cpuUsage(cpu0);
    return { total: performance.now() - t0, withoutParse, cpu: (cpu.user + cpu.system) / 1000 };
  };
  exportRound();
  const measured = Array.from({ length: rounds }, exportRound);
  const exportMs = median(measured.map((m) => m.total));
  const exportWithoutParseMs = median(measured.map((m) => m.withoutParse));
  const exportCpuMs = median(measured.map((m) => m.cpu));

  // Validation: the largest schema by number of distinct elements.
  const largest = forms.reduce((a, b) => (b.form.elements.length > a.form.elements.length ? b : a));
  const form = largest.form;
  const count = options.instances ?? 10_000;
  const valid = fc.sample(fachdatenArb(form), { numRuns: count, seed: 42 });
  const picks = fc.sample(fc.nat(), { numRuns: count, seed: 43 });
  // Half valid, half with one defect.
  const instances = valid.map((v, i) => (i % 2 === 1 ? (withDefect(form, v, picks[i] as number) ?? v) : v));
  const c0 = performance.now();
  const ajv = new Ajv2020({ strict: true, allErrors: false });
  addFormats(ajv);
  const validateAjv = ajv.compile(toJsonSchema(form));
  const ajvCompileMs = performance.now() - c0;
  const zod = toZod(form);
  for (const x of instances.slice(0, 200)) {
    zod.safeParse(x);
    validateAjv(x);
  }
  const zodVerdicts: boolean[] = [];
  const ajvVerdicts: boolean[] = [];
  const zc = process.cpuUsage();
  const z0 = performance.now();
  for (const x of instances) zodVerdicts.push(zod.safeParse(x).success);
  const zodMs = performance.now() - z0;
  const zcpu = process.cpuUsage(zc);
  const ac = process.cpuUsage();
  const a0 = performance.now();
  for (const x of instances) ajvVerdicts.push(validateAjv(x) as boolean);
  const ajvMs = performance.now() - a0;
  const acpu = process.cpuUsage(ac);
  const values = JSON.stringify(instances).length;

  const referenceJsonExecMs = refMs("json");
  const referenceXfallExecMs = refMs("xfall");
  return {
    files: files.length,
    rounds,
    exportMs,
    exportWithoutParseMs,
    exportCpuMs,
    referenceJsonExecMs,
    referenceXfallExecMs,
    speedup: (referenceJsonExecMs + referenceXfallExecMs) / exportMs,
    speedupCpu: (referenceJsonExecMs + referenceXfallExecMs) / exportCpuMs,
    speedupWithoutParse: (referenceJsonExecMs + referenceXfallExecMs) / exportWithoutParseMs,
    largest: { file: largest.file, elements: form.elements.length },
    instances: instances.length,
    invalidInstances: ajvVerdicts.filter((v) => !v).length,
    zodMs,
    ajvMs,
    zodCpuMs: (zcpu.user + zcpu.system) / 1000,
    ajvCpuMs: (acpu.user + acpu.system) / 1000,
    instanceBytes: values,
    ajvCompileMs,
    verdictsAgree: zodVerdicts.every((v, i) => v === ajvVerdicts[i]),
    node: process.version,
  };
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? "").href) {
  const { values } = parseArgs({ options: { rounds: { type: "string" }, instances: { type: "string" } } });
  const r = runFormsBench({
    ...(values.rounds !== undefined && { rounds: Number(values.rounds) }),
    ...(values.instances !== undefined && { instances: Number(values.instances) }),
  });
  const f = (n: number) => n.toFixed(0);
  console.log(`Export JSON Schema + XSD, ${r.files} XDatenfelder 3.0.0 files, median of ${r.rounds} rounds (Node ${r.node})`);
  console.log(`  ours, parse included      ${f(r.exportMs)} ms`);
  console.log(`  ours, without parse       ${f(r.exportWithoutParseMs)} ms`);
  console.log(`  ours, CPU time            ${f(r.exportCpuMs)} ms`);
  console.log(`  reference exec_ms         ${f(r.referenceJsonExecMs)} (json) + ${f(r.referenceXfallExecMs)} (xfall) ms`);
  console.log(
    `  speed-up                  ${r.speedup.toFixed(1)}× wall (${r.speedupCpu.toFixed(1)}× CPU, ${r.speedupWithoutParse.toFixed(1)}× without parse); goal ≥ 20× ${r.speedup >= 20 ? "met" : "NOT met"}`,
  );
  console.log(
    `Validate ${r.instances} generated instances (${r.invalidInstances} invalid, ${(r.instanceBytes / 1e6).toFixed(1)} MB as JSON) of ${r.largest.file} (${r.largest.elements} elements)`,
  );
  console.log(`  zod (toZod)               ${f(r.zodMs)} ms (CPU ${f(r.zodCpuMs)})  ${f((r.instances / r.zodMs) * 1000)} instances/s`);
  console.log(
    `  ajv (compiled)            ${f(r.ajvMs)} ms (CPU ${f(r.ajvCpuMs)})  ${f((r.instances / r.ajvMs) * 1000)} instances/s  (compile ${f(r.ajvCompileMs)} ms)`,
  );
  console.log(`  ajv / zod time            ${(r.ajvMs / r.zodMs).toFixed(2)}; same verdict on every instance: ${r.verdictsAgree}`);
}
