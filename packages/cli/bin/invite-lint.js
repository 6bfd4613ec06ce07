#!/usr/bin/env -S node --no-regexp-tier-up
// The built CLI is bundled into dist/bundle/ by the workspace's `prepare` step; this stub
// exists so that pnpm can link the bin before the build has run.
//
// --no-regexp-tier-up: the phrase lists are a few large regular expressions, run on every note.
// By default V8 compiles each to bytecode, then again to machine code once it is hot; compiling
// once, straight to machine code, takes about 6% off a cold run over a folder of notes. It is
// given on the command line (package managers' bin shims pass it on): set from inside the
// process, after V8 has started, it crashed one run in fifty.
import { run } from '../dist/bundle/cli.js';

// A reader that has seen enough (`invite-lint . | head`) closes the pipe: stop writing, quietly.
process.stdout.on('error', (error) => {
  if (error.code !== 'EPIPE') throw error;
  process.exit();
});

process.exitCode = await run(process.argv.slice(2));
