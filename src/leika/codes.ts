/**
 * LeiKa code lists that every XZuFi version shares: Typisierung, the LeiKa text-module codes, and the
 * published ranges of Leistungsgruppierung and Verrichtung. Only values the public sources confirm are
 * listed; meanings that are not documented publicly are absent (`undefined`), never guessed.
 *
 * Each list is a `CodeList` (`typisierungCodeList`, `leikaTextmodulCodeList`) beside its `as const` object and
 * literal type, as everywhere in the library (docs/vocabulary.md).
 */
import { type CodeList, codesOf } from "../core/codelists/code.ts";

/**
 * Typisierung of a LeiKa Leistung: who regulates and who executes it.
 *
 * @codelist urn:de:fim:leika:typisierung (values from the FIM Portal API `LeistungsTypisierung`)
 *
 * @example
 * ```ts
 * import { Typisierung } from "fim-xoev/leika";
 *
 * declare const typisierung: readonly string[];
 * // Typ 1: the Bund regulates and executes
 * console.log(typisierung.includes(Typisierung.typ1));
 * ```
 */
export const Typisierung = {
  typ1: "1",
  typ2: "2",
  typ2a: "2a",
  typ2b: "2b",
  typ3: "3",
  typ3a: "3a",
  typ3b: "3b",
  typ2_3: "2/3",
  typ2_3a: "2/3a",
  typ2_3b: "2/3b",
  typ4: "4",
  typ4a: "4a",
  typ4b: "4b",
  typ5: "5",
  typ6: "6",
  typ7: "7",
  typ8: "8",
  typ9: "9",
  typ10: "10",
  typ11: "11",
  typ12: "12",
} as const;

/** One of the codes of {@link Typisierung}. */
export type Typisierung = (typeof Typisierung)[keyof typeof Typisierung];

/**
 * The Typisierung code list. Labels are the codes' names as LeiKa writes them (`Typ 2a`); what a type means is in
 * {@link typisierungBedeutung}. No list version is published; XZuFi checks the values (an unknown one is an error).
 *
 * @example
 * ```ts
 * import { codesOf } from "fim-xoev/codelists";
 * import { typisierungBedeutung, typisierungCodeList } from "fim-xoev/leika";
 *
 * // a select of the Typisierung in a catalogue editor: "Typ 2a", with the meaning as hint
 * for (const code of codesOf(typisierungCodeList)) console.log(code, typisierungCodeList.labels[code], typisierungBedeutung[code] ?? "");
 * ```
 */
export const typisierungCodeList: CodeList<Typisierung> = {
  uri: "urn:de:fim:leika:typisierung",
  versionFixed: false,
  closed: true,
  labels: Object.fromEntries(Object.values(Typisierung).map((c) => [c, `Typ ${c}`])) as Record<Typisierung, string>,
};

/** @deprecated use `typisierungCodeList` (declaration order: `Object.values(Typisierung)`; `codesOf` would put the numeric codes first) */
export const TYPISIERUNG_VALUES: readonly Typisierung[] = Object.values(Typisierung);

/** @deprecated use `typisierungCodeList.uri` */
export const TYPISIERUNG_LIST_URI: string = typisierungCodeList.uri;

/**
 * Meanings of the Typisierung codes (summarised from `codedust/leika-tool`). `undefined` where no public
 * source documents the meaning (8, 9, 2/3a, 2/3b).
 *
 * @example
 * ```ts
 * import { splitTypisierung, typisierungBedeutung } from "fim-xoev/leika";
 *
 * for (const code of splitTypisierung("1;2/3").typisierung) console.log(code, typisierungBedeutung[code] ?? "(no public definition)");
 * ```
 */
export const typisierungBedeutung: Readonly<Record<Typisierung, string | undefined>> = {
  "1": "Bund regelt und vollzieht",
  "2": "Bund regelt; Land oder Kommune vollzieht",
  "2a": "Bund regelt; Land vollzieht",
  "2b": "Bund regelt; Land erlässt Ausführungsbestimmungen; Kommune vollzieht",
  "3": "Bund regelt mit Abweichungsrecht der Länder oder als frühere Rahmengesetzgebung; Land oder Kommune vollzieht",
  "3a": "wie 3; Land vollzieht",
  "3b": "wie 3; Land erlässt Ausführungsbestimmungen; Kommune vollzieht",
  "2/3": "Bund regelt; Land oder Kommune vollzieht",
  "2/3a": undefined,
  "2/3b": undefined,
  "4": "Land regelt",
  "4a": "Land regelt und vollzieht",
  "4b": "Land regelt; Kommune vollzieht",
  "5": "Kommune regelt",
  "6": "allgemeine Information, nicht an eine Leistungserbringung gebunden",
  "7": "Service- und Sondernummern",
  "8": undefined,
  "9": undefined,
  "10": "verwaltungsinterne Leistung",
  "11": "SDG-Information: allgemeine Rechte und Pflichten",
  "12": "SDG-Information: Hilfs- und Problemlösungsdienste",
};

