/**
 * Reads the reference QS findings (`reference-outputs/qs/qs-findings.tsv`, and those on the one-defect variants in
 * `reference-outputs/qs-mutants/`) and compares ours with them.
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import type { Diagnostic } from "../../../src/core/diagnostics/diagnostic.ts";
import { SHARED } from "../../support/shared.ts";

const QS = join(SHARED, "reference-outputs", "qs");
/** The one-defect variants of a corpus schema and the reference's findings on them. */
export const QS_MUTANTS = join(SHARED, "reference-outputs", "qs-mutants");

/** One reference finding, reduced to what we compare: code, element (id + V + version), child id. */
export interface Finding {
  readonly file: string;
  readonly code: string;
  readonly element: string;
  readonly sub: string;
  readonly network: boolean;
}

function tsv(name: string, dir = QS): Record<string, string>[] {
  const [head, ...lines] = readFileSync(join(dir, name), "utf8").trimEnd().split("\n");
  const cols = (head ?? "").split("\t");
  return lines.map((l) => Object.fromEntries(l.split("\t").map((c, i) => [cols[i] ?? `c${i}`, c])));
}

/** Every reference finding. */
export function referenceFindings(): Finding[] {
  return tsv("qs-findings.tsv").map((r) => ({
    file: r.file ?? "",
    code: r.code ?? "",
    element: r.element_id ?? "",
    sub: r.sub_id ?? "",
    network: r.network_dependent === "yes",
  }));
}

/**
 * The reference's findings on the one-defect variants (`qs-mutants/qs-findings.tsv`); 1115 (code list not
 * reachable offline) is left out there already and is dropped here should it appear.
 */
export function mutantFindings(): Finding[] {
  return tsv("qs-findings.tsv", QS_MUTANTS)
    .filter((r) => r.code !== "1115")
    .map((r) => ({ file: r.file ?? "", code: r.code ?? "", element: r.element_id ?? "", sub: r.sub_id ?? "", network: false }));
}

/** The one-defect variants (`qs-mutants/files/MANIFEST.tsv`): file name and mutation. */
export function mutants(): { file: string; mutation: string }[] {
  return tsv("MANIFEST.tsv", join(QS_MUTANTS, "files")).map((r) => ({ file: r.file ?? "", mutation: r.mutation ?? "" }));
}

/** Every file the reference checked, with its version and execution time. */
export function referenceTiming(): { file: string; version: string; execMs: number; wallMs: number }[] {
  return tsv("timing.tsv").map((r) => ({
    file: r.file ?? "",
    version: r.xdf_version ?? "",
    execMs: Number(r.exec_ms),
    wallMs: Number(r.wall_ms),
  }));
}

/** Our findings in the reference's shape. */
export function ourFindings(file: string, diagnostics: readonly Diagnostic[]): Finding[] {
  const out: Finding[] = [];
  for (const d of diagnostics) {
    if (d.code !== "quality-check") continue;
    const [element = "", sub = ""] = d.params.element.split(" > ");
    out.push({ file, code: d.params.rule, element, sub, network: false });
  }
  return out;
}

/** The comparison key of a finding. */
export const key = (f: Finding) => `${f.file}|${f.code}|${f.element}|${f.sub}`;

/** Precision and recall per code. */
export interface CodeScore {
  readonly code: string;
  readonly tp: number;
  readonly fp: number;
  readonly fn: number;
  readonly precision: number;
  readonly recall: number;
}

/** Scores ours against the reference (network-dependent reference findings excluded). */
export function score(ours: readonly Finding[], reference: readonly Finding[]): { perCode: CodeScore[]; fp: Finding[]; fn: Finding[] } {
  const ref = new Map(reference.filter((f) => !f.network).map((f) => [key(f), f]));
  const our = new Map(ours.map((f) => [key(f), f]));
  const codes = new Set([...ref.values(), ...our.values()].map((f) => f.code));
  const fp = [...our.values()].filter((f) => !ref.has(key(f)));
  const fn = [...ref.values()].filter((f) => !our.has(key(f)));
  const perCode = [...codes].sort().map((code) => {
    const tp = [...our.values()].filter((f) => f.code === code && ref.has(key(f))).length;
    const fpc = fp.filter((f) => f.code === code).length;
    const fnc = fn.filter((f) => f.code === code).length;
    return { code, tp, fp: fpc, fn: fnc, precision: tp + fpc === 0 ? 1 : tp / (tp + fpc), recall: tp + fnc === 0 ? 1 : tp / (tp + fnc) };
  });
  return { perCode, fp, fn };
}
