/**
 * Builders for XZuFi 2.3.1: `create*` factories whose input is checked by zod schemas derived from the binding
 * (repeated elements may be left out and default to `[]`; `core/binding/build.ts`), and the LeiKa mapping — a
 * catalogue row becomes a Leistung Stammtext, a catalogue becomes one transfer message. The mapping itself is
 * shared by every XZuFi version (`../common/leika.ts`); this module supplies the 2.3.1 shape of the Leistung.
 */
import { type BuilderInput, safeBuild, safeBuildDocument } from "../../core/binding/build.ts";
import type { Result } from "../../core/result.ts";
import { unwrap } from "../../core/result.ts";
import type { LeikaCsvInput, LeikaCsvOptions, LeikaEintrag } from "../../leika/csv.ts";
import { leistungsobjektschluesselOf, leistungstypOf, splitLeistungsschluessel } from "../../leika/key.ts";
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

export type { BuilderInput };

/** Input of {@link createLeistung}. */
export type LeistungInput = BuilderInput<Leistung>;
/** Input of {@link createOrganisationseinheit}. */
export type OrganisationseinheitInput = BuilderInput<Organisationseinheit>;
/** Input of {@link createOnlinedienst}. */
export type OnlinedienstInput = BuilderInput<Onlinedienst>;
/** Input of {@link createZustaendigkeitTransferObjekt}. */
export type ZustaendigkeitTransferObjektInput = BuilderInput<ZustaendigkeitTransferObjekt>;
/** Input of {@link createSpezialisierung}. */
export type SpezialisierungInput = BuilderInput<Spezialisierung>;
/** Input of {@link createNachricht}. */
export type NachrichtInput = BuilderInput<Omit<Nachricht, "xzufiVersion">> & { readonly xzufiVersion?: string };

/** Checks and completes a Leistung; invalid input gives `invalid-input` diagnostics with the property path. */
export function safeCreateLeistung(input: LeistungInput): Result<Leistung> {
  return safeBuild<Leistung>(B.Leistung, input, "leistung");
}
/**
 * Creates a Leistung; repeated elements left out become `[]`.
 *
 * @throws {XoevError} when the input does not fit the model.
 * @example
 * const leistung = xzufi231.createLeistung({ id: { value: "L1", schemeAgencyID: "S100001" }, modulText: [...] });
 */
export function createLeistung(input: LeistungInput): Leistung {
  return unwrap(safeCreateLeistung(input));
}

/** Checks and completes an Organisationseinheit. */
export function safeCreateOrganisationseinheit(input: OrganisationseinheitInput): Result<Organisationseinheit> {
  return safeBuild<Organisationseinheit>(B.Organisationseinheit, input, "organisationseinheit");
}
/**
 * Creates an Organisationseinheit.
 *
 * @throws {XoevError} when the input does not fit the model.
 */
export function createOrganisationseinheit(input: OrganisationseinheitInput): Organisationseinheit {
  return unwrap(safeCreateOrganisationseinheit(input));
}

/** Checks and completes an Onlinedienst. */
export function safeCreateOnlinedienst(input: OnlinedienstInput): Result<Onlinedienst> {
  return safeBuild<Onlinedienst>(B.Onlinedienst, input, "onlinedienst");
}
/**
 * Creates an Onlinedienst.
 *
 * @throws {XoevError} when the input does not fit the model.
 */
export function createOnlinedienst(input: OnlinedienstInput): Onlinedienst {
  return unwrap(safeCreateOnlinedienst(input));
}

/** Checks and completes a ZustaendigkeitTransferObjekt. */
export function safeCreateZustaendigkeitTransferObjekt(input: ZustaendigkeitTransferObjektInput): Result<ZustaendigkeitTransferObjekt> {
  return safeBuild<ZustaendigkeitTransferObjekt>(B.ZustaendigkeitTransferObjekt, input, "zustaendigkeitTransferObjekt");
}
/**
 * Creates a ZustaendigkeitTransferObjekt.
 *
 * @throws {XoevError} when the input does not fit the model.
 */
