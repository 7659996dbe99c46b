#!/usr/bin/env node
// The drone-compose command. It runs the bundled CLI (cli-bundle.cjs), and the bundles it loads on first use
// (check.cjs for diffs, later.cjs for Drone 0.5-0.8 and 1.x files, kube.cjs for the Kubernetes target), through
// V8 code caches (<bundle>.cache): start-up then skips parsing and compiling most of their code. The caches are
// made by warm-cache.cjs, when the package is installed (its postinstall, with the Node.js that installed it) and
// at build time. A missing cache, or one made by another Node.js build, which V8 rejects, only means the bundle is
// compiled as usual. Nothing is written at run time: only a run started with DRONE_COMPOSE_WRITE_CODE_CACHE, which
// warm-cache.cjs uses, writes caches.
'use strict';
const fs = require('node:fs');
const path = require('node:path');
const { closeSync, fstatSync, openSync, readFileSync, readSync, renameSync, rmSync, writeFileSync } = fs;
const { dirname, join } = path;
// The module system's class, from this module: require('node:module') would load that public module, and the ES
// module loader and source-map code it requires (about 1M instructions at every start).
const Module = module.constructor;
const vm = require('node:vm');

/** Scripts compiled in this run, for DRONE_COMPOSE_WRITE_CODE_CACHE. */
const compiled = new Map();

/**
 * A run that writes caches reads none: a cache holds every function compiled when it is made, those taken from
 * an older cache included, so reading one would carry what earlier runs needed into the new cache.
 */
const writeCaches = Boolean(process.env.DRONE_COMPOSE_WRITE_CODE_CACHE);

/**
 * Built-in modules the bundles require as they start, handed over as this file has them: Node.js gives every
 * require of a built-in module the same object, but a bundle's require() would go through the module loader.
 */
const BUILTINS = new Map([
  ['node:fs', fs],
  ['node:path', path],
]);

/** A file's bytes, read with the calls the bundle reads files with (readFileSync would compile its own). */
function readWhole(file) {
  const fd = openSync(file, 'r');
  try {
    const size = fstatSync(fd).size;
    const bytes = Buffer.alloc(size);
    let got = 0;
    while (got < size) {
      const n = readSync(fd, bytes, got, size - got, null);
      if (n === 0) break;
      got += n;
    }
    return got === size ? bytes : bytes.subarray(0, got);
  } finally {
    closeSync(fd);
  }
}

/** Runs one of the bundles beside this file as the CommonJS module `module`, from its code cache when it has one. */
function runBundle(module, file) {
  let cachedData;
  try {
    cachedData = writeCaches ? undefined : readWhole(`${file}.cache`);
  } catch {
    cachedData = undefined;
  }
  // The bundle's text is a function expression with the module wrapper's parameters (scripts/build.mjs).
  const script = new vm.Script(readFileSync(file, 'utf8'), { filename: file, cachedData });
  compiled.set(file, script);
  const require = (id) => BUILTINS.get(id) ?? module.require(id);
  script.runInThisContext().call(module.exports, module.exports, require, module, file, dirname(file));
}

// The bundles are the .cjs files beside this one but this file and warm-cache.cjs (the rule of bundlesIn in
// warm-cache.cjs, not required here to keep start-up to one file); every other .cjs file loads as Node.js loads it.
const notBundles = [__filename, join(__dirname, 'warm-cache.cjs')];
const loadJs = Module._extensions['.js'];
Module._extensions['.cjs'] = function (module, file) {
  if (dirname(file) === __dirname && !notBundles.includes(file)) return runBundle(module, file);
  return loadJs(module, file);
};

if (writeCaches) {
  // Used by warm-cache.cjs in representative runs, so that each cache holds the functions they compiled. Each
  // cache is written under a temporary name and renamed: a reader sees the old cache or the new one, never part.
  process.on('exit', () => {
    for (const [file, script] of compiled) {
      const temp = `${file}.cache.${process.pid}.tmp`;
      try {
        writeFileSync(temp, script.createCachedData());
        renameSync(temp, `${file}.cache`);
      } catch {
        try {
          rmSync(temp, { force: true });
        } catch {
          // Nothing more can be done; the command's own exit code stands.
        }
      }
    }
  });
}

// The start-up bundle, run as the module require() would make of it, without the lookup require() does first
// (resolving the path, reading the package.json above it, checking for a self-reference): Node.js compiles that
// code lazily at every start, for a path known here. The bundle is in the module cache, as if required.
const main = new Module(join(__dirname, 'cli-bundle.cjs'), module);
main.filename = main.id;
main.paths = module.paths;
Module._cache[main.filename] = main;
runBundle(main, main.filename);
main.loaded = true;
