#!/usr/bin/env node
import { processIo, runCli } from "./main.ts";

runCli(process.argv.slice(2), processIo()).then(
  (code) => {
    process.exitCode = code;
  },
  (e: unknown) => {
    process.stderr.write(`fim-xoev: ${e instanceof Error ? e.stack : String(e)}\n`);
    process.exitCode = 2;
  },
);
