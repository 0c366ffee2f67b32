/**
 * `fim-xoev submission create|verify`: a FIT-Connect submission package as files, for people who do not write
 * code. `create` writes metadata.json, the Fachdaten, the attachments, with `--encrypt-to` the JWE set, and a
 * SHA512SUMS list (all or nothing, atomically); `verify` checks a package folder: the SHA512SUMS list, the
 * metadata schema, every hash and the Fachdaten (and, with `--key`, the same for the decrypted JWE set).
 */
import { existsSync, mkdirSync, readdirSync, statSync } from "node:fs";
import { readFile } from "node:fs/promises";
import { basename, extname, join, resolve } from "node:path";
import { diagnostic } from "../core/diagnostics/create.ts";
import type { Diagnostic } from "../core/diagnostics/diagnostic.ts";
import { formatDiagnostic } from "../core/diagnostics/format.ts";
import { safeDecodeBytes } from "../core/text/decode.ts";
import {
  ATTACHMENTS_DIR,
  type AttachmentInput,
  attachmentFileName,
  CHECKSUMS_FILE,
  type CheckState,
  ENCRYPTED_DIR,
  type JWK,
  METADATA_FILE,
  parseSha512sums,
  type ReceivedEncryptedSubmission,
  type SchemaResolver,
  type SubmissionChecks,
  type SubmissionParts,
  safeCreateSubmission,
  safeEncryptSubmission,
  safeOpenSubmission,
  safeVerifySubmission,
  schemaResolver,
  sha512Hex,
  sha512sums,
} from "../fitconnect/index.ts";
import type { FormOptions } from "../xdatenfelder/forms/index.ts";
import type { Stammdatenschema } from "../xdatenfelder/v3/model.ts";
import { loadForm } from "./export.ts";
import type { CliCommand, CliIo } from "./io.ts";
import { EXIT, parseCommand, usageError } from "./options.ts";
import { type OutputFile, writeFilesAtomic } from "./write.ts";

export const SUBMISSION_USAGE = `Usage:
  fim-xoev submission create --schema S.xml --data data.json|data.xml [--attachment FILE[:MIME]]... [--leika KEY]
                             -o DIR [--encrypt-to public.jwk] [--force]
      Build a FIT-Connect submission (metadata 1.0.0) and write it to DIR: metadata.json, data.json|data.xml,
      attachments/<file>, SHA512SUMS, and with --encrypt-to the JWE set encrypted/ (RSA-OAEP-256 + A256GCM).
      The Fachdaten are validated against the schema first; nothing is written when they are invalid.
      --attachment FILE[:MIME]  an attachment (repeatable); the MIME type defaults by file extension
      --purpose form|attachment|report   purpose of every attachment (default attachment)
      --leika KEY               publicServiceType.identifier = urn:de:fim:leika:leistung:<KEY>
      --service-name NAME       publicServiceType.name (with --leika)
      --schema-uri URI          submissionSchema.schemaUri (default derived: https://schema.fitko.de/fim/s<id>_<version>.schema.json;
                                required for XML Fachdaten)
      --force                   overwrite files in DIR
  fim-xoev submission verify DIR [--schema S.xml]... [--key private.jwk] [--format text|json]
      Check a package: SHA512SUMS, the metadata schema, every hash, the Fachdaten against the schema named in
      submissionSchema (give it with --schema), and with --key the decrypted JWE set in DIR/encrypted.
      Exit 0 only when every check ran and passed; a changed byte fails naming the file.
      --schema-uri URI          the URI the (single) --schema answers for, when it is not the derived one
Options of both: --codelists DIR, --unversioned-ids.
Exit codes: 0 written / all checks passed, 1 findings, 2 usage or I/O error.
`;

const MIME_BY_EXTENSION: Readonly<Record<string, string>> = {
  ".pdf": "application/pdf",
  ".png": "image/png",
  ".jpg": "image/jpeg",
  ".jpeg": "image/jpeg",
  ".gif": "image/gif",
  ".tif": "image/tiff",
  ".tiff": "image/tiff",
  ".xml": "application/xml",
  ".json": "application/json",
  ".txt": "text/plain",
  ".csv": "text/csv",
  ".html": "text/html",
  ".odt": "application/vnd.oasis.opendocument.text",
  ".docx": "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
  ".xlsx": "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
  ".zip": "application/zip",
};

