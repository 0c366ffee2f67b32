/**
 * XZuFi 2.2.0 as the registry lists it (`src/registry.ts`), and the verbs built from it: `validate` (the whole
 * pipeline xml → detect → xsd → model → rules) and `check` (the structural rules and `XZUFI-nnn` on a model).
 */

import { type TransferMessage, type XzufiValidate, xzufiDescriptor, xzufiValidate } from "../common/descriptor.ts";
import { CONFIG } from "./config.ts";
import type { Leistung, Nachricht } from "./model.ts";
import { checkStructure } from "./rules.ts";

/**
 * XZuFi 2.2.0 in the standard registry (`fim-xoev`'s registry lists it; the CLI, the pipeline and the test
 * matchers take it from there): namespace, root element, prefixes, schema set, rules and the verbs.
 *
 * @example
 * ```ts
 * import { descriptor } from "fim-xoev/xzufi/v2_2_0";
 * console.log(descriptor.id, descriptor.namespaces[0], descriptor.rules.map((r) => r.id).join(", "));
 * ```
 */
export const descriptor = xzufiDescriptor<Nachricht, Leistung>(CONFIG);

export type { TransferMessage, XzufiValidate };

/**
 * XZuFi 2.2.0: the whole pipeline on XML (xml → detect → xsd → model → rules, a `Report`), or (deprecated) the
 * structural check of a model.
 *
 * @example
 * ```ts
 * import { validate } from "fim-xoev/xzufi/v2_2_0";
 * declare const xml: string;
 * const report = await validate(xml, { schemas: "/opt/xoev/schemas" });
 * console.log(report.stages.map((s) => `${s.stage}:${s.status}`).join(" "));
 * ```
 */
export const validate: XzufiValidate = xzufiValidate(descriptor, checkStructure);
