/**
 * The diagnostic codes of the Regeln module (`fim-xoev/xdatenfelder/regeln`): rules read from their text and
 * applied to form data, with their messages in both locales.
 */
import { defineMessages } from "../../core/diagnostics/create.ts";

/** Parameters of the diagnostic codes of the Regeln module (merged into `DiagnosticParams`). */
export interface RegelnDiagnosticParams {
  // rules stage: executable form rules (Regeln) read from their text and applied to form data
  /** A rule whose text yielded no effect at all. */
  "rule-not-machine-readable": { readonly rule: string; readonly reason: string };
  /** A rule of which some sentences were read and others not. */
  "rule-partly-read": { readonly rule: string; readonly missing: string };
  /** An element id in a rule's text that names no element of the schema. */
  "rule-target-unknown": { readonly rule: string; readonly id: string };
  /** An element a rule's reading names (id or dotted path) that is in the schema but not inside the rule's owner. */
  "rule-element-unreachable": { readonly rule: string; readonly element: string; readonly owner: string };
  /** An element of a rule's `ziel` or `param` (3.0.0) that names no element of the schema. */
  "rule-structure-unknown": { readonly rule: string; readonly part: string; readonly element: string };
  /** An effect read from a rule's text targets an element its non-empty `ziel` does not list. */
  "rule-effect-outside-ziel": { readonly rule: string; readonly id: string };
  /** An element of a rule's `ziel` that no effect read from its text targets (fully read rules only). */
  "rule-ziel-untargeted": { readonly rule: string; readonly id: string };
  /** An element id in a rule's text that no effect or condition of the reading uses. */
  "rule-id-unused": { readonly rule: string; readonly id: string };
  /** A rule (or one effect of it) that the evaluator did not apply to the form data. */
  "rule-not-applied": { readonly rule: string; readonly reason: string };
  /** A `validate` effect of a rule that the form data does not satisfy. */
  "rule-validation-failed": { readonly rule: string; readonly elements: string; readonly check: string };
}

declare module "../../core/diagnostics/diagnostic.ts" {
  interface DiagnosticParams extends RegelnDiagnosticParams {}
}

/** The messages of {@link RegelnDiagnosticParams} in both locales. */
export const REGELN_MESSAGES = defineMessages<keyof RegelnDiagnosticParams>({
  en: {
    "rule-not-machine-readable": ({ rule, reason }) => `The rule ${rule} is not machine-readable: ${reason}`,
    "rule-partly-read": ({ rule, missing }) => `The rule ${rule} was read only in part; not read: ${missing}`,
    "rule-target-unknown": ({ rule, id }) => `The rule ${rule} names ${id}, which is not in the schema.`,
    "rule-element-unreachable": ({ rule, element, owner }) =>
      `The rule ${rule} names ${element}, which is in the schema but not inside ${owner}, the element owning the rule.`,
    "rule-structure-unknown": ({ rule, part, element }) =>
      `The rule ${rule} names the element ${element} in ${part}, which is not in the schema.`,
    "rule-effect-outside-ziel": ({ rule, id }) =>
      `An effect read from the text of the rule ${rule} targets ${id}, which its ziel does not list.`,
    "rule-ziel-untargeted": ({ rule, id }) => `The rule ${rule} lists ${id} in its ziel, but no effect read from its text targets it.`,
    "rule-id-unused": ({ rule, id }) => `The rule ${rule} names ${id}, but no effect or condition read from it uses it.`,
    "rule-not-applied": ({ rule, reason }) => `The rule ${rule} was not applied: ${reason}`,
    "rule-validation-failed": ({ rule, elements, check }) => `The rule ${rule} does not hold for ${elements}: ${check}`,
  },
  de: {
    "rule-not-machine-readable": ({ rule, reason }) => `Die Regel ${rule} ist nicht maschinenlesbar: ${reason}`,
    "rule-partly-read": ({ rule, missing }) => `Die Regel ${rule} wurde nur teilweise gelesen; nicht gelesen: ${missing}`,
    "rule-target-unknown": ({ rule, id }) => `Die Regel ${rule} nennt ${id}, das im Schema nicht vorkommt.`,
    "rule-element-unreachable": ({ rule, element, owner }) =>
      `Die Regel ${rule} nennt ${element}, das es im Schema gibt, aber nicht innerhalb von ${owner}, dem Element der Regel.`,
    "rule-structure-unknown": ({ rule, part, element }) =>
      `Die Regel ${rule} nennt in ${part} das Element ${element}, das im Schema nicht vorkommt.`,
    "rule-effect-outside-ziel": ({ rule, id }) =>
      `Eine aus dem Text der Regel ${rule} gelesene Wirkung betrifft ${id}, das nicht unter ihren Zielen (ziel) steht.`,
    "rule-ziel-untargeted": ({ rule, id }) =>
      `Die Regel ${rule} nennt ${id} als Ziel (ziel), aber keine aus ihrem Text gelesene Wirkung betrifft es.`,
    "rule-id-unused": ({ rule, id }) => `Die Regel ${rule} nennt ${id}, aber keine gelesene Wirkung oder Bedingung verwendet es.`,
    "rule-not-applied": ({ rule, reason }) => `Die Regel ${rule} wurde nicht angewendet: ${reason}`,
    "rule-validation-failed": ({ rule, elements, check }) => `Die Regel ${rule} ist für ${elements} nicht erfüllt: ${check}`,
  },
});
