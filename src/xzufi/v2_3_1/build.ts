/**
 * Builders for XZuFi 2.3.1: `create*` factories whose input is checked by zod schemas derived from the binding
 * (repeated elements may be left out and default to `[]`), written once in `../common/build.ts`, and the LeiKa mapping — a
 * catalogue row becomes a Leistung Stammtext, a catalogue becomes one transfer message. The mapping itself is
 * shared by every XZuFi version (`../common/leika.ts`); this module supplies the 2.3.1 shape of the Leistung.
 */
import type { BuilderInput } from "../../core/binding/build.ts";
import type { Result } from "../../core/result.ts";
import type { LeikaCsvInput, LeikaCsvOptions, LeikaEintrag } from "../../leika/csv.ts";
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
export type NachrichtInput = NachrichtInputOf<Nachricht>;

const builders = xzufiBuilders<{
  Leistung: Leistung;
  Organisationseinheit: Organisationseinheit;
  Onlinedienst: Onlinedienst;
  ZustaendigkeitTransferObjekt: ZustaendigkeitTransferObjekt;
  Spezialisierung: Spezialisierung;
  Nachricht: Nachricht;
}>(B, XZUFI_VERSION);

/** Checks and completes a Leistung; invalid input gives `invalid-input` diagnostics with the property path. */
export const safeCreateLeistung: (input: LeistungInput) => Result<Leistung> = builders.safeCreateLeistung;
/**
 * Creates a Leistung; repeated elements left out become `[]`.
 *
 * @throws {XoevError} when the input does not fit the model.
 */
export const createLeistung: (input: LeistungInput) => Leistung = builders.createLeistung;

/** Checks and completes an Organisationseinheit. */
export const safeCreateOrganisationseinheit: (input: OrganisationseinheitInput) => Result<Organisationseinheit> =
  builders.safeCreateOrganisationseinheit;
/**
 * Creates an Organisationseinheit.
 *
 * @throws {XoevError} when the input does not fit the model.
 */
export const createOrganisationseinheit: (input: OrganisationseinheitInput) => Organisationseinheit = builders.createOrganisationseinheit;

/** Checks and completes an Onlinedienst. */
export const safeCreateOnlinedienst: (input: OnlinedienstInput) => Result<Onlinedienst> = builders.safeCreateOnlinedienst;
/**
 * Creates an Onlinedienst.
 *
 * @throws {XoevError} when the input does not fit the model.
 */
export const createOnlinedienst: (input: OnlinedienstInput) => Onlinedienst = builders.createOnlinedienst;

/** Checks and completes a ZustaendigkeitTransferObjekt. */
export const safeCreateZustaendigkeitTransferObjekt: (input: ZustaendigkeitTransferObjektInput) => Result<ZustaendigkeitTransferObjekt> =
  builders.safeCreateZustaendigkeitTransferObjekt;
/**
 * Creates a ZustaendigkeitTransferObjekt.
 *
 * @throws {XoevError} when the input does not fit the model.
 */
export const createZustaendigkeitTransferObjekt: (input: ZustaendigkeitTransferObjektInput) => ZustaendigkeitTransferObjekt =
  builders.createZustaendigkeitTransferObjekt;

/** Checks and completes a Spezialisierung. */
export const safeCreateSpezialisierung: (input: SpezialisierungInput) => Result<Spezialisierung> = builders.safeCreateSpezialisierung;
/**
 * Creates a Spezialisierung.
 *
 * @throws {XoevError} when the input does not fit the model.
 */
export const createSpezialisierung: (input: SpezialisierungInput) => Spezialisierung = builders.createSpezialisierung;

/** Checks and completes a transfer message; `xzufiVersion` defaults to `2.3.1`. */
export const safeCreateNachricht: (input: NachrichtInput) => Result<Nachricht> = builders.safeCreateNachricht;
/**
 * Creates a transfer message.
 *
 * @throws {XoevError} when the input does not fit the model.
 */
export const createNachricht: (input: NachrichtInput) => Nachricht = builders.createNachricht;

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

const leika = LEIKA.functions();

/** Options of the catalogue import: the message options and those of the CSV reader. */
type LeikaImportOptions = LeikaNachrichtOptions & { readonly csv?: LeikaCsvOptions };

/**
 * Maps a LeiKa catalogue row to a Leistung Stammtext: id from the key, `struktur` by Leistungstyp,
 * `referenzLeistungsschluessel` with the key, text modules `02` (Bezeichnung) and `03` (Bezeichnung2) plus any `texte`,
 * Typisierung codes, Sprachversion and Gültigkeit. Deterministic: no clock, no random ids. The options are
 * checked with zod (`invalid-input` diagnostics under `/options`).
 */
export const safeCreateLeistungFromLeika: (eintrag: LeikaEintrag, options?: LeikaLeistungOptions) => Result<Leistung> =
  leika.safeCreateLeistung;

/**
 * Maps a LeiKa catalogue row to a Leistung Stammtext.
 *
 * @throws {XoevError} when an option does not fit the model (e.g. a malformed date).
 */
export const createLeistungFromLeika: (eintrag: LeikaEintrag, options?: LeikaLeistungOptions) => Leistung = leika.createLeistung;

/**
 * Maps catalogue rows to one transfer message with one `schreibe` per Leistung. A row whose key (or id)
 * repeats an earlier one is not mapped and gives a `duplicate-key` error with its line; so does a row the
 * model rejects. The result fails when any row was not mapped; `data` then holds the message of the rest.
 */
export const safeCreateNachrichtFromLeika: (eintraege: Iterable<LeikaEintrag>, options?: LeikaNachrichtOptions) => Result<Nachricht> =
  leika.safeCreateNachricht;

/**
 * Maps catalogue rows to one transfer message.
 *
 * @throws {XoevError} when a row could not be mapped.
 */
export const createNachrichtFromLeika: (eintraege: Iterable<LeikaEintrag>, options?: LeikaNachrichtOptions) => Nachricht =
  leika.createNachricht;

/**
 * Imports a LeiKa catalogue CSV streaming: every record becomes a Leistung in one transfer message or a
 * diagnostic with its line. Fails when a record was rejected; `data` still holds the import of the rest.
 *
 * @example
 * const result = await xzufi231.safeImportLeikaCsv(createReadStream("leika.csv"));
 * writeFileSync("leika.xml", xzufi231.serialize(result.data!.nachricht));
 */
export const safeImportLeikaCsv: (input: LeikaCsvInput, options?: LeikaImportOptions) => Promise<Result<LeikaImport>> = leika.safeImportCsv;

/**
 * Imports a LeiKa catalogue CSV into one transfer message.
 *
 * @throws {XoevError} when a record was rejected.
 */
export const importLeikaCsv: (input: LeikaCsvInput, options?: LeikaImportOptions) => Promise<LeikaImport> = leika.importCsv;
