// What a browser may load of the package: no file system (the library itself is read at build
// time, with `loadLibrary` and `precompileTemplate`) and no template compiler.
export { helperSpecs } from './specs.js';
export { templateFromSpec, type TemplateSpec } from './precompiled.js';
export { sampleRow } from './sample-row.js';
export { MissingFieldError, type CompiledTemplate, type Row } from './environment.js';
