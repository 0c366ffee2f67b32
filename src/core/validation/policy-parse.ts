/**
 * Reading an acceptance policy from JSON data: apart from `policy.ts`, so that what applies a policy (every
 * standard's rules stage, and with it `fim-xoev validate`) does not load zod (≈ 0.1 s of a CLI start).
 */
import { z } from "zod";
import type { AcceptancePolicy } from "./policy.ts";

const SEVERITY = z.enum(["fatal", "error", "warning", "info"]);
const policySchema = z.strictObject({
  severityOverrides: z.record(z.string(), z.union([SEVERITY, z.literal("off")])).optional(),
  disabledRules: z.array(z.string()).optional(),
  enabledRules: z.array(z.string()).optional(),
  rejectAt: SEVERITY.optional(),
});

/**
 * Reads an acceptance policy from JSON data (e.g. a `policy.json` kept beside a CI configuration), checking
 * its shape.
 *
 * @throws {TypeError} when the data is not a policy (the message names the offending keys).
 *
 * @example
 * ```ts
 * import { accept, parsePolicy } from "fim-xoev/validation";
 * import { checkXml } from "fim-xoev/xdatenfelder/v3/rules";
 *
 * declare const xml: string;
 * const policy = parsePolicy({ disabledRules: ["1101"], severityOverrides: { "1102": "info" }, rejectAt: "warning" });
 * console.log(accept(checkXml(xml), policy));
 * ```
 */
export function parsePolicy(data: unknown): AcceptancePolicy {
  const r = policySchema.safeParse(data);
  if (!r.success)
    throw new TypeError(
      `not an acceptance policy: ${r.error.issues.map((i) => `${i.path.join(".") || "(root)"}: ${i.message}`).join("; ")}`,
    );
  const p = r.data;
  return {
    ...(p.severityOverrides !== undefined && { severityOverrides: p.severityOverrides }),
    ...(p.disabledRules !== undefined && { disabledRules: p.disabledRules }),
    ...(p.enabledRules !== undefined && { enabledRules: p.enabledRules }),
    ...(p.rejectAt !== undefined && { rejectAt: p.rejectAt }),
  };
}
