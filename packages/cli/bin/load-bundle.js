// @ts-check
// Loads a CommonJS bundle with the V8 code cache the build wrote beside it (`<bundle>.cache`,
// see scripts/code-cache.js): V8 then neither parses the bundle nor compiles the functions the
// cache holds, most of what starting a command costs. A cache V8 cannot use (made by another
// Node.js, or under other V8 flags) is set aside by V8 itself, and the bundle compiled as usual.
'use strict';
const { readFileSync } = require('node:fs');
const { createRequire } = require('node:module');
const { dirname } = require('node:path');
const { Script } = require('node:vm');

/**
 * The bundle's exports, and the script it ran as (to make a cache from).
 * @param {string} file
 * @returns {{ exports: any, script: Script }}
 */
function loadBundle(file) {
  // The build writes the bundle in ASCII (scripts/bundle.js), which Latin-1 reads as it is, with
  // no decoding: 0.5 ms for the CLI's bundle, where UTF-8 took 25 ms.
  const source = readFileSync(file, 'latin1');
  let cachedData;
  try {
    cachedData = readFileSync(`${file}.cache`);
  } catch {
    // No cache (a build that did not write one): the bundle is compiled from its source.
  }
  // Wrapped on the source's first line, as Node wraps a CommonJS module: stack traces keep the
  // bundle's line numbers. A script run from a cache has no import() of its own that Node 20
  // does not call experimental: the bundle's one dynamic import (a user's JavaScript config or
  // plugin) is this module's (scripts/bundle.js).
  const wrapped = `(function (exports, require, module, __filename, __dirname, importModule) {${source}\n})`;
  const script = new Script(wrapped, { filename: file, cachedData });
  const module = { exports: {} };
  /** @param {string} specifier */
  const importModule = (specifier) => import(specifier);
  script.runInThisContext()(module.exports, createRequire(file), module, file, dirname(file), importModule);
  return { exports: module.exports, script };
}

module.exports = { loadBundle };
