(function (exports, require, module, __filename, __dirname) {
"use strict";
var __defProp = Object.defineProperty;
var __getOwnPropDesc = Object.getOwnPropertyDescriptor;
var __getOwnPropNames = Object.getOwnPropertyNames;
var __hasOwnProp = Object.prototype.hasOwnProperty;
var __export = (target, all2) => {
  for (var name in all2)
    __defProp(target, name, { get: all2[name], enumerable: true });
};
var __copyProps = (to, from, except, desc) => {
  if (from && typeof from === "object" || typeof from === "function") {
    for (let key of __getOwnPropNames(from))
      if (!__hasOwnProp.call(to, key) && key !== except)
        __defProp(to, key, { get: () => from[key], enumerable: !(desc = __getOwnPropDesc(from, key)) || desc.enumerable });
  }
  return to;
};
var __toCommonJS = (mod) => __copyProps(__defProp({}, "__esModule", { value: true }), mod);

// src/dialects/later.ts
var later_exports = {};
__export(later_exports, {
  compileDrone08: () => compileDrone08,
  compileDrone1: () => compileDrone1
});
module.exports = __toCommonJS(later_exports);

// src/dialects/drone1/compile.ts
var import_node_path = require("node:path");

// src/diagnostics.ts
function show(value, max = 60) {
  const cut = value.length > max ? `${value.slice(0, max)}\u2026` : value;
  return "`" + JSON.stringify(cut).slice(1, -1).replace(/`/g, "\\`") + "`";
}

// src/dialects/describe.ts
function isMap(v) {
  return v !== null && typeof v === "object" && !Array.isArray(v);
}
function kindOf(v) {
  if (v === null) return "empty";
  if (Array.isArray(v)) return "a list";
  if (typeof v === "object") return "a mapping";
  if (typeof v === "string") return "a string";
  if (typeof v === "number") return "a number";
  return typeof v === "boolean" ? "true or false" : typeof v;
}

// src/parse/model.ts
var DEFAULT_LIMITS = { maxBytes: 10 * 1024 * 1024, maxNodes: 1e6, maxDepth: 64 };
function pointerKey(key) {
  if (key.indexOf("~") === -1 && key.indexOf("/") === -1) return key;
  return key.replace(/~/g, "~0").replace(/\//g, "~1");
}

// src/suggest.ts
function suggest(word, candidates) {
  const w = word.toLowerCase();
  let best;
  let bestDistance = Math.max(1, Math.min(3, Math.floor(w.length / 3)));
  for (const c of candidates) {
    const d = distance(w, c.toLowerCase());
    if (d <= bestDistance && (best === void 0 || d < bestDistance)) {
      best = c;
      bestDistance = d;
    }
  }
  return best;
}
function distance(a, b) {
  if (Math.abs(a.length - b.length) > 3) return 99;
  const d = [];
  for (let i = 0; i <= a.length; i++) d.push([i]);
  for (let j = 1; j <= b.length; j++) d[0][j] = j;
  for (let i = 1; i <= a.length; i++) {
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let v = Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1, d[i - 1][j - 1] + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) v = Math.min(v, d[i - 2][j - 2] + 1);
      d[i][j] = v;
    }
  }
  return d[a.length][b.length];
}

// src/lower/values.ts
var RESERVED_PREFIX = "dc_";
function isShellVariable(name) {
  return SHELL_VARIABLES.has(name) || name.startsWith("BASH_");
}
var SHELL_VARIABLES = /* @__PURE__ */ new Set([
  "_",
  "IFS",
  "PPID",
  "LINENO",
  "RANDOM",
  "SRANDOM",
  "SECONDS",
  "PWD",
  "OLDPWD",
  "OPTIND",
  "OPTARG",
  "PS1",
  "PS2",
  "PS4",
  "SHLVL",
  "BASH",
  "BASHPID",
  "FUNCNAME",
  "HISTCMD",
  "EPOCHREALTIME",
  "EPOCHSECONDS",
  "UID",
  "EUID",
  "GROUPS",
  "HOSTNAME",
  "HOSTTYPE",
  "MACHTYPE",
  "OSTYPE",
  "PIPESTATUS"
]);
function flatten(value, placeholder) {
  return value.map((p) => typeof p === "string" ? p : placeholder(p.env, p)).join("");
}
function isLiteral(value) {
  return value.every((p) => typeof p === "string");
}
function concat(...values) {
  return concatAll(values);
}
function concatAll(values) {
  const out = [];
  for (const v of values) {
    for (const p of v) {
      const last = out[out.length - 1];
      if (typeof p === "string" && typeof last === "string") out[out.length - 1] = last + p;
      else if (p !== "" || v.length === 1) out.push(p);
    }
  }
  const cleaned = out.filter((p, i) => p !== "" || out.length === 1 && i === 0);
  return cleaned.length === 0 ? [""] : cleaned;
}
var LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;
function uncarriable(text) {
  if (text.indexOf("\0") !== -1) return "a NUL character, which no process argument or environment value can carry";
  if (LONE_SURROGATE.test(text)) return "half of a UTF-16 surrogate pair (an escape such as \\uD800), which no UTF-8 file can carry";
  return void 0;
}

// src/dialects/drone1/model.ts
var Reader = class {
  constructor(file, diags) {
    this.file = file;
    this.diags = diags;
  }
  file;
  diags;
  valueSpan(ptr) {
    for (let p = ptr; ; p = p.slice(0, Math.max(0, p.lastIndexOf("/")))) {
      const loc = this.file.locs.get(p);
      if (loc) return loc.value;
      if (p === "") return [0, 0];
    }
  }
  keySpan(ptr) {
    const loc = this.file.locs.get(ptr);
    return loc?.key ?? this.valueSpan(ptr);
  }
  /** The entries of a mapping in source order, with their pointers. */
  entries(ptr, obj) {
    return this.file.keys(obj).map((key) => ({ key, ptr: `${ptr}/${pointerKey(key)}`, value: obj[key] }));
  }
  isMap(v) {
    return v !== null && typeof v === "object" && !Array.isArray(v);
  }
  /** A mapping, or undefined (null is an empty mapping); anything else is a type error. */
  map(ptr, v, what) {
    if (v === void 0) return void 0;
    if (v === null) return {};
    if (this.isMap(v)) return v;
    this.typeError(ptr, v, what, "a mapping");
    return void 0;
  }
  /** A scalar as text as written (`yes` stays `yes`, `0.8` stays `0.8`); a collection is a type error. */
  str(ptr, v, what) {
    if (v === void 0 || v === null) return void 0;
    if (typeof v === "object") {
      this.typeError(ptr, v, what, "a string");
      return void 0;
    }
    const loc = this.file.locs.get(ptr);
    const text = typeof v === "string" ? v : loc?.raw ?? String(v);
    const bad = uncarriable(text);
    if (bad) {
      this.diags.error("invalid-character", `${what} contains ${bad}`, this.valueSpan(ptr));
      return void 0;
    }
    return this.located(ptr, text);
  }
  bool(ptr, v, what) {
    if (v === void 0 || v === null) return void 0;
    if (typeof v !== "boolean") {
      this.typeError(ptr, v, what, "true or false");
      return void 0;
    }
    return this.located(ptr, v);
  }
  /** A list of scalars, or one scalar as a list of one; null items are dropped. */
  list(ptr, v, what) {
    if (v === void 0 || v === null) return [];
    if (!Array.isArray(v)) {
      const one = this.str(ptr, v, what);
      return one ? [one] : [];
    }
    const out = [];
    v.forEach((item, i) => {
      if (item === null || item === void 0) return;
      const s = this.str(`${ptr}/${i}`, item, `an item of ${what}`);
      if (s) out.push(s);
    });
    return out;
  }
  /** A list of words, or one string (the caller splits it). */
  words(ptr, v, what) {
    if (v === void 0 || v === null) return void 0;
    if (Array.isArray(v)) return this.list(ptr, v, what);
    return this.str(ptr, v, what);
  }
  located(ptr, value) {
    const loc = this.file.locs.get(ptr);
    const span = loc?.value ?? this.valueSpan(ptr);
    return loc?.key ? { value, span, key: loc.key } : { value, span };
  }
  typeError(ptr, v, what, expected) {
    this.diags.error("invalid-type", `${what} must be ${expected}, not ${kindOf(v)}`, this.valueSpan(ptr));
  }
  /** Warns about keys not in `known`, with a did-you-mean; with `onlyWhenClose`, only about near misses of a known key. */
  unknownKeys(ptr, obj, known, where, onlyWhenClose = false) {
    for (const key of this.file.keys(obj)) {
      if (known.includes(key)) continue;
      const meant = suggest(key, known);
      if (onlyWhenClose && !meant) continue;
      this.diags.warning("unknown-key", `unknown key ${show(key)} in ${where}; it is ignored`, this.keySpan(`${ptr}/${pointerKey(key)}`), meant ? `did you mean \`${meant}\`?` : `known keys: ${known.join(", ")}`);
    }
  }
  /** The key span of every key of a mapping. */
  keySpans(ptr, obj) {
    const spans = /* @__PURE__ */ Object.create(null);
    for (const key of this.file.keys(obj)) spans[key] = this.keySpan(`${ptr}/${pointerKey(key)}`);
    return spans;
  }
};
function readEnvironment(r, ptr, v, what) {
  const out = [];
  if (v === void 0 || v === null) return out;
  if (Array.isArray(v)) {
    for (const item of r.list(ptr, v, what)) {
      const eq = item.value.indexOf("=");
      if (eq <= 0) {
        r.diags.error("invalid-environment", `the environment entry ${show(item.value)} of ${what} has no name or no \`=\``, item.span, "write NAME=value");
        continue;
      }
      out.push({ name: { value: item.value.slice(0, eq), span: item.span }, value: { value: item.value.slice(eq + 1), span: item.span } });
    }
    return out;
  }
  const obj = r.map(ptr, v, what);
  if (!obj) return out;
  for (const e of r.entries(ptr, obj)) {
    const name = { value: e.key, span: r.keySpan(e.ptr) };
    if (r.isMap(e.value)) {
      const secret = r.str(`${e.ptr}/from_secret`, e.value["from_secret"], `\`from_secret\` of \`${e.key}\``);
      r.unknownKeys(e.ptr, e.value, ["from_secret"], `\`${e.key}\` of ${what}`);
      if (secret) out.push({ name, secret });
      else if (e.value["from_secret"] === void 0) r.diags.error("invalid-type", `\`${e.key}\` of ${what} must be a value or {from_secret: NAME}`, r.valueSpan(e.ptr));
      continue;
    }
    if (e.value === null) {
      out.push({ name, value: { value: "", span: name.span } });
      continue;
    }
    const value = r.str(e.ptr, e.value, `\`${e.key}\` of ${what}`);
    if (value) out.push({ name, value });
  }
  return out;
}

