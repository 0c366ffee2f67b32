/**
 * Builders for XZuFi 2.2.0: `create*` factories whose input is checked by zod schemas derived from the binding
 * (repeated elements may be left out and default to `[]`), written once in `../common/build.ts`, and the LeiKa mapping — a
 * catalogue row becomes a Leistung Stammtext, a catalogue becomes one transfer message. The mapping itself is
 * shared by every XZuFi version (`../common/leika.ts`); this module supplies the 2.2.0 shape of the Leistung.
 */
import type { BuilderInput } from "../../core/binding/build.ts";
import type { LeikaEintrag } from "../../leika/csv.ts";
import { leistungsobjektschluesselOf, leistungstypOf, splitLeistungsschluessel } from "../../leika/key.ts";
import { type NachrichtInputOf, xzufiBuilders } from "../common/build.ts";
import * as common from "../common/leika.ts";
import * as B from "./binding.ts";
import type {
  Leistung,
  Leistungsstruktur,
  Nachricht,
  Nachrichtenkopf,
  Onlinedienst,
  Organisationseinheit,
  Spezialisierung,
  Versionsinformation,
  ZustaendigkeitTransferObjekt,
} from "./model.ts";
import { XZUFI_VERSION } from "./namespace.ts";

export type { BuilderInput, NachrichtInputOf };

/**
 * Input of {@link createLeistung}: the model with repeated elements optional.
 *
 * @example
 * ```ts
 * import { createLeistung, type LeistungInput } from "fim-xoev/xzufi/v2_2_0";
 * const input: LeistungInput = {
 *   id: { value: "99108001000000", schemeAgencyID: "B100019" },
 *   referenzLeiKa: [{ code: "99108001000000" }],
 *   modulText: [{ leikaTextmodul: { code: "02" }, inhalt: [{ value: "Hundesteuer Anmeldung", languageCode: "de-DE" }] }],
 * };
 * console.log(createLeistung(input).id.value);
 * ```
 */
export type LeistungInput = BuilderInput<Leistung>;
/**
 * Input of {@link createOrganisationseinheit}.
 *
 * @example
 * ```ts
 * import { createOrganisationseinheit, type OrganisationseinheitInput } from "fim-xoev/xzufi/v2_2_0";
 * const input: OrganisationseinheitInput = {
 *   id: { value: "OE-4711", schemeAgencyID: "S100001" },
 *   name: { name: [{ value: "Bürgeramt Mitte", languageCode: "de-DE" }] },
 *   anschrift: [{ strasse: "Karl-Marx-Allee", hausnummer: "31", postleitzahl: "10178", ort: "Berlin" }],
 * };
 * console.log(createOrganisationseinheit(input).anschrift.length); // 1
 * ```
 */
export type OrganisationseinheitInput = BuilderInput<Organisationseinheit>;
/**
 * Input of {@link createOnlinedienst}.
 *
 * @example
 * ```ts
 * import { createOnlinedienst, type OnlinedienstInput } from "fim-xoev/xzufi/v2_2_0";
 * const input: OnlinedienstInput = {
 *   id: { value: "OD-1", schemeAgencyID: "S100001" },
 *   bezeichnung: [{ value: "Hundesteuer online anmelden", languageCode: "de-DE" }],
 *   link: [{ link: "https://service.berlin.de/dienstleistung/326556/", typ: { code: "01" } }],
 *   vertrauensniveau: { code: "20" },
 * };
 * console.log(createOnlinedienst(input).vertrauensniveau?.code); // "20"
 * ```
 */
export type OnlinedienstInput = BuilderInput<Onlinedienst>;
/**
 * Input of {@link createZustaendigkeitTransferObjekt}.
 *
 * @example
 * ```ts
 * import { createZustaendigkeitTransferObjekt, type ZustaendigkeitTransferObjektInput } from "fim-xoev/xzufi/v2_2_0";
 * const input: ZustaendigkeitTransferObjektInput = {
 *   uebergeordnetesObjektID: { value: "OE-4711", schemeAgencyID: "S100001" },
 *   zustaendigkeit: { leistungID: { value: "99108001000000", schemeAgencyID: "B100019" }, rolle: { code: "01" } },
 * };
 * console.log(createZustaendigkeitTransferObjekt(input).zustaendigkeit.leistungID.value);
 * ```
 */
