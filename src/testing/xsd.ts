/**
 * The XSD-aware matcher: `await expect(xml).toValidateAsXDatenfelder()` runs the whole pipeline
 * xml → detect → xsd → model of the document's version (XDatenfelder 2.0 or 3.0.0) with the official schemas,
 * found like everywhere else: the `schemas` option, else `FIM_XOEV_SCHEMAS`, else the schema cache filled by
 * `fim-xoev schemas add`. It fails when the XSD stage did not run, unless `requireXsd: false`. Asynchronous:
 * `await` it (vitest and jest both support async matchers).
 */
import { formatText } from "../core/report/text.ts";
import { isValid } from "../core/validation/pipeline.ts";
import type { Report } from "../core/validation/report.ts";
import * as v2 from "../xdatenfelder/v2/index.ts";
import * as v3 from "../xdatenfelder/v3/index.ts";
import type { MatcherResult } from "./index.ts";

/**
 * Options of {@link toValidateAsXDatenfelder}.
 *
 * @example
 * ```ts
 * import "fim-xoev/testing/vitest";
 * import type { ValidateAsXDatenfelderOptions } from "fim-xoev/testing";
 * import { expect, test } from "vitest";
 *
 * declare const xml: string;
 * const mitXsd: ValidateAsXDatenfelderOptions = { schemas: "/srv/xsd", file: "S00000000362.xml" };
 * test("valid against the official XSD", async () => {
 *   await expect(xml).toValidateAsXDatenfelder(mitXsd);
 * });
 * ```
 */
export interface ValidateAsXDatenfelderOptions {
  /** Schema root with the official XSDs (default: `FIM_XOEV_SCHEMAS`, else the schema cache). */
  readonly schemas?: string;
  /** Environment to read `FIM_XOEV_SCHEMAS` / `FIM_XOEV_CACHE` from (default `process.env`). */
  readonly env?: Readonly<Record<string, string | undefined>>;
  /** Require that the XSD stage ran (default `true`); `false` accepts the model stage alone. */
  readonly requireXsd?: boolean;
  /** File name for the messages. */
  readonly file?: string;
}

/** The async matcher's signature, for declaration merging into a test framework's assertion type. */
export interface FimXsdMatchers<R = unknown> {
  /** Validates XML through xml → detect → xsd → model; fails when the XSD stage did not run (unless told). */
  toValidateAsXDatenfelder(options?: ValidateAsXDatenfelderOptions): Promise<R>;
}

/** The report of validating a document of either XDatenfelder version. */
async function validateEither(xml: string | Uint8Array, options: ValidateAsXDatenfelderOptions): Promise<Report> {
  const common = {
    ...(options.schemas !== undefined && { schemas: options.schemas }),
    ...(options.env !== undefined && { env: options.env }),
    ...(options.file !== undefined && { file: options.file }),
  };
  const r3 = await v3.validate(xml, common);
  // a 2.0 document is in another namespace: the 3.0.0 pipeline stops at detect with unknown-namespace
  if (!r3.report.diagnostics.some((d) => d.code === "unknown-namespace")) return r3.report;
  const r2 = await v2.validate(xml, common);
  return r2.report.diagnostics.some((d) => d.code === "unknown-namespace") ? r3.report : r2.report;
}

/**
 * Passes when the XML is valid XDatenfelder 2.0 or 3.0.0 with every stage run, the XSD stage included (or, with
 * `requireXsd: false`, when every stage that ran found nothing). The failure message lists the findings or says
 * why the XSD stage did not run and how to give it schemas.
 *
 * @example
 * ```ts
 * import "fim-xoev/testing/vitest";
 * import { readFileSync } from "node:fs";
 * import { expect, test } from "vitest";
 *
 * test("Antrag validates with the XSD stage", async () => {
 *   // schemas from the option, else FIM_XOEV_SCHEMAS, else the schema cache (`fim-xoev schemas add`)
 *   await expect(readFileSync("antrag.xdf3.xml")).toValidateAsXDatenfelder();
 *   await expect(readFileSync("antrag.xdf2.xml", "utf8")).toValidateAsXDatenfelder({ schemas: "/opt/xoev-schemas" });
 * });
 * ```
 */
export async function toValidateAsXDatenfelder(received: unknown, options: ValidateAsXDatenfelderOptions = {}): Promise<MatcherResult> {
  if (typeof received !== "string" && !(received instanceof Uint8Array)) {
    return { pass: false, message: () => "expected an XML string or bytes" };
  }
  const requireXsd = options.requireXsd !== false;
  const report = await validateEither(received, options);
  const pass = isValid(report, { requireXsd });
  const withoutXsd = !pass && isValid(report, { requireXsd: false });
  const gap = report.incomplete?.find((g) => g.stage === "xsd");
  return {
    pass,
    message: () =>
      pass
        ? `expected the document not to validate as XDatenfelder, but it does (${report.standard ?? "?"}${gap === undefined ? ", XSD included" : ", without XSD"})`
        : withoutXsd
          ? `expected the document to validate as XDatenfelder, but the XSD stage did not run: ${gap?.reason ?? "no schemas"}. ` +
            "Pass { schemas: dir }, set FIM_XOEV_SCHEMAS, or add the official files once with 'fim-xoev schemas add <zip|folder|url>'; " +
            "{ requireXsd: false } accepts the model stage alone."
          : `expected the document to validate as XDatenfelder:\n${formatText([report])}`,
  };
}

/**
 * The async matchers, for `expect.extend(fimXsdMatchers)`.
 *
 * @example
 * ```ts
 * import { fimMatchers, fimXsdMatchers } from "fim-xoev/testing";
 * import { expect } from "vitest";
 *
 * expect.extend({ ...fimMatchers, ...fimXsdMatchers });
 * ```
 */
export const fimXsdMatchers = {
  /** {@link toValidateAsXDatenfelder} */
  toValidateAsXDatenfelder,
};
