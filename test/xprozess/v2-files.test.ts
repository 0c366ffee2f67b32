/**
 * The embedded files of the real XProzess 2.0 file: three ZIP archives (BPMN DI export, model picture, report),
 * the BPMN summary, and the comparison of the Aktivitätengruppen with the BPMN sub-processes.
 */
import { describe, expect, it } from "vitest";
import { readXml } from "../../src/core/xml/read.ts";
import * as xprozess from "../../src/xprozess/v2/index.ts";
import { describeShared } from "../support/shared.ts";
import { gerpsXml } from "./shared.ts";

const BPMN_SMALL = `<?xml version="1.0"?>
<bpmn:definitions xmlns:bpmn="http://www.omg.org/spec/BPMN/20100524/MODEL" id="d1" targetNamespace="urn:t" exporter="hand" exporterVersion="1">
  <bpmn:collaboration id="c1">
    <bpmn:participant id="pa" name="Behörde" processRef="p1"/>
    <bpmn:participant id="pb" name="Antragsteller"/>
    <bpmn:messageFlow id="mf1" sourceRef="pb" targetRef="start"/>
  </bpmn:collaboration>
  <bpmn:process id="p1" name="Behörde">
    <bpmn:laneSet id="ls"><bpmn:lane id="l1" name="Sachbearbeitung"><bpmn:flowNodeRef>start</bpmn:flowNodeRef><bpmn:flowNodeRef>sp1</bpmn:flowNodeRef>
      <bpmn:childLaneSet id="cls"><bpmn:lane id="l2" name="Team"><bpmn:flowNodeRef>end</bpmn:flowNodeRef></bpmn:lane></bpmn:childLaneSet></bpmn:lane></bpmn:laneSet>
    <bpmn:startEvent id="start" name="Antrag eingegangen"><bpmn:messageEventDefinition/></bpmn:startEvent>
    <bpmn:subProcess id="sp1" name="Antrag prüfen">
      <bpmn:userTask id="t1" name="Vollständigkeit prüfen"/>
      <bpmn:serviceTask id="t2" name="Register abfragen"/>
      <bpmn:sequenceFlow id="f0" sourceRef="t1" targetRef="t2"/>
    </bpmn:subProcess>
    <bpmn:boundaryEvent id="b1" attachedToRef="sp1"><bpmn:timerEventDefinition/></bpmn:boundaryEvent>
    <bpmn:exclusiveGateway id="g1" name="vollständig?"/>
    <bpmn:callActivity id="ca" name="Bescheid" calledElement="p9"/>
    <bpmn:endEvent id="end"/>
    <bpmn:sequenceFlow id="f1" sourceRef="start" targetRef="sp1"/>
    <bpmn:sequenceFlow id="f2" name="ja" sourceRef="g1" targetRef="end"/>
  </bpmn:process>
</bpmn:definitions>`;

describe("BPMN summary", () => {
  it("summarises pools, lanes, tasks, events, gateways, sub-processes and flows", () => {
    const s = xprozess.safeSummarizeBpmn(BPMN_SMALL).data;
    expect(s?.exporter).toBe("hand 1");
    expect(s?.participants).toEqual([
      { id: "pa", name: "Behörde", processRef: "p1" },
      { id: "pb", name: "Antragsteller" },
    ]);
    expect(s?.processes[0]?.lanes).toEqual([
      { id: "l1", name: "Sachbearbeitung", flowNodeRefs: ["start", "sp1"] },
      { id: "l2", name: "Team", flowNodeRefs: ["end"] },
    ]);
    expect(s?.tasks.map((t) => [t.kind, t.name, t.parent])).toEqual([
      ["userTask", "Vollständigkeit prüfen", "sp1"],
      ["serviceTask", "Register abfragen", "sp1"],
    ]);
    expect(s?.events.map((e) => [e.kind, e.definitions, e.attachedToRef])).toEqual([
      ["startEvent", ["message"], undefined],
      ["boundaryEvent", ["timer"], "sp1"],
      ["endEvent", [], undefined],
    ]);
    expect(s?.gateways.map((g) => g.kind)).toEqual(["exclusiveGateway"]);
    expect(s?.subProcesses.map((p) => [p.kind, p.id, p.calledElement])).toEqual([
      ["subProcess", "sp1", undefined],
      ["callActivity", "ca", "p9"],
    ]);
    expect(s?.sequenceFlows.map((f) => f.id)).toEqual(["f0", "f1", "f2"]);
    expect(s?.messageFlows).toMatchObject([{ id: "mf1", sourceRef: "pb", targetRef: "start" }]);
  });
  it("refuses what is not BPMN, and untrusted XML as the core reader does", () => {
    expect(xprozess.safeSummarizeBpmn("<definitions/>").diagnostics[0]?.code).toBe("unknown-namespace");
    expect(xprozess.safeSummarizeBpmn('<!DOCTYPE x [<!ENTITY a "b">]><x/>').diagnostics[0]?.code).toBe("doctype-not-allowed");
  });
});

