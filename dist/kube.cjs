(function (exports, require, module, __filename, __dirname) {
"use strict";
var __create = Object.create;
var __defProp = Object.defineProperty;
var __getOwnPropDesc = Object.getOwnPropertyDescriptor;
var __getOwnPropNames = Object.getOwnPropertyNames;
var __getProtoOf = Object.getPrototypeOf;
var __hasOwnProp = Object.prototype.hasOwnProperty;
var __commonJS = (cb, mod) => function __require() {
  try {
    return mod || (0, cb[__getOwnPropNames(cb)[0]])((mod = { exports: {} }).exports, mod), mod.exports;
  } catch (e) {
    throw mod = 0, e;
  }
};
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
var __toESM = (mod, isNodeMode, target) => (target = mod != null ? __create(__getProtoOf(mod)) : {}, __copyProps(
  // If the importer is in node compatibility mode or this is not an ESM
  // file that has been converted to a CommonJS file using a Babel-
  // compatible transform (i.e. "__esModule" has not been set), then set
  // "default" to the CommonJS "module.exports" for node compatibility.
  isNodeMode || !mod || !mod.__esModule ? __defProp(target, "default", { value: mod, enumerable: true }) : target,
  mod
));
var __toCommonJS = (mod) => __copyProps(__defProp({}, "__esModule", { value: true }), mod);

// node_modules/handlebars/dist/cjs/handlebars/utils.js
var require_utils = __commonJS({
  "node_modules/handlebars/dist/cjs/handlebars/utils.js"(exports2) {
    "use strict";
    exports2.__esModule = true;
    exports2.extend = extend;
    exports2.indexOf = indexOf;
    exports2.escapeExpression = escapeExpression;
    exports2.isEmpty = isEmpty;
    exports2.createFrame = createFrame;
    exports2.blockParams = blockParams;
    exports2.appendContextPath = appendContextPath;
    var escape = {
      "&": "&amp;",
      "<": "&lt;",
      ">": "&gt;",
      '"': "&quot;",
      "'": "&#x27;",
      "`": "&#x60;",
      "=": "&#x3D;"
    };
    var badChars = /[&<>"'`=]/g;
    var possible = /[&<>"'`=]/;
    function escapeChar(chr) {
      return escape[chr];
    }
    function extend(obj) {
      for (var i = 1; i < arguments.length; i++) {
        for (var key in arguments[i]) {
          if (Object.prototype.hasOwnProperty.call(arguments[i], key)) {
            obj[key] = arguments[i][key];
          }
        }
      }
      return obj;
    }
    var toString = Object.prototype.toString;
    exports2.toString = toString;
    var isFunction = function isFunction2(value) {
      return typeof value === "function";
    };
    if (isFunction(/x/)) {
      exports2.isFunction = isFunction = function(value) {
        return typeof value === "function" && toString.call(value) === "[object Function]";
      };
    }
    exports2.isFunction = isFunction;
    var isArray = Array.isArray || function(value) {
      return value && typeof value === "object" ? toString.call(value) === "[object Array]" : false;
    };
    exports2.isArray = isArray;
    function indexOf(array, value) {
      for (var i = 0, len = array.length; i < len; i++) {
        if (array[i] === value) {
          return i;
        }
      }
      return -1;
    }
    function escapeExpression(string) {
      if (typeof string !== "string") {
        if (string && typeof string.toHTML === "function") {
          return string.toHTML();
        } else if (string == null) {
          return "";
        } else if (!string) {
          return string + "";
        }
        string = "" + string;
      }
      if (!possible.test(string)) {
        return string;
      }
      return string.replace(badChars, escapeChar);
    }
    function isEmpty(value) {
      if (!value && value !== 0) {
        return true;
      } else if (isArray(value) && value.length === 0) {
        return true;
      } else {
        return false;
      }
    }
    function createFrame(object) {
      var frame = extend({}, object);
      frame._parent = object;
      return frame;
    }
    function blockParams(params, ids) {
      params.path = ids;
      return params;
    }
    function appendContextPath(contextPath, id) {
      return (contextPath ? contextPath + "." : "") + id;
    }
  }
});

// node_modules/handlebars/dist/cjs/handlebars/exception.js
var require_exception = __commonJS({
  "node_modules/handlebars/dist/cjs/handlebars/exception.js"(exports2, module2) {
    "use strict";
    exports2.__esModule = true;
    var errorProps = ["description", "fileName", "lineNumber", "endLineNumber", "message", "name", "number", "stack"];
    function Exception(message, node) {
      var loc = node && node.loc, line = void 0, endLineNumber = void 0, column = void 0, endColumn = void 0;
      if (loc && loc.start) {
        line = loc.start.line;
        column = loc.start.column;
        if (loc.end) {
          endLineNumber = loc.end.line;
          endColumn = loc.end.column;
        }
        message += " - " + line + ":" + column;
      }
      var tmp = Error.prototype.constructor.call(this, message);
      for (var idx = 0; idx < errorProps.length; idx++) {
        this[errorProps[idx]] = tmp[errorProps[idx]];
      }
      if (Error.captureStackTrace) {
        Error.captureStackTrace(this, Exception);
      }
      try {
        if (loc) {
          this.lineNumber = line;
          this.endLineNumber = endLineNumber;
          if (Object.defineProperty) {
            Object.defineProperty(this, "column", {
              value: column,
              enumerable: true
            });
            Object.defineProperty(this, "endColumn", {
              value: endColumn,
              enumerable: true
            });
          } else {
            this.column = column;
            this.endColumn = endColumn;
          }
        }
      } catch (nop) {
      }
    }
    Exception.prototype = new Error();
    exports2["default"] = Exception;
    module2.exports = exports2["default"];
  }
});

// node_modules/handlebars/dist/cjs/handlebars/helpers/block-helper-missing.js
var require_block_helper_missing = __commonJS({
  "node_modules/handlebars/dist/cjs/handlebars/helpers/block-helper-missing.js"(exports2, module2) {
    "use strict";
    exports2.__esModule = true;
    var _utils = require_utils();
    exports2["default"] = function(instance) {
      instance.registerHelper("blockHelperMissing", function(context, options) {
        var inverse = options.inverse, fn = options.fn;
        if (context === true) {
          return fn(this);
        } else if (context === false || context == null) {
          return inverse(this);
        } else if (_utils.isArray(context)) {
          if (context.length > 0) {
            if (options.ids) {
              options.ids = [options.name];
            }
            return instance.helpers.each(context, options);
          } else {
            return inverse(this);
          }
        } else {
          if (options.data && options.ids) {
            var data = _utils.createFrame(options.data);
            data.contextPath = _utils.appendContextPath(options.data.contextPath, options.name);
            options = { data };
          }
          return fn(context, options);
        }
      });
    };
    module2.exports = exports2["default"];
  }
});

// node_modules/handlebars/dist/cjs/handlebars/helpers/each.js
var require_each = __commonJS({
  "node_modules/handlebars/dist/cjs/handlebars/helpers/each.js"(exports2, module2) {
    "use strict";
    exports2.__esModule = true;
    function _interopRequireDefault(obj) {
      return obj && obj.__esModule ? obj : { "default": obj };
    }
    var _utils = require_utils();
    var _exception = require_exception();
    var _exception2 = _interopRequireDefault(_exception);
    function closeIterator(iterator) {
      try {
        var _close = iterator["return"];
        if (_utils.isFunction(_close)) {
          _close.call(iterator);
        }
      } catch (closeError) {
      }
    }
    exports2["default"] = function(instance) {
      instance.registerHelper("each", function(context, options) {
        if (!options) {
          throw new _exception2["default"]("Must pass iterator to #each");
        }
        var fn = options.fn, inverse = options.inverse, i = 0, ret = "", data = void 0, contextPath = void 0;
        if (options.data && options.ids) {
          contextPath = _utils.appendContextPath(options.data.contextPath, options.ids[0]) + ".";
        }
        if (_utils.isFunction(context)) {
          context = context.call(this);
        }
        if (options.data) {
          data = _utils.createFrame(options.data);
        }
        function execIteration(field, index, last, value) {
          if (data) {
            data.key = field;
            data.index = index;
            data.first = index === 0;
            data.last = !!last;
            if (contextPath) {
              data.contextPath = contextPath + field;
            }
          }
          ret = ret + fn(value, {
            data,
            blockParams: _utils.blockParams([value, field], [contextPath + field, null])
          });
        }
        if (context && typeof context === "object") {
          if (_utils.isArray(context)) {
            for (var j = context.length; i < j; i++) {
              if (i in context) {
                execIteration(i, i, i === context.length - 1, context[i]);
              }
            }
          } else if (typeof Symbol === "function" && context[Symbol.iterator]) {
            var iterator = context[Symbol.iterator]();
            var current = iterator.next();
            while (!current.done) {
              var next = iterator.next();
              try {
                execIteration(i, i, next.done, current.value);
              } catch (e) {
                if (!next.done) {
                  closeIterator(iterator);
                }
                throw e;
              }
              current = next;
              i++;
            }
          } else {
            (function() {
              var priorKey = void 0;
              Object.keys(context).forEach(function(key) {
                if (priorKey !== void 0) {
                  execIteration(priorKey, i - 1, false, context[priorKey]);
                }
                priorKey = key;
                i++;
              });
              if (priorKey !== void 0) {
                execIteration(priorKey, i - 1, true, context[priorKey]);
              }
            })();
          }
        }
        if (i === 0) {
          ret = inverse(this);
        }
        return ret;
      });
    };
    module2.exports = exports2["default"];
  }
});

// node_modules/handlebars/dist/cjs/handlebars/helpers/helper-missing.js
var require_helper_missing = __commonJS({
  "node_modules/handlebars/dist/cjs/handlebars/helpers/helper-missing.js"(exports2, module2) {
    "use strict";
    exports2.__esModule = true;
    function _interopRequireDefault(obj) {
      return obj && obj.__esModule ? obj : { "default": obj };
    }
    var _exception = require_exception();
    var _exception2 = _interopRequireDefault(_exception);
    exports2["default"] = function(instance) {
      instance.registerHelper("helperMissing", function() {
        if (arguments.length === 1) {
          return void 0;
        } else {
          throw new _exception2["default"]('Missing helper: "' + arguments[arguments.length - 1].name + '"');
        }
      });
    };
    module2.exports = exports2["default"];
  }
});

// node_modules/handlebars/dist/cjs/handlebars/helpers/if.js
var require_if = __commonJS({
  "node_modules/handlebars/dist/cjs/handlebars/helpers/if.js"(exports2, module2) {
    "use strict";
    exports2.__esModule = true;
    function _interopRequireDefault(obj) {
      return obj && obj.__esModule ? obj : { "default": obj };
    }
    var _utils = require_utils();
    var _exception = require_exception();
    var _exception2 = _interopRequireDefault(_exception);
    exports2["default"] = function(instance) {
      instance.registerHelper("if", function(conditional, options) {
        if (arguments.length != 2) {
          throw new _exception2["default"]("#if requires exactly one argument");
        }
        if (_utils.isFunction(conditional)) {
          conditional = conditional.call(this);
        }
        if (!options.hash.includeZero && !conditional || _utils.isEmpty(conditional)) {
          return options.inverse(this);
        } else {
          return options.fn(this);
        }
      });
      instance.registerHelper("unless", function(conditional, options) {
        if (arguments.length != 2) {
          throw new _exception2["default"]("#unless requires exactly one argument");
        }
        return instance.helpers["if"].call(this, conditional, {
          fn: options.inverse,
          inverse: options.fn,
          hash: options.hash
        });
      });
    };
    module2.exports = exports2["default"];
  }
});

// node_modules/handlebars/dist/cjs/handlebars/helpers/log.js
var require_log = __commonJS({
  "node_modules/handlebars/dist/cjs/handlebars/helpers/log.js"(exports2, module2) {
    "use strict";
    exports2.__esModule = true;
    exports2["default"] = function(instance) {
      instance.registerHelper("log", function() {
        var args = [void 0], options = arguments[arguments.length - 1];
        for (var i = 0; i < arguments.length - 1; i++) {
          args.push(arguments[i]);
        }
        var level = 1;
        if (options.hash.level != null) {
          level = options.hash.level;
        } else if (options.data && options.data.level != null) {
          level = options.data.level;
        }
        args[0] = level;
        instance.log.apply(instance, args);
      });
    };
    module2.exports = exports2["default"];
  }
});

// node_modules/handlebars/dist/cjs/handlebars/helpers/lookup.js
var require_lookup = __commonJS({
  "node_modules/handlebars/dist/cjs/handlebars/helpers/lookup.js"(exports2, module2) {
    "use strict";
    exports2.__esModule = true;
    exports2["default"] = function(instance) {
      instance.registerHelper("lookup", function(obj, field, options) {
        if (!obj) {
          return obj;
        }
        return options.lookupProperty(obj, field);
      });
    };
    module2.exports = exports2["default"];
  }
});

// node_modules/handlebars/dist/cjs/handlebars/helpers/with.js
var require_with = __commonJS({
  "node_modules/handlebars/dist/cjs/handlebars/helpers/with.js"(exports2, module2) {
    "use strict";
    exports2.__esModule = true;
    function _interopRequireDefault(obj) {
      return obj && obj.__esModule ? obj : { "default": obj };
    }
    var _utils = require_utils();
    var _exception = require_exception();
    var _exception2 = _interopRequireDefault(_exception);
    exports2["default"] = function(instance) {
      instance.registerHelper("with", function(context, options) {
        if (arguments.length != 2) {
          throw new _exception2["default"]("#with requires exactly one argument");
        }
        if (_utils.isFunction(context)) {
          context = context.call(this);
        }
        var fn = options.fn;
        if (!_utils.isEmpty(context)) {
          var data = options.data;
          if (options.data && options.ids) {
            data = _utils.createFrame(options.data);
            data.contextPath = _utils.appendContextPath(options.data.contextPath, options.ids[0]);
          }
          return fn(context, {
            data,
            blockParams: _utils.blockParams([context], [data && data.contextPath])
          });
        } else {
          return options.inverse(this);
        }
      });
    };
    module2.exports = exports2["default"];
  }
});

// node_modules/handlebars/dist/cjs/handlebars/helpers.js
var require_helpers = __commonJS({
  "node_modules/handlebars/dist/cjs/handlebars/helpers.js"(exports2) {
    "use strict";
    exports2.__esModule = true;
    exports2.registerDefaultHelpers = registerDefaultHelpers;
    exports2.moveHelperToHooks = moveHelperToHooks;
    function _interopRequireDefault(obj) {
      return obj && obj.__esModule ? obj : { "default": obj };
    }
    var _helpersBlockHelperMissing = require_block_helper_missing();
    var _helpersBlockHelperMissing2 = _interopRequireDefault(_helpersBlockHelperMissing);
    var _helpersEach = require_each();
    var _helpersEach2 = _interopRequireDefault(_helpersEach);
    var _helpersHelperMissing = require_helper_missing();
    var _helpersHelperMissing2 = _interopRequireDefault(_helpersHelperMissing);
    var _helpersIf = require_if();
    var _helpersIf2 = _interopRequireDefault(_helpersIf);
    var _helpersLog = require_log();
    var _helpersLog2 = _interopRequireDefault(_helpersLog);
    var _helpersLookup = require_lookup();
    var _helpersLookup2 = _interopRequireDefault(_helpersLookup);
    var _helpersWith = require_with();
    var _helpersWith2 = _interopRequireDefault(_helpersWith);
    function registerDefaultHelpers(instance) {
      _helpersBlockHelperMissing2["default"](instance);
      _helpersEach2["default"](instance);
      _helpersHelperMissing2["default"](instance);
      _helpersIf2["default"](instance);
      _helpersLog2["default"](instance);
      _helpersLookup2["default"](instance);
      _helpersWith2["default"](instance);
    }
    function moveHelperToHooks(instance, helperName, keepHelper) {
      if (instance.helpers[helperName]) {
        instance.hooks[helperName] = instance.helpers[helperName];
        if (!keepHelper) {
          instance.helpers[helperName] = void 0;
        }
      }
    }
  }
});

// node_modules/handlebars/dist/cjs/handlebars/decorators/inline.js
var require_inline = __commonJS({
  "node_modules/handlebars/dist/cjs/handlebars/decorators/inline.js"(exports2, module2) {
    "use strict";
    exports2.__esModule = true;
    var _utils = require_utils();
    exports2["default"] = function(instance) {
      instance.registerDecorator("inline", function(fn, props, container, options) {
        var ret = fn;
        if (!props.partials) {
          props.partials = {};
          ret = function(context, options2) {
            var original = container.partials;
            container.partials = _utils.extend({}, original, props.partials);
            var ret2 = fn(context, options2);
            container.partials = original;
            return ret2;
          };
        }
        props.partials[options.args[0]] = options.fn;
        return ret;
      });
    };
    module2.exports = exports2["default"];
  }
});

// node_modules/handlebars/dist/cjs/handlebars/decorators.js
var require_decorators = __commonJS({
  "node_modules/handlebars/dist/cjs/handlebars/decorators.js"(exports2) {
    "use strict";
    exports2.__esModule = true;
    exports2.registerDefaultDecorators = registerDefaultDecorators;
    function _interopRequireDefault(obj) {
      return obj && obj.__esModule ? obj : { "default": obj };
    }
    var _decoratorsInline = require_inline();
    var _decoratorsInline2 = _interopRequireDefault(_decoratorsInline);
    function registerDefaultDecorators(instance) {
      _decoratorsInline2["default"](instance);
    }
  }
});

// node_modules/handlebars/dist/cjs/handlebars/logger.js
var require_logger = __commonJS({
  "node_modules/handlebars/dist/cjs/handlebars/logger.js"(exports2, module2) {
    "use strict";
    exports2.__esModule = true;
    var _utils = require_utils();
    var logger = {
      methodMap: ["debug", "info", "warn", "error"],
      level: "info",
      // Maps a given level value to the `methodMap` indexes above.
      lookupLevel: function lookupLevel(level) {
        if (typeof level === "string") {
          var levelMap = _utils.indexOf(logger.methodMap, level.toLowerCase());
          if (levelMap >= 0) {
            level = levelMap;
          } else {
            level = parseInt(level, 10);
          }
        }
        return level;
      },
      // Can be overridden in the host environment
      log: function log(level) {
        level = logger.lookupLevel(level);
        if (typeof console !== "undefined" && logger.lookupLevel(logger.level) <= level) {
          var method = logger.methodMap[level];
          if (!console[method]) {
            method = "log";
          }
          for (var _len = arguments.length, message = Array(_len > 1 ? _len - 1 : 0), _key = 1; _key < _len; _key++) {
            message[_key - 1] = arguments[_key];
          }
          console[method].apply(console, message);
        }
      }
    };
    exports2["default"] = logger;
    module2.exports = exports2["default"];
  }
});

// node_modules/handlebars/dist/cjs/handlebars/internal/proto-access.js
var require_proto_access = __commonJS({
  "node_modules/handlebars/dist/cjs/handlebars/internal/proto-access.js"(exports2) {
    "use strict";
    exports2.__esModule = true;
    exports2.createProtoAccessControl = createProtoAccessControl;
    exports2.resultIsAllowed = resultIsAllowed;
    exports2.isPrototypeConstructor = isPrototypeConstructor;
    exports2.resetLoggedProperties = resetLoggedProperties;
    function _interopRequireDefault(obj) {
      return obj && obj.__esModule ? obj : { "default": obj };
    }
    var _utils = require_utils();
    var _logger = require_logger();
    var _logger2 = _interopRequireDefault(_logger);
    var loggedProperties = /* @__PURE__ */ Object.create(null);
    function createProtoAccessControl(runtimeOptions) {
      var propertyWhiteList = /* @__PURE__ */ Object.create(null);
      propertyWhiteList["__proto__"] = false;
      _utils.extend(propertyWhiteList, runtimeOptions.allowedProtoProperties);
      var methodWhiteList = /* @__PURE__ */ Object.create(null);
      methodWhiteList["constructor"] = false;
      methodWhiteList["__defineGetter__"] = false;
      methodWhiteList["__defineSetter__"] = false;
      methodWhiteList["__lookupGetter__"] = false;
      methodWhiteList["__lookupSetter__"] = false;
      _utils.extend(methodWhiteList, runtimeOptions.allowedProtoMethods);
      return {
        properties: {
          whitelist: propertyWhiteList,
          defaultValue: runtimeOptions.allowProtoPropertiesByDefault
        },
        methods: {
          whitelist: methodWhiteList,
          defaultValue: runtimeOptions.allowProtoMethodsByDefault
        }
      };
    }
    function resultIsAllowed(result, protoAccessControl, propertyName) {
      if (typeof result === "function") {
        return checkWhiteList(protoAccessControl.methods, propertyName);
      } else {
        return checkWhiteList(protoAccessControl.properties, propertyName);
      }
    }
    function isPrototypeConstructor(parent, propertyName, result) {
      return propertyName === "constructor" && typeof result === "function" && parent === result.prototype;
    }
    function checkWhiteList(protoAccessControlForType, propertyName) {
      if (protoAccessControlForType.whitelist[propertyName] !== void 0) {
        return protoAccessControlForType.whitelist[propertyName] === true;
      }
      if (protoAccessControlForType.defaultValue !== void 0) {
        return protoAccessControlForType.defaultValue;
      }
      logUnexpecedPropertyAccessOnce(propertyName);
      return false;
    }
    function logUnexpecedPropertyAccessOnce(propertyName) {
      if (loggedProperties[propertyName] !== true) {
        loggedProperties[propertyName] = true;
        _logger2["default"].log("error", 'Handlebars: Access has been denied to resolve the property "' + propertyName + '" because it is not an "own property" of its parent.\nYou can add a runtime option to disable the check or this warning:\nSee https://handlebarsjs.com/api-reference/runtime-options.html#options-to-control-prototype-access for details');
      }
    }
    function resetLoggedProperties() {
      Object.keys(loggedProperties).forEach(function(propertyName) {
        delete loggedProperties[propertyName];
      });
    }
  }
});

// node_modules/handlebars/dist/cjs/handlebars/base.js
var require_base = __commonJS({
  "node_modules/handlebars/dist/cjs/handlebars/base.js"(exports2) {
    "use strict";
    exports2.__esModule = true;
    exports2.HandlebarsEnvironment = HandlebarsEnvironment;
    function _interopRequireDefault(obj) {
      return obj && obj.__esModule ? obj : { "default": obj };
    }
    var _utils = require_utils();
    var _exception = require_exception();
    var _exception2 = _interopRequireDefault(_exception);
    var _helpers = require_helpers();
    var _decorators = require_decorators();
    var _logger = require_logger();
    var _logger2 = _interopRequireDefault(_logger);
    var _internalProtoAccess = require_proto_access();
    var VERSION = "4.7.10";
    exports2.VERSION = VERSION;
    var COMPILER_REVISION = 8;
    exports2.COMPILER_REVISION = COMPILER_REVISION;
    var LAST_COMPATIBLE_COMPILER_REVISION = 7;
    exports2.LAST_COMPATIBLE_COMPILER_REVISION = LAST_COMPATIBLE_COMPILER_REVISION;
    var REVISION_CHANGES = {
      1: "<= 1.0.rc.2",
      // 1.0.rc.2 is actually rev2 but doesn't report it
      2: "== 1.0.0-rc.3",
      3: "== 1.0.0-rc.4",
      4: "== 1.x.x",
      5: "== 2.0.0-alpha.x",
      6: ">= 2.0.0-beta.1",
      7: ">= 4.0.0 <4.3.0",
      8: ">= 4.3.0"
    };
    exports2.REVISION_CHANGES = REVISION_CHANGES;
    var objectType = "[object Object]";
    function HandlebarsEnvironment(helpers, partials, decorators) {
      this.helpers = helpers || {};
      this.partials = partials || {};
      this.decorators = decorators || {};
      _helpers.registerDefaultHelpers(this);
      _decorators.registerDefaultDecorators(this);
    }
    HandlebarsEnvironment.prototype = {
      constructor: HandlebarsEnvironment,
      logger: _logger2["default"],
      log: _logger2["default"].log,
      registerHelper: function registerHelper(name, fn) {
        if (_utils.toString.call(name) === objectType) {
          if (fn) {
            throw new _exception2["default"]("Arg not supported with multiple helpers");
          }
          _utils.extend(this.helpers, name);
        } else {
          this.helpers[name] = fn;
        }
      },
      unregisterHelper: function unregisterHelper(name) {
        delete this.helpers[name];
      },
      registerPartial: function registerPartial(name, partial) {
        if (_utils.toString.call(name) === objectType) {
          _utils.extend(this.partials, name);
        } else {
          if (typeof partial === "undefined") {
            throw new _exception2["default"]('Attempting to register a partial called "' + name + '" as undefined');
          }
          this.partials[name] = partial;
        }
      },
      unregisterPartial: function unregisterPartial(name) {
        delete this.partials[name];
      },
      registerDecorator: function registerDecorator(name, fn) {
        if (_utils.toString.call(name) === objectType) {
          if (fn) {
            throw new _exception2["default"]("Arg not supported with multiple decorators");
          }
          _utils.extend(this.decorators, name);
        } else {
          this.decorators[name] = fn;
        }
      },
      unregisterDecorator: function unregisterDecorator(name) {
        delete this.decorators[name];
      },
      /**
       * Reset the memory of illegal property accesses that have already been logged.
       * @deprecated should only be used in handlebars test-cases
       */
      resetLoggedPropertyAccesses: function resetLoggedPropertyAccesses() {
        _internalProtoAccess.resetLoggedProperties();
      }
    };
    var log = _logger2["default"].log;
    exports2.log = log;
    exports2.createFrame = _utils.createFrame;
    exports2.logger = _logger2["default"];
  }
});

// node_modules/handlebars/dist/cjs/handlebars/safe-string.js
var require_safe_string = __commonJS({
  "node_modules/handlebars/dist/cjs/handlebars/safe-string.js"(exports2, module2) {
    "use strict";
    exports2.__esModule = true;
    function SafeString(string) {
      this.string = string;
    }
    SafeString.prototype.toString = SafeString.prototype.toHTML = function() {
      return "" + this.string;
    };
    exports2["default"] = SafeString;
    module2.exports = exports2["default"];
  }
});

// node_modules/handlebars/dist/cjs/handlebars/internal/wrapHelper.js
var require_wrapHelper = __commonJS({
  "node_modules/handlebars/dist/cjs/handlebars/internal/wrapHelper.js"(exports2) {
    "use strict";
    exports2.__esModule = true;
    exports2.wrapHelper = wrapHelper;
    function wrapHelper(helper, transformOptionsFn) {
      if (typeof helper !== "function") {
        return helper;
      }
      var wrapper = function wrapper2() {
        var options = arguments[arguments.length - 1];
        arguments[arguments.length - 1] = transformOptionsFn(options);
        return helper.apply(this, arguments);
      };
      return wrapper;
    }
  }
});

// node_modules/handlebars/dist/cjs/handlebars/runtime.js
var require_runtime = __commonJS({
  "node_modules/handlebars/dist/cjs/handlebars/runtime.js"(exports2) {
    "use strict";
    exports2.__esModule = true;
    exports2.checkRevision = checkRevision;
    exports2.template = template2;
    exports2.wrapProgram = wrapProgram;
    exports2.resolvePartial = resolvePartial;
    exports2.invokePartial = invokePartial;
    exports2.noop = noop;
    function _interopRequireDefault(obj) {
      return obj && obj.__esModule ? obj : { "default": obj };
    }
    function _interopRequireWildcard(obj) {
      if (obj && obj.__esModule) {
        return obj;
      } else {
        var newObj = {};
        if (obj != null) {
          for (var key in obj) {
            if (Object.prototype.hasOwnProperty.call(obj, key)) newObj[key] = obj[key];
          }
        }
        newObj["default"] = obj;
        return newObj;
      }
    }
    var _utils = require_utils();
    var Utils = _interopRequireWildcard(_utils);
    var _exception = require_exception();
    var _exception2 = _interopRequireDefault(_exception);
    var _base = require_base();
    var _helpers = require_helpers();
    var _internalWrapHelper = require_wrapHelper();
    var _internalProtoAccess = require_proto_access();
    function checkRevision(compilerInfo) {
      var compilerRevision = compilerInfo && compilerInfo[0] || 1, currentRevision = _base.COMPILER_REVISION;
      if (compilerRevision >= _base.LAST_COMPATIBLE_COMPILER_REVISION && compilerRevision <= _base.COMPILER_REVISION) {
        return;
      }
      if (compilerRevision < _base.LAST_COMPATIBLE_COMPILER_REVISION) {
        var runtimeVersions = _base.REVISION_CHANGES[currentRevision], compilerVersions = _base.REVISION_CHANGES[compilerRevision];
        throw new _exception2["default"]("Template was precompiled with an older version of Handlebars than the current runtime. Please update your precompiler to a newer version (" + runtimeVersions + ") or downgrade your runtime to an older version (" + compilerVersions + ").");
      } else {
        throw new _exception2["default"]("Template was precompiled with a newer version of Handlebars than the current runtime. Please update your runtime to a newer version (" + compilerInfo[1] + ").");
      }
    }
    function template2(templateSpec, env2) {
      if (!env2) {
        throw new _exception2["default"]("No environment passed to template");
      }
      if (!templateSpec || !templateSpec.main) {
        throw new _exception2["default"]("Unknown template object: " + typeof templateSpec);
      }
      templateSpec.main.decorator = templateSpec.main_d;
      env2.VM.checkRevision(templateSpec.compiler);
      var templateWasPrecompiledWithCompilerV7 = templateSpec.compiler && templateSpec.compiler[0] === 7;
      function invokePartialWrapper(partial, context, options) {
        if (options.hash) {
          context = Utils.extend({}, context, options.hash);
          if (options.ids) {
            options.ids[0] = true;
          }
        }
        partial = env2.VM.resolvePartial.call(this, partial, context, options);
        options.hooks = this.hooks;
        options.protoAccessControl = this.protoAccessControl;
        var result = env2.VM.invokePartial.call(this, partial, context, options);
        if (result == null && Utils.isFunction(partial)) {
          throw new _exception2["default"]("The partial " + options.name + " returned no output: partials must return a string");
        }
        if (result == null && env2.compile) {
          if (typeof partial !== "string") {
            throw new _exception2["default"]("The partial " + options.name + " could not be compiled: partials must be strings or functions returning strings");
          }
          options.partials[options.name] = env2.compile(partial, templateSpec.compilerOptions, env2);
          result = options.partials[options.name](context, options);
        }
        if (result != null) {
          if (options.indent) {
            var lines = result.split("\n");
            for (var i = 0, l = lines.length; i < l; i++) {
              if (!lines[i] && i + 1 === l) {
                break;
              }
              lines[i] = options.indent + lines[i];
            }
            result = lines.join("\n");
          }
          return result;
        } else {
          throw new _exception2["default"]("The partial " + options.name + " could not be compiled when running in runtime-only mode");
        }
      }
      var container = {
        strict: function strict(obj, name, loc) {
          if (!obj || !(name in obj)) {
            throw new _exception2["default"]('"' + name + '" not defined in ' + obj, {
              loc
            });
          }
          return container.lookupProperty(obj, name);
        },
        lookupProperty: function lookupProperty(parent, propertyName) {
          var result = parent[propertyName];
          if (result == null) {
            return result;
          }
          if (Object.prototype.hasOwnProperty.call(parent, propertyName) && !_internalProtoAccess.isPrototypeConstructor(parent, propertyName, result)) {
            return result;
          }
          if (_internalProtoAccess.resultIsAllowed(result, container.protoAccessControl, propertyName)) {
            return result;
          }
          return void 0;
        },
        lookup: function lookup(depths, name) {
          var len = depths.length;
          for (var i = 0; i < len; i++) {
            var result = depths[i] && container.lookupProperty(depths[i], name);
            if (result != null) {
              return result;
            }
          }
        },
        lambda: function lambda(current, context) {
          return typeof current === "function" ? current.call(context) : current;
        },
        escapeExpression: Utils.escapeExpression,
        invokePartial: invokePartialWrapper,
        fn: function fn(i) {
          var ret2 = templateSpec[i];
          ret2.decorator = templateSpec[i + "_d"];
          return ret2;
        },
        programs: [],
        program: function program(i, data, declaredBlockParams, blockParams, depths) {
          var programWrapper = this.programs[i], fn = this.fn(i);
          if (data || depths || blockParams || declaredBlockParams) {
            programWrapper = wrapProgram(this, i, fn, data, declaredBlockParams, blockParams, depths);
          } else if (!programWrapper) {
            programWrapper = this.programs[i] = wrapProgram(this, i, fn);
          }
          return programWrapper;
        },
        data: function data(value, depth) {
          while (value && depth--) {
            value = value._parent;
          }
          return value;
        },
        mergeIfNeeded: function mergeIfNeeded(param, common) {
          var obj = param || common;
          if (param && common && param !== common) {
            obj = Utils.extend({}, common, param);
          }
          return obj;
        },
        // An empty object to use as replacement for null-contexts
        nullContext: Object.seal({}),
        noop: env2.VM.noop,
        compilerInfo: templateSpec.compiler
      };
      function ret(context) {
        var options = arguments.length <= 1 || arguments[1] === void 0 ? {} : arguments[1];
        var data = options.data;
        ret._setup(options);
        if (!options.partial && templateSpec.useData) {
          data = initData(context, data);
        }
        var depths = void 0, blockParams = templateSpec.useBlockParams ? [] : void 0;
        if (templateSpec.useDepths) {
          if (options.depths) {
            depths = context != options.depths[0] ? [context].concat(options.depths) : options.depths;
          } else {
            depths = [context];
          }
        }
        function main(context2) {
          return "" + templateSpec.main(container, context2, container.helpers, container.partials, data, blockParams, depths);
        }
        main = executeDecorators(templateSpec.main, main, container, options.depths || [], data, blockParams);
        return main(context, options);
      }
      ret.isTop = true;
      ret._setup = function(options) {
        if (!options.partial) {
          var mergedHelpers = {};
          addHelpers(mergedHelpers, env2.helpers, container);
          addHelpers(mergedHelpers, options.helpers, container);
          container.helpers = mergedHelpers;
          if (templateSpec.usePartial) {
            container.partials = container.mergeIfNeeded(options.partials, env2.partials);
          }
          if (templateSpec.usePartial || templateSpec.useDecorators) {
            container.decorators = Utils.extend({}, env2.decorators, options.decorators);
          }
          container.hooks = {};
          container.protoAccessControl = _internalProtoAccess.createProtoAccessControl(options);
          var keepHelperInHelpers = options.allowCallsToHelperMissing || templateWasPrecompiledWithCompilerV7;
          _helpers.moveHelperToHooks(container, "helperMissing", keepHelperInHelpers);
          _helpers.moveHelperToHooks(container, "blockHelperMissing", keepHelperInHelpers);
        } else {
          container.protoAccessControl = options.protoAccessControl;
          container.helpers = options.helpers;
          container.partials = options.partials;
          container.decorators = options.decorators;
          container.hooks = options.hooks;
        }
      };
      ret._child = function(i, data, blockParams, depths) {
        if (templateSpec.useBlockParams && !blockParams) {
          throw new _exception2["default"]("must pass block params");
        }
        if (templateSpec.useDepths && !depths) {
          throw new _exception2["default"]("must pass parent depths");
        }
        return wrapProgram(container, i, templateSpec[i], data, 0, blockParams, depths);
      };
      return ret;
    }
    function wrapProgram(container, i, fn, data, declaredBlockParams, blockParams, depths) {
      function prog(context) {
        var options = arguments.length <= 1 || arguments[1] === void 0 ? {} : arguments[1];
        var currentDepths = depths;
        if (depths && context != depths[0] && !(context === container.nullContext && depths[0] === null)) {
          currentDepths = [context].concat(depths);
        }
        return fn(container, context, container.helpers, container.partials, options.data || data, blockParams && [options.blockParams].concat(blockParams), currentDepths);
      }
      prog = executeDecorators(fn, prog, container, depths, data, blockParams);
      prog.program = i;
      prog.depth = depths ? depths.length : 0;
      prog.blockParams = declaredBlockParams || 0;
      return prog;
    }
    function resolvePartial(partial, context, options) {
      if (!partial) {
        if (options.name === "@partial-block") {
          partial = lookupOwnProperty(options.data, "partial-block");
        } else {
          partial = lookupOwnProperty(options.partials, options.name);
        }
      } else if (typeof partial !== "function" && !options.name) {
        options.name = partial;
        partial = lookupOwnProperty(options.partials, partial);
      }
      return partial;
    }
    function invokePartial(partial, context, options) {
      var currentPartialBlock = lookupOwnProperty(options.data, "partial-block");
      options.partial = true;
      if (options.ids) {
        options.data.contextPath = options.ids[0] || options.data.contextPath;
      }
      var partialBlock = void 0;
      if (options.fn && options.fn !== noop) {
        (function() {
          options.data = _base.createFrame(options.data);
          var fn = options.fn;
          partialBlock = options.data["partial-block"] = function partialBlockWrapper(context2) {
            var options2 = arguments.length <= 1 || arguments[1] === void 0 ? {} : arguments[1];
            options2.data = _base.createFrame(options2.data);
            options2.data["partial-block"] = currentPartialBlock;
            return fn(context2, options2);
          };
          if (fn.partials) {
            options.partials = Utils.extend({}, options.partials, fn.partials);
          }
        })();
      }
      if (partial === void 0 && partialBlock) {
        partial = partialBlock;
      }
      if (partial === void 0) {
        throw new _exception2["default"]("The partial " + options.name + " could not be found");
      } else if (partial instanceof Function) {
        return partial(context, options);
      }
    }
    function noop() {
      return "";
    }
    function lookupOwnProperty(obj, name) {
      if (obj && Object.prototype.hasOwnProperty.call(obj, name)) {
        return obj[name];
      }
    }
    function initData(context, data) {
      if (!data || !("root" in data)) {
        data = data ? _base.createFrame(data) : {};
        data.root = context;
      }
      return data;
    }
    function executeDecorators(fn, prog, container, depths, data, blockParams) {
      if (fn.decorator) {
        var props = {};
        prog = fn.decorator(prog, props, container, depths && depths[0], data, blockParams, depths);
        Utils.extend(prog, props);
      }
      return prog;
    }
    function addHelpers(mergedHelpers, helpers, container) {
      if (!helpers) return;
      Object.keys(helpers).forEach(function(helperName) {
        var helper = helpers[helperName];
        mergedHelpers[helperName] = passLookupPropertyOption(helper, container);
      });
    }
    function passLookupPropertyOption(helper, container) {
      var lookupProperty = container.lookupProperty;
      return _internalWrapHelper.wrapHelper(helper, function(options) {
        options.lookupProperty = lookupProperty;
        return options;
      });
    }
  }
});

// node_modules/handlebars/dist/cjs/handlebars/no-conflict.js
var require_no_conflict = __commonJS({
  "node_modules/handlebars/dist/cjs/handlebars/no-conflict.js"(exports2, module2) {
    "use strict";
    exports2.__esModule = true;
    exports2["default"] = function(Handlebars) {
      (function() {
        if (typeof globalThis === "object") return;
        Object.prototype.__defineGetter__("__magic__", function() {
          return this;
        });
        __magic__.globalThis = __magic__;
        delete Object.prototype.__magic__;
      })();
      var $Handlebars = globalThis.Handlebars;
      Handlebars.noConflict = function() {
        if (globalThis.Handlebars === Handlebars) {
          globalThis.Handlebars = $Handlebars;
        }
        return Handlebars;
      };
    };
    module2.exports = exports2["default"];
  }
});

// node_modules/handlebars/dist/cjs/handlebars.runtime.js
var require_handlebars_runtime = __commonJS({
  "node_modules/handlebars/dist/cjs/handlebars.runtime.js"(exports2, module2) {
    "use strict";
    exports2.__esModule = true;
    function _interopRequireDefault(obj) {
      return obj && obj.__esModule ? obj : { "default": obj };
    }
    function _interopRequireWildcard(obj) {
      if (obj && obj.__esModule) {
        return obj;
      } else {
        var newObj = {};
        if (obj != null) {
          for (var key in obj) {
            if (Object.prototype.hasOwnProperty.call(obj, key)) newObj[key] = obj[key];
          }
        }
        newObj["default"] = obj;
        return newObj;
      }
    }
    var _handlebarsBase = require_base();
    var base = _interopRequireWildcard(_handlebarsBase);
    var _handlebarsSafeString = require_safe_string();
    var _handlebarsSafeString2 = _interopRequireDefault(_handlebarsSafeString);
    var _handlebarsException = require_exception();
    var _handlebarsException2 = _interopRequireDefault(_handlebarsException);
    var _handlebarsUtils = require_utils();
    var Utils = _interopRequireWildcard(_handlebarsUtils);
    var _handlebarsRuntime = require_runtime();
    var runtime2 = _interopRequireWildcard(_handlebarsRuntime);
    var _handlebarsNoConflict = require_no_conflict();
    var _handlebarsNoConflict2 = _interopRequireDefault(_handlebarsNoConflict);
    function create() {
      var hb = new base.HandlebarsEnvironment();
      Utils.extend(hb, base);
      hb.SafeString = _handlebarsSafeString2["default"];
      hb.Exception = _handlebarsException2["default"];
      hb.Utils = Utils;
      hb.escapeExpression = Utils.escapeExpression;
      hb.VM = runtime2;
      hb.template = function(spec) {
        return runtime2.template(spec, hb);
      };
      return hb;
    }
    var inst = create();
    inst.create = create;
    _handlebarsNoConflict2["default"](inst);
    inst["default"] = inst;
    exports2["default"] = inst;
    module2.exports = exports2["default"];
  }
});

// node_modules/handlebars/runtime.js
var require_runtime2 = __commonJS({
  "node_modules/handlebars/runtime.js"(exports2, module2) {
    module2.exports = require_handlebars_runtime()["default"];
  }
});

// src/emit/kube.ts
var kube_exports = {};
__export(kube_exports, {
  ACTIVE_DEADLINE_SECONDS: () => ACTIVE_DEADLINE_SECONDS,
  DEFAULT_CLONE_IMAGE: () => DEFAULT_CLONE_IMAGE,
  SCRIPTS_PATH: () => SCRIPTS_PATH,
  TTL_SECONDS_AFTER_FINISHED: () => TTL_SECONDS_AFTER_FINISHED,
  dns1123Label: () => dns1123Label,
  emitKube: () => emitKube,
  kubeMemory: () => kubeMemory,
  kubeNames: () => kubeNames,
  seconds: () => seconds
});
module.exports = __toCommonJS(kube_exports);
var import_node_path = require("node:path");

// src/diagnostics.ts
var Diagnostics = class {
  list = [];
  error(code2, message, span, hint, related) {
    this.list.push(make("error", code2, message, span, hint, related));
  }
  warning(code2, message, span, hint, related) {
    this.list.push(make("warning", code2, message, span, hint, related));
  }
  get hasErrors() {
    return this.list.some((d) => d.severity === "error");
  }
};
function make(severity, code2, message, place, hint, related) {
  const d = { severity, code: code2, message };
  const span = typeof place === "function" ? place() : place;
  if (span) d.span = span;
  if (hint) d.hint = hint;
  if (related && related.length > 0) d.related = related;
  return d;
}

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

// src/lower/values.ts
function flatten(value, placeholder) {
  return value.map((p) => typeof p === "string" ? p : placeholder(p.env, p)).join("");
}
function referenceText(part) {
  if (part.written !== void 0) return part.written;
  const op = part.op;
  if (!op || op.op === "quote") return `$$${part.env}`;
  const inner = (() => {
    switch (op.op) {
      case "default":
        return `=${op.word}`;
      case "prefix":
        return `##${op.word}`;
      case "suffix":
        return `%%${op.word}`;
      case "replace":
        return `/${op.old}/${op.new}`;
      case "head":
        return `:${op.length}`;
      case "substring":
        return `:${op.start}:${op.length}`;
    }
  })();
  return `$\${${part.env}${inner}}`;
}
function isLiteral(value) {
  return value.every((p) => typeof p === "string");
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

// src/emit/quote.ts
var SAFE = /^[A-Za-z0-9_@%+=:,./-]+$/;
var IDENTIFIER = /^[A-Za-z_][A-Za-z0-9_]*$/;
function shellWord(word) {
  let out = "";
  for (let i = 0; i < word.length; i++) {
    const p = word[i];
    if (typeof p === "string") {
      if (p === "") continue;
      out += SAFE.test(p) ? p : `'${p.replace(/'/g, `'\\''`)}'`;
    } else {
      const name = "env" in p ? p.env : p.var;
      out += `"\${${shellName(name)}}"`;
    }
  }
  return out === "" ? "''" : out;
}
function shellName(name) {
  if (!IDENTIFIER.test(name)) throw new Error(`not a shell variable name: ${JSON.stringify(name)}`);
  return name;
}
function commentText(text) {
  return text.replace(/[\u0000-\u001f\u007f-\u009f\u2028\u2029]/g, "?");
}
var YAML_PLAIN_KEY = /^[A-Za-z_][A-Za-z0-9_.-]*$/;
var YAML11_SPECIAL = /^(y|n|yes|no|on|off|true|false|null|~)$/i;
function yamlValue(parts) {
  let s = "";
  for (const p of parts) {
    if (typeof p !== "string") s += composeReference(p);
    else s += p.indexOf("$") === -1 ? p : p.replace(/\$/g, "$$$$");
  }
  return yamlQuote(s);
}
function composeReference(p) {
  const name = shellName(p.env);
  if (!p.op || p.op.op === "quote") return `\${${name}}`;
  if (p.op.op === "default" && !/[$}]/.test(p.op.word)) return `\${${name}:-${p.op.word}}`;
  throw new Error(`compose interpolation cannot express the operation ${p.op.op}`);
}
function yamlKey(key) {
  return YAML_PLAIN_KEY.test(key) && !YAML11_SPECIAL.test(key) && !/^[eE][-+]?[0-9]/.test(key) ? key : yamlQuote(key);
}
var YAML_UNSAFE = /["\\\u0000-\u001f\u007f-\u009f\u2028\u2029\ufeff\ufffe\uffff\ud800-\udfff]/;
function yamlQuote(s) {
  if (!YAML_UNSAFE.test(s)) return `"${s}"`;
  let out = '"';
  for (const ch of s) {
    const c = ch.codePointAt(0);
    if (ch === '"') out += '\\"';
    else if (ch === "\\") out += "\\\\";
    else if (ch === "\n") out += "\\n";
    else if (ch === "	") out += "\\t";
    else if (ch === "\r") out += "\\r";
    else if (c < 32 || c === 127 || c >= 128 && c <= 159) out += `\\x${c.toString(16).padStart(2, "0")}`;
    else if (c === 8232 || c === 8233 || c === 65279 || c === 65534 || c === 65535 || c >= 55296 && c <= 57343) {
      out += `\\u${c.toString(16).padStart(4, "0")}`;
    } else out += ch;
  }
  return out + '"';
}

// src/emit/readiness.ts
function portGroups(ports) {
  return ports.map((alternatives) => alternatives.map((p) => p.toString(16).toUpperCase().padStart(4, "0")).join("/")).join(",");
}

// src/generated/templates/kube.ts
var template = {
  "0": function(container, depth0, helpers, partials, data) {
    var stack1, alias1 = depth0 != null ? depth0 : container.nullContext || {}, lookupProperty = container.lookupProperty || function(parent, propertyName) {
      if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
        return parent[propertyName];
      }
      return void 0;
    };
    return "- name: " + ((stack1 = lookupProperty(helpers, "yamlKey").call(alias1, lookupProperty(depth0, "name"), { "name": "yamlKey", "hash": {}, "data": data })) != null ? stack1 : "") + "\n  image: " + ((stack1 = lookupProperty(helpers, "yamlKey").call(alias1, lookupProperty(depth0, "image"), { "name": "yamlKey", "hash": {}, "data": data })) != null ? stack1 : "") + "\n  imagePullPolicy: " + ((stack1 = lookupProperty(helpers, "yamlKey").call(alias1, lookupProperty(depth0, "pullPolicy"), { "name": "yamlKey", "hash": {}, "data": data })) != null ? stack1 : "") + "\n" + ((stack1 = lookupProperty(helpers, "if").call(alias1, lookupProperty(depth0, "sidecar"), { "name": "if", "hash": {}, "fn": container.program(1, data, 0), "inverse": container.noop, "data": data })) != null ? stack1 : "") + ((stack1 = lookupProperty(helpers, "if").call(alias1, lookupProperty(depth0, "command"), { "name": "if", "hash": {}, "fn": container.program(2, data, 0), "inverse": container.noop, "data": data })) != null ? stack1 : "") + ((stack1 = lookupProperty(helpers, "if").call(alias1, lookupProperty(depth0, "args"), { "name": "if", "hash": {}, "fn": container.program(4, data, 0), "inverse": container.noop, "data": data })) != null ? stack1 : "") + ((stack1 = lookupProperty(helpers, "if").call(alias1, lookupProperty(depth0, "workingDir"), { "name": "if", "hash": {}, "fn": container.program(5, data, 0), "inverse": container.noop, "data": data })) != null ? stack1 : "") + ((stack1 = lookupProperty(helpers, "if").call(alias1, lookupProperty(depth0, "env"), { "name": "if", "hash": {}, "fn": container.program(6, data, 0), "inverse": container.noop, "data": data })) != null ? stack1 : "") + ((stack1 = lookupProperty(helpers, "if").call(alias1, lookupProperty(depth0, "envFrom"), { "name": "if", "hash": {}, "fn": container.program(12, data, 0), "inverse": container.noop, "data": data })) != null ? stack1 : "") + ((stack1 = lookupProperty(helpers, "if").call(alias1, lookupProperty(depth0, "privileged"), { "name": "if", "hash": {}, "fn": container.program(13, data, 0), "inverse": container.noop, "data": data })) != null ? stack1 : "") + ((stack1 = lookupProperty(helpers, "if").call(alias1, lookupProperty(depth0, "memory"), { "name": "if", "hash": {}, "fn": container.program(14, data, 0), "inverse": container.noop, "data": data })) != null ? stack1 : "") + "  volumeMounts:\n" + ((stack1 = lookupProperty(helpers, "each").call(alias1, lookupProperty(depth0, "mounts"), { "name": "each", "hash": {}, "fn": container.program(15, data, 0), "inverse": container.noop, "data": data })) != null ? stack1 : "") + ((stack1 = lookupProperty(helpers, "if").call(alias1, lookupProperty(depth0, "probe"), { "name": "if", "hash": {}, "fn": container.program(18, data, 0), "inverse": container.noop, "data": data })) != null ? stack1 : "");
  },
  "1": function(container, depth0, helpers, partials, data) {
    return "  restartPolicy: Always\n";
  },
  "2": function(container, depth0, helpers, partials, data) {
    var stack1, lookupProperty = container.lookupProperty || function(parent, propertyName) {
      if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
        return parent[propertyName];
      }
      return void 0;
    };
    return "  command:\n" + ((stack1 = lookupProperty(helpers, "each").call(depth0 != null ? depth0 : container.nullContext || {}, lookupProperty(depth0, "command"), { "name": "each", "hash": {}, "fn": container.program(3, data, 0), "inverse": container.noop, "data": data })) != null ? stack1 : "");
  },
  "3": function(container, depth0, helpers, partials, data) {
    var stack1, lookupProperty = container.lookupProperty || function(parent, propertyName) {
      if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
        return parent[propertyName];
      }
      return void 0;
    };
    return "  - " + ((stack1 = lookupProperty(helpers, "yaml").call(depth0 != null ? depth0 : container.nullContext || {}, depth0, { "name": "yaml", "hash": {}, "data": data })) != null ? stack1 : "") + "\n";
  },
  "4": function(container, depth0, helpers, partials, data) {
    var stack1, lookupProperty = container.lookupProperty || function(parent, propertyName) {
      if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
        return parent[propertyName];
      }
      return void 0;
    };
    return "  args:\n" + ((stack1 = lookupProperty(helpers, "each").call(depth0 != null ? depth0 : container.nullContext || {}, lookupProperty(depth0, "args"), { "name": "each", "hash": {}, "fn": container.program(3, data, 0), "inverse": container.noop, "data": data })) != null ? stack1 : "");
  },
  "5": function(container, depth0, helpers, partials, data) {
    var stack1, lookupProperty = container.lookupProperty || function(parent, propertyName) {
      if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
        return parent[propertyName];
      }
      return void 0;
    };
    return "  workingDir: " + ((stack1 = lookupProperty(helpers, "yamlKey").call(depth0 != null ? depth0 : container.nullContext || {}, lookupProperty(depth0, "workingDir"), { "name": "yamlKey", "hash": {}, "data": data })) != null ? stack1 : "") + "\n";
  },
  "6": function(container, depth0, helpers, partials, data) {
    var stack1, lookupProperty = container.lookupProperty || function(parent, propertyName) {
      if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
        return parent[propertyName];
      }
      return void 0;
    };
    return "  env:\n" + ((stack1 = lookupProperty(helpers, "each").call(depth0 != null ? depth0 : container.nullContext || {}, lookupProperty(depth0, "env"), { "name": "each", "hash": {}, "fn": container.program(7, data, 0), "inverse": container.noop, "data": data })) != null ? stack1 : "");
  },
  "7": function(container, depth0, helpers, partials, data) {
    var stack1, alias1 = depth0 != null ? depth0 : container.nullContext || {}, lookupProperty = container.lookupProperty || function(parent, propertyName) {
      if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
        return parent[propertyName];
      }
      return void 0;
    };
    return "  - name: " + ((stack1 = lookupProperty(helpers, "yamlKey").call(alias1, lookupProperty(depth0, "name"), { "name": "yamlKey", "hash": {}, "data": data })) != null ? stack1 : "") + "\n" + ((stack1 = lookupProperty(helpers, "if").call(alias1, lookupProperty(depth0, "value"), { "name": "if", "hash": {}, "fn": container.program(8, data, 0), "inverse": container.noop, "data": data })) != null ? stack1 : "") + ((stack1 = lookupProperty(helpers, "if").call(alias1, lookupProperty(depth0, "secret"), { "name": "if", "hash": {}, "fn": container.program(9, data, 0), "inverse": container.noop, "data": data })) != null ? stack1 : "") + ((stack1 = lookupProperty(helpers, "if").call(alias1, lookupProperty(depth0, "configMap"), { "name": "if", "hash": {}, "fn": container.program(11, data, 0), "inverse": container.noop, "data": data })) != null ? stack1 : "");
  },
  "8": function(container, depth0, helpers, partials, data) {
    var stack1, lookupProperty = container.lookupProperty || function(parent, propertyName) {
      if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
        return parent[propertyName];
      }
      return void 0;
    };
    return "    value: " + ((stack1 = lookupProperty(helpers, "yaml").call(depth0 != null ? depth0 : container.nullContext || {}, lookupProperty(depth0, "value"), { "name": "yaml", "hash": {}, "data": data })) != null ? stack1 : "") + "\n";
  },
  "9": function(container, depth0, helpers, partials, data) {
    var stack1, alias1 = depth0 != null ? depth0 : container.nullContext || {}, lookupProperty = container.lookupProperty || function(parent, propertyName) {
      if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
        return parent[propertyName];
      }
      return void 0;
    };
    return "    valueFrom:\n      secretKeyRef:\n        name: " + ((stack1 = lookupProperty(helpers, "yamlKey").call(alias1, lookupProperty(lookupProperty(depth0, "secret"), "name"), { "name": "yamlKey", "hash": {}, "data": data })) != null ? stack1 : "") + "\n        key: " + ((stack1 = lookupProperty(helpers, "yamlKey").call(alias1, lookupProperty(lookupProperty(depth0, "secret"), "key"), { "name": "yamlKey", "hash": {}, "data": data })) != null ? stack1 : "") + "\n" + ((stack1 = lookupProperty(helpers, "if").call(alias1, lookupProperty(lookupProperty(depth0, "secret"), "optional"), { "name": "if", "hash": {}, "fn": container.program(10, data, 0), "inverse": container.noop, "data": data })) != null ? stack1 : "");
  },
  "10": function(container, depth0, helpers, partials, data) {
    return "        optional: true\n";
  },
  "11": function(container, depth0, helpers, partials, data) {
    var stack1, alias1 = depth0 != null ? depth0 : container.nullContext || {}, lookupProperty = container.lookupProperty || function(parent, propertyName) {
      if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
        return parent[propertyName];
      }
      return void 0;
    };
    return "    valueFrom:\n      configMapKeyRef:\n        name: " + ((stack1 = lookupProperty(helpers, "yamlKey").call(alias1, lookupProperty(lookupProperty(depth0, "configMap"), "name"), { "name": "yamlKey", "hash": {}, "data": data })) != null ? stack1 : "") + "\n        key: " + ((stack1 = lookupProperty(helpers, "yamlKey").call(alias1, lookupProperty(lookupProperty(depth0, "configMap"), "key"), { "name": "yamlKey", "hash": {}, "data": data })) != null ? stack1 : "") + "\n" + ((stack1 = lookupProperty(helpers, "if").call(alias1, lookupProperty(lookupProperty(depth0, "configMap"), "optional"), { "name": "if", "hash": {}, "fn": container.program(10, data, 0), "inverse": container.noop, "data": data })) != null ? stack1 : "");
  },
  "12": function(container, depth0, helpers, partials, data) {
    var stack1, alias1 = depth0 != null ? depth0 : container.nullContext || {}, lookupProperty = container.lookupProperty || function(parent, propertyName) {
      if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
        return parent[propertyName];
      }
      return void 0;
    };
    return "  envFrom:\n  - prefix: " + ((stack1 = lookupProperty(helpers, "yamlKey").call(alias1, lookupProperty(lookupProperty(depth0, "envFrom"), "prefix"), { "name": "yamlKey", "hash": {}, "data": data })) != null ? stack1 : "") + "\n    configMapRef:\n      name: " + ((stack1 = lookupProperty(helpers, "yamlKey").call(alias1, lookupProperty(lookupProperty(depth0, "envFrom"), "name"), { "name": "yamlKey", "hash": {}, "data": data })) != null ? stack1 : "") + "\n      optional: true\n";
  },
  "13": function(container, depth0, helpers, partials, data) {
    return "  securityContext:\n    privileged: true\n";
  },
  "14": function(container, depth0, helpers, partials, data) {
    var stack1, lookupProperty = container.lookupProperty || function(parent, propertyName) {
      if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
        return parent[propertyName];
      }
      return void 0;
    };
    return "  resources:\n    limits:\n      memory: " + ((stack1 = lookupProperty(helpers, "yamlKey").call(depth0 != null ? depth0 : container.nullContext || {}, lookupProperty(depth0, "memory"), { "name": "yamlKey", "hash": {}, "data": data })) != null ? stack1 : "") + "\n";
  },
  "15": function(container, depth0, helpers, partials, data) {
    var stack1, alias1 = depth0 != null ? depth0 : container.nullContext || {}, lookupProperty = container.lookupProperty || function(parent, propertyName) {
      if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
        return parent[propertyName];
      }
      return void 0;
    };
    return "  - name: " + ((stack1 = lookupProperty(helpers, "yamlKey").call(alias1, lookupProperty(depth0, "name"), { "name": "yamlKey", "hash": {}, "data": data })) != null ? stack1 : "") + "\n    mountPath: " + ((stack1 = lookupProperty(helpers, "yamlKey").call(alias1, lookupProperty(depth0, "path"), { "name": "yamlKey", "hash": {}, "data": data })) != null ? stack1 : "") + "\n" + ((stack1 = lookupProperty(helpers, "if").call(alias1, lookupProperty(depth0, "subPath"), { "name": "if", "hash": {}, "fn": container.program(16, data, 0), "inverse": container.noop, "data": data })) != null ? stack1 : "") + ((stack1 = lookupProperty(helpers, "if").call(alias1, lookupProperty(depth0, "readOnly"), { "name": "if", "hash": {}, "fn": container.program(17, data, 0), "inverse": container.noop, "data": data })) != null ? stack1 : "");
  },
  "16": function(container, depth0, helpers, partials, data) {
    var stack1, lookupProperty = container.lookupProperty || function(parent, propertyName) {
      if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
        return parent[propertyName];
      }
      return void 0;
    };
    return "    subPath: " + ((stack1 = lookupProperty(helpers, "yamlKey").call(depth0 != null ? depth0 : container.nullContext || {}, lookupProperty(depth0, "subPath"), { "name": "yamlKey", "hash": {}, "data": data })) != null ? stack1 : "") + "\n";
  },
  "17": function(container, depth0, helpers, partials, data) {
    return "    readOnly: true\n";
  },
  "18": function(container, depth0, helpers, partials, data) {
    var stack1, alias1 = depth0 != null ? depth0 : container.nullContext || {}, lookupProperty = container.lookupProperty || function(parent, propertyName) {
      if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
        return parent[propertyName];
      }
      return void 0;
    };
    return "  startupProbe:\n    exec:\n      command:\n" + ((stack1 = lookupProperty(helpers, "each").call(alias1, lookupProperty(lookupProperty(depth0, "probe"), "command"), { "name": "each", "hash": {}, "fn": container.program(19, data, 0), "inverse": container.noop, "data": data })) != null ? stack1 : "") + ((stack1 = lookupProperty(helpers, "if").call(alias1, lookupProperty(lookupProperty(depth0, "probe"), "delay"), { "name": "if", "hash": {}, "fn": container.program(20, data, 0), "inverse": container.noop, "data": data })) != null ? stack1 : "") + "    periodSeconds: " + ((stack1 = lookupProperty(helpers, "int").call(alias1, lookupProperty(lookupProperty(depth0, "probe"), "period"), { "name": "int", "hash": {}, "data": data })) != null ? stack1 : "") + "\n    timeoutSeconds: " + ((stack1 = lookupProperty(helpers, "int").call(alias1, lookupProperty(lookupProperty(depth0, "probe"), "timeout"), { "name": "int", "hash": {}, "data": data })) != null ? stack1 : "") + "\n    failureThreshold: " + ((stack1 = lookupProperty(helpers, "int").call(alias1, lookupProperty(lookupProperty(depth0, "probe"), "failures"), { "name": "int", "hash": {}, "data": data })) != null ? stack1 : "") + "\n";
  },
  "19": function(container, depth0, helpers, partials, data) {
    var stack1, lookupProperty = container.lookupProperty || function(parent, propertyName) {
      if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
        return parent[propertyName];
      }
      return void 0;
    };
    return "      - " + ((stack1 = lookupProperty(helpers, "yaml").call(depth0 != null ? depth0 : container.nullContext || {}, depth0, { "name": "yaml", "hash": {}, "data": data })) != null ? stack1 : "") + "\n";
  },
  "20": function(container, depth0, helpers, partials, data) {
    var stack1, lookupProperty = container.lookupProperty || function(parent, propertyName) {
      if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
        return parent[propertyName];
      }
      return void 0;
    };
    return "    initialDelaySeconds: " + ((stack1 = lookupProperty(helpers, "int").call(depth0 != null ? depth0 : container.nullContext || {}, lookupProperty(lookupProperty(depth0, "probe"), "delay"), { "name": "int", "hash": {}, "data": data })) != null ? stack1 : "") + "\n";
  },
  "21": function(container, depth0, helpers, partials, data) {
    return "# The file has no build: the Job starts the services, waits until they are ready, and ends.\n";
  },
  "22": function(container, depth0, helpers, partials, data) {
    var stack1, alias1 = depth0 != null ? depth0 : container.nullContext || {}, lookupProperty = container.lookupProperty || function(parent, propertyName) {
      if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
        return parent[propertyName];
      }
      return void 0;
    };
    return "#   kubectl create secret generic " + ((stack1 = lookupProperty(helpers, "comment").call(alias1, lookupProperty(lookupProperty(depth0, "names"), "secrets"), { "name": "comment", "hash": {}, "data": data })) != null ? stack1 : "") + ((stack1 = lookupProperty(helpers, "each").call(alias1, lookupProperty(depth0, "secretKeys"), { "name": "each", "hash": {}, "fn": container.program(23, data, 0), "inverse": container.noop, "data": data })) != null ? stack1 : "") + "\n";
  },
  "23": function(container, depth0, helpers, partials, data) {
    var stack1, lookupProperty = container.lookupProperty || function(parent, propertyName) {
      if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
        return parent[propertyName];
      }
      return void 0;
    };
    return " --from-literal=" + ((stack1 = lookupProperty(helpers, "comment").call(depth0 != null ? depth0 : container.nullContext || {}, depth0, { "name": "comment", "hash": {}, "data": data })) != null ? stack1 : "") + "=VALUE";
  },
  "24": function(container, depth0, helpers, partials, data) {
    var stack1, lookupProperty = container.lookupProperty || function(parent, propertyName) {
      if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
        return parent[propertyName];
      }
      return void 0;
    };
    return "#   kubectl create secret docker-registry " + ((stack1 = lookupProperty(helpers, "comment").call(depth0 != null ? depth0 : container.nullContext || {}, lookupProperty(lookupProperty(depth0, "names"), "registry"), { "name": "comment", "hash": {}, "data": data })) != null ? stack1 : "") + " --docker-server=SERVER --docker-username=USER --docker-password=PASSWORD\n";
  },
  "25": function(container, depth0, helpers, partials, data) {
    var stack1, lookupProperty = container.lookupProperty || function(parent, propertyName) {
      if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
        return parent[propertyName];
      }
      return void 0;
    };
    return " secret/" + ((stack1 = lookupProperty(helpers, "comment").call(depth0 != null ? depth0 : container.nullContext || {}, lookupProperty(lookupProperty(depth0, "names"), "secrets"), { "name": "comment", "hash": {}, "data": data })) != null ? stack1 : "");
  },
  "26": function(container, depth0, helpers, partials, data) {
    var stack1, lookupProperty = container.lookupProperty || function(parent, propertyName) {
      if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
        return parent[propertyName];
      }
      return void 0;
    };
    return " secret/" + ((stack1 = lookupProperty(helpers, "comment").call(depth0 != null ? depth0 : container.nullContext || {}, lookupProperty(lookupProperty(depth0, "names"), "registry"), { "name": "comment", "hash": {}, "data": data })) != null ? stack1 : "");
  },
  "27": function(container, depth0, helpers, partials, data) {
    var stack1, alias1 = depth0 != null ? depth0 : container.nullContext || {}, lookupProperty = container.lookupProperty || function(parent, propertyName) {
      if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
        return parent[propertyName];
      }
      return void 0;
    };
    return "  " + ((stack1 = lookupProperty(helpers, "yamlKey").call(alias1, lookupProperty(depth0, "key"), { "name": "yamlKey", "hash": {}, "data": data })) != null ? stack1 : "") + ": " + ((stack1 = lookupProperty(helpers, "yamlKey").call(alias1, lookupProperty(depth0, "text"), { "name": "yamlKey", "hash": {}, "data": data })) != null ? stack1 : "") + "\n";
  },
  "28": function(container, depth0, helpers, partials, data) {
    return "      hostNetwork: true\n";
  },
  "29": function(container, depth0, helpers, partials, data) {
    var stack1, lookupProperty = container.lookupProperty || function(parent, propertyName) {
      if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
        return parent[propertyName];
      }
      return void 0;
    };
    return "      dnsPolicy: None\n      dnsConfig:\n        nameservers:\n" + ((stack1 = lookupProperty(helpers, "each").call(depth0 != null ? depth0 : container.nullContext || {}, lookupProperty(depth0, "nameservers"), { "name": "each", "hash": {}, "fn": container.program(30, data, 0), "inverse": container.noop, "data": data })) != null ? stack1 : "");
  },
  "30": function(container, depth0, helpers, partials, data) {
    var stack1, lookupProperty = container.lookupProperty || function(parent, propertyName) {
      if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
        return parent[propertyName];
      }
      return void 0;
    };
    return "        - " + ((stack1 = lookupProperty(helpers, "yamlKey").call(depth0 != null ? depth0 : container.nullContext || {}, depth0, { "name": "yamlKey", "hash": {}, "data": data })) != null ? stack1 : "") + "\n";
  },
  "31": function(container, depth0, helpers, partials, data) {
    var stack1, lookupProperty = container.lookupProperty || function(parent, propertyName) {
      if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
        return parent[propertyName];
      }
      return void 0;
    };
    return "      hostAliases:\n" + ((stack1 = lookupProperty(helpers, "each").call(depth0 != null ? depth0 : container.nullContext || {}, lookupProperty(depth0, "hostAliases"), { "name": "each", "hash": {}, "fn": container.program(32, data, 0), "inverse": container.noop, "data": data })) != null ? stack1 : "");
  },
  "32": function(container, depth0, helpers, partials, data) {
    var stack1, alias1 = depth0 != null ? depth0 : container.nullContext || {}, lookupProperty = container.lookupProperty || function(parent, propertyName) {
      if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
        return parent[propertyName];
      }
      return void 0;
    };
    return "      - ip: " + ((stack1 = lookupProperty(helpers, "yamlKey").call(alias1, lookupProperty(depth0, "ip"), { "name": "yamlKey", "hash": {}, "data": data })) != null ? stack1 : "") + "\n        hostnames:\n" + ((stack1 = lookupProperty(helpers, "each").call(alias1, lookupProperty(depth0, "hostnames"), { "name": "each", "hash": {}, "fn": container.program(30, data, 0), "inverse": container.noop, "data": data })) != null ? stack1 : "");
  },
  "33": function(container, depth0, helpers, partials, data) {
    var stack1, lookupProperty = container.lookupProperty || function(parent, propertyName) {
      if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
        return parent[propertyName];
      }
      return void 0;
    };
    return "      imagePullSecrets:\n      - name: " + ((stack1 = lookupProperty(helpers, "yamlKey").call(depth0 != null ? depth0 : container.nullContext || {}, lookupProperty(lookupProperty(depth0, "names"), "registry"), { "name": "yamlKey", "hash": {}, "data": data })) != null ? stack1 : "") + "\n";
  },
  "34": function(container, depth0, helpers, partials, data) {
    var stack1, alias1 = depth0 != null ? depth0 : container.nullContext || {}, lookupProperty = container.lookupProperty || function(parent, propertyName) {
      if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
        return parent[propertyName];
      }
      return void 0;
    };
    return "      - name: " + ((stack1 = lookupProperty(helpers, "yamlKey").call(alias1, lookupProperty(depth0, "name"), { "name": "yamlKey", "hash": {}, "data": data })) != null ? stack1 : "") + "\n" + ((stack1 = lookupProperty(helpers, "if").call(alias1, lookupProperty(depth0, "emptyDir"), { "name": "if", "hash": {}, "fn": container.program(35, data, 0), "inverse": container.noop, "data": data })) != null ? stack1 : "") + ((stack1 = lookupProperty(helpers, "if").call(alias1, lookupProperty(depth0, "hostPath"), { "name": "if", "hash": {}, "fn": container.program(36, data, 0), "inverse": container.noop, "data": data })) != null ? stack1 : "") + ((stack1 = lookupProperty(helpers, "if").call(alias1, lookupProperty(depth0, "configMap"), { "name": "if", "hash": {}, "fn": container.program(37, data, 0), "inverse": container.noop, "data": data })) != null ? stack1 : "");
  },
  "35": function(container, depth0, helpers, partials, data) {
    return "        emptyDir: {}\n";
  },
  "36": function(container, depth0, helpers, partials, data) {
    var stack1, lookupProperty = container.lookupProperty || function(parent, propertyName) {
      if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
        return parent[propertyName];
      }
      return void 0;
    };
    return "        hostPath:\n          path: " + ((stack1 = lookupProperty(helpers, "yamlKey").call(depth0 != null ? depth0 : container.nullContext || {}, lookupProperty(depth0, "hostPath"), { "name": "yamlKey", "hash": {}, "data": data })) != null ? stack1 : "") + "\n";
  },
  "37": function(container, depth0, helpers, partials, data) {
    var stack1, lookupProperty = container.lookupProperty || function(parent, propertyName) {
      if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
        return parent[propertyName];
      }
      return void 0;
    };
    return "        configMap:\n          name: " + ((stack1 = lookupProperty(helpers, "yamlKey").call(depth0 != null ? depth0 : container.nullContext || {}, lookupProperty(depth0, "configMap"), { "name": "yamlKey", "hash": {}, "data": data })) != null ? stack1 : "") + "\n";
  },
  "38": function(container, depth0, helpers, partials, data) {
    var stack1, lookupProperty = container.lookupProperty || function(parent, propertyName) {
      if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
        return parent[propertyName];
      }
      return void 0;
    };
    return (stack1 = container.invokePartial(lookupProperty(partials, "container"), depth0, { "name": "container", "data": data, "indent": "      ", "helpers": helpers, "partials": partials, "decorators": container.decorators })) != null ? stack1 : "";
  },
  "compiler": [8, ">= 4.3.0"],
  "main": function(container, depth0, helpers, partials, data, blockParams, depths) {
    var stack1, alias1 = depth0 != null ? depth0 : container.nullContext || {}, lookupProperty = container.lookupProperty || function(parent, propertyName) {
      if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
        return parent[propertyName];
      }
      return void 0;
    };
    return "# Code generated by drone-compose from " + ((stack1 = lookupProperty(helpers, "comment").call(alias1, lookupProperty(depth0, "source"), { "name": "comment", "hash": {}, "data": data })) != null ? stack1 : "") + "; DO NOT EDIT.\n#\n# The services and build of " + ((stack1 = lookupProperty(helpers, "comment").call(alias1, lookupProperty(depth0, "source"), { "name": "comment", "hash": {}, "data": data })) != null ? stack1 : "") + " as one Kubernetes Job (Kubernetes 1.29 or later): one pod, so\n# the services answer at 127.0.0.1, as in " + ((stack1 = lookupProperty(helpers, "comment").call(alias1, lookupProperty(depth0, "format"), { "name": "comment", "hash": {}, "data": data })) != null ? stack1 : "") + ". Services are sidecars; build steps run in order.\n" + ((stack1 = lookupProperty(helpers, "if").call(alias1, lookupProperty(depth0, "servicesOnly"), { "name": "if", "hash": {}, "fn": container.program(21, data, 0, blockParams, depths), "inverse": container.noop, "data": data })) != null ? stack1 : "") + '# Before each run, create what the manifest reads (see the README, "Kubernetes"):\n#   kubectl create configmap ' + ((stack1 = lookupProperty(helpers, "comment").call(alias1, lookupProperty(lookupProperty(depth0, "names"), "build"), { "name": "comment", "hash": {}, "data": data })) != null ? stack1 : "") + " --from-literal=" + ((stack1 = lookupProperty(helpers, "comment").call(alias1, lookupProperty(depth0, "remoteKey"), { "name": "comment", "hash": {}, "data": data })) != null ? stack1 : "") + "=URL --from-literal=" + ((stack1 = lookupProperty(helpers, "comment").call(alias1, lookupProperty(depth0, "commitKey"), { "name": "comment", "hash": {}, "data": data })) != null ? stack1 : "") + "=SHA\n" + ((stack1 = lookupProperty(helpers, "if").call(alias1, lookupProperty(depth0, "secretKeys"), { "name": "if", "hash": {}, "fn": container.program(22, data, 0, blockParams, depths), "inverse": container.noop, "data": data })) != null ? stack1 : "") + ((stack1 = lookupProperty(helpers, "if").call(alias1, lookupProperty(depth0, "registry"), { "name": "if", "hash": {}, "fn": container.program(24, data, 0, blockParams, depths), "inverse": container.noop, "data": data })) != null ? stack1 : "") + "# Run, follow, and clean up:\n#   kubectl apply -f THIS-FILE\n#   kubectl wait --for=condition=complete --timeout=" + ((stack1 = lookupProperty(helpers, "int").call(alias1, lookupProperty(depth0, "deadline"), { "name": "int", "hash": {}, "data": data })) != null ? stack1 : "") + "s job/" + ((stack1 = lookupProperty(helpers, "comment").call(alias1, lookupProperty(lookupProperty(depth0, "names"), "job"), { "name": "comment", "hash": {}, "data": data })) != null ? stack1 : "") + "\n#   kubectl logs job/" + ((stack1 = lookupProperty(helpers, "comment").call(alias1, lookupProperty(lookupProperty(depth0, "names"), "job"), { "name": "comment", "hash": {}, "data": data })) != null ? stack1 : "") + " --all-containers --prefix\n#   kubectl delete job/" + ((stack1 = lookupProperty(helpers, "comment").call(alias1, lookupProperty(lookupProperty(depth0, "names"), "job"), { "name": "comment", "hash": {}, "data": data })) != null ? stack1 : "") + " configmap/" + ((stack1 = lookupProperty(helpers, "comment").call(alias1, lookupProperty(lookupProperty(depth0, "names"), "scripts"), { "name": "comment", "hash": {}, "data": data })) != null ? stack1 : "") + " configmap/" + ((stack1 = lookupProperty(helpers, "comment").call(alias1, lookupProperty(lookupProperty(depth0, "names"), "build"), { "name": "comment", "hash": {}, "data": data })) != null ? stack1 : "") + ((stack1 = lookupProperty(helpers, "if").call(alias1, lookupProperty(depth0, "secretKeys"), { "name": "if", "hash": {}, "fn": container.program(25, data, 0, blockParams, depths), "inverse": container.noop, "data": data })) != null ? stack1 : "") + ((stack1 = lookupProperty(helpers, "if").call(alias1, lookupProperty(depth0, "registry"), { "name": "if", "hash": {}, "fn": container.program(26, data, 0, blockParams, depths), "inverse": container.noop, "data": data })) != null ? stack1 : "") + "\napiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: " + ((stack1 = lookupProperty(helpers, "yamlKey").call(alias1, lookupProperty(lookupProperty(depth0, "names"), "scripts"), { "name": "yamlKey", "hash": {}, "data": data })) != null ? stack1 : "") + "\n  labels:\n    app.kubernetes.io/managed-by: drone-compose\n    app.kubernetes.io/instance: " + ((stack1 = lookupProperty(helpers, "yamlKey").call(alias1, lookupProperty(lookupProperty(depth0, "names"), "job"), { "name": "yamlKey", "hash": {}, "data": data })) != null ? stack1 : "") + "\ndata:\n" + ((stack1 = lookupProperty(helpers, "each").call(alias1, lookupProperty(depth0, "scripts"), { "name": "each", "hash": {}, "fn": container.program(27, data, 0, blockParams, depths), "inverse": container.noop, "data": data })) != null ? stack1 : "") + "---\napiVersion: batch/v1\nkind: Job\nmetadata:\n  name: " + ((stack1 = lookupProperty(helpers, "yamlKey").call(alias1, lookupProperty(lookupProperty(depth0, "names"), "job"), { "name": "yamlKey", "hash": {}, "data": data })) != null ? stack1 : "") + "\n  labels:\n    app.kubernetes.io/managed-by: drone-compose\n    app.kubernetes.io/instance: " + ((stack1 = lookupProperty(helpers, "yamlKey").call(alias1, lookupProperty(lookupProperty(depth0, "names"), "job"), { "name": "yamlKey", "hash": {}, "data": data })) != null ? stack1 : "") + "\nspec:\n  backoffLimit: 0\n  activeDeadlineSeconds: " + ((stack1 = lookupProperty(helpers, "int").call(alias1, lookupProperty(depth0, "deadline"), { "name": "int", "hash": {}, "data": data })) != null ? stack1 : "") + "\n  ttlSecondsAfterFinished: " + ((stack1 = lookupProperty(helpers, "int").call(alias1, lookupProperty(depth0, "ttl"), { "name": "int", "hash": {}, "data": data })) != null ? stack1 : "") + "\n  template:\n    metadata:\n      labels:\n        app.kubernetes.io/managed-by: drone-compose\n        app.kubernetes.io/instance: " + ((stack1 = lookupProperty(helpers, "yamlKey").call(alias1, lookupProperty(lookupProperty(depth0, "names"), "job"), { "name": "yamlKey", "hash": {}, "data": data })) != null ? stack1 : "") + "\n    spec:\n      restartPolicy: Never\n      enableServiceLinks: false\n      automountServiceAccountToken: false\n" + ((stack1 = lookupProperty(helpers, "if").call(alias1, lookupProperty(depth0, "hostNetwork"), { "name": "if", "hash": {}, "fn": container.program(28, data, 0, blockParams, depths), "inverse": container.noop, "data": data })) != null ? stack1 : "") + ((stack1 = lookupProperty(helpers, "if").call(alias1, lookupProperty(depth0, "nameservers"), { "name": "if", "hash": {}, "fn": container.program(29, data, 0, blockParams, depths), "inverse": container.noop, "data": data })) != null ? stack1 : "") + ((stack1 = lookupProperty(helpers, "if").call(alias1, lookupProperty(depth0, "hostAliases"), { "name": "if", "hash": {}, "fn": container.program(31, data, 0, blockParams, depths), "inverse": container.noop, "data": data })) != null ? stack1 : "") + ((stack1 = lookupProperty(helpers, "if").call(alias1, lookupProperty(depth0, "registry"), { "name": "if", "hash": {}, "fn": container.program(33, data, 0, blockParams, depths), "inverse": container.noop, "data": data })) != null ? stack1 : "") + "      volumes:\n" + ((stack1 = lookupProperty(helpers, "each").call(alias1, lookupProperty(depth0, "volumes"), { "name": "each", "hash": {}, "fn": container.program(34, data, 0, blockParams, depths), "inverse": container.noop, "data": data })) != null ? stack1 : "") + "      initContainers:\n" + ((stack1 = lookupProperty(helpers, "each").call(alias1, lookupProperty(depth0, "initContainers"), { "name": "each", "hash": {}, "fn": container.program(38, data, 0, blockParams, depths), "inverse": container.noop, "data": data })) != null ? stack1 : "") + "      containers:\n" + ((stack1 = lookupProperty(helpers, "with").call(alias1, lookupProperty(depth0, "main"), { "name": "with", "hash": {}, "fn": container.program(38, data, 0, blockParams, depths), "inverse": container.noop, "data": data })) != null ? stack1 : "");
  },
  "main_d": function(fn, props, container, depth0, data, blockParams, depths) {
    var decorators = container.decorators, lookupProperty = container.lookupProperty || function(parent, propertyName) {
      if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
        return parent[propertyName];
      }
      return void 0;
    };
    var decorator = lookupProperty(decorators, "inline");
    if (typeof decorator !== "function") {
      throw new Error('Missing decorator: "inline"');
    }
    fn = decorator(fn, props, container, { "name": "inline", "hash": {}, "fn": container.program(0, data, 0, blockParams, depths), "inverse": container.noop, "args": ["container"], "data": data }) || fn;
    return fn;
  },
  "useDecorators": true,
  "usePartial": true,
  "useData": true,
  "useDepths": true
};

// src/emit/render.ts
var import_runtime = __toESM(require_runtime2(), 1);
var env = import_runtime.default.create();
env.registerHelper("each", function(list, options) {
  if (list === void 0 || list === null || Array.isArray(list) && list.length === 0) return options.inverse(this);
  if (!Array.isArray(list)) throw new Error("#each is given something other than a list");
  const data = options.data ? env.createFrame(options.data) : void 0;
  const parts = new Array(list.length);
  for (let i = 0; i < list.length; i++) {
    if (data) {
      data.key = i;
      data.index = i;
      data.first = i === 0;
      data.last = i === list.length - 1;
    }
    parts[i] = options.fn(list[i], { data });
  }
  return parts.join("");
});
var HELPERS = {
  sh: (x) => {
    if (x.length > 0 && Array.isArray(x[0])) return x.map(shellWord).join(" ");
    return shellWord(x);
  },
  shVar: (x) => shellName(x),
  yaml: (x) => yamlValue(x),
  yamlKey: (x) => yamlKey(x),
  comment: (x) => commentText(x),
  int: (x) => {
    if (!Number.isSafeInteger(x) || x < 0) throw new Error(`not a whole number: ${String(x)}`);
    return String(x);
  }
};
for (const [name, fn] of Object.entries(HELPERS)) env.registerHelper(name, fn);
var compiled = /* @__PURE__ */ new Map();
function render(spec, view) {
  let t = compiled.get(spec);
  if (!t) {
    t = env.template(spec);
    compiled.set(spec, t);
  }
  return t(view);
}

// src/emit/script.ts
function buildScript(step) {
  const parts = [];
  for (const command of step.commands) {
    const shown = flatten(command, (_, part) => referenceText(part));
    parts.push([`printf '+ %s\\n' ${shellWord([shown])}
`], command, ["\n"]);
  }
  return concatAll(parts);
}
var RUNTIME_VARIABLES = [
  "DRONE_REPO",
  "DRONE_BRANCH",
  "DRONE_COMMIT",
  "DRONE_BUILD_NUMBER",
  "DRONE_PULL_REQUEST",
  "DRONE_JOB_NUMBER",
  "DRONE_TAG",
  "CI_BUILD_URL",
  "BUILD_NUMBER",
  "COMMIT",
  "BRANCH",
  "TAG"
];
var CI_ALIASES = [
  ["CI_REPO", "DRONE_REPO"],
  ["CI_BRANCH", "DRONE_BRANCH"],
  ["CI_COMMIT", "DRONE_COMMIT"],
  ["CI_BUILD_NUMBER", "DRONE_BUILD_NUMBER"],
  ["CI_PULL_REQUEST", "DRONE_PULL_REQUEST"],
  ["CI_JOB_NUMBER", "DRONE_JOB_NUMBER"],
  ["CI_TAG", "DRONE_TAG"]
];
var FIXED_VARIABLES = ["CI", "CI_NAME", "DRONE", "DRONE_DIR", "CI_BUILD_DIR", ...CI_ALIASES.map(([name]) => name)];
function repoName(repo) {
  const parts = repo.split("/");
  return parts.length >= 3 ? parts.slice(1).join("/") : repo;
}

// src/emit/kube.ts
var DEFAULT_CLONE_IMAGE = "alpine/git:2.45.2";
var ACTIVE_DEADLINE_SECONDS = 3600;
var TTL_SECONDS_AFTER_FINISHED = 86400;
var BUILD_PREFIX = "dc_build_";
var SECRET_PREFIX = "dc_secret_";
var SCRIPTS_PATH = "/drone-compose";
var CONFIGMAP_LIMIT = 1024 * 1024;
var PORT_WAIT_SECONDS = 120;
function dns1123Label(text, max = 63) {
  const s = text.toLowerCase().replace(/[^a-z0-9-]+/g, "-").slice(0, max).replace(/^-+/, "").replace(/-+$/, "");
  return s === "" ? "x" : s;
}
function kubeNames(projectName) {
  const job = dns1123Label(projectName, 63 - "-registry".length);
  return { job, scripts: `${job}-scripts`, build: `${job}-build`, secrets: `${job}-secrets`, registry: `${job}-registry` };
}
var FROM_CONFIGMAP = [
  ...RUNTIME_VARIABLES.filter((n) => n.startsWith("DRONE_")).map((n) => [n, n]),
  ...CI_ALIASES,
  ["CI_BUILD_URL", "CI_BUILD_URL"]
];
var SUBSTITUTIONS = [
  ["BUILD_NUMBER", "DRONE_BUILD_NUMBER"],
  ["COMMIT", "DRONE_COMMIT"],
  ["BRANCH", "DRONE_BRANCH"],
  ["TAG", "DRONE_TAG"]
];
var READY_STEP = { name: "ready", image: [], pull: false, privileged: false, environment: [], volumes: [], devices: [], oomKillDisable: false, at: {}, commands: [] };
function isIP(s) {
  return /^([0-9]{1,3}\.){3}[0-9]{1,3}$/.test(s) || s.indexOf(":") !== -1 && /^[0-9a-fA-F:.]+$/.test(s);
}
var IDENTIFIER2 = /^[A-Za-z_][A-Za-z0-9_]*$/;
var ENV_NAME = /^[-._a-zA-Z][-._a-zA-Z0-9]*$/;
var DNS1123_SUBDOMAIN = /^[a-z0-9]([-a-z0-9]*[a-z0-9])?(\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*$/;
function emitKube(p, ctx) {
  const emitter = new KubeEmitter(p, ctx);
  const view = emitter.view();
  const diagnostics = emitter.diags.list;
  if (diagnostics.some((d) => d.severity === "error")) return { text: "", diagnostics };
  return { text: render(template, view), diagnostics };
}
var KubeEmitter = class {
  constructor(p, ctx) {
    this.p = p;
    this.ctx = ctx;
    this.names = kubeNames(p.name);
  }
  p;
  ctx;
  diags = new Diagnostics();
  names;
  containerNames = /* @__PURE__ */ new Set();
  volumes = [];
  volumeNames = /* @__PURE__ */ new Map();
  secretKeys = /* @__PURE__ */ new Set();
  takenVolumes = /* @__PURE__ */ new Set();
  /** The next number to try after a base name, so that many names that collide cost linear work. */
  containerSuffixes = /* @__PURE__ */ new Map();
  volumeSuffixes = /* @__PURE__ */ new Map();
  get all() {
    return [...this.p.services, ...this.p.build];
  }
  /** The first place a key is written among the containers, for a setting of the whole pod. */
  firstAt(key) {
    for (const c of this.all) if (c.at[key]) return c.at[key];
    return void 0;
  }
  cannot(c, key, message, hint) {
    this.diags.error("unsupported-option", `${message}: a Kubernetes manifest (target kube) cannot express it`, c ? c.at[key] : this.firstAt(key), hint);
  }
  lost(c, key, message, hint) {
    this.diags.warning("ignored-option", `${message} (target kube)`, c.at[key], hint);
  }
  /** A container name: a DNS-1123 label, unique in the pod. */
  containerName(name) {
    return unique(dns1123Label(name), this.containerNames, this.containerSuffixes);
  }
  /** The pod volume for a key (`drone`, a named volume, a host path), made on first use; its name is unique. */
  volume(key, make2) {
    let name = this.volumeNames.get(key);
    if (name === void 0) {
      name = unique(dns1123Label(key), this.takenVolumes, this.volumeSuffixes);
      this.volumeNames.set(key, name);
      this.volumes.push(make2(name));
    }
    return name;
  }
  view() {
    const p = this.p;
    const build = p.build.length > 0 ? p.build : [{ ...READY_STEP, image: [p.holder.image] }];
    this.volume("drone", (name) => ({ name, emptyDir: true, hostPath: void 0, configMap: void 0 }));
    this.volume("drone-compose", (name) => ({ name, emptyDir: false, hostPath: void 0, configMap: this.names.scripts }));
    const scripts = [];
    this.containerNames.add("clone");
    scripts.push({ key: "clone.sh", text: this.cloneScript() });
    const cloneImage = this.ctx.cloneImage ?? DEFAULT_CLONE_IMAGE;
    const ref = parseImage(cloneImage);
    if ("error" in ref) this.diags.error("usage", `the clone image ${JSON.stringify(cloneImage)} is not a valid image reference: ${ref.error}`, void 0, `an image with git and sh, such as ${DEFAULT_CLONE_IMAGE}`);
    const clone = {
      name: "clone",
      image: cloneImage,
      pullPolicy: "IfNotPresent",
      sidecar: false,
      command: [["/bin/sh"], [`${SCRIPTS_PATH}/clone.sh`]],
      args: void 0,
      workingDir: "/drone",
      env: [
        { name: "DRONE_REMOTE", value: void 0, secret: void 0, configMap: { name: this.names.build, key: "DRONE_REMOTE", optional: false } },
        { name: "DRONE_COMMIT", value: void 0, secret: void 0, configMap: { name: this.names.build, key: "DRONE_COMMIT", optional: false } }
      ],
      envFrom: void 0,
      privileged: false,
      memory: void 0,
      mounts: [this.droneMount(), this.scriptsMount()],
      probe: void 0
    };
    const sidecars = p.services.map((s) => this.service(s));
    const steps = build.map((s) => {
      const name = this.containerName(s.name);
      const script = this.stepScript(s, name);
      scripts.push({ key: `${name}.sh`, text: script.text });
      return this.step(s, name, script);
    });
    const main = steps.pop();
    let bytes = 0;
    for (const x of scripts) bytes += Buffer.byteLength(x.key) + Buffer.byteLength(x.text);
    if (bytes > CONFIGMAP_LIMIT) {
      this.cannot(p.build[0], "commands", `the build's scripts take ${bytes} bytes, more than the ${CONFIGMAP_LIMIT} a ConfigMap may hold`, "move long commands into a script in the repository");
    }
    return {
      source: this.ctx.source,
      format: this.p.format,
      servicesOnly: this.p.build.length === 0,
      names: this.names,
      remoteKey: "DRONE_REMOTE",
      commitKey: "DRONE_COMMIT",
      secretKeys: [...this.secretKeys].sort(),
      registry: this.all.some((c) => c.auth),
      deadline: ACTIVE_DEADLINE_SECONDS,
      ttl: TTL_SECONDS_AFTER_FINISHED,
      ...this.pod(),
      volumes: this.volumes,
      scripts,
      initContainers: [clone, ...sidecars, ...steps],
      main
    };
  }
  // ---- the pod: the one namespace -------------------------------------------------------------
  podCache;
  /** hostNetwork, DNS and /etc/hosts: what Docker set on the holder, for the whole pod. */
  pod() {
    if (this.podCache) return this.podCache;
    const holder = this.p.holder;
    let hostNetwork = false;
    const net = holder.network;
    if (net === "host") hostNetwork = true;
    else if (net !== void 0 && net.startsWith("container:")) {
      this.cannot(void 0, "net", `\`net: ${net}\` joins the namespace of another container, which a pod cannot`, "remove net:, or use the sh target");
    } else if (net === "none") {
      this.cannot(void 0, "net", "`net: none` takes the network away, which every pod has", "remove net:, or use the sh target");
    } else if (net !== void 0 && net !== "bridge" && net !== "default") {
      const c = this.all.find((x) => x.at["net"]);
      if (c) this.lost(c, "net", `\`net: ${net}\` is not carried: the pod is on the cluster's network`, "remove net:");
    }
    let nameservers;
    if (holder.dns.length > 0) {
      if (holder.dns.some((d) => !isLiteral(d))) this.cannot(void 0, "dns", "a `dns` entry with a $$ reference is read at run time");
      else if (holder.dns.length > 3) this.cannot(void 0, "dns", `${holder.dns.length} DNS servers are more than the 3 a pod may have`);
      else if (holder.dns.some((d) => !isIP(d.join("")))) this.cannot(void 0, "dns", "a `dns` entry is not an IP address, which is all a pod takes");
      else nameservers = holder.dns.map((d) => d.join(""));
    }
    const groups = /* @__PURE__ */ new Map();
    const named = /* @__PURE__ */ new Map();
    const add = (ip, host) => {
      if (named.has(host)) return;
      named.set(host, ip);
      const list = groups.get(ip);
      if (list) list.push(host);
      else groups.set(ip, [host]);
    };
    for (const h of holder.extraHosts) {
      const host = h.host.toLowerCase();
      if (!DNS1123_SUBDOMAIN.test(host)) {
        this.cannot(void 0, "extra_hosts", `the extra_hosts name \`${h.host}\` is not a DNS name Kubernetes accepts (lowercase letters, digits, \`-\` and \`.\`)`);
        continue;
      }
      const earlier = named.get(host);
      if (earlier !== void 0 && earlier !== h.address) {
        this.cannot(void 0, "extra_hosts", `extra_hosts maps \`${h.host}\` to ${h.address}, and the same name in other letters to ${earlier}, which a pod's lowercase host names cannot tell apart`);
        continue;
      }
      add(h.address, host);
    }
    for (const s of this.p.services) {
      const host = s.name.toLowerCase();
      if (DNS1123_SUBDOMAIN.test(host) && host.length <= 253) add("127.0.0.1", host);
    }
    const hostAliases = [...groups].map(([ip, hostnames]) => ({ ip, hostnames }));
    this.podCache = { hostNetwork, nameservers, hostAliases: hostAliases.length > 0 ? hostAliases : void 0 };
    return this.podCache;
  }
  // ---- containers -----------------------------------------------------------------------------
  droneMount() {
    return { name: this.volumeNames.get("drone"), path: "/drone", subPath: void 0, readOnly: false };
  }
  scriptsMount() {
    return { name: this.volumeNames.get("drone-compose"), path: SCRIPTS_PATH, subPath: void 0, readOnly: true };
  }
  /** What every container has: its image, pull policy, security context, memory, mounts; checks the rest. */
  common(c, extraMounts) {
    let image = "";
    if (!isLiteral(c.image)) this.cannot(c, "image", `the image of \`${c.name}\` is read at run time (${flatten(c.image, (n) => `$$${n}`)})`);
    else image = c.image.join("");
    if (c.cpuset) this.lost(c, "cpuset", `\`cpuset\` of \`${c.name}\` is not carried: Kubernetes pins CPUs only through its CPU manager`, "remove cpuset:, or ask for whole CPUs in a Guaranteed pod");
    if (c.oomKillDisable) this.lost(c, "oom_kill_disable", `\`oom_kill_disable\` of \`${c.name}\` is not carried: the kubelet decides what the OOM killer may kill`, "remove oom_kill_disable:");
    for (const d of c.devices) {
      const host = flatten(d.host, () => "");
      const same = d.container === void 0 || isLiteral(d.container) && d.container.join("") === host;
      const all2 = d.permissions === void 0 || ["r", "w", "m"].every((x) => d.permissions.includes(x));
      if (c.privileged && isLiteral(d.host) && same && all2) {
        this.lost(c, "devices", `the device ${host} of \`${c.name}\` is not listed: a privileged container already sees every host device`);
      } else {
        this.cannot(c, "devices", `the device ${flatten(d.host, (n) => `$$${n}`)} of \`${c.name}\` maps a host device into the container`, "use privileged: true (every host device at its own path), or a device plugin");
      }
    }
    const mounts = [this.droneMount(), ...extraMounts];
    const paths = new Set(mounts.map((x) => x.path));
    for (const m of c.volumes) {
      const mount = this.mount(c, m);
      if (!mount) continue;
      if (paths.has(mount.path)) {
        this.cannot(c, "volumes", `\`${c.name}\` mounts two volumes at ${mount.path}`);
        continue;
      }
      paths.add(mount.path);
      mounts.push(mount);
    }
    return {
      image,
      pullPolicy: c.pull ? "Always" : "IfNotPresent",
      privileged: c.privileged,
      memory: c.memLimit === void 0 ? void 0 : kubeMemory(c.memLimit),
      mounts
    };
  }
  /** A `volumes` entry: a named volume as an emptyDir of the pod, a host path, or a path in the workspace. */
  mount(c, m) {
    if (!isLiteral(m.container) || m.volume === void 0 && !isLiteral(m.host)) {
      this.cannot(c, "volumes", `a volume of \`${c.name}\` has a path read at run time`);
      return void 0;
    }
    const path = m.container.join("");
    const modes = (m.mode ?? "").split(",").filter((x) => x !== "");
    const readOnly = modes.includes("ro");
    const lost = modes.filter((x) => !["ro", "rw", "nocopy", "cached", "delegated", "consistent"].includes(x));
    if (lost.length > 0) this.lost(c, "volumes", `the mount option ${lost.join(",")} of the volume at ${path} of \`${c.name}\` is not carried`);
    if (m.volume !== void 0) {
      const name2 = this.volume(`volume-${m.volume}`, (n) => ({ name: n, emptyDir: true, hostPath: void 0, configMap: void 0 }));
      return { name: name2, path, subPath: void 0, readOnly };
    }
    const host = m.host.join("");
    if (m.relative) {
      const inside = import_node_path.posix.normalize(host);
      if (inside === ".." || inside.startsWith("../")) {
        this.cannot(c, "volumes", `the volume ${host} of \`${c.name}\` is outside the workspace, which is all the pod has of the repository`);
        return void 0;
      }
      const sub = import_node_path.posix.join(this.p.workspacePath.slice("/drone/".length), inside).replace(/\/$/, "");
      return { name: this.volumeNames.get("drone"), path, subPath: sub, readOnly };
    }
    if (host.split("/").includes("..")) {
      this.cannot(c, "volumes", `the host path ${host} of \`${c.name}\` goes back up with \`..\`, which a hostPath may not`, "write the path without ..");
      return void 0;
    }
    const name = this.volume(`host:${host}`, (n) => ({ name: n, emptyDir: false, hostPath: host, configMap: void 0 }));
    return { name, path, subPath: void 0, readOnly };
  }
  service(s) {
    const name = this.containerName(s.name);
    const base = this.common(s, []);
    let command;
    let args;
    const words = (list, key) => {
      if (list.every(isLiteral)) return list;
      this.cannot(s, key, `\`${key}\` of \`${s.name}\` reads a $$ variable at run time`, "pass the value through environment: and read it in the command");
      return void 0;
    };
    const cmd = s.command ?? [];
    if (s.entrypoint) {
      const [first, ...rest] = s.entrypoint;
      if (first === void 0 || isLiteral(first) && first.join("") === "") {
        if (rest.length + cmd.length === 0) this.cannot(s, "entrypoint", `the empty \`entrypoint\` of \`${s.name}\` without a command`);
        else command = words([...rest, ...cmd], "entrypoint");
      } else {
        command = words(s.entrypoint, "entrypoint");
        if (cmd.length > 0) args = words(cmd, "command");
      }
    } else if (cmd.length > 0) {
      args = words(cmd, "command");
    }
    return {
      name,
      ...base,
      sidecar: true,
      command,
      args,
      workingDir: void 0,
      env: this.environment(s, s.environment),
      envFrom: void 0,
      probe: this.probe(s)
    };
  }
  /**
   * A build step: its script from the ConfigMap, in the workspace. Its own literal environment is in the pod; a value
   * read at run time is computed by the script, from the Secret (each `$$NAME` as `dc_secret_NAME`) and the build
   * ConfigMap (all of it, with the prefix `dc_build_`), which the script removes from the environment again.
   */
  step(s, name, script) {
    const base = this.common(s, [this.scriptsMount()]);
    const env2 = [];
    for (const e of s.environment) {
      if (!ENV_NAME.test(e.name)) {
        this.cannot(s, "environment", `the environment name ${JSON.stringify(e.name)} of \`${s.name}\` is not one Kubernetes 1.29 accepts`, "use letters, digits, `_`, `-` and `.`, not starting with a digit");
      } else if (isLiteral(e.value)) env2.push({ name: e.name, value: e.value, secret: void 0, configMap: void 0 });
    }
    for (const [key, optional] of script.secrets) {
      this.secretKeys.add(key);
      env2.push({ name: `${SECRET_PREFIX}${key}`, value: void 0, secret: { name: this.names.secrets, key, optional }, configMap: void 0 });
    }
    return {
      name,
      ...base,
      sidecar: false,
      command: [["/bin/sh"], [`${SCRIPTS_PATH}/${name}.sh`]],
      args: void 0,
      workingDir: this.p.workspacePath,
      env: env2.length > 0 ? env2 : void 0,
      envFrom: { prefix: BUILD_PREFIX, name: this.names.build },
      probe: void 0
    };
  }
  /**
   * Environment entries: literal values as they are, a value that is one `$$NAME` from where the run provides it.
   * A value that mixes text and references, or applies an operation, cannot be written.
   */
  environment(c, env2) {
    const out = [];
    for (const e of env2) {
      if (!ENV_NAME.test(e.name)) {
        this.cannot(c, "environment", `the environment name ${JSON.stringify(e.name)} of \`${c.name}\` is not one Kubernetes 1.29 accepts`, "use letters, digits, `_`, `-` and `.`, not starting with a digit");
        continue;
      }
      if (isLiteral(e.value)) {
        out.push({ name: e.name, value: e.value, secret: void 0, configMap: void 0 });
        continue;
      }
      const [only] = e.value;
      if (e.value.length !== 1 || typeof only !== "object" || only.op) {
        this.cannot(c, "environment", `\`${e.name}\` of \`${c.name}\` is ${show(e.value)}, which is computed at run time; a pod takes an environment value as it is or whole from a Secret`, "make the whole value one $$NAME and put the computed value in the Secret");
        continue;
      }
      out.push({ name: e.name, ...this.source(only) });
    }
    return out.length > 0 ? out : void 0;
  }
  /** Where a pod reads a `$$NAME` environment value from: a fixed build value, the build ConfigMap, or the Secret. */
  source(r) {
    const fixed = { CI: "true", CI_NAME: "drone", DRONE: "true", DRONE_DIR: this.p.workspacePath, CI_BUILD_DIR: this.p.workspacePath };
    if (Object.hasOwn(fixed, r.env)) return { value: [fixed[r.env]], secret: void 0, configMap: void 0 };
    const key = FROM_CONFIGMAP.find(([n]) => n === r.env)?.[1] ?? SUBSTITUTIONS.find(([n]) => n === r.env)?.[1];
    if (key) return { value: void 0, secret: void 0, configMap: { name: this.names.build, key, optional: true } };
    this.secretKeys.add(r.env);
    return { value: void 0, secret: { name: this.names.secrets, key: r.env, optional: false }, configMap: void 0 };
  }
  /**
   * The startup probe of a sidecar: its health check, or its ports listening. Always an exec probe in the service's
   * own container: a tcpSocket probe connects to the pod's IP, which a service bound to 127.0.0.1 never answers.
   */
  probe(s) {
    const r = s.readiness;
    if (r.kind === "ports") {
      return { command: [["sh"], ["-c"], [PORT_CHECK], ["sh"], ...portGroups(r.ports).split(",").map((g) => [g])], period: 1, timeout: 5, failures: PORT_WAIT_SECONDS };
    }
    if (r.kind !== "health" || !s.healthcheck?.test) return void 0;
    const h = s.healthcheck;
    const test = h.test;
    const command = "shell" in test ? [["/bin/sh"], ["-c"], test.shell] : test.exec;
    if (!command.every(isLiteral)) {
      this.cannot(s, "healthcheck", `the health check of \`${s.name}\` reads a $$ variable at run time`);
      return void 0;
    }
    const period = positive(seconds(h.interval)) ?? 30;
    const timeout = positive(seconds(h.timeout)) ?? 30;
    const retries = h.retries || 3;
    const grace = h.startPeriod ? Math.ceil((seconds(h.startPeriod) ?? 0) / period) : 0;
    const failures = retries + grace;
    if (Math.max(period, timeout, failures) > INT32_MAX) {
      this.cannot(s, "healthcheck", `the health check of \`${s.name}\` waits longer or retries more than a probe's 32-bit fields can say (${INT32_MAX})`, "use shorter durations and fewer retries");
      return void 0;
    }
    return { command, delay: period, period, timeout, failures };
  }
  // ---- scripts --------------------------------------------------------------------------------
  header(what) {
    return `#!/bin/sh
# Code generated by drone-compose from ${oneLine(this.ctx.source)}; DO NOT EDIT.
# ${what}
`;
  }
  cloneScript() {
    const ws = shellWord([this.p.workspacePath]);
    return this.header(`Clones DRONE_REMOTE at DRONE_COMMIT (from the ConfigMap ${this.names.build}) into the workspace, as ${this.p.format} did.`) + `set -eu
mkdir -p ${ws}
cd ${ws}
git init -q
git remote add origin "$DRONE_REMOTE"
git fetch -q --depth 50 origin "$DRONE_COMMIT" || git fetch -q origin
git checkout -q -f "$DRONE_COMMIT"
git submodule update -q --init --recursive
`;
  }
  /**
   * A build step's script: Drone's build variables, then its commands in one `/bin/sh -e`, each echoed first, with
   * every `$$NAME` substituted into the text when the container starts, as Drone substituted it into the file.
   * Values come from where the generated sh script reads them: the step's environment, else the run's (the
   * ConfigMap and the Secret), else the script's defaults.
   */
  stepScript(s, name) {
    const repo = repoName(this.p.repo);
    const defaults = { DRONE_REPO: repo, DRONE_BUILD_NUMBER: "0", DRONE_JOB_NUMBER: "1" };
    const ws = this.p.workspacePath;
    const fixed = { CI: "true", CI_NAME: "drone", DRONE: "true", DRONE_DIR: ws, CI_BUILD_DIR: ws };
    const runValue = (n) => {
      if (Object.hasOwn(fixed, n)) return safe(fixed[n]);
      const key = FROM_CONFIGMAP.find(([x]) => x === n)?.[1];
      if (key) return `\${${BUILD_PREFIX}${key}-${safe(defaults[key] ?? "")}}`;
      const from = SUBSTITUTIONS.find(([x]) => x === n)?.[1];
      if (from) return `\${${BUILD_PREFIX}${from}-${safe(defaults[from] ?? "")}}`;
      return void 0;
    };
    const secrets = /* @__PURE__ */ new Map();
    const readers = /* @__PURE__ */ new Map();
    let code2 = "";
    const read = (r) => {
      const key = JSON.stringify(r);
      const known = readers.get(key);
      if (known) return known;
      const id = `dc_v${readers.size + 1}`;
      let from = runValue(r.env);
      if (from === void 0) {
        from = `\${${SECRET_PREFIX}${r.env}-}`;
        const optional = r.op?.op === "default";
        secrets.set(r.env, (secrets.get(r.env) ?? true) && optional);
      }
      code2 += operation(id, from, r.op);
      readers.set(key, id);
      return id;
    };
    const word = (value) => value.map((part) => typeof part === "string" ? part : { var: read(part) });
    const exports2 = [];
    for (const e of s.environment) {
      if (isLiteral(e.value) || !ENV_NAME.test(e.name)) continue;
      if (!IDENTIFIER2.test(e.name)) {
        this.cannot(s, "environment", `\`${e.name}\` of \`${s.name}\` is computed at run time, by the step's shell, which cannot set a variable of that name`, "use letters, digits and `_`");
        continue;
      }
      exports2.push(`export ${e.name}=${shellWord(word(e.value))}
`);
    }
    const command = shellWord(word(buildScript(s)));
    let out = this.header(`Build step \`${oneLine(s.name)}\` (container ${name}): its commands in one /bin/sh -e, as ${this.p.format} ran them.`);
    out += `# Build variables: the container's own, else the ConfigMap ${this.names.build}'s (read with the prefix ${BUILD_PREFIX}), else defaults.
`;
    for (const n of Object.keys(fixed)) out += `export ${n}="\${${n}-${fixed[n]}}"
`;
    for (const [n] of FROM_CONFIGMAP) out += `export ${n}="\${${n}-${runValue(n)}}"
`;
    if (code2 !== "") out += "# The $$ references of the file, read from the run's environment.\n" + code2;
    out += exports2.join("");
    const unset = [...["DRONE_REMOTE", ...FROM_CONFIGMAP.map(([, key]) => key), ...SUBSTITUTIONS.map(([n]) => n)].map((k) => `${BUILD_PREFIX}${k}`), ...[...secrets.keys()].map((k) => `${SECRET_PREFIX}${k}`)];
    out += `unset ${[...new Set(unset)].join(" ")}
`;
    out += `exec /bin/sh -e -c ${command}
`;
    return { text: out, secrets: [...secrets].sort((x, y) => x[0] < y[0] ? -1 : x[0] > y[0] ? 1 : 0) };
  }
};
function operation(id, from, op) {
  const read = `${id}="${from}"
`;
  if (!op) return read;
  switch (op.op) {
    case "default":
      return `${read}[ -n "$${id}" ] || ${id}=${shellWord([op.word])}
`;
    case "prefix":
      return `${read}dc_w=${shellWord([op.word])}
${id}=\${${id}#"$dc_w"}
`;
    case "suffix":
      return `${read}dc_w=${shellWord([op.word])}
${id}=\${${id}%"$dc_w"}
`;
    case "replace":
      return `${read}dc_old=${shellWord([op.old])}
dc_new=${shellWord([op.new])}
dc_rest=$${id}
${id}=
while :; do
  case $dc_rest in
    *"$dc_old"*) ${id}=$${id}\${dc_rest%%"$dc_old"*}$dc_new; dc_rest=\${dc_rest#*"$dc_old"} ;;
    *) break ;;
  esac
done
${id}=$${id}$dc_rest
`;
    case "head":
    case "substring": {
      const start = op.op === "head" ? 0 : op.start;
      return `${read}dc_lc=\${LC_ALL+set}
dc_lc_value=\${LC_ALL-}
LC_ALL=C
dc_rest=$${id}
dc_n=${start}
while [ "$dc_n" -gt 0 ] && [ -n "$dc_rest" ]; do dc_rest=\${dc_rest#?}; dc_n=$((dc_n - 1)); done
${id}=
dc_n=${op.length}
while [ "$dc_n" -gt 0 ] && [ -n "$dc_rest" ]; do dc_tail=\${dc_rest#?}; ${id}=$${id}\${dc_rest%"$dc_tail"}; dc_rest=$dc_tail; dc_n=$((dc_n - 1)); done
if [ "$dc_lc" = set ]; then LC_ALL=$dc_lc_value; else unset LC_ALL; fi
`;
    }
    case "quote":
      return `dc_in="${from}"
${id}=
while [ -n "$dc_in" ]; do
  dc_rest=\${dc_in#?}
  dc_c=\${dc_in%"$dc_rest"}
  case $dc_c in \\\\ | '"' | '$' | '\`') ${id}="$${id}\\\\$dc_c" ;; *) ${id}="$${id}$dc_c" ;; esac
  dc_in=$dc_rest
done
`;
  }
}
var PORT_CHECK = 'now=; for f in /proc/net/tcp /proc/net/tcp6; do [ -r "$f" ] || continue; while read -r sl local rest; do case $rest in *" 0A "*) now="$now ${local##*:}" ;; esac; done <"$f"; done; for g in "$@"; do case "$now " in *" ${g%%/*} "* | *" ${g#*/} "*) ;; *) exit 1 ;; esac; done';
var UNITS = { b: 1, k: 1024, m: 1024 ** 2, g: 1024 ** 3 };
var KUBE_UNITS = { b: "", k: "Ki", m: "Mi", g: "Gi" };
function kubeMemory(docker) {
  const m = /^([0-9]+)(\.[0-9]+)?([bkmgBKMG]?)$/.exec(docker);
  if (!m) throw new Error(`not a docker size: ${docker}`);
  const unit = (m[3] || "b").toLowerCase();
  const whole = m[1].replace(/^0+(?=[0-9])/, "");
  if (m[2] === void 0) return `${whole}${KUBE_UNITS[unit]}`;
  return String(Math.trunc(Number.parseFloat(`${m[1]}${m[2]}`) * UNITS[unit]));
}
var INT32_MAX = 2 ** 31 - 1;
function positive(s) {
  return s === void 0 || s <= 0 ? void 0 : s;
}
function seconds(duration) {
  if (duration === void 0) return void 0;
  const re = /([0-9]+(?:\.[0-9]*)?|\.[0-9]+)(ns|us|\u00b5s|\u03bcs|ms|s|m|h)/gy;
  const scale = { ns: 1e-9, us: 1e-6, "\xB5s": 1e-6, "\u03BCs": 1e-6, ms: 1e-3, s: 1, m: 60, h: 3600 };
  let total = 0;
  let at = 0;
  for (let m = re.exec(duration); m; m = re.exec(duration)) {
    total += Number.parseFloat(m[1]) * scale[m[2]];
    at = re.lastIndex;
  }
  if (at !== duration.length || at === 0) {
    if (!/^[0-9]+$/.test(duration)) return void 0;
    const n = Number(duration);
    return n === 0 ? 0 : Math.max(1, Math.ceil(n / 1e9));
  }
  return total === 0 ? 0 : Math.max(1, Math.ceil(total - 1e-9));
}
function unique(base, taken, next) {
  let out = base;
  for (let i = next.get(base) ?? 2; taken.has(out); i++) {
    out = `${base.slice(0, 62 - String(i).length).replace(/-+$/, "")}-${i}`;
    next.set(base, i + 1);
  }
  taken.add(out);
  return out;
}
function safe(text) {
  if (!/^[A-Za-z0-9._/-]*$/.test(text)) throw new Error(`not a plain default: ${text}`);
  return text;
}
function oneLine(text) {
  return text.replace(/[\u0000-\u001f\u007f-\u009f\u2028\u2029]/g, "?");
}
function show(value) {
  return `\`${flatten(value, (_, part) => referenceText(part))}\``;
}
// Annotate the CommonJS export names for ESM import in node:
0 && (module.exports = {
  ACTIVE_DEADLINE_SECONDS,
  DEFAULT_CLONE_IMAGE,
  SCRIPTS_PATH,
  TTL_SECONDS_AFTER_FINISHED,
  dns1123Label,
  emitKube,
  kubeMemory,
  kubeNames,
  seconds
});
});
