/**
 * XZuFi 2.2.0 as configuration of what every version shares (`../common/`): the constants, the binding tables,
 * the objects a `schreibe` holds, the `loesche/@klasse` values, and where 2.2.0 keeps what the XZuFi rules check.
 * Reading, writing, the XSD stage, the rules and the registry entry are made from it.
 */
import { indexStep as idx } from "../common/rules.ts";
import type { XzufiVersion } from "../common/version.ts";
import * as B from "./binding.ts";
import { LOESCHE_KLASSE_VALUES } from "./codes.ts";
import type { Leistung } from "./model.ts";
import { DEFAULT_ROOT_ELEMENT, NAMESPACE, PREFIX, PREFIXES, VERSION, XZUFI_VERSION_VALUES } from "./namespace.ts";

/** Everything in which XZuFi 2.2.0 differs from other versions. */
export const CONFIG: XzufiVersion<Leistung> = {
  version: VERSION,
  namespace: NAMESPACE,
  prefix: PREFIX,
  prefixes: PREFIXES,
  xzufiVersionValues: XZUFI_VERSION_VALUES,
  defaultRootElement: DEFAULT_ROOT_ELEMENT,
  fixtures: ["fixtures/xzufi/v2_2_0/valid", "fixtures/xzufi/v2_2_0/round-trip"],
  objectElements: ["leistung", "organisationseinheit", "zustaendigkeitTransferObjekt", "spezialisierung", "onlinedienst"],
  loescheKlassen: LOESCHE_KLASSE_VALUES,
  nachricht: B.Nachricht,
  leistung: B.Leistung,
  /** The rules on a Leistung: where 2.2.0 keeps the key, the structure, the SDG codes and the structured modules. */
  leistungRules(r, l, path) {
    // XZUFI-001 / 002 / 003: the LeiKa reference and the structure
    const keys: string[] = [];
    (l.referenzLeiKa ?? []).forEach((ref, i) => {
      const key = r.leistungsschluessel(ref.code, `${path}/${PREFIX}:referenzLeiKa${idx(l.referenzLeiKa, i)}/code`, ref);
      if (key !== undefined) keys.push(key);
    });
    const s = l.struktur;
    const struktur = `${path}/${PREFIX}:struktur`;
    r.struktur(
      keys[0],
      s,
      struktur,
      { code: s?.leistungsgruppierung?.code, path: `${struktur}/${PREFIX}:leistungsgruppierung/code` },
      {
        code: s !== undefined && "verrichtung" in s ? s.verrichtung?.verrichtungLeiKa?.code : undefined,
        path: `${struktur}/${PREFIX}:verrichtung/${PREFIX}:verrichtungLeiKa/code`,
      },
    );
    r.leistungsbezeichnung(l.modulText ?? [], path, l); // XZUFI-004
    r.idSekundaer(l.idSekundaer ?? [], path); // XZUFI-005
    r.sdgCodes(l.informationsbereichSDG ?? [], 7, "a 7-digit SDG Informationsbereich code", `${path}/${PREFIX}:informationsbereichSDG`); // XZUFI-006
    // exactly-one choices inside the structured modules
    (l.modulFrist?.frist ?? []).forEach((f, i, a) => {
      r.fristauswahl(f.fristauswahl, `${path}/${PREFIX}:modulFrist/${PREFIX}:frist${idx(a, i)}`);
    });
    (l.modulBearbeitungsdauer?.bearbeitungsdauer ?? []).forEach((f, i, a) => {
      r.fristauswahl(f.fristauswahl, `${path}/${PREFIX}:modulBearbeitungsdauer/${PREFIX}:bearbeitungsdauer${idx(a, i)}`);
    });
    (l.modulKosten?.kosten ?? []).forEach((k, i, a) => {
      r.kostenauswahl(k.kostenauswahl, `${path}/${PREFIX}:modulKosten/${PREFIX}:kosten${idx(a, i)}`);
    });
  },
};
