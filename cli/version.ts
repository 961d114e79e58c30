declare const __QUALIA_VERSION__: string | undefined;

/** Set by scripts/build.mjs from package.json; "dev" when running from source. */
export const version: string = typeof __QUALIA_VERSION__ !== 'undefined' ? __QUALIA_VERSION__ : 'dev';
