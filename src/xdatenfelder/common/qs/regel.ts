/**
 * FIM-QS checks of rules (Regeln) written once for XDatenfelder 2.0 and 3.0.0 over the neutral view: name,
 * identification, an element named with a version in the rule's text, the script, the fachlicher Ersteller.
 * 3.0.0 also checks the free-text rule for the elements it names (1001, 1041) and for being empty (1024).
 */
import { elementKey, leer, type QsProfil } from "../view.ts";
import { bausteinErsteller, type Ctx, regeln, rule, type XdfRule } from "./basis.ts";

/** The visitors of 1140 and 1117 on rules (2.0 adds them to the element checks of the same code). */
export function regelErstellerVisitors(code: "1140" | "1117"): XdfRule["visit"] {
  return code === "1140"
    ? regeln((r) => bausteinErsteller(r.ersteller) && !/^R60/.test(r.identifikation.id))
    : regeln((r) => leer(r.ersteller));
}

/** IDs of groups and fields a free-text rule mentions (3.0.0 form: letter + 11 digits). */
export function referenzierteElemente(text: string): string[] {
  return [...new Set(text.match(/[FG]\d{11}/g) ?? [])];
}

/** The ids of the owner and of every group and field below it. */
function erreichbar(ctx: Ctx, owner: object, ownerId: string): Set<string> {
  const ids = new Set<string>([ownerId]);
  const stack: object[] = [owner];
  while (stack.length > 0) {
    for (const kind of ctx.options.sicht.kinder(stack.pop() as object)) {
      if (ids.has(kind.identifikation.id)) continue;
      ids.add(kind.identifikation.id);
      if (kind.art === "datenfeldgruppe") stack.push(kind.node);
    }
  }
  return ids;
}

/** The common rule checks, by catalogue code, for one version. */
export function regelRules(profil: QsProfil): Readonly<Record<string, XdfRule>> {
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
    "1024": rule(
      "1024",
      { description: "Rule with an empty `freitextRegel`." },
      regeln((r) => leer(r.text)),
    ),
    "1001": rule(
      "1001",
      {
        description: "Rule whose `freitextRegel` names a group or field (F/G + 11 digits) that is not inside the element owning the rule.",
      },
      {
        regel(node, ctx) {
          const r = ctx.options.sicht.regel(node);
          const ids = referenzierteElemente(r.text ?? "");
          if (ids.length === 0) return;
          const da = erreichbar(ctx, r.owner.node, r.owner.identifikation.id);
          if (ids.some((id) => !da.has(id))) ctx.report({ target: r.target, element: elementKey(r.identifikation) });
        },
      },
    ),
    "1041": rule(
      "1041",
      { description: "Rule whose `freitextRegel` names an element by the old 2.0 ID (F/G + 8 digits)." },
      regeln((r) => /[FG]\d{8}(?!\d)/.test(r.text ?? "")),
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
