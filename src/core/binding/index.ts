export * from "./types.ts";
export * from "./read.ts";
export * from "./write.ts";
export * from "./check.ts";
export * from "./zod.ts";
