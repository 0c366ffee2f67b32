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

/** Input of {@link createProzessklasse}. */
export type ProzessklasseInput = BuilderInput<Prozessklasse>;
/** Input of {@link createProzess}. */
export type ProzessInput = BuilderInput<Prozess>;
/** Input of {@link createNachricht}: a message's content (with `xprozessVersion` optional, default `2.0`). */
export type NachrichtInput<N extends MessageName> = BuilderInput<Omit<MessageContent[N], "xprozessVersion">> & {
  readonly xprozessVersion?: string;
};

/** Checks and completes a Prozessklasse; invalid input gives `invalid-input` diagnostics with the property path. */
export function safeCreateProzessklasse(input: ProzessklasseInput): Result<Prozessklasse> {
  return safeBuild<Prozessklasse>(B.Prozessklasse, input, "prozessklasse");
}
/**
 * Creates a Prozessklasse; repeated elements left out become `[]`.
 *
 * @throws {XoevError} when the input does not fit the model.
 */
export function createProzessklasse(input: ProzessklasseInput): Prozessklasse {
  return unwrap(safeCreateProzessklasse(input));
}

/** Checks and completes a Prozess. */
export function safeCreateProzess(input: ProzessInput): Result<Prozess> {
  return safeBuild<Prozess>(B.Prozess, input, "prozess");
}
/**
 * Creates a Prozess; repeated elements left out become `[]`.
 *
 * @throws {XoevError} when the input does not fit the model.
 */
export function createProzess(input: ProzessInput): Prozess {
  return unwrap(safeCreateProzess(input));
}

/** Input of {@link createNachricht} in one object: the message's kind (`nachricht`, as on the model) and its content. */
export type NachrichtBauInput<N extends MessageName> = NachrichtInput<N> & { readonly nachricht: N };

/**
 * Checks and completes a message; `nachricht` names its kind (the model's discriminant), the rest is its content
 * (`xprozessVersion` defaults to `2.0`). An unknown kind gives one `invalid-input` diagnostic.
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
 * @example
 * const msg = xprozess.createNachricht({ nachricht: "prozesskatalog.export.0103", produkt: "p", produkthersteller: "h", nachrichtenkopf, prozesskatalog });
 */
export function createNachricht<N extends MessageName>(input: NachrichtBauInput<N>): NachrichtVon<N>;
/** @deprecated use `createNachricht({ nachricht, ...input })` (one input object) */
export function createNachricht<N extends MessageName>(nachricht: N, input: NachrichtInput<N>): NachrichtVon<N>;
export function createNachricht<N extends MessageName>(a: N | NachrichtBauInput<N>, b?: NachrichtInput<N>): NachrichtVon<N> {
  return unwrap(typeof a === "string" ? buildNachricht(a as N, b) : fromOneInput<N>(a));
}

/** Options of {@link createProzessklasseFromLeika}. */
export interface LeikaProzessklasseOptions {
  /** `version` of the Prozessklasse (none by default). */
  readonly version?: string;
  /** `name` of the Prozessklasse; default: the row's Bezeichnung (the FIM name, "… bearbeiten", is not in LeiKa). */
  readonly name?: (eintrag: LeikaEintrag) => string;
  /** Further content of the Prozessklasse (Handlungsgrundlagen, codes, Zustandsangaben, …). */
  readonly weitere?: Omit<ProzessklasseInput, "id" | "name" | "bezeichnung">;
}

/** The `ordnungsrahmenName` under which the LeiKa parts of the key are written as Merkmale. */
export const LEIKA_ORDNUNGSRAHMEN = "LeiKa";

/**
 * Maps a LeiKa catalogue row (`fim-xoev/leika`) to a Prozessklasse with the same key: `id` = the 14-digit
 * Leistungsschlüssel, `name` and `bezeichnung` = the row's Bezeichnung (the Leistung name), and the Verrichtung
 * as a Merkmal (`ordnungsrahmenName` `LeiKa`, `merkmalName` `Verrichtung`, `merkmalID` = the key's 3-digit
 * Verrichtung, `merkmalWert` = the row's Verrichtung column as written, else the code). XProzess has no element
 * for the Verrichtung; the Merkmal is this library's convention, documented in `docs/xprozess.md`.
 * A row without a Bezeichnung gives a `missing-field` error.
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
 */
export function createProzessklasseFromLeika(eintrag: LeikaEintrag, options?: LeikaProzessklasseOptions): Prozessklasse {
  return unwrap(safeCreateProzessklasseFromLeika(eintrag, options));
}

/** Options of {@link createProzessFromLeika}. */
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
 */
export function createProzessFromLeika(eintrag: LeikaEintrag, options?: LeikaProzessOptions): Prozess {
  return unwrap(safeCreateProzessFromLeika(eintrag, options));
}
