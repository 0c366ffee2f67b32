export * from "./node.ts";
export * from "./path.ts";
export * from "./read.ts";
export * from "./write.ts";
export * from "./cursor.ts";
