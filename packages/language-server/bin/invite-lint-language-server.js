#!/usr/bin/env -S node --no-regexp-tier-up
// The server is bundled into dist/bundle/ by the workspace's `prepare` step; this stub exists
// so that pnpm can link the bin before the build has run. `--stdio` is read by the server.
//
// --no-regexp-tier-up: see the CLI's stub. A server lints all day, and V8 drops the machine code
// of regular expressions not run lately; by default each comes back as bytecode first, so the
// phrase lists keep running slower than they should (a quarter more time per note, measured).
// CommonJS, as the CLI's stub is (this folder's package.json says so: the published package
// keeps both stubs in one folder); the server itself is an ES module.
import('../dist/bundle/server.js');