export type ZustaendigkeitTransferObjektInput = BuilderInput<ZustaendigkeitTransferObjekt>;
/**
 * Input of {@link createSpezialisierung} (only the `id` is modelled; the structure is not public).
 *
 * @example
 * ```ts
 * import { createSpezialisierung, type SpezialisierungInput } from "fim-xoev/xzufi/v2_2_0";
 * const input: SpezialisierungInput = { id: { value: "SP-1", schemeAgencyID: "S100001" } };
 * console.log(createSpezialisierung(input).id?.value);
 * ```
 */
export type SpezialisierungInput = BuilderInput<Spezialisierung>;
/**
 * Input of {@link createNachricht}: `xzufiVersion` may be left out (default `2.2.0`).
 *
 * @example
 * ```ts
 * import { createNachricht, type NachrichtInput } from "fim-xoev/xzufi/v2_2_0";
 * const input: NachrichtInput = {
 *   nachrichtenkopf: { nachrichtUUID: "2f1c7a52-5d1e-4c7e-9a0b-3c1d2e4f5a6b" },
 *   operation: [{ loesche: { klasse: "Leistung", id: { value: "99108001000000", schemeAgencyID: "B100019" } } }],
 * };
 * console.log(createNachricht(input).xzufiVersion);
 * ```
 */
export type NachrichtInput = NachrichtInputOf<Nachricht>;

const builders = xzufiBuilders<{
  Leistung: Leistung;
  Organisationseinheit: Organisationseinheit;
  Onlinedienst: Onlinedienst;
  ZustaendigkeitTransferObjekt: ZustaendigkeitTransferObjekt;
  Spezialisierung: Spezialisierung;
  Nachricht: Nachricht;
}>(B, XZUFI_VERSION);

/**
 * `safeCreateLeistung` checks and completes a Leistung (repeated elements left out become `[]`); invalid input
 * gives `invalid-input` diagnostics with the property path. `createLeistung` does the same and throws an
 * `XoevError` instead.
 *
 * @example
 * ```ts
 * import { safeCreateLeistung, serializeLeistung } from "fim-xoev/xzufi/v2_2_0";
 * const result = safeCreateLeistung({
 *   id: { value: "99108001000000", schemeAgencyID: "B100019" },
 *   modulText: [{ leikaTextmodul: { code: "02" }, inhalt: [{ value: "Hundesteuer Anmeldung", languageCode: "de-DE" }] }],
 * });
 * if (result.success) console.log(serializeLeistung(result.data));
 * ```
 */
export const {
  /**
   * `safeCreateLeistung` checks and completes a Leistung (repeated elements left out become `[]`); invalid input
   * gives `invalid-input` diagnostics with the property path. `createLeistung` does the same and throws an
   * `XoevError` instead.
   *
   * @example
   * ```ts
   * import { safeCreateLeistung, serializeLeistung } from "fim-xoev/xzufi/v2_2_0";
   * const result = safeCreateLeistung({
   *   id: { value: "99108001000000", schemeAgencyID: "B100019" },
   *   modulText: [{ leikaTextmodul: { code: "02" }, inhalt: [{ value: "Hundesteuer Anmeldung", languageCode: "de-DE" }] }],
   * });
   * if (result.success) console.log(serializeLeistung(result.data));
   * ```
   */
  safeCreateLeistung,
  /**
   * `safeCreateLeistung` checks and completes a Leistung (repeated elements left out become `[]`); invalid input
   * gives `invalid-input` diagnostics with the property path. `createLeistung` does the same and throws an
   * `XoevError` instead.
   *
   * @example
   * ```ts
   * import { safeCreateLeistung, serializeLeistung } from "fim-xoev/xzufi/v2_2_0";
   * const result = safeCreateLeistung({
   *   id: { value: "99108001000000", schemeAgencyID: "B100019" },
   *   modulText: [{ leikaTextmodul: { code: "02" }, inhalt: [{ value: "Hundesteuer Anmeldung", languageCode: "de-DE" }] }],
   * });
   * if (result.success) console.log(serializeLeistung(result.data));
   * ```
   */
  createLeistung,
} = builders;

