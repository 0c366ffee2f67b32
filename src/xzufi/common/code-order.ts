/**
 * The codes of the shared XZuFi lists in list order (internal: the binding checks against them and the builders'
 * samples use them; the version modules do not re-export these). Object keys that look like array indices ("10",
 * "999") would come first in a `labels` record, so the order is kept here.
 */
import type { OnlinedienstLinktyp, Vertrauensniveau } from "./codes.ts";

export const VERTRAUENSNIVEAU_CODES: readonly Vertrauensniveau[] = ["00", "10", "15", "20", "30", "40"];
export const ONLINEDIENST_LINKTYP_CODES: readonly OnlinedienstLinktyp[] = ["01"];
export const DOKUMENTTYP_CODES: readonly string[] = [...Array.from({ length: 28 }, (_, i) => String(i + 1).padStart(3, "0")), "999"];

/** Codes of a list whose labels are not public: each code with an empty label. */
export function ohneLabels<C extends string>(codes: readonly C[]): Readonly<Record<C, string>> {
  return Object.fromEntries(codes.map((c) => [c, ""])) as Record<C, string>;
}

/** The `loesche/@klasse` values of 2.2.0 (`rongem/pvog`), which later versions extend. */
export const LOESCHE_KLASSE_2_2 = {
  leistung: "Leistung",
  organisationseinheit: "Organisationseinheit",
  zustaendigkeit: "Zustaendigkeit",
  leistungSpezialisierung: "LeistungSpezialisierung",
  onlinedienst: "Onlinedienst",
} as const;
