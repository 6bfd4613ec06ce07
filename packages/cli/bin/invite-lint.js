#!/usr/bin/env node
// The built CLI is bundled into dist/bundle/ by the workspace's `prepare` step; this stub
// exists so that pnpm can link the bin before the build has run.
import { run } from '../dist/bundle/cli.js';

process.exitCode = await run(process.argv.slice(2));