/**
 * Meanings of combined values found in the LeiKa CSV `Typ` column.
 *
 * @example
 * ```ts
 * import { typisierungKombinationBedeutung } from "fim-xoev/leika";
 *
 * declare const typ: string; // the LeiKa CSV's Typ column, e.g. "1;2/3"
 * console.log(typisierungKombinationBedeutung[typ] ?? typ); // "Bund regelt; Bund, Land oder Kommune vollzieht"
 * ```
 */
export const typisierungKombinationBedeutung: Readonly<Record<string, string>> = {
  "1;2/3": "Bund regelt; Bund, Land oder Kommune vollzieht",
};

/**
 * True for a code of the Typisierung list.
 *
 * @example
 * ```ts
 * import { isTypisierung, typisierungBedeutung } from "fim-xoev/leika";
 *
 * declare const wert: string;
 * if (isTypisierung(wert)) console.log(typisierungBedeutung[wert]);
 * else console.log(`${wert} is no Typisierung`);
 * ```
 */
export function isTypisierung(value: string): value is Typisierung {
  return Object.hasOwn(typisierungCodeList.labels, value);
}

/**
 * Splits a LeiKa `Typ` value (e.g. `1;2/3`) into Typisierung codes. Values that are not in the list
 * come back in `unbekannt`, in their order.
 *
 * @example
 * ```ts
 * import { splitTypisierung } from "fim-xoev/leika";
 *
 * const { typisierung, unbekannt } = splitTypisierung("1;2/3;13");
 * console.log(typisierung, unbekannt); // ["1", "2/3"] ["13"]
 * ```
 */
export function splitTypisierung(value: string): { readonly typisierung: readonly Typisierung[]; readonly unbekannt: readonly string[] } {
  const typisierung: Typisierung[] = [];
  const unbekannt: string[] = [];
  for (const raw of value.split(/[;,]/)) {
    const v = raw.trim();
    if (v === "") continue;
    if (isTypisierung(v)) typisierung.push(v);
    else unbekannt.push(v);
  }
  return { typisierung, unbekannt };
}

/**
 * LeiKa text modules (`modulText/leikaTextmodul`). Codes from the FIM Portal API `ModulTextTyp`; names from
 * `BUND-T/Prototype` (list version 20240216), the FIM Portal fields and the NRW record model.
 *
 * @codelist urn:de:xzufi:codeliste:leistungstextmodulleika
 *
 * @example
 * ```ts
 * import { LeikaTextmodul, leikaTextmodulName } from "fim-xoev/leika";
 *
 * // the code of the text module "Volltext" in an XZuFi modulText
 * console.log(LeikaTextmodul.volltext, leikaTextmodulName[LeikaTextmodul.volltext]); // "06" "Volltext"
 * ```
 */
export const LeikaTextmodul = {
  leistungsbezeichnung: "02",
  leistungsbezeichnungII: "03",
  kurztext: "05",
  volltext: "06",
  handlungsgrundlage: "07",
  erforderlicheUnterlagen: "08",
  voraussetzungen: "09",
  verfahrensablauf: "11",
  formulare: "14",
  weiterfuehrendeInformationen: "15",
  hinweise: "16",
  urheber: "18",
  zustaendigeStelle: "22",
  ansprechpunkt: "23",
  teaser: "24",
  rechtsbehelf: "25",
} as const;

/** One of the codes of {@link LeikaTextmodul}. */
export type LeikaTextmodul = (typeof LeikaTextmodul)[keyof typeof LeikaTextmodul];

/**
 * German names of the text modules.
 *
 * @example
 * ```ts
 * import { isLeikaTextmodul, leikaTextmodulName } from "fim-xoev/leika";
 *
 * declare const code: string; // leikaTextmodul of an XZuFi modulText
 * console.log(isLeikaTextmodul(code) ? leikaTextmodulName[code] : `Textmodul ${code}`);
 * ```
 */
