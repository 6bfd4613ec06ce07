import { relative, sep } from 'node:path';
import type { Formatter } from './types.js';

/**
 * SARIF 2.1.0, as GitHub code scanning reads it: the rules that fired with their help URIs,
 * and each problem with its region. Paths are relative to the run's folder (%SRCROOT%).
 */
export const sarif: Formatter = (results, { cwd, rules, version }) => {
  const used = [...new Set(results.flatMap((result) => result.messages.map((message) => message.ruleId)).filter((id): id is string => id !== null))];
  const driverRules = used.map((id) => {
    const rule = rules.find((known) => known.id === id);
    return { id, shortDescription: { text: rule?.description ?? id }, helpUri: rule?.url ?? 'https://github.com/invite-lint/invite-lint' };
  });
  const sarifResults = results.flatMap((result) => {
    const uri = (relative(cwd, result.filePath) || result.filePath).split(sep).join('/');
    return result.messages.map((message) => ({
      ...(message.ruleId ? { ruleId: message.ruleId, ruleIndex: used.indexOf(message.ruleId) } : {}),
      level: message.severity === 2 ? 'error' : 'warning',
      message: { text: message.message },
      locations: [
        {
          physicalLocation: {
            artifactLocation: { uri, uriBaseId: '%SRCROOT%' },
            region: {
              startLine: message.line,
              startColumn: message.column,
              ...(message.endLine !== undefined ? { endLine: message.endLine } : {}),
              ...(message.endColumn !== undefined ? { endColumn: message.endColumn } : {}),
            },
          },
        },
      ],
    }));
  });
  const log = {
    $schema: 'https://json.schemastore.org/sarif-2.1.0.json',
    version: '2.1.0',
    runs: [
      {
        tool: { driver: { name: 'invite-lint', informationUri: 'https://github.com/invite-lint/invite-lint', version, rules: driverRules } },
        originalUriBaseIds: { '%SRCROOT%': { uri: `file://${cwd.split(sep).join('/').replace(/\/?$/, '/')}` } },
        results: sarifResults,
      },
    ],
  };
  return `${JSON.stringify(log, null, 2)}\n`;
};