const MIME = /^[-\w.]+\/[-\w.+]+$/;

/** `FILE[:MIME]`: the part after the last colon is a MIME type only when it looks like one (`C:\x.pdf` stays a file). */
export function splitAttachmentArgument(arg: string): { file: string; mimeType: string } {
  const colon = arg.lastIndexOf(":");
  if (colon > 0 && MIME.test(arg.slice(colon + 1))) return { file: arg.slice(0, colon), mimeType: arg.slice(colon + 1) };
  return { file: arg, mimeType: MIME_BY_EXTENSION[extname(arg).toLowerCase()] ?? "application/octet-stream" };
}

function printAll(io: CliIo, diagnostics: readonly Diagnostic[], quiet = false): void {
  for (const d of diagnostics) {
    if (d.severity === "info" || (quiet && d.severity === "warning")) continue;
    io.stderr(`${formatDiagnostic(d)}\n`);
  }
}

async function readJwk(io: CliIo, file: string): Promise<JWK | number> {
  let text: string;
  try {
    text = await readFile(resolve(io.cwd, file), "utf8");
  } catch (e) {
    io.stderr(`fim-xoev submission: cannot read ${file}: ${e instanceof Error ? e.message : String(e)}\n`);
    return EXIT.usage;
  }
  try {
    const v = JSON.parse(text) as unknown;
    // a JWK, or a JWK set holding exactly one key
    const key =
      v !== null && typeof v === "object" && Array.isArray((v as { keys?: unknown }).keys) ? (v as { keys: unknown[] }).keys : [v];
    if (key.length === 1 && key[0] !== null && typeof key[0] === "object") return key[0] as JWK;
    io.stderr(`fim-xoev submission: ${file} holds ${key.length} keys; give a file with one JWK\n`);
  } catch (e) {
    io.stderr(`fim-xoev submission: ${file} is not JSON: ${e instanceof Error ? e.message : String(e)}\n`);
  }
  return EXIT.usage;
}

/** Loads a Stammdatenschema (2.0 converted) through the CLI's form loader; a number is the exit code on failure. */
async function loadSchema(
  io: CliIo,
  file: string,
  codeLists: string | undefined,
  unversionedIds: boolean,
): Promise<{ schema: Stammdatenschema; formOptions: FormOptions } | number> {
  let source: { schema: Stammdatenschema; formOptions: FormOptions } | undefined;
  let notSchema = false;
  const form = await loadForm(file, io, {
    command: "submission",
    quiet: true,
    unversionedIds,
    ...(codeLists !== undefined && { codeLists }),
    onSource: (s, formOptions) => {
      if ("dokumentsteckbrief" in s) source = { schema: s, formOptions };
      else notSchema = true;
    },
  });
  if (typeof form === "number") return form;
  if (notSchema || source === undefined) {
    io.stderr(`fim-xoev submission: ${file} is a Datenfeldgruppe; a submission needs a Stammdatenschema\n`);
    return EXIT.usage;
  }
  return source;
}

