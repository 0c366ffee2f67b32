/// <reference lib="dom" />
/**
 * The example page `examples/browser/index.html`: drop an XDatenfelder file (2.0 or 3.0.0) and see its outline
 * and QS findings; drop the schema zip as XRepository serves it (or the loose `.xsd` files) and see the XSD
 * result. Everything runs in the page: fim-xoev's browser build, libxml2-wasm for the XSDs, fflate for the zip.
 * Built into `dist/app.js` by `build.ts` (`npx tsx examples/browser/build.ts`).
 */
import { unzipSync } from "fflate";
import { safeSchemaSetFromFiles, type SchemaSet } from "../../src/validation.ts";
import { checkXDatenfelder, safeParse, v2, v3 } from "../../src/xdatenfelder/index.ts";
import { type FormNode, formTreeV2, formTreeV3 } from "../../src/xdatenfelder/regeln/index.ts";

const $ = (id: string) => document.getElementById(id) as HTMLElement;
const schemaFiles: Record<string, Uint8Array> = {};
let documentFile: { name: string; bytes: Uint8Array } | undefined;

function el<K extends keyof HTMLElementTagNameMap>(tag: K, text?: string, className?: string): HTMLElementTagNameMap[K] {
  const e = document.createElement(tag);
  if (text !== undefined) e.textContent = text;
  if (className !== undefined) e.className = className;
  return e;
}

function outline(node: FormNode): HTMLLIElement {
  const li = el("li");
  li.append(el("span", node.kind === "feld" ? "F" : node.kind === "gruppe" ? "G" : "S", "kind"), ` ${node.name} `);
  const card = node.kind === "schema" ? "" : `${node.min}..${node.max ?? "*"}`;
  li.append(el("span", [node.id, card, node.datentyp ?? ""].filter((s) => s !== "").join(" · "), "meta"));
  if (node.children.length > 0) {
    const ul = el("ul");
    for (const c of node.children) ul.append(outline(c));
    li.append(ul);
  }
  return li;
}

async function addFiles(list: FileList | readonly File[]): Promise<void> {
  for (const f of Array.from(list)) {
    const bytes = new Uint8Array(await f.arrayBuffer());
    if (f.name.toLowerCase().endsWith(".zip")) Object.assign(schemaFiles, unzipSync(bytes, { filter: (z) => z.name.toLowerCase().endsWith(".xsd") }));
    else if (f.name.toLowerCase().endsWith(".xsd")) schemaFiles[f.name] = bytes;
    else documentFile = { name: f.name, bytes };
  }
  await show();
}

async function show(): Promise<void> {
  const status = $("status");
  status.removeAttribute("data-done");
  if (documentFile === undefined) {
    status.textContent = `${Object.keys(schemaFiles).length} Schemadateien geladen; jetzt eine XDatenfelder-Datei.`;
    status.setAttribute("data-done", "");
    return;
  }
  const { name, bytes } = documentFile;
  const parsed = safeParse(bytes, { file: name });
  $("outline").replaceChildren();
  if (parsed.data === undefined) {
    $("outline").append(el("p", `Nicht lesbar: ${parsed.diagnostics[0]?.message ?? ""}`, "bad"));
  } else {
    const n = parsed.data.nachricht;
    const tree =
      parsed.data.version === "3.0.0"
        ? n.kind === "xdatenfelder.stammdatenschema.0102"
          ? formTreeV3((n as v3.StammdatenschemaNachricht).stammdatenschema)
          : n.kind === "xdatenfelder.datenfeldgruppe.0103"
            ? formTreeV3((n as v3.DatenfeldgruppeNachricht).datenfeldgruppe)
            : undefined
        : n.kind === "xdatenfelder.stammdatenschema.0102"
          ? formTreeV2((n as v2.StammdatenschemaNachricht).stammdatenschema)
          : n.kind === "xdatenfelder.datenfeldgruppe.0103"
            ? formTreeV2((n as v2.DatenfeldgruppeNachricht).datenfeldgruppe)
            : undefined;
    if (tree === undefined) $("outline").append(el("p", `${n.kind}: keine Gliederung`));
    else $("outline").appendChild(el("ul")).append(outline(tree));
  }

  const report = await checkXDatenfelder(bytes, { file: name });
  const qs = $("qs");
  qs.replaceChildren(el("p", `${report.diagnostics.length} Befunde${report.completed ? "" : " (Prüfung unvollständig)"}`));
  const ul = qs.appendChild(el("ul"));
  for (const d of report.diagnostics) ul.append(el("li", `${d.ruleId ?? d.code} ${d.path}: ${d.message}`, d.severity));

  const xsd = $("xsd");
  const version = parsed.data?.version;
  if (Object.keys(schemaFiles).length === 0 || version === undefined) {
    xsd.textContent = "kein Schema geladen (Schema-Zip hierher ziehen)";
  } else {
    const id = version === "3.0.0" ? "xdatenfelder-3.0.0" : "xdatenfelder-2.0";
    const set = await safeSchemaSetFromFiles(id, schemaFiles);
    if (!set.success) {
      xsd.replaceChildren(el("p", set.diagnostics.map((d) => d.message).join("; "), "bad"));
    } else {
      const schemaSets: SchemaSet[] = [set.data];
      const result = version === "3.0.0" ? await v3.validate(bytes, { file: name, schemaSets }) : await v2.validate(bytes, { file: name, schemaSets });
      const findings = result.report.diagnostics.filter((d) => d.stage === "xsd" && d.severity !== "info");
      const status = result.report.stages.find((s) => s.stage === "xsd")?.status;
      xsd.replaceChildren(el("p", status === "passed" ? `XSD-gültig (${id})` : `XSD-Prüfung: ${status} (${id})`, status === "passed" ? "ok" : "bad"));
      const list = xsd.appendChild(el("ul"));
      for (const d of findings) list.append(el("li", `Zeile ${d.location?.line ?? "?"}: ${d.message}`));
    }
  }
  status.textContent = `${name}: XDatenfelder ${version ?? "?"}, ${report.diagnostics.length} QS-Befunde.`;
  status.setAttribute("data-done", "");
}

const drop = $("drop");
drop.addEventListener("dragover", (e) => {
  e.preventDefault();
  drop.classList.add("over");
});
drop.addEventListener("dragleave", () => drop.classList.remove("over"));
drop.addEventListener("drop", (e) => {
  e.preventDefault();
  drop.classList.remove("over");
  if (e.dataTransfer !== null) void addFiles(e.dataTransfer.files);
});
($("file") as HTMLInputElement).addEventListener("change", (e) => {
  const files = (e.target as HTMLInputElement).files;
  if (files !== null) void addFiles(files);
});
drop.setAttribute("data-ready", "");
