/**
 * The mapping file: links the files do not carry themselves, stated by the user. XDatenfelder has no structured
 * link from a schema to its Leistung (its key appears only in free text, if at all), so a portal or form system
 * keeps such a table anyway; the catalogue reads it as JSON:
 *
 * ```json
 * { "fimCatalogMapping": 1,
 *   "links": [ { "leistungsschluessel": "99006028261000", "stammdatenschema": "S00000000362",
 *                "dokumentsteckbrief": "D00000000362", "prozess": "99006028261000" } ] }
 * ```
 *
 * Each entry links every object it names to the key (evidence `mapping`); a `stammdatenschema` may carry a
 * version as `S…@1.2`.
 */
import { z } from "zod";
import { diagnostic } from "../core/diagnostics/create.ts";
import type { Diagnostic } from "../core/diagnostics/diagnostic.ts";
import { failure, type Result, success } from "../core/result.ts";
import { safeDecodeBytes } from "../core/text/decode.ts";
import { safeParseLeistungsschluessel } from "../leika/key.ts";
import type { CatalogLink, CatalogObjectKind, CatalogRef } from "./model.ts";

const Entry = z
  .object({
    leistungsschluessel: z.string(),
    stammdatenschema: z.union([z.string(), z.array(z.string())]).optional(),
    dokumentsteckbrief: z.union([z.string(), z.array(z.string())]).optional(),
    prozessklasse: z.union([z.string(), z.array(z.string())]).optional(),
    prozess: z.union([z.string(), z.array(z.string())]).optional(),
    xzufiLeistung: z.union([z.string(), z.array(z.string())]).optional(),
  })
  .strict();

const MappingFile = z.object({ fimCatalogMapping: z.literal(1), links: z.array(Entry) }).strict();

/** One entry of a mapping file. */
export type CatalogMappingEntry = z.infer<typeof Entry>;

const FIELDS: readonly [keyof CatalogMappingEntry, CatalogObjectKind][] = [
  ["stammdatenschema", "stammdatenschema"],
  ["dokumentsteckbrief", "dokumentsteckbrief"],
  ["prozessklasse", "prozessklasse"],
  ["prozess", "prozess"],
  ["xzufiLeistung", "xzufi-leistung"],
];

function invalid(issue: string, path: string, file: string): Diagnostic {
  return diagnostic({ code: "invalid-input", params: { issue }, severity: "error", stage: "input", path, file });
}

function refOf(kind: CatalogObjectKind, value: string): CatalogRef {
  const at = kind === "stammdatenschema" || kind === "dokumentsteckbrief" ? value.lastIndexOf("@") : -1;
  return at > 0 ? { kind, id: value.slice(0, at), version: value.slice(at + 1) } : { kind, id: value };
}

/**
 * Reads a mapping file into links (UTF-8 JSON; every problem is a diagnostic with its JSON path).
 *
 * @example
 * ```ts
 * import { readFileSync } from "node:fs";
 * import { parseMapping } from "fim-xoev/catalog";
 *
 * // { "fimCatalogMapping": 1, "links": [{ "leistungsschluessel": "99125001012000", "stammdatenschema": "S60000000017@1.0.0" }] }
 * const links = parseMapping(readFileSync("hundesteuer.mapping.json"), "hundesteuer.mapping.json");
 * if (links.success) for (const l of links.data) console.log(`${l.from.kind} ${l.from.id} → ${l.to.kind} ${l.to.id}`);
 * else for (const d of links.diagnostics) console.error(`${d.path}: ${d.message}`); // the JSON path of each problem
 * ```
 */
export function parseMapping(content: string | Uint8Array, file: string): Result<CatalogLink[]> {
  let text: string;
  if (typeof content === "string") text = content;
  else {
    const bom = content[0] === 0xef && content[1] === 0xbb && content[2] === 0xbf ? 3 : 0;
    const decoded = safeDecodeBytes(content.subarray(bom), "UTF-8", { source: "text", stage: "input", path: "", file }, bom);
    if (!decoded.success) return failure(decoded.diagnostics);
    text = decoded.data;
  }
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (e) {
    return failure([invalid(`not JSON: ${e instanceof Error ? e.message : String(e)}`, "", file)]);
  }
  const parsed = MappingFile.safeParse(json);
  if (!parsed.success) {
    const ds = parsed.error.issues.map((i) => invalid(i.message, `/${i.path.join("/")}`, file));
    return failure(ds as [Diagnostic, ...Diagnostic[]]);
  }
  const links: CatalogLink[] = [];
  const problems: Diagnostic[] = [];
  const source = { file, standard: "fim-xoev catalog mapping" };
  parsed.data.links.forEach((entry, i) => {
    const key = safeParseLeistungsschluessel(entry.leistungsschluessel, { path: `/links/${i}/leistungsschluessel`, file });
    if (!key.success) {
      problems.push(...key.diagnostics);
      return;
    }
    const to: CatalogRef = { kind: "leika", id: key.data };
    const named: CatalogRef[] = [];
    for (const [field, kind] of FIELDS) {
      const v = entry[field];
      for (const value of v === undefined ? [] : Array.isArray(v) ? v : [v]) named.push(refOf(kind, value.trim()));
    }
    for (const from of named) links.push({ from, to, evidence: "mapping", source });
    // A mapped schema and Dokumentsteckbrief belong together as well.
    for (const s of named.filter((n) => n.kind === "stammdatenschema")) {
      for (const d of named.filter((n) => n.kind === "dokumentsteckbrief")) links.push({ from: s, to: d, evidence: "mapping", source });
    }
  });
  if (problems.length > 0) return failure(problems as [Diagnostic, ...Diagnostic[]]);
  return success(links);
}
