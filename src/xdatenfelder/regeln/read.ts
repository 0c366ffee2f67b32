/**
 * Reading rules: the text of each rule → typed effects (`model.ts`) with one of three outcomes, and, against a
 * schema, the diagnostics `rule-target-unknown` (an id not in the schema; the id is dropped from the effects,
 * never guessed), `rule-id-unused` (an id the text names that no effect or condition uses),
 * `rule-not-machine-readable` and `rule-partly-read`.
 */
import { diagnostic, useMessages } from "../../core/diagnostics/create.ts";
import type { Diagnostic, Severity } from "../../core/diagnostics/diagnostic.ts";
import { RuleParser, sentences } from "./grammar.ts";
import { type Token, tokenize } from "./lexer.ts";
import { REGELN_MESSAGES } from "./messages.ts";
import type { Condition, Effect, ElementRef, Outcome, ReadRule, StructureRef, Unread, ValueExpr } from "./model.ts";
import { elementIds, type FormNode, type RuleSource, walkForm } from "./schema.ts";

useMessages(REGELN_MESSAGES);

/**
 * Joins "in der Gruppe G… (label) das Feld F…" into one path token `G….F…`: the group qualifies the field, as a
 * dotted path does.
 */
function qualifyPaths(tokens: readonly Token[]): Token[] {
  const out: Token[] = [];
  const w = (t: Token | undefined, ...words: string[]) => t?.kind === "word" && words.includes(t.text.toLowerCase());
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i] as Token;
    if (w(t, "in")) {
      let j = i + 1;
      if (w(tokens[j], "der")) j++;
      if (w(tokens[j], "gruppe", "feldgruppe", "datenfeldgruppe")) {
        j++;
        const g = tokens[j];
        if (g?.kind === "id" && g.path !== undefined) {
          let k = j + 1;
          if (tokens[k]?.kind === "quoted") k++;
          if (w(tokens[k], "das", "im")) k++;
          if (w(tokens[k], "feld", "datenfeld")) k++;
          const f = tokens[k];
          if (f?.kind === "id" && f.path !== undefined) {
            const path = [...g.path, ...f.path];
            out.push({
              kind: "id",
              text: path.join("."),
              start: t.start,
              end: f.end,
              path,
              versioned: g.versioned === true || f.versioned === true,
            });
            i = k;
            continue;
          }
        }
      }
    }
    out.push(t);
  }
  return out;
}

/** An element of `ziel`/`param` read as one id or id path (the lexer's reading: a version suffix is dropped). */
function structureRef(element: string): StructureRef {
  const tokens = tokenize(element.trim());
  const only = tokens.length === 1 ? tokens[0] : undefined;
  if (only?.kind !== "id" || only.path === undefined || only.end - only.start !== element.trim().length) return { element };
  return { element, ref: { id: only.path[only.path.length - 1] as string, path: only.path } };
}

/**
 * Reads one rule text (no schema needed): its effects, the parts not read and why, and the ids it mentions.
 * @example
 * ```ts
 * import { formatEffect, readRuleText } from "fim-xoev/xdatenfelder/regeln";
 * const rule = readRuleText({
 *   id: "R60000000023", version: "2.0.0", name: "Monat bei Tag", source: "freitextRegel",
 *   text: 'Wenn F60000000231 "Tag (ohne Monat und Jahr)" nicht leer, dann darf F60000000232 "Monat" nicht leer sein.',
 * });
 * console.log(rule.outcome, rule.effects.map(formatEffect)); // read [ "require F60000000232 if filled(F60000000231)" ]
 * for (const u of rule.unread) console.log(`not read: ${u.text} (${u.reason})`);
 * ```
 */