// src/dialects/drone1/container.ts
var DRONE1_CONTAINER_KEYS = [
  "name",
  "image",
  "commands",
  "command",
  "entrypoint",
  "environment",
  "pull",
  "privileged",
  "volumes",
  "working_dir",
  "user",
  "shm_size",
  "dns",
  "dns_search",
  "extra_hosts",
  "network_mode",
  "devices",
  "detach",
  "depends_on",
  "when",
  "settings",
  "failure",
  "ports"
];
var DRONE08_CONTAINER_KEYS = [
  "image",
  "pull",
  "privileged",
  "environment",
  "commands",
  "command",
  "entrypoint",
  "volumes",
  "devices",
  "dns",
  "dns_search",
  "extra_hosts",
  "network_mode",
  "networks",
  "secrets",
  "when",
  "detach",
  "group",
  "shm_size",
  "mem_limit",
  "memswap_limit",
  "cpu_quota",
  "cpu_shares",
  "cpuset",
  "labels",
  "tmpfs",
  "ports",
  "working_dir",
  "user"
];
var UNCARRIED = ["working_dir", "user", "shm_size", "mem_limit", "memswap_limit", "cpu_quota", "cpu_shares", "cpuset", "labels", "tmpfs", "networks"];
var PULL = { always: true, never: false, "if-not-exists": false, default: false };
function decodeContainer(r, input) {
  const { ptr, data: d, kind, format } = input;
  const label = `${kind} \`${input.name.value}\``;
  const at = (k) => `${ptr}/${k}`;
  const known = format === "1" ? DRONE1_CONTAINER_KEYS : DRONE08_CONTAINER_KEYS;
  r.unknownKeys(ptr, d, known, label, format === "0.8");
  let pull;
  if (format === "1" && d["pull"] !== void 0 && d["pull"] !== null) {
    const p = r.str(at("pull"), d["pull"], `\`pull\` of ${label}`);
    if (p && PULL[p.value] === void 0) {
      r.diags.error("invalid-type", `\`pull\` of ${label} is ${show(p.value)}`, p.span, "write always, never or if-not-exists");
    } else if (p) pull = { value: PULL[p.value], span: p.span, ...p.key ? { key: p.key } : {} };
  } else {
    pull = r.bool(at("pull"), d["pull"], `\`pull\` of ${label}`);
  }
  const environment = readEnvironment(r, at("environment"), d["environment"], `the environment of ${label}`);
  if (format === "0.8") environment.push(...secrets08(r, at("secrets"), d["secrets"], label));
  const commands = "commands" in d ? r.list(at("commands"), d["commands"], `\`commands\` of ${label}`) : void 0;
  const ports = r.list(at("ports"), d["ports"], `\`ports\` of ${label}`);
  const when = d["when"] !== void 0 && d["when"] !== null ? r.keySpan(at("when")) : void 0;
  const failure = format === "1" ? r.str(at("failure"), d["failure"], `\`failure\` of ${label}`) : void 0;
  if (format === "1") {
    r.map(at("settings"), d["settings"], `\`settings\` of ${label}`);
    r.map(at("when"), d["when"], `\`when\` of ${label}`);
  }
  const uncarried = [];
  for (const k of UNCARRIED) if (d[k] !== void 0 && d[k] !== null) uncarried.push({ value: k, span: r.keySpan(at(k)) });
  if (failure && failure.value === "ignore") uncarried.push({ value: "failure", span: failure.key ?? failure.span });
  const networkMode = r.str(at("network_mode"), d["network_mode"], `\`network_mode\` of ${label}`);
  const privileged = r.bool(at("privileged"), d["privileged"], `\`privileged\` of ${label}`);
  const detach = r.bool(at("detach"), d["detach"], `\`detach\` of ${label}`);
  const image = r.str(at("image"), d["image"], `\`image\` of ${label}`);
  const entrypoint = r.words(at("entrypoint"), d["entrypoint"], `\`entrypoint\` of ${label}`);
  const command = r.words(at("command"), d["command"], `\`command\` of ${label}`);
  const plugin = kind === "step" && commands === void 0 && detach?.value !== true;
  return {
    kind,
    name: input.name,
    span: input.span,
    label,
    ...image ? { image } : {},
    ...commands ? { commands } : {},
    ...entrypoint ? { entrypoint } : {},
    ...command ? { command } : {},
    environment,
    ...pull ? { pull } : {},
    ...privileged ? { privileged } : {},
    volumes: volumes(r, at("volumes"), d["volumes"], `\`volumes\` of ${label}`, format),
    devices: volumes(r, at("devices"), d["devices"], `\`devices\` of ${label}`, format),
    dns: r.list(at("dns"), d["dns"], `\`dns\` of ${label}`),
    dnsSearch: r.list(at("dns_search"), d["dns_search"], `\`dns_search\` of ${label}`),
    extraHosts: r.list(at("extra_hosts"), d["extra_hosts"], `\`extra_hosts\` of ${label}`),
    ...networkMode ? { networkMode } : {},
    ...detach ? { detach } : {},
    dependsOn: r.list(at("depends_on"), d["depends_on"], `\`depends_on\` of ${label}`),
    ports,
    ...when ? { when } : {},
    plugin,
    uncarried,
    at: r.keySpans(ptr, d)
  };
}
function volumes(r, ptr, v, what, format) {
  if (v === void 0 || v === null) return [];
  if (format === "0.8") return r.list(ptr, v, what).map((spec) => ({ spec }));
  if (!Array.isArray(v)) {
    r.typeError(ptr, v, what, "a list of {name, path}");
    return [];
  }
  const out = [];
  v.forEach((item, i) => {
    const p = `${ptr}/${i}`;
    if (item === null) return;
    const m = r.map(p, item, `an item of ${what}`);
    if (!m) return;
    r.unknownKeys(p, m, ["name", "path"], `an item of ${what}`);
    const name = r.str(`${p}/name`, m["name"], `\`name\` of an item of ${what}`);
    const path = r.str(`${p}/path`, m["path"], `\`path\` of an item of ${what}`);
    if (!name || !path) {
      r.diags.error("invalid-volume", `an item of ${what} needs both name and path`, r.valueSpan(p), "write - name: VOLUME and path: /in/the/container");
      return;
    }
    out.push({ name, path, span: r.valueSpan(p) });
  });
  return out;
}
function secrets08(r, ptr, v, label) {
  if (v === void 0 || v === null) return [];
  if (!Array.isArray(v)) {
    r.typeError(ptr, v, `\`secrets\` of ${label}`, "a list");
    return [];
  }
  const out = [];
  v.forEach((item, i) => {
    const p = `${ptr}/${i}`;
    if (item === null) return;
    if (r.isMap(item)) {
      r.unknownKeys(p, item, ["source", "target"], `a secret of ${label}`);
      const source = r.str(`${p}/source`, item["source"], `\`source\` of a secret of ${label}`);
      const target = r.str(`${p}/target`, item["target"], `\`target\` of a secret of ${label}`) ?? source;
      if (!source || !target) {
        r.diags.error("invalid-secret", `a secret of ${label} needs a source`, r.valueSpan(p), "write - source: NAME and target: NAME");
        return;
      }
      out.push({ name: { value: target.value.toUpperCase(), span: target.span }, secret: source });
      return;
    }
    const s = r.str(p, item, `a secret of ${label}`);
    if (s) out.push({ name: { value: s.value.toUpperCase(), span: s.span }, secret: s });
  });
  return out;
}

