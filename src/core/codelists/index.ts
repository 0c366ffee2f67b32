export * from "./code.ts";
export * from "./xml.ts";
