/**
 * Compile-time proof that the hand-written model (`model.ts`) and the binding tables (`binding.ts`) agree: for
 * every complex type, the shape the table reads and writes (`InferModel<typeof Table>`) and the interface are
 * assignable to each other and have the same property names. A renamed, added or dropped element, a changed
 * multiplicity (optional ↔ required ↔ repeated) or type fails `tsc --noEmit` (checked by `npm run typecheck`).
 */
import type * as B from "./binding.ts";
import type { InferModel } from "./binding.ts";
import type * as M from "./model.ts";

type Same<A, Model> = [A] extends [Model]
  ? [Model] extends [A]
    ? [keyof A] extends [keyof Model]
      ? [keyof Model] extends [keyof A]
        ? true
        : { missingInTable: Exclude<keyof Model, keyof A> }
      : { missingInModel: Exclude<keyof A, keyof Model> }
    : { modelNotAssignableToTable: A }
  : { tableNotAssignableToModel: A };

/** Fails to compile unless `T` is `true`. */
type Assert<T extends true> = T;

type Agrees<Table, Model> = Same<InferModel<Table>, Model>;
type Message<N extends keyof M.MessageContent> = M.MessageContent[N];

export type Proof = [
  Assert<Agrees<typeof B.CodeNachricht, M.CodeFest>>,
  Assert<Agrees<typeof B.CodeReferenzaktivitaetengruppe, M.CodeFest>>,
  Assert<Agrees<typeof B.CodeStatus, M.CodeFest>>,
  Assert<Agrees<typeof B.CodeBearbeitungsart, M.CodeFest>>,
  Assert<Agrees<typeof B.CodeModellierungsmethode, M.CodeMitVersion>>,
  Assert<Agrees<typeof B.CodeBundesland, M.CodeMitVersion>>,
  Assert<Agrees<typeof B.CodeVerfahrensart, M.CodeOffen>>,
  Assert<Agrees<typeof B.CodeMimeType, M.CodeOffen>>,
  Assert<Agrees<typeof B.Handlungsgrundlage, M.Handlungsgrundlage>>,
  Assert<Agrees<typeof B.Herausgeber, M.Herausgeber>>,
  Assert<Agrees<typeof B.Klassifikation, M.Klassifikation>>,
  Assert<Agrees<typeof B.Merkmal, M.Merkmal>>,
  Assert<Agrees<typeof B.VerwaltungspolitischeKodierung, M.VerwaltungspolitischeKodierung>>,
  Assert<Agrees<typeof B.Zeitraum, M.Zeitraum>>,
  Assert<Agrees<typeof B.Zustandsangaben, M.Zustandsangaben>>,
  Assert<Agrees<typeof B.Modellierungsmethode, M.Modellierungsmethode>>,
  Assert<Agrees<typeof B.Datei, M.Datei>>,
  Assert<Agrees<typeof B.Prozessmodell, M.Prozessmodell>>,
  Assert<Agrees<typeof B.Formularverweis, M.Formularverweis>>,
  Assert<Agrees<typeof B.Daten, M.Daten>>,
  Assert<Agrees<typeof B.DatenEmpfangen, M.DatenEmpfangen>>,
  Assert<Agrees<typeof B.DatenBereitgestellt, M.DatenBereitgestellt>>,
  Assert<Agrees<typeof B.SpezifischeAttribute1, M.SpezifischeAttribute1>>,
  Assert<Agrees<typeof B.SpezifischeAttribute2, M.SpezifischeAttribute2>>,
  Assert<Agrees<typeof B.SpezifischeAttribute3, M.SpezifischeAttribute3>>,
  Assert<Agrees<typeof B.SpezifischeAttribute4, M.SpezifischeAttribute4>>,
  Assert<Agrees<typeof B.SpezifischeAttribute5, M.SpezifischeAttribute5>>,
  Assert<Agrees<typeof B.SpezifischeAttribute6, M.SpezifischeAttribute6>>,
  Assert<Agrees<typeof B.SpezifischeAttribute7, M.SpezifischeAttribute7>>,
  Assert<Agrees<typeof B.SpezifischeAttribute8, M.SpezifischeAttribute8>>,
  Assert<Agrees<typeof B.SpezifischeAttribute, M.SpezifischeAttribute>>,
  Assert<Agrees<typeof B.Aktivitaetengruppe, M.Aktivitaetengruppe>>,
  Assert<Agrees<typeof B.StrukturbeschreibungFIM, M.StrukturbeschreibungFIM>>,
  Assert<Agrees<typeof B.StrukturbeschreibungSonstige, M.StrukturbeschreibungSonstige>>,
  Assert<Agrees<typeof B.Strukturbeschreibung, M.Strukturbeschreibung>>,
  Assert<Agrees<typeof B.AusloeserErgebnis, M.AusloeserErgebnis>>,
  Assert<Agrees<typeof B.Prozessteilnehmer, M.Prozessteilnehmer>>,
  Assert<Agrees<typeof B.Prozesssteckbrief, M.Prozesssteckbrief>>,
  Assert<Agrees<typeof B.Prozess, M.Prozess>>,
  Assert<Agrees<typeof B.Prozessbibliothek, M.Prozessbibliothek>>,
  Assert<Agrees<typeof B.Gliederungsebene, M.Gliederungsebene>>,
  Assert<Agrees<typeof B.ReferenzProzessklasse, M.ReferenzProzessklasse>>,
  Assert<Agrees<typeof B.Prozessklasse, M.Prozessklasse>>,
  Assert<Agrees<typeof B.Prozesskatalog, M.Prozesskatalog>>,
  Assert<Agrees<typeof B.SuchprofilKlassifikation, M.SuchprofilKlassifikation>>,
  Assert<Agrees<typeof B.SuchprofilMerkmal, M.SuchprofilMerkmal>>,
  Assert<Agrees<typeof B.SuchprofilProzessklasse, M.SuchprofilProzessklasse>>,
  Assert<Agrees<typeof B.SuchprofilSpezifischerProzess, M.SuchprofilSpezifischerProzess>>,
  Assert<Agrees<typeof B.SuchprofilProzess, M.SuchprofilProzess>>,
  Assert<Agrees<typeof B.SuchprofilAlleInhalte, M.SuchprofilAlleInhalte>>,
  Assert<Agrees<typeof B.Nachrichtenkopf, M.Nachrichtenkopf>>,
  Assert<Agrees<typeof B.ProzesskatalogAnfrage0101, Message<"prozesskatalog.anfrage.0101">>>,
  Assert<Agrees<typeof B.ProzesskatalogAntwort0102, Message<"prozesskatalog.antwort.0102">>>,
  Assert<Agrees<typeof B.ProzesskatalogExport0103, Message<"prozesskatalog.export.0103">>>,
  Assert<Agrees<typeof B.ProzessbibliothekAnfrage0201, Message<"prozessbibliothek.anfrage.0201">>>,
  Assert<Agrees<typeof B.ProzessbibliothekAntwort0202, Message<"prozessbibliothek.antwort.0202">>>,
  Assert<Agrees<typeof B.ProzessbibliothekExport0203, Message<"prozessbibliothek.export.0203">>>,
  Assert<Agrees<typeof B.AlleInhalteAnfrage0301, Message<"alleInhalte.anfrage.0301">>>,
  Assert<Agrees<typeof B.AlleInhalteAntwort0302, Message<"alleInhalte.antwort.0302">>>,
  Assert<Agrees<typeof B.AlleInhalteExport0303, Message<"alleInhalte.export.0303">>>,
];

/** The proof must also fail when it should: a model with a wrong multiplicity is rejected. */
type WrongMultiplicity = Omit<M.Prozess, "schlagwort"> & { readonly schlagwort?: string };
export type Negative = [
  // @ts-expect-error — `schlagwort` is `*` in the table, a single optional string here
  Assert<Agrees<typeof B.Prozess, WrongMultiplicity>>,
  // @ts-expect-error — a property the table does not have
  Assert<Agrees<typeof B.Zeitraum, M.Zeitraum & { readonly dauer?: string }>>,
  // @ts-expect-error — a required element made optional
  Assert<Agrees<typeof B.ReferenzProzessklasse, Partial<M.ReferenzProzessklasse>>>,
];