/**
 * `safeCreateOrganisationseinheit` checks and completes an Organisationseinheit; `createOrganisationseinheit`
 * throws an `XoevError` where the safe form fails.
 *
 * @example
 * ```ts
 * import { createOrganisationseinheit } from "fim-xoev/xzufi/v2_2_0";
 * const oe = createOrganisationseinheit({
 *   id: { value: "OE-4711", schemeAgencyID: "S100001" },
 *   name: { name: [{ value: "Bürgeramt Mitte", languageCode: "de-DE" }] },
 *   zustaendigkeit: [{ leistungID: { value: "99108001000000", schemeAgencyID: "B100019" } }],
 * });
 * console.log(oe.zustaendigkeit.length); // 1
 * ```
 */
export const {
  /**
   * `safeCreateOrganisationseinheit` checks and completes an Organisationseinheit; `createOrganisationseinheit`
   * throws an `XoevError` where the safe form fails.
   *
   * @example
   * ```ts
   * import { createOrganisationseinheit } from "fim-xoev/xzufi/v2_2_0";
   * const oe = createOrganisationseinheit({
   *   id: { value: "OE-4711", schemeAgencyID: "S100001" },
   *   name: { name: [{ value: "Bürgeramt Mitte", languageCode: "de-DE" }] },
   *   zustaendigkeit: [{ leistungID: { value: "99108001000000", schemeAgencyID: "B100019" } }],
   * });
   * console.log(oe.zustaendigkeit.length); // 1
   * ```
   */
  safeCreateOrganisationseinheit,
  /**
   * `safeCreateOrganisationseinheit` checks and completes an Organisationseinheit; `createOrganisationseinheit`
   * throws an `XoevError` where the safe form fails.
   *
   * @example
   * ```ts
   * import { createOrganisationseinheit } from "fim-xoev/xzufi/v2_2_0";
   * const oe = createOrganisationseinheit({
   *   id: { value: "OE-4711", schemeAgencyID: "S100001" },
   *   name: { name: [{ value: "Bürgeramt Mitte", languageCode: "de-DE" }] },
   *   zustaendigkeit: [{ leistungID: { value: "99108001000000", schemeAgencyID: "B100019" } }],
   * });
   * console.log(oe.zustaendigkeit.length); // 1
   * ```
   */
  createOrganisationseinheit,
} = builders;

/**
 * `safeCreateOnlinedienst` checks and completes an Onlinedienst (the Vertrauensniveau against its closed list);
 * `createOnlinedienst` throws an `XoevError` where the safe form fails.
 *
 * @example
 * ```ts
 * import { safeCreateOnlinedienst } from "fim-xoev/xzufi/v2_2_0";
 * const result = safeCreateOnlinedienst({ id: { value: "OD-1", schemeAgencyID: "S100001" }, vertrauensniveau: { code: "20" } });
 * if (!result.success) for (const d of result.diagnostics) console.log(d.path, d.message);
 * ```
 */
export const {
  /**
   * `safeCreateOnlinedienst` checks and completes an Onlinedienst (the Vertrauensniveau against its closed list);
   * `createOnlinedienst` throws an `XoevError` where the safe form fails.
   *
   * @example
   * ```ts
   * import { safeCreateOnlinedienst } from "fim-xoev/xzufi/v2_2_0";
   * const result = safeCreateOnlinedienst({ id: { value: "OD-1", schemeAgencyID: "S100001" }, vertrauensniveau: { code: "20" } });
   * if (!result.success) for (const d of result.diagnostics) console.log(d.path, d.message);
   * ```
   */
  safeCreateOnlinedienst,
  /**
   * `safeCreateOnlinedienst` checks and completes an Onlinedienst (the Vertrauensniveau against its closed list);
   * `createOnlinedienst` throws an `XoevError` where the safe form fails.
   *
   * @example
   * ```ts
   * import { safeCreateOnlinedienst } from "fim-xoev/xzufi/v2_2_0";
   * const result = safeCreateOnlinedienst({ id: { value: "OD-1", schemeAgencyID: "S100001" }, vertrauensniveau: { code: "20" } });
   * if (!result.success) for (const d of result.diagnostics) console.log(d.path, d.message);
   * ```
   */
  createOnlinedienst,
} = builders;

