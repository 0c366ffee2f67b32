/**
 * Identifiers and versions between XDatenfelder 2.0 and 3.0.0 (fact sheet §6): a 3.0.0 ID inserts a
 * 3-digit Unternummernkreis after the letter and the 2-digit Hauptnummernkreis; versions gain a patch level.
 */

/** The default Unternummernkreis, as the reference converter uses it. */
export const DEFAULT_UNTERNUMMERNKREIS = "000";

/** Throws a TypeError unless the Unternummernkreis has exactly three digits. */
export function checkUnternummernkreis(value: string): string {
  if (!/^\d{3}$/.test(value)) throw new TypeError(`Unternummernkreis must be three digits, got "${value}"`);
  return value;
}

/** 2.0 → 3.0.0: `S00000094` → `S00000000094` (also for IDs that break the pattern: `F00-4cb…` → `F00000-4cb…`). */
export function widenId(id: string, unternummernkreis: string = DEFAULT_UNTERNUMMERNKREIS): string {
  return id.length < 3 ? id : `${id.slice(0, 3)}${unternummernkreis}${id.slice(3)}`;
}

/**
 * 3.0.0 → 2.0: removes the Unternummernkreis when the ID has the 3.0.0 shape and carries the given one
 * (the inverse of {@link widenId}); `undefined` when it cannot be narrowed.
 */
export function narrowId(id: string, unternummernkreis: string = DEFAULT_UNTERNUMMERNKREIS): string | undefined {
  if (id.length >= 6 && id.slice(3, 6) === unternummernkreis && /^[A-Z]\d\d/.test(id)) return `${id.slice(0, 3)}${id.slice(6)}`;
  return undefined;
}

/** 2.0 → 3.0.0: `1.3` → `1.3.0`. */
export function widenVersion(version: string): string {
  return /^\d+\.\d+$/.test(version) ? `${version}.0` : version;
}

/** 3.0.0 → 2.0: `1.3.0` → `1.3`; `undefined` when the patch level is not 0 (2.0 cannot hold it). */
export function narrowVersion(version: string): string | undefined {
  const m = /^(\d+\.\d+)\.(\d+)$/.exec(version);
  if (m === null) return /^\d+\.\d+$/.test(version) ? version : undefined;
  return Number(m[2]) === 0 ? m[1] : undefined;
}

const ID_2 = /\b([SGFRCD]\d{2})(\d{6})\b/g;

/** Widens every 2.0 element ID in a free text (rule texts name the elements they refer to). */
export function widenIdsInText(text: string, unternummernkreis: string = DEFAULT_UNTERNUMMERNKREIS): string {
  return text.replace(ID_2, (_m, head: string, serial: string) => `${head}${unternummernkreis}${serial}`);
}

/** Narrows every 3.0.0 element ID with the given Unternummernkreis in a free text. */
export function narrowIdsInText(text: string, unternummernkreis: string = DEFAULT_UNTERNUMMERNKREIS): string {
  const re = new RegExp(`\\b([SGFRCD]\\d{2})${unternummernkreis}(\\d{6})\\b`, "g");
  return text.replace(re, (_m, head: string, serial: string) => `${head}${serial}`);
}
