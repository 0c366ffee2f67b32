export * from "./catalog.ts";
export * from "./doctype.ts";
export * from "./schemas.ts";
export * from "./xsd.ts";