/**
 * `safeCreateZustaendigkeitTransferObjekt` checks and completes a stand-alone Zuständigkeit;
 * `createZustaendigkeitTransferObjekt` throws an `XoevError` where the safe form fails.
 *
 * @example
 * ```ts
 * import { createZustaendigkeitTransferObjekt } from "fim-xoev/xzufi/v2_2_0";
 * const zto = createZustaendigkeitTransferObjekt({
 *   uebergeordnetesObjektID: { value: "OE-4711", schemeAgencyID: "S100001" },
 *   zustaendigkeit: { leistungID: { value: "99108001000000", schemeAgencyID: "B100019" } },
 * });
 * console.log(zto.uebergeordnetesObjektID.value); // "OE-4711"
 * ```
 */
export const {
  /**
   * `safeCreateZustaendigkeitTransferObjekt` checks and completes a stand-alone Zuständigkeit;
   * `createZustaendigkeitTransferObjekt` throws an `XoevError` where the safe form fails.
   *
   * @example
   * ```ts
   * import { createZustaendigkeitTransferObjekt } from "fim-xoev/xzufi/v2_2_0";
   * const zto = createZustaendigkeitTransferObjekt({
   *   uebergeordnetesObjektID: { value: "OE-4711", schemeAgencyID: "S100001" },
   *   zustaendigkeit: { leistungID: { value: "99108001000000", schemeAgencyID: "B100019" } },
   * });
   * console.log(zto.uebergeordnetesObjektID.value); // "OE-4711"
   * ```
   */
  safeCreateZustaendigkeitTransferObjekt,
  /**
   * `safeCreateZustaendigkeitTransferObjekt` checks and completes a stand-alone Zuständigkeit;
   * `createZustaendigkeitTransferObjekt` throws an `XoevError` where the safe form fails.
   *
   * @example
   * ```ts
   * import { createZustaendigkeitTransferObjekt } from "fim-xoev/xzufi/v2_2_0";
   * const zto = createZustaendigkeitTransferObjekt({
   *   uebergeordnetesObjektID: { value: "OE-4711", schemeAgencyID: "S100001" },
   *   zustaendigkeit: { leistungID: { value: "99108001000000", schemeAgencyID: "B100019" } },
   * });
   * console.log(zto.uebergeordnetesObjektID.value); // "OE-4711"
   * ```
   */
  createZustaendigkeitTransferObjekt,
} = builders;

/**
 * `safeCreateSpezialisierung` checks and completes a Spezialisierung (only its `id` is modelled);
 * `createSpezialisierung` throws an `XoevError` where the safe form fails.
 *
 * @example
 * ```ts
 * import { safeCreateSpezialisierung } from "fim-xoev/xzufi/v2_2_0";
 * const result = safeCreateSpezialisierung({ id: { value: "SP-1", schemeAgencyID: "S100001" } });
 * console.log(result.success); // true
 * ```
 */
export const {
  /**
   * `safeCreateSpezialisierung` checks and completes a Spezialisierung (only its `id` is modelled);
   * `createSpezialisierung` throws an `XoevError` where the safe form fails.
   *
   * @example
   * ```ts
   * import { safeCreateSpezialisierung } from "fim-xoev/xzufi/v2_2_0";
   * const result = safeCreateSpezialisierung({ id: { value: "SP-1", schemeAgencyID: "S100001" } });
   * console.log(result.success); // true
   * ```
   */
  safeCreateSpezialisierung,
  /**
   * `safeCreateSpezialisierung` checks and completes a Spezialisierung (only its `id` is modelled);
   * `createSpezialisierung` throws an `XoevError` where the safe form fails.
   *
   * @example
   * ```ts
   * import { safeCreateSpezialisierung } from "fim-xoev/xzufi/v2_2_0";
   * const result = safeCreateSpezialisierung({ id: { value: "SP-1", schemeAgencyID: "S100001" } });
   * console.log(result.success); // true
   * ```
   */
  createSpezialisierung,
} = builders;