export function readRuleText(source: RuleSource): ReadRule {
  const tokens = qualifyPaths(tokenize(source.text));
  const mentioned: string[] = [];
  for (const t of tokens) {
    if (t.kind !== "id" || t.path === undefined) continue;
    const id = t.path[t.path.length - 1] as string;
    if (!mentioned.includes(id)) mentioned.push(id);
  }
  const base = {
    id: source.id,
    ...(source.version !== undefined ? { version: source.version } : {}),
    source: source.source,
    text: source.text,
    ...(source.ziel !== undefined ? { ziel: source.ziel.map(structureRef) } : {}),
    ...(source.param !== undefined ? { param: source.param.map((p) => ({ ...structureRef(p.element), name: p.name })) } : {}),
  };
  if (source.text.trim() === "") {
    return { ...base, outcome: "unreadable", effects: [], unread: [{ text: "", reason: "the rule has no text" }], mentioned };
  }
  const reading = new RuleParser(source.text).readSentences(sentences(tokens));
  return { ...base, outcome: outcomeOf(reading.effects, reading.unread), effects: reading.effects, unread: reading.unread, mentioned };
}

function outcomeOf(effects: readonly Effect[], unread: readonly Unread[]): Outcome {
  if (effects.length === 0) return "unreadable";
  return unread.length === 0 ? "read" : "partial";
}

/**
 * Every element id an effect uses: its targets and the fields of its condition, assertion and value expression.
 * @example
 * ```ts
 * import { idsOfEffect, readRuleText } from "fim-xoev/xdatenfelder/regeln";
 * const rule = readRuleText({
 *   id: "R60000000023", name: "Monat bei Tag", source: "freitextRegel",
 *   text: 'Wenn F60000000231 "Tag (ohne Monat und Jahr)" nicht leer, dann darf F60000000232 "Monat" nicht leer sein.',
 * });
 * console.log(rule.effects.flatMap(idsOfEffect)); // [ "F60000000232", "F60000000231" ]
 * ```
 */
export function idsOfEffect(e: Effect): string[] {
  const out = e.targets.map((t) => t.id);
  if (e.condition !== undefined) out.push(...fieldsOf(e.condition).map((f) => f.id));
  if (e.assert !== undefined) out.push(...fieldsOf(e.assert).map((f) => f.id));
  if (e.compute !== undefined) out.push(...fieldsOfExpr(e.compute).map((f) => f.id));
  return out;
}

/**
 * The field references of a value expression (`compute`).
 * @example
 * ```ts
 * import { fieldsOfExpr, type ValueExpr } from "fim-xoev/xdatenfelder/regeln";
 * const gesamt: ValueExpr = {
 *   op: "add",
 *   left: { op: "field", field: { id: "F60000000501", path: ["F60000000501"] } }, // Bruttoeinkommen Antragsteller
 *   right: { op: "field", field: { id: "F60000000502", path: ["F60000000502"] } }, // Bruttoeinkommen Partner
 * };
 * console.log(fieldsOfExpr(gesamt).map((f) => f.id)); // [ "F60000000501", "F60000000502" ]
 * ```
 */
export function fieldsOfExpr(x: ValueExpr): ElementRef[] {
  switch (x.op) {
    case "field":
      return [x.field];
    case "number":
    case "date":
      return [];
    case "years-between":
    case "days-between":
      return [...fieldsOfExpr(x.from), ...fieldsOfExpr(x.to)];
    default:
      return [...fieldsOfExpr(x.left), ...fieldsOfExpr(x.right)];
  }
}

/**
 * The field references of a condition tree (the fields a rule reads).
 * @example
 * ```ts
 * import { fieldsOf, type ReadRule } from "fim-xoev/xdatenfelder/regeln";
 * declare const rule: ReadRule;
 * const inputs = new Set(rule.effects.flatMap((e) => (e.condition === undefined ? [] : fieldsOf(e.condition).map((f) => f.id))));
 * console.log(`re-evaluate ${rule.id} when ${[...inputs].join(", ")} change`);
 * ```
 */
export function fieldsOf(c: Condition): ElementRef[] {
  switch (c.op) {
    case "and":
    case "or":
      return c.terms.flatMap(fieldsOf);
    case "not":
      return fieldsOf(c.term);
    case "lt-field":
    case "gt-field":
      return [c.field, c.other];
    default:
      return [c.field];
  }
}

