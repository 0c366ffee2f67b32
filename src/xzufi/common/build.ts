/**
 * The `create*` builders every XZuFi version has, written once: each checks its input with the zod schema derived
 * from the version's binding table (repeated elements may be left out and default to `[]`; `core/binding/build.ts`)
 * and comes in a `safe` form returning a `Result` and a throwing form. A version passes its tables and its model
 * types ({@link XzufiObjects}); its `build.ts` exports the functions under the public names.
 */
import { type BuilderInput, safeBuild, safeBuildDocument } from "../../core/binding/build.ts";
import type { ComplexType } from "../../core/binding/types.ts";
import { type Result, unwrap } from "../../core/result.ts";

/** The model types of the objects a version builds. */
export interface XzufiObjects {
  readonly Leistung: object;
  readonly Organisationseinheit: object;
  readonly Onlinedienst: object;
  readonly ZustaendigkeitTransferObjekt: object;
  readonly Spezialisierung: object;
  readonly Nachricht: object;
}

/** The binding tables of those objects. */
export type XzufiObjectTables = { readonly [K in keyof XzufiObjects]: ComplexType };

/** Input of a transfer message builder: `xzufiVersion` may be left out (the version's value is the default). */
export type NachrichtInputOf<N> = BuilderInput<Omit<N, "xzufiVersion">> & { readonly xzufiVersion?: string };

/** The builders of one version (`xzufiVersion`: the default of a transfer message's `xzufiVersion`). */
export function xzufiBuilders<T extends XzufiObjects>(tables: XzufiObjectTables, xzufiVersion: string) {
  const safe =
    <K extends Exclude<keyof XzufiObjects, "Nachricht">>(key: K, label: string) =>
    (input: BuilderInput<T[K]>): Result<T[K]> =>
      safeBuild<T[K]>(tables[key], input, label);
  const safeCreateLeistung = safe("Leistung", "leistung");
  const safeCreateOrganisationseinheit = safe("Organisationseinheit", "organisationseinheit");
  const safeCreateOnlinedienst = safe("Onlinedienst", "onlinedienst");
  const safeCreateZustaendigkeitTransferObjekt = safe("ZustaendigkeitTransferObjekt", "zustaendigkeitTransferObjekt");
  const safeCreateSpezialisierung = safe("Spezialisierung", "spezialisierung");
  const safeCreateNachricht = (input: NachrichtInputOf<T["Nachricht"]>): Result<T["Nachricht"]> =>
    safeBuildDocument<T["Nachricht"]>(tables.Nachricht, input, "nachricht", {
      defaults: { xzufiVersion },
      rootNameProperty: "elementName",
    });
  return {
    safeCreateLeistung,
    createLeistung: (input: BuilderInput<T["Leistung"]>): T["Leistung"] => unwrap(safeCreateLeistung(input)),
    safeCreateOrganisationseinheit,
    createOrganisationseinheit: (input: BuilderInput<T["Organisationseinheit"]>): T["Organisationseinheit"] =>
      unwrap(safeCreateOrganisationseinheit(input)),
    safeCreateOnlinedienst,
    createOnlinedienst: (input: BuilderInput<T["Onlinedienst"]>): T["Onlinedienst"] => unwrap(safeCreateOnlinedienst(input)),
    safeCreateZustaendigkeitTransferObjekt,
    createZustaendigkeitTransferObjekt: (input: BuilderInput<T["ZustaendigkeitTransferObjekt"]>): T["ZustaendigkeitTransferObjekt"] =>
      unwrap(safeCreateZustaendigkeitTransferObjekt(input)),
    safeCreateSpezialisierung,
    createSpezialisierung: (input: BuilderInput<T["Spezialisierung"]>): T["Spezialisierung"] => unwrap(safeCreateSpezialisierung(input)),
    safeCreateNachricht,
    createNachricht: (input: NachrichtInputOf<T["Nachricht"]>): T["Nachricht"] => unwrap(safeCreateNachricht(input)),
  };
}
