export * from "./build.ts";
export * from "./check.ts";
export * from "./define.ts";
export * from "./document.ts";
export * from "./read.ts";
export * from "./types.ts";
export * from "./write.ts";
export * from "./zod.ts";
