/** The evidence texts of reconstructed names in the XZuFi bindings. */

/** The evidence text of a name taken from the FIM Portal's JSON rendering. */
export const JSON_ = (snake: string): string => `[JSON] FIM Portal \`${snake}\``;
