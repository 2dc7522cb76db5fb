/** Types for electron-binary.mjs (used by the Electron Playwright spec). */
export declare function findElectronBinary(): string | null;