async function create(
  io: CliIo,
  values: Record<string, unknown>,
  positionals: readonly string[],
  usage: (why: string) => number,
): Promise<number> {
  if (positionals.length > 0) return usage(`create takes no positional arguments (got ${positionals.join(" ")})`);
  const schemaFiles = (values.schema as string[] | undefined) ?? [];
  if (schemaFiles.length !== 1) return usage("create needs exactly one --schema");
  if (typeof values.data !== "string") return usage("create needs --data");
  if (typeof values.output !== "string") return usage("create needs -o DIR");
  const purpose = values.purpose ?? "attachment";
  if (purpose !== "form" && purpose !== "attachment" && purpose !== "report") return usage("--purpose must be form, attachment or report");
  if (values["service-name"] !== undefined && values.leika === undefined) return usage("--service-name needs --leika");
  const codeLists = typeof values.codelists === "string" ? values.codelists : undefined;
  const loaded = await loadSchema(io, schemaFiles[0] as string, codeLists, values["unversioned-ids"] === true);
  if (typeof loaded === "number") return loaded;

  const read = async (file: string): Promise<Uint8Array | undefined> => {
    try {
      return await readFile(resolve(io.cwd, file));
    } catch (e) {
      io.stderr(`fim-xoev submission: cannot read ${file}: ${e instanceof Error ? e.message : String(e)}\n`);
      return undefined;
    }
  };
  const data = await read(values.data);
  if (data === undefined) return EXIT.usage;
  const attachments: AttachmentInput[] = [];
  for (const arg of (values.attachment as string[] | undefined) ?? []) {
    const { file, mimeType } = splitAttachmentArgument(arg);
    const content = await read(file);
    if (content === undefined) return EXIT.usage;
    attachments.push({ content, mimeType, filename: basename(file), purpose });
  }
  const ext = extname(values.data).toLowerCase();
  const submission = await safeCreateSubmission({
    schema: loaded.schema,
    formOptions: loaded.formOptions,
    data,
    ...(ext === ".json" ? { dataFormat: "json" as const } : ext === ".xml" ? { dataFormat: "xml" as const } : {}),
    attachments,
    ...(typeof values.leika === "string" && { leistungsschluessel: values.leika }),
    ...(typeof values["service-name"] === "string" && { serviceName: values["service-name"] }),
    ...(typeof values["schema-uri"] === "string" && { schemaUri: values["schema-uri"] }),
  });
  printAll(io, submission.diagnostics, values.quiet === true);
  if (!submission.success) return EXIT.findings;
  const s = submission.data;

  const files: { name: string; bytes: Uint8Array }[] = [
    { name: METADATA_FILE, bytes: s.metadataBytes },
    { name: s.data.name, bytes: s.data.bytes },
    ...s.attachments.map((a) => ({ name: a.name, bytes: a.bytes })),
  ];
  if (typeof values["encrypt-to"] === "string") {
    const key = await readJwk(io, values["encrypt-to"]);
    if (typeof key === "number") return key;
    const encrypted = await safeEncryptSubmission(s, key);
    if (!encrypted.success) {
      printAll(io, encrypted.diagnostics);
      return EXIT.usage;
    }
    const e = encrypted.data;
    const encoder = new TextEncoder();
    for (const p of [e.metadata, ...(e.data === undefined ? [] : [e.data]), ...e.attachments])
      files.push({ name: p.name, bytes: encoder.encode(p.jwe) });
  }
  files.push({ name: CHECKSUMS_FILE, bytes: new TextEncoder().encode(await sha512sums(files)) });

  const dir = resolve(io.cwd, values.output);
  try {
    for (const sub of new Set(files.map((f) => join(dir, f.name, "..")))) mkdirSync(sub, { recursive: true });
  } catch (e) {
    io.stderr(`fim-xoev submission: cannot create ${values.output}: ${e instanceof Error ? e.message : String(e)}\n`);
    return EXIT.usage;
  }
  const out: OutputFile[] = files.map((f) => ({ path: join(dir, f.name), data: f.bytes }));
  const failed = writeFilesAtomic(out, { force: values.force === true });
  if (failed !== undefined) {
    io.stderr(`fim-xoev submission: ${failed.message}\n`);
    return EXIT.usage;
  }
  if (values.quiet !== true) {
    const n = s.attachments.length;
    io.stdout(
      `${values.output}: ${METADATA_FILE}, ${s.data.name}, ${n} attachment${n === 1 ? "" : "s"}` +
        `${typeof values["encrypt-to"] === "string" ? `, ${ENCRYPTED_DIR}/ (JWE)` : ""}, ${CHECKSUMS_FILE}\n`,
    );
  }
  return EXIT.ok;
}

/** The files of a folder (not recursive, files only), or [] when it is not there. */
function filesIn(dir: string): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir)
    .filter((f) => statSync(join(dir, f)).isFile())
    .sort();
}

