#!/usr/bin/env node
// The server is bundled into dist/bundle/ by the workspace's `prepare` step; this stub exists
// so that pnpm can link the bin before the build has run. `--stdio` is read by the server.
import '../dist/bundle/server.js';