export function createZustaendigkeitTransferObjekt(input: ZustaendigkeitTransferObjektInput): ZustaendigkeitTransferObjekt {
  return unwrap(safeCreateZustaendigkeitTransferObjekt(input));
}

/** Checks and completes a Spezialisierung. */
export function safeCreateSpezialisierung(input: SpezialisierungInput): Result<Spezialisierung> {
  return safeBuild<Spezialisierung>(B.Spezialisierung, input, "spezialisierung");
}
/**
 * Creates a Spezialisierung.
 *
 * @throws {XoevError} when the input does not fit the model.
 */
export function createSpezialisierung(input: SpezialisierungInput): Spezialisierung {
  return unwrap(safeCreateSpezialisierung(input));
}

/** Checks and completes a transfer message; `xzufiVersion` defaults to `2.3.1`. */
export function safeCreateNachricht(input: NachrichtInput): Result<Nachricht> {
  return safeBuildDocument<Nachricht>(B.Nachricht, input, "nachricht", {
    defaults: { xzufiVersion: XZUFI_VERSION },
    rootNameProperty: "elementName",
  });
}
/**
 * Creates a transfer message.
 *
 * @throws {XoevError} when the input does not fit the model.
 */
export function createNachricht(input: NachrichtInput): Nachricht {
  return unwrap(safeCreateNachricht(input));
}

// ---------------------------------------------------------------------------------------------------
// LeiKa → XZuFi

/** The FIM Portal Redaktion id of the federal LeiKa source (fact sheet §6.7). */
export const LEIKA_REDAKTION_ID = common.LEIKA_REDAKTION_ID;

/** Texts of further LeiKa text modules, by text-module code (`06` = Volltext, `09` = Voraussetzungen, …). */
export type LeikaTexte = common.LeikaTexte;

/** Options of the LeiKa mapping (`versionsinformation` goes to `versionsinformationen` of every Leistung). */
export type LeikaLeistungOptions = common.LeikaLeistungOptions<Versionsinformation>;

/** Options of the catalogue → message mapping. */
export type LeikaNachrichtOptions = common.LeikaNachrichtOptions<Versionsinformation, Nachrichtenkopf>;

/** The outcome of a catalogue import. */
export type LeikaImport = common.LeikaImport<Nachricht>;

const code = common.leikaCode;

/** The Leistungsstruktur a key implies: the xsi:type by Leistungstyp, the Leistungsgruppierung and Verrichtung codes. */
export function leistungsstrukturFor(eintrag: Pick<LeikaEintrag, "schluessel">): Leistungsstruktur {
  const key = eintrag.schluessel;
  const teile = splitLeistungsschluessel(key);
  const leistungsgruppierungLeiKa = code(teile.leistungsgruppierung);
  switch (leistungstypOf(key)) {
    case "LO":
      return { xsiType: "LeistungsstrukturObjekt", leistungsgruppierungLeiKa };
    case "LOV":
      return {
        xsiType: "LeistungsstrukturObjektMitVerrichtung",
        leistungsgruppierungLeiKa,
        leistungsobjektID: { value: leistungsobjektschluesselOf(key) },
        verrichtungLeiKa: code(teile.verrichtung),
      };
    case "LOVD":
      return {
        xsiType: "LeistungsstrukturObjektMitVerrichtungUndDetail",
        leistungsgruppierungLeiKa,
        leistungsobjektID: { value: leistungsobjektschluesselOf(key) },
        verrichtungLeiKa: code(teile.verrichtung),
        verrichtungsdetail: [],
      };
  }
}

