/**
 * Type tests (issue 15.3): every code of a closed XDatenfelder code list is a literal union in the builders' input,
 * so a typo fails to compile. Compiled by test/types/type-tests.test.ts (part of `npm test`): an unused
 * `@ts-expect-error` is an error there, so each line below fails the suite when the type stops catching the typo.
 */
import type * as v2 from "../../src/xdatenfelder/v2/build.ts";
import type * as v3 from "../../src/xdatenfelder/v3/build.ts";
import type * as xprozess from "../../src/xprozess/v2/build.ts";
import type * as xzufi231 from "../../src/xzufi/v2_3_1/build.ts";

/** The bare-code form of a code input (the builders also take `{ code, listURI, … }`). */
type Bare<T> = Extract<NonNullable<T>, string>;
type Code<T> = T extends { readonly code: infer C } ? C : never;

// XDatenfelder 3.0.0
export const feldart3: Bare<v3.DatenfeldInput["feldart"]> = "input";
// @ts-expect-error a typo is no Feldart
export const feldart3Typo: Bare<v3.DatenfeldInput["feldart"]> = "inptu";
// @ts-expect-error the object form checks the code too
export const feldart3Object: Extract<v3.DatenfeldInput["feldart"], object> = { code: "inptu" };
export const datentyp3: Bare<v3.DatenfeldInput["datentyp"]> = "text";
// @ts-expect-error a typo is no Datentyp
export const datentyp3Typo: Bare<v3.DatenfeldInput["datentyp"]> = "txt";
export const vorbefuellung3: Bare<v3.DatenfeldInput["vorbefuellung"]> = "keine";
// @ts-expect-error a typo is no Vorbefüllung
export const vorbefuellung3Typo: Bare<v3.DatenfeldInput["vorbefuellung"]> = "kein";
export const schemaelementart3: Bare<v3.DatenfeldInput["schemaelementart"]> = "HAR";
// @ts-expect-error a typo is no Schemaelementart
export const schemaelementart3Typo: Bare<v3.DatenfeldInput["schemaelementart"]> = "HRA";
export const freigabestatus3: Bare<v3.StammdatenschemaInput["freigabestatus"]> = "6";
// @ts-expect-error 9 is no Freigabestatus
export const freigabestatus3Typo: Bare<v3.StammdatenschemaInput["freigabestatus"]> = "9";
export const art3: Bare<v3.DatenfeldgruppeInput["art"]> = "X";
// @ts-expect-error a typo is no Gruppenart
export const art3Typo: Bare<v3.DatenfeldgruppeInput["art"]> = "x";
export const typ3: Bare<v3.RegelInput["typ"]> = "K";
// @ts-expect-error a typo is no Regeltyp
export const typ3Typo: Bare<v3.RegelInput["typ"]> = "Kx";

// XDatenfelder 2.0
export const feldart2: Bare<v2.DatenfeldInput["feldart"]> = "input";
// @ts-expect-error a typo is no Feldart
export const feldart2Typo: Bare<v2.DatenfeldInput["feldart"]> = "inptu";
export const datentyp2: Bare<v2.DatenfeldInput["datentyp"]> = "text";
// @ts-expect-error a typo is no Datentyp
export const datentyp2Typo: Bare<v2.DatenfeldInput["datentyp"]> = "txt";
export const schemaelementart2: Bare<v2.DatenfeldInput["schemaelementart"]> = "HAR";
// @ts-expect-error a typo is no Schemaelementart
export const schemaelementart2Typo: Bare<v2.DatenfeldInput["schemaelementart"]> = "HRA";
export const status2: Code<v2.DatenfeldInput["status"]> | Bare<v2.DatenfeldInput["status"]> = "aktiv";
// @ts-expect-error a typo is no Status
export const status2Typo: Code<v2.DatenfeldInput["status"]> | Bare<v2.DatenfeldInput["status"]> = "aktif";

// The safe builders of XZuFi and XProzess take their input type (they took `unknown`): a wrong shape fails to compile.
export const xzufiLeistung: Parameters<typeof xzufi231.safeCreateLeistung>[0] = { id: { value: "L1" } };
// @ts-expect-error `id` is an Identifikator, not a string
export const xzufiLeistungTypo: Parameters<typeof xzufi231.safeCreateLeistung>[0] = { id: "L1" };
export const prozessklasse: Parameters<typeof xprozess.safeCreateProzessklasse>[0] = { id: "99125001012000", name: "Hundesteuer" };
// @ts-expect-error a Prozessklasse needs a name
export const prozessklasseOhneName: Parameters<typeof xprozess.safeCreateProzessklasse>[0] = { id: "99125001012000" };