/** A rule read against a schema: the reading plus the element it is attached to and what the schema says about its ids. */
export interface CheckedRule extends ReadRule {
  /** The element the rule is attached to (its id), where the rule applies. */
  readonly owner: string;
  /** What the check found: unknown ids, unread parts, targets outside `ziel`. */
  readonly diagnostics: readonly Diagnostic[];
}

/**
 * Options for {@link readRules}.
 * @example
 * ```ts
 * import { type FormNode, type ReadRulesOptions, readRules } from "fim-xoev/xdatenfelder/regeln";
 * declare const tree: FormNode;
 * const options: ReadRulesOptions = { unreadableSeverity: "error" }; // a QS gate: every rule must be machine-readable
 * const failed = readRules(tree, options).filter((r) => r.diagnostics.some((d) => d.severity === "error"));
 * console.log(failed.map((r) => r.id));
 * ```
 */
export interface ReadRulesOptions {
  /** Severity of `rule-not-machine-readable` (default `warning`). */
  readonly unreadableSeverity?: Severity;
}

function ruleDiagnostic(
  code:
    | "rule-not-machine-readable"
    | "rule-partly-read"
    | "rule-target-unknown"
    | "rule-id-unused"
    | "rule-effect-outside-ziel"
    | "rule-ziel-untargeted",
  severity: Severity,
  rule: string,
  extra: { reason?: string; missing?: string; id?: string },
): Diagnostic {
  const path = `regel[${rule}]`;
  switch (code) {
    case "rule-not-machine-readable":
      return diagnostic({ code, severity, stage: "rules", path, params: { rule, reason: extra.reason ?? "" } });
    case "rule-partly-read":
      return diagnostic({ code, severity, stage: "rules", path, params: { rule, missing: extra.missing ?? "" } });
    case "rule-target-unknown":
      return diagnostic({ code, severity, stage: "rules", path, params: { rule, id: extra.id ?? "" } });
    case "rule-id-unused":
    case "rule-effect-outside-ziel":
    case "rule-ziel-untargeted":
      return diagnostic({ code, severity, stage: "rules", path, params: { rule, id: extra.id ?? "" } });
  }
}

/** Drops unknown ids from a condition; a comparison on an unknown field makes the whole condition unknown. */
function conditionKnown(c: Condition, known: ReadonlySet<string>): boolean {
  return fieldsOf(c).every((f) => known.has(f.id));
}

/**
 * Reads a rule against the ids of a schema: ids not in the schema are dropped from the targets (an effect left
 * without targets, or with a condition on an unknown field, is dropped and reported as unread), and the
 * diagnostics say why.
 * @example
 * ```ts
 * import { checkRule, elementIds, type FormNode, readRuleText } from "fim-xoev/xdatenfelder/regeln";
 * declare const tree: FormNode; // formTreeV3(stammdatenschema)
 * const read = readRuleText({
 *   id: "R60000000023", name: "Monat bei Tag", source: "freitextRegel",
 *   text: 'Wenn F60000000231 "Tag (ohne Monat und Jahr)" nicht leer, dann darf F60000000232 "Monat" nicht leer sein.',
 * });
 * const checked = checkRule(read, elementIds(tree), "G60000000083");
 * for (const d of checked.diagnostics) console.log(d.code, d.message); // rule-target-unknown when F60000000232 is missing
 * ```
 */