describeShared("the real file's embedded files", () => {
  // parsed once, lazily: the describe body also runs (and must not throw) when the shared folder is missing
  let parsed: xprozess.Nachricht | undefined;
  const model = () => {
    parsed ??= xprozess.parse(gerpsXml);
    return parsed;
  };

  it("lists the three files with name, kind of embedding, MIME code and size", () => {
    const files = xprozess.listFiles(model());
    expect(files.map((f) => [f.art, f.dateiname, f.mimeType, f.modellierungsmethode, f.modellierungsmethodeFreitext])).toEqual([
      ["prozessmodelldatei", "BPMN DI-Export", "1", "10", "FIM"],
      ["visualisierungsdatei", "Modellgrafik", "1", "10", "FIM"],
      ["beschreibungsdatei", "Standard Report", "1", "10", "FIM"],
    ]);
    const read = files.map((f) => xprozess.safeReadFile(f).data);
    expect(read.map((r) => [r?.kind, r?.bytes.length, r?.entries?.map((e) => [e.name, e.bytes.length])])).toEqual([
      ["zip", files[0]?.declaredSize, [["BPMN DI-Export.xml", 345903]]],
      ["zip", files[1]?.declaredSize, [["Modellgrafik.pdf", 546369]]],
      ["zip", files[2]?.declaredSize, [["Standard Report.pdf", 651151]]],
    ]);
    expect(read[1]?.entries?.[0] && xprozess.sniffContent(read[1].entries[0].bytes)).toBe("pdf");
  });

  it("the extracted BPMN is well-formed and its root is definitions in the BPMN 2.0 model namespace", () => {
    const [bpmnFile] = xprozess.listFiles(model());
    const entry = bpmnFile && xprozess.safeReadFile(bpmnFile).data?.entries?.[0];
    const doc = readXml(entry?.bytes ?? new Uint8Array());
    expect(doc.success).toBe(true);
    expect([doc.data?.root.namespace, doc.data?.root.local]).toEqual([xprozess.BPMN_MODEL_NAMESPACE, "definitions"]);
  });

  it("summarises the BPMN model, and its twelve sub-processes agree with the twelve Aktivitätengruppen", () => {
    const [r] = xprozess.checkProzessmodelle(model());
    const s = r?.summary;
    expect(s?.participants.map((p) => p.name)).toEqual([
      "Aufsichtsbehörde / Bundesministerium der Verteidigung",
      "Arbeitgeber",
      "Aufsichtsbehörde / Bundesministerium der Verteidigung",
    ]);
    expect(s?.subProcesses.filter((p) => p.kind === "subProcess")).toHaveLength(12);
    expect(s?.subProcesses.filter((p) => p.kind === "callActivity")).toHaveLength(2);
    expect([s?.tasks.length, s?.gateways.length, s?.events.length, s?.sequenceFlows.length, s?.messageFlows.length]).toEqual([
      0, 11, 8, 33, 9,
    ]);
    expect(r?.diagnostics).toEqual([]);
  });

  it("reports a subProzessID the model does not have, and a name that differs", () => {
    const changed = xprozess.parse(
      gerpsXml
        .replace("<xprozess:subProzessID>_f8b43c65-cc8a-4064-ab39-b77e8db5cd4b<", "<xprozess:subProzessID>_nicht-im-modell<")
        .replace("<xprozess:name>Korrektur anfordern</xprozess:name>", "<xprozess:name>Korrektur verlangen</xprozess:name>"),
    );
    const [r] = xprozess.checkProzessmodelle(changed);
    const lines = gerpsXml.split("\n");
    const line = (text: string, from = 0) => lines.findIndex((l, i) => i >= from && l.includes(text)) + 1;
    const gruppe1 = line("<xprozess:aktivitaetengruppe>");
    const gruppe3 = line("<xprozess:aktivitaetengruppe>", line("<xprozess:aktivitaetengruppe>", gruppe1));
    expect(r?.diagnostics.map((d) => [d.ruleId, d.severity, d.location?.line])).toEqual([
      ["XPROZESS-008", "warning", gruppe1],
      ["XPROZESS-009", "warning", gruppe3],
      ["XPROZESS-010", "info", line("<xprozess:prozessstrukturbeschreibung>")],
    ]);
    expect(r?.diagnostics[1]?.path).toMatch(/aktivitaetengruppe\[3\]\/xprozess:name$/);
  });
});
