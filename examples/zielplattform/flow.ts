/**
 * The whole FIM flow, from a Leistung to a Vorgang — runnable:
 *
 *   LeiKa row → XZuFi Leistung (Stammtext) → its Stammdatenschema (through the catalogue) → form state with the
 *   rules → Fachdaten JSON and XML → FIT-Connect submission, encrypted → the receiving side decrypts, verifies and
 *   validates → the case is matched to its Prozessklasse and Prozess.
 *
 *   npm run example:flow              # the bundled Hundesteuer example (fixtures/catalog/hundesteuer, fixtures/demo)
 *   npx tsx examples/zielplattform/flow.ts --short     # the few lines `npm run demo` ends with
 *
 * With ../shared beside the repository it then runs the same flow on a real corpus schema whose Leistungsschlüssel
 * appears only in its free text (no XZuFi Leistung or process in the corpus: the flow stops at the case).
 *
 * In an application, import from the package (`fim-xoev/catalog`, `fim-xoev/fitconnect`, `fim-xoev/leika`,
 * `fim-xoev/xzufi/v2_2_0`, `fim-xoev/xdatenfelder/v3`, `fim-xoev/xdatenfelder/forms`, `fim-xoev/xdatenfelder/regeln`).
 * The test suite runs this file (test/examples/flow.test.ts). Guide: docs/guides/leistung-to-vorgang.md.
 */
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { join, relative, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { exportJWK, generateKeyPair } from "jose";
import { Catalog } from "../../src/catalog/index.ts";
import { createSubmission, encryptSubmission, safeOpenSubmission } from "../../src/fitconnect/index.ts";
import { parseLeikaCsvSync } from "../../src/leika/index.ts";
import * as forms from "../../src/xdatenfelder/forms/index.ts";
import { evaluateForm, formTreeV3 } from "../../src/xdatenfelder/regeln/index.ts";
import * as xdf3 from "../../src/xdatenfelder/v3/index.ts";
import * as xprozess from "../../src/xprozess/v2/index.ts";
import * as xzufi from "../../src/xzufi/v2_2_0/index.ts";

const ROOT = fileURLToPath(new URL("../..", import.meta.url));

/** What one run of the flow did, step by step (the test checks it). */
export interface FlowResult {
  readonly key: string;
  readonly leistung?: string;
  readonly schema: string;
  /** Elements the rules made visible/required for the entered data. */
  readonly visible: number;
  readonly required: number;
  readonly fachdatenValid: boolean;
  readonly xmlRoundTrip: boolean;
  readonly submissionValid: boolean;
  /** The check states of the receiving side. */
  readonly checks: Readonly<Record<string, string>>;
  /** The Prozessklasse and Prozess the case was matched to (absent where the catalogue has none). */
  readonly prozessklasse?: string;
  readonly prozess?: string;
}

export interface FlowOptions {
  /** Folders and files for the catalogue. */
  readonly catalog: readonly string[];
  /** The Leistungsschlüssel to run the flow for. */
  readonly key: string;
  readonly log?: (line: string) => void;
}

function loadCatalog(paths: readonly string[]): Catalog {
  const catalog = new Catalog();
  const add = (p: string) => {
    if (readdirSyncSafe(p) === undefined) {
      catalog.add(readFileSync(p), { file: relative(ROOT, p) });
      return;
    }
    for (const name of (readdirSyncSafe(p) as string[]).sort()) {
      if (/\.(xml|csv)$/.test(name) || name.endsWith(".mapping.json")) add(join(p, name));
    }
  };
  for (const p of paths) add(p);
  return catalog;
}

function readdirSyncSafe(p: string): string[] | undefined {
  try {
    return readdirSync(p);
  } catch {
    return undefined;
  }
}

/** Runs the flow for one key; every step logs what it did. */
export async function runFlow(options: FlowOptions): Promise<FlowResult> {
  const log = options.log ?? console.log;

  // 1. The catalogue: LeiKa, XZuFi, XProzess, XDatenfelder and mapping files, linked by the Leistungsschlüssel.
  const catalog = loadCatalog(options.catalog.map((p) => resolve(ROOT, p)));
  const view = catalog.lookup(options.key).data;
  if (view === undefined) throw new Error(`${options.key} is no Leistungsschlüssel`);
  log(`1 catalogue   ${catalog.files.length} files; ${view.key}: ${view.leika.length} LeiKa row(s), ${view.leistungen.length} XZuFi Leistung(en), ${view.stammdatenschemata.length} schema(s), ${view.prozessklassen.length} Prozessklasse(n)`);

  // 2. LeiKa row → XZuFi Leistung (the Stammtext a portal publishes), written and read back.
  let leistungName: string | undefined;
  const leikaRow = view.leika[0];
  if (leikaRow !== undefined) {
    const rows = parseLeikaCsvSync(readFileSync(resolve(ROOT, leikaRow.source.file))).eintraege;
    const row = rows.find((r) => r.schluessel === view.key);
    if (row !== undefined) {
      const nachricht = xzufi.createNachrichtFromLeika([row]);
      const xml = xzufi.serialize(nachricht);
      const back = xzufi.parse(xml);
      const leistung = JSON.stringify(back).includes(view.key);
      leistungName = row.bezeichnung;
      log(`2 XZuFi       LeiKa row ${row.zeile} → XZuFi 2.2.0 Leistung "${row.bezeichnung}" (${xml.length} characters, read back: ${leistung})`);
    }
  } else {
    log("2 XZuFi       no LeiKa row for this key in the catalogue: no Stammtext to build");
  }

  // 3. The Stammdatenschema of the Leistung, read with the typed model.
  const schemaObject = view.stammdatenschemata[0];
  if (schemaObject === undefined) throw new Error(`the catalogue links no Stammdatenschema to ${view.key}`);
  const nachricht = xdf3.parse(readFileSync(resolve(ROOT, schemaObject.source.file)), { xsdFacets: "warning" });
  if (nachricht.kind !== "xdatenfelder.stammdatenschema.0102") throw new Error("not a Stammdatenschema");
  const schema = nachricht.stammdatenschema;
  const evidence = view.links.filter((l) => l.from.kind === "stammdatenschema" && l.to.kind === "leika").map((l) => l.evidence);
  log(`3 schema      ${schema.identifikation.id} v${schema.identifikation.version} "${schema.name}" (linked by ${[...new Set(evidence)].join(", ")})`);

  // 4. The applicant fills the form: the sample data, then the rules decide what is shown and required.
  const form = forms.buildForm(schema);
  const data = forms.sampleFachdaten(form);
  const state = evaluateForm(formTreeV3(schema), forms.fachdatenToRuleData(form, data));
  const visible = state.elements.filter((e) => e.visible).length;
  const required = state.elements.filter((e) => e.required).length;
  log(`4 form        ${form.elements.length} elements; rules: ${state.rules.length} read, ${visible} element instance(s) visible, ${required} required`);

  // 5. Fachdaten as JSON (FIT-Connect) and XML (XFall-Daten), validated with the rules applied.
  const checked = forms.validateFachdatenWithRules(schema, data);
  const xml = forms.fachdatenToXml(form, data);
  const xmlRoundTrip = JSON.stringify(forms.fachdatenFromXml(form, xml)) === JSON.stringify(data);
  log(`5 Fachdaten   valid with rules: ${checked.valid}; JSON → XML → JSON identical: ${xmlRoundTrip}`);

  // 6. The submission: metadata with hashes, schema URI and Leistung, one PDF attachment; encrypted to the
  //    destination's public key (the key pair is made here; a real destination publishes its key).
  const pdf = new TextEncoder().encode("%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n");
  const submission = await createSubmission({
    schema,
    data,
    attachments: [{ content: pdf, mimeType: "application/pdf", filename: "nachweis.pdf" }],
    leistungsschluessel: view.key,
    ...(leistungName !== undefined && { serviceName: leistungName }),
  });
  const { publicKey, privateKey } = await generateKeyPair("RSA-OAEP-256", { modulusLength: 2048, extractable: true });
  const encrypted = await encryptSubmission(submission, { ...(await exportJWK(publicKey)), alg: "RSA-OAEP-256", use: "enc" });
  const schemaUri = submission.metadata.contentStructure.data?.submissionSchema.schemaUri;
  log(`6 submission  ${schemaUri}, ${submission.attachments.length} attachment(s), encrypted as ${1 + (encrypted.data === undefined ? 0 : 1) + encrypted.attachments.length} JWE (${encrypted.metadata.jwe.split(".").length} parts each)`);

  // 7. The receiving side: decrypt, verify every hash and the metadata, validate the Fachdaten against the schema
  //    the metadata names (resolved to the local schema by its URI).
  const opened = await safeOpenSubmission(encrypted, await exportJWK(privateKey), {
    resolveSchema: (uri) => (uri === schemaUri ? schema : undefined),
  });
  const verified = opened.data;
  const checks: Readonly<Record<string, string>> = verified === undefined ? {} : { ...verified.checks };
  log(`7 received    ${verified?.valid === true ? "valid" : "INVALID"}: metadata ${checks.metadata}, hashes ${checks.hashes}, Fachdaten ${checks.fachdaten}`);
  for (const d of opened.diagnostics.filter((x) => x.severity === "error" || x.severity === "fatal")) log(`              ${d.message}`);

  // 8. The case: the Leistung in the metadata leads back to the Prozessklasse and the Prozess of the key.
  const identifier = verified?.metadata?.publicServiceType?.identifier ?? "";
  const caseView = catalog.lookup(identifier).data;
  const klasse = caseView?.prozessklassen[0];
  const prozess = caseView?.prozesse[0];
  if (klasse !== undefined || prozess !== undefined) {
    let detail = "";
    if (prozess !== undefined) {
      // The process's Auslöser names the Dokumentsteckbrief of the application: is it this schema's?
      const n = xprozess.parse(readFileSync(resolve(ROOT, prozess.source.file)));
      const p = "prozessbibliothek" in n ? n.prozessbibliothek?.prozess.find((x) => x.id === prozess.id) : undefined;
      const ausloeser = p?.prozesssteckbrief?.ausloeser.map((a) => a.formularID).filter((id) => id !== undefined) ?? [];
      detail = `; Auslöser ${ausloeser.join(", ") || "–"} ${ausloeser.includes(schema.dokumentsteckbrief.id) ? "is" : "is not"} the schema's Dokumentsteckbrief`;
    }
    log(`8 Vorgang     ${identifier} → Prozessklasse ${klasse?.id ?? "–"} "${klasse?.name ?? ""}", Prozess ${prozess?.id ?? "–"} v${prozess?.version ?? "?"}${detail}`);
  } else {
    log(`8 Vorgang     ${identifier}: no Prozessklasse in the catalogue — the case stops here`);
  }
  return {
    key: view.key,
    ...(leistungName !== undefined && { leistung: leistungName }),
    schema: `${schema.identifikation.id}V${schema.identifikation.version}`,
    visible,
    required,
    fachdatenValid: checked.valid,
    xmlRoundTrip,
    submissionValid: verified?.valid === true,
    checks,
    ...(klasse !== undefined && { prozessklasse: klasse.id }),
    ...(prozess !== undefined && { prozess: prozess.id }),
  };
}

/** The bundled example: Hundesteuer Anmeldung. */
export const BUNDLED: FlowOptions = {
  catalog: ["fixtures/catalog/hundesteuer", "fixtures/demo/hundesteuer-anmeldung.xdf3.xml"],
  key: "99125001012000",
};

/** A real corpus schema whose key is only in its free text (run when ../shared is there). */
export function corpusFlow(shared: string): FlowOptions {
  return { catalog: [join(shared, "corpus/xdatenfelder/BUND-T__Prototype/fim_data__S00000000364__schema.xdf.xml")], key: "99006047261000" };
}

if (process.argv[1] !== undefined && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const short = process.argv.includes("--short");
  const lines: string[] = [];
  const log = short ? (l: string) => lines.push(l) : console.log;
  if (!short) console.log("From Leistung to Vorgang — the bundled Hundesteuer example\n");
  const r = await runFlow({ ...BUNDLED, log });
  if (short) {
    console.log("\nFrom Leistung to Vorgang (npm run example:flow for every step)");
    console.log(`  ${r.key} "${r.leistung}" → ${r.schema} → Fachdaten ${r.fachdatenValid ? "valid" : "invalid"} → FIT-Connect submission, encrypted`);
    console.log(`  → received: ${r.submissionValid ? "valid" : "INVALID"} → Prozessklasse ${r.prozessklasse ?? "–"}, Prozess ${r.prozess ?? "–"}`);
  }
  const shared = resolve(process.env.FIM_XOEV_SHARED ?? join(ROOT, "../shared"));
  let ok = r.submissionValid && r.fachdatenValid;
  if (!short && existsSync(join(shared, "corpus"))) {
    console.log("\nThe same flow on a real corpus schema (key only in its free text)\n");
    const c = await runFlow(corpusFlow(shared));
    ok &&= c.submissionValid;
  }
  process.exitCode = ok ? 0 : 1;
}