// src/ir.ts
var HOLDER_NAME = "holder";

// src/lower/image.ts
var code = (s, i) => s.charCodeAt(i);
var isDigit = (c) => c >= 48 && c <= 57;
var isLower = (c) => c >= 97 && c <= 122;
var isUpper = (c) => c >= 65 && c <= 90;
var isLowerAlnum = (c) => isLower(c) || isDigit(c);
var isAlnum = (c) => isLowerAlnum(c) || isUpper(c);
var isHex = (c) => isDigit(c) || c >= 97 && c <= 102 || c >= 65 && c <= 70;
var isWord = (c) => isAlnum(c) || c === 95;
var DOT = 46;
var DASH = 45;
var UNDERSCORE = 95;
var COLON = 58;
function all(s, from, to, test) {
  for (let i = from; i < to; i++) if (!test(code(s, i))) return false;
  return true;
}
function isDomainComponent(s) {
  return s.length > 0 && isAlnum(code(s, 0)) && isAlnum(code(s, s.length - 1)) && all(s, 0, s.length, (c) => isAlnum(c) || c === DASH);
}
function isDomain(s) {
  let host = s;
  let port;
  if (s.startsWith("[")) {
    const close = s.indexOf("]");
    if (close < 2 || !all(s, 1, close, (c) => isHex(c) || c === COLON)) return false;
    if (close === s.length - 1) return true;
    if (code(s, close + 1) !== COLON) return false;
    port = s.slice(close + 2);
  } else {
    const colon = s.indexOf(":");
    if (colon >= 0) {
      host = s.slice(0, colon);
      port = s.slice(colon + 1);
    }
    if (!host.split(".").every(isDomainComponent)) return false;
  }
  return port === void 0 || port.length > 0 && all(port, 0, port.length, isDigit);
}
function isPathComponent(s) {
  let i = 0;
  for (; ; ) {
    const run = i;
    while (i < s.length && isLowerAlnum(code(s, i))) i++;
    if (i === run) return false;
    if (i === s.length) return true;
    const c = code(s, i);
    if (c === DOT) i++;
    else if (c === UNDERSCORE) i += code(s, i + 1) === UNDERSCORE ? 2 : 1;
    else if (c === DASH) while (code(s, i) === DASH) i++;
    else return false;
  }
}
function isTag(s) {
  return s.length >= 1 && s.length <= 128 && isWord(code(s, 0)) && all(s, 1, s.length, (c) => isWord(c) || c === DOT || c === DASH);
}
function isDigest(s) {
  const colon = s.indexOf(":");
  if (colon < 0 || s.length - colon - 1 < 32 || !all(s, colon + 1, s.length, isHex)) return false;
  let i = 0;
  for (; ; ) {
    if (i >= colon || !(isUpper(code(s, i)) || isLower(code(s, i)))) return false;
    i++;
    while (i < colon && isAlnum(code(s, i))) i++;
    if (i === colon) return true;
    const c = code(s, i);
    if (c !== DASH && c !== UNDERSCORE && c !== 43 && c !== DOT) return false;
    i++;
  }
}
function pathAndTag(s) {
  const colon = s.lastIndexOf(":");
  const path = colon < 0 ? s : s.slice(0, colon);
  const tag = colon < 0 ? void 0 : s.slice(colon + 1);
  if (tag !== void 0 && !isTag(tag)) return void 0;
  return path.split("/").every(isPathComponent) ? { path, tag } : void 0;
}
function split(text) {
  const at = text.indexOf("@");
  const name = at < 0 ? text : text.slice(0, at);
  const digest = at < 0 ? void 0 : text.slice(at + 1);
  if (digest !== void 0 && !isDigest(digest)) return void 0;
  const slash = name.indexOf("/");
  if (slash >= 0 && isDomain(name.slice(0, slash))) {
    const rest2 = pathAndTag(name.slice(slash + 1));
    return rest2 && { domain: name.slice(0, slash), ...rest2, digest };
  }
  const rest = pathAndTag(name);
  return rest && { domain: void 0, ...rest, digest };
}
var DIGEST_LENGTHS = { sha256: 64, sha384: 96, sha512: 128 };
function parseImage(text) {
  if (text === "") return { error: "the image reference is empty" };
  if (text.length > 255 + 129 + 80) return { error: "the image reference is too long" };
  if (/\s/.test(text)) return { error: "an image reference cannot contain blanks" };
  const parts = split(text);
  if (!parts) return { error: describe(text) };
  let { domain, path } = parts;
  const { tag, digest } = parts;
  if (domain !== void 0 && !/[.:]/.test(domain) && domain !== "localhost" && domain.toLowerCase() === domain) {
    path = `${domain}/${path}`;
    domain = void 0;
  }
  const name = domain ? `${domain}/${path}` : path;
  if (name.length > 255) return { error: "the repository name is longer than 255 characters" };
  if (digest) {
    const [algorithm, hex] = digest.split(":");
    const length = DIGEST_LENGTHS[algorithm];
    if (length === void 0) return { error: `the digest algorithm ${algorithm} is not one Docker supports (sha256, sha384, sha512)` };
    if (hex.length !== length || !/^[a-f0-9]+$/.test(hex)) return { error: `a ${algorithm} digest is ${length} lowercase hex digits` };
  }
  return { ...domain ? { domain } : {}, path, ...tag ? { tag } : {}, ...digest ? { digest } : {} };
}
function describe(text) {
  const name = text.split("@")[0].replace(/:[^/]*$/, "");
  if (/[A-Z]/.test(name.replace(/^[^/]*[.:][^/]*\//, ""))) return "repository names must be lowercase";
  if (text.includes("@") && !/@[A-Za-z][A-Za-z0-9]*(?:[-_+.][A-Za-z][A-Za-z0-9]*)*:[0-9a-fA-F]{32,}$/.test(text)) {
    return "the digest after `@` must be ALGORITHM:HEX (at least 32 hex digits)";
  }
  if (/:[^/]*$/.test(text.split("@")[0]) && !/:[\w][\w.-]{0,127}(@|$)/.test(text)) {
    return "a tag may only contain letters, digits, `_`, `.` and `-` (at most 128, not starting with `.` or `-`)";
  }
  return "it does not follow Docker's reference grammar ([registry/]name[:tag][@digest], lowercase name)";
}

// src/lower/readiness.ts
var BY_NAME = {
  postgres: [[5432]],
  postgresql: [[5432]],
  postgis: [[5432]],
  mysql: [[3306]],
  "mysql-server": [[3306]],
  mariadb: [[3306]],
  percona: [[3306]],
  "percona-server": [[3306]],
  redis: [[6379]],
  mongo: [[27017]],
  mongodb: [[27017]],
  rabbitmq: [[5672]],
  memcached: [[11211]],
  elasticsearch: [[9200]],
  beanstalkd: [[11300]],
  etcd: [[2379]],
  couchdb: [[5984]],
  cassandra: [[9042]],
  zookeeper: [[2181]],
  nats: [[4222]],
  influxdb: [[8086]]
};
var BY_REPOSITORY = {
  "mssql/server": [[1433]],
  "microsoft/mssql-server-linux": [[1433]],
  "selenium/hub": [[4444]]
};
function guessPorts(image) {
  const ref = parseImage(image);
  if ("error" in ref) return void 0;
  const path = ref.path.startsWith("library/") ? ref.path.slice("library/".length) : ref.path;
  const last = path.slice(path.lastIndexOf("/") + 1);
  if (path === "docker" && ref.tag !== void 0 && ref.tag.includes("dind")) return [[2375, 2376]];
  if (path.startsWith("selenium/standalone-")) return [[4444]];
  if (path.startsWith("selenium/node-")) return [[5555]];
  return BY_REPOSITORY[path] ?? BY_NAME[last];
}

// src/lower/shellwords.ts
function shellWords(value) {
  const words = [];
  let cur;
  let quote = "";
  let escape = false;
  const add = (s) => (cur ??= []).push(s);
  for (const part of value) {
    if (typeof part !== "string") {
      escape = false;
      add(part);
      continue;
    }
    for (const ch of part) {
      if (escape) {
        escape = false;
        if (ch === "\n") continue;
        if (quote === '"' && !'"\\$`'.includes(ch)) add("\\");
        add(ch);
      } else if (quote === "'") {
        if (ch === "'") quote = "";
        else add(ch);
      } else if (ch === "\\") {
        escape = true;
      } else if (quote === '"') {
        if (ch === '"') quote = "";
        else add(ch);
      } else if (ch === "'" || ch === '"') {
        quote = ch;
        cur ??= [];
      } else if (ch === " " || ch === "	" || ch === "\n" || ch === "\r") {
        if (cur) words.push(concat(cur));
        cur = void 0;
      } else {
        add(ch);
      }
    }
  }
  if (quote) return { error: `the ${quote === '"' ? "double" : "single"} quote is not closed` };
  if (escape) add("\\");
  if (cur) words.push(concat(cur));
  return { words };
}

// src/dialects/drone1/substitute.ts
var ENVSUBST_NAME = /^[\p{L}\p{N}_-]+/u;
var SHELL_NAME = /^[A-Za-z_][A-Za-z0-9_]*$/;
var FORMS_HINT = "the script can compute ${NAME}, ${NAME=word} (also :=, :-, -, :?, :+, +), ${NAME#word}/${NAME##word} and ${NAME%word}/${NAME%%word} with a literal word, ${NAME//old/new} and ${NAME:pos[:len]}; write $${\u2026} for a literal ${\u2026} the build's shell evaluates";
var COMPOSE_HINT = "compile for the sh target, or compute the value before docker-compose runs and pass it in a variable";
var GLOB = /[*?[\\]/;
function substitute(text, span, ctx) {
  if (text.indexOf("$") === -1) return [text];
  const parts = [];
  let lit = "";
  let i = 0;
  while (i < text.length) {
    const at = text.indexOf("$", i);
    if (at === -1) {
      lit += text.slice(i);
      break;
    }
    lit += text.slice(i, at);
    const next = text[at + 1];
    if (next === "$") {
      lit += "$";
      i = at + 2;
      continue;
    }
    if (next !== "{") {
      lit += "$";
      i = at + 1;
      continue;
    }
    const close = text.indexOf("}", at + 2);
    if (close === -1) {
      ctx.diags.error("invalid-operation", `\`${text.slice(at, at + 40)}\` is not closed with \`}\` (Drone would refuse the file: bad substitution)`, narrow(span, text.slice(at), ctx), "write $${ for a literal ${");
      lit += text.slice(at);
      break;
    }
    const body = text.slice(at + 2, close);
    const written = text.slice(at, close + 1);
    const ref = readForm(body, written, () => narrow(span, written, ctx), ctx);
    if (ref) {
      if (lit) parts.push(lit);
      lit = "";
      parts.push(ref.op ? { env: ref.env, op: ref.op, written } : { env: ref.env, written });
      ctx.used.add(ref.env);
    }
    i = close + 1;
  }
  if (lit || parts.length === 0) parts.push(lit);
  return concat(parts);
}
function readForm(body, written, place, ctx) {
  const bad = (why, hint = FORMS_HINT, code2 = "invalid-operation") => {
    ctx.diags.error(code2, `\`${written}\` ${why}`, place, hint);
    return void 0;
  };
  if (body.startsWith("#")) return bad("(the length of a value) cannot be computed by the generated artifacts");
  const nameMatch = ENVSUBST_NAME.exec(body);
  if (!nameMatch) return bad("is not a substitution Drone knows (bad substitution)");
  const env = nameMatch[0];
  const rest = body.slice(env.length);
  if (!SHELL_NAME.test(env)) return bad("names a variable that no shell environment can hold", "a variable name is letters, digits and `_`, not starting with a digit");
  if (env.startsWith(RESERVED_PREFIX)) return bad(`uses the prefix \`${RESERVED_PREFIX}\`, which the generated script reserves for itself`, "rename the variable", "reserved-variable");
  if (isShellVariable(env)) return bad("names a variable the shell sets itself, so the script cannot read it from the environment", "write $${" + env + "} to let the build's shell evaluate it");
  const op = readOperation(rest);
  if (op === "unknown") return bad("is not a substitution Drone knows (bad substitution)");
  if (typeof op === "string") return bad(op);
  if (op && ctx.targets.includes("compose") && !(op.op === "default" && op.word.indexOf("$") === -1)) {
    return bad(
      "cannot be written in a docker-compose file (target compose): compose interpolation knows only ${NAME}, ${NAME:-default}, ${NAME-default} and ${NAME:?error}",
      COMPOSE_HINT,
      "unsupported-operation"
    );
  }
  return op ? { env, op } : { env };
}
function readOperation(rest) {
  if (rest === "") return void 0;
  const def = /^(?:=|:=|:-|:\?|:\+|-|\+)/.exec(rest);
  if (def) {
    const word = rest.slice(def[0].length);
    if (word.indexOf("${") !== -1) return "nests a substitution in its default word, which the generated artifacts cannot compute";
    return { op: "default", word: unescapeDollars(word) };
  }
  if (rest.startsWith(":")) {
    const m = /^:(-?[0-9]{1,9})(?::([0-9]{1,9}))?$/.exec(rest);
    if (!m) return "unknown";
    const start = Number(m[1]);
    if (start < 0) return "counts from the end of the value, which the generated artifacts cannot compute";
    return { op: "substring", start, length: m[2] === void 0 ? 999999999 : Number(m[2]) };
  }
  const trim = /^(##|#|%%|%)(.*)$/s.exec(rest);
  if (trim) {
    const word = trim[2];
    if (word === "") return void 0;
    if (GLOB.test(word)) return "uses a pattern (*, ?, [ or \\), which the generated artifacts cannot compute; only literal text can be removed";
    return { op: trim[1].startsWith("#") ? "prefix" : "suffix", word: unescapeDollars(word) };
  }
  if (rest.startsWith("/")) {
    const m = /^(\/\/|\/#|\/%|\/)([^/]*)(?:\/(.*))?$/s.exec(rest);
    if (!m) return "unknown";
    if (m[1] !== "//") return `(${m[1] === "/" ? "the first match" : m[1] === "/#" ? "a prefix" : "a suffix"} replaced) cannot be computed by the generated artifacts; only \${NAME//old/new} (every match) can`;
    if (m[2] === "") return "unknown";
    return { op: "replace", old: m[2], new: m[3] ?? "" };
  }
  if (/^(\^\^|\^|,,|,)$/.test(rest)) return "changes letter case, which the generated artifacts cannot compute";
  return "unknown";
}
function unescapeDollars(word) {
  return word.replace(/\$\$/g, "$");
}
var NARROW_LIMIT = 4096;
function narrow(span, written, ctx) {
  if (ctx.text === void 0 || span[1] - span[0] > NARROW_LIMIT) return span;
  const inside = ctx.text.slice(span[0], span[1]);
  const at = inside.indexOf(written);
  if (at === -1 || inside.indexOf(written, at + 1) !== -1) return span;
  return [span[0] + at, span[0] + at + written.length];
}

// src/dialects/drone1/lower.ts
var NAME = /^[a-zA-Z0-9][a-zA-Z0-9_.-]*$/;
var HOST_NAME = /^[A-Za-z0-9]([A-Za-z0-9-]*[A-Za-z0-9])?(\.[A-Za-z0-9]([A-Za-z0-9-]*[A-Za-z0-9])?)*$/;
var MOUNT_OPTIONS = /* @__PURE__ */ new Set(["ro", "rw", "z", "Z", "shared", "slave", "private", "rshared", "rslave", "rprivate", "nocopy", "cached", "delegated", "consistent"]);
var VOLUME_NAME = /^[a-zA-Z0-9][a-zA-Z0-9_.-]+$/;
var TRUST_HINT = "pass --trusted to allow it, as a Drone administrator marks a repository trusted";
var MAX_COPIED_VALUES = 1e5;
function lowerPipeline(model, options, diags, format, text) {
  return new Lowering(model, options, diags, format, text).project();
}
var Lowering = class {
  constructor(model, options, diags, format, text) {
    this.model = model;
    this.options = options;
    this.diags = diags;
    this.format = format;
    this.ctx = { diags, used: this.used, targets: options.targets, ...text !== void 0 ? { text } : {} };
  }
  model;
  options;
  diags;
  format;
  used = /* @__PURE__ */ new Set();
  ctx;
  namedVolumes = /* @__PURE__ */ new Set();
  hosts = /* @__PURE__ */ new Map();
  network;
  dns = [];
  dnsSeen = /* @__PURE__ */ new Set();
  names = /* @__PURE__ */ new Map([[HOLDER_NAME, "the namespace holder"]]);
  project() {
    const m = this.model;
    const plugins = m.steps.filter((s) => s.plugin);
    if (plugins.length > 0) {
      const names = plugins.map((s) => `\`${s.name.value}\``).join(", ");
      this.diags.warning(
        "skipped-step",
        `${plugins.length === 1 ? "the plugin step" : `${plugins.length} plugin steps`} ${names} ${plugins.length === 1 ? "is" : "are"} not run: plugins publish, deploy or notify, which belongs to Drone`,
        plugins[0].span,
        "run a plugin yourself with `run IMAGE` if you need it; only steps with commands: are build steps"
      );
    }
    const detached = m.steps.filter((s) => !s.plugin && s.detach?.value === true);
    const met = new Set([...plugins, ...detached].map((s) => s.name.value));
    const steps = this.order(m.steps.filter((s) => !s.plugin && s.detach?.value !== true), met);
    if (m.trigger) {
      this.diags.warning("unconditional-step", "the pipeline has trigger: conditions, which cannot be decided outside Drone; it always runs", m.trigger, "run the build only when you want it");
    }
    this.checkTrust([...m.services, ...detached, ...steps]);
    for (const c of [...m.services, ...detached, ...steps]) {
      if (!c.when) continue;
      this.diags.warning(
        "unconditional-step",
        `${c.label} has when: conditions, which cannot be decided outside Drone; it always ${c.kind === "service" || c.detach?.value ? "starts" : "runs"}`,
        c.when,
        'guard the commands in the shell instead, e.g. [ "$DRONE_BRANCH" = master ] || exit 0'
      );
    }
    const services = [];
    for (const c of [...m.services, ...detached]) {
      const name = this.containerName(c, "");
      if (name === void 0) continue;
      const container = this.container(c, name);
      if (c.commands && c.commands.length > 0) {
        const script = concatAll(c.commands.map((cmd, i) => concat(i > 0 ? ["\n"] : [], this.value(cmd))));
        services.push({ ...container, entrypoint: [["/bin/sh"], ["-e"], ["-c"]], command: [script], readiness: this.readiness(c, container) });
      } else {
        services.push({ ...container, readiness: this.readiness(c, container) });
      }
      if (HOST_NAME.test(c.name.value)) this.host(c.name.value, "127.0.0.1", void 0);
    }
    const build = [];
    for (const c of steps) {
      const name = this.containerName(c, "build-");
      if (name === void 0) continue;
      const container = this.container(c, name);
      for (const key of ["entrypoint", "command"]) {
        if (c[key] !== void 0) this.diags.warning("ignored-option", `\`${key}\` of ${c.label} is ignored: a build step runs its commands with /bin/sh`, c.at[key] ?? c.span);
      }
      const commands = (c.commands ?? []).map((cmd) => this.value(cmd));
      if (commands.length === 0) this.diags.warning("empty-build", `${c.label} has no commands; its container starts and exits`, c.span);
      build.push({ ...container, commands });
    }
    return {
      name: this.options.name,
      repo: this.options.repo,
      workspacePath: m.workspacePath,
      ...m.workspaceBase !== "/drone" ? { workspaceBase: m.workspaceBase } : {},
      holder: {
        image: this.options.holderImage,
        ...this.network ? { network: this.network.value } : {},
        dns: this.dns,
        extraHosts: [...this.hosts].map(([host, h]) => ({ host, address: h.address }))
      },
      services,
      build,
      volumes: [...this.namedVolumes],
      variables: [...this.used].sort()
    };
  }
  // ---- rules ----------------------------------------------------------------------------------
  /** The 1.x linter's trust rules (and 0.5-0.8's, which also refused every volume), located at the option. */
  checkTrust(containers) {
    if (this.options.trusted) return;
    const refuse = (what, c, span) => this.diags.error("untrusted-option", `${what} in ${c.label} is a trusted-only option`, span, TRUST_HINT);
    for (const c of containers) {
      if (c.privileged?.value === true) refuse("`privileged`", c, c.privileged.key ?? c.privileged.span);
      if (c.devices.length > 0) refuse("`devices`", c, c.at["devices"] ?? c.span);
      if (c.dns.length > 0) refuse("`dns`", c, c.at["dns"] ?? c.span);
      if (c.dnsSearch.length > 0) refuse("`dns_search`", c, c.at["dns_search"] ?? c.span);
      if (c.extraHosts.length > 0) refuse("`extra_hosts`", c, c.at["extra_hosts"] ?? c.span);
      if (c.networkMode) refuse("`network_mode`", c, c.networkMode.key ?? c.networkMode.span);
      if (this.format.everyVolumeTrusted && c.volumes.length > 0) refuse("`volumes`", c, c.at["volumes"] ?? c.span);
    }
    for (const v of this.model.volumes.values()) {
      const where = `the volume \`${v.name.value}\` of the pipeline`;
      if (v.host) this.diags.error("untrusted-option", `\`host\` in ${where} is a trusted-only option (a host folder)`, v.host.key, TRUST_HINT);
      else if (v.temp?.medium?.value === "memory") this.diags.error("untrusted-option", `\`medium: memory\` in ${where} is a trusted-only option`, v.temp.medium.key ?? v.temp.medium.span, TRUST_HINT);
    }
  }
  /** Whether a trusted-only option may be lowered: trusted runs only (untrusted ones were refused above). */
  get trusted() {
    return this.options.trusted;
  }
  /** The container name (`db`, `build-test`), checked for Docker and for collisions; undefined when unusable. */
  containerName(c, prefix) {
    let base = c.name.value;
    if (!NAME.test(base)) {
      base = base.replace(/[^a-zA-Z0-9_.-]+/g, "-").replace(/^[^a-zA-Z0-9]+/, "");
      if (base === "" || prefix === "" && c.kind === "service") {
        this.diags.error("invalid-name", `the name ${show(c.name.value)} of ${c.label} cannot name a container`, c.name.span, "use letters, digits, `_`, `.` and `-`, starting with a letter or digit");
        return void 0;
      }
    }
    const name = prefix + base;
    const other = this.names.get(name.toLowerCase());
    if (other) {
      this.diags.error("name-collision", `${c.label} would be named \`${name}\`, like ${other}`, c.name.span, "rename one of them");
      return void 0;
    }
    this.names.set(name.toLowerCase(), c.label);
    return name;
  }
  /**
   * Steps in an order that respects `depends_on`: declaration order, except that a step waits for the steps it
   * depends on (the implicit `clone`, skipped plugin steps and detached steps are met). Unknown names and cycles
   * are errors.
   */
  order(steps, skipped) {
    if (!steps.some((s) => s.dependsOn.length > 0)) return [...steps];
    const index = /* @__PURE__ */ new Map();
    steps.forEach((s, i) => index.set(s.name.value, i));
    const names = [...index.keys()];
    const stepList = names.length > 8 ? `${names.slice(0, 8).join(", ")}, \u2026 (${names.length} in all)` : names.join(", ");
    const waiting = new Array(steps.length).fill(0);
    const dependants = steps.map(() => []);
    steps.forEach((s, i) => {
      const seen = /* @__PURE__ */ new Set();
      for (const d of s.dependsOn) {
        if (d.value === "clone" || skipped.has(d.value)) continue;
        const j = index.get(d.value);
        if (j === void 0) {
          this.diags.error("invalid-pipeline", `${s.label} depends on \`${d.value}\`, which is not a step of this pipeline`, d.span, `steps: ${stepList}`);
          continue;
        }
        if (seen.has(j)) continue;
        seen.add(j);
        waiting[i]++;
        dependants[j].push(i);
      }
    });
    const ready = new MinHeap();
    waiting.forEach((n, i) => n === 0 && ready.push(i));
    const out = [];
    for (let i = ready.pop(); i !== void 0; i = ready.pop()) {
      out.push(steps[i]);
      for (const k of dependants[i]) if (--waiting[k] === 0) ready.push(k);
    }
    if (out.length < steps.length) {
      const left = steps.filter((_, i) => waiting[i] > 0);
      const first = left[0];
      this.diags.error("invalid-pipeline", `the depends_on of ${left.map((x) => x.label).join(", ")} form a cycle`, first.at["depends_on"] ?? first.span, "a step cannot wait for itself through others");
      return [...out, ...left];
    }
    return out;
  }
  // ---- containers -----------------------------------------------------------------------------
  value(l) {
    return substitute(l.value, l.span, this.ctx);
  }
  container(c, name) {
    if (c.uncarried.length > 0) {
      for (const u of c.uncarried) {
        this.diags.warning("ignored-option", `\`${u.value}\` of ${c.label} is not carried by drone-compose's artifacts; it is not emitted`, u.span);
      }
    }
    this.namespace(c);
    const entrypoint = c.kind === "service" || c.detach?.value ? this.argv(c.entrypoint, `\`entrypoint\` of ${c.label}`) : void 0;
    const command = c.kind === "service" || c.detach?.value ? this.argv(c.command, `\`command\` of ${c.label}`) : void 0;
    return {
      name,
      image: this.image(c),
      pull: c.pull?.value === true,
      privileged: this.trusted && c.privileged?.value === true,
      environment: this.environment(c),
      ...entrypoint ? { entrypoint } : {},
      ...command ? { command } : {},
      volumes: this.trusted || !this.format.everyVolumeTrusted ? this.volumes(c) : [],
      devices: this.trusted ? this.devices(c) : [],
      oomKillDisable: false,
      at: c.at
    };
  }
  image(c) {
    if (!c.image) {
      this.diags.error("missing-image", `${c.label} has no image`, c.span, "name the image it runs in with image:");
      return [""];
    }
    let value = this.value(c.image);
    const ref = parseImage(flatten(value, () => "x"));
    if ("error" in ref) {
      this.diags.error("invalid-image", `the image ${show(c.image.value)} of ${c.label} is not a valid reference: ${ref.error}`, c.image.span);
      return value;
    }
    const last = value[value.length - 1];
    if (!ref.tag && !ref.digest && typeof last === "string") value = concat(value, [":latest"]);
    return value;
  }
  /** The pipeline's environment, lowered once (its mistakes reported once); every container gets it first. */
  shared;
  environment(c) {
    if (!this.shared) {
      this.shared = /* @__PURE__ */ new Map();
      const entries = this.model.environment;
      const containers = this.model.steps.length + this.model.services.length;
      if (entries.length * containers > MAX_COPIED_VALUES) {
        this.diags.error("too-large", `the pipeline's environment of ${entries.length} variables would be copied into ${containers} containers: more than ${MAX_COPIED_VALUES} values`, entries[0].name.span, "set the variables in the containers that need them");
      } else {
        this.fill(this.shared, entries, c);
      }
    }
    const out = new Map(this.shared);
    this.fill(out, c.environment, c);
    return [...out.values()];
  }
  fill(out, entries, c) {
    const add = (e) => {
      const name = e.name.value;
      if (name === "" || name.indexOf("=") !== -1) {
        this.diags.error("invalid-environment", `${show(name)} cannot name an environment variable`, e.name.span, "a name is non-empty and has no `=`");
        return;
      }
      if (e.secret) {
        const ref = this.secret(e.secret, c);
        if (ref) out.set(name, { name, value: ref });
        return;
      }
      out.set(name, { name, value: this.value(e.value) });
    };
    for (const e of entries) add(e);
  }
  /** A secret: the host's environment variable named exactly as the secret, read when the artifact runs. */
  secret(s, c) {
    const name = s.value;
    if (!/^[A-Za-z_][A-Za-z0-9_]*$/.test(name) || name.startsWith(RESERVED_PREFIX) || isShellVariable(name)) {
      this.diags.error(
        "invalid-secret",
        `the secret ${show(name)} of ${c.label} cannot be read from an environment variable of that name`,
        s.span,
        "secrets are read from the host environment variable named exactly as the secret: letters, digits and `_`, not starting with a digit or dc_"
      );
      return void 0;
    }
    this.used.add(name);
    return [{ env: name }];
  }
  argv(v, what) {
    if (v === void 0) return void 0;
    if (Array.isArray(v)) return v.map((w) => this.value(w));
    const one = v;
    const split2 = shellWords(this.value(one));
    if ("error" in split2) {
      this.diags.error("invalid-command", `${what} cannot be split into words: ${split2.error}`, one.span, "write it as a list to pass the words as they are");
      return void 0;
    }
    return split2.words;
  }
  volumes(c) {
    const out = [];
    for (const v of c.volumes) {
      if ("name" in v) {
        const def = this.model.volumes.get(v.name.value);
        if (!def) {
          this.diags.warning("ignored-option", `the volume \`${v.name.value}\` of ${c.label} is not declared in the pipeline's volumes:, so nothing is mounted`, v.name.span, `declare it: volumes: [{name: ${v.name.value}, temp: {}}]`);
          continue;
        }
        const container = this.value(v.path);
        if (!flatten(container, () => "/x").startsWith("/")) {
          this.diags.error("invalid-volume", `the path ${show(v.path.value)} of the volume \`${v.name.value}\` of ${c.label} is not absolute`, v.path.span);
          continue;
        }
        if (def.host) {
          if (!this.trusted) continue;
          const host = def.host.path ? this.value(def.host.path) : void 0;
          if (!host || !flatten(host, () => "/x").startsWith("/")) {
            this.diags.error("invalid-volume", `the host volume \`${v.name.value}\` has no absolute host path`, def.host.path?.span ?? def.host.key, "write host: {path: /absolute/path}");
            continue;
          }
          out.push({ host, relative: false, container });
        } else {
          if (def.temp?.medium?.value === "memory" && !this.trusted) continue;
          if (!VOLUME_NAME.test(v.name.value) || v.name.value === "drone") {
            this.diags.error("invalid-volume", `the volume name ${show(v.name.value)} of ${c.label} cannot name a Docker volume`, v.name.span, "letters, digits, `_`, `.` and `-`, at least two, not `drone`");
            continue;
          }
          this.namedVolumes.add(v.name.value);
          out.push({ host: [], relative: false, volume: v.name.value, container });
        }
        continue;
      }
      const mount = this.mountSpec(v.spec, c);
      if (mount) out.push(mount);
    }
    return out;
  }
  /** A 0.5-0.8 volume string: `HOST:CONTAINER[:MODE]` or `NAME:CONTAINER[:MODE]`. */
  mountSpec(spec, c) {
    const bad = (why) => {
      this.diags.error("invalid-volume", `the volume ${show(spec.value)} of ${c.label} ${why}`, spec.span, "write HOST:CONTAINER[:MODE] with an absolute host path, or VOLUME:CONTAINER for a named volume");
      return void 0;
    };
    const parts = spec.value.split(":");
    if (parts.length < 2 || parts.length > 3) return bad("is not HOST:CONTAINER[:MODE]");
    const [hostText, containerText, mode] = parts;
    if (!containerText.startsWith("/")) return bad("has a container path that is not absolute");
    if (mode !== void 0 && !mode.split(",").every((o) => MOUNT_OPTIONS.has(o))) return bad(`has an unknown mode; known: ${[...MOUNT_OPTIONS].join(", ")}`);
    const container = substitute(containerText, spec.span, this.ctx);
    const m = mode ? { mode } : {};
    if (hostText.startsWith("/")) return { host: substitute(hostText, spec.span, this.ctx), relative: false, container, ...m };
    if (!VOLUME_NAME.test(hostText) || hostText === "drone") return bad("names neither an absolute host path nor a volume");
    this.namedVolumes.add(hostText);
    return { host: [], relative: false, volume: hostText, container, ...m };
  }
  devices(c) {
    const out = [];
    for (const d of c.devices) {
      if ("name" in d) {
        const def = this.model.volumes.get(d.name.value);
        const host2 = def?.host?.path ? this.value(def.host.path) : void 0;
        if (!host2) {
          this.diags.error("invalid-device", `the device \`${d.name.value}\` of ${c.label} names no host volume of the pipeline`, d.name.span, "declare it: volumes: [{name: NAME, host: {path: /dev/...}}]");
          continue;
        }
        out.push({ host: host2, container: this.value(d.path) });
        continue;
      }
      const [host, container, perms] = d.spec.value.split(":");
      if (!host?.startsWith("/") || container !== void 0 && !container.startsWith("/") || perms !== void 0 && !/^[rwm]{1,3}$/.test(perms)) {
        this.diags.error("invalid-device", `the device ${show(d.spec.value)} of ${c.label} is not HOST[:CONTAINER[:PERMISSIONS]]`, d.spec.span, "paths are absolute; permissions are letters of rwm");
        continue;
      }
      out.push({ host: [host], ...container ? { container: [container] } : {}, ...perms ? { permissions: perms } : {} });
    }
    return out;
  }
  // ---- the shared namespace -------------------------------------------------------------------
  namespace(c) {
    if (!this.trusted) return;
    const net = c.networkMode;
    if (net) {
      if (net.value === "" || !/^(bridge|host|none|default|container:[a-zA-Z0-9][a-zA-Z0-9_.-]*|[a-zA-Z0-9][a-zA-Z0-9_.-]*)$/.test(net.value)) {
        this.diags.error("invalid-network", `\`network_mode\` of ${c.label} is not a network mode: ${show(net.value)}`, net.span, "use bridge, host, none, container:NAME or the name of a network");
      } else if (this.network && this.network.value !== net.value) {
        this.diags.error("conflict", `\`network_mode: ${net.value}\` of ${c.label} contradicts \`network_mode: ${this.network.value}\`: all containers share one network namespace`, net.span, "use one network_mode, or none", [
          { span: this.network.span, message: "the other network_mode is here" }
        ]);
      } else {
        this.network ??= net;
      }
    }
    for (const d of c.dns) {
      const value = this.value(d);
      const key = JSON.stringify(value);
      if (this.dnsSeen.has(key)) continue;
      this.dnsSeen.add(key);
      this.dns.push(value);
    }
    if (c.dnsSearch.length > 0) this.diags.warning("ignored-option", `\`dns_search\` of ${c.label} is not carried by drone-compose's artifacts; it is not emitted`, c.at["dns_search"] ?? c.span);
    for (const h of c.extraHosts) {
      const colon = h.value.indexOf(":");
      const host = (colon === -1 ? h.value : h.value.slice(0, colon)).trim();
      const address = colon === -1 ? "" : h.value.slice(colon + 1).trim();
      if (!HOST_NAME.test(host) || !(/^([0-9]{1,3}\.){3}[0-9]{1,3}$/.test(address) || address.includes(":") && /^[0-9a-fA-F:.]*$/.test(address))) {
        this.diags.error("invalid-extra-host", `the extra_hosts entry ${show(h.value)} of ${c.label} is not HOST:ADDRESS`, h.span, "write HOST:ADDRESS, such as db:127.0.0.1");
        continue;
      }
      this.host(host, address, h.span);
    }
  }
  /** A hosts entry of the holder; a name mapped to two addresses is a conflict. */
  host(host, address, span) {
    const earlier = this.hosts.get(host);
    if (earlier && earlier.address !== address) {
      this.diags.error(
        "conflict",
        `\`${host}\` is mapped to ${address} here but to ${earlier.address} ${earlier.span ? "elsewhere" : "as the name of a service (services answer at 127.0.0.1)"}: all containers share one /etc/hosts`,
        span ?? earlier.span,
        "map each host name to one address",
        earlier.span && span ? [{ span: earlier.span, message: "the other address is here" }] : void 0
      );
      return;
    }
    if (!earlier) this.hosts.set(host, { address, span });
  }
  // ---- readiness ------------------------------------------------------------------------------
  /** Ports claimed in the one namespace: by which service, whether guessed from the image, where. */
  claims = /* @__PURE__ */ new Map();
  /** Reports a port that another service already claims: an error when both declare it, else a warning. */
  claim(port, c, guessed, span) {
    const other = this.claims.get(port);
    if (!other) {
      this.claims.set(port, { service: c.name.value, guessed, span });
      return;
    }
    if (other.service === c.name.value) return;
    const related = [{ span: other.span, message: `service \`${other.service}\` claims it here` }];
    if (!guessed && !other.guessed) {
      this.diags.error("port-conflict", `port ${port} of ${c.label} is already declared by service \`${other.service}\`: all services share one network namespace, so only one can listen on it`, span, "change the port one of them listens on", related);
    } else {
      this.diags.warning("port-guess", `${c.label} and service \`${other.service}\` would both listen on port ${port}; all services share one network namespace`, span, "make one listen on another port and declare it with ports:", related);
    }
  }
  /** Declared `ports:`, else the table of well-known images, else the image's own health check at run time. */
  readiness(c, container) {
    if (c.ports.length > 0) {
      const ports = [];
      for (const p of c.ports) {
        const m = /^([0-9]{1,5})(?:\/(tcp|udp))?$/.exec(p.value.trim());
        if (!m || Number(m[1]) < 1 || Number(m[1]) > 65535) {
          this.diags.error("invalid-port", `the port ${show(p.value)} of ${c.label} is not a port`, p.span, "write a port number (5432) or PORT/tcp");
          continue;
        }
        if (m[2] === "udp") continue;
        ports.push([Number(m[1])]);
        this.claim(Number(m[1]), c, false, p.span);
      }
      if (ports.length > 0) return { kind: "ports", ports, from: "declared" };
    }
    if (isLiteral(container.image)) {
      const guess = guessPorts(container.image.join(""));
      if (guess) {
        for (const alternatives of guess) for (const port of alternatives) this.claim(port, c, true, c.image?.span ?? c.span);
        return { kind: "ports", ports: guess, from: "image" };
      }
    }
    return { kind: "image-health" };
  }
};
var MinHeap = class {
  items = [];
  push(x) {
    const a = this.items;
    a.push(x);
    for (let i = a.length - 1; i > 0; ) {
      const p = i - 1 >> 1;
      if (a[p] <= a[i]) break;
      [a[p], a[i]] = [a[i], a[p]];
      i = p;
    }
  }
  pop() {
    const a = this.items;
    if (a.length === 0) return void 0;
    const top = a[0];
    const last = a.pop();
    if (a.length > 0) {
      a[0] = last;
      for (let i = 0; ; ) {
        const l = 2 * i + 1;
        const r = l + 1;
        let m = i;
        if (l < a.length && a[l] < a[m]) m = l;
        if (r < a.length && a[r] < a[m]) m = r;
        if (m === i) break;
        [a[m], a[i]] = [a[i], a[m]];
        i = m;
      }
    }
    return top;
  }
};

// src/dialects/drone1/compile.ts
var DRONE1_PIPELINE_KEYS = [
  "kind",
  "type",
  "name",
  "platform",
  "workspace",
  "clone",
  "steps",
  "services",
  "volumes",
  "trigger",
  "depends_on",
  "node",
  "concurrency",
  "image_pull_secrets",
  "environment",
  "node_selector",
  "tolerations",
  "service_account_name",
  "metadata",
  "host_aliases",
  "version"
];
var CONTAINER_TYPES = /* @__PURE__ */ new Set(["docker", "kubernetes"]);
function scalarText(file, key, fallback, diags) {
  const v = file.data[key];
  if (v === void 0 || v === null) return fallback;
  const loc = file.locs.get(`/${key}`);
  if (typeof v === "object") {
    diags.error("invalid-type", `the ${key}: of a pipeline must be a word, not ${Array.isArray(v) ? "a list" : "a mapping"}`, loc?.value);
    return void 0;
  }
  return typeof v === "string" ? v : loc?.raw ?? String(v);
}
function describe2(e) {
  if (e.kind !== "pipeline") return `a \`${e.kind}\` document`;
  return CONTAINER_TYPES.has(e.type) ? `pipeline \`${e.name}\`` : `pipeline \`${e.name}\` (type ${e.type}, not run in containers)`;
}
function compileDrone1(documents, source, options, diags) {
  const entries = [];
  const byName = /* @__PURE__ */ new Map();
  for (const file of documents) {
    const d = file.data;
    if (d === null || d === void 0) continue;
    const span = file.locs.get("/kind")?.value ?? file.locs.get("")?.value ?? [0, 0];
    if (!isMap(d)) {
      diags.error("not-a-mapping", "a document of a Drone 1.x file must be a mapping with kind:", span);
      continue;
    }
    const kind = typeof d["kind"] === "string" ? d["kind"] : "";
    if (kind === "") {
      const written = d["kind"] !== void 0 && d["kind"] !== null;
      diags.error("invalid-pipeline", written ? "the kind: of a document is not a word" : "a document of a Drone 1.x file has no kind:", span, "write kind: pipeline");
      continue;
    }
    const type = scalarText(file, "type", "docker", diags) ?? "docker";
    const name = scalarText(file, "name", "default", diags) ?? "default";
    const same = kind === "pipeline" ? byName.get(name) : void 0;
    if (same) {
      const at = file.locs.get("/name");
      diags.error("invalid-pipeline", `two pipelines are named ${show(name)}`, at?.value ?? span, "give each pipeline its own name, as Drone requires", [{ span: same.file.locs.get("/name")?.value ?? same.span, message: "the other one is here" }]);
      continue;
    }
    const entry = { file, kind, type, name, span };
    entries.push(entry);
    if (kind === "pipeline") byName.set(name, entry);
  }
  const pipelines = entries.filter((e) => e.kind === "pipeline");
  let chosen;
  if (options.pipeline !== void 0) {
    chosen = pipelines.find((e) => e.name === options.pipeline);
    if (!chosen) {
      diags.error("usage", `--pipeline ${JSON.stringify(options.pipeline)} names no pipeline of the file`, void 0, `pipelines: ${pipelines.map((e) => e.name).join(", ") || "none"}`);
      return { secrets: [] };
    }
    if (!CONTAINER_TYPES.has(chosen.type)) {
      diags.error("usage", `pipeline ${show(chosen.name)} is of type ${chosen.type}, whose steps do not run in containers`, chosen.file.locs.get("/type")?.value, "choose a docker or kubernetes pipeline");
      return { secrets: [] };
    }
  } else {
    chosen = pipelines.find((e) => CONTAINER_TYPES.has(e.type));
    if (!chosen) {
      diags.error("nothing-to-compile", "the file has no pipeline whose steps run in containers (type docker or kubernetes)", pipelines[0]?.span);
      return { secrets: [] };
    }
  }
  const others = entries.filter((e) => e !== chosen);
  if (others.length > 0) {
    const otherPipelines = others.filter((e) => e.kind === "pipeline" && CONTAINER_TYPES.has(e.type));
    diags.warning(
      "skipped-pipeline",
      `only pipeline \`${chosen.name}\` is compiled; the file also has ${others.map(describe2).join(", ")}`,
      others[0].span,
      otherPipelines.length > 0 ? `choose another with --pipeline NAME (${otherPipelines.map((e) => e.name).join(", ")})` : void 0
    );
  }
  const r = new Reader(chosen.file, diags);
  const model = decodePipeline(r, chosen.file.data);
  return { project: lowerPipeline(model, options, diags, { everyVolumeTrusted: false }, source.text), secrets: [] };
}
function decodePipeline(r, d) {
  r.unknownKeys("", d, DRONE1_PIPELINE_KEYS, "the pipeline");
  const containers = (key) => {
    const v = d[key];
    if (v === void 0 || v === null) return [];
    if (!Array.isArray(v)) {
      r.typeError(`/${key}`, v, `\`${key}\``, "a list");
      return [];
    }
    const out = [];
    v.forEach((item, i) => {
      const ptr = `/${key}/${i}`;
      const data = r.map(ptr, item, `an item of \`${key}\``);
      if (!data) return;
      const name = r.str(`${ptr}/name`, data["name"], `\`name\` of an item of \`${key}\``);
      if (!name || name.value === "") {
        r.diags.error("invalid-name", `an item of \`${key}\` has no name`, r.valueSpan(ptr), "write name: NAME");
        return;
      }
      const input = { kind: key === "steps" ? "step" : "service", ptr, data, name, span: name.span, format: "1" };
      out.push(decodeContainer(r, input));
    });
    return out;
  };
  const steps = containers("steps");
  const services = containers("services");
  const ws = workspace(r, d["workspace"]);
  const environment = readEnvironment(r, "/environment", d["environment"], "the pipeline");
  const trigger = d["trigger"] !== void 0 && d["trigger"] !== null ? r.keySpan("/trigger") : void 0;
  return { steps, services, ...ws, volumes: pipelineVolumes(r, d["volumes"]), ...trigger ? { trigger } : {}, environment };
}
function workspace(r, v) {
  const w = r.map("/workspace", v, "`workspace`");
  let base = "";
  let path = "";
  if (w) {
    r.unknownKeys("/workspace", w, ["base", "path"], "`workspace`");
    base = r.str("/workspace/base", w["base"], "`base` of the workspace")?.value ?? "";
    path = r.str("/workspace/path", w["path"], "`path` of the workspace")?.value ?? "";
  }
  let explicitBase = base !== "";
  if (base === "") {
    if (path.startsWith("/")) {
      base = path;
      path = "";
      explicitBase = false;
    } else {
      base = "/drone/src";
    }
  }
  const full = checkedWorkspace(r, import_node_path.posix.join(base, path), "/workspace");
  const mountedBase = explicitBase ? checkedWorkspace(r, import_node_path.posix.normalize(base), "/workspace/base") : "/drone";
  return { workspacePath: full, workspaceBase: mountedBase === "/" || mountedBase.startsWith("/drone/") ? "/drone" : mountedBase };
}
function checkedWorkspace(r, path, ptr) {
  if (!path.startsWith("/") || path === "/" || /[:\u0000-\u001f\u007f,]/.test(path)) {
    r.diags.error("invalid-pipeline", `the workspace ${show(path)} cannot be mounted`, r.valueSpan(ptr), "write an absolute path without `:` or `,`, not /");
    return "/drone/src";
  }
  return path.replace(/\/+$/, "");
}
function pipelineVolumes(r, v) {
  const out = /* @__PURE__ */ new Map();
  if (v === void 0 || v === null) return out;
  if (!Array.isArray(v)) {
    r.typeError("/volumes", v, "`volumes` of the pipeline", "a list");
    return out;
  }
  v.forEach((item, i) => {
    const ptr = `/volumes/${i}`;
    const m = r.map(ptr, item, "a volume of the pipeline");
    if (!m) return;
    r.unknownKeys(ptr, m, ["name", "temp", "host", "claim", "config_map", "secret"], "a volume of the pipeline");
    const name = r.str(`${ptr}/name`, m["name"], "`name` of a volume");
    if (!name) {
      r.diags.error("invalid-volume", "a volume of the pipeline has no name", r.valueSpan(ptr), "write name: NAME");
      return;
    }
    const vol = { name };
    if ("temp" in m) {
      const t = r.map(`${ptr}/temp`, m["temp"], "`temp` of a volume") ?? {};
      const medium = r.str(`${ptr}/temp/medium`, t["medium"], "`medium` of a temp volume");
      vol.temp = { key: r.keySpan(`${ptr}/temp`), ...medium ? { medium } : {} };
    }
    if ("host" in m) {
      const h = r.map(`${ptr}/host`, m["host"], "`host` of a volume") ?? {};
      const path = r.str(`${ptr}/host/path`, h["path"], "`path` of a host volume");
      vol.host = { key: r.keySpan(`${ptr}/host`), ...path ? { path } : {} };
    }
    if (!vol.temp && !vol.host) {
      r.diags.error("invalid-volume", `the volume \`${name.value}\` is neither temp: nor host:`, name.span, "write temp: {} for a volume the containers share");
      return;
    }
    if (out.has(name.value)) r.diags.warning("duplicate-key", `the volume \`${name.value}\` is declared twice; the later one is used`, name.span);
    out.set(name.value, vol);
  });
  return out;
}

// src/dialects/drone08/compile.ts
var import_node_path2 = require("node:path");

// src/dialects/drone08/shape.ts
function stepsKey(d) {
  if (isMap(d["pipeline"])) return "pipeline";
  if (isMap(d["script"]) && !("compose" in d) && !("build" in d)) return "script";
  return void 0;
}

// src/dialects/drone08/compile.ts
var DRONE08_KEYS = ["workspace", "clone", "pipeline", "services", "matrix", "branches", "labels", "platform", "volumes", "networks", "depends_on", "script"];
function compileDrone08(documents, source, options, diags) {
  const file = documents.find((x) => x.data !== null && x.data !== void 0);
  const d = file?.data;
  if (!file || !isMap(d)) {
    diags.error("not-a-mapping", "the file is empty or its top level is not a mapping");
    return { secrets: [] };
  }
  if (options.pipeline !== void 0) {
    diags.error("usage", `--pipeline ${JSON.stringify(options.pipeline)} chooses among the pipelines of a Drone 1.x file; a Drone 0.5\u20130.8 file has one`, void 0, "leave out --pipeline");
    return { secrets: [] };
  }
  const key = stepsKey(d);
  if (!key) {
    diags.error("nothing-to-compile", "the file has no pipeline: section", void 0, "a Drone 0.5\u20130.8 file lists its steps under pipeline:");
    return { secrets: [] };
  }
  const rest = documents.filter((x) => x !== file && x.data !== null && x.data !== void 0);
  if (rest.length > 0) {
    diags.warning("skipped-pipeline", `the file has ${rest.length + 1} YAML documents; a Drone 0.5\u20130.8 file is one, and only the first is compiled`, rest[0].span ? [rest[0].span[0], rest[0].span[0]] : void 0, "remove the other documents, or write the pipelines in the Drone 1.x format (kind: pipeline)");
  }
  const r = new Reader(file, diags);
  const model = decodeFile(r, d, key, options.repo);
  return { project: lowerPipeline(model, options, diags, { everyVolumeTrusted: true }, source.text), secrets: [] };
}
function decodeFile(r, d, key, repo) {
  r.unknownKeys("", d, DRONE08_KEYS, "the file");
  const containers = (section) => {
    const map = r.map(`/${section}`, d[section], `\`${section}\``);
    if (!map) return [];
    const out = [];
    for (const e of r.entries(`/${section}`, map)) {
      const data = r.map(e.ptr, e.value, `\`${e.key}\` of \`${section}\``);
      if (!data) continue;
      const span = r.keySpan(e.ptr);
      out.push(decodeContainer(r, { kind: section === "services" ? "service" : "step", ptr: e.ptr, data, name: { value: e.key, span }, span, format: "0.8" }));
    }
    return out;
  };
  const steps = containers(key);
  const services = containers("services");
  const w = r.map("/workspace", d["workspace"], "`workspace`");
  let base = "/drone";
  let path = `src/${repo}`;
  if (w) {
    r.unknownKeys("/workspace", w, ["base", "path"], "`workspace`");
    base = r.str("/workspace/base", w["base"], "`base` of the workspace")?.value || base;
    path = r.str("/workspace/path", w["path"], "`path` of the workspace")?.value || path;
  }
  const workspacePath = checkedWorkspace(r, import_node_path2.posix.join(base, path), "/workspace");
  const mountedBase = checkedWorkspace(r, import_node_path2.posix.normalize(base), "/workspace/base");
  return {
    steps,
    services,
    workspacePath,
    workspaceBase: mountedBase.startsWith("/drone/") ? "/drone" : mountedBase,
    volumes: /* @__PURE__ */ new Map(),
    environment: []
  };
}
// Annotate the CommonJS export names for ESM import in node:
0 && (module.exports = {
  compileDrone08,
  compileDrone1
});
});
