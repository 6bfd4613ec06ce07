import { lint } from '@invite-lint/core';
import { readFileSync } from 'node:fs';
const lines = readFileSync(process.argv[2], 'utf8').trim().split('\n');
for (const line of lines) {
  const [lang, text] = line.split('|');
  const file = lint(text, { settings: { degree: 2, lang } });
  const fired = file.messages.filter((m) => m.ruleId === 'require-context' || m.ruleId === 'require-reason').map((m) => `${m.ruleId.replace('require-', '')}`).join(',');
  console.log((fired || 'clean').padEnd(16), '|', text);
}
