export { caseName, helperImplementations } from './helpers.js';
export { helperSpecs } from './specs.js';
export { compileTemplate, MissingFieldError, precompileTemplate, TemplateSyntaxError, type CompiledTemplate, type Row } from './render.js';
export {
  findTemplate,
  libraryFolder,
  loadLibrary,
  renderSample,
  resolveTemplate,
  sampleRow,
  SCENARIOS,
  type LibraryTemplate,
  type Scenario,
} from './library.js';
export { scenarioSamples } from './docs.js';