export function checkRule(read: ReadRule, known: ReadonlySet<string>, owner: string, options: ReadRulesOptions = {}): CheckedRule {
  const rule = read.version === undefined ? read.id : `${read.id}V${read.version}`;
  const diagnostics: Diagnostic[] = [];
  const unknown = read.mentioned.filter((id) => !known.has(id));
  for (const id of unknown) diagnostics.push(ruleDiagnostic("rule-target-unknown", "warning", rule, { id }));
  const effects: Effect[] = [];
  const unread: Unread[] = [...read.unread];
  for (const e of read.effects) {
    const targets = e.targets.filter((t) => known.has(t.id));
    const condOk = e.condition === undefined || conditionKnown(e.condition, known);
    const assertOk = e.assert === undefined || conditionKnown(e.assert, known);
    const computeOk = e.compute === undefined || fieldsOfExpr(e.compute).every((f) => known.has(f.id));
    if (targets.length === 0 || !condOk || !assertOk || !computeOk) {
      unread.push({
        text: `${e.kind} ${e.targets.map((t) => t.path.join(".")).join(", ")}`,
        reason: "names an element that is not in the schema",
      });
      continue;
    }
    effects.push(targets.length === e.targets.length ? e : { ...e, targets });
  }
  const used = new Set(effects.flatMap(idsOfEffect));
  const outcome = outcomeOf(effects, unread);
  // For an unreadable rule every id is unused; rule-not-machine-readable says it once.
  if (outcome !== "unreadable") {
    for (const id of read.mentioned) {
      if (!used.has(id) && known.has(id)) diagnostics.push(ruleDiagnostic("rule-id-unused", "info", rule, { id }));
    }
  }
  diagnostics.push(...structureDiagnostics(read, effects, outcome, known, rule));
  if (outcome === "unreadable") {
    diagnostics.push(
      ruleDiagnostic("rule-not-machine-readable", options.unreadableSeverity ?? "warning", rule, {
        reason: unread.map((u) => u.reason).join("; "),
      }),
    );
  } else if (outcome === "partial") {
    diagnostics.push(
      ruleDiagnostic("rule-partly-read", "info", rule, { missing: unread.map((u) => `"${u.text}" (${u.reason})`).join("; ") }),
    );
  }
  return { ...read, outcome, effects, unread, owner, diagnostics };
}

/**
 * What `ziel` and `param` (3.0.0) say against the schema and the reading: an element of either that is not in the
 * schema (`rule-structure-unknown`, also when it is not an id at all); an effect target the non-empty `ziel` does
 * not list (`rule-effect-outside-ziel`); a `ziel` element no effect targets (`rule-ziel-untargeted`, only for a
 * fully read rule: a partial reading may have missed the effect).
 */
function structureDiagnostics(
  read: ReadRule,
  effects: readonly Effect[],
  outcome: Outcome,
  known: ReadonlySet<string>,
  rule: string,
): Diagnostic[] {
  const out: Diagnostic[] = [];
  const path = `regel[${rule}]`;
  const parts: [string, readonly StructureRef[]][] = [
    ["ziel", read.ziel ?? []],
    ["param", read.param ?? []],
  ];
  for (const [part, refs] of parts) {
    for (const r of refs) {
      if (r.ref === undefined || !known.has(r.ref.id)) {
        out.push(
          diagnostic({
            code: "rule-structure-unknown",
            severity: "warning",
            stage: "rules",
            path,
            params: { rule, part, element: r.element },
          }),
        );
      }
    }
  }
  const ziel = (read.ziel ?? []).flatMap((z) => (z.ref !== undefined && known.has(z.ref.id) ? [z.ref.id] : []));
  if (ziel.length === 0) return out;
  const targeted = [...new Set(effects.flatMap((e) => e.targets.map((t) => t.id)))];
  for (const id of targeted) if (!ziel.includes(id)) out.push(ruleDiagnostic("rule-effect-outside-ziel", "warning", rule, { id }));
  if (outcome === "read") {
    for (const id of new Set(ziel)) if (!targeted.includes(id)) out.push(ruleDiagnostic("rule-ziel-untargeted", "info", rule, { id }));
  }
  return out;
}

/** Every element reference of a reading's effects (targets, condition, assertion and computation fields). */
function refsOfEffect(e: Effect): ElementRef[] {
  return [
    ...e.targets,
    ...(e.condition !== undefined ? fieldsOf(e.condition) : []),
    ...(e.assert !== undefined ? fieldsOf(e.assert) : []),
    ...(e.compute !== undefined ? fieldsOfExpr(e.compute) : []),
  ];
}

