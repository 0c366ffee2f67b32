export * from "./code.ts";
export * from "./xml.ts";
export * from "./genericode.ts";
export * from "./provider.ts";
