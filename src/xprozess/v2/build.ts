/**
 * Builders for XProzess 2.0: `create*` factories whose input is checked by zod schemas derived from the binding
 * (repeated elements may be left out and default to `[]`; `core/binding/build.ts`), and the LeiKa mapping — a
 * LeiKa catalogue row becomes a Prozessklasse keyed by its Leistungsschlüssel, as the FIM method keys process
 * classes (fact sheet §3: "the Prozessschlüssel equals the Leistungsschlüssel; its Bezeichnung is the Leistung
 * name").
 */
import { type BuilderInput, safeBuild, safeBuildDocument } from "../../core/binding/build.ts";
import { diagnostic } from "../../core/diagnostics/create.ts";
import type { Diagnostic } from "../../core/diagnostics/diagnostic.ts";
import { failure, type Result, unwrap } from "../../core/result.ts";
import type { LeikaEintrag } from "../../leika/csv.ts";
import { splitLeistungsschluessel } from "../../leika/key.ts";
import * as B from "./binding.ts";
import type { MessageContent, NachrichtVon, Prozess, Prozessklasse } from "./model.ts";
import { type MessageName, XPROZESS_VERSION } from "./namespace.ts";

export type { BuilderInput };

/**
 * Input of {@link createProzessklasse}.
 *
 * @example
 * ```ts
 * import { createProzessklasse, type ProzessklasseInput } from "fim-xoev/xprozess/v2";
 *
 * // repeated elements (handlungsgrundlage, merkmal, klassifikation, …) may be left out: they become []
 * const input: ProzessklasseInput = {
 *   id: "99125001012000",
 *   version: "1.0.0",
 *   name: "Hundesteuer Anmeldung",
 *   bezeichnung: "Hundesteuer Anmeldung",
 *   definition: "Anmeldung eines Hundes bei der Gemeinde zur Festsetzung der Hundesteuer.",
 *   schlagwort: ["Hund", "Hundesteuer", "Hundeanmeldung"],
 *   zustandsangaben: { status: { code: "3" }, letzterBearbeiter: "FIM-Redaktion" },
 * };
 * console.log(createProzessklasse(input).merkmal); // []
 * ```
 */
export type ProzessklasseInput = BuilderInput<Prozessklasse>;
/**
 * Input of {@link createProzess}.
 *
 * @example
 * ```ts
 * import { createProzess, type ProzessInput } from "fim-xoev/xprozess/v2";
 *
 * const input: ProzessInput = {
 *   id: "99125001012000",
 *   name: "Hundesteuer Anmeldung",
 *   klassifikation: [{ ordnungsrahmenName: "FIM Prozesskatalog", klasseID: "99125001012000", klasseName: "Hundesteuer Anmeldung" }],
 *   prozesssteckbrief: {
 *     ausloeser: [{ formularID: "D99000000001", textuelleBeschreibung: "Antrag auf Anmeldung eines Hundes" }],
 *     ergebnis: [{ textuelleBeschreibung: "Hundesteuerbescheid" }],
 *   },
 * };
 * console.log(createProzess(input).prozesssteckbrief?.prozessteilnehmer); // []
 * ```
 */
export type ProzessInput = BuilderInput<Prozess>;
/**
 * Input of {@link createNachricht}: a message's content (with `xprozessVersion` optional, default `2.0`).
 *
 * @example
 * ```ts
 * import { randomUUID } from "node:crypto";
 * import { createNachricht, type NachrichtInput } from "fim-xoev/xprozess/v2";
 *
 * // the content of a prozesskatalog.export.0103 (xprozessVersion defaults to 2.0)
 * const inhalt: NachrichtInput<"prozesskatalog.export.0103"> = {
 *   produkt: "Musterkreis Prozessportal",
 *   produkthersteller: "Landkreis Musterkreis",
 *   nachrichtenkopf: { nachrichtUUID: randomUUID(), nachrichtentyp: { code: "0103" }, erstellungszeitpunkt: new Date().toISOString() },
 *   prozesskatalog: { name: "Prozesskatalog Musterkreis", prozessklasse: [{ id: "99125001012000", name: "Hundesteuer Anmeldung" }] },
 * };
 * const nachricht = createNachricht({ nachricht: "prozesskatalog.export.0103", ...inhalt });
 * console.log(nachricht.xprozessVersion); // "2.0"
 * ```
 */
