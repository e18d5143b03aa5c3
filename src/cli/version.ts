// The package version, baked into the bundle at build time (ncc inlines the JSON).
import pkg from '../../package.json' with { type: 'json' };

export const VERSION: string = pkg.version;
