#!/usr/bin/env node
// The drone-compose command. It runs the bundled CLI (cli-bundle.cjs) through V8's code cache, made at build
// time (cli-bundle.cjs.cache): start-up then skips parsing and compiling most of the bundle. A cache made by
// another Node.js version is rejected by V8 and the bundle is compiled as usual; nothing is written at run time.
'use strict';
const { readFileSync } = require('node:fs');
const { join, dirname } = require('node:path');
const Module = require('node:module');
const vm = require('node:vm');

const file = join(__dirname, 'cli-bundle.cjs');
let cachedData;
try {
  cachedData = readFileSync(`${file}.cache`);
} catch {
  cachedData = undefined;
}
const script = new vm.Script(Module.wrap(readFileSync(file, 'utf8')), { filename: file, cachedData });
const bundle = new Module(file, module);
bundle.filename = file;
bundle.paths = Module._nodeModulePaths(dirname(file));
if (process.env.DRONE_COMPOSE_WRITE_CODE_CACHE) {
  // Used once by scripts/build.mjs, after a representative run, so that the cache holds the functions it compiled.
  process.on('exit', () => require('node:fs').writeFileSync(`${file}.cache`, script.createCachedData()));
}
script.runInThisContext().call(bundle.exports, bundle.exports, (id) => bundle.require(id), bundle, file, dirname(file));