export type NachrichtInput<N extends MessageName> = BuilderInput<Omit<MessageContent[N], "xprozessVersion">> & {
  readonly xprozessVersion?: string;
};

/**
 * Checks and completes a Prozessklasse; invalid input gives `invalid-input` diagnostics with the property path.
 *
 * @example
 * ```ts
 * import { safeCreateProzessklasse } from "fim-xoev/xprozess/v2";
 *
 * const result = safeCreateProzessklasse({ id: "99125001012000", name: "Hundesteuer Anmeldung", bezeichnung: "Hundesteuer Anmeldung" });
 * if (result.success) console.log(result.data.id, result.data.schlagwort); // "99125001012000" []
 * else for (const d of result.diagnostics) console.error(`${d.path}: ${d.message}`); // invalid-input with the property path
 * ```
 */
export function safeCreateProzessklasse(input: ProzessklasseInput): Result<Prozessklasse> {
  return safeBuild<Prozessklasse>(B.Prozessklasse, input, "prozessklasse");
}
/**
 * Creates a Prozessklasse; repeated elements left out become `[]`.
 *
 * @throws {XoevError} when the input does not fit the model.
 *
 * @example
 * ```ts
 * import { createProzessklasse } from "fim-xoev/xprozess/v2";
 *
 * const klasse = createProzessklasse({
 *   id: "99125001012000",
 *   version: "1.0.0",
 *   name: "Hundesteuer Anmeldung",
 *   bezeichnung: "Hundesteuer Anmeldung",
 *   merkmal: [{ ordnungsrahmenName: "LeiKa", merkmalID: "012", merkmalName: "Verrichtung", merkmalWert: ["Anmeldung"] }],
 *   zustandsangaben: { status: { code: "6" } }, // fachlich freigegeben (gold)
 * });
 * console.log(klasse.handlungsgrundlage.length); // 0: left-out lists become []
 * ```
 */
export function createProzessklasse(input: ProzessklasseInput): Prozessklasse {
  return unwrap(safeCreateProzessklasse(input));
}

/**
 * Checks and completes a Prozess (Stamm-, Referenz- or Lokalprozess); repeated elements left out become `[]`,
 * invalid input gives `invalid-input` diagnostics with the property path.
 *
 * @example
 * ```ts
 * import { safeCreateProzess } from "fim-xoev/xprozess/v2";
 *
 * const result = safeCreateProzess({
 *   id: "99125001012000",
 *   version: "1.0.0",
 *   name: "Hundesteuer Anmeldung",
 *   prozesssteckbrief: { ausloeser: [{ formularID: "D99000000001" }], ergebnis: [{ textuelleBeschreibung: "Hundesteuerbescheid" }] },
 * });
 * if (result.success) console.log(result.data.prozesssteckbrief?.ausloeser[0]?.formularID);
 * else console.error(result.diagnostics.map((d) => d.message).join("\n"));
 * ```
 */
export function safeCreateProzess(input: ProzessInput): Result<Prozess> {
  return safeBuild<Prozess>(B.Prozess, input, "prozess");
}
/**
 * Creates a Prozess; repeated elements left out become `[]`.
 *
 * @throws {XoevError} when the input does not fit the model.
 *
 * @example
 * ```ts
 * import { createProzess } from "fim-xoev/xprozess/v2";
 *
 * const prozess = createProzess({
 *   id: "99125001012000",
 *   name: "Hundesteuer Anmeldung",
 *   fachlichFreigebendeStelle: "Ministerium der Finanzen",
 *   klassifikation: [{ ordnungsrahmenName: "FIM Prozesskatalog", klasseID: "99125001012000" }],
 *   schlagwort: ["Hundesteuer"],
 * });
 * console.log(prozess.klassifikation[0]?.klasseID, prozess.schlagwort);
 * ```
 */
export function createProzess(input: ProzessInput): Prozess {
  return unwrap(safeCreateProzess(input));
}

