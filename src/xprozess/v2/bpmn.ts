/**
 * A typed summary of a BPMN 2.0 model (`definitions` in `http://www.omg.org/spec/BPMN/20100524/MODEL`), read
 * with the library's secure XML reader (no DTD, bounded depth and size): participants (pools), processes with
 * their lanes, tasks of every kind, events with their definitions, gateways, sub-processes and call activities,
 * sequence flows and message flows. Diagram interchange (`bpmndi`) and tool extensions (`extensionElements`) are
 * not summarised.
 *
 * {@link checkAktivitaetengruppen} compares a process's Aktivitätengruppen with the BPMN model: the fact sheet
 * (§5) defines `subProzessID` as the id of the BPMN sub-process that models the group, and the FIM Bund export
 * bears this out (its twelve Aktivitätengruppen name the twelve `subProcess` ids of its BPMN DI export, with the
 * same names). So the check compares ids (XPROZESS-008: the `subProzessID` is the id of a sub-process or call
 * activity of the model), then names (XPROZESS-009: the group's `name` equals the sub-process's `name`, white
 * space collapsed), and reports sub-processes no group refers to (XPROZESS-010, info). It does not compare RAG
 * codes with BPMN content: no public source says how a RAG appears in FIM-BPMN.
 */
import { diagnostic } from "../../core/diagnostics/create.ts";
import type { Diagnostic } from "../../core/diagnostics/diagnostic.ts";
import { failure, type Result, success, unwrap } from "../../core/result.ts";
import { sourceElement } from "../../core/xml/cursor.ts";
import { textContent, type XmlElement } from "../../core/xml/node.ts";
import { canonicalName } from "../../core/xml/path.ts";
import { type ReadOptions, readXml } from "../../core/xml/read.ts";
import { safeReadFile, type ZipLimits } from "./archive.ts";
import { type EingebetteteDatei, listFiles, sniffContent } from "./files.ts";
import type { Nachricht, Prozess } from "./model.ts";
import { PREFIX } from "./namespace.ts";
import { prozesseOf } from "./prozesse.ts";

/**
 * The namespace of BPMN 2.0 models (`definitions` and everything in it), as FIM-BPMN exports use it.
 *
 * @example
 * ```ts
 * import { readFileSync } from "node:fs";
 * import { BPMN_MODEL_NAMESPACE, summarizeBpmn } from "fim-xoev/xprozess/v2";
 *
 * // a model folder holds BPMN 2.0 beside other exports: summarise only the BPMN ones
 * const text = readFileSync("hundesteuer-anmeldung.xml", "utf8");
 * if (text.includes(BPMN_MODEL_NAMESPACE)) console.log(summarizeBpmn(text).subProcesses.map((s) => s.name));
 * ```
 */
export const BPMN_MODEL_NAMESPACE = "http://www.omg.org/spec/BPMN/20100524/MODEL";

/** What every summarised BPMN flow element has: id, name, kind, the (sub-)process it is in and its line. */
export interface BpmnElement {
  readonly id: string;
  readonly name?: string;
  /** Local name of the BPMN element, e.g. `userTask`, `exclusiveGateway`. */
  readonly kind: string;
  /** Id of the process or sub-process it is in. */
  readonly parent: string;
  readonly line: number;
}

/** A task of any kind (`task`, `userTask`, `serviceTask`, `sendTask`, `receiveTask`, `manualTask`, …). */
export interface BpmnTask extends BpmnElement {}

/** An event with its event definitions (`message`, `timer`, …; empty for a none event). */
export interface BpmnEvent extends BpmnElement {
  readonly definitions: readonly string[];
  /** For boundary events: the activity it is attached to. */
  readonly attachedToRef?: string;
}

/** A gateway (`exclusiveGateway`, `parallelGateway`, `inclusiveGateway`, `eventBasedGateway`, `complexGateway`). */
export interface BpmnGateway extends BpmnElement {}

/** A sub-process (also a transaction or ad-hoc sub-process) or a call activity. */
export interface BpmnSubProcess extends BpmnElement {
  /** For call activities: the called element. */
  readonly calledElement?: string;
}

/** A sequence flow (within a process) or a message flow (between participants), from `sourceRef` to `targetRef`. */
export interface BpmnFlow {
  readonly id: string;
  readonly name?: string;
  readonly sourceRef: string;
  readonly targetRef: string;
  readonly line: number;
}

