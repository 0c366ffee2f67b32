/** Shared set-up of the FIT-Connect tests: a schema fixture, its sample Fachdaten, a small PDF, RSA keys made here. */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { exportJWK, generateKeyPair } from "jose";
import type { JWK } from "../../src/fitconnect/index.ts";
import { buildForm, type FormData, sampleFachdaten } from "../../src/xdatenfelder/forms/index.ts";
import { parse } from "../../src/xdatenfelder/index.ts";
import type { Stammdatenschema } from "../../src/xdatenfelder/v3/model.ts";
import { REPO_ROOT } from "../support/shared.ts";

/** The bundled form fixture (every datatype). */
export const SCHEMA_FILE = join(REPO_ROOT, "fixtures/forms/alle-datentypen.xdf3.xml");

export function fixtureSchema(): Stammdatenschema {
  const n = parse(readFileSync(SCHEMA_FILE));
  if (n.version !== "3.0.0" || n.nachricht.kind !== "xdatenfelder.stammdatenschema.0102") throw new Error("fixture is no 3.0.0 schema");
  return n.nachricht.stammdatenschema;
}

export function sampleOf(schema: Stammdatenschema): FormData {
  return sampleFachdaten(buildForm(schema));
}

/** A minimal, well-formed one-page PDF (text "Anlage <label>"), made here rather than checked in. */
export function smallPdf(label: string): Uint8Array {
  const stream = `BT /F1 12 Tf 72 720 Td (Anlage ${label}) Tj ET`;
  const objects = [
    "<< /Type /Catalog /Pages 2 0 R >>",
    "<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
    "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R /Resources << /Font << /F1 5 0 R >> >> >>",
    `<< /Length ${stream.length} >>\nstream\n${stream}\nendstream`,
    "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>",
  ];
  let pdf = "%PDF-1.4\n";
  const offsets: number[] = [];
  objects.forEach((o, i) => {
    offsets.push(pdf.length);
    pdf += `${i + 1} 0 obj\n${o}\nendobj\n`;
  });
  const xref = pdf.length;
  pdf += `xref\n0 ${objects.length + 1}\n0000000000 65535 f \n`;
  for (const off of offsets) pdf += `${String(off).padStart(10, "0")} 00000 n \n`;
  pdf += `trailer\n<< /Size ${objects.length + 1} /Root 1 0 R >>\nstartxref\n${xref}\n%%EOF\n`;
  return new TextEncoder().encode(pdf);
}

/** An RSA key pair for RSA-OAEP-256 (2048 bits: fast enough for tests), as JWKs with a key id. */
export async function keyPair(kid?: string): Promise<{ publicKey: JWK; privateKey: JWK }> {
  const { publicKey, privateKey } = await generateKeyPair("RSA-OAEP-256", { modulusLength: 2048, extractable: true });
  const id = kid === undefined ? {} : { kid };
  return { publicKey: { ...(await exportJWK(publicKey)), ...id }, privateKey: { ...(await exportJWK(privateKey)), ...id } };
}