/**
 * Input of {@link createNachricht} in one object: the message's kind (`nachricht`, as on the model) and its content.
 *
 * @example
 * ```ts
 * import { randomUUID } from "node:crypto";
 * import { createNachricht, type NachrichtBauInput } from "fim-xoev/xprozess/v2";
 *
 * // a request to a Prozessbibliothek for one Stammprozess
 * const anfrage: NachrichtBauInput<"prozessbibliothek.anfrage.0201"> = {
 *   nachricht: "prozessbibliothek.anfrage.0201",
 *   produkt: "Musterkreis Prozessportal",
 *   produkthersteller: "Landkreis Musterkreis",
 *   nachrichtenkopf: { nachrichtUUID: randomUUID(), nachrichtentyp: { code: "0201" }, erstellungszeitpunkt: new Date().toISOString() },
 *   suchprofil: { sucheProzessidentifikation: [{ prozessID: "99125001012000" }] },
 * };
 * console.log(createNachricht(anfrage).suchprofil?.sucheStatus); // []
 * ```
 */
export type NachrichtBauInput<N extends MessageName> = NachrichtInput<N> & { readonly nachricht: N };

/**
 * Checks and completes a message; `nachricht` names its kind (the model's discriminant), the rest is its content
 * (`xprozessVersion` defaults to `2.0`). An unknown kind gives one `invalid-input` diagnostic.
 *
 * @example
 * ```ts
 * import { randomUUID } from "node:crypto";
 * import { safeCreateNachricht, serialize } from "fim-xoev/xprozess/v2";
 *
 * // a request for the whole Prozesskatalog and Prozessbibliothek (no suchprofil: everything)
 * const result = safeCreateNachricht({
 *   nachricht: "alleInhalte.anfrage.0301",
 *   produkt: "Musterkreis Prozessportal",
 *   produkthersteller: "Landkreis Musterkreis",
 *   nachrichtenkopf: { nachrichtUUID: randomUUID(), nachrichtentyp: { code: "0301" }, erstellungszeitpunkt: new Date().toISOString() },
 * });
 * if (result.success) console.log(serialize(result.data));
 * else console.error(result.diagnostics[0].message);
 * ```
 */
export function safeCreateNachricht<N extends MessageName>(input: NachrichtBauInput<N>): Result<NachrichtVon<N>>;
/** @deprecated use `safeCreateNachricht({ nachricht, ...input })` (one input object) */
export function safeCreateNachricht<N extends MessageName>(nachricht: N, input: unknown): Result<NachrichtVon<N>>;
export function safeCreateNachricht<N extends MessageName>(a: unknown, b?: unknown): Result<NachrichtVon<N>> {
  return typeof a === "string" ? buildNachricht(a as N, b) : fromOneInput<N>(a);
}

function fromOneInput<N extends MessageName>(a: unknown): Result<NachrichtVon<N>> {
  const kind = typeof a === "object" && a !== null ? (a as { nachricht?: unknown }).nachricht : undefined;
  if (typeof kind !== "string" || !Object.hasOwn(B.MESSAGES, kind))
    return failure([
      diagnostic({
        code: "invalid-input",
        params: { issue: `nachricht: one of ${Object.keys(B.MESSAGES).join(", ")} expected` },
        severity: "error",
        stage: "input",
        path: "nachricht",
      }),
    ]);
  const { nachricht: _, ...content } = a as { nachricht: N };
  return buildNachricht(kind as N, content);
}

function buildNachricht<N extends MessageName>(nachricht: N, input: unknown): Result<NachrichtVon<N>> {
  const built = safeBuildDocument<MessageContent[N]>(B.MESSAGES[nachricht], input, nachricht, {
    defaults: { xprozessVersion: XPROZESS_VERSION },
  });
  if (!built.success) return failure(built.diagnostics);
  return { success: true, data: { ...built.data, nachricht } as NachrichtVon<N>, diagnostics: built.diagnostics };
}

