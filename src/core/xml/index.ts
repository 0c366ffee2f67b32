export * from "./cursor.ts";
export * from "./decode.ts";
export * from "./node.ts";
export * from "./path.ts";
export * from "./read.ts";
export * from "./write.ts";
