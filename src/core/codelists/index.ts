export * from "./code.ts";
export { checkGenericode, genericodeDescriptor, validateGenericode } from "./descriptor.ts";
export * from "./genericode.ts";
export * from "./provider.ts";
export * from "./xml.ts";