/** The LeiKa mapping with the 2.3.1 Leistung: one object literal in binding order (the type checks completeness). */
const LEIKA = new common.LeikaMapping<Leistung, Nachricht, Versionsinformation, Nachrichtenkopf>({
  xzufiVersion: XZUFI_VERSION,
  versionsinformation: B.Versionsinformation,
  nachrichtenkopf: B.Nachrichtenkopf,
  nachricht: (n) => n,
  leistung: (eintrag, teile, options) => ({
    id: teile.id,
    idSekundaer: [],
    struktur: leistungsstrukturFor(eintrag),
    referenzLeistungsschluessel: [{ value: eintrag.schluessel }],
    modulText: teile.modulText,
    modulTextIndividuell: [],
    modulFrist: [],
    modulKosten: [],
    modulBearbeitungsdauer: [],
    modulBegriffImKontext: [],
    modulFachlicheFreigabe: [],
    modulAuskunftshinweis: [],
    modulDokument: [],
    modulUrsprungsportal: [],
    typisierung: teile.typisierung,
    leistungsadressat: [],
    kategorie: [],
    klassifizierung: [],
    leistungImKontextID: [],
    prozessID: [],
    gueltigkeitGebietID: [],
    durchfuehrbarEinheitlicheStelle: [],
    relevantFuerWirtschaftszweig: [],
    relevantFuerRechtsform: [],
    ...(options.versionsinformation !== undefined && { versionsinformationen: options.versionsinformation }),
    sprachversion: teile.sprachversion,
    gueltigkeit: teile.gueltigkeit,
  }),
});

/**
 * Maps a LeiKa catalogue row to a Leistung Stammtext: id from the key, `struktur` by Leistungstyp,
 * `referenzLeistungsschluessel` with the key, text modules `02` (Bezeichnung) and `03` (Bezeichnung2) plus any `texte`,
 * Typisierung codes, Sprachversion and Gültigkeit. Deterministic: no clock, no random ids. The options are
 * checked with zod (`invalid-input` diagnostics under `/options`).
 */
export function safeCreateLeistungFromLeika(eintrag: LeikaEintrag, options: LeikaLeistungOptions = {}): Result<Leistung> {
  return LEIKA.safeCreateLeistung(eintrag, options);
}

/**
 * Maps a LeiKa catalogue row to a Leistung Stammtext.
 *
 * @throws {XoevError} when an option does not fit the model (e.g. a malformed date).
 */
export function createLeistungFromLeika(eintrag: LeikaEintrag, options?: LeikaLeistungOptions): Leistung {
  return unwrap(safeCreateLeistungFromLeika(eintrag, options));
}

/**
 * Maps catalogue rows to one transfer message with one `schreibe` per Leistung. A row whose key (or id)
 * repeats an earlier one is not mapped and gives a `duplicate-key` error with its line; so does a row the
 * model rejects. The result fails when any row was not mapped; `data` then holds the message of the rest.
 */
export function safeCreateNachrichtFromLeika(eintraege: Iterable<LeikaEintrag>, options: LeikaNachrichtOptions = {}): Result<Nachricht> {
  return LEIKA.safeCreateNachricht(eintraege, options);
}

/**
 * Maps catalogue rows to one transfer message.
 *
 * @throws {XoevError} when a row could not be mapped.
 */
export function createNachrichtFromLeika(eintraege: Iterable<LeikaEintrag>, options?: LeikaNachrichtOptions): Nachricht {
  return unwrap(safeCreateNachrichtFromLeika(eintraege, options));
}

/**
 * Imports a LeiKa catalogue CSV streaming: every record becomes a Leistung in one transfer message or a
 * diagnostic with its line. Fails when a record was rejected; `data` still holds the import of the rest.
 *
 * @example
 * const result = await xzufi231.safeImportLeikaCsv(createReadStream("leika.csv"));
 * writeFileSync("leika.xml", xzufi231.serialize(result.data!.nachricht));
 */
export async function safeImportLeikaCsv(
  input: LeikaCsvInput,
  options: LeikaNachrichtOptions & { readonly csv?: LeikaCsvOptions } = {},
): Promise<Result<LeikaImport>> {
  return LEIKA.safeImportCsv(input, options);
}

/**
 * Imports a LeiKa catalogue CSV into one transfer message.
 *
 * @throws {XoevError} when a record was rejected.
 */
export async function importLeikaCsv(
  input: LeikaCsvInput,
  options?: LeikaNachrichtOptions & { readonly csv?: LeikaCsvOptions },
): Promise<LeikaImport> {
  return unwrap(await safeImportLeikaCsv(input, options));
}
