import { readFileSync, readdirSync } from 'node:fs';
const { lint } = await import('@invite-lint/core/internal');
const D = readFileSync('/tmp/benchdir','utf8').trim();
const files = readdirSync(D).filter(f=>f.endsWith('.txt')).map(f=>readFileSync(`${D}/${f}`,'utf8'));
for (let r = 0; r < 3; r++) for (const f of files) lint(f, { filePath: 'n.txt' });
const t = performance.now();
for (let r = 0; r < 10; r++) for (const f of files) lint(f, { filePath: 'n.txt' });
console.log('per note ms', ((performance.now() - t) / 10000).toFixed(3));
