/** The source folder the bundles are built from (absolute, ends with a separator). */
export declare const SRC: string;
/** Where the bundle named `name` lives while the sources are unchanged; null when esbuild is not installed. */
export declare function bundlePath(name: string): string | null;
/** The up-to-date bundle named `name` when it exists, else null. */
export declare function cachedBundle(name: string): string | null;
/** Builds (or reuses) the bundle of `entry` named `name`; returns its path, or null when it cannot be built. */
export declare function buildBundle(entry: string, name: string, external: string[] | '*'): Promise<string | null>;