/**
 * `safeCreateNachricht` checks and completes a transfer message (`xzufiVersion` defaults to `2.2.0`);
 * `createNachricht` throws an `XoevError` where the safe form fails.
 *
 * @example
 * ```ts
 * import { createLeistung, createNachricht, serialize } from "fim-xoev/xzufi/v2_2_0";
 * const leistung = createLeistung({ id: { value: "99108001000000", schemeAgencyID: "B100019" } });
 * const nachricht = createNachricht({ nachrichtenkopf: {}, operation: [{ schreibe: { leistung } }] });
 * console.log(serialize(nachricht));
 * ```
 */
export const {
  /**
   * `safeCreateNachricht` checks and completes a transfer message (`xzufiVersion` defaults to `2.2.0`);
   * `createNachricht` throws an `XoevError` where the safe form fails.
   *
   * @example
   * ```ts
   * import { createLeistung, createNachricht, serialize } from "fim-xoev/xzufi/v2_2_0";
   * const leistung = createLeistung({ id: { value: "99108001000000", schemeAgencyID: "B100019" } });
   * const nachricht = createNachricht({ nachrichtenkopf: {}, operation: [{ schreibe: { leistung } }] });
   * console.log(serialize(nachricht));
   * ```
   */
  safeCreateNachricht,
  /**
   * `safeCreateNachricht` checks and completes a transfer message (`xzufiVersion` defaults to `2.2.0`);
   * `createNachricht` throws an `XoevError` where the safe form fails.
   *
   * @example
   * ```ts
   * import { createLeistung, createNachricht, serialize } from "fim-xoev/xzufi/v2_2_0";
   * const leistung = createLeistung({ id: { value: "99108001000000", schemeAgencyID: "B100019" } });
   * const nachricht = createNachricht({ nachrichtenkopf: {}, operation: [{ schreibe: { leistung } }] });
   * console.log(serialize(nachricht));
   * ```
   */
  createNachricht,
} = builders;

// ---------------------------------------------------------------------------------------------------
// LeiKa → XZuFi

/**
 * The FIM Portal Redaktion id of the federal LeiKa source (fact sheet §6.7).
 *
 * @example
 * ```ts
 * import { createLeistung, LEIKA_REDAKTION_ID } from "fim-xoev/xzufi/v2_2_0";
 * const l = createLeistung({ id: { value: "99108001000000", schemeAgencyID: LEIKA_REDAKTION_ID } });
 * console.log(l.id.schemeAgencyID); // "B100019"
 * ```
 */
export const LEIKA_REDAKTION_ID = common.LEIKA_REDAKTION_ID;

/** Texts of further LeiKa text modules, by text-module code (`06` = Volltext, `09` = Voraussetzungen, …). */
export type LeikaTexte = common.LeikaTexte;

/**
 * Options of the LeiKa mapping (`versionsinformation` goes to `versionsinformation` of every Leistung).
 *
 * @example
 * ```ts
 * import type { LeikaEintrag } from "fim-xoev/leika";
 * import { createLeistungFromLeika, type LeikaLeistungOptions } from "fim-xoev/xzufi/v2_2_0";
 * declare const eintrag: LeikaEintrag;
 * const options: LeikaLeistungOptions = {
 *   schemeAgencyID: "S100001",
 *   gueltigkeit: { beginn: "2024-01-01" },
 *   texte: (e) => ({ "06": `Volltext zu ${e.schluessel}` }),
 * };
 * console.log(createLeistungFromLeika(eintrag, options).id.value);
 * ```
 */
export type LeikaLeistungOptions = common.LeikaLeistungOptions<Versionsinformation>;

/**
 * Options of the catalogue → message mapping.
 *
 * @example
 * ```ts
 * import type { LeikaEintrag } from "fim-xoev/leika";
 * import { createNachrichtFromLeika, type LeikaNachrichtOptions } from "fim-xoev/xzufi/v2_2_0";
 * declare const eintraege: readonly LeikaEintrag[];
 * const options: LeikaNachrichtOptions = { nachrichtenkopf: { nachrichtUUID: "leika-2024-01" }, produktbezeichnung: "Katalogimport" };
 * console.log(createNachrichtFromLeika(eintraege, options).operation.length);
 * ```
 */
export type LeikaNachrichtOptions = common.LeikaNachrichtOptions<Versionsinformation, Nachrichtenkopf>;

