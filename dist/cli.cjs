#!/usr/bin/env node
// The drone-compose command. It runs the bundled CLI (cli-bundle.cjs), and the bundles it loads on first use
// (check.cjs), through V8 code caches made at build time (<bundle>.cache): start-up then skips parsing
// and compiling most of their code. A cache made by another Node.js version is rejected by V8 and the bundle is
// compiled as usual; nothing is written at run time.
'use strict';
const { readFileSync, writeFileSync } = require('node:fs');
const { dirname, join } = require('node:path');
const Module = require('node:module');
const vm = require('node:vm');

/** Scripts compiled in this run, for DRONE_COMPOSE_WRITE_CODE_CACHE. */
const compiled = new Map();

/** Runs one of the bundles beside this file as the CommonJS module `module`, from its code cache when it has one. */
function runBundle(module, file) {
  let cachedData;
  try {
    cachedData = readFileSync(`${file}.cache`);
  } catch {
    cachedData = undefined;
  }
  const script = new vm.Script(Module.wrap(readFileSync(file, 'utf8')), { filename: file, cachedData });
  compiled.set(file, script);
  const require = (id) => module.require(id);
  script.runInThisContext().call(module.exports, module.exports, require, module, file, dirname(file));
}

// The bundles are .cjs files beside this one; every other .cjs file loads as Node.js loads it.
const loadJs = Module._extensions['.js'];
Module._extensions['.cjs'] = function (module, file) {
  if (dirname(file) === __dirname && file !== __filename) return runBundle(module, file);
  return loadJs(module, file);
};

if (process.env.DRONE_COMPOSE_WRITE_CODE_CACHE) {
  // Used by scripts/build.mjs after representative runs, so that each cache holds the functions they compiled.
  process.on('exit', () => {
    for (const [file, script] of compiled) writeFileSync(`${file}.cache`, script.createCachedData());
  });
}

require(join(__dirname, 'cli-bundle.cjs'));
