export { lintVerdict, type Verdict } from './select.js';
export { toDiagnostics, type DiagnosticData } from './diagnostics.js';
export { codeActions } from './actions.js';