/**
 * Options of {@link importLeikaCsv}: the mapping's options plus how the CSV is read.
 *
 * @example
 * ```ts
 * import { readFileSync } from "node:fs";
 * import { importLeikaCsv, type LeikaImportOptions } from "fim-xoev/xzufi/v2_2_0";
 * const options: LeikaImportOptions = {
 *   nachrichtenkopf: { nachrichtUUID: "leika-2024-01" },
 *   csv: { encoding: "utf-8", delimiter: ";" },
 * };
 * const { nachricht, abgelehnt } = await importLeikaCsv(readFileSync("leika-katalog.csv"), options);
 * console.log(nachricht.operation.length, abgelehnt);
 * ```
 */
export type LeikaImportOptions = common.LeikaImportOptions<Versionsinformation, Nachrichtenkopf>;

/** The outcome of a catalogue import. */
export type LeikaImport = common.LeikaImport<Nachricht>;

const code = common.leikaCode;

/**
 * The Leistungsstruktur a key implies: the xsi:type by Leistungstyp, the Leistungsgruppierung and Verrichtung codes.
 *
 * @example
 * ```ts
 * import { parseLeistungsschluessel } from "fim-xoev/leika";
 * import { leistungsstrukturFor } from "fim-xoev/xzufi/v2_2_0";
 * const struktur = leistungsstrukturFor({ schluessel: parseLeistungsschluessel("99108001000000") });
 * console.log(struktur.xsiType); // "LeistungsstrukturObjekt": 99108001000000 has no Verrichtung (an LO key)
 * ```
 */
export function leistungsstrukturFor(eintrag: Pick<LeikaEintrag, "schluessel">): Leistungsstruktur {
  const key = eintrag.schluessel;
  const teile = splitLeistungsschluessel(key);
  const leistungsgruppierung = code(teile.leistungsgruppierung);
  switch (leistungstypOf(key)) {
    case "LO":
      return { xsiType: "LeistungsstrukturObjekt", leistungsgruppierung };
    case "LOV":
      return {
        xsiType: "LeistungsstrukturObjektMitVerrichtung",
        leistungsgruppierung,
        leistungsobjektID: { value: leistungsobjektschluesselOf(key) },
        verrichtung: { verrichtungLeiKa: code(teile.verrichtung) },
      };
    case "LOVD":
      return {
        xsiType: "LeistungsstrukturObjektMitVerrichtungUndDetail",
        leistungsgruppierung,
        leistungsobjektID: { value: leistungsobjektschluesselOf(key) },
        verrichtung: { verrichtungLeiKa: code(teile.verrichtung) },
        verrichtungsdetail: [],
      };
  }
}

/** The LeiKa mapping with the 2.2.0 Leistung: one object literal in binding order (the type checks completeness). */
const LEIKA = new common.LeikaMapping<Leistung, Nachricht, Versionsinformation, Nachrichtenkopf>({
  xzufiVersion: XZUFI_VERSION,
  versionsinformation: B.Versionsinformation,
  nachrichtenkopf: B.Nachrichtenkopf,
  nachricht: (n) => n,
  leistung: (eintrag, teile, options) => ({
    id: teile.id,
    idSekundaer: [],
    struktur: leistungsstrukturFor(eintrag),
    referenzLeiKa: [code(eintrag.schluessel)],
    modulText: teile.modulText,
    modulTextIndividuell: [],
    modulBegriffImKontext: [],
    modulUrsprungsportal: [],
    typisierung: teile.typisierung,
    leistungsadressat: [],
    kategorie: [],
    klassifizierung: [],
    informationsbereichSDG: [],
    idLeistungImKontext: [],
    idProzess: [],
    gueltigkeitGebietID: [],
    relevantFuerWirtschaftszweig: [],
    relevantFuerRechtsform: [],
    relevantFuerStaatsangehoerigkeit: [],
    ...(options.versionsinformation !== undefined && { versionsinformation: options.versionsinformation }),
    sprachversion: teile.sprachversion,
    gueltigkeit: teile.gueltigkeit,
  }),
});

const leika = LEIKA.functions();