/**
 * `rule-element-unreachable`: what the rule model says to FIM-QS 1001 ("a rule cannot reach a referenced
 * element"), kept apart from the QS check (docs/qs.md says why). An id the text names that is in the schema but
 * not inside the owner (the owner itself counts as inside), and a dotted path of an effect whose segments match no
 * occurrence of its last element inside the owner (segments in order along the ancestry from the root).
 */
function unreachable(read: ReadRule, known: ReadonlySet<string>, owner: FormNode, ownerAncestors: readonly FormNode[]): Diagnostic[] {
  const rule = read.version === undefined ? read.id : `${read.id}V${read.version}`;
  const chains = new Map<string, string[][]>();
  for (const { node, ancestors } of walkForm(owner, ownerAncestors)) {
    const chain = [...ancestors, node].filter((n) => n.kind !== "schema").map((n) => n.id);
    chains.set(node.id, [...(chains.get(node.id) ?? []), chain]);
  }
  const matches = (chain: readonly string[], path: readonly string[]) => {
    let k = 0;
    for (const seg of chain) if (seg === path[k]) k++;
    return k === path.length;
  };
  const out: Diagnostic[] = [];
  const said = new Set<string>();
  const say = (element: string) => {
    if (said.has(element)) return;
    said.add(element);
    out.push(
      diagnostic({
        code: "rule-element-unreachable",
        severity: "warning",
        stage: "rules",
        path: `regel[${rule}]`,
        params: { rule, element, owner: owner.id },
      }),
    );
  };
  for (const id of read.mentioned) if (known.has(id) && !chains.has(id)) say(id);
  for (const ref of read.effects.flatMap(refsOfEffect)) {
    const found = chains.get(ref.id);
    if (ref.path.length > 1 && found !== undefined && !found.some((c) => matches(c, ref.path))) say(ref.path.join("."));
  }
  return out;
}

/**
 * Reads every rule of a form tree (each distinct rule id + version once, at its first owner; an element the rule
 * cannot reach is checked at every owner).
 * @example
 * ```ts
 * import { parse } from "fim-xoev/xdatenfelder/v3";
 * import { formatEffect, formTreeV3, readRules } from "fim-xoev/xdatenfelder/regeln";
 * declare const xml: string; // e.g. S05000001205 "Erlaubnis für Honorar-Finanzanlagenberater Erteilung (OZG)"
 * const nachricht = parse(xml);
 * if (nachricht.kind !== "xdatenfelder.stammdatenschema.0102") throw new Error("not a Stammdatenschema");
 * for (const rule of readRules(formTreeV3(nachricht.stammdatenschema))) {
 *   console.log(`${rule.id} (${rule.owner}): ${rule.outcome}`);
 *   for (const e of rule.effects) console.log(`  ${formatEffect(e)}`);
 * }
 * ```
 */
export function readRules(root: FormNode, options: ReadRulesOptions = {}): CheckedRule[] {
  const known = elementIds(root);
  const byKey = new Map<string, { rule: CheckedRule; read: ReadRule; extra: Diagnostic[] }>();
  for (const { node, ancestors } of walkForm(root)) {
    for (const r of node.rules) {
      const key = `${r.id}V${r.version ?? ""}`;
      let entry = byKey.get(key);
      if (entry === undefined) {
        const read = readRuleText(r);
        entry = { rule: checkRule(read, known, node.id, options), read, extra: [] };
        byKey.set(key, entry);
      }
      for (const d of unreachable(entry.read, known, node, ancestors)) {
        const k = JSON.stringify(d.params);
        if (entry.extra.some((x) => JSON.stringify(x.params) === k)) continue;
        entry.extra.push(d);
      }
    }
  }
  return [...byKey.values()].map(({ rule, extra }) =>
    extra.length === 0 ? rule : { ...rule, diagnostics: [...rule.diagnostics, ...extra] },
  );
}
