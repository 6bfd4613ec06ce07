import { environmentLocale } from '@invite-lint/core/internal';
import { usage } from './messages.js';

// What the command line asks for is settled before the server starts: vscode-languageserver,
// given no way to talk to an editor, throws with a stack trace.
const args = process.argv.slice(2);
const TRANSPORTS = ['--stdio', '--node-ipc', '--socket', '--pipe'];
const locale = environmentLocale(process.env);
if (args.includes('--help') || args.includes('-h')) {
  process.stdout.write(usage(locale));
} else if (!args.some((arg) => TRANSPORTS.includes(arg.split('=')[0] ?? arg))) {
  process.stderr.write(usage(locale));
  process.exitCode = 2;
} else {
  await import('./server.js');
}
