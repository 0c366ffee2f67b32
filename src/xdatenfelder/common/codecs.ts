/**
 * Binding codecs that are the same in XDatenfelder 2.0 and 3.0.0 by nature (the XSDs declare these types alike):
 * the embedded genericode of a Codeliste message and the `enthaelt` choice of a Struktur. Each version's binding
 * table uses them with its own types. Imports only `core/`.
 */
import type { ZodType } from "zod";
import { readerOf, writerOf } from "../../core/binding/compile.ts";
import type { Codec, ComplexType, Zod } from "../../core/binding/types.ts";
import {
  type CodeListDocument,
  type GcElement,
  GENERICODE_NAMESPACE,
  parseCodeListElement,
  toGcElement,
  writeCodeList,
  writeGcElement,
} from "../../core/codelists/genericode.ts";
import { ElementCursor } from "../../core/xml/cursor.ts";
import { isWhitespace } from "../../core/xml/node.ts";
import { canonicalName } from "../../core/xml/path.ts";

/** The model of `xdf:Genericode` (both versions): its children, typed where they are a `gc:CodeList`. */
export interface GenericodeContent {
  readonly inhalt: readonly ({ readonly codeList: CodeListDocument } | { readonly element: GcElement })[];
}

/**
 * @xsd xdf:Genericode — `xs:any*` in the genericode 1.0 namespace: a `gc:CodeList` is read into the typed
 * genericode model, any other element of that namespace is kept as a generic element tree. Written in the form
 * it came in, or in the OASIS form with the writer setting `normalizeGenericode`. `zod`: the builder input.
 */
export function genericodeCodec(zod?: (z: Zod) => ZodType): Codec<GenericodeContent> {
  return {
    name: "xdf:Genericode",
    read(el, { ctx }) {
      const inhalt: GenericodeContent["inhalt"][number][] = [];
      for (const n of el.children) {
        if (n.kind === "text") {
          if (!isWhitespace(n.value)) ctx.report("unexpected-text", { text: n.value.trim().slice(0, 40) }, el);
          continue;
        }
        if (n.kind !== "element") continue;
        if (n.namespace !== GENERICODE_NAMESPACE) {
          ctx.report("unexpected-element", { element: canonicalName(n.namespace, n.local, ctx.prefixes) }, n);
          continue;
        }
        inhalt.push(n.local === "CodeList" ? { codeList: parseCodeListElement(n, ctx) } : { element: toGcElement(n, "") });
      }
      for (const a of el.attributes) {
        ctx.report("unexpected-attribute", { attribute: canonicalName(a.namespace, a.local, ctx.prefixes) }, el, { attribute: a });
      }
      return ctx.track({ inhalt }, el);
    },
    write(w, ns, local, value, opts) {
      const normalize = opts.settings?.normalizeGenericode === true;
      w.start(ns, local, [], false, value);
      for (const i of value.inhalt) {
        if ("codeList" in i) writeCodeList(w, i.codeList, { normalize });
        else writeGcElement(w, i.element, "");
      }
      w.end();
    },
    ...(zod !== undefined && { zod }),
  };
}

/**
 * @xsd xdf:Enthaelt — `xs:choice` of `datenfeld` and `datenfeldgruppe`, a single-key object in the model. A
 * Datenfeld is preferred where both are given (the other is reported as unexpected); when neither is there, a
 * `missing-element` is reported and the model holds `{ datenfeldgruppe: undefined }`. The two element types refer
 * back to the Struktur (a recursive structure), so `types` is called at use. `zod`: the builder input.
 */
export function enthaeltCodec<F, G>(
  types: () => { readonly datenfeld: ComplexType<F>; readonly datenfeldgruppe: ComplexType<G> },
  zod?: (z: Zod) => ZodType,
): Codec<{ readonly datenfeld: F } | { readonly datenfeldgruppe: G }> {
  type Enthaelt = { readonly datenfeld: F } | { readonly datenfeldgruppe: G };
  return {
    name: "xdf:Enthaelt",
    get types() {
      const t = types();
      return [t.datenfeld, t.datenfeldgruppe];
    },
    read(el, opts) {
      const { ctx, namespace } = opts;
      const t = types();
      const ec = new ElementCursor(el, ctx);
      const feld = ec.optional(namespace, "datenfeld");
      const gruppe = feld === undefined ? ec.optional(namespace, "datenfeldgruppe") : undefined;
      let out: Enthaelt | undefined;
      if (feld !== undefined) out = { datenfeld: readerOf(t.datenfeld, "strict")(feld, opts) };
      else if (gruppe !== undefined) out = { datenfeldgruppe: readerOf(t.datenfeldgruppe, "strict")(gruppe, opts) };
      else {
        const p = ctx.prefixes[namespace] ?? "";
        ctx.report("missing-element", { element: `${p}:datenfeld | ${p}:datenfeldgruppe` }, el);
      }
      ec.done();
      return out ?? ({ datenfeldgruppe: undefined } as unknown as Enthaelt);
    },
    write(w, ns, local, value, opts) {
      const t = types();
      w.start(ns, local);
      if ("datenfeld" in value) writerOf(t.datenfeld)(w, ns, "datenfeld", value.datenfeld, opts);
      else writerOf(t.datenfeldgruppe)(w, ns, "datenfeldgruppe", value.datenfeldgruppe, opts);
      w.end();
    },
    check(value, report) {
      const ok =
        typeof value === "object" &&
        value !== null &&
        (("datenfeld" in value && typeof value.datenfeld === "object") ||
          ("datenfeldgruppe" in value && typeof value.datenfeldgruppe === "object"));
      if (!ok) report({ value: JSON.stringify(value) ?? "", expected: "{ datenfeld } or { datenfeldgruppe }" });
    },
    ...(zod !== undefined && { zod }),
  };
}