/** Attachment file name → attachmentId, from a metadata document that may be broken. */
function attachmentIdsByName(metadataBytes: Uint8Array | undefined): Map<string, string> {
  const out = new Map<string, string>();
  if (metadataBytes === undefined) return out;
  try {
    const m = JSON.parse(new TextDecoder("utf-8", { fatal: true }).decode(metadataBytes)) as {
      contentStructure?: { attachments?: { attachmentId?: unknown; filename?: unknown }[] };
    };
    for (const a of m.contentStructure?.attachments ?? []) {
      if (typeof a?.attachmentId !== "string") continue;
      const name = attachmentFileName({ attachmentId: a.attachmentId, ...(typeof a.filename === "string" && { filename: a.filename }) });
      out.set(name, a.attachmentId);
    }
  } catch {
    // the verification reports the broken metadata
  }
  return out;
}

interface SetReport {
  readonly checks: SubmissionChecks | undefined;
  readonly valid: boolean;
}

async function verify(
  io: CliIo,
  values: Record<string, unknown>,
  positionals: readonly string[],
  usage: (why: string) => number,
): Promise<number> {
  if (positionals.length !== 1) return usage("verify takes one package folder");
  if (values.format !== undefined && values.format !== "text" && values.format !== "json") return usage("--format must be text or json");
  const dirArg = positionals[0] as string;
  const dir = resolve(io.cwd, dirArg);
  const rel = (name: string) => join(dirArg, name);
  const hasPlain = existsSync(join(dir, METADATA_FILE));
  const hasEncrypted = existsSync(join(dir, ENCRYPTED_DIR, "metadata.jwe"));
  if (!hasPlain && !hasEncrypted) {
    io.stderr(`fim-xoev submission: ${dirArg} holds neither ${METADATA_FILE} nor ${ENCRYPTED_DIR}/metadata.jwe\n`);
    return EXIT.usage;
  }
  if (typeof values.key === "string" && !hasEncrypted) return usage(`--key given, but ${dirArg} has no ${ENCRYPTED_DIR}/metadata.jwe`);
  const schemaFiles = (values.schema as string[] | undefined) ?? [];
  if (typeof values["schema-uri"] === "string" && schemaFiles.length !== 1) return usage("--schema-uri needs exactly one --schema");

  // the resolver over the given schemas
  const codeLists = typeof values.codelists === "string" ? values.codelists : undefined;
  const schemas: { schema: Stammdatenschema; formOptions: FormOptions }[] = [];
  for (const f of schemaFiles) {
    const loaded = await loadSchema(io, f, codeLists, values["unversioned-ids"] === true);
    if (typeof loaded === "number") return loaded;
    schemas.push(loaded);
  }
  let resolveSchema: SchemaResolver | undefined;
  if (schemas.length > 0) {
    const entries = schemas.map((s) => s.schema);
    const explicit =
      typeof values["schema-uri"] === "string" ? [{ schema: entries[0] as Stammdatenschema, schemaUri: values["schema-uri"] }] : [];
    resolveSchema = schemaResolver([...entries, ...explicit]);
  }
  const formOptions = schemas[0]?.formOptions ?? {};
  const options = { ...(resolveSchema !== undefined && { resolveSchema }), formOptions };

  const diagnostics: Diagnostic[] = [];
  const readBytes = async (name: string): Promise<Uint8Array | undefined> => {
    try {
      return await readFile(join(dir, name));
    } catch (e) {
      diagnostics.push(
        diagnostic({
          code: "io-error",
          params: { reason: e instanceof Error ? e.message : String(e) },
          severity: "error",
          stage: "input",
          path: "/",
          file: rel(name),
        }),
      );
      return undefined;
    }
  };

  // SHA512SUMS: the only protection metadata.json has on disk
  let checksums: CheckState = "skipped";
  if (existsSync(join(dir, CHECKSUMS_FILE))) {
    checksums = "passed";
    // Fatal decoding: a damaged SHA512SUMS is a finding, never text with U+FFFD in it.
    const decoded = safeDecodeBytes((await readBytes(CHECKSUMS_FILE)) ?? new Uint8Array(), "UTF-8", {
      source: "text",
      stage: "input",
      path: "/",
      file: rel(CHECKSUMS_FILE),
    });
    if (!decoded.success) {
      checksums = "failed";
      diagnostics.push(...decoded.diagnostics);
    }
    const text = decoded.data ?? "";
    const { entries, malformed } = parseSha512sums(text);
    for (const line of malformed) {
      checksums = "failed";
      diagnostics.push(
        diagnostic({
          code: "invalid-input",
          params: { issue: `line ${line} is not "<sha512 hex>  <file>"` },
          severity: "error",
          stage: "input",
          path: "/",
          file: rel(CHECKSUMS_FILE),
          location: { line },
        }),
      );
    }
    for (const [name, hex] of entries) {
      if (!existsSync(join(dir, name))) {
        checksums = "failed";
        diagnostics.push(
          diagnostic({
            code: "submission-part-missing",
            params: { part: rel(name) },
            severity: "error",
            stage: "input",
            path: "/",
            file: rel(name),
          }),
        );
        continue;
      }
      const bytes = await readBytes(name);
      if (bytes !== undefined && (await sha512Hex(bytes)) !== hex) {
        checksums = "failed";
        diagnostics.push(
          diagnostic({
            code: "submission-checksum-mismatch",
            params: { part: rel(name) },
            severity: "error",
            stage: "input",
            path: "/",
            file: rel(name),
          }),
        );
      }
    }
  } else {
    diagnostics.push(
      diagnostic({
        code: "submission-check-skipped",
        params: {
          check: CHECKSUMS_FILE,
          reason: `${dirArg} has no ${CHECKSUMS_FILE}, so changes to ${METADATA_FILE} itself cannot be found`,
        },
        severity: "warning",
        stage: "input",
        path: "/",
        file: rel(CHECKSUMS_FILE),
      }),
    );
  }

  // the plain set
  let plain: SetReport | undefined;
  if (hasPlain) {
    const metadataBytes = await readBytes(METADATA_FILE);
    const ids = attachmentIdsByName(metadataBytes);
    const dataNames = ["data.json", "data.xml"].filter((n) => existsSync(join(dir, n)));
    const attachments: SubmissionParts["attachments"][number][] = [];
    for (const f of filesIn(join(dir, ATTACHMENTS_DIR))) {
      const name = `${ATTACHMENTS_DIR}/${f}`;
      const bytes = await readBytes(name);
      if (bytes === undefined) continue;
      const id = ids.get(name);
      attachments.push({ name: rel(name), bytes, ...(id !== undefined && { attachmentId: id }) });
    }
    const [dataName, ...extraData] = dataNames;
    const dataBytes = dataName === undefined ? undefined : await readBytes(dataName);
    for (const extra of extraData) attachments.push({ name: rel(extra), bytes: new Uint8Array() }); // reported as unlisted
    const parts: SubmissionParts = {
      metadata: { name: rel(METADATA_FILE), bytes: metadataBytes ?? new Uint8Array() },
      ...(dataName !== undefined && dataBytes !== undefined && { data: { name: rel(dataName), bytes: dataBytes } }),
      attachments,
    };
    const r = await safeVerifySubmission(parts, { ...options, attachmentName: (e) => rel(attachmentFileName(e)) });
    diagnostics.push(...r.diagnostics);
    plain = { checks: r.data?.checks, valid: r.success };
  }

  // the encrypted set
  let encrypted: SetReport | undefined;
  if (hasEncrypted) {
    if (typeof values.key !== "string") {
      diagnostics.push(
        diagnostic({
          code: "submission-check-skipped",
          params: { check: `${ENCRYPTED_DIR}/`, reason: "no --key was given to decrypt it" },
          severity: "error",
          stage: "input",
          path: "/",
          file: rel(ENCRYPTED_DIR),
        }),
      );
      encrypted = { checks: undefined, valid: false };
    } else {
      const key = await readJwk(io, values.key);
      if (typeof key === "number") return key;
      const jwe = async (name: string) => (await readBytes(name)) ?? new Uint8Array();
      const attachmentFiles = filesIn(join(dir, ENCRYPTED_DIR, ATTACHMENTS_DIR));
      const set: ReceivedEncryptedSubmission = {
        metadata: { name: rel(`${ENCRYPTED_DIR}/metadata.jwe`), jwe: await jwe(`${ENCRYPTED_DIR}/metadata.jwe`) },
        ...(existsSync(join(dir, ENCRYPTED_DIR, "data.jwe")) && {
          data: { name: rel(`${ENCRYPTED_DIR}/data.jwe`), jwe: await jwe(`${ENCRYPTED_DIR}/data.jwe`) },
        }),
        attachments: await Promise.all(
          attachmentFiles.map(async (f) => ({
            name: rel(`${ENCRYPTED_DIR}/${ATTACHMENTS_DIR}/${f}`),
            jwe: await jwe(`${ENCRYPTED_DIR}/${ATTACHMENTS_DIR}/${f}`),
            ...(f.endsWith(".jwe") && { attachmentId: f.slice(0, -4) }),
          })),
        ),
      };
      const r = await safeOpenSubmission(set, key, {
        ...options,
        attachmentName: (e) => rel(`${ENCRYPTED_DIR}/${ATTACHMENTS_DIR}/${e.attachmentId}.jwe`),
      });
      if (!r.success && r.diagnostics.some((d) => d.code === "invalid-input" && d.path === "/" && d.file === undefined)) {
        printAll(io, r.diagnostics);
        return EXIT.usage; // the key itself is unusable
      }
      diagnostics.push(...r.diagnostics);
      encrypted = { checks: r.data?.checks, valid: r.success };
    }
  }

  const ioFailed = diagnostics.some((d) => d.code === "io-error");
  const valid =
    !ioFailed &&
    checksums !== "failed" &&
    (plain === undefined || plain.valid) &&
    (encrypted === undefined || encrypted.valid) &&
    !diagnostics.some((d) => d.severity === "error" || d.severity === "fatal");
  if (values.format === "json") {
    io.stdout(
      `${JSON.stringify({ dir: dirArg, valid, checksums, ...(plain !== undefined && { plain: plain.checks }), ...(encrypted !== undefined && { encrypted: encrypted.checks ?? null }), diagnostics }, null, 2)}\n`,
    );
  } else {
    printAll(io, diagnostics, values.quiet === true);
    if (values.quiet !== true) {
      const show = (c: SubmissionChecks | undefined) =>
        c === undefined ? "not checked" : `metadata ${c.metadata}, hashes ${c.hashes}, Fachdaten ${c.fachdaten}`;
      const lines = [`${CHECKSUMS_FILE} ${checksums}`];
      if (plain !== undefined) lines.push(`plain: ${show(plain.checks)}`);
      if (encrypted !== undefined) lines.push(`${ENCRYPTED_DIR}: ${show(encrypted.checks)}`);
      io.stdout(`${dirArg}: ${valid ? "valid" : "INVALID"} (${lines.join("; ")})\n`);
    }
  }
  if (ioFailed) return EXIT.usage;
  return valid ? EXIT.ok : EXIT.findings;
}

export const submissionCommand: CliCommand = async (argv, io) => {
  const parsed = parseCommand(
    "submission",
    SUBMISSION_USAGE,
    {
      schema: { type: "string", multiple: true },
      data: { type: "string" },
      attachment: { type: "string", multiple: true },
      purpose: { type: "string" },
      leika: { type: "string" },
      "service-name": { type: "string" },
      "schema-uri": { type: "string" },
      output: { type: "string", short: "o" },
      "encrypt-to": { type: "string" },
      key: { type: "string" },
      force: { type: "boolean" },
      format: { type: "string" },
      codelists: { type: "string" },
      "unversioned-ids": { type: "boolean" },
    },
    argv,
    io,
  );
  if (typeof parsed === "number") return parsed;
  const { values, positionals } = parsed;
  const [action, ...rest] = positionals;
  const usage = (why: string) => usageError(io, "submission", why);
  if (action === "create") return create(io, values, rest, usage);
  if (action === "verify") return verify(io, values, rest, usage);
  return usage(action === undefined ? "expected create or verify" : `unknown action '${action}' (create or verify)`);
};