/**
 * Creates a message of the kind `nachricht` names.
 *
 * @throws {XoevError} when the input does not fit the model.
 *
 * @example
 * ```ts
 * import { randomUUID } from "node:crypto";
 * import { writeFileSync } from "node:fs";
 * import { createNachricht, createProzessklasse, serialize } from "fim-xoev/xprozess/v2";
 *
 * const klasse = createProzessklasse({ id: "99125001012000", version: "1.0.0", name: "Hundesteuer Anmeldung" });
 * const nachricht = createNachricht({
 *   nachricht: "prozesskatalog.export.0103",
 *   produkt: "Musterkreis Prozessportal",
 *   produkthersteller: "Landkreis Musterkreis",
 *   nachrichtenkopf: { nachrichtUUID: randomUUID(), nachrichtentyp: { code: "0103" }, erstellungszeitpunkt: new Date().toISOString() },
 *   prozesskatalog: { name: "Prozesskatalog Musterkreis", prozessklasse: [klasse] },
 * });
 * writeFileSync("prozesskatalog.xprozess.xml", serialize(nachricht));
 * ```
 */
export function createNachricht<N extends MessageName>(input: NachrichtBauInput<N>): NachrichtVon<N>;
/** @deprecated use `createNachricht({ nachricht, ...input })` (one input object) */
export function createNachricht<N extends MessageName>(nachricht: N, input: NachrichtInput<N>): NachrichtVon<N>;
export function createNachricht<N extends MessageName>(a: N | NachrichtBauInput<N>, b?: NachrichtInput<N>): NachrichtVon<N> {
  return unwrap(typeof a === "string" ? buildNachricht(a as N, b) : fromOneInput<N>(a));
}

/**
 * Options of {@link createProzessklasseFromLeika}.
 *
 * @example
 * ```ts
 * import { readFileSync } from "node:fs";
 * import { parseLeikaCsvSync } from "fim-xoev/leika";
 * import { createProzessklasseFromLeika, type LeikaProzessklasseOptions } from "fim-xoev/xprozess/v2";
 *
 * const options: LeikaProzessklasseOptions = {
 *   version: "1.0.0",
 *   name: (eintrag) => `${eintrag.bezeichnung ?? eintrag.schluessel} bearbeiten`, // the FIM name, which LeiKa lacks
 *   weitere: { schlagwort: ["Hund"], zustandsangaben: { status: { code: "3" } } },
 * };
 * for (const eintrag of parseLeikaCsvSync(readFileSync("leika.csv")).eintraege) {
 *   console.log(createProzessklasseFromLeika(eintrag, options).name); // "Hundesteuer Anmeldung bearbeiten"
 * }
 * ```
 */
export interface LeikaProzessklasseOptions {
  /** `version` of the Prozessklasse (none by default). */
  readonly version?: string;
  /** `name` of the Prozessklasse; default: the row's Bezeichnung (the FIM name, "… bearbeiten", is not in LeiKa). */
  readonly name?: (eintrag: LeikaEintrag) => string;
  /** Further content of the Prozessklasse (Handlungsgrundlagen, codes, Zustandsangaben, …). */
  readonly weitere?: Omit<ProzessklasseInput, "id" | "name" | "bezeichnung">;
}

/**
 * The `ordnungsrahmenName` under which the LeiKa parts of the key are written as Merkmale.
 *
 * @example
 * ```ts
 * import { LEIKA_ORDNUNGSRAHMEN, type Prozessklasse } from "fim-xoev/xprozess/v2";
 *
 * declare const klasse: Prozessklasse;
 * // the Verrichtung that createProzessklasseFromLeika wrote as a Merkmal
 * const verrichtung = klasse.merkmal.find((m) => m.ordnungsrahmenName === LEIKA_ORDNUNGSRAHMEN && m.merkmalName === "Verrichtung");
 * console.log(verrichtung?.merkmalID, verrichtung?.merkmalWert[0]); // "012" "012" (the row's Verrichtung column as written)
 * ```
 */
export const LEIKA_ORDNUNGSRAHMEN = "LeiKa";

