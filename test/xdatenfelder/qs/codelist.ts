/** A small genericode list and a lookup over it, for the code-list checks. */
import { type CodeListDocument, parseGenericode } from "../../../src/core/codelists/genericode.ts";

/** A genericode 1.0 list with columns `code` and `name`, and the given rows. */
export function genericode(uri: string, version: string, rows: readonly [string, string][], extraColumn?: string): CodeListDocument {
  const xml = `<?xml version="1.0" encoding="UTF-8"?>
<gc:CodeList xmlns:gc="http://docs.oasis-open.org/codelist/ns/genericode/1.0/">
  <Identification>
    <ShortName>test</ShortName>
    <Version>${version}</Version>
    <CanonicalUri>${uri}</CanonicalUri>
    <CanonicalVersionUri>${uri}_${version}</CanonicalVersionUri>
  </Identification>
  <ColumnSet>
    <Column Id="code" Use="required"><ShortName>Code</ShortName><Data Type="string"/></Column>
    <Column Id="name" Use="required"><ShortName>Name</ShortName><Data Type="string"/></Column>
${extraColumn === undefined ? "" : `    <Column Id="${extraColumn}" Use="optional"><ShortName>${extraColumn}</ShortName><Data Type="string"/></Column>\n`}    <Key Id="codeKey"><ShortName>CodeKey</ShortName><ColumnRef Ref="code"/></Key>
  </ColumnSet>
  <SimpleCodeList>
${rows.map(([c, n]) => `    <Row><Value ColumnRef="code"><SimpleValue>${c}</SimpleValue></Value><Value ColumnRef="name"><SimpleValue>${n}</SimpleValue></Value></Row>`).join("\n")}
  </SimpleCodeList>
</gc:CodeList>`;
  return parseGenericode(xml);
}

/** A lookup that knows one list (as referenced and as newest version), or nothing. */
export function lookup(doc: CodeListDocument | undefined, latest: CodeListDocument | undefined = doc) {
  return { find: () => doc, latest: () => latest };
}