/**
 * `safeCreateLeistungFromLeika` maps a LeiKa catalogue row to a Leistung Stammtext: id from the key, `struktur` by
 * Leistungstyp, the key reference, text modules `02` (Bezeichnung) and `03` (Bezeichnung2) plus any `texte`,
 * Typisierung codes, Sprachversion and Gültigkeit. Deterministic: no clock, no random ids. The options are checked
 * with zod (`invalid-input` diagnostics under `/options`). `createLeistungFromLeika` throws an `XoevError` instead
 * (e.g. for a malformed date in an option).
 *
 * @example
 * ```ts
 * import type { LeikaEintrag } from "fim-xoev/leika";
 * import { createLeistungFromLeika, serializeLeistung } from "fim-xoev/xzufi/v2_2_0";
 * declare const eintrag: LeikaEintrag; // a row of the LeiKa catalogue, e.g. 99108001000000
 * const leistung = createLeistungFromLeika(eintrag, { texte: { "06": "Wer einen Hund hält, meldet ihn an." } });
 * console.log(serializeLeistung(leistung));
 * ```
 */
export const {
  /**
   * `safeCreateLeistungFromLeika` maps a LeiKa catalogue row to a Leistung Stammtext: id from the key, `struktur` by
   * Leistungstyp, the key reference, text modules `02` (Bezeichnung) and `03` (Bezeichnung2) plus any `texte`,
   * Typisierung codes, Sprachversion and Gültigkeit. Deterministic: no clock, no random ids. The options are checked
   * with zod (`invalid-input` diagnostics under `/options`). `createLeistungFromLeika` throws an `XoevError` instead
   * (e.g. for a malformed date in an option).
   *
   * @example
   * ```ts
   * import type { LeikaEintrag } from "fim-xoev/leika";
   * import { createLeistungFromLeika, serializeLeistung } from "fim-xoev/xzufi/v2_2_0";
   * declare const eintrag: LeikaEintrag; // a row of the LeiKa catalogue, e.g. 99108001000000
   * const leistung = createLeistungFromLeika(eintrag, { texte: { "06": "Wer einen Hund hält, meldet ihn an." } });
   * console.log(serializeLeistung(leistung));
   * ```
   */
  safeCreateLeistungFromLeika,
  /**
   * `safeCreateLeistungFromLeika` maps a LeiKa catalogue row to a Leistung Stammtext: id from the key, `struktur` by
   * Leistungstyp, the key reference, text modules `02` (Bezeichnung) and `03` (Bezeichnung2) plus any `texte`,
   * Typisierung codes, Sprachversion and Gültigkeit. Deterministic: no clock, no random ids. The options are checked
   * with zod (`invalid-input` diagnostics under `/options`). `createLeistungFromLeika` throws an `XoevError` instead
   * (e.g. for a malformed date in an option).
   *
   * @example
   * ```ts
   * import type { LeikaEintrag } from "fim-xoev/leika";
   * import { createLeistungFromLeika, serializeLeistung } from "fim-xoev/xzufi/v2_2_0";
   * declare const eintrag: LeikaEintrag; // a row of the LeiKa catalogue, e.g. 99108001000000
   * const leistung = createLeistungFromLeika(eintrag, { texte: { "06": "Wer einen Hund hält, meldet ihn an." } });
   * console.log(serializeLeistung(leistung));
   * ```
   */
  createLeistungFromLeika,
} = leika;

/**
 * `safeCreateNachrichtFromLeika` maps catalogue rows to one transfer message with one `schreibe` per Leistung. A
 * row whose key (or id) repeats an earlier one is not mapped and gives a `duplicate-key` error with its line; so
 * does a row the model rejects. The result fails when any row was not mapped; `data` then holds the message of the
 * rest. `createNachrichtFromLeika` throws an `XoevError` when a row could not be mapped.
 *
 * @example
 * ```ts
 * import type { LeikaEintrag } from "fim-xoev/leika";
 * import { safeCreateNachrichtFromLeika, serialize } from "fim-xoev/xzufi/v2_2_0";
 * declare const eintraege: readonly LeikaEintrag[];
 * const result = safeCreateNachrichtFromLeika(eintraege, { nachrichtenkopf: { nachrichtUUID: "leika-2024-01" } });
 * if (result.data !== undefined) console.log(serialize(result.data));
 * ```
 */
