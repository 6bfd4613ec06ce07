#!/usr/bin/env node
// The built CLI is bundled into dist/bundle/ by the workspace's `prepare` step; this stub
// exists so that pnpm can link the bin before the build has run.
import { setFlagsFromString } from 'node:v8';

// The phrase lists are a few large regular expressions, run on every note. By default V8 first
// compiles each to bytecode, then again to machine code once it is hot: compiling once, straight
// to machine code, takes a twentieth off a cold run over a folder of notes (measured: `pnpm bench`).
setFlagsFromString('--no-regexp-tier-up');
const { run } = await import('../dist/bundle/cli.js');

// A reader that has seen enough (`invite-lint . | head`) closes the pipe: stop writing, quietly.
process.stdout.on('error', (error) => {
  if (error.code !== 'EPIPE') throw error;
  process.exit();
});

process.exitCode = await run(process.argv.slice(2));
