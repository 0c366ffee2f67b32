/**
 * FIM-QS checks of rules (Regeln) written once for XDatenfelder 2.0 and 3.0.0 over the neutral view: name,
 * identification, an element named with a version in the rule's text, the script, the fachlicher Ersteller.
 * The checks that read 3.0.0's own rule structure (1001, 1024, 1041) stay in `v3/rules/regel.ts`.
 */
import { leer, type QsProfil } from "../view.ts";
import { bausteinErsteller, regeln, rule, type XdfRule } from "./basis.ts";

/** The visitors of 1140 and 1117 on rules (2.0 adds them to the element checks of the same code). */
export function regelErstellerVisitors(code: "1140" | "1117"): XdfRule["visit"] {
  return code === "1140"
    ? regeln((r) => bausteinErsteller(r.ersteller) && !/^R60/.test(r.identifikation.id))
    : regeln((r) => leer(r.ersteller));
}

/** The common rule checks, by catalogue code, for one version. */
export function regelRules(profil: QsProfil) {
  const id = new RegExp(`^R\\d{${profil.idZiffern}}$`);
  return {
    "1002": rule(
      "1002",
      { description: "Rule with an empty `name`." },
      regeln((r) => leer(r.name)),
    ),
    "1038": rule(
      "1038",
      { description: "Rule with an empty `identifikation/id`." },
      regeln((r) => leer(r.identifikation.id)),
    ),
    "1039": rule(
      "1039",
      { description: `Rule whose id is not \`R\` followed by ${profil.idZiffern} digits.` },
      regeln((r) => !leer(r.identifikation.id) && !id.test(r.identifikation.id)),
    ),
    "1019": rule(
      "1019",
      { description: "Rule whose text (2.0 `definition`, 3.0.0 `freitextRegel`) names an element with a version (e.g. `F00000463V1.0`)." },
      regeln((r) => profil.versionierteReferenz.test(r.text ?? "")),
    ),
    "1104": rule(
      "1104",
      { description: "Rule with an empty or no script (deactivated in the catalogue).", enabledByDefault: false },
      regeln((r) => leer(r.skript)),
    ),
    "1140": rule(
      "1140",
      { description: "Rule outside Nummernkreis 60 whose `fachlicherErsteller` is 'FIM-Baustein Datenfelder'." },
      regelErstellerVisitors("1140"),
    ),
    "1117": rule(
      "1117",
      { description: "Rule with an empty `fachlicherErsteller`. Off by default, as in the reference run.", enabledByDefault: false },
      regelErstellerVisitors("1117"),
    ),
  };
}
