/**
 * Default limits of the secure reader (`ReadOptions`), chosen with ample margin over every real file of the
 * shared corpus, the official XSDs and the fixtures (largest seen: depth 28, 8 attributes on one element,
 * 4 namespace declarations on one element, names of 47 characters, a text node of 841 636 characters).
 */
export const DEFAULT_READ_LIMITS = {
  maxDepth: 1000,
  maxTextLength: 10_000_000,
  maxInputLength: 256 * 1024 * 1024,
  maxAttributes: 1000,
  maxNameLength: 1000,
  maxNamespaceDeclarations: 100,
  maxDiagnostics: 1000,
} as const;
