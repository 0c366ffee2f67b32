/** Shared set-up of the forms corpus tests: every schema of the corpus (3.0.0, and 2.0 converted) as a form model. */
import { readFileSync } from "node:fs";
import { safeParseGenericode } from "../../src/core/codelists/genericode.ts";
import { InMemoryCodeListProvider } from "../../src/core/codelists/provider.ts";
import { convertXdf2ToXdf3 } from "../../src/xdatenfelder/convert/index.ts";
import { type Form, safeBuildForm } from "../../src/xdatenfelder/forms/index.ts";
import { safeParse } from "../../src/xdatenfelder/index.ts";
import type { Nachricht } from "../../src/xdatenfelder/v3/model.ts";
import { type ManifestRow, manifest } from "../support/shared.ts";

/** The corpus rows with a Stammdatenschema of version 3.0.0 or 2.0. */
export function schemaRows(): ManifestRow[] {
  return manifest("xdatenfelder").filter((r) => r.xdf_version === "3.0.0" || r.xdf_version === "2.0");
}

/** Every genericode file of the corpus, as one code-list lookup. */
export function corpusCodeLists(): InMemoryCodeListProvider {
  const p = new InMemoryCodeListProvider();
  for (const r of manifest("xdatenfelder").filter((x) => x.xdf_version === "genericode-1.0")) {
    const g = safeParseGenericode(readFileSync(r.path), { file: r.file });
    if (g.data !== undefined) p.add(g.data);
  }
  return p;
}

/** The 3.0.0 message of a corpus file (2.0 converted with the corpus code lists). */
export async function xdf3Of(row: ManifestRow, codeLists: InMemoryCodeListProvider): Promise<Nachricht> {
  const parsed = safeParse(readFileSync(row.path), { file: row.file });
  if (parsed.data === undefined) throw new Error(`${row.file}: ${parsed.diagnostics[0]?.message}`);
  if (parsed.data.version === "3.0.0") return parsed.data.nachricht;
  const c = await convertXdf2ToXdf3(parsed.data.nachricht, { codeLists });
  if (c.data === undefined) throw new Error(`${row.file}: ${c.diagnostics[0]?.message}`);
  return c.data;
}

/** The form model of a corpus file. */
export async function formOf(row: ManifestRow, codeLists: InMemoryCodeListProvider): Promise<Form> {
  const n = await xdf3Of(row, codeLists);
  if (n.kind !== "xdatenfelder.stammdatenschema.0102") throw new Error(`${row.file}: not a Stammdatenschema`);
  const f = safeBuildForm(n.stammdatenschema, { codeLists });
  if (!f.success) throw new Error(`${row.file}: ${f.diagnostics.map((d) => d.message).join("; ")}`);
  return f.data;
}