/**
 * Maps a LeiKa catalogue row (`fim-xoev/leika`) to a Prozessklasse with the same key: `id` = the 14-digit
 * Leistungsschlüssel, `name` and `bezeichnung` = the row's Bezeichnung (the Leistung name), and the Verrichtung
 * as a Merkmal (`ordnungsrahmenName` `LeiKa`, `merkmalName` `Verrichtung`, `merkmalID` = the key's 3-digit
 * Verrichtung, `merkmalWert` = the row's Verrichtung column as written, else the code). XProzess has no element
 * for the Verrichtung; the Merkmal is this library's convention, documented in `docs/xprozess.md`.
 * A row without a Bezeichnung gives a `missing-field` error.
 *
 * @example
 * ```ts
 * import { readFileSync } from "node:fs";
 * import { parseLeikaCsvSync } from "fim-xoev/leika";
 * import { safeCreateProzessklasseFromLeika } from "fim-xoev/xprozess/v2";
 *
 * const katalog = parseLeikaCsvSync(readFileSync("leika.csv"));
 * for (const eintrag of katalog.eintraege) {
 *   const klasse = safeCreateProzessklasseFromLeika(eintrag, { version: "1.0.0" });
 *   if (klasse.success) console.log(klasse.data.id, klasse.data.name); // 99125001012000 Hundesteuer Anmeldung
 *   else console.error(`line ${eintrag.zeile}: ${klasse.diagnostics[0].message}`); // a row without Bezeichnung
 * }
 * ```
 */
export function safeCreateProzessklasseFromLeika(eintrag: LeikaEintrag, options: LeikaProzessklasseOptions = {}): Result<Prozessklasse> {
  const bezeichnung = eintrag.bezeichnung?.trim();
  if (bezeichnung === undefined || bezeichnung === "") {
    const d: Diagnostic = diagnostic({
      code: "missing-field",
      params: { field: "Bezeichnung" },
      severity: "error",
      stage: "input",
      path: `/line[${eintrag.zeile}]/Bezeichnung`,
      location: { line: eintrag.zeile },
    });
    return failure([d]);
  }
  const verrichtung = splitLeistungsschluessel(eintrag.schluessel).verrichtung;
  const weitere = options.weitere ?? {};
  return safeCreateProzessklasse({
    ...weitere,
    id: eintrag.schluessel,
    ...(options.version !== undefined && { version: options.version }),
    name: options.name?.(eintrag) ?? bezeichnung,
    bezeichnung,
    merkmal: [
      ...(weitere.merkmal ?? []),
      {
        ordnungsrahmenName: LEIKA_ORDNUNGSRAHMEN,
        merkmalID: verrichtung,
        merkmalName: "Verrichtung",
        merkmalWert: [eintrag.verrichtung?.trim() || verrichtung],
      },
    ],
  });
}

/**
 * Maps a LeiKa catalogue row to a Prozessklasse (see {@link safeCreateProzessklasseFromLeika}).
 *
 * @throws {XoevError} when the row has no Bezeichnung or the options do not fit the model.
 *
 * @example
 * ```ts
 * import { readFileSync } from "node:fs";
 * import { indexLeikaKatalog, parseLeikaCsvSync } from "fim-xoev/leika";
 * import { createProzessklasseFromLeika } from "fim-xoev/xprozess/v2";
 *
 * const leika = indexLeikaKatalog(parseLeikaCsvSync(readFileSync("leika.csv")));
 * const eintrag = leika.get("99125001012000");
 * if (eintrag !== undefined) {
 *   const klasse = createProzessklasseFromLeika(eintrag);
 *   console.log(klasse.id, klasse.bezeichnung, klasse.merkmal[0]?.merkmalName); // 99125001012000 Hundesteuer Anmeldung Verrichtung
 * }
 * ```
 */
export function createProzessklasseFromLeika(eintrag: LeikaEintrag, options?: LeikaProzessklasseOptions): Prozessklasse {
  return unwrap(safeCreateProzessklasseFromLeika(eintrag, options));
}

/**
 * Options of {@link createProzessFromLeika}.
 *
 * @example
 * ```ts
 * import { readFileSync } from "node:fs";
 * import { parseLeikaCsvSync } from "fim-xoev/leika";
 * import { createProzessFromLeika, type LeikaProzessOptions } from "fim-xoev/xprozess/v2";
 *
 * const options: LeikaProzessOptions = {
 *   version: "1.0.0",
 *   weitere: { prozesssteckbrief: { ausloeser: [{ formularID: "D99000000001" }], ergebnis: [{ textuelleBeschreibung: "Hundesteuerbescheid" }] } },
 * };
 * const [eintrag] = parseLeikaCsvSync(readFileSync("leika.csv")).eintraege;
 * if (eintrag !== undefined) console.log(createProzessFromLeika(eintrag, options).prozesssteckbrief?.ausloeser);
 * ```
 */
