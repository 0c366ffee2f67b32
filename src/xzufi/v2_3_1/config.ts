/**
 * XZuFi 2.3.1 as configuration of what every version shares (`../common/`): the constants, the binding tables,
 * the objects a `schreibe` holds, the `loesche/@klasse` values, and where 2.3.1 keeps what the XZuFi rules check.
 * Reading, writing, the XSD stage, the rules and the registry entry are made from it.
 */
import { indexStep as idx } from "../common/rules.ts";
import type { XzufiVersion } from "../common/version.ts";
import * as B from "./binding.ts";
import { LOESCHE_KLASSE_VALUES } from "./codes.ts";
import type { Leistung } from "./model.ts";
import { DEFAULT_ROOT_ELEMENT, NAMESPACE, PREFIX, PREFIXES, VERSION, XZUFI_VERSION_VALUES } from "./namespace.ts";

/** Everything in which XZuFi 2.3.1 differs from other versions. */
export const CONFIG: XzufiVersion<Leistung> = {
  version: VERSION,
  namespace: NAMESPACE,
  prefix: PREFIX,
  prefixes: PREFIXES,
  xzufiVersionValues: XZUFI_VERSION_VALUES,
  defaultRootElement: DEFAULT_ROOT_ELEMENT,
  fixtures: ["fixtures/xzufi/v2_3_1/valid", "fixtures/xzufi/v2_3_1/round-trip"],
  objectElements: ["leistung", "organisationseinheit", "zustaendigkeitTransferObjekt", "spezialisierung", "onlinedienst", "formular"],
  loescheKlassen: LOESCHE_KLASSE_VALUES,
  nachricht: B.Nachricht,
  leistung: B.Leistung,
  /** The rules on a Leistung: where 2.3.1 keeps the key, the structure, the SDG codes and the structured modules. */
  leistungRules(r, l, path) {
    // XZUFI-001 / 002 / 003: the key reference and the structure
    const keys: string[] = [];
    (l.referenzLeistungsschluessel ?? []).forEach((ref, i) => {
      const p = `${path}/${PREFIX}:referenzLeistungsschluessel${idx(l.referenzLeistungsschluessel, i)}`;
      const key = r.leistungsschluessel(ref.value, p, ref);
      if (key !== undefined) keys.push(key);
    });
    const s = l.struktur;
    const struktur = `${path}/${PREFIX}:struktur`;
    r.struktur(
      keys[0],
      s,
      struktur,
      { code: s?.leistungsgruppierungLeiKa?.code, path: `${struktur}/${PREFIX}:leistungsgruppierungLeiKa/code` },
      {
        code: s !== undefined && "verrichtungLeiKa" in s ? s.verrichtungLeiKa?.code : undefined,
        path: `${struktur}/${PREFIX}:verrichtungLeiKa/code`,
      },
    );
    r.leistungsbezeichnung(l.modulText ?? [], path, l); // XZUFI-004
    r.idSekundaer(l.idSekundaer ?? [], path); // XZUFI-005
    // XZUFI-006: SDG Informationsbereich codes
    const sdg = l.informationsbereicheSDG;
    const sdgPath = `${path}/${PREFIX}:informationsbereicheSDG`;
    r.sdgCodes(
      sdg?.informationsbereichSDG1 ?? [],
      7,
      "a 7-digit SDG Informationsbereich code",
      `${sdgPath}/${PREFIX}:informationsbereichSDG1`,
    );
    r.sdgCodes(
      sdg?.informationsbereichSDG2 ?? [],
      4,
      "a 4-digit SDG Informationsbereich 2 code",
      `${sdgPath}/${PREFIX}:informationsbereichSDG2`,
    );
    // exactly-one choices inside the structured modules
    (l.modulFrist ?? []).forEach((m, j, ms) => {
      (m.frist ?? []).forEach((f, i, a) => {
        r.fristauswahl(f.fristauswahl, `${path}/${PREFIX}:modulFrist${idx(ms, j)}/${PREFIX}:frist${idx(a, i)}`);
      });
    });
    (l.modulBearbeitungsdauer ?? []).forEach((m, j, ms) => {
      (m.bearbeitungsdauer ?? []).forEach((f, i, a) => {
        r.fristauswahl(f.fristauswahl, `${path}/${PREFIX}:modulBearbeitungsdauer${idx(ms, j)}/${PREFIX}:bearbeitungsdauer${idx(a, i)}`);
      });
    });
    (l.modulKosten ?? []).forEach((m, j, ms) => {
      (m.kosten ?? []).forEach((k, i, a) => {
        r.kostenauswahl(k.kostenauswahl, `${path}/${PREFIX}:modulKosten${idx(ms, j)}/${PREFIX}:kosten${idx(a, i)}`);
      });
    });
  },
};
