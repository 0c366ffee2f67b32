/**
 * Help for the FIM-QS codes in the shape report formats take (SARIF `help`/`helpUri`): the catalogue entry's
 * class, the objects it applies to, its German text verbatim and the English rendering, and a link to the code's
 * section in `docs/qs-katalog.md` (generated from {@link QS_KATALOG}, kept in step by a test).
 */
import type { SarifRuleHelp } from "../../core/report/sarif.ts";
import { QS_KATALOG } from "./qs-katalog.ts";

/**
 * Where `docs/qs-katalog.md` is published; a code's section is `#<code>`.
 *
 * @example
 * ```ts
 * import { QS_KATALOG_DOCS_URI } from "fim-xoev/xdatenfelder";
 *
 * console.log(`FIM-QS 1009: ${QS_KATALOG_DOCS_URI}#1009`);
 * ```
 */
export const QS_KATALOG_DOCS_URI = "https://github.com/fim-xoev/fim-xoev/blob/main/docs/qs-katalog.md";

/**
 * Help for a FIM-QS code (`1002`), or `undefined` for anything else (other rule ids, diagnostic codes).
 *
 * @example
 * ```ts
 * import { qsRuleHelp } from "fim-xoev/xdatenfelder";
 *
 * const hilfe = qsRuleHelp("1009");
 * console.log(hilfe?.text, hilfe?.uri);
 * ```
 */
export function qsRuleHelp(ruleId: string): SarifRuleHelp | undefined {
  const entry = Object.hasOwn(QS_KATALOG, ruleId) ? QS_KATALOG[ruleId] : undefined;
  if (entry === undefined) return undefined;
  const objekte = entry.objekte.join(", ");
  return {
    text: `FIM-QS ${ruleId} (${entry.typ}; ${objekte}): ${entry.de} — ${entry.en}`,
    markdown: `**FIM-QS ${ruleId}** (${entry.typ}; applies to: ${objekte})\n\n${entry.de}\n\n*${entry.en}*`,
    uri: `${QS_KATALOG_DOCS_URI}#${ruleId}`,
  };
}

/** `docs/qs-katalog.md`: one section per code, so that every code has an anchor to link to. */
export function renderQsKatalogMarkdown(): string {
  const lines = [
    "# FIM-QS catalogue",
    "",
    "<!-- generated from src/xdatenfelder/common/qs-katalog.ts by `npx tsx scripts/qs-katalog-doc.ts`; a test keeps it in step -->",
    "",
    'The codes of the FIM-QS catalogue (`urn:xoev-de:fim-datenfelder:codeliste:xdfm`, version 1.8, "Meldungen zur',
    'Qualitätsanalyse von FIM XDF3-Datenschemata") as `fim-xoev check` reports them. Each section is the target of the',
    "`helpUri` of the rule in SARIF output. How each check is implemented: [qs.md](qs.md#every-check).",
    "",
  ];
  for (const [code, e] of Object.entries(QS_KATALOG)) {
    lines.push(`## ${code}`, "", `- class: ${e.typ}`, `- applies to: ${e.objekte.join(", ")}`, `- de: ${e.de}`, `- en: ${e.en}`, "");
  }
  return lines.join("\n");
}
