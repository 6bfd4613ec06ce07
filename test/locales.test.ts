import { coreMessage } from '@invite-lint/core/internal';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { messageIds } from '../packages/cli/src/messages.js';
import { coreMessageIds } from '../packages/core/src/engine/core-messages.js';
import { messageIds as serverMessageIds } from '../packages/language-server/src/messages.js';
import { fixture, runCli } from './support/cli.js';

describe('every message exists in English and Spanish', () => {
  it('the engine', () => {
    expect(coreMessageIds.es).toEqual(coreMessageIds.en);
    expect(coreMessage('es', { id: 'degree', data: { value: '`4`' } })).toBe('`degree` debe ser 1, 2 o 3, no `4`.');
  });

  it('the CLI', () => {
    expect(messageIds.es).toEqual(messageIds.en);
  });

  it('the language server', () => {
    expect(serverMessageIds.es).toEqual(serverMessageIds.en);
  });
});

describe('the CLI speaks the locale', () => {
  const folder = fixture({
    'a.txt': '---\ndegree: 5\n---\nHi Sam, let us connect!\n',
    'b.txt': Buffer.from([0x00, 0x01]),
  });
  const spanish = [
    'a.txt',
    '  2:9  error  `degree` debe ser 1, 2 o 3, no `5`.',
    '  4:9  error  La nota no dice por qué quieres conectar con esta persona: menciona lo que tenéis en común o de qué quieres hablar (un evento, su publicación, un proyecto, una pregunta).  require-reason',
    '',
    'b.txt',
    '  1:1  error  Archivo binario, no una nota de texto: no se revisó.',
    '',
    '✖ 3 problemas (3 errores, 0 avisos)',
  ].join('\n');

  it('with --locale es', () => {
    expect(runCli(['--locale', 'es', '.'], { cwd: folder }).stdout.trim()).toBe(spanish);
  });

  it('from LANG, unless --locale says otherwise', () => {
    expect(runCli(['.'], { cwd: folder, env: { LANG: 'es_ES.UTF-8' } }).stdout.trim()).toBe(spanish);
    expect(runCli(['--locale', 'en', '.'], { cwd: folder, env: { LANG: 'es_ES.UTF-8' } }).stdout).toContain('✖ 3 problems (3 errors, 0 warnings)');
  });

  it("from the config's locale", () => {
    const configured = fixture({ 'invite-lint.config.yaml': 'locale: es\n', 'a.txt': 'Hi Sam, let us connect!\n' });
    expect(runCli(['.'], { cwd: configured }).stdout).toContain('✖ 1 problema (1 error, 0 avisos)');
  });

  it('in generate, for findings and the summary', () => {
    const csv = fixture({ 'c.csv': 'First Name,Company\nANA,Acme\n', 't.hbs': '---\ndegree: 3\n---\nHi {{firstName}}, I put together a teardown of 30 onboarding flows for {{default company "your team"}}; happy to send it over.\n' });
    const run = runCli(['generate', '--template', 't.hbs', '--csv', 'c.csv', '--locale', 'es'], { cwd: csv });
    expect(JSON.parse(run.stdout).findings[0].message).toBe('`firstName` está en mayúsculas en esta fila: escribe {{nameCase firstName}} en la plantilla para arreglarlo.');
    expect(run.stderr).toContain('invite-lint generate: 1 fila: 0 correctas, 1 con avisos, 0 con errores.');
  });
});

describe('help and explain speak Spanish', () => {
  const commands = [[], ['lint'], ['generate'], ['audit'], ['new'], ['explain', 'x'], ['init'], ['templates'], ['templates', 'show', 'x'], ['mcp']];

  it.each(commands)('%s --help under LANG=es, with Commander’s own words', (...command) => {
    const run = runCli([...command, '--help'], { env: { LANG: 'es_ES.UTF-8' } });
    expect(run.code).toBe(0);
    expect(run.stdout).toMatch(/^Uso: invite-lint/);
    expect(run.stdout).toContain('Opciones:');
    expect(run.stdout).toContain('muestra esta ayuda');
    expect(run.stdout).not.toMatch(/\b(Usage|Options|display help|output the version)\b/);
  });

  it('--locale es wins over the environment, and Commander’s errors are said in Spanish', () => {
    expect(runCli(['generate', '--help', '--locale', 'es']).stdout).toContain('una plantilla');
    const bad = runCli(['--degree', '5', 'x'], { env: { LANG: 'es_ES.UTF-8' } });
    expect([bad.code, bad.stderr]).toEqual([2, "error: el valor '5' de la opción '--degree <n>' no es válido: se esperaba 1, 2 o 3.\n"]);
    expect(runCli(['--formt', 'json'], { env: { LANG: 'es_ES.UTF-8' } }).stderr).toBe("error: opción desconocida '--formt'\n(¿quizá --format?)\n");
  });

  it('explain --locale es says what the rule says in Spanish, then its documentation', () => {
    const run = runCli(['explain', 'require-shared-contact', '--locale', 'es']);
    expect(run.code).toBe(0);
    expect(run.stdout).toMatch(/^require-shared-contact: error en recommended; corrección automática: no; sugerencias: sí\.\n\nLo que dice:\n {2}- Es un contacto de 2\.º grado/);
    expect(run.stdout).toContain('# require-shared-contact');
    expect(runCli(['explain', 'require-contxt', '--locale', 'es']).stderr).toContain('No hay ninguna regla "require-contxt" (¿quizá "require-context"?');
  });

  it('labels findings error and aviso in Spanish', () => {
    // 295 characters: within 10 of the limit, a warning.
    const folder = fixture({ 'n.txt': `Hi Priya, Tomás Ortega mentioned you are rebuilding the data platform at Finlo.${' We compared costs.'.repeat(12)}`.slice(0, 295) });
    const run = runCli(['n.txt', '--locale', 'es'], { cwd: folder });
    expect(run.stdout).toMatch(/ {2}aviso {2}/);
  });
});

describe('init speaks Spanish', () => {
  it('writes its messages and the config comments in Spanish, with locale: es', () => {
    const folder = fixture({});
    const run = runCli(['init', '--account', 'free'], { cwd: folder, env: { LANG: 'es_ES.UTF-8' } });
    expect(run.stdout).toBe('Escrito invite-lint.config.yaml (cuenta free, 200 caracteres). Ejecuta `invite-lint .` para revisar esta carpeta.\n');
    const config = readFileSync(join(folder, 'invite-lint.config.yaml'), 'utf8');
    expect(config).toMatch(/^# Configuración de invite-lint/);
    expect(config).toContain('\nlocale: es\n');
    expect(runCli(['init'], { cwd: folder, env: { LANG: 'es_ES.UTF-8' } }).stderr).toBe('invite-lint: invite-lint.config.yaml ya existe aquí: edítalo, o bórralo para empezar de nuevo.\n');
  });
});