export const leikaTextmodulName: Readonly<Record<LeikaTextmodul, string>> = {
  "02": "Leistungsbezeichnung",
  "03": "Leistungsbezeichnung II",
  "05": "Kurztext",
  "06": "Volltext",
  "07": "Handlungsgrundlage",
  "08": "Erforderliche Unterlagen",
  "09": "Voraussetzungen",
  "11": "Verfahrensablauf",
  "14": "Formulare",
  "15": "Weiterführende Informationen",
  "16": "Hinweise (Besonderheiten)",
  "18": "Urheber",
  "22": "Zuständige Stelle",
  "23": "Ansprechpunkt",
  "24": "Teaser",
  "25": "Rechtsbehelf",
};

/**
 * The LeiKa text-module code list, in the version whose codes {@link LeikaTextmodul} holds (20240216, as cited by
 * `BUND-T/Prototype`); labels: {@link leikaTextmodulName}. XZuFi checks the values as a warning only.
 *
 * @example
 * ```ts
 * import { codeOf } from "fim-xoev/codelists";
 * import { LeikaTextmodul, leikaTextmodulCodeList } from "fim-xoev/leika";
 *
 * // the code as an XZuFi writer emits it, with list URI and version
 * const kurztext = codeOf(leikaTextmodulCodeList, LeikaTextmodul.kurztext);
 * console.log(kurztext.listURI, kurztext.listVersionID);
 * ```
 */
export const leikaTextmodulCodeList: CodeList<LeikaTextmodul> = {
  uri: "urn:de:xzufi:codeliste:leistungstextmodulleika",
  version: "20240216",
  versionFixed: false,
  closed: false,
  labels: leikaTextmodulName,
};

/** @deprecated use `codesOf(leikaTextmodulCodeList)` */
export const LEIKA_TEXTMODUL_VALUES: readonly LeikaTextmodul[] = codesOf(leikaTextmodulCodeList);

/** @deprecated use `leikaTextmodulCodeList.uri` */
export const LEIKA_TEXTMODUL_LIST_URI: string = leikaTextmodulCodeList.uri;

/** @deprecated use `leikaTextmodulCodeList.version` */
export const LEIKA_TEXTMODUL_LIST_VERSION: string = leikaTextmodulCodeList.version ?? "";

/**
 * True for a code of the current text-module list.
 *
 * @example
 * ```ts
 * import { isLeikaTextmodul } from "fim-xoev/leika";
 *
 * console.log(isLeikaTextmodul("06"), isLeikaTextmodul("99")); // true false
 * ```
 */
export function isLeikaTextmodul(value: string): value is LeikaTextmodul {
  return Object.hasOwn(leikaTextmodulCodeList.labels, value);
}

/**
 * True for a Leistungsgruppierung the LeiKa publishes (001–160 and 400–603, without 149 and 152;
 * FIM Portal API `LeikaLeistungsgruppierung`).
 *
 * @example
 * ```ts
 * import { isBekannteLeistungsgruppierung, parseLeistungsschluessel, splitLeistungsschluessel } from "fim-xoev/leika";
 *
 * const { leistungsgruppierung } = splitLeistungsschluessel(parseLeistungsschluessel("99108001000000"));
 * console.log(isBekannteLeistungsgruppierung(leistungsgruppierung)); // true: 108 is in 001–160
 * ```
 */
export function isBekannteLeistungsgruppierung(digits: string): boolean {
  if (!/^[0-9]{3}$/.test(digits)) return false;
  const n = Number(digits);
  if (n === 149 || n === 152) return false;
  return (n >= 1 && n <= 160) || (n >= 400 && n <= 603);
}

/**
 * True for a Verrichtungskennung the LeiKa publishes (1–279, without 237, 264 and 266).
 *
 * @example
 * ```ts
 * import { isBekannteVerrichtung } from "fim-xoev/leika";
 *
 * console.log(isBekannteVerrichtung("104"), isBekannteVerrichtung("237")); // true false
 * ```
 */
export function isBekannteVerrichtung(digits: string): boolean {
  if (!/^[0-9]{1,3}$/.test(digits)) return false;
  const n = Number(digits);
  if (n === 237 || n === 264 || n === 266) return false;
  return n >= 1 && n <= 279;
}
