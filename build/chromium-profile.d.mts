/** Types for chromium-profile.mjs (used by the e2e harness). */
export declare function prepareChromiumProfile(profileDir: string): void;
export declare const PRIVATE_CHROMIUM_SWITCHES: readonly string[];
