/**
 * The "Originalwerte der XDF2-Datei" block the reference converter (FIM-XSLT XDF2_2_XDF3, `OriginalwerteDoku=1`)
 * appends to `beschreibung`: the 2.0 values 3.0.0 cannot hold (ID, version, status, code-list C-ID and
 * identification, rule script). Written exactly as the reference writes it, and read back by the 3.0.0 → 2.0
 * conversion so that 2.0 → 3.0.0 → 2.0 restores them.
 */

/** The values documented in the block. */
export interface Originalwerte {
  readonly id: string;
  readonly version?: string;
  readonly status: string;
  readonly codeliste?: string;
  readonly codelisteCanonicalIdentification?: string;
  readonly codelisteVersion?: string;
  readonly skript?: string;
}

const HEAD = "Originalwerte der XDF2-Datei:";
const LINE = "\n\t\t\t\t";
const KEYS = [
  ["ID", "id"],
  ["Version", "version"],
  ["Status", "status"],
  ["Codeliste", "codeliste"],
  ["Codeliste-Canonical-Identification", "codelisteCanonicalIdentification"],
  ["Codeliste-Version", "codelisteVersion"],
  ["Skript", "skript"],
] as const;

/**
 * `beschreibung` with the block appended, as the reference converter writes it: after a blank separator line,
 * which it leaves out when the description is empty — except on the Stammdatenschema (`alwaysSeparate`).
 */
export function appendOriginalwerte(beschreibung: string, werte: Originalwerte, alwaysSeparate = false): string {
  let out = beschreibung === "" && !alwaysSeparate ? `${LINE}${HEAD}` : `${beschreibung}\n\t\t\t\t\t${LINE}${HEAD}`;
  for (const [label, key] of KEYS) {
    const v = werte[key];
    if (v !== undefined) out += `${LINE}${label}: ${v}`;
  }
  return out;
}

/** Splits a 3.0.0 `beschreibung` into the original text and the documented 2.0 values, if it has the block. */
export function splitOriginalwerte(beschreibung: string): { readonly beschreibung: string; readonly werte?: Originalwerte } {
  const at = beschreibung.lastIndexOf(`${LINE}${HEAD}`);
  if (at < 0) return { beschreibung };
  let before = beschreibung.slice(0, at);
  if (before.endsWith("\n\t\t\t\t\t")) before = before.slice(0, -"\n\t\t\t\t\t".length);
  const rest = beschreibung.slice(at + LINE.length + HEAD.length);
  const found: Record<string, string> = {};
  // each value runs until the next "\n\t\t\t\t<Label>: " (values such as scripts may span lines)
  const labels = KEYS.map(([l]) => l.replace(/-/g, "\\-")).join("|");
  const re = new RegExp(`\\n\\t\\t\\t\\t(${labels}): `, "g");
  const hits = [...rest.matchAll(re)];
  hits.forEach((m, i) => {
    const start = (m.index ?? 0) + m[0].length;
    const end = i + 1 < hits.length ? (hits[i + 1]?.index ?? rest.length) : rest.length;
    const key = KEYS.find(([l]) => l === m[1])?.[1];
    if (key !== undefined) found[key] = rest.slice(start, end);
  });
  if (found.id === undefined || found.status === undefined) return { beschreibung };
  return { beschreibung: before, werte: found as unknown as Originalwerte };
}