/** A lane with the flow nodes it holds. */
export interface BpmnLane {
  readonly id: string;
  readonly name?: string;
  readonly flowNodeRefs: readonly string[];
}

/** A participant (pool) of a collaboration. */
export interface BpmnParticipant {
  readonly id: string;
  readonly name?: string;
  readonly processRef?: string;
}

/** A BPMN process (the content of one pool) with its lanes. */
export interface BpmnProcess {
  readonly id: string;
  readonly name?: string;
  readonly lanes: readonly BpmnLane[];
}

/**
 * The summary of a BPMN model (`summarizeBpmn`): participants, processes with lanes, tasks, events, gateways,
 * sub-processes and call activities, sequence and message flows — everything but diagram interchange.
 */
export interface BpmnSummary {
  /** `definitions/@id`. */
  readonly id?: string;
  /** `definitions/@targetNamespace`. */
  readonly targetNamespace?: string;
  /** `definitions/@exporter` and `@exporterVersion`, when given. */
  readonly exporter?: string;
  readonly participants: readonly BpmnParticipant[];
  readonly processes: readonly BpmnProcess[];
  readonly tasks: readonly BpmnTask[];
  readonly events: readonly BpmnEvent[];
  readonly gateways: readonly BpmnGateway[];
  readonly subProcesses: readonly BpmnSubProcess[];
  readonly sequenceFlows: readonly BpmnFlow[];
  readonly messageFlows: readonly BpmnFlow[];
}

const TASKS = new Set(["task", "userTask", "serviceTask", "sendTask", "receiveTask", "manualTask", "businessRuleTask", "scriptTask"]);
const EVENTS = new Set([
  "startEvent",
  "endEvent",
  "intermediateCatchEvent",
  "intermediateThrowEvent",
  "boundaryEvent",
  "implicitThrowEvent",
]);
const GATEWAYS = new Set(["exclusiveGateway", "parallelGateway", "inclusiveGateway", "eventBasedGateway", "complexGateway"]);
const SUB_PROCESSES = new Set(["subProcess", "transaction", "adHocSubProcess", "callActivity"]);

function attr(el: XmlElement, name: string): string | undefined {
  return el.attributes.find((a) => a.local === name && a.namespace === "")?.value;
}

function bpmnChildren(el: XmlElement): XmlElement[] {
  const out: XmlElement[] = [];
  for (const c of el.children) if (c.kind === "element" && c.namespace === BPMN_MODEL_NAMESPACE) out.push(c);
  return out;
}

function named(el: XmlElement): { id: string; name?: string } {
  const name = attr(el, "name");
  return { id: attr(el, "id") ?? "", ...(name !== undefined && { name }) };
}

/**
 * Options of {@link safeSummarizeBpmn}.
 *
 * @example
 * ```ts
 * import { readFileSync } from "node:fs";
 * import { type BpmnOptions, safeSummarizeBpmn } from "fim-xoev/xprozess/v2";
 *
 * // the file name goes into the findings; a model from outside gets tighter limits than the defaults
 * const options: BpmnOptions = { file: "hundesteuer-anmeldung.bpmn", maxDepth: 200, maxInputLength: 16 * 1024 * 1024 };
 * const summary = safeSummarizeBpmn(readFileSync("hundesteuer-anmeldung.bpmn"), options);
 * if (!summary.success) console.error(summary.diagnostics[0].message);
 * ```
 */
export interface BpmnOptions extends Omit<ReadOptions, "prefixes"> {}

/**
 * Reads a BPMN 2.0 model and summarises it. Fails with `unknown-namespace` when the root is not a `definitions`
 * element of the BPMN model namespace, and with the reader's findings when the XML is not well-formed.
 *
 * @example
 * ```ts
 * import { readFileSync } from "node:fs";
 * import { safeSummarizeBpmn } from "fim-xoev/xprozess/v2";
 *
 * const result = safeSummarizeBpmn(readFileSync("hundesteuer-anmeldung.bpmn"));
 * if (result.success) {
 *   const { processes, tasks, subProcesses, sequenceFlows } = result.data;
 *   console.log(`${processes.length} process(es), ${tasks.length} tasks, ${subProcesses.length} sub-processes, ${sequenceFlows.length} flows`);
 *   for (const lane of processes[0]?.lanes ?? []) console.log(lane.name, lane.flowNodeRefs.length);
 * } else {
 *   console.error(result.diagnostics[0].code); // e.g. unknown-namespace: not a BPMN 2.0 definitions element
 * }
 * ```
 */
