#!/usr/bin/env -S node --no-regexp-tier-up
// The built CLI is bundled into dist/bundle/ by the workspace's `prepare` step; this stub
// exists so that pnpm can link the bin before the build has run. It loads the bundle with the
// code cache the build made (see load-bundle.js). CommonJS, as the bundle is (this folder's
// package.json says so): an ES module here made Node load its ES module loader first.
//
// --no-regexp-tier-up: the phrase lists are a few large regular expressions, run on every note.
// By default V8 compiles each to bytecode, then again to machine code once it is hot; compiling
// once, straight to machine code, takes about 6% off a cold run over a folder of notes. It is
// given on the command line (package managers' bin shims pass it on): set from inside the
// process, after V8 has started, it crashed one run in fifty. The code cache is made under the
// same flags (scripts/code-cache.js reads them from this line).
'use strict';
const { join } = require('node:path');
const { loadBundle } = require('./load-bundle.js');

const { reportStdoutFailure, run } = loadBundle(join(__dirname, '../dist/bundle/cli.cjs')).exports;

let stdoutFailed = false;
process.stdout.on('error', (error) => {
  stdoutFailed = true;
  // A reader that has seen enough (`invite-lint . | head`) closes the pipe: stop writing, quietly.
  if (error.code === 'EPIPE') process.exit();
  // Anything else (a full disk) is the user's to fix: said in one line, and the run ends there.
  void reportStdoutFailure(error, process.argv.slice(2), process.env).then(() => process.exit(2));
});

run(process.argv.slice(2)).then((code) => {
  process.exitCode = code;
  // The run is over once what it wrote has left: the process ends then, not when the event loop
  // empties, which also waits for V8's background compiler to finish optimising code that will
  // not run again (10-20 ms after linting a note, 3% of a run). A failed write ends it above.
  setImmediate(function exitWhenWritten() {
    if (stdoutFailed) return;
    const writing = [process.stdout, process.stderr].find((stream) => stream.writableLength > 0);
    if (writing) writing.once('drain', exitWhenWritten);
    else process.exit(code);
  });
});