export interface LeikaProzessOptions {
  readonly version?: string;
  /** Further content of the Prozess (Steckbrief, structure description, model files, …). */
  readonly weitere?: Omit<ProzessInput, "id" | "name" | "bezeichnung">;
}

/**
 * Maps a LeiKa catalogue row to a Stammprozess skeleton: `id` = the Leistungsschlüssel (the FIM method keys a
 * Stammprozess by its Leistung), `name` and `bezeichnung` = the row's Bezeichnung, and a Klassifikation in the
 * FIM Prozesskatalog naming its Prozessklasse, as the FIM Bund export does (`ordnungsrahmenName`
 * `FIM Prozesskatalog`, `klasseID` = the key).
 *
 * @example
 * ```ts
 * import { readFileSync } from "node:fs";
 * import { parseLeikaCsvSync } from "fim-xoev/leika";
 * import { safeCreateProzessFromLeika } from "fim-xoev/xprozess/v2";
 *
 * for (const eintrag of parseLeikaCsvSync(readFileSync("leika.csv")).eintraege) {
 *   const prozess = safeCreateProzessFromLeika(eintrag, { version: "1.0.0" });
 *   if (prozess.success) console.log(prozess.data.id, prozess.data.klassifikation[0]?.ordnungsrahmenName); // … FIM Prozesskatalog
 *   else console.error(prozess.diagnostics[0].message);
 * }
 * ```
 */
export function safeCreateProzessFromLeika(eintrag: LeikaEintrag, options: LeikaProzessOptions = {}): Result<Prozess> {
  const bezeichnung = eintrag.bezeichnung?.trim();
  if (bezeichnung === undefined || bezeichnung === "") {
    return failure([
      diagnostic({
        code: "missing-field",
        params: { field: "Bezeichnung" },
        severity: "error",
        stage: "input",
        path: `/line[${eintrag.zeile}]/Bezeichnung`,
        location: { line: eintrag.zeile },
      }),
    ]);
  }
  const weitere = options.weitere ?? {};
  return safeCreateProzess({
    ...weitere,
    id: eintrag.schluessel,
    ...(options.version !== undefined && { version: options.version }),
    name: bezeichnung,
    bezeichnung,
    klassifikation: [
      ...(weitere.klassifikation ?? []),
      { ordnungsrahmenName: "FIM Prozesskatalog", klasseID: eintrag.schluessel, klasseName: bezeichnung },
    ],
  });
}

/**
 * Maps a LeiKa catalogue row to a Stammprozess skeleton (see {@link safeCreateProzessFromLeika}).
 *
 * @throws {XoevError} when the row has no Bezeichnung or the options do not fit the model.
 *
 * @example
 * ```ts
 * import { randomUUID } from "node:crypto";
 * import { readFileSync } from "node:fs";
 * import { indexLeikaKatalog, parseLeikaCsvSync } from "fim-xoev/leika";
 * import { createNachricht, createProzessFromLeika, createProzessklasseFromLeika, serialize } from "fim-xoev/xprozess/v2";
 *
 * // Prozessklasse and Stammprozess skeleton of one Leistung in one alleInhalte.export.0303
 * const eintrag = indexLeikaKatalog(parseLeikaCsvSync(readFileSync("leika.csv"))).get("99125001012000");
 * if (eintrag !== undefined) {
 *   const nachricht = createNachricht({
 *     nachricht: "alleInhalte.export.0303",
 *     produkt: "Musterkreis Prozessportal",
 *     produkthersteller: "Landkreis Musterkreis",
 *     nachrichtenkopf: { nachrichtUUID: randomUUID(), nachrichtentyp: { code: "0303" }, erstellungszeitpunkt: new Date().toISOString() },
 *     prozesskatalog: { name: "Hundesteuer", prozessklasse: [createProzessklasseFromLeika(eintrag)] },
 *     prozessbibliothek: { name: "Hundesteuer", prozess: [createProzessFromLeika(eintrag, { version: "1.0.0" })] },
 *   });
 *   console.log(serialize(nachricht));
 * }
 * ```
 */
export function createProzessFromLeika(eintrag: LeikaEintrag, options?: LeikaProzessOptions): Prozess {
  return unwrap(safeCreateProzessFromLeika(eintrag, options));
}