export function safeSummarizeBpmn(xml: string | Uint8Array, options: BpmnOptions = {}): Result<BpmnSummary> {
  const read = readXml(xml, { ...options, prefixes: { [BPMN_MODEL_NAMESPACE]: "bpmn" } });
  if (!read.success) return failure(read.diagnostics);
  const root = read.data.root;
  if (root.namespace !== BPMN_MODEL_NAMESPACE || root.local !== "definitions") {
    return failure([
      diagnostic({
        code: "unknown-namespace",
        params: { namespace: root.namespace, element: root.local },
        severity: "fatal",
        stage: "detect",
        path: `/${canonicalName(root.namespace, root.local, { [BPMN_MODEL_NAMESPACE]: "bpmn" })}`,
        location: { line: root.line, column: root.column },
        file: options.file,
      }),
    ]);
  }
  const participants: BpmnParticipant[] = [];
  const processes: BpmnProcess[] = [];
  const tasks: BpmnTask[] = [];
  const events: BpmnEvent[] = [];
  const gateways: BpmnGateway[] = [];
  const subProcesses: BpmnSubProcess[] = [];
  const sequenceFlows: BpmnFlow[] = [];
  const messageFlows: BpmnFlow[] = [];

  const flow = (el: XmlElement): BpmnFlow => ({
    ...named(el),
    sourceRef: attr(el, "sourceRef") ?? "",
    targetRef: attr(el, "targetRef") ?? "",
    line: el.line,
  });

  const flowElements = (container: XmlElement, parent: string) => {
    for (const c of bpmnChildren(container)) {
      const base = { ...named(c), kind: c.local, parent, line: c.line };
      if (TASKS.has(c.local)) tasks.push(base);
      else if (GATEWAYS.has(c.local)) gateways.push(base);
      else if (EVENTS.has(c.local)) {
        const definitions = bpmnChildren(c)
          .filter((d) => d.local.endsWith("EventDefinition"))
          .map((d) => d.local.slice(0, -"EventDefinition".length));
        const attachedToRef = attr(c, "attachedToRef");
        events.push({ ...base, definitions, ...(attachedToRef !== undefined && { attachedToRef }) });
      } else if (SUB_PROCESSES.has(c.local)) {
        const calledElement = attr(c, "calledElement");
        subProcesses.push({ ...base, ...(calledElement !== undefined && { calledElement }) });
        if (c.local !== "callActivity") flowElements(c, base.id);
      } else if (c.local === "sequenceFlow") sequenceFlows.push(flow(c));
    }
  };

  for (const top of bpmnChildren(root)) {
    if (top.local === "collaboration") {
      for (const c of bpmnChildren(top)) {
        if (c.local === "participant") {
          const processRef = attr(c, "processRef");
          participants.push({ ...named(c), ...(processRef !== undefined && { processRef }) });
        } else if (c.local === "messageFlow") messageFlows.push(flow(c));
      }
    } else if (top.local === "process") {
      const p = named(top);
      const lanes: BpmnLane[] = [];
      const lanesOf = (laneSet: XmlElement) => {
        for (const lane of bpmnChildren(laneSet).filter((x) => x.local === "lane")) {
          const refs = bpmnChildren(lane)
            .filter((x) => x.local === "flowNodeRef")
            .map((x) => textContent(x).trim());
          lanes.push({ ...named(lane), flowNodeRefs: refs });
          for (const child of bpmnChildren(lane).filter((x) => x.local === "childLaneSet")) lanesOf(child);
        }
      };
      for (const ls of bpmnChildren(top).filter((x) => x.local === "laneSet")) lanesOf(ls);
      processes.push({ ...p, lanes });
      flowElements(top, p.id);
    }
  }
  const id = attr(root, "id");
  const targetNamespace = attr(root, "targetNamespace");
  const exporter = attr(root, "exporter");
  const exporterVersion = attr(root, "exporterVersion");
  return success(
    {
      ...(id !== undefined && { id }),
      ...(targetNamespace !== undefined && { targetNamespace }),
      ...(exporter !== undefined && { exporter: exporterVersion === undefined ? exporter : `${exporter} ${exporterVersion}` }),
      participants,
      processes,
      tasks,
      events,
      gateways,
      subProcesses,
      sequenceFlows,
      messageFlows,
    },
    read.diagnostics,
  );
}

