/**
 * Type tests of the diagnostic-code registry: the codes of `DiagnosticParams` are exactly core's plus those every
 * module declares next to its code (`messages.ts`), and each module's messages cover exactly its codes in both
 * locales. Compiled by test/types/type-tests.test.ts: a module that merges codes into `DiagnosticParams` without
 * being listed here, or lists messages for codes it does not declare, fails to compile.
 */
import type { ModuleMessages } from "../../src/core/diagnostics/create.ts";
import type { CoreDiagnosticParams, DiagnosticCode, DiagnosticParams } from "../../src/core/diagnostics/diagnostic.ts";
import type { de } from "../../src/core/diagnostics/messages/de.ts";
import type { en } from "../../src/core/diagnostics/messages/en.ts";
import type { FITCONNECT_MESSAGES, FitConnectDiagnosticParams } from "../../src/fitconnect/messages.ts";
import type { LEIKA_MESSAGES, LeikaDiagnosticParams } from "../../src/leika/messages.ts";
import type { XDATENFELDER_MESSAGES, XdatenfelderDiagnosticParams } from "../../src/xdatenfelder/common/messages.ts";
import type { FORMS_MESSAGES, FormsDiagnosticParams } from "../../src/xdatenfelder/forms/messages.ts";
import type { REGELN_MESSAGES, RegelnDiagnosticParams } from "../../src/xdatenfelder/regeln/messages.ts";

type Equal<A, B> = (<T>() => T extends A ? 1 : 2) extends <T>() => T extends B ? 1 : 2 ? true : false;
type CodesOf<M> = M extends ModuleMessages<infer K> ? K : never;
/** The codes of the modules' parameter maps (distributed over the union). */
type ModuleCodes<M = Modules> = M extends [infer P, unknown] ? keyof P : never;

/** Every module with codes of its own: its parameters and its messages. */
type Modules =
  | [FitConnectDiagnosticParams, typeof FITCONNECT_MESSAGES]
  | [LeikaDiagnosticParams, typeof LEIKA_MESSAGES]
  | [XdatenfelderDiagnosticParams, typeof XDATENFELDER_MESSAGES]
  | [FormsDiagnosticParams, typeof FORMS_MESSAGES]
  | [RegelnDiagnosticParams, typeof REGELN_MESSAGES];

// the codes are core's plus the modules', nothing else
export const complete: Equal<DiagnosticCode, keyof CoreDiagnosticParams | ModuleCodes> = true;
// core's catalogues cover core's codes in both locales
export const coreEn: Equal<keyof typeof en, keyof CoreDiagnosticParams> = true;
export const coreDe: Equal<keyof typeof de, keyof CoreDiagnosticParams> = true;
// each module's messages cover exactly its codes (defineMessages checks both locales against them)
type Covered<M> = M extends [infer P, infer X] ? Equal<keyof P, CodesOf<X>> : never;
export const modules: Covered<Modules> = true;
// no module redeclares a code of another module or of core
type Overlap = keyof CoreDiagnosticParams & ModuleCodes;
export const disjoint: Equal<Overlap, never> = true;
// the merged map keeps each module's parameters
export const params: Equal<DiagnosticParams["missing-header"], LeikaDiagnosticParams["missing-header"]> = true;
// @ts-expect-error a code no module declares
export const unknown: DiagnosticParams["no-such-code"] = {};
