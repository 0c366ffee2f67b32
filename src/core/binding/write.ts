/** Writes a plain model object as XML, as a {@link ComplexType} describes it. Deterministic: field order only. */
import type { XmlWriter } from "../xml/write.ts";
import { type WriteBindingOptions, writerOf } from "./compile.ts";
import type { ComplexType } from "./types.ts";

export { lexical, type WriteBindingOptions, type Writer, writeRawElement, writerOf, writeValue } from "./compile.ts";

/** Writes an object as an element of a complex type, fields in binding order, then kept unknown content. */
export function writeComplex<M>(w: XmlWriter, ns: string, name: string, type: ComplexType<M>, value: M, opts: WriteBindingOptions): void {
  writerOf(type)(w, ns, name, value, opts);
}
