/**
 * Crafted archives for the embedded-file limits, built in memory (and written as `fixtures/evil/xprozess-*.xml`
 * by `scripts/xprozess-evil-fixtures.ts`): a ZIP whose central directory lies about an entry that inflates to
 * 8 MiB of zeros, one that declares a 1 GiB entry, and one with entry names that leave the target folder.
 */
import { zipSync } from "fflate";

const MTIME = new Date(Date.UTC(2020, 0, 1));

/** A ZIP archive of the given entries (deterministic: fixed times, level 9). */
export function zipOf(entries: Record<string, Uint8Array>): Uint8Array {
  const files: Record<string, [Uint8Array, { mtime: Date; level: 9 }]> = {};
  for (const [name, bytes] of Object.entries(entries)) files[name] = [bytes, { mtime: MTIME, level: 9 }];
  return zipSync(files);
}

/** Offset of the first central directory entry of a ZIP made by {@link zipOf}. */
function centralDirectory(zip: Uint8Array): number {
  const dv = new DataView(zip.buffer, zip.byteOffset, zip.byteLength);
  for (let i = zip.length - 22; i >= 0; i--) if (dv.getUint32(i, true) === 0x06054b50) return dv.getUint32(i + 16, true);
  throw new Error("no EOCD");
}

/** Sets the uncompressed size of the first entry in the central directory (and its local header) to `size`. */
export function withDeclaredSize(zip: Uint8Array, size: number): Uint8Array {
  const out = zip.slice();
  const dv = new DataView(out.buffer);
  dv.setUint32(centralDirectory(out) + 24, size, true);
  dv.setUint32(22, size, true);
  return out;
}

/** 8 MiB of zeros whose headers claim 1 000 bytes: only inflating shows what it is. */
export function lyingBomb(): Uint8Array {
  return withDeclaredSize(zipOf({ "model.bpmn": new Uint8Array(8 * 1024 * 1024) }), 1000);
}

/** A small entry whose headers declare 1 GiB. */
export function declaredGigabyte(): Uint8Array {
  return withDeclaredSize(zipOf({ "model.bpmn": new TextEncoder().encode("<definitions/>") }), 1024 * 1024 * 1024);
}

/** Entries named to leave the target folder. */
export function traversal(): Uint8Array {
  const x = new TextEncoder().encode("x");
  return zipOf({ "ok.txt": x, "../../escaped.txt": x, "/tmp/absolute.txt": x, "C:/drive.txt": x });
}

/** A prozessbibliothek.export.0203 message with one Prozess whose model file holds `zip`. */
export function messageWith(zip: Uint8Array, dateiname = "BPMN DI-Export"): string {
  const b64 = Buffer.from(zip).toString("base64");
  return `<?xml version="1.0" encoding="UTF-8"?>
<xprozess:prozessbibliothek.export.0203 xmlns:xprozess="http://www.regierung-mv.de/xprozess/2" produkt="fim-xoev tests" produkthersteller="fim-xoev" xprozessVersion="2.0">
  <xprozess:nachrichtenkopf>
    <xprozess:nachrichtUUID>00000000-0000-4000-8000-000000000000</xprozess:nachrichtUUID>
    <xprozess:nachrichtentyp listURI="urn:de:xprozess:codeliste:nachricht" listVersionID="1.0"><code>0203</code></xprozess:nachrichtentyp>
    <xprozess:erstellungszeitpunkt>2026-01-01T00:00:00Z</xprozess:erstellungszeitpunkt>
  </xprozess:nachrichtenkopf>
  <xprozess:prozessbibliothek>
    <xprozess:name>Crafted</xprozess:name>
    <xprozess:prozess>
      <xprozess:id>99000000000000</xprozess:id>
      <xprozess:name>Crafted archive</xprozess:name>
      <xprozess:prozessmodell>
        <xprozess:prozessmodelldatei>
          <xprozess:dateiname>${dateiname}</xprozess:dateiname>
          <xprozess:modellierungsmethode>
            <xprozess:code listURI="urn:de:xprozess:codeliste:modellierungsmethode" listVersionID="1.0"><code>10</code></xprozess:code>
          </xprozess:modellierungsmethode>
          <xprozess:mimeType listURI="urn:example:mimetype" listVersionID="1"><code>1</code></xprozess:mimeType>
          <xprozess:inhalt>${b64}</xprozess:inhalt>
        </xprozess:prozessmodelldatei>
      </xprozess:prozessmodell>
    </xprozess:prozess>
  </xprozess:prozessbibliothek>
</xprozess:prozessbibliothek.export.0203>
`;
}

/** The committed evil fixtures, by file name. */
export function evilFixtures(): Record<string, string> {
  return {
    "xprozess-zip-bomb.xml": messageWith(lyingBomb()),
    "xprozess-declared-1gb.xml": messageWith(declaredGigabyte()),
    "xprozess-path-traversal.xml": messageWith(traversal()),
  };
}
