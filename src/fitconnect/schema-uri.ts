/**
 * `submissionSchema.schemaUri` for FIM Fachdaten, and the resolver the receiving side uses to find the local
 * Stammdatenschema a URI names.
 *
 * Convention (FIM schema repository, used by FIT-Connect clients): the JSON Schema of a Stammdatenschema lives at
 * the immutable URL `https://schema.fitko.de/fim/s<8 digits>_<version>.schema.json`, where `s<8 digits>` is the
 * lower-cased XDatenfelder 2.0-style id (`S00000114` → `s00000114`) and the version has two parts (`1.1`).
 * A 3.0.0 id (`S00000000114`, Unternummernkreis `000`) and version (`1.1.0`) are narrowed to that form; an id with
 * another Unternummernkreis or a version with a patch level has no 2.0 form, so no URI follows from the
 * convention, and the caller must give one. The convention is published for JSON Schemas only; for XML Fachdaten
 * (XSD) no URL scheme is public, so an XML submission always needs an explicit URI.
 */
import { diagnostic, useMessages } from "../core/diagnostics/create.ts";
import { failure, type Result, success } from "../core/result.ts";
import { narrowId, narrowVersion } from "../xdatenfelder/convert/ids.ts";
import type { ElementIdentifikation, Stammdatenschema } from "../xdatenfelder/v3/model.ts";
import { FITCONNECT_MESSAGES } from "./messages.ts";

useMessages(FITCONNECT_MESSAGES);

/**
 * Base of the FIM schema repository, where the JSON Schemas of Stammdatenschemata live at immutable URLs.
 *
 * @example
 * ```ts
 * import { FIM_SCHEMA_BASE } from "fim-xoev/fitconnect";
 *
 * declare const schemaUri: string;
 * console.log(schemaUri.startsWith(FIM_SCHEMA_BASE) ? "FIM schema repository" : "schema of another publisher");
 * ```
 */
export const FIM_SCHEMA_BASE = "https://schema.fitko.de/fim/";

const XDF2_ID = /^S\d{8}$/;
const FIM_URI = /^https:\/\/schema\.fitko\.de\/fim\/(s\d{8})_(\d+\.\d+)\.schema\.json$/;

function schemaName(id: ElementIdentifikation): string {
  return id.version === undefined ? id.id : `${id.id}V${id.version}`;
}

/**
 * The FIM JSON Schema URI of a Stammdatenschema (3.0.0 identification; a 2.0 id `S00000114` with version `1.1`
 * is taken as it is). Fails with `submission-schema-uri-unknown` when the convention gives none.
 *
 * @example
 * ```ts
 * import { safeFimSchemaUri } from "fim-xoev/fitconnect";
 *
 * const uri = safeFimSchemaUri({ id: "S00000000114", version: "1.1.0" });
 * if (uri.success) console.log(uri.data); // https://schema.fitko.de/fim/s00000114_1.1.schema.json
 * const ohne = safeFimSchemaUri({ id: "S99000000101", version: "1.0.1" }); // a patch level: no two-part version
 * console.log(ohne.success ? ohne.data : ohne.diagnostics[0].code); // submission-schema-uri-unknown
 * ```
 */
export function safeFimSchemaUri(identifikation: ElementIdentifikation): Result<string> {
  const fail = (reason: string) =>
    failure<string>([
      diagnostic({
        code: "submission-schema-uri-unknown",
        params: { schema: schemaName(identifikation), reason },
        severity: "error",
        stage: "input",
        path: "/contentStructure/data/submissionSchema/schemaUri",
      }),
    ]);
  const { id, version } = identifikation;
  if (version === undefined) return fail("the schema has no version (a working copy)");
  const id2 = XDF2_ID.test(id) ? id : narrowId(id);
  if (id2 === undefined || !XDF2_ID.test(id2))
    return fail("the id has no XDatenfelder 2.0 form (Unternummernkreis other than 000, or not a schema id)");
  const v2 = narrowVersion(version);
  if (v2 === undefined) return fail("the version has a patch level other than 0");
  return success(`${FIM_SCHEMA_BASE}${id2.toLowerCase()}_${v2}.schema.json`);
}

/**
 * The id (2.0 form, upper case) and two-part version a FIM schema URI names; `undefined` for other URIs.
 *
 * @example
 * ```ts
 * import { parseFimSchemaUri } from "fim-xoev/fitconnect";
 *
 * const named = parseFimSchemaUri("https://schema.fitko.de/fim/s00000114_1.1.schema.json");
 * console.log(named); // { id: "S00000114", version: "1.1" }
 * ```
 */
export function parseFimSchemaUri(uri: string): { readonly id: string; readonly version: string } | undefined {
  const m = FIM_URI.exec(uri);
  return m === null ? undefined : { id: (m[1] as string).toUpperCase(), version: m[2] as string };
}

/** Finds the local Stammdatenschema for a `submissionSchema.schemaUri`; `undefined` when none is known. */
export type SchemaResolver = (schemaUri: string) => Stammdatenschema | undefined;

/**
 * A resolver over local schemas: each answers for the URI the convention derives from it, and for any URI given
 * explicitly beside it (`{ schema, schemaUri }`, e.g. for XML Fachdaten or schemas without a 2.0 form).
 *
 * @example
 * ```ts
 * import { readFileSync } from "node:fs";
 * import { safeVerifySubmission, schemaResolver, type SubmissionParts } from "fim-xoev/fitconnect";
 * import { parse } from "fim-xoev/xdatenfelder/v3";
 *
 * declare const parts: SubmissionParts;
 * const n = parse(readFileSync("S99000000101.xml"));
 * if (n.kind === "xdatenfelder.stammdatenschema.0102") {
 *   const schema = n.stammdatenschema;
 *   // answers for the JSON Schema URI the convention derives (…/fim/s99000101_1.0.schema.json) and, since XML
 *   // Fachdaten have no URL convention, for the URI the sender names for the XSD
 *   const resolveSchema = schemaResolver([schema, { schema, schemaUri: "https://schema.musterkreis.de/fim/S99000000101_1.0.0.xsd" }]);
 *   const verified = await safeVerifySubmission(parts, { resolveSchema });
 *   console.log(verified.data?.checks.fachdaten);
 * }
 * ```
 */
export function schemaResolver(
  schemas: readonly (Stammdatenschema | { readonly schema: Stammdatenschema; readonly schemaUri: string })[],
): SchemaResolver {
  const byUri = new Map<string, Stammdatenschema>();
  for (const entry of schemas) {
    if ("schema" in entry) {
      byUri.set(entry.schemaUri, entry.schema);
      continue;
    }
    const uri = safeFimSchemaUri(entry.identifikation);
    if (uri.success) byUri.set(uri.data, entry);
  }
  return (uri) => byUri.get(uri);
}
