export * from "./code.ts";
export * from "./genericode.ts";
export * from "./provider.ts";
export * from "./xml.ts";
export { checkGenericode, genericodeDescriptor, validateGenericode } from "./descriptor.ts";
