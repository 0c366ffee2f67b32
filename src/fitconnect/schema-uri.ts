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

/** Base of the FIM schema repository. */
export const FIM_SCHEMA_BASE = "https://schema.fitko.de/fim/";

const XDF2_ID = /^S\d{8}$/;
const FIM_URI = /^https:\/\/schema\.fitko\.de\/fim\/(s\d{8})_(\d+\.\d+)\.schema\.json$/;

function schemaName(id: ElementIdentifikation): string {
  return id.version === undefined ? id.id : `${id.id}V${id.version}`;
}

/**
 * The FIM JSON Schema URI of a Stammdatenschema (3.0.0 identification; a 2.0 id `S00000114` with version `1.1`
 * is taken as it is). Fails with `submission-schema-uri-unknown` when the convention gives none.
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

/** The id (2.0 form, upper case) and two-part version a FIM schema URI names; `undefined` for other URIs. */
export function parseFimSchemaUri(uri: string): { readonly id: string; readonly version: string } | undefined {
  const m = FIM_URI.exec(uri);
  return m === null ? undefined : { id: (m[1] as string).toUpperCase(), version: m[2] as string };
}

/** Finds the local Stammdatenschema for a `submissionSchema.schemaUri`; `undefined` when none is known. */
export type SchemaResolver = (schemaUri: string) => Stammdatenschema | undefined;

/**
 * A resolver over local schemas: each answers for the URI the convention derives from it, and for any URI given
 * explicitly beside it (`{ schema, schemaUri }`, e.g. for XML Fachdaten or schemas without a 2.0 form).
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
