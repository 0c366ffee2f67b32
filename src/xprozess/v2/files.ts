/**
 * The files embedded in an XProzess 2.0 message (`Prozessmodell`: `prozessmodelldatei`, `visualisierungsdatei`,
 * `beschreibungsdatei`, each a `Datei` with `xs:base64Binary` content): list them, decode them strictly and tell
 * ZIP from XML from other content by their bytes. Unpacking ZIP archives is in `archive.ts` (it loads `fflate`,
 * which reading and validating messages do not need).
 *
 * The FIM Bund export wraps each file in a ZIP archive with one entry (the BPMN DI export as XML, the picture and
 * the report as PDF); `GerPS-onto` reads the BPMN as "the first entry of a ZIP". This module does not assume it:
 * it sniffs the decoded bytes.
 */
import type { Result } from "../../core/result.ts";
import { failure, success, unwrap } from "../../core/result.ts";
import { sourceElement } from "../../core/xml/cursor.ts";
import { fileDiagnostic } from "./file-diagnostic.ts";
import type { Datei, Nachricht } from "./model.ts";
import { PREFIX } from "./namespace.ts";
import { prozesseOf } from "./prozesse.ts";

/** The three places a `Datei` can be embedded in a `Prozessmodell`. */
export type DateiArt = "prozessmodelldatei" | "visualisierungsdatei" | "beschreibungsdatei";

/** An embedded file as the message describes it (nothing decoded yet). */
export interface EingebetteteDatei {
  /** Where it is embedded. */
  readonly art: DateiArt;
  /** Id of the Prozess it belongs to. */
  readonly prozessID: string;
  readonly dateiname: string;
  /** `mimeType/code` (the list is chosen by the sender; the FIM file writes `1`), and its list. */
  readonly mimeType: string;
  readonly mimeTypeListURI?: string;
  /** `modellierungsmethode/code/code` and `…/freitext`. */
  readonly modellierungsmethode: string;
  readonly modellierungsmethodeFreitext?: string;
  /** Length of the base64 text without white space. */
  readonly base64Length: number;
  /** Size of the decoded content that the base64 length implies (exact for valid base64). */
  readonly declaredSize: number;
  /** Canonical path of the `Datei` element. */
  readonly path: string;
  /** Line of the `Datei` element, when the message was parsed. */
  readonly line?: number;
  /** The model object. */
  readonly datei: Datei;
}

/** What decoded bytes are, by their first bytes. */
export type ContentKind = "zip" | "xml" | "pdf" | "png" | "other";

const ARTEN: readonly DateiArt[] = ["prozessmodelldatei", "visualisierungsdatei", "beschreibungsdatei"];
const B64_WS = /[\t\n\r ]/g;

function base64Text(datei: Datei): string {
  return datei.inhalt.replace(B64_WS, "");
}

function sizeOfBase64(b64: string): number {
  const pad = b64.endsWith("==") ? 2 : b64.endsWith("=") ? 1 : 0;
  return Math.max(0, (b64.length / 4) * 3 - pad);
}

/**
 * Every embedded file of a message, in document order (per Prozess: model files, pictures, reports).
 *
 * @example
 * ```ts
 * import { listFiles, parse } from "fim-xoev/xprozess/v2";
 *
 * declare const xml: string;
 * for (const datei of listFiles(parse(xml))) {
 *   console.log(`Prozess ${datei.prozessID}: ${datei.art} "${datei.dateiname}", ${datei.declaredSize} bytes, line ${datei.line}`);
 * }
 * ```
 */
export function listFiles(nachricht: Nachricht): EingebetteteDatei[] {
  const out: EingebetteteDatei[] = [];
  for (const [prozess, path] of prozesseOf(nachricht).prozesse) {
    const modell = prozess.prozessmodell;
    if (modell === undefined) continue;
    for (const art of ARTEN) {
      const list = modell[art];
      list.forEach((datei, i) => {
        const b64 = base64Text(datei);
        const el = sourceElement(datei);
        const m = datei.modellierungsmethode;
        out.push({
          art,
          prozessID: prozess.id,
          dateiname: datei.dateiname,
          mimeType: datei.mimeType.code,
          ...(datei.mimeType.listURI !== undefined && { mimeTypeListURI: datei.mimeType.listURI }),
          modellierungsmethode: m.code.code,
          ...(m.freitext !== undefined && { modellierungsmethodeFreitext: m.freitext }),
          base64Length: b64.length,
          declaredSize: sizeOfBase64(b64),
          path: `${path}/${PREFIX}:prozessmodell/${PREFIX}:${art}${list.length > 1 ? `[${i + 1}]` : ""}`,
          ...(el !== undefined && { line: el.line }),
          datei,
        });
      });
    }
  }
  return out;
}

