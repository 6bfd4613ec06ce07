#!/usr/bin/env node
// The built CLI lives in dist/ (made by the workspace's `prepare` step); this stub exists so
// that pnpm can link the bin before the build has run.
import { run } from '../dist/main.js';

process.exitCode = await run(process.argv.slice(2));
