// @ts-check
// `pnpm bench`: every benchmark, one after the other (two cores: never in parallel).
await import('./lint.js');
await import('./generate.js');
await import('./audit.js');
await import('./language-server.js');