export const {
  /**
   * `safeCreateNachrichtFromLeika` maps catalogue rows to one transfer message with one `schreibe` per Leistung. A
   * row whose key (or id) repeats an earlier one is not mapped and gives a `duplicate-key` error with its line; so
   * does a row the model rejects. The result fails when any row was not mapped; `data` then holds the message of the
   * rest. `createNachrichtFromLeika` throws an `XoevError` when a row could not be mapped.
   *
   * @example
   * ```ts
   * import type { LeikaEintrag } from "fim-xoev/leika";
   * import { safeCreateNachrichtFromLeika, serialize } from "fim-xoev/xzufi/v2_2_0";
   * declare const eintraege: readonly LeikaEintrag[];
   * const result = safeCreateNachrichtFromLeika(eintraege, { nachrichtenkopf: { nachrichtUUID: "leika-2024-01" } });
   * if (result.data !== undefined) console.log(serialize(result.data));
   * ```
   */
  safeCreateNachrichtFromLeika,
  /**
   * `safeCreateNachrichtFromLeika` maps catalogue rows to one transfer message with one `schreibe` per Leistung. A
   * row whose key (or id) repeats an earlier one is not mapped and gives a `duplicate-key` error with its line; so
   * does a row the model rejects. The result fails when any row was not mapped; `data` then holds the message of the
   * rest. `createNachrichtFromLeika` throws an `XoevError` when a row could not be mapped.
   *
   * @example
   * ```ts
   * import type { LeikaEintrag } from "fim-xoev/leika";
   * import { safeCreateNachrichtFromLeika, serialize } from "fim-xoev/xzufi/v2_2_0";
   * declare const eintraege: readonly LeikaEintrag[];
   * const result = safeCreateNachrichtFromLeika(eintraege, { nachrichtenkopf: { nachrichtUUID: "leika-2024-01" } });
   * if (result.data !== undefined) console.log(serialize(result.data));
   * ```
   */
  createNachrichtFromLeika,
} = leika;

/**
 * `safeImportLeikaCsv` imports a LeiKa catalogue CSV streaming: every record becomes a Leistung in one transfer
 * message or a diagnostic with its line. It fails when a record was rejected; `data` still holds the import of the
 * rest. `importLeikaCsv` throws an `XoevError` when a record was rejected.
 *
 * @example
 * ```ts
 * import { safeImportLeikaCsv, serialize } from "fim-xoev/xzufi/v2_2_0";
 * declare const csv: string; // the catalogue as published, e.g. read from leika.csv
 * const result = await safeImportLeikaCsv(csv);
 * if (result.data !== undefined) {
 *   console.log(`${result.data.leistungen} of ${result.data.zeilen} rows`);
 *   console.log(serialize(result.data.nachricht));
 * }
 * ```
 */
export const {
  /**
   * `safeImportLeikaCsv` imports a LeiKa catalogue CSV streaming: every record becomes a Leistung in one transfer
   * message or a diagnostic with its line. It fails when a record was rejected; `data` still holds the import of the
   * rest. `importLeikaCsv` throws an `XoevError` when a record was rejected.
   *
   * @example
   * ```ts
   * import { safeImportLeikaCsv, serialize } from "fim-xoev/xzufi/v2_2_0";
   * declare const csv: string; // the catalogue as published, e.g. read from leika.csv
   * const result = await safeImportLeikaCsv(csv);
   * if (result.data !== undefined) {
   *   console.log(`${result.data.leistungen} of ${result.data.zeilen} rows`);
   *   console.log(serialize(result.data.nachricht));
   * }
   * ```
   */
  safeImportLeikaCsv,
  /**
   * `safeImportLeikaCsv` imports a LeiKa catalogue CSV streaming: every record becomes a Leistung in one transfer
   * message or a diagnostic with its line. It fails when a record was rejected; `data` still holds the import of the
   * rest. `importLeikaCsv` throws an `XoevError` when a record was rejected.
   *
   * @example
   * ```ts
   * import { safeImportLeikaCsv, serialize } from "fim-xoev/xzufi/v2_2_0";
   * declare const csv: string; // the catalogue as published, e.g. read from leika.csv
   * const result = await safeImportLeikaCsv(csv);
   * if (result.data !== undefined) {
   *   console.log(`${result.data.leistungen} of ${result.data.zeilen} rows`);
   *   console.log(serialize(result.data.nachricht));
   * }
   * ```
   */
  importLeikaCsv,
} = leika;
