/**
 * The XZuFi code lists that are the same in every version, as `CodeList` objects (`core/codelists/code.ts`):
 * URI, values and labels in one place. Values come from the FIM Portal API enums (`fim-portal-cli`), list URIs
 * from real XML; most labels are published on XRepository only, so a label is empty where no public source
 * states it. The version modules re-export these, with the former `FOO_VALUES` / `FOO_LIST_URI` pairs as
 * deprecated aliases.
 */
import type { CodeList } from "../../core/codelists/code.ts";

/** One Vertrauensniveau (level of assurance) code. */
export type Vertrauensniveau = "00" | "10" | "15" | "20" | "30" | "40";

/** One link type of an Onlinedienst. */
export type OnlinedienstLinktyp = "01";

/*
 * The codes in list order: object keys that look like array indices ("10", "999") would come first in a
 * `labels` record, so the order the binding checks and the builders' samples use is kept here (internal:
 * the version modules do not re-export these).
 */
export const VERTRAUENSNIVEAU_CODES: readonly Vertrauensniveau[] = ["00", "10", "15", "20", "30", "40"];
export const ONLINEDIENST_LINKTYP_CODES: readonly OnlinedienstLinktyp[] = ["01"];
export const DOKUMENTTYP_CODES: readonly string[] = [...Array.from({ length: 28 }, (_, i) => String(i + 1).padStart(3, "0")), "999"];

/** Codes of a list whose labels are not public: each code with an empty label. */
function ohneLabels<C extends string>(codes: readonly C[]): Readonly<Record<C, string>> {
  return Object.fromEntries(codes.map((c) => [c, ""])) as Record<C, string>;
}

/**
 * Vertrauensniveau of a Leistung or Onlinedienst; the binding rejects other codes. Labels are not public.
 *
 * @codelist urn:xoev-de:fim:codeliste:vertrauensniveau
 */
export const vertrauensniveauCodeList: CodeList<Vertrauensniveau> = {
  uri: "urn:xoev-de:fim:codeliste:vertrauensniveau",
  versionFixed: false,
  closed: true,
  labels: ohneLabels(VERTRAUENSNIVEAU_CODES),
};

/**
 * Link types of an Onlinedienst (`onlinedienst/link/typ`); only `01` is seen in public data, others are a
 * warning.
 *
 * @codelist urn:xoev-de:fim:codeliste:onlinedienstlinktyp
 */
export const onlinedienstLinktypCodeList: CodeList<OnlinedienstLinktyp> = {
  uri: "urn:xoev-de:fim:codeliste:onlinedienstlinktyp",
  versionFixed: false,
  closed: false,
  labels: ohneLabels(ONLINEDIENST_LINKTYP_CODES),
};

/** One Dokumenttyp code (001–028, 999; free values are allowed as well). */
export type Dokumenttyp = string;

/**
 * Dokumenttyp codes 001–028 and 999 (version 5); free values are allowed as well (other codes are an info).
 *
 * @codelist urn:de:fim:codeliste:dokumenttyp
 */
export const dokumenttypCodeList: CodeList<Dokumenttyp> = {
  uri: "urn:de:fim:codeliste:dokumenttyp",
  version: "5",
  versionFixed: false,
  closed: false,
  labels: ohneLabels(DOKUMENTTYP_CODES),
};

/** @deprecated use `vertrauensniveauCodeList` (`isCodeOf`, `codesOf`). */
export const VERTRAUENSNIVEAU_VALUES: readonly Vertrauensniveau[] = VERTRAUENSNIVEAU_CODES;
/** @deprecated use `vertrauensniveauCodeList.uri`. */
export const VERTRAUENSNIVEAU_LIST_URI: string = vertrauensniveauCodeList.uri;
/** @deprecated use `onlinedienstLinktypCodeList` (`isCodeOf`, `codesOf`). */
export const ONLINEDIENST_LINKTYP_VALUES: readonly OnlinedienstLinktyp[] = ONLINEDIENST_LINKTYP_CODES;
/** @deprecated use `onlinedienstLinktypCodeList.uri`. */
export const ONLINEDIENST_LINKTYP_LIST_URI: string = onlinedienstLinktypCodeList.uri;
/** @deprecated use `dokumenttypCodeList` (`isCodeOf`, `codesOf`). */
export const DOKUMENTTYP_VALUES: readonly string[] = DOKUMENTTYP_CODES;
/** @deprecated use `dokumenttypCodeList.uri`. */
export const DOKUMENTTYP_LIST_URI: string = dokumenttypCodeList.uri;
