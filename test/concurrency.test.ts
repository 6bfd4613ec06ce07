import { cpSync, mkdtempSync, writeFileSync, mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { builtCli, fixture, root, runCli } from './support/cli.js';

const bodies = [
  "I'd like to add you to my professional network on LinkedIn.",
  'Tomás Ortega mentioned you are rebuilding the data platform at Finlo. I led a similar migration last year.',
  'let us connect!',
  'we met at Web Summit after your talk on pricing pages. I would love to keep the conversation going.',
  'Hi [Name], I saw your post.',
];

/** `count` notes in four folders, each note's text and degree its own. */
function notes(count: number): Record<string, string> {
  const files: Record<string, string> = {};
  for (let index = 0; index < count; index++) {
    files[`folder-${index % 4}/note-${String(index).padStart(4, '0')}.txt`] = `---\ndegree: ${(index % 3) + 1}\n---\nHi Ana, ${bodies[index % bodies.length]} (#${index})\n`;
  }
  return files;
}

const sarifRules = (stdout: string) => (JSON.parse(stdout) as { runs: { tool: { driver: { rules: { id: string }[] } } }[] }).runs[0]?.tool.driver.rules.map((rule) => rule.id);

describe('--concurrency: a large run linted by several threads reads as one', () => {
  const folder = fixture({ ...notes(300), 'folder-2/invite-lint.config.json': JSON.stringify({ account: 'free', rules: { 'require-reason': 'warn' } }) });

  it('gives the same results, in the same order, with the same exit code, as one thread', () => {
    const alone = runCli(['--concurrency', 'off', '--format', 'json', '.'], { cwd: folder });
    expect(alone.code).toBe(1);
    expect(JSON.parse(alone.stdout)).toHaveLength(300);
    for (const concurrency of ['auto', '2', '4']) {
      const shared = runCli(['--concurrency', concurrency, '--format', 'json', '.'], { cwd: folder });
      expect({ concurrency, code: shared.code, stderr: shared.stderr }).toEqual({ concurrency, code: 1, stderr: '' });
      expect(shared.stdout === alone.stdout, concurrency).toBe(true);
    }
  });

  it('stops with exit 2 and the same message when a config a worker reads is broken', () => {
    const broken = fixture({ ...notes(300), 'folder-3/invite-lint.config.json': '{ "rules": { "require-reason": "loud" } }' });
    const alone = runCli(['--concurrency', 'off', '.'], { cwd: broken });
    expect(alone.code).toBe(2);
    expect(alone.stderr).toContain('require-reason');
    expect(runCli(['--concurrency', '3', '.'], { cwd: broken })).toMatchObject({ code: 2, stderr: alone.stderr });
  });

  it("lists the plugin rules the workers' configs loaded", () => {
    const project = mkdtempSync(join(tmpdir(), 'invite-lint-plugin-'));
    cpSync(join(root, 'examples/plugin'), project, { recursive: true });
    mkdirSync(join(project, 'many'));
    for (const [path, text] of Object.entries(notes(300))) writeFileSync(join(project, 'many', path.replace('/', '-')), `${text.trimEnd()} 🚀\n`);
    const lint = (concurrency: string) => runCli(['--concurrency', concurrency, '--format', 'sarif', 'many'], { cwd: project, command: builtCli });
    const alone = lint('off');
    expect(sarifRules(alone.stdout)).toContain('house/no-emoji');
    expect(sarifRules(lint('3').stdout)).toEqual(sarifRules(alone.stdout));
  });

  it('refuses a count that is not one', () => {
    const run = runCli(['--concurrency', '0', '.'], { cwd: folder });
    expect(run.code).toBe(2);
    expect(run.stderr).toBe("error: option '--concurrency <n>' argument '0' is invalid. expected auto, off or a number above 0.\n");
  });
});