/**
 * Reads a BPMN 2.0 model and summarises it (see {@link safeSummarizeBpmn}).
 *
 * @throws {XoevError} when the document is not well-formed or not BPMN 2.0.
 *
 * @example
 * ```ts
 * import { readFileSync } from "node:fs";
 * import { summarizeBpmn } from "fim-xoev/xprozess/v2";
 *
 * const bpmn = summarizeBpmn(readFileSync("hundesteuer-anmeldung.bpmn"));
 * console.log(bpmn.exporter); // e.g. "Camunda Modeler 5.17.0"
 * for (const task of bpmn.tasks) console.log(`${task.kind} "${task.name ?? task.id}" in ${task.parent}, line ${task.line}`);
 * ```
 */
export function summarizeBpmn(xml: string | Uint8Array, options?: BpmnOptions): BpmnSummary {
  return unwrap(safeSummarizeBpmn(xml, options));
}

const collapse = (s: string) => s.replace(/\s+/g, " ").trim();

/**
 * Compares a process's Aktivitätengruppen with its BPMN model (see the module comment): XPROZESS-008 (warning) a
 * `subProzessID` that is no sub-process or call activity of the model, XPROZESS-009 (warning) a group whose name
 * differs from its sub-process's, XPROZESS-010 (info) a sub-process no group refers to. `path` is the canonical
 * path of the Prozess. Returns no findings when the process has no FIM structure description.
 *
 * @example
 * ```ts
 * import { readFileSync } from "node:fs";
 * import { checkAktivitaetengruppen, parse, prozesseOf, summarizeBpmn } from "fim-xoev/xprozess/v2";
 *
 * // compare the Aktivitätengruppen of the Stammprozess with a new revision of its BPMN model before publishing
 * const nachricht = parse(readFileSync("hundesteuer.xprozess.xml"));
 * const bpmn = summarizeBpmn(readFileSync("hundesteuer-anmeldung-v2.bpmn"));
 * for (const [prozess, path] of prozesseOf(nachricht).prozesse) {
 *   for (const d of checkAktivitaetengruppen(prozess, bpmn, path)) console.log(`${prozess.id} ${d.ruleId}: ${d.message}`);
 * }
 * ```
 */
export function checkAktivitaetengruppen(prozess: Prozess, bpmn: BpmnSummary, path: string): Diagnostic[] {
  const s = prozess.prozessstrukturbeschreibung;
  if (s === undefined || !("strukturbeschreibungFIM" in s.auswahl)) return [];
  const gruppen = s.auswahl.strukturbeschreibungFIM.aktivitaetengruppe;
  const byId = new Map(bpmn.subProcesses.map((sp) => [sp.id, sp]));
  const out: Diagnostic[] = [];
  const P = PREFIX;
  const report = (ruleId: string, severity: "warning" | "info", title: string, p: string, at: object | undefined, line?: number) => {
    const el = at === undefined ? undefined : sourceElement(at);
    const location = el !== undefined ? { line: el.line, column: el.column } : line !== undefined ? { line } : undefined;
    out.push(diagnostic({ code: "rule-violation", params: { title }, severity, stage: "rules", path: p, location, ruleId }));
  };
  const referenced = new Set<string>();
  gruppen.forEach((g, i) => {
    const gp = `${path}/${P}:prozessstrukturbeschreibung/${P}:strukturbeschreibungFIM/${P}:aktivitaetengruppe${gruppen.length > 1 ? `[${i + 1}]` : ""}`;
    const sp = byId.get(g.subProzessID);
    referenced.add(g.subProzessID);
    if (sp === undefined) {
      report(
        "XPROZESS-008",
        "warning",
        `Aktivitätengruppe "${g.name}": the BPMN model has no sub-process with the id "${g.subProzessID}"`,
        `${gp}/${P}:subProzessID`,
        g,
      );
    } else if (collapse(sp.name ?? "") !== collapse(g.name)) {
      report(
        "XPROZESS-009",
        "warning",
        `Aktivitätengruppe "${g.name}": its BPMN sub-process "${g.subProzessID}" is named "${sp.name ?? ""}"`,
        `${gp}/${P}:name`,
        g,
      );
    }
  });
  for (const sp of bpmn.subProcesses) {
    if (sp.kind === "callActivity" || referenced.has(sp.id)) continue;
    report(
      "XPROZESS-010",
      "info",
      `The BPMN sub-process "${sp.name ?? sp.id}" (${sp.id}, line ${sp.line} of the model file) belongs to no Aktivitätengruppe`,
      `${path}/${P}:prozessstrukturbeschreibung`,
      s,
    );
  }
  return out;
}