/**
 * Decodes `xs:base64Binary` strictly: white space is allowed anywhere, anything else outside the base64
 * alphabet, a length that is not a multiple of 4 or misplaced padding is an `invalid-base64` error (never a
 * silently shortened result).
 *
 * @example
 * ```ts
 * import { writeFileSync } from "node:fs";
 * import { type Prozess, safeDecodeBase64 } from "fim-xoev/xprozess/v2";
 *
 * declare const prozess: Prozess;
 * const bild = prozess.prozessmodell?.visualisierungsdatei[0];
 * if (bild !== undefined) {
 *   const bytes = safeDecodeBase64(bild.inhalt);
 *   if (bytes.success) writeFileSync(bild.dateiname, bytes.data);
 *   else console.error(bytes.diagnostics[0].message); // invalid-base64: never a silently shortened file
 * }
 * ```
 */
export function safeDecodeBase64(text: string, path = "/", line?: number): Result<Uint8Array> {
  const b64 = text.replace(B64_WS, "");
  const bad = /[^A-Za-z0-9+/=]/.exec(b64);
  if (bad !== null) return failure([fileDiagnostic("invalid-base64", `character ${JSON.stringify(bad[0])} at ${bad.index}`, path, line)]);
  if (b64.length % 4 !== 0) return failure([fileDiagnostic("invalid-base64", `length ${b64.length} is not a multiple of 4`, path, line)]);
  const eq = b64.indexOf("=");
  if (eq >= 0 && eq < b64.length - 2) return failure([fileDiagnostic("invalid-base64", `padding inside the text at ${eq}`, path, line)]);
  if (eq >= 0 && b64.slice(eq) !== "=".repeat(b64.length - eq))
    return failure([fileDiagnostic("invalid-base64", `padding inside the text at ${eq}`, path, line)]);
  return success(new Uint8Array(Buffer.from(b64, "base64")));
}

/**
 * Decodes `xs:base64Binary` strictly (see {@link safeDecodeBase64}).
 *
 * @throws {XoevError} with the `invalid-base64` finding.
 *
 * @example
 * ```ts
 * import { decodeBase64, sniffContent } from "fim-xoev/xprozess/v2";
 *
 * const bytes = decodeBase64("UEsFBgAAAAAAAAAAAAAAAAAAAAAAAA=="); // an empty ZIP archive
 * console.log(bytes.length, sniffContent(bytes)); // 22 "zip"
 * ```
 */
export function decodeBase64(text: string): Uint8Array {
  return unwrap(safeDecodeBase64(text));
}

/**
 * Decodes an embedded file's content strictly (see {@link safeDecodeBase64}).
 *
 * @example
 * ```ts
 * import { listFiles, parse, safeDecodeFile, sniffContent } from "fim-xoev/xprozess/v2";
 *
 * declare const xml: string;
 * for (const datei of listFiles(parse(xml))) {
 *   const bytes = safeDecodeFile(datei);
 *   console.log(datei.dateiname, bytes.success ? sniffContent(bytes.data) : bytes.diagnostics[0].message);
 * }
 * ```
 */
export function safeDecodeFile(file: EingebetteteDatei): Result<Uint8Array> {
  return safeDecodeBase64(file.datei.inhalt, `${file.path}/${PREFIX}:inhalt`, file.line);
}

/**
 * What bytes are, by their signature; XML also when it starts with a BOM or white space before `<`.
 *
 * @example
 * ```ts
 * import { readFileSync } from "node:fs";
 * import { sniffContent } from "fim-xoev/xprozess/v2";
 *
 * const kind = sniffContent(readFileSync("hundesteuer-anmeldung.bpmn"));
 * const mimeType = { zip: "application/zip", xml: "application/xml", pdf: "application/pdf", png: "image/png", other: "application/octet-stream" }[kind];
 * console.log(mimeType);
 * ```
 */
export function sniffContent(bytes: Uint8Array): ContentKind {
  const b = (i: number) => bytes[i] ?? -1;
  if (b(0) === 0x50 && b(1) === 0x4b && ((b(2) === 3 && b(3) === 4) || (b(2) === 5 && b(3) === 6))) return "zip";
  if (b(0) === 0x25 && b(1) === 0x50 && b(2) === 0x44 && b(3) === 0x46) return "pdf";
  if (b(0) === 0x89 && b(1) === 0x50 && b(2) === 0x4e && b(3) === 0x47) return "png";
  let i = b(0) === 0xef && b(1) === 0xbb && b(2) === 0xbf ? 3 : 0;
  while (i < bytes.length && (b(i) === 0x20 || b(i) === 0x09 || b(i) === 0x0a || b(i) === 0x0d)) i++;
  return b(i) === 0x3c ? "xml" : "other";
}