/**
 * The BPMN model of an embedded file: the file itself when it is XML, else the first XML entry of its archive.
 *
 * @example
 * ```ts
 * import { listFiles, parse, safeBpmnOfFile } from "fim-xoev/xprozess/v2";
 *
 * declare const xml: string;
 * for (const datei of listFiles(parse(xml)).filter((f) => f.art === "prozessmodelldatei")) {
 *   const bpmn = safeBpmnOfFile(datei, { maxTotalSize: 32 * 1024 * 1024 }); // the file itself or the XML entry of its ZIP
 *   if (bpmn.success) console.log(datei.dateiname, bpmn.data.subProcesses.map((s) => s.name));
 *   else console.error(datei.dateiname, bpmn.diagnostics[0].message);
 * }
 * ```
 */
export function safeBpmnOfFile(file: EingebetteteDatei, limits: ZipLimits = {}): Result<BpmnSummary> {
  const read = safeReadFile(file, limits);
  if (!read.success) return failure(read.diagnostics);
  const entry = read.data.entries?.find((e) => sniffContent(e.bytes) === "xml");
  const bytes = read.data.kind === "xml" ? read.data.bytes : entry?.bytes;
  if (bytes === undefined) {
    return failure([
      diagnostic({
        code: "invalid-value",
        params: { value: read.data.kind, expected: "an XML file or a ZIP archive with an XML entry (BPMN 2.0)" },
        severity: "error",
        stage: "model",
        path: `${file.path}/${PREFIX}:inhalt`,
        ...(file.line !== undefined && { location: { line: file.line } }),
      }),
    ]);
  }
  return safeSummarizeBpmn(bytes, { file: entry?.name ?? file.dateiname });
}

/** The BPMN model of one Prozess with the findings of comparing it with the Aktivitätengruppen. */
export interface ProzessBpmn {
  readonly prozessID: string;
  readonly datei: EingebetteteDatei;
  /** Absent when the model file could not be read (see `diagnostics`). */
  readonly summary?: BpmnSummary;
  readonly diagnostics: readonly Diagnostic[];
}

/**
 * Reads the BPMN model of every Prozess of a message (each `prozessmodelldatei` that holds BPMN 2.0) and
 * compares it with the Prozess's Aktivitätengruppen ({@link checkAktivitaetengruppen}). Model files that are not
 * BPMN (other XML) are left out; unreadable ones are reported.
 *
 * @example
 * ```ts
 * import { checkProzessmodelle, parse } from "fim-xoev/xprozess/v2";
 *
 * declare const xml: string;
 * for (const modell of checkProzessmodelle(parse(xml))) {
 *   const groesse = modell.summary === undefined ? "not readable" : `${modell.summary.subProcesses.length} sub-processes`;
 *   console.log(`Prozess ${modell.prozessID}, ${modell.datei.dateiname}: ${groesse}`);
 *   for (const d of modell.diagnostics) console.log(`  ${d.ruleId ?? d.code}: ${d.message}`);
 * }
 * ```
 */
export function checkProzessmodelle(nachricht: Nachricht, limits: ZipLimits = {}): ProzessBpmn[] {
  const out: ProzessBpmn[] = [];
  const paths = new Map(prozesseOf(nachricht).prozesse.map(([p, path]) => [p.id, [p, path] as const]));
  for (const datei of listFiles(nachricht)) {
    if (datei.art !== "prozessmodelldatei") continue;
    const bpmn = safeBpmnOfFile(datei, limits);
    const entry = paths.get(datei.prozessID);
    if (!bpmn.success) {
      if (bpmn.diagnostics.some((d) => d.code === "unknown-namespace")) continue; // another model format
      out.push({ prozessID: datei.prozessID, datei, diagnostics: bpmn.diagnostics });
      continue;
    }
    const diagnostics = entry === undefined ? [] : checkAktivitaetengruppen(entry[0], bpmn.data, entry[1]);
    out.push({ prozessID: datei.prozessID, datei, summary: bpmn.data, diagnostics });
  }
  return out;
}
