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

// node_modules/handlebars/dist/cjs/handlebars/utils.js
var require_utils = __commonJS({
  "node_modules/handlebars/dist/cjs/handlebars/utils.js"(exports2) {
    "use strict";
    exports2.__esModule = true;
    exports2.extend = extend;
    exports2.indexOf = indexOf;
    exports2.escapeExpression = escapeExpression;
    exports2.isEmpty = isEmpty2;
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
    function escapeExpression(string2) {
      if (typeof string2 !== "string") {
        if (string2 && typeof string2.toHTML === "function") {
          return string2.toHTML();
        } else if (string2 == null) {
          return "";
        } else if (!string2) {
          return string2 + "";
        }
        string2 = "" + string2;
      }
      if (!possible.test(string2)) {
        return string2;
      }
      return string2.replace(badChars, escapeChar);
    }
    function isEmpty2(value) {
      if (!value && value !== 0) {
        return true;
      } else if (isArray(value) && value.length === 0) {
        return true;
      } else {
        return false;
      }
    }
    function createFrame(object) {
      var frame2 = extend({}, object);
      frame2._parent = object;
      return frame2;
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
    function Exception(message, node2) {
      var loc = node2 && node2.loc, line = void 0, endLineNumber = void 0, column = void 0, endColumn = void 0;
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
      instance.registerDecorator("inline", function(fn, props, container2, options) {
        var ret = fn;
        if (!props.partials) {
          props.partials = {};
          ret = function(context, options2) {
            var original = container2.partials;
            container2.partials = _utils.extend({}, original, props.partials);
            var ret2 = fn(context, options2);
            container2.partials = original;
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
    var VERSION2 = "4.7.10";
    exports2.VERSION = VERSION2;
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
    function SafeString(string2) {
      this.string = string2;
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
    exports2.template = template3;
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
    function template3(templateSpec, env2) {
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
      var container2 = {
        strict: function strict(obj, name, loc) {
          if (!obj || !(name in obj)) {
            throw new _exception2["default"]('"' + name + '" not defined in ' + obj, {
              loc
            });
          }
          return container2.lookupProperty(obj, name);
        },
        lookupProperty: function lookupProperty(parent, propertyName) {
          var result = parent[propertyName];
          if (result == null) {
            return result;
          }
          if (Object.prototype.hasOwnProperty.call(parent, propertyName) && !_internalProtoAccess.isPrototypeConstructor(parent, propertyName, result)) {
            return result;
          }
          if (_internalProtoAccess.resultIsAllowed(result, container2.protoAccessControl, propertyName)) {
            return result;
          }
          return void 0;
        },
        lookup: function lookup(depths, name) {
          var len = depths.length;
          for (var i = 0; i < len; i++) {
            var result = depths[i] && container2.lookupProperty(depths[i], name);
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
        program: function program2(i, data, declaredBlockParams, blockParams, depths) {
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
          return "" + templateSpec.main(container2, context2, container2.helpers, container2.partials, data, blockParams, depths);
        }
        main = executeDecorators(templateSpec.main, main, container2, options.depths || [], data, blockParams);
        return main(context, options);
      }
      ret.isTop = true;
      ret._setup = function(options) {
        if (!options.partial) {
          var mergedHelpers = {};
          addHelpers(mergedHelpers, env2.helpers, container2);
          addHelpers(mergedHelpers, options.helpers, container2);
          container2.helpers = mergedHelpers;
          if (templateSpec.usePartial) {
            container2.partials = container2.mergeIfNeeded(options.partials, env2.partials);
          }
          if (templateSpec.usePartial || templateSpec.useDecorators) {
            container2.decorators = Utils.extend({}, env2.decorators, options.decorators);
          }
          container2.hooks = {};
          container2.protoAccessControl = _internalProtoAccess.createProtoAccessControl(options);
          var keepHelperInHelpers = options.allowCallsToHelperMissing || templateWasPrecompiledWithCompilerV7;
          _helpers.moveHelperToHooks(container2, "helperMissing", keepHelperInHelpers);
          _helpers.moveHelperToHooks(container2, "blockHelperMissing", keepHelperInHelpers);
        } else {
          container2.protoAccessControl = options.protoAccessControl;
          container2.helpers = options.helpers;
          container2.partials = options.partials;
          container2.decorators = options.decorators;
          container2.hooks = options.hooks;
        }
      };
      ret._child = function(i, data, blockParams, depths) {
        if (templateSpec.useBlockParams && !blockParams) {
          throw new _exception2["default"]("must pass block params");
        }
        if (templateSpec.useDepths && !depths) {
          throw new _exception2["default"]("must pass parent depths");
        }
        return wrapProgram(container2, i, templateSpec[i], data, 0, blockParams, depths);
      };
      return ret;
    }
    function wrapProgram(container2, i, fn, data, declaredBlockParams, blockParams, depths) {
      function prog(context) {
        var options = arguments.length <= 1 || arguments[1] === void 0 ? {} : arguments[1];
        var currentDepths = depths;
        if (depths && context != depths[0] && !(context === container2.nullContext && depths[0] === null)) {
          currentDepths = [context].concat(depths);
        }
        return fn(container2, context, container2.helpers, container2.partials, options.data || data, blockParams && [options.blockParams].concat(blockParams), currentDepths);
      }
      prog = executeDecorators(fn, prog, container2, depths, data, blockParams);
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
    function executeDecorators(fn, prog, container2, depths, data, blockParams) {
      if (fn.decorator) {
        var props = {};
        prog = fn.decorator(prog, props, container2, depths && depths[0], data, blockParams, depths);
        Utils.extend(prog, props);
      }
      return prog;
    }
    function addHelpers(mergedHelpers, helpers, container2) {
      if (!helpers) return;
      Object.keys(helpers).forEach(function(helperName) {
        var helper = helpers[helperName];
        mergedHelpers[helperName] = passLookupPropertyOption(helper, container2);
      });
    }
    function passLookupPropertyOption(helper, container2) {
      var lookupProperty = container2.lookupProperty;
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

// node_modules/commander/lib/error.js
var require_error = __commonJS({
  "node_modules/commander/lib/error.js"(exports2) {
    var CommanderError = class extends Error {
      /**
       * Constructs the CommanderError class
       * @param {number} exitCode suggested exit code which could be used with process.exit
       * @param {string} code an id string representing the error
       * @param {string} message human-readable description of the error
       */
      constructor(exitCode, code2, message) {
        super(message);
        Error.captureStackTrace(this, this.constructor);
        this.name = this.constructor.name;
        this.code = code2;
        this.exitCode = exitCode;
        this.nestedError = void 0;
      }
    };
    var InvalidArgumentError = class extends CommanderError {
      /**
       * Constructs the InvalidArgumentError class
       * @param {string} [message] explanation of why argument is invalid
       */
      constructor(message) {
        super(1, "commander.invalidArgument", message);
        Error.captureStackTrace(this, this.constructor);
        this.name = this.constructor.name;
      }
    };
    exports2.CommanderError = CommanderError;
    exports2.InvalidArgumentError = InvalidArgumentError;
  }
});

// node_modules/commander/lib/argument.js
var require_argument = __commonJS({
  "node_modules/commander/lib/argument.js"(exports2) {
    var { InvalidArgumentError } = require_error();
    var Argument = class {
      /**
       * Initialize a new command argument with the given name and description.
       * The default is that the argument is required, and you can explicitly
       * indicate this with <> around the name. Put [] around the name for an optional argument.
       *
       * @param {string} name
       * @param {string} [description]
       */
      constructor(name, description) {
        this.description = description || "";
        this.variadic = false;
        this.parseArg = void 0;
        this.defaultValue = void 0;
        this.defaultValueDescription = void 0;
        this.argChoices = void 0;
        switch (name[0]) {
          case "<":
            this.required = true;
            this._name = name.slice(1, -1);
            break;
          case "[":
            this.required = false;
            this._name = name.slice(1, -1);
            break;
          default:
            this.required = true;
            this._name = name;
            break;
        }
        if (this._name.endsWith("...")) {
          this.variadic = true;
          this._name = this._name.slice(0, -3);
        }
      }
      /**
       * Return argument name.
       *
       * @return {string}
       */
      name() {
        return this._name;
      }
      /**
       * @package
       */
      _collectValue(value, previous) {
        if (previous === this.defaultValue || !Array.isArray(previous)) {
          return [value];
        }
        previous.push(value);
        return previous;
      }
      /**
       * Set the default value, and optionally supply the description to be displayed in the help.
       *
       * @param {*} value
       * @param {string} [description]
       * @return {Argument}
       */
      default(value, description) {
        this.defaultValue = value;
        this.defaultValueDescription = description;
        return this;
      }
      /**
       * Set the custom handler for processing CLI command arguments into argument values.
       *
       * @param {Function} [fn]
       * @return {Argument}
       */
      argParser(fn) {
        this.parseArg = fn;
        return this;
      }
      /**
       * Only allow argument value to be one of choices.
       *
       * @param {string[]} values
       * @return {Argument}
       */
      choices(values) {
        this.argChoices = values.slice();
        this.parseArg = (arg, previous) => {
          if (!this.argChoices.includes(arg)) {
            throw new InvalidArgumentError(
              `Allowed choices are ${this.argChoices.join(", ")}.`
            );
          }
          if (this.variadic) {
            return this._collectValue(arg, previous);
          }
          return arg;
        };
        return this;
      }
      /**
       * Make argument required.
       *
       * @returns {Argument}
       */
      argRequired() {
        this.required = true;
        return this;
      }
      /**
       * Make argument optional.
       *
       * @returns {Argument}
       */
      argOptional() {
        this.required = false;
        return this;
      }
    };
    function humanReadableArgName(arg) {
      const nameOutput = arg.name() + (arg.variadic === true ? "..." : "");
      return arg.required ? "<" + nameOutput + ">" : "[" + nameOutput + "]";
    }
    exports2.Argument = Argument;
    exports2.humanReadableArgName = humanReadableArgName;
  }
});

// on-use:child_process
var require_child_process = __commonJS({
  "on-use:child_process"(exports2, module2) {
    module2.exports = { spawn: (...args) => require("node:child_process").spawn(...args) };
  }
});

// node_modules/commander/lib/help.js
var require_help = __commonJS({
  "node_modules/commander/lib/help.js"(exports2) {
    var { humanReadableArgName } = require_argument();
    var Help = class {
      constructor() {
        this.helpWidth = void 0;
        this.minWidthToWrap = 40;
        this.sortSubcommands = false;
        this.sortOptions = false;
        this.showGlobalOptions = false;
      }
      /**
       * prepareContext is called by Commander after applying overrides from `Command.configureHelp()`
       * and just before calling `formatHelp()`.
       *
       * Commander just uses the helpWidth and the rest is provided for optional use by more complex subclasses.
       *
       * @param {{ error?: boolean, helpWidth?: number, outputHasColors?: boolean }} contextOptions
       */
      prepareContext(contextOptions) {
        this.helpWidth = this.helpWidth ?? contextOptions.helpWidth ?? 80;
      }
      /**
       * Get an array of the visible subcommands. Includes a placeholder for the implicit help command, if there is one.
       *
       * @param {Command} cmd
       * @returns {Command[]}
       */
      visibleCommands(cmd) {
        const visibleCommands = cmd.commands.filter((cmd2) => !cmd2._hidden);
        const helpCommand = cmd._getHelpCommand();
        if (helpCommand && !helpCommand._hidden) {
          visibleCommands.push(helpCommand);
        }
        if (this.sortSubcommands) {
          visibleCommands.sort((a, b) => {
            return a.name().localeCompare(b.name());
          });
        }
        return visibleCommands;
      }
      /**
       * Compare options for sort.
       *
       * @param {Option} a
       * @param {Option} b
       * @returns {number}
       */
      compareOptions(a, b) {
        const getSortKey = (option) => {
          return option.short ? option.short.replace(/^-/, "") : option.long.replace(/^--/, "");
        };
        return getSortKey(a).localeCompare(getSortKey(b));
      }
      /**
       * Get an array of the visible options. Includes a placeholder for the implicit help option, if there is one.
       *
       * @param {Command} cmd
       * @returns {Option[]}
       */
      visibleOptions(cmd) {
        const visibleOptions = cmd.options.filter((option) => !option.hidden);
        const helpOption = cmd._getHelpOption();
        if (helpOption && !helpOption.hidden) {
          const removeShort = helpOption.short && cmd._findOption(helpOption.short);
          const removeLong = helpOption.long && cmd._findOption(helpOption.long);
          if (!removeShort && !removeLong) {
            visibleOptions.push(helpOption);
          } else if (helpOption.long && !removeLong) {
            visibleOptions.push(
              cmd.createOption(helpOption.long, helpOption.description)
            );
          } else if (helpOption.short && !removeShort) {
            visibleOptions.push(
              cmd.createOption(helpOption.short, helpOption.description)
            );
          }
        }
        if (this.sortOptions) {
          visibleOptions.sort(this.compareOptions);
        }
        return visibleOptions;
      }
      /**
       * Get an array of the visible global options. (Not including help.)
       *
       * @param {Command} cmd
       * @returns {Option[]}
       */
      visibleGlobalOptions(cmd) {
        if (!this.showGlobalOptions) return [];
        const globalOptions = [];
        for (let ancestorCmd = cmd.parent; ancestorCmd; ancestorCmd = ancestorCmd.parent) {
          const visibleOptions = ancestorCmd.options.filter(
            (option) => !option.hidden
          );
          globalOptions.push(...visibleOptions);
        }
        if (this.sortOptions) {
          globalOptions.sort(this.compareOptions);
        }
        return globalOptions;
      }
      /**
       * Get an array of the arguments if any have a description.
       *
       * @param {Command} cmd
       * @returns {Argument[]}
       */
      visibleArguments(cmd) {
        if (cmd._argsDescription) {
          cmd.registeredArguments.forEach((argument) => {
            argument.description = argument.description || cmd._argsDescription[argument.name()] || "";
          });
        }
        if (cmd.registeredArguments.find((argument) => argument.description)) {
          return cmd.registeredArguments;
        }
        return [];
      }
      /**
       * Get the command term to show in the list of subcommands.
       *
       * @param {Command} cmd
       * @returns {string}
       */
      subcommandTerm(cmd) {
        const args = cmd.registeredArguments.map((arg) => humanReadableArgName(arg)).join(" ");
        return cmd._name + (cmd._aliases[0] ? "|" + cmd._aliases[0] : "") + (cmd.options.length ? " [options]" : "") + // simplistic check for non-help option
        (args ? " " + args : "");
      }
      /**
       * Get the option term to show in the list of options.
       *
       * @param {Option} option
       * @returns {string}
       */
      optionTerm(option) {
        return option.flags;
      }
      /**
       * Get the argument term to show in the list of arguments.
       *
       * @param {Argument} argument
       * @returns {string}
       */
      argumentTerm(argument) {
        return argument.name();
      }
      /**
       * Get the longest command term length.
       *
       * @param {Command} cmd
       * @param {Help} helper
       * @returns {number}
       */
      longestSubcommandTermLength(cmd, helper) {
        return helper.visibleCommands(cmd).reduce((max, command) => {
          return Math.max(
            max,
            this.displayWidth(
              helper.styleSubcommandTerm(helper.subcommandTerm(command))
            )
          );
        }, 0);
      }
      /**
       * Get the longest option term length.
       *
       * @param {Command} cmd
       * @param {Help} helper
       * @returns {number}
       */
      longestOptionTermLength(cmd, helper) {
        return helper.visibleOptions(cmd).reduce((max, option) => {
          return Math.max(
            max,
            this.displayWidth(helper.styleOptionTerm(helper.optionTerm(option)))
          );
        }, 0);
      }
      /**
       * Get the longest global option term length.
       *
       * @param {Command} cmd
       * @param {Help} helper
       * @returns {number}
       */
      longestGlobalOptionTermLength(cmd, helper) {
        return helper.visibleGlobalOptions(cmd).reduce((max, option) => {
          return Math.max(
            max,
            this.displayWidth(helper.styleOptionTerm(helper.optionTerm(option)))
          );
        }, 0);
      }
      /**
       * Get the longest argument term length.
       *
       * @param {Command} cmd
       * @param {Help} helper
       * @returns {number}
       */
      longestArgumentTermLength(cmd, helper) {
        return helper.visibleArguments(cmd).reduce((max, argument) => {
          return Math.max(
            max,
            this.displayWidth(
              helper.styleArgumentTerm(helper.argumentTerm(argument))
            )
          );
        }, 0);
      }
      /**
       * Get the command usage to be displayed at the top of the built-in help.
       *
       * @param {Command} cmd
       * @returns {string}
       */
      commandUsage(cmd) {
        let cmdName = cmd._name;
        if (cmd._aliases[0]) {
          cmdName = cmdName + "|" + cmd._aliases[0];
        }
        let ancestorCmdNames = "";
        for (let ancestorCmd = cmd.parent; ancestorCmd; ancestorCmd = ancestorCmd.parent) {
          ancestorCmdNames = ancestorCmd.name() + " " + ancestorCmdNames;
        }
        return ancestorCmdNames + cmdName + " " + cmd.usage();
      }
      /**
       * Get the description for the command.
       *
       * @param {Command} cmd
       * @returns {string}
       */
      commandDescription(cmd) {
        return cmd.description();
      }
      /**
       * Get the subcommand summary to show in the list of subcommands.
       * (Fallback to description for backwards compatibility.)
       *
       * @param {Command} cmd
       * @returns {string}
       */
      subcommandDescription(cmd) {
        return cmd.summary() || cmd.description();
      }
      /**
       * Get the option description to show in the list of options.
       *
       * @param {Option} option
       * @return {string}
       */
      optionDescription(option) {
        const extraInfo = [];
        if (option.argChoices) {
          extraInfo.push(
            // use stringify to match the display of the default value
            `choices: ${option.argChoices.map((choice) => JSON.stringify(choice)).join(", ")}`
          );
        }
        if (option.defaultValue !== void 0) {
          const showDefault = option.required || option.optional || option.isBoolean() && typeof option.defaultValue === "boolean";
          if (showDefault) {
            extraInfo.push(
              `default: ${option.defaultValueDescription || JSON.stringify(option.defaultValue)}`
            );
          }
        }
        if (option.presetArg !== void 0 && option.optional) {
          extraInfo.push(`preset: ${JSON.stringify(option.presetArg)}`);
        }
        if (option.envVar !== void 0) {
          extraInfo.push(`env: ${option.envVar}`);
        }
        if (extraInfo.length > 0) {
          const extraDescription = `(${extraInfo.join(", ")})`;
          if (option.description) {
            return `${option.description} ${extraDescription}`;
          }
          return extraDescription;
        }
        return option.description;
      }
      /**
       * Get the argument description to show in the list of arguments.
       *
       * @param {Argument} argument
       * @return {string}
       */
      argumentDescription(argument) {
        const extraInfo = [];
        if (argument.argChoices) {
          extraInfo.push(
            // use stringify to match the display of the default value
            `choices: ${argument.argChoices.map((choice) => JSON.stringify(choice)).join(", ")}`
          );
        }
        if (argument.defaultValue !== void 0) {
          extraInfo.push(
            `default: ${argument.defaultValueDescription || JSON.stringify(argument.defaultValue)}`
          );
        }
        if (extraInfo.length > 0) {
          const extraDescription = `(${extraInfo.join(", ")})`;
          if (argument.description) {
            return `${argument.description} ${extraDescription}`;
          }
          return extraDescription;
        }
        return argument.description;
      }
      /**
       * Format a list of items, given a heading and an array of formatted items.
       *
       * @param {string} heading
       * @param {string[]} items
       * @param {Help} helper
       * @returns string[]
       */
      formatItemList(heading, items, helper) {
        if (items.length === 0) return [];
        return [helper.styleTitle(heading), ...items, ""];
      }
      /**
       * Group items by their help group heading.
       *
       * @param {Command[] | Option[]} unsortedItems
       * @param {Command[] | Option[]} visibleItems
       * @param {Function} getGroup
       * @returns {Map<string, Command[] | Option[]>}
       */
      groupItems(unsortedItems, visibleItems, getGroup) {
        const result = /* @__PURE__ */ new Map();
        unsortedItems.forEach((item) => {
          const group = getGroup(item);
          if (!result.has(group)) result.set(group, []);
        });
        visibleItems.forEach((item) => {
          const group = getGroup(item);
          if (!result.has(group)) {
            result.set(group, []);
          }
          result.get(group).push(item);
        });
        return result;
      }
      /**
       * Generate the built-in help text.
       *
       * @param {Command} cmd
       * @param {Help} helper
       * @returns {string}
       */
      formatHelp(cmd, helper) {
        const termWidth = helper.padWidth(cmd, helper);
        const helpWidth = helper.helpWidth ?? 80;
        function callFormatItem(term, description) {
          return helper.formatItem(term, termWidth, description, helper);
        }
        let output = [
          `${helper.styleTitle("Usage:")} ${helper.styleUsage(helper.commandUsage(cmd))}`,
          ""
        ];
        const commandDescription = helper.commandDescription(cmd);
        if (commandDescription.length > 0) {
          output = output.concat([
            helper.boxWrap(
              helper.styleCommandDescription(commandDescription),
              helpWidth
            ),
            ""
          ]);
        }
        const argumentList = helper.visibleArguments(cmd).map((argument) => {
          return callFormatItem(
            helper.styleArgumentTerm(helper.argumentTerm(argument)),
            helper.styleArgumentDescription(helper.argumentDescription(argument))
          );
        });
        output = output.concat(
          this.formatItemList("Arguments:", argumentList, helper)
        );
        const optionGroups = this.groupItems(
          cmd.options,
          helper.visibleOptions(cmd),
          (option) => option.helpGroupHeading ?? "Options:"
        );
        optionGroups.forEach((options, group) => {
          const optionList = options.map((option) => {
            return callFormatItem(
              helper.styleOptionTerm(helper.optionTerm(option)),
              helper.styleOptionDescription(helper.optionDescription(option))
            );
          });
          output = output.concat(this.formatItemList(group, optionList, helper));
        });
        if (helper.showGlobalOptions) {
          const globalOptionList = helper.visibleGlobalOptions(cmd).map((option) => {
            return callFormatItem(
              helper.styleOptionTerm(helper.optionTerm(option)),
              helper.styleOptionDescription(helper.optionDescription(option))
            );
          });
          output = output.concat(
            this.formatItemList("Global Options:", globalOptionList, helper)
          );
        }
        const commandGroups = this.groupItems(
          cmd.commands,
          helper.visibleCommands(cmd),
          (sub) => sub.helpGroup() || "Commands:"
        );
        commandGroups.forEach((commands, group) => {
          const commandList = commands.map((sub) => {
            return callFormatItem(
              helper.styleSubcommandTerm(helper.subcommandTerm(sub)),
              helper.styleSubcommandDescription(helper.subcommandDescription(sub))
            );
          });
          output = output.concat(this.formatItemList(group, commandList, helper));
        });
        return output.join("\n");
      }
      /**
       * Return display width of string, ignoring ANSI escape sequences. Used in padding and wrapping calculations.
       *
       * @param {string} str
       * @returns {number}
       */
      displayWidth(str) {
        return stripColor(str).length;
      }
      /**
       * Style the title for displaying in the help. Called with 'Usage:', 'Options:', etc.
       *
       * @param {string} str
       * @returns {string}
       */
      styleTitle(str) {
        return str;
      }
      styleUsage(str) {
        return str.split(" ").map((word) => {
          if (word === "[options]") return this.styleOptionText(word);
          if (word === "[command]") return this.styleSubcommandText(word);
          if (word[0] === "[" || word[0] === "<")
            return this.styleArgumentText(word);
          return this.styleCommandText(word);
        }).join(" ");
      }
      styleCommandDescription(str) {
        return this.styleDescriptionText(str);
      }
      styleOptionDescription(str) {
        return this.styleDescriptionText(str);
      }
      styleSubcommandDescription(str) {
        return this.styleDescriptionText(str);
      }
      styleArgumentDescription(str) {
        return this.styleDescriptionText(str);
      }
      styleDescriptionText(str) {
        return str;
      }
      styleOptionTerm(str) {
        return this.styleOptionText(str);
      }
      styleSubcommandTerm(str) {
        return str.split(" ").map((word) => {
          if (word === "[options]") return this.styleOptionText(word);
          if (word[0] === "[" || word[0] === "<")
            return this.styleArgumentText(word);
          return this.styleSubcommandText(word);
        }).join(" ");
      }
      styleArgumentTerm(str) {
        return this.styleArgumentText(str);
      }
      styleOptionText(str) {
        return str;
      }
      styleArgumentText(str) {
        return str;
      }
      styleSubcommandText(str) {
        return str;
      }
      styleCommandText(str) {
        return str;
      }
      /**
       * Calculate the pad width from the maximum term length.
       *
       * @param {Command} cmd
       * @param {Help} helper
       * @returns {number}
       */
      padWidth(cmd, helper) {
        return Math.max(
          helper.longestOptionTermLength(cmd, helper),
          helper.longestGlobalOptionTermLength(cmd, helper),
          helper.longestSubcommandTermLength(cmd, helper),
          helper.longestArgumentTermLength(cmd, helper)
        );
      }
      /**
       * Detect manually wrapped and indented strings by checking for line break followed by whitespace.
       *
       * @param {string} str
       * @returns {boolean}
       */
      preformatted(str) {
        return /\n[^\S\r\n]/.test(str);
      }
      /**
       * Format the "item", which consists of a term and description. Pad the term and wrap the description, indenting the following lines.
       *
       * So "TTT", 5, "DDD DDDD DD DDD" might be formatted for this.helpWidth=17 like so:
       *   TTT  DDD DDDD
       *        DD DDD
       *
       * @param {string} term
       * @param {number} termWidth
       * @param {string} description
       * @param {Help} helper
       * @returns {string}
       */
      formatItem(term, termWidth, description, helper) {
        const itemIndent = 2;
        const itemIndentStr = " ".repeat(itemIndent);
        if (!description) return itemIndentStr + term;
        const paddedTerm = term.padEnd(
          termWidth + term.length - helper.displayWidth(term)
        );
        const spacerWidth = 2;
        const helpWidth = this.helpWidth ?? 80;
        const remainingWidth = helpWidth - termWidth - spacerWidth - itemIndent;
        let formattedDescription;
        if (remainingWidth < this.minWidthToWrap || helper.preformatted(description)) {
          formattedDescription = description;
        } else {
          const wrappedDescription = helper.boxWrap(description, remainingWidth);
          formattedDescription = wrappedDescription.replace(
            /\n/g,
            "\n" + " ".repeat(termWidth + spacerWidth)
          );
        }
        return itemIndentStr + paddedTerm + " ".repeat(spacerWidth) + formattedDescription.replace(/\n/g, `
${itemIndentStr}`);
      }
      /**
       * Wrap a string at whitespace, preserving existing line breaks.
       * Wrapping is skipped if the width is less than `minWidthToWrap`.
       *
       * @param {string} str
       * @param {number} width
       * @returns {string}
       */
      boxWrap(str, width) {
        if (width < this.minWidthToWrap) return str;
        const rawLines = str.split(/\r\n|\n/);
        const chunkPattern = /[\s]*[^\s]+/g;
        const wrappedLines = [];
        rawLines.forEach((line) => {
          const chunks = line.match(chunkPattern);
          if (chunks === null) {
            wrappedLines.push("");
            return;
          }
          let sumChunks = [chunks.shift()];
          let sumWidth = this.displayWidth(sumChunks[0]);
          chunks.forEach((chunk) => {
            const visibleWidth = this.displayWidth(chunk);
            if (sumWidth + visibleWidth <= width) {
              sumChunks.push(chunk);
              sumWidth += visibleWidth;
              return;
            }
            wrappedLines.push(sumChunks.join(""));
            const nextChunk = chunk.trimStart();
            sumChunks = [nextChunk];
            sumWidth = this.displayWidth(nextChunk);
          });
          wrappedLines.push(sumChunks.join(""));
        });
        return wrappedLines.join("\n");
      }
    };
    function stripColor(str) {
      const sgrPattern = /\x1b\[\d*(;\d*)*m/g;
      return str.replace(sgrPattern, "");
    }
    exports2.Help = Help;
    exports2.stripColor = stripColor;
  }
});

// node_modules/commander/lib/option.js
var require_option = __commonJS({
  "node_modules/commander/lib/option.js"(exports2) {
    var { InvalidArgumentError } = require_error();
    var Option = class {
      /**
       * Initialize a new `Option` with the given `flags` and `description`.
       *
       * @param {string} flags
       * @param {string} [description]
       */
      constructor(flags, description) {
        this.flags = flags;
        this.description = description || "";
        this.required = flags.includes("<");
        this.optional = flags.includes("[");
        this.variadic = /\w\.\.\.[>\]]$/.test(flags);
        this.mandatory = false;
        const optionFlags = splitOptionFlags(flags);
        this.short = optionFlags.shortFlag;
        this.long = optionFlags.longFlag;
        this.negate = false;
        if (this.long) {
          this.negate = this.long.startsWith("--no-");
        }
        this.defaultValue = void 0;
        this.defaultValueDescription = void 0;
        this.presetArg = void 0;
        this.envVar = void 0;
        this.parseArg = void 0;
        this.hidden = false;
        this.argChoices = void 0;
        this.conflictsWith = [];
        this.implied = void 0;
        this.helpGroupHeading = void 0;
      }
      /**
       * Set the default value, and optionally supply the description to be displayed in the help.
       *
       * @param {*} value
       * @param {string} [description]
       * @return {Option}
       */
      default(value, description) {
        this.defaultValue = value;
        this.defaultValueDescription = description;
        return this;
      }
      /**
       * Preset to use when option used without option-argument, especially optional but also boolean and negated.
       * The custom processing (parseArg) is called.
       *
       * @example
       * new Option('--color').default('GREYSCALE').preset('RGB');
       * new Option('--donate [amount]').preset('20').argParser(parseFloat);
       *
       * @param {*} arg
       * @return {Option}
       */
      preset(arg) {
        this.presetArg = arg;
        return this;
      }
      /**
       * Add option name(s) that conflict with this option.
       * An error will be displayed if conflicting options are found during parsing.
       *
       * @example
       * new Option('--rgb').conflicts('cmyk');
       * new Option('--js').conflicts(['ts', 'jsx']);
       *
       * @param {(string | string[])} names
       * @return {Option}
       */
      conflicts(names2) {
        this.conflictsWith = this.conflictsWith.concat(names2);
        return this;
      }
      /**
       * Specify implied option values for when this option is set and the implied options are not.
       *
       * The custom processing (parseArg) is not called on the implied values.
       *
       * @example
       * program
       *   .addOption(new Option('--log', 'write logging information to file'))
       *   .addOption(new Option('--trace', 'log extra details').implies({ log: 'trace.txt' }));
       *
       * @param {object} impliedOptionValues
       * @return {Option}
       */
      implies(impliedOptionValues) {
        let newImplied = impliedOptionValues;
        if (typeof impliedOptionValues === "string") {
          newImplied = { [impliedOptionValues]: true };
        }
        this.implied = Object.assign(this.implied || {}, newImplied);
        return this;
      }
      /**
       * Set environment variable to check for option value.
       *
       * An environment variable is only used if when processed the current option value is
       * undefined, or the source of the current value is 'default' or 'config' or 'env'.
       *
       * @param {string} name
       * @return {Option}
       */
      env(name) {
        this.envVar = name;
        return this;
      }
      /**
       * Set the custom handler for processing CLI option arguments into option values.
       *
       * @param {Function} [fn]
       * @return {Option}
       */
      argParser(fn) {
        this.parseArg = fn;
        return this;
      }
      /**
       * Whether the option is mandatory and must have a value after parsing.
       *
       * @param {boolean} [mandatory=true]
       * @return {Option}
       */
      makeOptionMandatory(mandatory = true) {
        this.mandatory = !!mandatory;
        return this;
      }
      /**
       * Hide option in help.
       *
       * @param {boolean} [hide=true]
       * @return {Option}
       */
      hideHelp(hide = true) {
        this.hidden = !!hide;
        return this;
      }
      /**
       * @package
       */
      _collectValue(value, previous) {
        if (previous === this.defaultValue || !Array.isArray(previous)) {
          return [value];
        }
        previous.push(value);
        return previous;
      }
      /**
       * Only allow option value to be one of choices.
       *
       * @param {string[]} values
       * @return {Option}
       */
      choices(values) {
        this.argChoices = values.slice();
        this.parseArg = (arg, previous) => {
          if (!this.argChoices.includes(arg)) {
            throw new InvalidArgumentError(
              `Allowed choices are ${this.argChoices.join(", ")}.`
            );
          }
          if (this.variadic) {
            return this._collectValue(arg, previous);
          }
          return arg;
        };
        return this;
      }
      /**
       * Return option name.
       *
       * @return {string}
       */
      name() {
        if (this.long) {
          return this.long.replace(/^--/, "");
        }
        return this.short.replace(/^-/, "");
      }
      /**
       * Return option name, in a camelcase format that can be used
       * as an object attribute key.
       *
       * @return {string}
       */
      attributeName() {
        if (this.negate) {
          return camelcase(this.name().replace(/^no-/, ""));
        }
        return camelcase(this.name());
      }
      /**
       * Set the help group heading.
       *
       * @param {string} heading
       * @return {Option}
       */
      helpGroup(heading) {
        this.helpGroupHeading = heading;
        return this;
      }
      /**
       * Check if `arg` matches the short or long flag.
       *
       * @param {string} arg
       * @return {boolean}
       * @package
       */
      is(arg) {
        return this.short === arg || this.long === arg;
      }
      /**
       * Return whether a boolean option.
       *
       * Options are one of boolean, negated, required argument, or optional argument.
       *
       * @return {boolean}
       * @package
       */
      isBoolean() {
        return !this.required && !this.optional && !this.negate;
      }
    };
    var DualOptions = class {
      /**
       * @param {Option[]} options
       */
      constructor(options) {
        this.positiveOptions = /* @__PURE__ */ new Map();
        this.negativeOptions = /* @__PURE__ */ new Map();
        this.dualOptions = /* @__PURE__ */ new Set();
        options.forEach((option) => {
          if (option.negate) {
            this.negativeOptions.set(option.attributeName(), option);
          } else {
            this.positiveOptions.set(option.attributeName(), option);
          }
        });
        this.negativeOptions.forEach((value, key) => {
          if (this.positiveOptions.has(key)) {
            this.dualOptions.add(key);
          }
        });
      }
      /**
       * Did the value come from the option, and not from possible matching dual option?
       *
       * @param {*} value
       * @param {Option} option
       * @returns {boolean}
       */
      valueFromOption(value, option) {
        const optionKey = option.attributeName();
        if (!this.dualOptions.has(optionKey)) return true;
        const preset = this.negativeOptions.get(optionKey).presetArg;
        const negativeValue = preset !== void 0 ? preset : false;
        return option.negate === (negativeValue === value);
      }
    };
    function camelcase(str) {
      return str.split("-").reduce((str2, word) => {
        return str2 + word[0].toUpperCase() + word.slice(1);
      });
    }
    function splitOptionFlags(flags) {
      let shortFlag;
      let longFlag;
      const shortFlagExp = /^-[^-]$/;
      const longFlagExp = /^--[^-]/;
      const flagParts = flags.split(/[ |,]+/).concat("guard");
      if (shortFlagExp.test(flagParts[0])) shortFlag = flagParts.shift();
      if (longFlagExp.test(flagParts[0])) longFlag = flagParts.shift();
      if (!shortFlag && shortFlagExp.test(flagParts[0]))
        shortFlag = flagParts.shift();
      if (!shortFlag && longFlagExp.test(flagParts[0])) {
        shortFlag = longFlag;
        longFlag = flagParts.shift();
      }
      if (flagParts[0].startsWith("-")) {
        const unsupportedFlag = flagParts[0];
        const baseError = `option creation failed due to '${unsupportedFlag}' in option flags '${flags}'`;
        if (/^-[^-][^-]/.test(unsupportedFlag))
          throw new Error(
            `${baseError}
- a short flag is a single dash and a single character
  - either use a single dash and a single character (for a short flag)
  - or use a double dash for a long option (and can have two, like '--ws, --workspace')`
          );
        if (shortFlagExp.test(unsupportedFlag))
          throw new Error(`${baseError}
- too many short flags`);
        if (longFlagExp.test(unsupportedFlag))
          throw new Error(`${baseError}
- too many long flags`);
        throw new Error(`${baseError}
- unrecognised flag format`);
      }
      if (shortFlag === void 0 && longFlag === void 0)
        throw new Error(
          `option creation failed due to no flags found in '${flags}'.`
        );
      return { shortFlag, longFlag };
    }
    exports2.Option = Option;
    exports2.DualOptions = DualOptions;
  }
});

// node_modules/commander/lib/suggestSimilar.js
var require_suggestSimilar = __commonJS({
  "node_modules/commander/lib/suggestSimilar.js"(exports2) {
    var maxDistance = 3;
    function editDistance(a, b) {
      if (Math.abs(a.length - b.length) > maxDistance)
        return Math.max(a.length, b.length);
      const d = [];
      for (let i = 0; i <= a.length; i++) {
        d[i] = [i];
      }
      for (let j = 0; j <= b.length; j++) {
        d[0][j] = j;
      }
      for (let j = 1; j <= b.length; j++) {
        for (let i = 1; i <= a.length; i++) {
          let cost = 1;
          if (a[i - 1] === b[j - 1]) {
            cost = 0;
          } else {
            cost = 1;
          }
          d[i][j] = Math.min(
            d[i - 1][j] + 1,
            // deletion
            d[i][j - 1] + 1,
            // insertion
            d[i - 1][j - 1] + cost
            // substitution
          );
          if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) {
            d[i][j] = Math.min(d[i][j], d[i - 2][j - 2] + 1);
          }
        }
      }
      return d[a.length][b.length];
    }
    function suggestSimilar(word, candidates) {
      if (!candidates || candidates.length === 0) return "";
      candidates = Array.from(new Set(candidates));
      const searchingOptions = word.startsWith("--");
      if (searchingOptions) {
        word = word.slice(2);
        candidates = candidates.map((candidate) => candidate.slice(2));
      }
      let similar = [];
      let bestDistance = maxDistance;
      const minSimilarity = 0.4;
      candidates.forEach((candidate) => {
        if (candidate.length <= 1) return;
        const distance2 = editDistance(word, candidate);
        const length = Math.max(word.length, candidate.length);
        const similarity = (length - distance2) / length;
        if (similarity > minSimilarity) {
          if (distance2 < bestDistance) {
            bestDistance = distance2;
            similar = [candidate];
          } else if (distance2 === bestDistance) {
            similar.push(candidate);
          }
        }
      });
      similar.sort((a, b) => a.localeCompare(b));
      if (searchingOptions) {
        similar = similar.map((candidate) => `--${candidate}`);
      }
      if (similar.length > 1) {
        return `
(Did you mean one of ${similar.join(", ")}?)`;
      }
      if (similar.length === 1) {
        return `
(Did you mean ${similar[0]}?)`;
      }
      return "";
    }
    exports2.suggestSimilar = suggestSimilar;
  }
});

// node_modules/commander/lib/command.js
var require_command = __commonJS({
  "node_modules/commander/lib/command.js"(exports2) {
    var EventEmitter = require("node:events").EventEmitter;
    var childProcess = require_child_process();
    var path = require("node:path");
    var fs = require("node:fs");
    var process2 = require("node:process");
    var { Argument, humanReadableArgName } = require_argument();
    var { CommanderError } = require_error();
    var { Help, stripColor } = require_help();
    var { Option, DualOptions } = require_option();
    var { suggestSimilar } = require_suggestSimilar();
    var Command = class _Command extends EventEmitter {
      /**
       * Initialize a new `Command`.
       *
       * @param {string} [name]
       */
      constructor(name) {
        super();
        this.commands = [];
        this.options = [];
        this.parent = null;
        this._allowUnknownOption = false;
        this._allowExcessArguments = false;
        this.registeredArguments = [];
        this._args = this.registeredArguments;
        this.args = [];
        this.rawArgs = [];
        this.processedArgs = [];
        this._scriptPath = null;
        this._name = name || "";
        this._optionValues = {};
        this._optionValueSources = {};
        this._storeOptionsAsProperties = false;
        this._actionHandler = null;
        this._executableHandler = false;
        this._executableFile = null;
        this._executableDir = null;
        this._defaultCommandName = null;
        this._exitCallback = null;
        this._aliases = [];
        this._combineFlagAndOptionalValue = true;
        this._description = "";
        this._summary = "";
        this._argsDescription = void 0;
        this._enablePositionalOptions = false;
        this._passThroughOptions = false;
        this._lifeCycleHooks = {};
        this._showHelpAfterError = false;
        this._showSuggestionAfterError = true;
        this._savedState = null;
        this._outputConfiguration = {
          writeOut: (str) => process2.stdout.write(str),
          writeErr: (str) => process2.stderr.write(str),
          outputError: (str, write) => write(str),
          getOutHelpWidth: () => process2.stdout.isTTY ? process2.stdout.columns : void 0,
          getErrHelpWidth: () => process2.stderr.isTTY ? process2.stderr.columns : void 0,
          getOutHasColors: () => useColor() ?? (process2.stdout.isTTY && process2.stdout.hasColors?.()),
          getErrHasColors: () => useColor() ?? (process2.stderr.isTTY && process2.stderr.hasColors?.()),
          stripColor: (str) => stripColor(str)
        };
        this._hidden = false;
        this._helpOption = void 0;
        this._addImplicitHelpCommand = void 0;
        this._helpCommand = void 0;
        this._helpConfiguration = {};
        this._helpGroupHeading = void 0;
        this._defaultCommandGroup = void 0;
        this._defaultOptionGroup = void 0;
      }
      /**
       * Copy settings that are useful to have in common across root command and subcommands.
       *
       * (Used internally when adding a command using `.command()` so subcommands inherit parent settings.)
       *
       * @param {Command} sourceCommand
       * @return {Command} `this` command for chaining
       */
      copyInheritedSettings(sourceCommand) {
        this._outputConfiguration = sourceCommand._outputConfiguration;
        this._helpOption = sourceCommand._helpOption;
        this._helpCommand = sourceCommand._helpCommand;
        this._helpConfiguration = sourceCommand._helpConfiguration;
        this._exitCallback = sourceCommand._exitCallback;
        this._storeOptionsAsProperties = sourceCommand._storeOptionsAsProperties;
        this._combineFlagAndOptionalValue = sourceCommand._combineFlagAndOptionalValue;
        this._allowExcessArguments = sourceCommand._allowExcessArguments;
        this._enablePositionalOptions = sourceCommand._enablePositionalOptions;
        this._showHelpAfterError = sourceCommand._showHelpAfterError;
        this._showSuggestionAfterError = sourceCommand._showSuggestionAfterError;
        return this;
      }
      /**
       * @returns {Command[]}
       * @private
       */
      _getCommandAndAncestors() {
        const result = [];
        for (let command = this; command; command = command.parent) {
          result.push(command);
        }
        return result;
      }
      /**
       * Define a command.
       *
       * There are two styles of command: pay attention to where to put the description.
       *
       * @example
       * // Command implemented using action handler (description is supplied separately to `.command`)
       * program
       *   .command('clone <source> [destination]')
       *   .description('clone a repository into a newly created directory')
       *   .action((source, destination) => {
       *     console.log('clone command called');
       *   });
       *
       * // Command implemented using separate executable file (description is second parameter to `.command`)
       * program
       *   .command('start <service>', 'start named service')
       *   .command('stop [service]', 'stop named service, or all if no name supplied');
       *
       * @param {string} nameAndArgs - command name and arguments, args are `<required>` or `[optional]` and last may also be `variadic...`
       * @param {(object | string)} [actionOptsOrExecDesc] - configuration options (for action), or description (for executable)
       * @param {object} [execOpts] - configuration options (for executable)
       * @return {Command} returns new command for action handler, or `this` for executable command
       */
      command(nameAndArgs, actionOptsOrExecDesc, execOpts) {
        let desc = actionOptsOrExecDesc;
        let opts = execOpts;
        if (typeof desc === "object" && desc !== null) {
          opts = desc;
          desc = null;
        }
        opts = opts || {};
        const [, name, args] = nameAndArgs.match(/([^ ]+) *(.*)/);
        const cmd = this.createCommand(name);
        if (desc) {
          cmd.description(desc);
          cmd._executableHandler = true;
        }
        if (opts.isDefault) this._defaultCommandName = cmd._name;
        cmd._hidden = !!(opts.noHelp || opts.hidden);
        cmd._executableFile = opts.executableFile || null;
        if (args) cmd.arguments(args);
        this._registerCommand(cmd);
        cmd.parent = this;
        cmd.copyInheritedSettings(this);
        if (desc) return this;
        return cmd;
      }
      /**
       * Factory routine to create a new unattached command.
       *
       * See .command() for creating an attached subcommand, which uses this routine to
       * create the command. You can override createCommand to customise subcommands.
       *
       * @param {string} [name]
       * @return {Command} new command
       */
      createCommand(name) {
        return new _Command(name);
      }
      /**
       * You can customise the help with a subclass of Help by overriding createHelp,
       * or by overriding Help properties using configureHelp().
       *
       * @return {Help}
       */
      createHelp() {
        return Object.assign(new Help(), this.configureHelp());
      }
      /**
       * You can customise the help by overriding Help properties using configureHelp(),
       * or with a subclass of Help by overriding createHelp().
       *
       * @param {object} [configuration] - configuration options
       * @return {(Command | object)} `this` command for chaining, or stored configuration
       */
      configureHelp(configuration) {
        if (configuration === void 0) return this._helpConfiguration;
        this._helpConfiguration = configuration;
        return this;
      }
      /**
       * The default output goes to stdout and stderr. You can customise this for special
       * applications. You can also customise the display of errors by overriding outputError.
       *
       * The configuration properties are all functions:
       *
       *     // change how output being written, defaults to stdout and stderr
       *     writeOut(str)
       *     writeErr(str)
       *     // change how output being written for errors, defaults to writeErr
       *     outputError(str, write) // used for displaying errors and not used for displaying help
       *     // specify width for wrapping help
       *     getOutHelpWidth()
       *     getErrHelpWidth()
       *     // color support, currently only used with Help
       *     getOutHasColors()
       *     getErrHasColors()
       *     stripColor() // used to remove ANSI escape codes if output does not have colors
       *
       * @param {object} [configuration] - configuration options
       * @return {(Command | object)} `this` command for chaining, or stored configuration
       */
      configureOutput(configuration) {
        if (configuration === void 0) return this._outputConfiguration;
        this._outputConfiguration = {
          ...this._outputConfiguration,
          ...configuration
        };
        return this;
      }
      /**
       * Display the help or a custom message after an error occurs.
       *
       * @param {(boolean|string)} [displayHelp]
       * @return {Command} `this` command for chaining
       */
      showHelpAfterError(displayHelp = true) {
        if (typeof displayHelp !== "string") displayHelp = !!displayHelp;
        this._showHelpAfterError = displayHelp;
        return this;
      }
      /**
       * Display suggestion of similar commands for unknown commands, or options for unknown options.
       *
       * @param {boolean} [displaySuggestion]
       * @return {Command} `this` command for chaining
       */
      showSuggestionAfterError(displaySuggestion = true) {
        this._showSuggestionAfterError = !!displaySuggestion;
        return this;
      }
      /**
       * Add a prepared subcommand.
       *
       * See .command() for creating an attached subcommand which inherits settings from its parent.
       *
       * @param {Command} cmd - new subcommand
       * @param {object} [opts] - configuration options
       * @return {Command} `this` command for chaining
       */
      addCommand(cmd, opts) {
        if (!cmd._name) {
          throw new Error(`Command passed to .addCommand() must have a name
- specify the name in Command constructor or using .name()`);
        }
        opts = opts || {};
        if (opts.isDefault) this._defaultCommandName = cmd._name;
        if (opts.noHelp || opts.hidden) cmd._hidden = true;
        this._registerCommand(cmd);
        cmd.parent = this;
        cmd._checkForBrokenPassThrough();
        return this;
      }
      /**
       * Factory routine to create a new unattached argument.
       *
       * See .argument() for creating an attached argument, which uses this routine to
       * create the argument. You can override createArgument to return a custom argument.
       *
       * @param {string} name
       * @param {string} [description]
       * @return {Argument} new argument
       */
      createArgument(name, description) {
        return new Argument(name, description);
      }
      /**
       * Define argument syntax for command.
       *
       * The default is that the argument is required, and you can explicitly
       * indicate this with <> around the name. Put [] around the name for an optional argument.
       *
       * @example
       * program.argument('<input-file>');
       * program.argument('[output-file]');
       *
       * @param {string} name
       * @param {string} [description]
       * @param {(Function|*)} [parseArg] - custom argument processing function or default value
       * @param {*} [defaultValue]
       * @return {Command} `this` command for chaining
       */
      argument(name, description, parseArg, defaultValue) {
        const argument = this.createArgument(name, description);
        if (typeof parseArg === "function") {
          argument.default(defaultValue).argParser(parseArg);
        } else {
          argument.default(parseArg);
        }
        this.addArgument(argument);
        return this;
      }
      /**
       * Define argument syntax for command, adding multiple at once (without descriptions).
       *
       * See also .argument().
       *
       * @example
       * program.arguments('<cmd> [env]');
       *
       * @param {string} names
       * @return {Command} `this` command for chaining
       */
      arguments(names2) {
        names2.trim().split(/ +/).forEach((detail) => {
          this.argument(detail);
        });
        return this;
      }
      /**
       * Define argument syntax for command, adding a prepared argument.
       *
       * @param {Argument} argument
       * @return {Command} `this` command for chaining
       */
      addArgument(argument) {
        const previousArgument = this.registeredArguments.slice(-1)[0];
        if (previousArgument?.variadic) {
          throw new Error(
            `only the last argument can be variadic '${previousArgument.name()}'`
          );
        }
        if (argument.required && argument.defaultValue !== void 0 && argument.parseArg === void 0) {
          throw new Error(
            `a default value for a required argument is never used: '${argument.name()}'`
          );
        }
        this.registeredArguments.push(argument);
        return this;
      }
      /**
       * Customise or override default help command. By default a help command is automatically added if your command has subcommands.
       *
       * @example
       *    program.helpCommand('help [cmd]');
       *    program.helpCommand('help [cmd]', 'show help');
       *    program.helpCommand(false); // suppress default help command
       *    program.helpCommand(true); // add help command even if no subcommands
       *
       * @param {string|boolean} enableOrNameAndArgs - enable with custom name and/or arguments, or boolean to override whether added
       * @param {string} [description] - custom description
       * @return {Command} `this` command for chaining
       */
      helpCommand(enableOrNameAndArgs, description) {
        if (typeof enableOrNameAndArgs === "boolean") {
          this._addImplicitHelpCommand = enableOrNameAndArgs;
          if (enableOrNameAndArgs && this._defaultCommandGroup) {
            this._initCommandGroup(this._getHelpCommand());
          }
          return this;
        }
        const nameAndArgs = enableOrNameAndArgs ?? "help [command]";
        const [, helpName, helpArgs] = nameAndArgs.match(/([^ ]+) *(.*)/);
        const helpDescription = description ?? "display help for command";
        const helpCommand = this.createCommand(helpName);
        helpCommand.helpOption(false);
        if (helpArgs) helpCommand.arguments(helpArgs);
        if (helpDescription) helpCommand.description(helpDescription);
        this._addImplicitHelpCommand = true;
        this._helpCommand = helpCommand;
        if (enableOrNameAndArgs || description) this._initCommandGroup(helpCommand);
        return this;
      }
      /**
       * Add prepared custom help command.
       *
       * @param {(Command|string|boolean)} helpCommand - custom help command, or deprecated enableOrNameAndArgs as for `.helpCommand()`
       * @param {string} [deprecatedDescription] - deprecated custom description used with custom name only
       * @return {Command} `this` command for chaining
       */
      addHelpCommand(helpCommand, deprecatedDescription) {
        if (typeof helpCommand !== "object") {
          this.helpCommand(helpCommand, deprecatedDescription);
          return this;
        }
        this._addImplicitHelpCommand = true;
        this._helpCommand = helpCommand;
        this._initCommandGroup(helpCommand);
        return this;
      }
      /**
       * Lazy create help command.
       *
       * @return {(Command|null)}
       * @package
       */
      _getHelpCommand() {
        const hasImplicitHelpCommand = this._addImplicitHelpCommand ?? (this.commands.length && !this._actionHandler && !this._findCommand("help"));
        if (hasImplicitHelpCommand) {
          if (this._helpCommand === void 0) {
            this.helpCommand(void 0, void 0);
          }
          return this._helpCommand;
        }
        return null;
      }
      /**
       * Add hook for life cycle event.
       *
       * @param {string} event
       * @param {Function} listener
       * @return {Command} `this` command for chaining
       */
      hook(event, listener) {
        const allowedValues = ["preSubcommand", "preAction", "postAction"];
        if (!allowedValues.includes(event)) {
          throw new Error(`Unexpected value for event passed to hook : '${event}'.
Expecting one of '${allowedValues.join("', '")}'`);
        }
        if (this._lifeCycleHooks[event]) {
          this._lifeCycleHooks[event].push(listener);
        } else {
          this._lifeCycleHooks[event] = [listener];
        }
        return this;
      }
      /**
       * Register callback to use as replacement for calling process.exit.
       *
       * @param {Function} [fn] optional callback which will be passed a CommanderError, defaults to throwing
       * @return {Command} `this` command for chaining
       */
      exitOverride(fn) {
        if (fn) {
          this._exitCallback = fn;
        } else {
          this._exitCallback = (err) => {
            if (err.code !== "commander.executeSubCommandAsync") {
              throw err;
            } else {
            }
          };
        }
        return this;
      }
      /**
       * Call process.exit, and _exitCallback if defined.
       *
       * @param {number} exitCode exit code for using with process.exit
       * @param {string} code an id string representing the error
       * @param {string} message human-readable description of the error
       * @return never
       * @private
       */
      _exit(exitCode, code2, message) {
        if (this._exitCallback) {
          this._exitCallback(new CommanderError(exitCode, code2, message));
        }
        process2.exit(exitCode);
      }
      /**
       * Register callback `fn` for the command.
       *
       * @example
       * program
       *   .command('serve')
       *   .description('start service')
       *   .action(function() {
       *      // do work here
       *   });
       *
       * @param {Function} fn
       * @return {Command} `this` command for chaining
       */
      action(fn) {
        const listener = (args) => {
          const expectedArgsCount = this.registeredArguments.length;
          const actionArgs = args.slice(0, expectedArgsCount);
          if (this._storeOptionsAsProperties) {
            actionArgs[expectedArgsCount] = this;
          } else {
            actionArgs[expectedArgsCount] = this.opts();
          }
          actionArgs.push(this);
          return fn.apply(this, actionArgs);
        };
        this._actionHandler = listener;
        return this;
      }
      /**
       * Factory routine to create a new unattached option.
       *
       * See .option() for creating an attached option, which uses this routine to
       * create the option. You can override createOption to return a custom option.
       *
       * @param {string} flags
       * @param {string} [description]
       * @return {Option} new option
       */
      createOption(flags, description) {
        return new Option(flags, description);
      }
      /**
       * Wrap parseArgs to catch 'commander.invalidArgument'.
       *
       * @param {(Option | Argument)} target
       * @param {string} value
       * @param {*} previous
       * @param {string} invalidArgumentMessage
       * @private
       */
      _callParseArg(target, value, previous, invalidArgumentMessage) {
        try {
          return target.parseArg(value, previous);
        } catch (err) {
          if (err.code === "commander.invalidArgument") {
            const message = `${invalidArgumentMessage} ${err.message}`;
            this.error(message, { exitCode: err.exitCode, code: err.code });
          }
          throw err;
        }
      }
      /**
       * Check for option flag conflicts.
       * Register option if no conflicts found, or throw on conflict.
       *
       * @param {Option} option
       * @private
       */
      _registerOption(option) {
        const matchingOption = option.short && this._findOption(option.short) || option.long && this._findOption(option.long);
        if (matchingOption) {
          const matchingFlag = option.long && this._findOption(option.long) ? option.long : option.short;
          throw new Error(`Cannot add option '${option.flags}'${this._name && ` to command '${this._name}'`} due to conflicting flag '${matchingFlag}'
-  already used by option '${matchingOption.flags}'`);
        }
        this._initOptionGroup(option);
        this.options.push(option);
      }
      /**
       * Check for command name and alias conflicts with existing commands.
       * Register command if no conflicts found, or throw on conflict.
       *
       * @param {Command} command
       * @private
       */
      _registerCommand(command) {
        const knownBy = (cmd) => {
          return [cmd.name()].concat(cmd.aliases());
        };
        const alreadyUsed = knownBy(command).find(
          (name) => this._findCommand(name)
        );
        if (alreadyUsed) {
          const existingCmd = knownBy(this._findCommand(alreadyUsed)).join("|");
          const newCmd = knownBy(command).join("|");
          throw new Error(
            `cannot add command '${newCmd}' as already have command '${existingCmd}'`
          );
        }
        this._initCommandGroup(command);
        this.commands.push(command);
      }
      /**
       * Add an option.
       *
       * @param {Option} option
       * @return {Command} `this` command for chaining
       */
      addOption(option) {
        this._registerOption(option);
        const oname = option.name();
        const name = option.attributeName();
        if (option.negate) {
          const positiveLongFlag = option.long.replace(/^--no-/, "--");
          if (!this._findOption(positiveLongFlag)) {
            this.setOptionValueWithSource(
              name,
              option.defaultValue === void 0 ? true : option.defaultValue,
              "default"
            );
          }
        } else if (option.defaultValue !== void 0) {
          this.setOptionValueWithSource(name, option.defaultValue, "default");
        }
        const handleOptionValue = (val, invalidValueMessage, valueSource) => {
          if (val == null && option.presetArg !== void 0) {
            val = option.presetArg;
          }
          const oldValue = this.getOptionValue(name);
          if (val !== null && option.parseArg) {
            val = this._callParseArg(option, val, oldValue, invalidValueMessage);
          } else if (val !== null && option.variadic) {
            val = option._collectValue(val, oldValue);
          }
          if (val == null) {
            if (option.negate) {
              val = false;
            } else if (option.isBoolean() || option.optional) {
              val = true;
            } else {
              val = "";
            }
          }
          this.setOptionValueWithSource(name, val, valueSource);
        };
        this.on("option:" + oname, (val) => {
          const invalidValueMessage = `error: option '${option.flags}' argument '${val}' is invalid.`;
          handleOptionValue(val, invalidValueMessage, "cli");
        });
        if (option.envVar) {
          this.on("optionEnv:" + oname, (val) => {
            const invalidValueMessage = `error: option '${option.flags}' value '${val}' from env '${option.envVar}' is invalid.`;
            handleOptionValue(val, invalidValueMessage, "env");
          });
        }
        return this;
      }
      /**
       * Internal implementation shared by .option() and .requiredOption()
       *
       * @return {Command} `this` command for chaining
       * @private
       */
      _optionEx(config, flags, description, fn, defaultValue) {
        if (typeof flags === "object" && flags instanceof Option) {
          throw new Error(
            "To add an Option object use addOption() instead of option() or requiredOption()"
          );
        }
        const option = this.createOption(flags, description);
        option.makeOptionMandatory(!!config.mandatory);
        if (typeof fn === "function") {
          option.default(defaultValue).argParser(fn);
        } else if (fn instanceof RegExp) {
          const regex = fn;
          fn = (val, def) => {
            const m = regex.exec(val);
            return m ? m[0] : def;
          };
          option.default(defaultValue).argParser(fn);
        } else {
          option.default(fn);
        }
        return this.addOption(option);
      }
      /**
       * Define option with `flags`, `description`, and optional argument parsing function or `defaultValue` or both.
       *
       * The `flags` string contains the short and/or long flags, separated by comma, a pipe or space. A required
       * option-argument is indicated by `<>` and an optional option-argument by `[]`.
       *
       * See the README for more details, and see also addOption() and requiredOption().
       *
       * @example
       * program
       *     .option('-p, --pepper', 'add pepper')
       *     .option('--pt, --pizza-type <TYPE>', 'type of pizza') // required option-argument
       *     .option('-c, --cheese [CHEESE]', 'add extra cheese', 'mozzarella') // optional option-argument with default
       *     .option('-t, --tip <VALUE>', 'add tip to purchase cost', parseFloat) // custom parse function
       *
       * @param {string} flags
       * @param {string} [description]
       * @param {(Function|*)} [parseArg] - custom option processing function or default value
       * @param {*} [defaultValue]
       * @return {Command} `this` command for chaining
       */
      option(flags, description, parseArg, defaultValue) {
        return this._optionEx({}, flags, description, parseArg, defaultValue);
      }
      /**
       * Add a required option which must have a value after parsing. This usually means
       * the option must be specified on the command line. (Otherwise the same as .option().)
       *
       * The `flags` string contains the short and/or long flags, separated by comma, a pipe or space.
       *
       * @param {string} flags
       * @param {string} [description]
       * @param {(Function|*)} [parseArg] - custom option processing function or default value
       * @param {*} [defaultValue]
       * @return {Command} `this` command for chaining
       */
      requiredOption(flags, description, parseArg, defaultValue) {
        return this._optionEx(
          { mandatory: true },
          flags,
          description,
          parseArg,
          defaultValue
        );
      }
      /**
       * Alter parsing of short flags with optional values.
       *
       * @example
       * // for `.option('-f,--flag [value]'):
       * program.combineFlagAndOptionalValue(true);  // `-f80` is treated like `--flag=80`, this is the default behaviour
       * program.combineFlagAndOptionalValue(false) // `-fb` is treated like `-f -b`
       *
       * @param {boolean} [combine] - if `true` or omitted, an optional value can be specified directly after the flag.
       * @return {Command} `this` command for chaining
       */
      combineFlagAndOptionalValue(combine = true) {
        this._combineFlagAndOptionalValue = !!combine;
        return this;
      }
      /**
       * Allow unknown options on the command line.
       *
       * @param {boolean} [allowUnknown] - if `true` or omitted, no error will be thrown for unknown options.
       * @return {Command} `this` command for chaining
       */
      allowUnknownOption(allowUnknown = true) {
        this._allowUnknownOption = !!allowUnknown;
        return this;
      }
      /**
       * Allow excess command-arguments on the command line. Pass false to make excess arguments an error.
       *
       * @param {boolean} [allowExcess] - if `true` or omitted, no error will be thrown for excess arguments.
       * @return {Command} `this` command for chaining
       */
      allowExcessArguments(allowExcess = true) {
        this._allowExcessArguments = !!allowExcess;
        return this;
      }
      /**
       * Enable positional options. Positional means global options are specified before subcommands which lets
       * subcommands reuse the same option names, and also enables subcommands to turn on passThroughOptions.
       * The default behaviour is non-positional and global options may appear anywhere on the command line.
       *
       * @param {boolean} [positional]
       * @return {Command} `this` command for chaining
       */
      enablePositionalOptions(positional = true) {
        this._enablePositionalOptions = !!positional;
        return this;
      }
      /**
       * Pass through options that come after command-arguments rather than treat them as command-options,
       * so actual command-options come before command-arguments. Turning this on for a subcommand requires
       * positional options to have been enabled on the program (parent commands).
       * The default behaviour is non-positional and options may appear before or after command-arguments.
       *
       * @param {boolean} [passThrough] for unknown options.
       * @return {Command} `this` command for chaining
       */
      passThroughOptions(passThrough = true) {
        this._passThroughOptions = !!passThrough;
        this._checkForBrokenPassThrough();
        return this;
      }
      /**
       * @private
       */
      _checkForBrokenPassThrough() {
        if (this.parent && this._passThroughOptions && !this.parent._enablePositionalOptions) {
          throw new Error(
            `passThroughOptions cannot be used for '${this._name}' without turning on enablePositionalOptions for parent command(s)`
          );
        }
      }
      /**
       * Whether to store option values as properties on command object,
       * or store separately (specify false). In both cases the option values can be accessed using .opts().
       *
       * @param {boolean} [storeAsProperties=true]
       * @return {Command} `this` command for chaining
       */
      storeOptionsAsProperties(storeAsProperties = true) {
        if (this.options.length) {
          throw new Error("call .storeOptionsAsProperties() before adding options");
        }
        if (Object.keys(this._optionValues).length) {
          throw new Error(
            "call .storeOptionsAsProperties() before setting option values"
          );
        }
        this._storeOptionsAsProperties = !!storeAsProperties;
        return this;
      }
      /**
       * Retrieve option value.
       *
       * @param {string} key
       * @return {object} value
       */
      getOptionValue(key) {
        if (this._storeOptionsAsProperties) {
          return this[key];
        }
        return this._optionValues[key];
      }
      /**
       * Store option value.
       *
       * @param {string} key
       * @param {object} value
       * @return {Command} `this` command for chaining
       */
      setOptionValue(key, value) {
        return this.setOptionValueWithSource(key, value, void 0);
      }
      /**
       * Store option value and where the value came from.
       *
       * @param {string} key
       * @param {object} value
       * @param {string} source - expected values are default/config/env/cli/implied
       * @return {Command} `this` command for chaining
       */
      setOptionValueWithSource(key, value, source) {
        if (this._storeOptionsAsProperties) {
          this[key] = value;
        } else {
          this._optionValues[key] = value;
        }
        this._optionValueSources[key] = source;
        return this;
      }
      /**
       * Get source of option value.
       * Expected values are default | config | env | cli | implied
       *
       * @param {string} key
       * @return {string}
       */
      getOptionValueSource(key) {
        return this._optionValueSources[key];
      }
      /**
       * Get source of option value. See also .optsWithGlobals().
       * Expected values are default | config | env | cli | implied
       *
       * @param {string} key
       * @return {string}
       */
      getOptionValueSourceWithGlobals(key) {
        let source;
        this._getCommandAndAncestors().forEach((cmd) => {
          if (cmd.getOptionValueSource(key) !== void 0) {
            source = cmd.getOptionValueSource(key);
          }
        });
        return source;
      }
      /**
       * Get user arguments from implied or explicit arguments.
       * Side-effects: set _scriptPath if args included script. Used for default program name, and subcommand searches.
       *
       * @private
       */
      _prepareUserArgs(argv, parseOptions) {
        if (argv !== void 0 && !Array.isArray(argv)) {
          throw new Error("first parameter to parse must be array or undefined");
        }
        parseOptions = parseOptions || {};
        if (argv === void 0 && parseOptions.from === void 0) {
          if (process2.versions?.electron) {
            parseOptions.from = "electron";
          }
          const execArgv = process2.execArgv ?? [];
          if (execArgv.includes("-e") || execArgv.includes("--eval") || execArgv.includes("-p") || execArgv.includes("--print")) {
            parseOptions.from = "eval";
          }
        }
        if (argv === void 0) {
          argv = process2.argv;
        }
        this.rawArgs = argv.slice();
        let userArgs;
        switch (parseOptions.from) {
          case void 0:
          case "node":
            this._scriptPath = argv[1];
            userArgs = argv.slice(2);
            break;
          case "electron":
            if (process2.defaultApp) {
              this._scriptPath = argv[1];
              userArgs = argv.slice(2);
            } else {
              userArgs = argv.slice(1);
            }
            break;
          case "user":
            userArgs = argv.slice(0);
            break;
          case "eval":
            userArgs = argv.slice(1);
            break;
          default:
            throw new Error(
              `unexpected parse option { from: '${parseOptions.from}' }`
            );
        }
        if (!this._name && this._scriptPath)
          this.nameFromFilename(this._scriptPath);
        this._name = this._name || "program";
        return userArgs;
      }
      /**
       * Parse `argv`, setting options and invoking commands when defined.
       *
       * Use parseAsync instead of parse if any of your action handlers are async.
       *
       * Call with no parameters to parse `process.argv`. Detects Electron and special node options like `node --eval`. Easy mode!
       *
       * Or call with an array of strings to parse, and optionally where the user arguments start by specifying where the arguments are `from`:
       * - `'node'`: default, `argv[0]` is the application and `argv[1]` is the script being run, with user arguments after that
       * - `'electron'`: `argv[0]` is the application and `argv[1]` varies depending on whether the electron application is packaged
       * - `'user'`: just user arguments
       *
       * @example
       * program.parse(); // parse process.argv and auto-detect electron and special node flags
       * program.parse(process.argv); // assume argv[0] is app and argv[1] is script
       * program.parse(my-args, { from: 'user' }); // just user supplied arguments, nothing special about argv[0]
       *
       * @param {string[]} [argv] - optional, defaults to process.argv
       * @param {object} [parseOptions] - optionally specify style of options with from: node/user/electron
       * @param {string} [parseOptions.from] - where the args are from: 'node', 'user', 'electron'
       * @return {Command} `this` command for chaining
       */
      parse(argv, parseOptions) {
        this._prepareForParse();
        const userArgs = this._prepareUserArgs(argv, parseOptions);
        this._parseCommand([], userArgs);
        return this;
      }
      /**
       * Parse `argv`, setting options and invoking commands when defined.
       *
       * Call with no parameters to parse `process.argv`. Detects Electron and special node options like `node --eval`. Easy mode!
       *
       * Or call with an array of strings to parse, and optionally where the user arguments start by specifying where the arguments are `from`:
       * - `'node'`: default, `argv[0]` is the application and `argv[1]` is the script being run, with user arguments after that
       * - `'electron'`: `argv[0]` is the application and `argv[1]` varies depending on whether the electron application is packaged
       * - `'user'`: just user arguments
       *
       * @example
       * await program.parseAsync(); // parse process.argv and auto-detect electron and special node flags
       * await program.parseAsync(process.argv); // assume argv[0] is app and argv[1] is script
       * await program.parseAsync(my-args, { from: 'user' }); // just user supplied arguments, nothing special about argv[0]
       *
       * @param {string[]} [argv]
       * @param {object} [parseOptions]
       * @param {string} parseOptions.from - where the args are from: 'node', 'user', 'electron'
       * @return {Promise}
       */
      async parseAsync(argv, parseOptions) {
        this._prepareForParse();
        const userArgs = this._prepareUserArgs(argv, parseOptions);
        await this._parseCommand([], userArgs);
        return this;
      }
      _prepareForParse() {
        if (this._savedState === null) {
          this.saveStateBeforeParse();
        } else {
          this.restoreStateBeforeParse();
        }
      }
      /**
       * Called the first time parse is called to save state and allow a restore before subsequent calls to parse.
       * Not usually called directly, but available for subclasses to save their custom state.
       *
       * This is called in a lazy way. Only commands used in parsing chain will have state saved.
       */
      saveStateBeforeParse() {
        this._savedState = {
          // name is stable if supplied by author, but may be unspecified for root command and deduced during parsing
          _name: this._name,
          // option values before parse have default values (including false for negated options)
          // shallow clones
          _optionValues: { ...this._optionValues },
          _optionValueSources: { ...this._optionValueSources }
        };
      }
      /**
       * Restore state before parse for calls after the first.
       * Not usually called directly, but available for subclasses to save their custom state.
       *
       * This is called in a lazy way. Only commands used in parsing chain will have state restored.
       */
      restoreStateBeforeParse() {
        if (this._storeOptionsAsProperties)
          throw new Error(`Can not call parse again when storeOptionsAsProperties is true.
- either make a new Command for each call to parse, or stop storing options as properties`);
        this._name = this._savedState._name;
        this._scriptPath = null;
        this.rawArgs = [];
        this._optionValues = { ...this._savedState._optionValues };
        this._optionValueSources = { ...this._savedState._optionValueSources };
        this.args = [];
        this.processedArgs = [];
      }
      /**
       * Throw if expected executable is missing. Add lots of help for author.
       *
       * @param {string} executableFile
       * @param {string} executableDir
       * @param {string} subcommandName
       */
      _checkForMissingExecutable(executableFile, executableDir, subcommandName) {
        if (fs.existsSync(executableFile)) return;
        const executableDirMessage = executableDir ? `searched for local subcommand relative to directory '${executableDir}'` : "no directory for search for local subcommand, use .executableDir() to supply a custom directory";
        const executableMissing = `'${executableFile}' does not exist
 - if '${subcommandName}' is not meant to be an executable command, remove description parameter from '.command()' and use '.description()' instead
 - if the default executable name is not suitable, use the executableFile option to supply a custom name or path
 - ${executableDirMessage}`;
        throw new Error(executableMissing);
      }
      /**
       * Execute a sub-command executable.
       *
       * @private
       */
      _executeSubCommand(subcommand, args) {
        args = args.slice();
        let launchWithNode = false;
        const sourceExt = [".js", ".ts", ".tsx", ".mjs", ".cjs"];
        function findFile(baseDir, baseName) {
          const localBin = path.resolve(baseDir, baseName);
          if (fs.existsSync(localBin)) return localBin;
          if (sourceExt.includes(path.extname(baseName))) return void 0;
          const foundExt = sourceExt.find(
            (ext) => fs.existsSync(`${localBin}${ext}`)
          );
          if (foundExt) return `${localBin}${foundExt}`;
          return void 0;
        }
        this._checkForMissingMandatoryOptions();
        this._checkForConflictingOptions();
        let executableFile = subcommand._executableFile || `${this._name}-${subcommand._name}`;
        let executableDir = this._executableDir || "";
        if (this._scriptPath) {
          let resolvedScriptPath;
          try {
            resolvedScriptPath = fs.realpathSync(this._scriptPath);
          } catch {
            resolvedScriptPath = this._scriptPath;
          }
          executableDir = path.resolve(
            path.dirname(resolvedScriptPath),
            executableDir
          );
        }
        if (executableDir) {
          let localFile = findFile(executableDir, executableFile);
          if (!localFile && !subcommand._executableFile && this._scriptPath) {
            const legacyName = path.basename(
              this._scriptPath,
              path.extname(this._scriptPath)
            );
            if (legacyName !== this._name) {
              localFile = findFile(
                executableDir,
                `${legacyName}-${subcommand._name}`
              );
            }
          }
          executableFile = localFile || executableFile;
        }
        launchWithNode = sourceExt.includes(path.extname(executableFile));
        let proc;
        if (process2.platform !== "win32") {
          if (launchWithNode) {
            args.unshift(executableFile);
            args = incrementNodeInspectorPort(process2.execArgv).concat(args);
            proc = childProcess.spawn(process2.argv[0], args, { stdio: "inherit" });
          } else {
            proc = childProcess.spawn(executableFile, args, { stdio: "inherit" });
          }
        } else {
          this._checkForMissingExecutable(
            executableFile,
            executableDir,
            subcommand._name
          );
          args.unshift(executableFile);
          args = incrementNodeInspectorPort(process2.execArgv).concat(args);
          proc = childProcess.spawn(process2.execPath, args, { stdio: "inherit" });
        }
        if (!proc.killed) {
          const signals = ["SIGUSR1", "SIGUSR2", "SIGTERM", "SIGINT", "SIGHUP"];
          signals.forEach((signal) => {
            process2.on(signal, () => {
              if (proc.killed === false && proc.exitCode === null) {
                proc.kill(signal);
              }
            });
          });
        }
        const exitCallback = this._exitCallback;
        proc.on("close", (code2) => {
          code2 = code2 ?? 1;
          if (!exitCallback) {
            process2.exit(code2);
          } else {
            exitCallback(
              new CommanderError(
                code2,
                "commander.executeSubCommandAsync",
                "(close)"
              )
            );
          }
        });
        proc.on("error", (err) => {
          if (err.code === "ENOENT") {
            this._checkForMissingExecutable(
              executableFile,
              executableDir,
              subcommand._name
            );
          } else if (err.code === "EACCES") {
            throw new Error(`'${executableFile}' not executable`);
          }
          if (!exitCallback) {
            process2.exit(1);
          } else {
            const wrappedError = new CommanderError(
              1,
              "commander.executeSubCommandAsync",
              "(error)"
            );
            wrappedError.nestedError = err;
            exitCallback(wrappedError);
          }
        });
        this.runningCommand = proc;
      }
      /**
       * @private
       */
      _dispatchSubcommand(commandName, operands, unknown) {
        const subCommand = this._findCommand(commandName);
        if (!subCommand) this.help({ error: true });
        subCommand._prepareForParse();
        let promiseChain;
        promiseChain = this._chainOrCallSubCommandHook(
          promiseChain,
          subCommand,
          "preSubcommand"
        );
        promiseChain = this._chainOrCall(promiseChain, () => {
          if (subCommand._executableHandler) {
            this._executeSubCommand(subCommand, operands.concat(unknown));
          } else {
            return subCommand._parseCommand(operands, unknown);
          }
        });
        return promiseChain;
      }
      /**
       * Invoke help directly if possible, or dispatch if necessary.
       * e.g. help foo
       *
       * @private
       */
      _dispatchHelpCommand(subcommandName) {
        if (!subcommandName) {
          this.help();
        }
        const subCommand = this._findCommand(subcommandName);
        if (subCommand && !subCommand._executableHandler) {
          subCommand.help();
        }
        return this._dispatchSubcommand(
          subcommandName,
          [],
          [this._getHelpOption()?.long ?? this._getHelpOption()?.short ?? "--help"]
        );
      }
      /**
       * Check this.args against expected this.registeredArguments.
       *
       * @private
       */
      _checkNumberOfArguments() {
        this.registeredArguments.forEach((arg, i) => {
          if (arg.required && this.args[i] == null) {
            this.missingArgument(arg.name());
          }
        });
        if (this.registeredArguments.length > 0 && this.registeredArguments[this.registeredArguments.length - 1].variadic) {
          return;
        }
        if (this.args.length > this.registeredArguments.length) {
          this._excessArguments(this.args);
        }
      }
      /**
       * Process this.args using this.registeredArguments and save as this.processedArgs!
       *
       * @private
       */
      _processArguments() {
        const myParseArg = (argument, value, previous) => {
          let parsedValue = value;
          if (value !== null && argument.parseArg) {
            const invalidValueMessage = `error: command-argument value '${value}' is invalid for argument '${argument.name()}'.`;
            parsedValue = this._callParseArg(
              argument,
              value,
              previous,
              invalidValueMessage
            );
          }
          return parsedValue;
        };
        this._checkNumberOfArguments();
        const processedArgs = [];
        this.registeredArguments.forEach((declaredArg, index) => {
          let value = declaredArg.defaultValue;
          if (declaredArg.variadic) {
            if (index < this.args.length) {
              value = this.args.slice(index);
              if (declaredArg.parseArg) {
                value = value.reduce((processed, v) => {
                  return myParseArg(declaredArg, v, processed);
                }, declaredArg.defaultValue);
              }
            } else if (value === void 0) {
              value = [];
            }
          } else if (index < this.args.length) {
            value = this.args[index];
            if (declaredArg.parseArg) {
              value = myParseArg(declaredArg, value, declaredArg.defaultValue);
            }
          }
          processedArgs[index] = value;
        });
        this.processedArgs = processedArgs;
      }
      /**
       * Once we have a promise we chain, but call synchronously until then.
       *
       * @param {(Promise|undefined)} promise
       * @param {Function} fn
       * @return {(Promise|undefined)}
       * @private
       */
      _chainOrCall(promise, fn) {
        if (promise?.then && typeof promise.then === "function") {
          return promise.then(() => fn());
        }
        return fn();
      }
      /**
       *
       * @param {(Promise|undefined)} promise
       * @param {string} event
       * @return {(Promise|undefined)}
       * @private
       */
      _chainOrCallHooks(promise, event) {
        let result = promise;
        const hooks = [];
        this._getCommandAndAncestors().reverse().filter((cmd) => cmd._lifeCycleHooks[event] !== void 0).forEach((hookedCommand) => {
          hookedCommand._lifeCycleHooks[event].forEach((callback) => {
            hooks.push({ hookedCommand, callback });
          });
        });
        if (event === "postAction") {
          hooks.reverse();
        }
        hooks.forEach((hookDetail) => {
          result = this._chainOrCall(result, () => {
            return hookDetail.callback(hookDetail.hookedCommand, this);
          });
        });
        return result;
      }
      /**
       *
       * @param {(Promise|undefined)} promise
       * @param {Command} subCommand
       * @param {string} event
       * @return {(Promise|undefined)}
       * @private
       */
      _chainOrCallSubCommandHook(promise, subCommand, event) {
        let result = promise;
        if (this._lifeCycleHooks[event] !== void 0) {
          this._lifeCycleHooks[event].forEach((hook) => {
            result = this._chainOrCall(result, () => {
              return hook(this, subCommand);
            });
          });
        }
        return result;
      }
      /**
       * Process arguments in context of this command.
       * Returns action result, in case it is a promise.
       *
       * @private
       */
      _parseCommand(operands, unknown) {
        const parsed = this.parseOptions(unknown);
        this._parseOptionsEnv();
        this._parseOptionsImplied();
        operands = operands.concat(parsed.operands);
        unknown = parsed.unknown;
        this.args = operands.concat(unknown);
        if (operands && this._findCommand(operands[0])) {
          return this._dispatchSubcommand(operands[0], operands.slice(1), unknown);
        }
        if (this._getHelpCommand() && operands[0] === this._getHelpCommand().name()) {
          return this._dispatchHelpCommand(operands[1]);
        }
        if (this._defaultCommandName) {
          this._outputHelpIfRequested(unknown);
          return this._dispatchSubcommand(
            this._defaultCommandName,
            operands,
            unknown
          );
        }
        if (this.commands.length && this.args.length === 0 && !this._actionHandler && !this._defaultCommandName) {
          this.help({ error: true });
        }
        this._outputHelpIfRequested(parsed.unknown);
        this._checkForMissingMandatoryOptions();
        this._checkForConflictingOptions();
        const checkForUnknownOptions = () => {
          if (parsed.unknown.length > 0) {
            this.unknownOption(parsed.unknown[0]);
          }
        };
        const commandEvent = `command:${this.name()}`;
        if (this._actionHandler) {
          checkForUnknownOptions();
          this._processArguments();
          let promiseChain;
          promiseChain = this._chainOrCallHooks(promiseChain, "preAction");
          promiseChain = this._chainOrCall(
            promiseChain,
            () => this._actionHandler(this.processedArgs)
          );
          if (this.parent) {
            promiseChain = this._chainOrCall(promiseChain, () => {
              this.parent.emit(commandEvent, operands, unknown);
            });
          }
          promiseChain = this._chainOrCallHooks(promiseChain, "postAction");
          return promiseChain;
        }
        if (this.parent?.listenerCount(commandEvent)) {
          checkForUnknownOptions();
          this._processArguments();
          this.parent.emit(commandEvent, operands, unknown);
        } else if (operands.length) {
          if (this._findCommand("*")) {
            return this._dispatchSubcommand("*", operands, unknown);
          }
          if (this.listenerCount("command:*")) {
            this.emit("command:*", operands, unknown);
          } else if (this.commands.length) {
            this.unknownCommand();
          } else {
            checkForUnknownOptions();
            this._processArguments();
          }
        } else if (this.commands.length) {
          checkForUnknownOptions();
          this.help({ error: true });
        } else {
          checkForUnknownOptions();
          this._processArguments();
        }
      }
      /**
       * Find matching command.
       *
       * @private
       * @return {Command | undefined}
       */
      _findCommand(name) {
        if (!name) return void 0;
        return this.commands.find(
          (cmd) => cmd._name === name || cmd._aliases.includes(name)
        );
      }
      /**
       * Return an option matching `arg` if any.
       *
       * @param {string} arg
       * @return {Option}
       * @package
       */
      _findOption(arg) {
        return this.options.find((option) => option.is(arg));
      }
      /**
       * Display an error message if a mandatory option does not have a value.
       * Called after checking for help flags in leaf subcommand.
       *
       * @private
       */
      _checkForMissingMandatoryOptions() {
        this._getCommandAndAncestors().forEach((cmd) => {
          cmd.options.forEach((anOption) => {
            if (anOption.mandatory && cmd.getOptionValue(anOption.attributeName()) === void 0) {
              cmd.missingMandatoryOptionValue(anOption);
            }
          });
        });
      }
      /**
       * Display an error message if conflicting options are used together in this.
       *
       * @private
       */
      _checkForConflictingLocalOptions() {
        const definedNonDefaultOptions = this.options.filter((option) => {
          const optionKey = option.attributeName();
          if (this.getOptionValue(optionKey) === void 0) {
            return false;
          }
          return this.getOptionValueSource(optionKey) !== "default";
        });
        const optionsWithConflicting = definedNonDefaultOptions.filter(
          (option) => option.conflictsWith.length > 0
        );
        optionsWithConflicting.forEach((option) => {
          const conflictingAndDefined = definedNonDefaultOptions.find(
            (defined) => option.conflictsWith.includes(defined.attributeName())
          );
          if (conflictingAndDefined) {
            this._conflictingOption(option, conflictingAndDefined);
          }
        });
      }
      /**
       * Display an error message if conflicting options are used together.
       * Called after checking for help flags in leaf subcommand.
       *
       * @private
       */
      _checkForConflictingOptions() {
        this._getCommandAndAncestors().forEach((cmd) => {
          cmd._checkForConflictingLocalOptions();
        });
      }
      /**
       * Parse options from `argv` removing known options,
       * and return argv split into operands and unknown arguments.
       *
       * Side effects: modifies command by storing options. Does not reset state if called again.
       *
       * Examples:
       *
       *     argv => operands, unknown
       *     --known kkk op => [op], []
       *     op --known kkk => [op], []
       *     sub --unknown uuu op => [sub], [--unknown uuu op]
       *     sub -- --unknown uuu op => [sub --unknown uuu op], []
       *
       * @param {string[]} args
       * @return {{operands: string[], unknown: string[]}}
       */
      parseOptions(args) {
        const operands = [];
        const unknown = [];
        let dest = operands;
        function maybeOption(arg) {
          return arg.length > 1 && arg[0] === "-";
        }
        const negativeNumberArg = (arg) => {
          if (!/^-(\d+|\d*\.\d+)(e[+-]?\d+)?$/.test(arg)) return false;
          return !this._getCommandAndAncestors().some(
            (cmd) => cmd.options.map((opt) => opt.short).some((short) => /^-\d$/.test(short))
          );
        };
        let activeVariadicOption = null;
        let activeGroup = null;
        let i = 0;
        while (i < args.length || activeGroup) {
          const arg = activeGroup ?? args[i++];
          activeGroup = null;
          if (arg === "--") {
            if (dest === unknown) dest.push(arg);
            dest.push(...args.slice(i));
            break;
          }
          if (activeVariadicOption && (!maybeOption(arg) || negativeNumberArg(arg))) {
            this.emit(`option:${activeVariadicOption.name()}`, arg);
            continue;
          }
          activeVariadicOption = null;
          if (maybeOption(arg)) {
            const option = this._findOption(arg);
            if (option) {
              if (option.required) {
                const value = args[i++];
                if (value === void 0) this.optionMissingArgument(option);
                this.emit(`option:${option.name()}`, value);
              } else if (option.optional) {
                let value = null;
                if (i < args.length && (!maybeOption(args[i]) || negativeNumberArg(args[i]))) {
                  value = args[i++];
                }
                this.emit(`option:${option.name()}`, value);
              } else {
                this.emit(`option:${option.name()}`);
              }
              activeVariadicOption = option.variadic ? option : null;
              continue;
            }
          }
          if (arg.length > 2 && arg[0] === "-" && arg[1] !== "-") {
            const option = this._findOption(`-${arg[1]}`);
            if (option) {
              if (option.required || option.optional && this._combineFlagAndOptionalValue) {
                this.emit(`option:${option.name()}`, arg.slice(2));
              } else {
                this.emit(`option:${option.name()}`);
                activeGroup = `-${arg.slice(2)}`;
              }
              continue;
            }
          }
          if (/^--[^=]+=/.test(arg)) {
            const index = arg.indexOf("=");
            const option = this._findOption(arg.slice(0, index));
            if (option && (option.required || option.optional)) {
              this.emit(`option:${option.name()}`, arg.slice(index + 1));
              continue;
            }
          }
          if (dest === operands && maybeOption(arg) && !(this.commands.length === 0 && negativeNumberArg(arg))) {
            dest = unknown;
          }
          if ((this._enablePositionalOptions || this._passThroughOptions) && operands.length === 0 && unknown.length === 0) {
            if (this._findCommand(arg)) {
              operands.push(arg);
              unknown.push(...args.slice(i));
              break;
            } else if (this._getHelpCommand() && arg === this._getHelpCommand().name()) {
              operands.push(arg, ...args.slice(i));
              break;
            } else if (this._defaultCommandName) {
              unknown.push(arg, ...args.slice(i));
              break;
            }
          }
          if (this._passThroughOptions) {
            dest.push(arg, ...args.slice(i));
            break;
          }
          dest.push(arg);
        }
        return { operands, unknown };
      }
      /**
       * Return an object containing local option values as key-value pairs.
       *
       * @return {object}
       */
      opts() {
        if (this._storeOptionsAsProperties) {
          const result = {};
          const len = this.options.length;
          for (let i = 0; i < len; i++) {
            const key = this.options[i].attributeName();
            result[key] = key === this._versionOptionName ? this._version : this[key];
          }
          return result;
        }
        return this._optionValues;
      }
      /**
       * Return an object containing merged local and global option values as key-value pairs.
       *
       * @return {object}
       */
      optsWithGlobals() {
        return this._getCommandAndAncestors().reduce(
          (combinedOptions, cmd) => Object.assign(combinedOptions, cmd.opts()),
          {}
        );
      }
      /**
       * Display error message and exit (or call exitOverride).
       *
       * @param {string} message
       * @param {object} [errorOptions]
       * @param {string} [errorOptions.code] - an id string representing the error
       * @param {number} [errorOptions.exitCode] - used with process.exit
       */
      error(message, errorOptions) {
        this._outputConfiguration.outputError(
          `${message}
`,
          this._outputConfiguration.writeErr
        );
        if (typeof this._showHelpAfterError === "string") {
          this._outputConfiguration.writeErr(`${this._showHelpAfterError}
`);
        } else if (this._showHelpAfterError) {
          this._outputConfiguration.writeErr("\n");
          this.outputHelp({ error: true });
        }
        const config = errorOptions || {};
        const exitCode = config.exitCode || 1;
        const code2 = config.code || "commander.error";
        this._exit(exitCode, code2, message);
      }
      /**
       * Apply any option related environment variables, if option does
       * not have a value from cli or client code.
       *
       * @private
       */
      _parseOptionsEnv() {
        this.options.forEach((option) => {
          if (option.envVar && option.envVar in process2.env) {
            const optionKey = option.attributeName();
            if (this.getOptionValue(optionKey) === void 0 || ["default", "config", "env"].includes(
              this.getOptionValueSource(optionKey)
            )) {
              if (option.required || option.optional) {
                this.emit(`optionEnv:${option.name()}`, process2.env[option.envVar]);
              } else {
                this.emit(`optionEnv:${option.name()}`);
              }
            }
          }
        });
      }
      /**
       * Apply any implied option values, if option is undefined or default value.
       *
       * @private
       */
      _parseOptionsImplied() {
        const dualHelper = new DualOptions(this.options);
        const hasCustomOptionValue = (optionKey) => {
          return this.getOptionValue(optionKey) !== void 0 && !["default", "implied"].includes(this.getOptionValueSource(optionKey));
        };
        this.options.filter(
          (option) => option.implied !== void 0 && hasCustomOptionValue(option.attributeName()) && dualHelper.valueFromOption(
            this.getOptionValue(option.attributeName()),
            option
          )
        ).forEach((option) => {
          Object.keys(option.implied).filter((impliedKey) => !hasCustomOptionValue(impliedKey)).forEach((impliedKey) => {
            this.setOptionValueWithSource(
              impliedKey,
              option.implied[impliedKey],
              "implied"
            );
          });
        });
      }
      /**
       * Argument `name` is missing.
       *
       * @param {string} name
       * @private
       */
      missingArgument(name) {
        const message = `error: missing required argument '${name}'`;
        this.error(message, { code: "commander.missingArgument" });
      }
      /**
       * `Option` is missing an argument.
       *
       * @param {Option} option
       * @private
       */
      optionMissingArgument(option) {
        const message = `error: option '${option.flags}' argument missing`;
        this.error(message, { code: "commander.optionMissingArgument" });
      }
      /**
       * `Option` does not have a value, and is a mandatory option.
       *
       * @param {Option} option
       * @private
       */
      missingMandatoryOptionValue(option) {
        const message = `error: required option '${option.flags}' not specified`;
        this.error(message, { code: "commander.missingMandatoryOptionValue" });
      }
      /**
       * `Option` conflicts with another option.
       *
       * @param {Option} option
       * @param {Option} conflictingOption
       * @private
       */
      _conflictingOption(option, conflictingOption) {
        const findBestOptionFromValue = (option2) => {
          const optionKey = option2.attributeName();
          const optionValue = this.getOptionValue(optionKey);
          const negativeOption = this.options.find(
            (target) => target.negate && optionKey === target.attributeName()
          );
          const positiveOption = this.options.find(
            (target) => !target.negate && optionKey === target.attributeName()
          );
          if (negativeOption && (negativeOption.presetArg === void 0 && optionValue === false || negativeOption.presetArg !== void 0 && optionValue === negativeOption.presetArg)) {
            return negativeOption;
          }
          return positiveOption || option2;
        };
        const getErrorMessage = (option2) => {
          const bestOption = findBestOptionFromValue(option2);
          const optionKey = bestOption.attributeName();
          const source = this.getOptionValueSource(optionKey);
          if (source === "env") {
            return `environment variable '${bestOption.envVar}'`;
          }
          return `option '${bestOption.flags}'`;
        };
        const message = `error: ${getErrorMessage(option)} cannot be used with ${getErrorMessage(conflictingOption)}`;
        this.error(message, { code: "commander.conflictingOption" });
      }
      /**
       * Unknown option `flag`.
       *
       * @param {string} flag
       * @private
       */
      unknownOption(flag2) {
        if (this._allowUnknownOption) return;
        let suggestion = "";
        if (flag2.startsWith("--") && this._showSuggestionAfterError) {
          let candidateFlags = [];
          let command = this;
          do {
            const moreFlags = command.createHelp().visibleOptions(command).filter((option) => option.long).map((option) => option.long);
            candidateFlags = candidateFlags.concat(moreFlags);
            command = command.parent;
          } while (command && !command._enablePositionalOptions);
          suggestion = suggestSimilar(flag2, candidateFlags);
        }
        const message = `error: unknown option '${flag2}'${suggestion}`;
        this.error(message, { code: "commander.unknownOption" });
      }
      /**
       * Excess arguments, more than expected.
       *
       * @param {string[]} receivedArgs
       * @private
       */
      _excessArguments(receivedArgs) {
        if (this._allowExcessArguments) return;
        const expected = this.registeredArguments.length;
        const s = expected === 1 ? "" : "s";
        const forSubcommand = this.parent ? ` for '${this.name()}'` : "";
        const message = `error: too many arguments${forSubcommand}. Expected ${expected} argument${s} but got ${receivedArgs.length}.`;
        this.error(message, { code: "commander.excessArguments" });
      }
      /**
       * Unknown command.
       *
       * @private
       */
      unknownCommand() {
        const unknownName = this.args[0];
        let suggestion = "";
        if (this._showSuggestionAfterError) {
          const candidateNames = [];
          this.createHelp().visibleCommands(this).forEach((command) => {
            candidateNames.push(command.name());
            if (command.alias()) candidateNames.push(command.alias());
          });
          suggestion = suggestSimilar(unknownName, candidateNames);
        }
        const message = `error: unknown command '${unknownName}'${suggestion}`;
        this.error(message, { code: "commander.unknownCommand" });
      }
      /**
       * Get or set the program version.
       *
       * This method auto-registers the "-V, --version" option which will print the version number.
       *
       * You can optionally supply the flags and description to override the defaults.
       *
       * @param {string} [str]
       * @param {string} [flags]
       * @param {string} [description]
       * @return {(this | string | undefined)} `this` command for chaining, or version string if no arguments
       */
      version(str, flags, description) {
        if (str === void 0) return this._version;
        this._version = str;
        flags = flags || "-V, --version";
        description = description || "output the version number";
        const versionOption = this.createOption(flags, description);
        this._versionOptionName = versionOption.attributeName();
        this._registerOption(versionOption);
        this.on("option:" + versionOption.name(), () => {
          this._outputConfiguration.writeOut(`${str}
`);
          this._exit(0, "commander.version", str);
        });
        return this;
      }
      /**
       * Set the description.
       *
       * @param {string} [str]
       * @param {object} [argsDescription]
       * @return {(string|Command)}
       */
      description(str, argsDescription) {
        if (str === void 0 && argsDescription === void 0)
          return this._description;
        this._description = str;
        if (argsDescription) {
          this._argsDescription = argsDescription;
        }
        return this;
      }
      /**
       * Set the summary. Used when listed as subcommand of parent.
       *
       * @param {string} [str]
       * @return {(string|Command)}
       */
      summary(str) {
        if (str === void 0) return this._summary;
        this._summary = str;
        return this;
      }
      /**
       * Set an alias for the command.
       *
       * You may call more than once to add multiple aliases. Only the first alias is shown in the auto-generated help.
       *
       * @param {string} [alias]
       * @return {(string|Command)}
       */
      alias(alias) {
        if (alias === void 0) return this._aliases[0];
        let command = this;
        if (this.commands.length !== 0 && this.commands[this.commands.length - 1]._executableHandler) {
          command = this.commands[this.commands.length - 1];
        }
        if (alias === command._name)
          throw new Error("Command alias can't be the same as its name");
        const matchingCommand = this.parent?._findCommand(alias);
        if (matchingCommand) {
          const existingCmd = [matchingCommand.name()].concat(matchingCommand.aliases()).join("|");
          throw new Error(
            `cannot add alias '${alias}' to command '${this.name()}' as already have command '${existingCmd}'`
          );
        }
        command._aliases.push(alias);
        return this;
      }
      /**
       * Set aliases for the command.
       *
       * Only the first alias is shown in the auto-generated help.
       *
       * @param {string[]} [aliases]
       * @return {(string[]|Command)}
       */
      aliases(aliases) {
        if (aliases === void 0) return this._aliases;
        aliases.forEach((alias) => this.alias(alias));
        return this;
      }
      /**
       * Set / get the command usage `str`.
       *
       * @param {string} [str]
       * @return {(string|Command)}
       */
      usage(str) {
        if (str === void 0) {
          if (this._usage) return this._usage;
          const args = this.registeredArguments.map((arg) => {
            return humanReadableArgName(arg);
          });
          return [].concat(
            this.options.length || this._helpOption !== null ? "[options]" : [],
            this.commands.length ? "[command]" : [],
            this.registeredArguments.length ? args : []
          ).join(" ");
        }
        this._usage = str;
        return this;
      }
      /**
       * Get or set the name of the command.
       *
       * @param {string} [str]
       * @return {(string|Command)}
       */
      name(str) {
        if (str === void 0) return this._name;
        this._name = str;
        return this;
      }
      /**
       * Set/get the help group heading for this subcommand in parent command's help.
       *
       * @param {string} [heading]
       * @return {Command | string}
       */
      helpGroup(heading) {
        if (heading === void 0) return this._helpGroupHeading ?? "";
        this._helpGroupHeading = heading;
        return this;
      }
      /**
       * Set/get the default help group heading for subcommands added to this command.
       * (This does not override a group set directly on the subcommand using .helpGroup().)
       *
       * @example
       * program.commandsGroup('Development Commands:);
       * program.command('watch')...
       * program.command('lint')...
       * ...
       *
       * @param {string} [heading]
       * @returns {Command | string}
       */
      commandsGroup(heading) {
        if (heading === void 0) return this._defaultCommandGroup ?? "";
        this._defaultCommandGroup = heading;
        return this;
      }
      /**
       * Set/get the default help group heading for options added to this command.
       * (This does not override a group set directly on the option using .helpGroup().)
       *
       * @example
       * program
       *   .optionsGroup('Development Options:')
       *   .option('-d, --debug', 'output extra debugging')
       *   .option('-p, --profile', 'output profiling information')
       *
       * @param {string} [heading]
       * @returns {Command | string}
       */
      optionsGroup(heading) {
        if (heading === void 0) return this._defaultOptionGroup ?? "";
        this._defaultOptionGroup = heading;
        return this;
      }
      /**
       * @param {Option} option
       * @private
       */
      _initOptionGroup(option) {
        if (this._defaultOptionGroup && !option.helpGroupHeading)
          option.helpGroup(this._defaultOptionGroup);
      }
      /**
       * @param {Command} cmd
       * @private
       */
      _initCommandGroup(cmd) {
        if (this._defaultCommandGroup && !cmd.helpGroup())
          cmd.helpGroup(this._defaultCommandGroup);
      }
      /**
       * Set the name of the command from script filename, such as process.argv[1],
       * or require.main.filename, or __filename.
       *
       * (Used internally and public although not documented in README.)
       *
       * @example
       * program.nameFromFilename(require.main.filename);
       *
       * @param {string} filename
       * @return {Command}
       */
      nameFromFilename(filename) {
        this._name = path.basename(filename, path.extname(filename));
        return this;
      }
      /**
       * Get or set the directory for searching for executable subcommands of this command.
       *
       * @example
       * program.executableDir(__dirname);
       * // or
       * program.executableDir('subcommands');
       *
       * @param {string} [path]
       * @return {(string|null|Command)}
       */
      executableDir(path2) {
        if (path2 === void 0) return this._executableDir;
        this._executableDir = path2;
        return this;
      }
      /**
       * Return program help documentation.
       *
       * @param {{ error: boolean }} [contextOptions] - pass {error:true} to wrap for stderr instead of stdout
       * @return {string}
       */
      helpInformation(contextOptions) {
        const helper = this.createHelp();
        const context = this._getOutputContext(contextOptions);
        helper.prepareContext({
          error: context.error,
          helpWidth: context.helpWidth,
          outputHasColors: context.hasColors
        });
        const text = helper.formatHelp(this, helper);
        if (context.hasColors) return text;
        return this._outputConfiguration.stripColor(text);
      }
      /**
       * @typedef HelpContext
       * @type {object}
       * @property {boolean} error
       * @property {number} helpWidth
       * @property {boolean} hasColors
       * @property {function} write - includes stripColor if needed
       *
       * @returns {HelpContext}
       * @private
       */
      _getOutputContext(contextOptions) {
        contextOptions = contextOptions || {};
        const error = !!contextOptions.error;
        let baseWrite;
        let hasColors;
        let helpWidth;
        if (error) {
          baseWrite = (str) => this._outputConfiguration.writeErr(str);
          hasColors = this._outputConfiguration.getErrHasColors();
          helpWidth = this._outputConfiguration.getErrHelpWidth();
        } else {
          baseWrite = (str) => this._outputConfiguration.writeOut(str);
          hasColors = this._outputConfiguration.getOutHasColors();
          helpWidth = this._outputConfiguration.getOutHelpWidth();
        }
        const write = (str) => {
          if (!hasColors) str = this._outputConfiguration.stripColor(str);
          return baseWrite(str);
        };
        return { error, write, hasColors, helpWidth };
      }
      /**
       * Output help information for this command.
       *
       * Outputs built-in help, and custom text added using `.addHelpText()`.
       *
       * @param {{ error: boolean } | Function} [contextOptions] - pass {error:true} to write to stderr instead of stdout
       */
      outputHelp(contextOptions) {
        let deprecatedCallback;
        if (typeof contextOptions === "function") {
          deprecatedCallback = contextOptions;
          contextOptions = void 0;
        }
        const outputContext = this._getOutputContext(contextOptions);
        const eventContext = {
          error: outputContext.error,
          write: outputContext.write,
          command: this
        };
        this._getCommandAndAncestors().reverse().forEach((command) => command.emit("beforeAllHelp", eventContext));
        this.emit("beforeHelp", eventContext);
        let helpInformation = this.helpInformation({ error: outputContext.error });
        if (deprecatedCallback) {
          helpInformation = deprecatedCallback(helpInformation);
          if (typeof helpInformation !== "string" && !Buffer.isBuffer(helpInformation)) {
            throw new Error("outputHelp callback must return a string or a Buffer");
          }
        }
        outputContext.write(helpInformation);
        if (this._getHelpOption()?.long) {
          this.emit(this._getHelpOption().long);
        }
        this.emit("afterHelp", eventContext);
        this._getCommandAndAncestors().forEach(
          (command) => command.emit("afterAllHelp", eventContext)
        );
      }
      /**
       * You can pass in flags and a description to customise the built-in help option.
       * Pass in false to disable the built-in help option.
       *
       * @example
       * program.helpOption('-?, --help' 'show help'); // customise
       * program.helpOption(false); // disable
       *
       * @param {(string | boolean)} flags
       * @param {string} [description]
       * @return {Command} `this` command for chaining
       */
      helpOption(flags, description) {
        if (typeof flags === "boolean") {
          if (flags) {
            if (this._helpOption === null) this._helpOption = void 0;
            if (this._defaultOptionGroup) {
              this._initOptionGroup(this._getHelpOption());
            }
          } else {
            this._helpOption = null;
          }
          return this;
        }
        this._helpOption = this.createOption(
          flags ?? "-h, --help",
          description ?? "display help for command"
        );
        if (flags || description) this._initOptionGroup(this._helpOption);
        return this;
      }
      /**
       * Lazy create help option.
       * Returns null if has been disabled with .helpOption(false).
       *
       * @returns {(Option | null)} the help option
       * @package
       */
      _getHelpOption() {
        if (this._helpOption === void 0) {
          this.helpOption(void 0, void 0);
        }
        return this._helpOption;
      }
      /**
       * Supply your own option to use for the built-in help option.
       * This is an alternative to using helpOption() to customise the flags and description etc.
       *
       * @param {Option} option
       * @return {Command} `this` command for chaining
       */
      addHelpOption(option) {
        this._helpOption = option;
        this._initOptionGroup(option);
        return this;
      }
      /**
       * Output help information and exit.
       *
       * Outputs built-in help, and custom text added using `.addHelpText()`.
       *
       * @param {{ error: boolean }} [contextOptions] - pass {error:true} to write to stderr instead of stdout
       */
      help(contextOptions) {
        this.outputHelp(contextOptions);
        let exitCode = Number(process2.exitCode ?? 0);
        if (exitCode === 0 && contextOptions && typeof contextOptions !== "function" && contextOptions.error) {
          exitCode = 1;
        }
        this._exit(exitCode, "commander.help", "(outputHelp)");
      }
      /**
       * // Do a little typing to coordinate emit and listener for the help text events.
       * @typedef HelpTextEventContext
       * @type {object}
       * @property {boolean} error
       * @property {Command} command
       * @property {function} write
       */
      /**
       * Add additional text to be displayed with the built-in help.
       *
       * Position is 'before' or 'after' to affect just this command,
       * and 'beforeAll' or 'afterAll' to affect this command and all its subcommands.
       *
       * @param {string} position - before or after built-in help
       * @param {(string | Function)} text - string to add, or a function returning a string
       * @return {Command} `this` command for chaining
       */
      addHelpText(position, text) {
        const allowedValues = ["beforeAll", "before", "after", "afterAll"];
        if (!allowedValues.includes(position)) {
          throw new Error(`Unexpected value for position to addHelpText.
Expecting one of '${allowedValues.join("', '")}'`);
        }
        const helpEvent = `${position}Help`;
        this.on(helpEvent, (context) => {
          let helpStr;
          if (typeof text === "function") {
            helpStr = text({ error: context.error, command: context.command });
          } else {
            helpStr = text;
          }
          if (helpStr) {
            context.write(`${helpStr}
`);
          }
        });
        return this;
      }
      /**
       * Output help information if help flags specified
       *
       * @param {Array} args - array of options to search for help flags
       * @private
       */
      _outputHelpIfRequested(args) {
        const helpOption = this._getHelpOption();
        const helpRequested = helpOption && args.find((arg) => helpOption.is(arg));
        if (helpRequested) {
          this.outputHelp();
          this._exit(0, "commander.helpDisplayed", "(outputHelp)");
        }
      }
    };
    function incrementNodeInspectorPort(args) {
      return args.map((arg) => {
        if (!arg.startsWith("--inspect")) {
          return arg;
        }
        let debugOption;
        let debugHost = "127.0.0.1";
        let debugPort = "9229";
        let match;
        if ((match = arg.match(/^(--inspect(-brk)?)$/)) !== null) {
          debugOption = match[1];
        } else if ((match = arg.match(/^(--inspect(-brk|-port)?)=([^:]+)$/)) !== null) {
          debugOption = match[1];
          if (/^\d+$/.test(match[3])) {
            debugPort = match[3];
          } else {
            debugHost = match[3];
          }
        } else if ((match = arg.match(/^(--inspect(-brk|-port)?)=([^:]+):(\d+)$/)) !== null) {
          debugOption = match[1];
          debugHost = match[3];
          debugPort = match[4];
        }
        if (debugOption && debugPort !== "0") {
          return `${debugOption}=${debugHost}:${parseInt(debugPort) + 1}`;
        }
        return arg;
      });
    }
    function useColor() {
      if (process2.env.NO_COLOR || process2.env.FORCE_COLOR === "0" || process2.env.FORCE_COLOR === "false")
        return false;
      if (process2.env.FORCE_COLOR || process2.env.CLICOLOR_FORCE !== void 0)
        return true;
      return void 0;
    }
    exports2.Command = Command;
    exports2.useColor = useColor;
  }
});

// node_modules/commander/index.js
var require_commander = __commonJS({
  "node_modules/commander/index.js"(exports2) {
    var { Argument } = require_argument();
    var { Command } = require_command();
    var { CommanderError, InvalidArgumentError } = require_error();
    var { Help } = require_help();
    var { Option } = require_option();
    exports2.program = new Command();
    exports2.createCommand = (name) => new Command(name);
    exports2.createOption = (flags, description) => new Option(flags, description);
    exports2.createArgument = (name, description) => new Argument(name, description);
    exports2.Command = Command;
    exports2.Option = Option;
    exports2.Argument = Argument;
    exports2.Help = Help;
    exports2.CommanderError = CommanderError;
    exports2.InvalidArgumentError = InvalidArgumentError;
    exports2.InvalidOptionArgumentError = InvalidArgumentError;
  }
});

// src/main.ts
var import_node_fs4 = require("node:fs");

// src/cli.ts
var import_node_fs3 = require("node:fs");
var import_node_path5 = require("node:path");

// src/diagnostics.ts
var CODES = {
  "yaml-syntax": "The file is not valid YAML.",
  "yaml-alias": "A YAML alias names no anchor, or refers to itself.",
  "too-large": "The input exceeds a resource limit (size, nesting, alias expansion).",
  "not-a-mapping": "The file is empty or its top level is not a mapping.",
  "nothing-to-compile": "The file has neither a compose: nor a build: section.",
  "invalid-type": "A key has a value of the wrong type.",
  "invalid-character": "A value contains a character no artifact can carry: a NUL, or half of a surrogate pair.",
  "missing-image": "A build container has no image.",
  "invalid-command": "An entrypoint or command string cannot be split into words.",
  "invalid-memory": "A mem_limit is not a size docker accepts.",
  "invalid-cpuset": "A cpuset is not a list of CPU numbers and ranges.",
  "invalid-volume": "A volume is not HOST:CONTAINER[:MODE] or VOLUME:CONTAINER[:MODE].",
  "invalid-device": "A device is not HOST[:CONTAINER[:PERMISSIONS]].",
  "invalid-network": "A net: value is not a network mode.",
  "invalid-dns": "A dns entry is empty.",
  "invalid-extra-host": "An extra_hosts entry is not HOST:ADDRESS.",
  "invalid-healthcheck": "A healthcheck has a malformed test, duration or retries, or is both disabled and given a test.",
  "invalid-port": "An expose or ports entry is not a port, a range or a mapping with a target.",
  "invalid-operation": "A substitution ($${NAME...} in 0.4, ${NAME...} later) is not one Drone knew, or cannot be computed.",
  "unsupported-operation": "A substitution that the compose target cannot express.",
  "unsupported-option": "An option the chosen target cannot express (a device, a network mode in a Kubernetes manifest); nothing is written.",
  "invalid-pipeline": "A pipeline of a later Drone format is malformed: no kind, a workspace that cannot be mounted, depends_on naming no step or forming a cycle.",
  "invalid-secret": "A secret of a later Drone format has no source, or a name no environment variable can have.",
  "invalid-image": "An image reference does not follow Docker's reference grammar.",
  "invalid-name": "A service or step name cannot name a container.",
  "invalid-environment": "An environment entry has no name or no `=`.",
  "name-collision": "Two containers would get the same name.",
  "conflict": "Two services ask for different settings of the one shared namespace.",
  "port-conflict": "Two services declare the same port of the one shared namespace.",
  "untrusted-option": "A trusted-only option is used without --trusted.",
  "reserved-variable": "A $$NAME reference uses a name the generated script needs for itself.",
  "duplicate-key": "A key appears twice in one mapping; the later one is used.",
  "unknown-key": "A key Drone 0.4 does not know; it is ignored.",
  "ignored-key": "A docker-compose key Drone 0.4 ignored; it is not emitted.",
  "ignored-section": "A top-level section of another Drone version; it is ignored.",
  "ignored-option": "An accepted option that the target cannot carry; it is not emitted.",
  "dropped-item": "An empty (null) list item; it is dropped.",
  "image-from-name": "A service without image: uses its name as the image, as Drone did.",
  "extra-host-address": "An extra_hosts entry without an address is mapped to 127.0.0.1.",
  "skipped-step": "A plugin step (publish, deploy, notify) of a later Drone format; it is not run.",
  "skipped-pipeline": "A document of a multi-document file that is not compiled (another pipeline, a secret, a signature).",
  "unconditional-step": "A build step has when: conditions, which cannot be decided outside Drone.",
  "empty-build": "A build container has no commands.",
  "literal-credential": "A registry password or token is written in the file.",
  "literal-dollar": "A $$ not followed by a name is kept as a literal $$.",
  "port-guess": "A port guessed from the image name clashes with another service, or is not used because the file seems to change it.",
  "duplicate-environment": "An environment name is set twice; the later value is used.",
  "missing-repo": "The repository path is needed and cannot be found.",
  "stale-output": "With --check: an output file is missing or not exactly what drone-compose would write.",
  "usage": "The command line is not valid.",
  "io": "A file cannot be read or written."
};
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
function make(severity, code2, message, place2, hint, related) {
  const d = { severity, code: code2, message };
  const span = typeof place2 === "function" ? place2() : place2;
  if (span) d.span = span;
  if (hint) d.hint = hint;
  if (related && related.length > 0) d.related = related;
  return d;
}
function sortDiagnostics(list) {
  return list.map((d, i) => ({ d, i })).sort((a, b) => {
    const sa = a.d.span ? a.d.span[0] : -1;
    const sb = b.d.span ? b.d.span[0] : -1;
    if (sa !== sb) return sa - sb;
    if (a.d.severity !== b.d.severity) return a.d.severity === "error" ? -1 : 1;
    return a.i - b.i;
  }).map((x) => x.d);
}
function strictify(list) {
  return list.map((d) => d.severity === "warning" ? { ...d, severity: "error" } : d);
}
function renderText(d, source, file = source?.name ?? "drone-compose") {
  const head = `${d.severity}[${d.code}]: ${visible(d.message)}`;
  const hint = d.hint ? visible(d.hint) : void 0;
  const name = visible(file);
  const related = d.related ?? [];
  if (!source) {
    let out2 = `${name}: ${head}
`;
    if (hint) out2 += `  = help: ${hint}
`;
    for (const r of related) out2 += `  = note: ${visible(r.message)}
`;
    return out2;
  }
  const start = d.span ? source.position(d.span[0]) : void 0;
  const notes = related.map((r) => ({ message: visible(r.message), span: r.span, start: source.position(r.span[0]) }));
  const width = Math.max(start ? String(start.line).length : 1, ...notes.map((n) => String(n.start.line).length));
  const pad = " ".repeat(width);
  let out;
  if (d.span && start) {
    out = `${name}:${start.line}:${start.column}: ${head}
${frame(source, d.span, pad)}`;
    if (hint) out += `${pad} = help: ${hint}
`;
  } else {
    out = `${name}: ${head}
`;
    if (hint) out += `  = help: ${hint}
`;
  }
  for (const n of notes) out += `${pad} = note: ${n.message}
${pad}--> ${name}:${n.start.line}:${n.start.column}
${frame(source, n.span, pad)}`;
  return out;
}
function frame(source, span, pad) {
  const start = source.position(span[0]);
  const end = source.position(Math.max(span[0], span[1]));
  const length = source.lineLength(start.line);
  const gutter = String(start.line).padStart(pad.length);
  let column = start.column;
  let width = end.line === start.line ? Math.max(1, end.column - start.column) : Math.max(1, length - start.column + 1);
  let chars;
  if (length > FRAME_WIDTH) {
    const from = Math.max(0, Math.min(column - 1 - 20, length - FRAME_WIDTH));
    const cut = Array.from(source.shownSlice(start.line, from + 1, from + 1 + FRAME_WIDTH));
    const head = from > 0 ? ["\u2026"] : [];
    const tail = from + FRAME_WIDTH < length ? ["\u2026"] : [];
    chars = [...head, ...cut, ...tail];
    column = column - from + head.length;
    width = Math.max(1, Math.min(width, chars.length - tail.length - column + 1));
  } else {
    chars = Array.from(source.shownLine(start.line));
  }
  const shown = chars.map(frameChar).join("");
  const before = chars.slice(0, column - 1).map(frameChar).join("");
  const marked = chars.slice(column - 1, column - 1 + width).map(frameChar).join("");
  return `${pad} |
${gutter} | ${shown}
${pad} | ${" ".repeat(before.length)}${"^".repeat(Math.max(1, marked.length))}
`;
}
var FRAME_WIDTH = 100;
function frameChar(ch) {
  return ch === "	" ? " " : visible(ch);
}
var CONTROLS = /[\u0000-\u001f\u007f-\u009f\u061c\u200e\u200f\u2028\u2029\u202a-\u202e\u2066-\u2069\ufeff]/g;
function visible(text) {
  return text.replace(CONTROLS, (ch) => {
    const c = ch.charCodeAt(0);
    if (ch === "\n") return "\\n";
    if (ch === "\r") return "\\r";
    if (ch === "	") return "\\t";
    return c < 256 ? `\\x${c.toString(16).padStart(2, "0")}` : `\\u${c.toString(16).padStart(4, "0")}`;
  });
}
function show(value, max = 60) {
  const cut = value.length > max ? `${value.slice(0, max)}\u2026` : value;
  return "`" + JSON.stringify(cut).slice(1, -1).replace(/`/g, "\\`") + "`";
}

// src/report.ts
var FORMATS = ["text", "json", "github", "sarif"];
function place(r, span = r.diagnostic.span) {
  const file = visible(r.file ?? r.source?.name ?? "drone-compose");
  if (!r.source || !span) return { file };
  const start = r.source.position(span[0]);
  const end = r.source.position(Math.max(span[0], span[1]));
  return { file, line: start.line, column: start.column, endLine: end.line, endColumn: end.column };
}
function relatedPlaces(r) {
  return (r.diagnostic.related ?? []).map((x) => ({ ...place(r, x.span), message: visible(x.message) }));
}
function counts(errors, warnings) {
  const parts = [errors ? `${errors} error${errors > 1 ? "s" : ""}` : "", warnings ? `${warnings} warning${warnings > 1 ? "s" : ""}` : ""];
  return parts.filter(Boolean).join(", ");
}
var MAX_SHOWN = 100;
function selectShown(list, limit = MAX_SHOWN) {
  let errors = 0;
  for (const r of list) if (r.diagnostic.severity === "error") errors++;
  const warnings = list.length - errors;
  if (list.length <= limit) return { shown: list, errors, warnings, omittedErrors: 0, omittedWarnings: 0 };
  const keepErrors = Math.min(errors, limit);
  const keepWarnings = limit - keepErrors;
  const shown = [];
  let e = 0;
  let w = 0;
  for (const r of list) {
    if (r.diagnostic.severity === "error" ? e++ < keepErrors : w++ < keepWarnings) shown.push(r);
  }
  return { shown, errors, warnings, omittedErrors: errors - keepErrors, omittedWarnings: warnings - keepWarnings };
}
function cutLine(s) {
  return `${s.shown.length} of ${s.errors + s.warnings} diagnostics shown (${counts(s.omittedErrors, s.omittedWarnings)} not shown)`;
}
var COLOR = { error: "\x1B[1;31m", warning: "\x1B[1;33m", dim: "\x1B[2m", reset: "\x1B[0m" };
function colorize(text) {
  return text.replace(/^(?![ \d]* \| )(.*?: )(error|warning)(\[[a-z-]+\])/gm, (_, where, sev, code2) => `${COLOR.dim}${where}${COLOR.reset}${COLOR[sev]}${sev}${code2}${COLOR.reset}`).replace(/^( *\| *)(\^+)$/gm, (_, pad, carets) => `${pad}${COLOR.error}${carets}${COLOR.reset}`);
}
function ghData(s) {
  return visible(s.replace(/%/g, "%25").replace(/\r/g, "%0D").replace(/\n/g, "%0A"));
}
function ghProperty(s) {
  return ghData(s).replace(/:/g, "%3A").replace(/,/g, "%2C");
}
function githubCommand(level, props, message) {
  const list = Object.entries(props).filter(([, v]) => v !== void 0).map(([k, v]) => `${k}=${ghProperty(String(v))}`);
  return `::${level} ${list.join(",")}::${ghData(message)}
`;
}
function sarifRules() {
  return Object.entries(CODES).map(([id, text]) => ({
    id,
    name: id.replace(/(^|-)([a-z])/g, (_, __, c) => c.toUpperCase()),
    shortDescription: { text },
    helpUri: helpUri(id)
  }));
}
var DIAGNOSTICS_DOC = "https://github.com/drone-compose/drone-compose/blob/main/docs/diagnostics.md";
function helpUri(code2) {
  return `${DIAGNOSTICS_DOC}#${code2}`;
}
function formatDiagnostics(list, format, options = {}) {
  const cut = selectShown(list, options.limit);
  const omitted = cut.omittedErrors + cut.omittedWarnings;
  switch (format) {
    case "text": {
      if (list.length === 0) return "";
      let text = cut.shown.map((r) => renderText(r.diagnostic, r.source, r.file)).join("");
      if (omitted > 0) text += `drone-compose: ${cutLine(cut)}
`;
      text += `drone-compose: ${counts(cut.errors, cut.warnings)}
`;
      return options.color ? colorize(text) : text;
    }
    case "json": {
      const diagnostics = cut.shown.map((r) => {
        const d = r.diagnostic;
        const related = d.related && d.related.length > 0 ? { related: relatedPlaces(r) } : {};
        return { severity: d.severity, code: d.code, message: visible(d.message), ...d.hint ? { hint: visible(d.hint) } : {}, ...place(r), ...related };
      });
      const doc = { version: 1, diagnostics, errors: cut.errors, warnings: cut.warnings, ...omitted > 0 ? { omitted } : {} };
      return `${JSON.stringify(doc, null, 2)}
`;
    }
    case "github": {
      const lines = cut.shown.map((r) => {
        const p = place(r);
        const parts = [visible(r.diagnostic.message)];
        if (r.diagnostic.hint) parts.push(visible(r.diagnostic.hint));
        for (const x of relatedPlaces(r)) parts.push(`note: ${x.message} (${x.file}${x.line !== void 0 ? `:${x.line}:${x.column}` : ""})`);
        return githubCommand(r.diagnostic.severity, { file: p.file, line: p.line, col: p.column, endLine: p.endLine, endColumn: p.endColumn, title: r.diagnostic.code }, parts.join("\n"));
      });
      if (omitted > 0) lines.push(githubCommand("notice", { title: "drone-compose" }, cutLine(cut)));
      return lines.join("");
    }
    case "sarif": {
      const rules = sarifRules();
      const index = new Map(rules.map((r, i) => [r.id, i]));
      const results = cut.shown.map((r) => {
        const p = place(r);
        const d = r.diagnostic;
        const related = relatedPlaces(r);
        return {
          ruleId: d.code,
          ruleIndex: index.get(d.code),
          level: d.severity,
          message: { text: visible(d.hint ? `${d.message}. ${d.hint}` : d.message) },
          locations: [sarifLocation(p)],
          ...related.length > 0 ? { relatedLocations: related.map((x, i) => ({ id: i + 1, ...sarifLocation(x), message: { text: x.message } })) } : {}
        };
      });
      const sarif = {
        $schema: "https://json.schemastore.org/sarif-2.1.0.json",
        version: "2.1.0",
        runs: [
          {
            tool: { driver: { name: "drone-compose", version: options.version ?? "0.0.0", informationUri: "https://www.npmjs.com/package/drone-compose", rules } },
            results,
            ...omitted > 0 ? { properties: { omitted } } : {}
          }
        ]
      };
      return `${JSON.stringify(sarif, null, 2)}
`;
    }
  }
}
function sarifLocation(p) {
  return {
    physicalLocation: {
      artifactLocation: { uri: p.file.replace(/\\/g, "/") },
      ...p.line !== void 0 ? { region: { startLine: p.line, startColumn: p.column, endLine: p.endLine, endColumn: p.endColumn } } : {}
    }
  };
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

// src/emit/compose.ts
var import_node_path = require("node:path");

// src/ir.ts
var HOLDER_NAME = "holder";

// src/emit/readiness.ts
function portGroups(ports2) {
  return ports2.map((alternatives) => alternatives.map((p) => p.toString(16).toUpperCase().padStart(4, "0")).join("/")).join(",");
}
function portWords(ports2) {
  return ports2.map((alternatives) => alternatives.join(" or ")).join(", ");
}
function readinessText(r) {
  switch (r.kind) {
    case "health":
      return "its health check (healthcheck:) to pass";
    case "ports": {
      const ports2 = `${r.ports.length > 1 ? "ports" : "port"} ${portWords(r.ports)}`;
      return r.from === "declared" ? `${ports2} (expose:/ports:) to listen` : `${ports2}, where its image listens by default, to listen; if it listens elsewhere, write expose: [PORT], or expose: [] to not wait`;
    }
    case "image-health":
      return "its image's HEALTHCHECK to pass";
    case "none":
      return r.why;
  }
}

// src/generated/templates/compose.ts
var template = { "0": function(container2, depth0, helpers, partials, data, blockParams, depths) {
  var stack1, alias1 = depth0 != null ? depth0 : container2.nullContext || {}, lookupProperty = container2.lookupProperty || function(parent, propertyName) {
    if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
      return parent[propertyName];
    }
    return void 0;
  };
  return "#   docker-compose -p " + ((stack1 = lookupProperty(helpers, "comment").call(alias1, lookupProperty(depths[1], "project"), { "name": "comment", "hash": {}, "data": data })) != null ? stack1 : "") + " run --rm " + ((stack1 = lookupProperty(helpers, "comment").call(alias1, depth0, { "name": "comment", "hash": {}, "data": data })) != null ? stack1 : "") + "\n";
}, "1": function(container2, depth0, helpers, partials, data) {
  var stack1, alias1 = depth0 != null ? depth0 : container2.nullContext || {}, lookupProperty = container2.lookupProperty || function(parent, propertyName) {
    if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
      return parent[propertyName];
    }
    return void 0;
  };
  return "# " + ((stack1 = lookupProperty(helpers, "comment").call(alias1, lookupProperty(depth0, "key"), { "name": "comment", "hash": {}, "data": data })) != null ? stack1 : "") + ": a compose file cannot carry registry credentials; run `" + ((stack1 = lookupProperty(helpers, "comment").call(alias1, lookupProperty(depth0, "login"), { "name": "comment", "hash": {}, "data": data })) != null ? stack1 : "") + "` first.\n";
}, "2": function(container2, depth0, helpers, partials, data) {
  var stack1, lookupProperty = container2.lookupProperty || function(parent, propertyName) {
    if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
      return parent[propertyName];
    }
    return void 0;
  };
  return "    network_mode: " + ((stack1 = lookupProperty(helpers, "yaml").call(depth0 != null ? depth0 : container2.nullContext || {}, lookupProperty(lookupProperty(depth0, "holder"), "network"), { "name": "yaml", "hash": {}, "data": data })) != null ? stack1 : "") + "\n";
}, "3": function(container2, depth0, helpers, partials, data) {
  var stack1, lookupProperty = container2.lookupProperty || function(parent, propertyName) {
    if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
      return parent[propertyName];
    }
    return void 0;
  };
  return "    dns:\n" + ((stack1 = lookupProperty(helpers, "each").call(depth0 != null ? depth0 : container2.nullContext || {}, lookupProperty(lookupProperty(depth0, "holder"), "dns"), { "name": "each", "hash": {}, "fn": container2.program(4, data, 0), "inverse": container2.noop, "data": data })) != null ? stack1 : "");
}, "4": function(container2, depth0, helpers, partials, data) {
  var stack1, lookupProperty = container2.lookupProperty || function(parent, propertyName) {
    if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
      return parent[propertyName];
    }
    return void 0;
  };
  return "      - " + ((stack1 = lookupProperty(helpers, "yaml").call(depth0 != null ? depth0 : container2.nullContext || {}, depth0, { "name": "yaml", "hash": {}, "data": data })) != null ? stack1 : "") + "\n";
}, "5": function(container2, depth0, helpers, partials, data) {
  var stack1, lookupProperty = container2.lookupProperty || function(parent, propertyName) {
    if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
      return parent[propertyName];
    }
    return void 0;
  };
  return "    extra_hosts:\n" + ((stack1 = lookupProperty(helpers, "each").call(depth0 != null ? depth0 : container2.nullContext || {}, lookupProperty(lookupProperty(depth0, "holder"), "extraHosts"), { "name": "each", "hash": {}, "fn": container2.program(4, data, 0), "inverse": container2.noop, "data": data })) != null ? stack1 : "");
}, "6": function(container2, depth0, helpers, partials, data) {
  var stack1, lookupProperty = container2.lookupProperty || function(parent, propertyName) {
    if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
      return parent[propertyName];
    }
    return void 0;
  };
  return "    healthcheck:\n      test:\n" + ((stack1 = lookupProperty(helpers, "each").call(depth0 != null ? depth0 : container2.nullContext || {}, lookupProperty(lookupProperty(lookupProperty(depth0, "holder"), "healthcheck"), "test"), { "name": "each", "hash": {}, "fn": container2.program(7, data, 0), "inverse": container2.noop, "data": data })) != null ? stack1 : "") + "      interval: 1s\n      timeout: 5s\n      retries: 120\n";
}, "7": function(container2, depth0, helpers, partials, data) {
  var stack1, lookupProperty = container2.lookupProperty || function(parent, propertyName) {
    if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
      return parent[propertyName];
    }
    return void 0;
  };
  return "        - " + ((stack1 = lookupProperty(helpers, "yaml").call(depth0 != null ? depth0 : container2.nullContext || {}, depth0, { "name": "yaml", "hash": {}, "data": data })) != null ? stack1 : "") + "\n";
}, "8": function(container2, depth0, helpers, partials, data, blockParams, depths) {
  var stack1, alias1 = depth0 != null ? depth0 : container2.nullContext || {}, lookupProperty = container2.lookupProperty || function(parent, propertyName) {
    if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
      return parent[propertyName];
    }
    return void 0;
  };
  return "  " + ((stack1 = lookupProperty(helpers, "yamlKey").call(alias1, lookupProperty(depth0, "key"), { "name": "yamlKey", "hash": {}, "data": data })) != null ? stack1 : "") + ":\n" + ((stack1 = lookupProperty(helpers, "if").call(alias1, lookupProperty(depth0, "profile"), { "name": "if", "hash": {}, "fn": container2.program(9, data, 0, blockParams, depths), "inverse": container2.noop, "data": data })) != null ? stack1 : "") + "    image: " + ((stack1 = lookupProperty(helpers, "yaml").call(alias1, lookupProperty(depth0, "image"), { "name": "yaml", "hash": {}, "data": data })) != null ? stack1 : "") + "\n" + ((stack1 = lookupProperty(helpers, "if").call(alias1, lookupProperty(depth0, "pullAlways"), { "name": "if", "hash": {}, "fn": container2.program(10, data, 0, blockParams, depths), "inverse": container2.noop, "data": data })) != null ? stack1 : "") + "    network_mode: " + ((stack1 = lookupProperty(helpers, "yaml").call(alias1, lookupProperty(depths[1], "serviceKey"), { "name": "yaml", "hash": {}, "data": data })) != null ? stack1 : "") + "\n    depends_on:\n" + ((stack1 = lookupProperty(helpers, "each").call(alias1, lookupProperty(depth0, "dependsOn"), { "name": "each", "hash": {}, "fn": container2.program(4, data, 0, blockParams, depths), "inverse": container2.noop, "data": data })) != null ? stack1 : "") + ((stack1 = lookupProperty(helpers, "each").call(alias1, lookupProperty(depth0, "conditions"), { "name": "each", "hash": {}, "fn": container2.program(11, data, 0, blockParams, depths), "inverse": container2.noop, "data": data })) != null ? stack1 : "") + ((stack1 = lookupProperty(helpers, "if").call(alias1, lookupProperty(depth0, "privileged"), { "name": "if", "hash": {}, "fn": container2.program(12, data, 0, blockParams, depths), "inverse": container2.noop, "data": data })) != null ? stack1 : "") + ((stack1 = lookupProperty(helpers, "if").call(alias1, lookupProperty(depth0, "entrypoint"), { "name": "if", "hash": {}, "fn": container2.program(13, data, 0, blockParams, depths), "inverse": container2.noop, "data": data })) != null ? stack1 : "") + ((stack1 = lookupProperty(helpers, "if").call(alias1, lookupProperty(depth0, "command"), { "name": "if", "hash": {}, "fn": container2.program(14, data, 0, blockParams, depths), "inverse": container2.noop, "data": data })) != null ? stack1 : "") + ((stack1 = lookupProperty(helpers, "if").call(alias1, lookupProperty(depth0, "workingDir"), { "name": "if", "hash": {}, "fn": container2.program(15, data, 0, blockParams, depths), "inverse": container2.noop, "data": data })) != null ? stack1 : "") + "    volumes:\n" + ((stack1 = lookupProperty(helpers, "each").call(alias1, lookupProperty(depth0, "volumes"), { "name": "each", "hash": {}, "fn": container2.program(4, data, 0, blockParams, depths), "inverse": container2.noop, "data": data })) != null ? stack1 : "") + ((stack1 = lookupProperty(helpers, "if").call(alias1, lookupProperty(depth0, "devices"), { "name": "if", "hash": {}, "fn": container2.program(16, data, 0, blockParams, depths), "inverse": container2.noop, "data": data })) != null ? stack1 : "") + ((stack1 = lookupProperty(helpers, "if").call(alias1, lookupProperty(depth0, "memLimit"), { "name": "if", "hash": {}, "fn": container2.program(17, data, 0, blockParams, depths), "inverse": container2.noop, "data": data })) != null ? stack1 : "") + ((stack1 = lookupProperty(helpers, "if").call(alias1, lookupProperty(depth0, "cpuset"), { "name": "if", "hash": {}, "fn": container2.program(18, data, 0, blockParams, depths), "inverse": container2.noop, "data": data })) != null ? stack1 : "") + ((stack1 = lookupProperty(helpers, "if").call(alias1, lookupProperty(depth0, "oomKillDisable"), { "name": "if", "hash": {}, "fn": container2.program(19, data, 0, blockParams, depths), "inverse": container2.noop, "data": data })) != null ? stack1 : "") + ((stack1 = lookupProperty(helpers, "if").call(alias1, lookupProperty(depth0, "healthcheck"), { "name": "if", "hash": {}, "fn": container2.program(20, data, 0, blockParams, depths), "inverse": container2.noop, "data": data })) != null ? stack1 : "") + ((stack1 = lookupProperty(helpers, "if").call(alias1, lookupProperty(depth0, "environment"), { "name": "if", "hash": {}, "fn": container2.program(28, data, 0, blockParams, depths), "inverse": container2.noop, "data": data })) != null ? stack1 : "");
}, "9": function(container2, depth0, helpers, partials, data) {
  var stack1, lookupProperty = container2.lookupProperty || function(parent, propertyName) {
    if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
      return parent[propertyName];
    }
    return void 0;
  };
  return "    profiles: [" + ((stack1 = lookupProperty(helpers, "yaml").call(depth0 != null ? depth0 : container2.nullContext || {}, lookupProperty(depth0, "profile"), { "name": "yaml", "hash": {}, "data": data })) != null ? stack1 : "") + "]\n";
}, "10": function(container2, depth0, helpers, partials, data) {
  return "    pull_policy: always\n";
}, "11": function(container2, depth0, helpers, partials, data) {
  var stack1, alias1 = depth0 != null ? depth0 : container2.nullContext || {}, lookupProperty = container2.lookupProperty || function(parent, propertyName) {
    if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
      return parent[propertyName];
    }
    return void 0;
  };
  return "      " + ((stack1 = lookupProperty(helpers, "yamlKey").call(alias1, lookupProperty(depth0, "key"), { "name": "yamlKey", "hash": {}, "data": data })) != null ? stack1 : "") + ":\n        condition: " + ((stack1 = lookupProperty(helpers, "yamlKey").call(alias1, lookupProperty(depth0, "condition"), { "name": "yamlKey", "hash": {}, "data": data })) != null ? stack1 : "") + "\n";
}, "12": function(container2, depth0, helpers, partials, data) {
  return "    privileged: true\n";
}, "13": function(container2, depth0, helpers, partials, data) {
  var stack1, lookupProperty = container2.lookupProperty || function(parent, propertyName) {
    if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
      return parent[propertyName];
    }
    return void 0;
  };
  return "    entrypoint:\n" + ((stack1 = lookupProperty(helpers, "each").call(depth0 != null ? depth0 : container2.nullContext || {}, lookupProperty(depth0, "entrypoint"), { "name": "each", "hash": {}, "fn": container2.program(4, data, 0), "inverse": container2.noop, "data": data })) != null ? stack1 : "");
}, "14": function(container2, depth0, helpers, partials, data) {
  var stack1, lookupProperty = container2.lookupProperty || function(parent, propertyName) {
    if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
      return parent[propertyName];
    }
    return void 0;
  };
  return "    command:\n" + ((stack1 = lookupProperty(helpers, "each").call(depth0 != null ? depth0 : container2.nullContext || {}, lookupProperty(depth0, "command"), { "name": "each", "hash": {}, "fn": container2.program(4, data, 0), "inverse": container2.noop, "data": data })) != null ? stack1 : "");
}, "15": function(container2, depth0, helpers, partials, data) {
  var stack1, lookupProperty = container2.lookupProperty || function(parent, propertyName) {
    if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
      return parent[propertyName];
    }
    return void 0;
  };
  return "    working_dir: " + ((stack1 = lookupProperty(helpers, "yaml").call(depth0 != null ? depth0 : container2.nullContext || {}, lookupProperty(depth0, "workingDir"), { "name": "yaml", "hash": {}, "data": data })) != null ? stack1 : "") + "\n";
}, "16": function(container2, depth0, helpers, partials, data) {
  var stack1, lookupProperty = container2.lookupProperty || function(parent, propertyName) {
    if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
      return parent[propertyName];
    }
    return void 0;
  };
  return "    devices:\n" + ((stack1 = lookupProperty(helpers, "each").call(depth0 != null ? depth0 : container2.nullContext || {}, lookupProperty(depth0, "devices"), { "name": "each", "hash": {}, "fn": container2.program(4, data, 0), "inverse": container2.noop, "data": data })) != null ? stack1 : "");
}, "17": function(container2, depth0, helpers, partials, data) {
  var stack1, lookupProperty = container2.lookupProperty || function(parent, propertyName) {
    if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
      return parent[propertyName];
    }
    return void 0;
  };
  return "    mem_limit: " + ((stack1 = lookupProperty(helpers, "yaml").call(depth0 != null ? depth0 : container2.nullContext || {}, lookupProperty(depth0, "memLimit"), { "name": "yaml", "hash": {}, "data": data })) != null ? stack1 : "") + "\n";
}, "18": function(container2, depth0, helpers, partials, data) {
  var stack1, lookupProperty = container2.lookupProperty || function(parent, propertyName) {
    if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
      return parent[propertyName];
    }
    return void 0;
  };
  return "    cpuset: " + ((stack1 = lookupProperty(helpers, "yaml").call(depth0 != null ? depth0 : container2.nullContext || {}, lookupProperty(depth0, "cpuset"), { "name": "yaml", "hash": {}, "data": data })) != null ? stack1 : "") + "\n";
}, "19": function(container2, depth0, helpers, partials, data) {
  return "    oom_kill_disable: true\n";
}, "20": function(container2, depth0, helpers, partials, data) {
  var stack1, lookupProperty = container2.lookupProperty || function(parent, propertyName) {
    if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
      return parent[propertyName];
    }
    return void 0;
  };
  return "    healthcheck:\n" + ((stack1 = lookupProperty(helpers, "with").call(depth0 != null ? depth0 : container2.nullContext || {}, lookupProperty(depth0, "healthcheck"), { "name": "with", "hash": {}, "fn": container2.program(21, data, 0), "inverse": container2.noop, "data": data })) != null ? stack1 : "");
}, "21": function(container2, depth0, helpers, partials, data) {
  var stack1, alias1 = depth0 != null ? depth0 : container2.nullContext || {}, lookupProperty = container2.lookupProperty || function(parent, propertyName) {
    if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
      return parent[propertyName];
    }
    return void 0;
  };
  return ((stack1 = lookupProperty(helpers, "if").call(alias1, lookupProperty(depth0, "disable"), { "name": "if", "hash": {}, "fn": container2.program(22, data, 0), "inverse": container2.noop, "data": data })) != null ? stack1 : "") + ((stack1 = lookupProperty(helpers, "if").call(alias1, lookupProperty(depth0, "test"), { "name": "if", "hash": {}, "fn": container2.program(23, data, 0), "inverse": container2.noop, "data": data })) != null ? stack1 : "") + ((stack1 = lookupProperty(helpers, "if").call(alias1, lookupProperty(depth0, "interval"), { "name": "if", "hash": {}, "fn": container2.program(24, data, 0), "inverse": container2.noop, "data": data })) != null ? stack1 : "") + ((stack1 = lookupProperty(helpers, "if").call(alias1, lookupProperty(depth0, "timeout"), { "name": "if", "hash": {}, "fn": container2.program(25, data, 0), "inverse": container2.noop, "data": data })) != null ? stack1 : "") + ((stack1 = lookupProperty(helpers, "if").call(alias1, lookupProperty(depth0, "hasRetries"), { "name": "if", "hash": {}, "fn": container2.program(26, data, 0), "inverse": container2.noop, "data": data })) != null ? stack1 : "") + ((stack1 = lookupProperty(helpers, "if").call(alias1, lookupProperty(depth0, "startPeriod"), { "name": "if", "hash": {}, "fn": container2.program(27, data, 0), "inverse": container2.noop, "data": data })) != null ? stack1 : "");
}, "22": function(container2, depth0, helpers, partials, data) {
  return "      disable: true\n";
}, "23": function(container2, depth0, helpers, partials, data) {
  var stack1, lookupProperty = container2.lookupProperty || function(parent, propertyName) {
    if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
      return parent[propertyName];
    }
    return void 0;
  };
  return "      test:\n" + ((stack1 = lookupProperty(helpers, "each").call(depth0 != null ? depth0 : container2.nullContext || {}, lookupProperty(depth0, "test"), { "name": "each", "hash": {}, "fn": container2.program(7, data, 0), "inverse": container2.noop, "data": data })) != null ? stack1 : "");
}, "24": function(container2, depth0, helpers, partials, data) {
  var stack1, lookupProperty = container2.lookupProperty || function(parent, propertyName) {
    if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
      return parent[propertyName];
    }
    return void 0;
  };
  return "      interval: " + ((stack1 = lookupProperty(helpers, "yaml").call(depth0 != null ? depth0 : container2.nullContext || {}, lookupProperty(depth0, "interval"), { "name": "yaml", "hash": {}, "data": data })) != null ? stack1 : "") + "\n";
}, "25": function(container2, depth0, helpers, partials, data) {
  var stack1, lookupProperty = container2.lookupProperty || function(parent, propertyName) {
    if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
      return parent[propertyName];
    }
    return void 0;
  };
  return "      timeout: " + ((stack1 = lookupProperty(helpers, "yaml").call(depth0 != null ? depth0 : container2.nullContext || {}, lookupProperty(depth0, "timeout"), { "name": "yaml", "hash": {}, "data": data })) != null ? stack1 : "") + "\n";
}, "26": function(container2, depth0, helpers, partials, data) {
  var stack1, lookupProperty = container2.lookupProperty || function(parent, propertyName) {
    if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
      return parent[propertyName];
    }
    return void 0;
  };
  return "      retries: " + ((stack1 = lookupProperty(helpers, "int").call(depth0 != null ? depth0 : container2.nullContext || {}, lookupProperty(depth0, "retries"), { "name": "int", "hash": {}, "data": data })) != null ? stack1 : "") + "\n";
}, "27": function(container2, depth0, helpers, partials, data) {
  var stack1, lookupProperty = container2.lookupProperty || function(parent, propertyName) {
    if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
      return parent[propertyName];
    }
    return void 0;
  };
  return "      start_period: " + ((stack1 = lookupProperty(helpers, "yaml").call(depth0 != null ? depth0 : container2.nullContext || {}, lookupProperty(depth0, "startPeriod"), { "name": "yaml", "hash": {}, "data": data })) != null ? stack1 : "") + "\n";
}, "28": function(container2, depth0, helpers, partials, data) {
  var stack1, lookupProperty = container2.lookupProperty || function(parent, propertyName) {
    if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
      return parent[propertyName];
    }
    return void 0;
  };
  return "    environment:\n" + ((stack1 = lookupProperty(helpers, "each").call(depth0 != null ? depth0 : container2.nullContext || {}, lookupProperty(depth0, "environment"), { "name": "each", "hash": {}, "fn": container2.program(29, data, 0), "inverse": container2.noop, "data": data })) != null ? stack1 : "");
}, "29": function(container2, depth0, helpers, partials, data) {
  var stack1, alias1 = depth0 != null ? depth0 : container2.nullContext || {}, lookupProperty = container2.lookupProperty || function(parent, propertyName) {
    if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
      return parent[propertyName];
    }
    return void 0;
  };
  return "      " + ((stack1 = lookupProperty(helpers, "yamlKey").call(alias1, lookupProperty(depth0, "name"), { "name": "yamlKey", "hash": {}, "data": data })) != null ? stack1 : "") + ": " + ((stack1 = lookupProperty(helpers, "yaml").call(alias1, lookupProperty(depth0, "value"), { "name": "yaml", "hash": {}, "data": data })) != null ? stack1 : "") + "\n";
}, "30": function(container2, depth0, helpers, partials, data) {
  var stack1, lookupProperty = container2.lookupProperty || function(parent, propertyName) {
    if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
      return parent[propertyName];
    }
    return void 0;
  };
  return "  " + ((stack1 = lookupProperty(helpers, "yamlKey").call(depth0 != null ? depth0 : container2.nullContext || {}, depth0, { "name": "yamlKey", "hash": {}, "data": data })) != null ? stack1 : "") + ": {}\n";
}, "compiler": [8, ">= 4.3.0"], "main": function(container2, depth0, helpers, partials, data, blockParams, depths) {
  var stack1, alias1 = depth0 != null ? depth0 : container2.nullContext || {}, lookupProperty = container2.lookupProperty || function(parent, propertyName) {
    if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
      return parent[propertyName];
    }
    return void 0;
  };
  return "# Code generated by drone-compose from " + ((stack1 = lookupProperty(helpers, "comment").call(alias1, lookupProperty(depth0, "source"), { "name": "comment", "hash": {}, "data": data })) != null ? stack1 : "") + "; DO NOT EDIT.\n#\n# The services of " + ((stack1 = lookupProperty(helpers, "comment").call(alias1, lookupProperty(depth0, "source"), { "name": "comment", "hash": {}, "data": data })) != null ? stack1 : "") + " in one network namespace, as " + ((stack1 = lookupProperty(helpers, "comment").call(alias1, lookupProperty(depth0, "format"), { "name": "comment", "hash": {}, "data": data })) != null ? stack1 : "") + " ran them:\n#   docker-compose -p " + ((stack1 = lookupProperty(helpers, "comment").call(alias1, lookupProperty(depth0, "project"), { "name": "comment", "hash": {}, "data": data })) != null ? stack1 : "") + " up -d\n" + ((stack1 = lookupProperty(helpers, "each").call(alias1, lookupProperty(depth0, "buildNames"), { "name": "each", "hash": {}, "fn": container2.program(0, data, 0, blockParams, depths), "inverse": container2.noop, "data": data })) != null ? stack1 : "") + "#   docker-compose -p " + ((stack1 = lookupProperty(helpers, "comment").call(alias1, lookupProperty(depth0, "project"), { "name": "comment", "hash": {}, "data": data })) != null ? stack1 : "") + " down -v\n" + ((stack1 = lookupProperty(helpers, "each").call(alias1, lookupProperty(depth0, "credentials"), { "name": "each", "hash": {}, "fn": container2.program(1, data, 0, blockParams, depths), "inverse": container2.noop, "data": data })) != null ? stack1 : "") + "services:\n  " + ((stack1 = lookupProperty(helpers, "yamlKey").call(alias1, lookupProperty(depth0, "holderKey"), { "name": "yamlKey", "hash": {}, "data": data })) != null ? stack1 : "") + ":\n    image: " + ((stack1 = lookupProperty(helpers, "yaml").call(alias1, lookupProperty(lookupProperty(depth0, "holder"), "image"), { "name": "yaml", "hash": {}, "data": data })) != null ? stack1 : "") + '\n    entrypoint: ["sleep"]\n    command: ["2147483647"]\n    init: true\n' + ((stack1 = lookupProperty(helpers, "if").call(alias1, lookupProperty(lookupProperty(depth0, "holder"), "network"), { "name": "if", "hash": {}, "fn": container2.program(2, data, 0, blockParams, depths), "inverse": container2.noop, "data": data })) != null ? stack1 : "") + ((stack1 = lookupProperty(helpers, "if").call(alias1, lookupProperty(lookupProperty(depth0, "holder"), "dns"), { "name": "if", "hash": {}, "fn": container2.program(3, data, 0, blockParams, depths), "inverse": container2.noop, "data": data })) != null ? stack1 : "") + ((stack1 = lookupProperty(helpers, "if").call(alias1, lookupProperty(lookupProperty(depth0, "holder"), "extraHosts"), { "name": "if", "hash": {}, "fn": container2.program(5, data, 0, blockParams, depths), "inverse": container2.noop, "data": data })) != null ? stack1 : "") + ((stack1 = lookupProperty(helpers, "if").call(alias1, lookupProperty(lookupProperty(depth0, "holder"), "healthcheck"), { "name": "if", "hash": {}, "fn": container2.program(6, data, 0, blockParams, depths), "inverse": container2.noop, "data": data })) != null ? stack1 : "") + ((stack1 = lookupProperty(helpers, "each").call(alias1, lookupProperty(depth0, "containers"), { "name": "each", "hash": {}, "fn": container2.program(8, data, 0, blockParams, depths), "inverse": container2.noop, "data": data })) != null ? stack1 : "") + "volumes:\n  drone: {}\n" + ((stack1 = lookupProperty(helpers, "each").call(alias1, lookupProperty(depth0, "volumes"), { "name": "each", "hash": {}, "fn": container2.program(30, data, 0, blockParams, depths), "inverse": container2.noop, "data": data })) != null ? stack1 : "");
}, "useData": true, "useDepths": true };

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

// src/lower/values.ts
var RESERVED_PREFIX = "dc_";
var NAME = /^[A-Za-z_][A-Za-z0-9_]*/;
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
var OPERATIONS_HINT = "Drone 0.4 knew $${NAME}, $${NAME:pos}, $${NAME:pos:len}, $${NAME=default}, $${NAME##prefix}, $${NAME%%suffix} and $${NAME/old/new}";
function readValue(text, span, diags, used, options = {}) {
  if (text.indexOf("$$") === -1) return [text];
  const parts = [];
  let lit = "";
  let i = 0;
  while (i < text.length) {
    const at = text.indexOf("$$", i);
    if (at === -1) {
      lit += text.slice(i);
      break;
    }
    lit += text.slice(i, at);
    let name;
    let length = 0;
    let op;
    let bad = false;
    if (text.charCodeAt(at + 2) === 123) {
      const bare = NAME.exec(text.slice(at + 3));
      const close = text.indexOf("}", at + 3);
      if (bare && close !== -1) {
        name = bare[0];
        length = close + 1 - (at + 2);
        const rest = text.slice(at + 3 + name.length, close);
        if (rest !== "") {
          const read = readOperation(rest);
          if (read === void 0) {
            diags.error("invalid-operation", `\`${text.slice(at, close + 1)}\` is not an operation Drone 0.4 knew`, span, OPERATIONS_HINT);
            bad = true;
          } else {
            op = read;
          }
        }
      }
    } else {
      const bare = NAME.exec(text.slice(at + 2));
      if (bare) {
        name = bare[0];
        length = name.length;
      }
    }
    if (name === void 0) {
      diags.warning("literal-dollar", "`$$` is not followed by a variable name and is kept as a literal `$$`", span, "write $$NAME to read the variable NAME at run time");
      lit += "$$";
      i = at + 2;
      continue;
    }
    if (name.startsWith(RESERVED_PREFIX)) {
      diags.error("reserved-variable", `\`$$${name}\` uses the prefix \`${RESERVED_PREFIX}\`, which the generated script reserves for itself`, span, "rename the variable");
    } else if (isShellVariable(name)) {
      diags.error("reserved-variable", `\`$$${name}\` names a variable the shell sets itself, so the script cannot read it from the environment`, span, "rename the variable");
    }
    const end = at + 2 + length;
    if (!op && !bad && options.shellCode && text[at - 1] === '"' && text[end] === '"') op = { op: "quote" };
    if (op && options.targets?.includes("compose") && !composeCanExpress(op)) {
      diags.error(
        "unsupported-operation",
        `\`${text.slice(at, end)}\` cannot be written in a docker-compose file (target compose): compose interpolation knows only \${NAME}, \${NAME:-default}, \${NAME-default} and \${NAME:?error}`,
        span,
        "compile this file for the sh target, or compute the value before docker-compose runs and pass it as $$NAME"
      );
    }
    if (lit) parts.push(lit);
    lit = "";
    parts.push(op ? { env: name, op } : { env: name });
    used.add(name);
    i = end;
  }
  if (lit || parts.length === 0) parts.push(lit);
  return parts;
}
function readOperation(rest) {
  const sub = /^:([0-9]{1,9})(?::([0-9]{1,9}))?$/.exec(rest);
  if (sub) return sub[2] === void 0 ? { op: "head", length: Number(sub[1]) } : { op: "substring", start: Number(sub[1]), length: Number(sub[2]) };
  if (rest.startsWith("=")) return { op: "default", word: rest.slice(1) };
  if (rest.startsWith("##") && rest.length > 2) return { op: "prefix", word: rest.slice(2) };
  if (rest.startsWith("%%") && rest.length > 2) return { op: "suffix", word: rest.slice(2) };
  if (rest.startsWith("/")) {
    const slash = rest.lastIndexOf("/");
    if (slash > 1) return { op: "replace", old: rest.slice(1, slash), new: rest.slice(slash + 1) };
  }
  return void 0;
}
function composeCanExpress(op) {
  return op.op === "quote" || op.op === "default" && op.word.indexOf("$") === -1;
}
function needsValue(part) {
  return part.op?.op !== "default";
}
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
function splitOnce(value, sep2) {
  for (let i = 0; i < value.length; i++) {
    const p = value[i];
    if (typeof p !== "string") continue;
    const at = p.indexOf(sep2);
    if (at === -1) continue;
    const left = [...value.slice(0, i), p.slice(0, at)];
    const right = [p.slice(at + sep2.length), ...value.slice(i + 1)];
    return [concat(left), concat(right)];
  }
  return void 0;
}
var LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;
function uncarriable(text) {
  if (text.indexOf("\0") !== -1) return "a NUL character, which no process argument or environment value can carry";
  if (LONE_SURROGATE.test(text)) return "half of a UTF-16 surrogate pair (an escape such as \\uD800), which no UTF-8 file can carry";
  return void 0;
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
function definedByScript(name) {
  return RUNTIME_VARIABLES.includes(name) || FIXED_VARIABLES.includes(name);
}
function repoName(repo) {
  const parts = repo.split("/");
  return parts.length >= 3 ? parts.slice(1).join("/") : repo;
}
function buildEnvironment(project, read) {
  const drone = RUNTIME_VARIABLES.filter((n) => n.startsWith("DRONE_"));
  return [
    { name: "CI", value: ["true"] },
    { name: "CI_NAME", value: ["drone"] },
    { name: "DRONE", value: ["true"] },
    { name: "DRONE_DIR", value: [project.workspacePath] },
    ...drone.map((name) => ({ name, value: read(name) })),
    ...CI_ALIASES.map(([name, from]) => ({ name, value: read(from) })),
    { name: "CI_BUILD_DIR", value: [project.workspacePath] },
    { name: "CI_BUILD_URL", value: read("CI_BUILD_URL") }
  ];
}
function mergeEnvironment(...lists) {
  const out = /* @__PURE__ */ new Map();
  for (const list of lists) for (const e of list) out.set(e.name, e);
  return [...out.values()];
}
function references(x, into = []) {
  if (Array.isArray(x)) {
    for (let i = 0; i < x.length; i++) references(x[i], into);
  } else if (x !== null && typeof x === "object") {
    const env2 = x.env;
    if (typeof env2 === "string") into.push(x);
    else for (const key in x) references(x[key], into);
  }
  return into;
}
function requiredVariables(x) {
  const names2 = /* @__PURE__ */ new Set();
  for (const r of references(x)) if (needsValue(r) && !definedByScript(r.env)) names2.add(r.env);
  return [...names2].sort();
}
function usesRuntimeVariables(x) {
  return references(x).some((r) => definedByScript(r.env));
}

// src/emit/compose.ts
var HOLDER = HOLDER_NAME;
function composeRelative(path) {
  return path === "." || path === ".." || path.startsWith("./") || path.startsWith("../") ? path : `./${path}`;
}
function workspaceRelative(workspaceDir, host) {
  const [first, ...rest] = host;
  if (typeof first !== "string") return host;
  if (rest.length > 0) return workspaceDir === "." ? host : [composeRelative(`${workspaceDir}/${first}`), ...rest];
  return [composeRelative(import_node_path.posix.normalize(import_node_path.posix.join(workspaceDir, first)))];
}
function commonVolumes(p, workspaceDir) {
  return [[`drone:${p.workspaceBase ?? "/drone"}`], [`${composeRelative(workspaceDir)}:${p.workspacePath}`]];
}
function composeDefault(name, project) {
  if (name === "DRONE_REPO") return repoName(project.repo);
  if (name === "DRONE_BUILD_NUMBER") return "0";
  if (name === "DRONE_JOB_NUMBER") return "1";
  return "";
}
function healthView(h) {
  const test = h.test ? "shell" in h.test ? [["CMD-SHELL"], h.test.shell] : [["CMD"], ...h.test.exec] : void 0;
  return {
    test,
    disable: h.disable,
    interval: h.interval ? [h.interval] : void 0,
    timeout: h.timeout ? [h.timeout] : void 0,
    retries: h.retries,
    hasRetries: h.retries !== void 0,
    startPeriod: h.startPeriod ? [h.startPeriod] : void 0
  };
}
var HOLDER_CHECK = 'now=; for f in /proc/net/tcp /proc/net/tcp6; do [ -r "$f" ] || continue; while read -r sl local rest; do case $rest in *" 0A "*) now="$now ${local##*:}" ;; esac; done <"$f"; done; for g in "$@"; do case "$now " in *" ${g%%/*} "* | *" ${g#*/} "*) ;; *) exit 1 ;; esac; done';
function holderHealth(p) {
  const groups = p.services.flatMap((s) => s.readiness.kind === "ports" ? portGroups(s.readiness.ports).split(",") : []);
  if (groups.length === 0) return void 0;
  return { test: [["CMD"], ["sh"], ["-c"], [HOLDER_CHECK], ["sh"], ...[...new Set(groups)].map((g) => [g])] };
}
function buildDependencies(p, holderChecked) {
  return [
    { key: HOLDER, condition: holderChecked ? "service_healthy" : "service_started" },
    ...p.services.map((s) => ({ key: s.name, condition: s.readiness.kind === "health" ? "service_healthy" : "service_started" }))
  ];
}
function containerView(c, env2, workspaceDir, common, at) {
  const volumes = [...common];
  for (const m of c.volumes) {
    const host = m.volume !== void 0 ? [m.volume] : m.relative ? workspaceRelative(workspaceDir, m.host) : m.host;
    volumes.push([...host, ":", ...m.container, ...m.mode ? [`:${m.mode}`] : []]);
  }
  return {
    key: c.name,
    image: c.image,
    pullAlways: c.pull,
    auth: c.auth ? { login: c.auth.registry ? `docker login ${c.auth.registry}` : "docker login" } : void 0,
    privileged: c.privileged,
    entrypoint: c.entrypoint,
    command: c.command,
    environment: env2,
    volumes,
    devices: c.devices.map((d) => [...d.host, ...d.container ? [":", ...d.container] : [], ...d.permissions ? [`:${d.permissions}`] : []]),
    memLimit: c.memLimit ? [c.memLimit] : void 0,
    cpuset: c.cpuset,
    oomKillDisable: c.oomKillDisable,
    dependsOn: at.dependsOn,
    profile: at.profile
  };
}
function composeDiagnostics(p, context) {
  const diags = new Diagnostics();
  if (context.workspaceDir.includes(":")) {
    diags.error("usage", `the workspace folder ${JSON.stringify(context.workspaceDir)} contains \`:\`, which a compose file cannot mount`, void 0, "rename the folder, or use the sh target");
  }
  const labelled = [
    ...p.services.map((s) => [s, `service \`${s.name}\``]),
    ...p.build.map((s) => [s, s.name === "build" ? "`build`" : `build step \`${s.name.slice("build-".length)}\``])
  ];
  for (const [c, label] of labelled) {
    const at = c.at["auth_config"];
    if (at) diags.warning("ignored-option", `a compose file cannot carry the registry credentials of ${label}; log in to the registry before docker-compose pulls`, at);
  }
  return diags;
}
function emitCompose(p, context) {
  const diags = composeDiagnostics(p, context);
  if (diags.hasErrors) return { text: "", diagnostics: diags.list };
  const workspaceDir = context.workspaceDir;
  const common = commonVolumes(p, workspaceDir);
  const services = p.services.map((s, i) => ({
    ...containerView(s, s.environment, workspaceDir, common, { dependsOn: i === 0 ? [HOLDER] : [HOLDER, p.services[i - 1].name] }),
    healthcheck: s.healthcheck ? healthView(s.healthcheck) : void 0
  }));
  const holderCheck = holderHealth(p);
  const after = buildDependencies(p, holderCheck !== void 0);
  const read = (name) => [{ env: name, op: { op: "default", word: composeDefault(name, p) } }];
  const build = p.build.map((s) => ({
    ...containerView(s, mergeEnvironment(buildEnvironment(p, read), s.environment), workspaceDir, common, { dependsOn: [], profile: ["build"] }),
    conditions: after,
    entrypoint: [["/bin/sh"], ["-e"], ["-c"]],
    command: [buildScript(s)],
    workingDir: [p.workspacePath]
  }));
  const holder = p.holder;
  const view = {
    source: context.source,
    format: p.format,
    project: p.name,
    holderKey: HOLDER,
    holder: {
      image: [holder.image],
      network: holder.network ? [holder.network] : void 0,
      dns: holder.dns.length ? holder.dns : void 0,
      extraHosts: holder.extraHosts.length ? holder.extraHosts.map((h) => [`${h.host}:${h.address}`]) : void 0,
      healthcheck: holderCheck
    },
    serviceKey: [`service:${HOLDER}`],
    containers: [...services, ...build],
    buildNames: build.map((b) => b.key),
    volumes: p.volumes,
    credentials: [...services, ...build].filter((s) => s.auth).map((s) => ({ key: s.key, login: s.auth.login }))
  };
  return { text: render(template, view), diagnostics: diags.list };
}

// src/targets/compose.ts
var composeTarget = {
  label: "docker-compose file",
  defaultFileName: "docker-compose.yml",
  extensions: [".yml", ".yaml"],
  inDiffByDefault: true,
  fileMode: 420,
  emit: emitCompose,
  secretForms: (secret) => [yamlValue([secret]).slice(1, -1)],
  // A compose file never carries registry credentials (see emitCompose's `ignored-option` warning).
  secretsIn: () => []
};

// src/bin/lazy-bundle.ts
var loadCheck = async () => require("./check.cjs");
var loadChildProcess = async () => require("node:child_process");
var loadLater = () => require("./later.cjs");
var loadKube = () => require("./kube.cjs");
var loadCommander = () => require_commander();

// src/targets/kube.ts
var kubeTarget = {
  label: "Kubernetes Job manifest",
  defaultFileName: "drone-compose.kube.yaml",
  // Longer than compose's `.yaml`, so they win for a name such as `ci/services.kube.yaml`.
  extensions: [".kube.yaml", ".kube.yml", ".k8s.yaml", ".k8s.yml"],
  // A manifest is asked for by name: a file sh and compose accept may hold what a pod cannot run.
  inDiffByDefault: false,
  fileMode: 420,
  emit: (project, context) => loadKube().emitKube(project, context),
  secretForms: (secret) => [yamlValue([secret]).slice(1, -1)],
  // A manifest never carries a credential: passwords and `$$NAME` values come from Secrets the user creates.
  secretsIn: () => []
};

// src/generated/templates/sh.ts
var template2 = {
  "0": function(container2, depth0, helpers, partials, data) {
    var stack1, lookupProperty = container2.lookupProperty || function(parent, propertyName) {
      if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
        return parent[propertyName];
      }
      return void 0;
    };
    return (stack1 = lookupProperty(helpers, "if").call(depth0 != null ? depth0 : container2.nullContext || {}, lookupProperty(depth0, "pull"), { "name": "if", "hash": {}, "fn": container2.program(1, data, 0), "inverse": container2.noop, "data": data })) != null ? stack1 : "";
  },
  "1": function(container2, depth0, helpers, partials, data) {
    var stack1, lookupProperty = container2.lookupProperty || function(parent, propertyName) {
      if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
        return parent[propertyName];
      }
      return void 0;
    };
    return (stack1 = lookupProperty(helpers, "with").call(depth0 != null ? depth0 : container2.nullContext || {}, lookupProperty(depth0, "pull"), { "name": "with", "hash": {}, "fn": container2.program(2, data, 0), "inverse": container2.noop, "data": data })) != null ? stack1 : "";
  },
  "2": function(container2, depth0, helpers, partials, data) {
    var stack1, lookupProperty = container2.lookupProperty || function(parent, propertyName) {
      if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
        return parent[propertyName];
      }
      return void 0;
    };
    return (stack1 = lookupProperty(helpers, "if").call(depth0 != null ? depth0 : container2.nullContext || {}, lookupProperty(depth0, "auth"), { "name": "if", "hash": {}, "fn": container2.program(3, data, 0), "inverse": container2.program(6, data, 0), "data": data })) != null ? stack1 : "";
  },
  "3": function(container2, depth0, helpers, partials, data) {
    var stack1, lookupProperty = container2.lookupProperty || function(parent, propertyName) {
      if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
        return parent[propertyName];
      }
      return void 0;
    };
    return (stack1 = lookupProperty(helpers, "if").call(depth0 != null ? depth0 : container2.nullContext || {}, lookupProperty(depth0, "always"), { "name": "if", "hash": {}, "fn": container2.program(4, data, 0), "inverse": container2.program(5, data, 0), "data": data })) != null ? stack1 : "";
  },
  "4": function(container2, depth0, helpers, partials, data) {
    var stack1, alias1 = depth0 != null ? depth0 : container2.nullContext || {}, lookupProperty = container2.lookupProperty || function(parent, propertyName) {
      if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
        return parent[propertyName];
      }
      return void 0;
    };
    return "  printf '%s' " + ((stack1 = lookupProperty(helpers, "sh").call(alias1, lookupProperty(lookupProperty(depth0, "auth"), "password"), { "name": "sh", "hash": {}, "data": data })) != null ? stack1 : "") + " | dc_pull_auth " + ((stack1 = lookupProperty(helpers, "sh").call(alias1, lookupProperty(depth0, "image"), { "name": "sh", "hash": {}, "data": data })) != null ? stack1 : "") + " " + ((stack1 = lookupProperty(helpers, "sh").call(alias1, lookupProperty(lookupProperty(depth0, "auth"), "registry"), { "name": "sh", "hash": {}, "data": data })) != null ? stack1 : "") + " " + ((stack1 = lookupProperty(helpers, "sh").call(alias1, lookupProperty(lookupProperty(depth0, "auth"), "username"), { "name": "sh", "hash": {}, "data": data })) != null ? stack1 : "") + "\n";
  },
  "5": function(container2, depth0, helpers, partials, data) {
    var stack1, alias1 = depth0 != null ? depth0 : container2.nullContext || {}, lookupProperty = container2.lookupProperty || function(parent, propertyName) {
      if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
        return parent[propertyName];
      }
      return void 0;
    };
    return '  "$dc_engine" image inspect -- ' + ((stack1 = lookupProperty(helpers, "sh").call(alias1, lookupProperty(depth0, "image"), { "name": "sh", "hash": {}, "data": data })) != null ? stack1 : "") + " >/dev/null 2>&1 ||\n    printf '%s' " + ((stack1 = lookupProperty(helpers, "sh").call(alias1, lookupProperty(lookupProperty(depth0, "auth"), "password"), { "name": "sh", "hash": {}, "data": data })) != null ? stack1 : "") + " | dc_pull_auth " + ((stack1 = lookupProperty(helpers, "sh").call(alias1, lookupProperty(depth0, "image"), { "name": "sh", "hash": {}, "data": data })) != null ? stack1 : "") + " " + ((stack1 = lookupProperty(helpers, "sh").call(alias1, lookupProperty(lookupProperty(depth0, "auth"), "registry"), { "name": "sh", "hash": {}, "data": data })) != null ? stack1 : "") + " " + ((stack1 = lookupProperty(helpers, "sh").call(alias1, lookupProperty(lookupProperty(depth0, "auth"), "username"), { "name": "sh", "hash": {}, "data": data })) != null ? stack1 : "") + "\n";
  },
  "6": function(container2, depth0, helpers, partials, data) {
    var stack1, lookupProperty = container2.lookupProperty || function(parent, propertyName) {
      if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
        return parent[propertyName];
      }
      return void 0;
    };
    return '  "$dc_engine" pull -- ' + ((stack1 = lookupProperty(helpers, "sh").call(depth0 != null ? depth0 : container2.nullContext || {}, lookupProperty(depth0, "image"), { "name": "sh", "hash": {}, "data": data })) != null ? stack1 : "") + "\n";
  },
  "7": function(container2, depth0, helpers, partials, data) {
    var stack1, lookupProperty = container2.lookupProperty || function(parent, propertyName) {
      if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
        return parent[propertyName];
      }
      return void 0;
    };
    return `
# dc_op OPERATION NAME [ARGS...]: sets dc_v to one of Drone 0.4's $$ operations on the variable NAME
# (empty when unset). Patterns and words are literal text; positions and lengths count bytes.
dc_op() {
  eval "dc_v=\\\${$2-}"
  case $1 in
    default) [ -n "$dc_v" ] || dc_v=$3 ;;
    prefix) dc_v=\${dc_v#"$3"} ;;
    suffix) dc_v=\${dc_v%"$3"} ;;
    replace) dc_replace "$3" "$4" ;;
    substring) dc_bytes "$3" "$4" ;;
    quote)
      dc_replace "\\\\" "\\\\\\\\"
      dc_replace '"' '\\"'
      dc_replace '$' '\\$'
      dc_replace '\`' '\\\`'
      ;;
  esac
}

# Replaces every occurrence of the text $1 in dc_v with $2.
dc_replace() {
  dc_rest=$dc_v
  dc_v=''
  while :; do
    case $dc_rest in
      *"$1"*)
        dc_v=$dc_v\${dc_rest%%"$1"*}$2
        dc_rest=\${dc_rest#*"$1"}
        ;;
      *) break ;;
    esac
  done
  dc_v=$dc_v$dc_rest
}

# Keeps $2 bytes of dc_v from byte $1 (fewer at its end); in the C locale, ? matches one byte in every shell.
dc_bytes() {
  dc_lc=\${LC_ALL+set}
  dc_lc_value=\${LC_ALL-}
  LC_ALL=C
  dc_rest=$dc_v
  dc_n=$1
  while [ "$dc_n" -gt 0 ] && [ -n "$dc_rest" ]; do
    dc_rest=\${dc_rest#?}
    dc_n=$((dc_n - 1))
  done
  dc_v=''
  dc_n=$2
  while [ "$dc_n" -gt 0 ] && [ -n "$dc_rest" ]; do
    dc_tail=\${dc_rest#?}
    dc_v=$dc_v\${dc_rest%"$dc_tail"}
    dc_rest=$dc_tail
    dc_n=$((dc_n - 1))
  done
  if [ "$dc_lc" = set ]; then LC_ALL=$dc_lc_value; else unset LC_ALL; fi
}

# The file's $$ operations, computed once the variables are known.
dc_ops() {
` + ((stack1 = lookupProperty(helpers, "each").call(depth0 != null ? depth0 : container2.nullContext || {}, lookupProperty(depth0, "operations"), { "name": "each", "hash": {}, "fn": container2.program(8, data, 0), "inverse": container2.noop, "data": data })) != null ? stack1 : "") + "}\n";
  },
  "8": function(container2, depth0, helpers, partials, data) {
    var stack1, alias1 = depth0 != null ? depth0 : container2.nullContext || {}, lookupProperty = container2.lookupProperty || function(parent, propertyName) {
      if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
        return parent[propertyName];
      }
      return void 0;
    };
    return "  dc_op " + ((stack1 = lookupProperty(helpers, "sh").call(alias1, lookupProperty(depth0, "args"), { "name": "sh", "hash": {}, "data": data })) != null ? stack1 : "") + "\n  " + ((stack1 = lookupProperty(helpers, "shVar").call(alias1, lookupProperty(depth0, "id"), { "name": "shVar", "hash": {}, "data": data })) != null ? stack1 : "") + "=$dc_v\n";
  },
  "9": function(container2, depth0, helpers, partials, data) {
    var stack1, lookupProperty = container2.lookupProperty || function(parent, propertyName) {
      if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
        return parent[propertyName];
      }
      return void 0;
    };
    return "  dc_remove container " + ((stack1 = lookupProperty(helpers, "sh").call(depth0 != null ? depth0 : container2.nullContext || {}, lookupProperty(depth0, "buildContainers"), { "name": "sh", "hash": {}, "data": data })) != null ? stack1 : "") + "\n";
  },
  "10": function(container2, depth0, helpers, partials, data) {
    var stack1, lookupProperty = container2.lookupProperty || function(parent, propertyName) {
      if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
        return parent[propertyName];
      }
      return void 0;
    };
    return "  dc_remove container " + ((stack1 = lookupProperty(helpers, "sh").call(depth0 != null ? depth0 : container2.nullContext || {}, lookupProperty(depth0, "container"), { "name": "sh", "hash": {}, "data": data })) != null ? stack1 : "") + "\n";
  },
  "11": function(container2, depth0, helpers, partials, data) {
    var stack1, lookupProperty = container2.lookupProperty || function(parent, propertyName) {
      if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
        return parent[propertyName];
      }
      return void 0;
    };
    return " " + ((stack1 = lookupProperty(helpers, "sh").call(depth0 != null ? depth0 : container2.nullContext || {}, depth0, { "name": "sh", "hash": {}, "data": data })) != null ? stack1 : "");
  },
  "12": function(container2, depth0, helpers, partials, data) {
    return "  dc_drone_vars\n";
  },
  "13": function(container2, depth0, helpers, partials, data) {
    var stack1, lookupProperty = container2.lookupProperty || function(parent, propertyName) {
      if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
        return parent[propertyName];
      }
      return void 0;
    };
    return "  dc_missing=''\n" + ((stack1 = lookupProperty(helpers, "each").call(depth0 != null ? depth0 : container2.nullContext || {}, lookupProperty(depth0, "upVariables"), { "name": "each", "hash": {}, "fn": container2.program(14, data, 0), "inverse": container2.noop, "data": data })) != null ? stack1 : "") + "  dc_check_missing\n";
  },
  "14": function(container2, depth0, helpers, partials, data) {
    var stack1, alias1 = depth0 != null ? depth0 : container2.nullContext || {}, lookupProperty = container2.lookupProperty || function(parent, propertyName) {
      if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
        return parent[propertyName];
      }
      return void 0;
    };
    return '  [ -n "${' + ((stack1 = lookupProperty(helpers, "shVar").call(alias1, depth0, { "name": "shVar", "hash": {}, "data": data })) != null ? stack1 : "") + '+x}" ] || dc_missing="$dc_missing ' + ((stack1 = lookupProperty(helpers, "shVar").call(alias1, depth0, { "name": "shVar", "hash": {}, "data": data })) != null ? stack1 : "") + '"\n';
  },
  "15": function(container2, depth0, helpers, partials, data) {
    return "  dc_ops\n";
  },
  "16": function(container2, depth0, helpers, partials, data) {
    var stack1, lookupProperty = container2.lookupProperty || function(parent, propertyName) {
      if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
        return parent[propertyName];
      }
      return void 0;
    };
    return '  "$dc_engine" volume create --label "$dc_label" ' + ((stack1 = lookupProperty(helpers, "sh").call(depth0 != null ? depth0 : container2.nullContext || {}, depth0, { "name": "sh", "hash": {}, "data": data })) != null ? stack1 : "") + " >/dev/null\n";
  },
  "17": function(container2, depth0, helpers, partials, data) {
    var stack1, lookupProperty = container2.lookupProperty || function(parent, propertyName) {
      if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
        return parent[propertyName];
      }
      return void 0;
    };
    return (stack1 = container2.invokePartial(lookupProperty(partials, "pull"), depth0, { "name": "pull", "data": data, "helpers": helpers, "partials": partials, "decorators": container2.decorators })) != null ? stack1 : "";
  },
  "18": function(container2, depth0, helpers, partials, data) {
    var stack1, lookupProperty = container2.lookupProperty || function(parent, propertyName) {
      if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
        return parent[propertyName];
      }
      return void 0;
    };
    return " \\\n    " + ((stack1 = lookupProperty(helpers, "sh").call(depth0 != null ? depth0 : container2.nullContext || {}, depth0, { "name": "sh", "hash": {}, "data": data })) != null ? stack1 : "");
  },
  "19": function(container2, depth0, helpers, partials, data) {
    var stack1, alias1 = depth0 != null ? depth0 : container2.nullContext || {}, lookupProperty = container2.lookupProperty || function(parent, propertyName) {
      if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
        return parent[propertyName];
      }
      return void 0;
    };
    return "  dc_say starting " + ((stack1 = lookupProperty(helpers, "sh").call(alias1, lookupProperty(depth0, "name"), { "name": "sh", "hash": {}, "data": data })) != null ? stack1 : "") + '\n  "$dc_engine" run --detach' + ((stack1 = lookupProperty(helpers, "each").call(alias1, lookupProperty(depth0, "run"), { "name": "each", "hash": {}, "fn": container2.program(18, data, 0), "inverse": container2.noop, "data": data })) != null ? stack1 : "") + " >/dev/null\n";
  },
  "20": function(container2, depth0, helpers, partials, data) {
    var stack1, lookupProperty = container2.lookupProperty || function(parent, propertyName) {
      if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
        return parent[propertyName];
      }
      return void 0;
    };
    return "  dc_check_running" + ((stack1 = lookupProperty(helpers, "each").call(depth0 != null ? depth0 : container2.nullContext || {}, lookupProperty(depth0, "services"), { "name": "each", "hash": {}, "fn": container2.program(21, data, 0), "inverse": container2.noop, "data": data })) != null ? stack1 : "") + "\n";
  },
  "21": function(container2, depth0, helpers, partials, data) {
    var stack1, lookupProperty = container2.lookupProperty || function(parent, propertyName) {
      if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
        return parent[propertyName];
      }
      return void 0;
    };
    return " " + ((stack1 = lookupProperty(helpers, "sh").call(depth0 != null ? depth0 : container2.nullContext || {}, lookupProperty(depth0, "container"), { "name": "sh", "hash": {}, "data": data })) != null ? stack1 : "");
  },
  "22": function(container2, depth0, helpers, partials, data) {
    var stack1, lookupProperty = container2.lookupProperty || function(parent, propertyName) {
      if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
        return parent[propertyName];
      }
      return void 0;
    };
    return ((stack1 = lookupProperty(helpers, "each").call(depth0 != null ? depth0 : container2.nullContext || {}, lookupProperty(depth0, "services"), { "name": "each", "hash": {}, "fn": container2.program(23, data, 0), "inverse": container2.noop, "data": data })) != null ? stack1 : "") + '  dc_wait "$dc_no_wait"\n';
  },
  "23": function(container2, depth0, helpers, partials, data) {
    var stack1, lookupProperty = container2.lookupProperty || function(parent, propertyName) {
      if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
        return parent[propertyName];
      }
      return void 0;
    };
    return "  dc_wait_add " + ((stack1 = lookupProperty(helpers, "sh").call(depth0 != null ? depth0 : container2.nullContext || {}, lookupProperty(depth0, "wait"), { "name": "sh", "hash": {}, "data": data })) != null ? stack1 : "") + "\n";
  },
  "24": function(container2, depth0, helpers, partials, data) {
    var stack1, alias1 = depth0 != null ? depth0 : container2.nullContext || {}, lookupProperty = container2.lookupProperty || function(parent, propertyName) {
      if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
        return parent[propertyName];
      }
      return void 0;
    };
    return "  dc_drone_vars\n" + ((stack1 = lookupProperty(helpers, "if").call(alias1, lookupProperty(depth0, "buildVariables"), { "name": "if", "hash": {}, "fn": container2.program(25, data, 0), "inverse": container2.noop, "data": data })) != null ? stack1 : "") + ((stack1 = lookupProperty(helpers, "if").call(alias1, lookupProperty(depth0, "operations"), { "name": "if", "hash": {}, "fn": container2.program(15, data, 0), "inverse": container2.noop, "data": data })) != null ? stack1 : "") + "  dc_need_up\n" + ((stack1 = lookupProperty(helpers, "each").call(alias1, lookupProperty(depth0, "build"), { "name": "each", "hash": {}, "fn": container2.program(26, data, 0), "inverse": container2.noop, "data": data })) != null ? stack1 : "");
  },
  "25": function(container2, depth0, helpers, partials, data) {
    var stack1, lookupProperty = container2.lookupProperty || function(parent, propertyName) {
      if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
        return parent[propertyName];
      }
      return void 0;
    };
    return "  dc_missing=''\n" + ((stack1 = lookupProperty(helpers, "each").call(depth0 != null ? depth0 : container2.nullContext || {}, lookupProperty(depth0, "buildVariables"), { "name": "each", "hash": {}, "fn": container2.program(14, data, 0), "inverse": container2.noop, "data": data })) != null ? stack1 : "") + "  dc_check_missing\n";
  },
  "26": function(container2, depth0, helpers, partials, data) {
    var stack1, alias1 = depth0 != null ? depth0 : container2.nullContext || {}, lookupProperty = container2.lookupProperty || function(parent, propertyName) {
      if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
        return parent[propertyName];
      }
      return void 0;
    };
    return ((stack1 = container2.invokePartial(lookupProperty(partials, "pull"), depth0, { "name": "pull", "data": data, "helpers": helpers, "partials": partials, "decorators": container2.decorators })) != null ? stack1 : "") + "  dc_say build: " + ((stack1 = lookupProperty(helpers, "sh").call(alias1, lookupProperty(depth0, "name"), { "name": "sh", "hash": {}, "data": data })) != null ? stack1 : "") + "\n  dc_remove container " + ((stack1 = lookupProperty(helpers, "sh").call(alias1, lookupProperty(depth0, "container"), { "name": "sh", "hash": {}, "data": data })) != null ? stack1 : "") + '\n  "$dc_engine" run --rm' + ((stack1 = lookupProperty(helpers, "each").call(alias1, lookupProperty(depth0, "run"), { "name": "each", "hash": {}, "fn": container2.program(18, data, 0), "inverse": container2.noop, "data": data })) != null ? stack1 : "") + "\n";
  },
  "27": function(container2, depth0, helpers, partials, data) {
    var stack1, lookupProperty = container2.lookupProperty || function(parent, propertyName) {
      if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
        return parent[propertyName];
      }
      return void 0;
    };
    return "  dc_say " + ((stack1 = lookupProperty(helpers, "sh").call(depth0 != null ? depth0 : container2.nullContext || {}, lookupProperty(depth0, "sourceWord"), { "name": "sh", "hash": {}, "data": data })) != null ? stack1 : "") + " has no build: section\n  exit 2\n";
  },
  "28": function(container2, depth0, helpers, partials, data) {
    var stack1, alias1 = depth0 != null ? depth0 : container2.nullContext || {}, lookupProperty = container2.lookupProperty || function(parent, propertyName) {
      if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
        return parent[propertyName];
      }
      return void 0;
    };
    return "  printf '== %s\\n' " + ((stack1 = lookupProperty(helpers, "sh").call(alias1, lookupProperty(depth0, "name"), { "name": "sh", "hash": {}, "data": data })) != null ? stack1 : "") + '\n  "$dc_engine" logs ' + ((stack1 = lookupProperty(helpers, "sh").call(alias1, lookupProperty(depth0, "container"), { "name": "sh", "hash": {}, "data": data })) != null ? stack1 : "") + " 2>&1\n";
  },
  "compiler": [8, ">= 4.3.0"],
  "main": function(container2, depth0, helpers, partials, data, blockParams, depths) {
    var stack1, alias1 = depth0 != null ? depth0 : container2.nullContext || {}, lookupProperty = container2.lookupProperty || function(parent, propertyName) {
      if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
        return parent[propertyName];
      }
      return void 0;
    };
    return "#!/bin/sh\n# Code generated by drone-compose from " + ((stack1 = lookupProperty(helpers, "comment").call(alias1, lookupProperty(depth0, "source"), { "name": "comment", "hash": {}, "data": data })) != null ? stack1 : "") + "; DO NOT EDIT.\n#\n# The services of " + ((stack1 = lookupProperty(helpers, "comment").call(alias1, lookupProperty(depth0, "source"), { "name": "comment", "hash": {}, "data": data })) != null ? stack1 : "") + " in one network namespace, as " + ((stack1 = lookupProperty(helpers, "comment").call(alias1, lookupProperty(depth0, "format"), { "name": "comment", "hash": {}, "data": data })) != null ? stack1 : "") + " ran them.\n#   up                  start the services; reach them at 127.0.0.1 from run and build\n#   build               run the build commands in the namespace\n#   run IMAGE [CMD...]  run a one-off container in the namespace, in the workspace\n#   logs [SERVICE]      print the services' logs\n#   ps                  list the containers\n#   down                remove every container and the volume\n# Environment: DRONE_COMPOSE_PROJECT prefixes container and volume names;\n# DRONE_COMPOSE_WORKSPACE is the folder mounted at " + ((stack1 = lookupProperty(helpers, "sh").call(alias1, lookupProperty(depth0, "repoPath"), { "name": "sh", "hash": {}, "data": data })) != null ? stack1 : "") + ";\n# DRONE_COMPOSE_ENGINE is the container engine's command: docker (the default) or podman.\nset -eu\n\ndc_project=${DRONE_COMPOSE_PROJECT:-" + ((stack1 = lookupProperty(helpers, "sh").call(alias1, lookupProperty(depth0, "project"), { "name": "sh", "hash": {}, "data": data })) != null ? stack1 : "") + '}\n# Folder names are data: each is only ever expanded inside double quotes, and the `x` keeps trailing newlines.\ndc_here=$(dirname -- "$0" && echo x)\ndc_here=$(CDPATH=\'\' cd -- "${dc_here%?x}" && pwd && echo x)\ndc_here=${dc_here%?x}\ndc_relative=' + ((stack1 = lookupProperty(helpers, "sh").call(alias1, lookupProperty(depth0, "workspaceDir"), { "name": "sh", "hash": {}, "data": data })) != null ? stack1 : "") + '\ndc_holder="$dc_project"-' + ((stack1 = lookupProperty(helpers, "sh").call(alias1, lookupProperty(depth0, "holderName"), { "name": "sh", "hash": {}, "data": data })) != null ? stack1 : "") + `
dc_volume="$dc_project-drone"
dc_label="io.drone-compose.project=$dc_project"
dc_engine=\${DRONE_COMPOSE_ENGINE:-docker}
dc_podman=0
case \${dc_engine##*/} in podman*) dc_podman=1 ;; esac

# Sets dc_workspace for the verbs that mount it (up, build, run); the others work without it.
dc_find_workspace() {
  dc_workspace=$(CDPATH='' cd -- "\${DRONE_COMPOSE_WORKSPACE:-$dc_here/$dc_relative}" 2>/dev/null && pwd && echo x) || {
    echo "drone-compose: the workspace folder is not where the script expects it; set DRONE_COMPOSE_WORKSPACE" >&2
    exit 2
  }
  dc_workspace=\${dc_workspace%?x}
  case $dc_workspace in
    *:*)
      echo "drone-compose: the path of the workspace folder contains ':', which docker cannot mount; set DRONE_COMPOSE_WORKSPACE" >&2
      exit 2
      ;;
  esac
}

dc_usage() {
  echo "usage: $0 up [--no-wait]|down|build|run IMAGE [CMD...]|logs [SERVICE]|ps"
}

# Readiness: up waits until every service is ready, by one loop that inspects the services and one waiter in
# the holder that reads the namespace's listening sockets (no connection is made, so no server can block it).
# A record per service: name, kind (health, ports, image, none), port groups (hex as in /proc/net/tcp, a/b for
# alternatives, comma-separated; - for none), then what up waits for, in words.
dc_wait_records=''
dc_wait_tmp=''
dc_wait_pid=''

dc_wait_add() {
  dc_wait_records="$dc_wait_records$1 $2 $3 $4
"
}

# Runs in the holder (busybox sh): prints each port group once something listens on one of its ports; exits 0
# when all do, 1 after the number of seconds in $1.
dc_waiter='end=$(($(date +%s) + $1))
shift
while :; do
  now=
  for f in /proc/net/tcp /proc/net/tcp6; do
    [ -r "$f" ] || continue
    while read -r sl local rest; do
      case $rest in
        *" 0A "*) now="$now \${local##*:}" ;;
      esac
    done <"$f"
  done
  left=
  for g in "$@"; do
    case "$now " in
      *" \${g%%/*} "* | *" \${g#*/} "*) echo "$g" ;;
      *) left="$left $g" ;;
    esac
  done
  [ -n "$left" ] || exit 0
  [ "$(date +%s)" -lt "$end" ] || exit 1
  set -- $left
  sleep 0.1
done'

# Sorts the pending records: ready (a service on ports is ready once they all listen, without asking the engine),
# pending, failed (stopped), unhealthy, nocheck (no health status on an image without a readiness check) or off;
# each line is the verdict and the record. With "containers" as $1, prints the containers to inspect instead.
dc_wait_verdicts() {
  DC_PROJECT=$dc_project DC_MODE=$1 DC_CHECKS_BY_HAND=$dc_podman awk '
    FILENAME == ARGV[1] { seen[$1] = 1; next }
    FILENAME == ARGV[2] { n = $1; sub(/^\\//, "", n); status[n] = $2; health[n] = $3; next }
    {
      if ($2 == "none") { print "off", $0; next }
      c = ENVIRON["DC_PROJECT"] "-" $1
      if ($2 == "ports") {
        k = split($3, g, ",")
        listening = 1
        for (i = 1; i <= k; i++) if (!(g[i] in seen)) listening = 0
        if (listening) { if (ENVIRON["DC_MODE"] != "containers") print "ready", $0; next }
      }
      if (ENVIRON["DC_MODE"] == "containers") { printf " %s", c; next }
      if (status[c] != "running") { print "failed", $0; next }
      h = health[c]
      if (h == "") h = "none"
      if ($2 == "ports") print "pending", $0
      else if (h == "healthy") print "ready", $0
      else if (h == "unhealthy") print (ENVIRON["DC_CHECKS_BY_HAND"] == 1 ? "pending" : "unhealthy"), $0
      else if ($2 == "image" && h == "none") print "nocheck", $0
      else print "pending", $0
    }' "$dc_wait_tmp/seen" "$dc_wait_tmp/states" "$dc_wait_tmp/records"
}

dc_wait_cleanup() {
  if [ -n "$dc_wait_pid" ]; then
    kill "$dc_wait_pid" 2>/dev/null || true
    wait "$dc_wait_pid" 2>/dev/null || true
    dc_wait_pid=''
  fi
  if [ -n "$dc_wait_tmp" ]; then
    rm -rf "$dc_wait_tmp"
    dc_wait_tmp=''
  fi
}

# Waits until every service is ready, at most DRONE_COMPOSE_WAIT_TIMEOUT seconds (default 120) in all. Fails,
# naming every service that is not ready with what it waited for and the end of its log, when the time is up,
# a service stops, or a health check fails.
dc_wait() {
  if [ "$1" = 1 ]; then
    dc_say "not waiting for the services to be ready"
    return 0
  fi
  dc_timeout=\${DRONE_COMPOSE_WAIT_TIMEOUT:-120}
  case $dc_timeout in
    '' | *[!0-9]*)
      dc_say "DRONE_COMPOSE_WAIT_TIMEOUT must be a whole number of seconds, not: $dc_timeout"
      exit 2
      ;;
  esac
  dc_wait_tmp=$(mktemp -d)
  printf '%s' "$dc_wait_records" >"$dc_wait_tmp/records"
  : >"$dc_wait_tmp/seen"
  dc_groups=$(awk '$2 == "ports" { gsub(",", " ", $3); printf " %s", $3 }' "$dc_wait_tmp/records")
  dc_start=$(date +%s)
  dc_next_say=$((dc_start + 5))
  dc_failed=''
  dc_first=1
  # Podman runs health checks from systemd timers; without systemd they run only when asked, so the wait asks
  # once a second, and a failed check counts as not ready yet (the timeout still bounds the wait).
  dc_checked=''
  while :; do
    if [ -n "$dc_groups" ] && [ -z "$dc_wait_pid" ]; then
      if [ "$dc_first" = 1 ]; then
        # One look first: when everything already listens, this one docker exec is the whole wait.
        # shellcheck disable=SC2086 # the groups are words of hex digits and /
        "$dc_engine" exec "$dc_holder" sh -c "$dc_waiter" sh 0 $dc_groups >>"$dc_wait_tmp/seen" 2>>"$dc_wait_tmp/waiter" || true
      else
        # shellcheck disable=SC2086
        "$dc_engine" exec "$dc_holder" sh -c "$dc_waiter" sh "$dc_timeout" $dc_groups >>"$dc_wait_tmp/seen" 2>>"$dc_wait_tmp/waiter" &
        dc_wait_pid=$!
      fi
    fi
    dc_first=0
    dc_now=$(date +%s)
    : >"$dc_wait_tmp/states"
    dc_containers=$(dc_wait_verdicts containers)
    if [ -n "$dc_containers" ] && [ "$dc_podman" = 1 ] && [ "$dc_now" != "$dc_checked" ]; then
      dc_checked=$dc_now
      # shellcheck disable=SC2086 # service names are words of letters, digits, _ . and -
      for dc_container in $dc_containers; do
        "$dc_engine" healthcheck run "$dc_container" >/dev/null 2>&1 || true
      done
    fi
    if [ -n "$dc_containers" ]; then
      # shellcheck disable=SC2086 # service names are words of letters, digits, _ . and -
      "$dc_engine" container inspect --format '{{.Name}} {{.State.Status}} {{if .State.Health}}{{.State.Health.Status}}{{else}}none{{end}}' \\
        $dc_containers >"$dc_wait_tmp/states" 2>/dev/null || true
    fi
    dc_wait_verdicts verdicts >"$dc_wait_tmp/verdicts"
    : >"$dc_wait_tmp/records"
    while read -r dc_verdict dc_name dc_kind dc_ports dc_what; do
      case $dc_verdict in
        ready) dc_say "$dc_name is ready ($((dc_now - dc_start)) s)" ;;
        off) dc_say "not waiting for $dc_name: $dc_what" ;;
        nocheck) dc_say "not waiting for $dc_name: it has no healthcheck:, expose: or ports:, its image is not in the table of well-known ports and has no HEALTHCHECK" ;;
        pending) printf '%s %s %s %s\\n' "$dc_name" "$dc_kind" "$dc_ports" "$dc_what" >>"$dc_wait_tmp/records" ;;
        failed) dc_failed="$dc_failed$dc_name stopped while up waited for $dc_what
" ;;
        unhealthy) dc_failed="$dc_failed$dc_name is unhealthy: $dc_what failed
" ;;
      esac
    done <"$dc_wait_tmp/verdicts"
    if [ -z "$dc_failed" ] && [ ! -s "$dc_wait_tmp/records" ]; then
      dc_wait_cleanup
      return 0
    fi
    if [ -n "$dc_failed" ] || [ $((dc_now - dc_start)) -ge "$dc_timeout" ]; then
      while read -r dc_name dc_kind dc_ports dc_what; do
        dc_failed="$dc_failed$dc_name is not ready after $((dc_now - dc_start)) s: up waited for $dc_what
"
      done <"$dc_wait_tmp/records"
      printf '%s' "$dc_failed" | while read -r dc_name dc_line; do
        dc_say "$dc_name $dc_line"
        dc_say "the end of the log of $dc_name:"
        "$dc_engine" logs --tail 20 "$dc_project-$dc_name" >&2 2>&1 || true
      done
      if [ -s "$dc_wait_tmp/waiter" ]; then
        dc_say "the port waiter in the holder said:"
        cat "$dc_wait_tmp/waiter" >&2
      fi
      exit 1
    fi
    if [ "$dc_now" -ge "$dc_next_say" ]; then
      dc_say "waiting for$(awk '{ printf " %s", $1 }' "$dc_wait_tmp/records") ($((dc_now - dc_start)) s of $dc_timeout)"
      dc_next_say=$((dc_now + 5))
    fi
    sleep 0.1 2>/dev/null || sleep 1
  done
}

dc_say() {
  echo "drone-compose: $*" >&2
}

# Fails, naming every one, when variables that the input references with $$NAME are not set.
dc_check_missing() {
  if [ -n "$dc_missing" ]; then
    dc_say "not set, but referenced with \\$\\$NAME in" ` + ((stack1 = lookupProperty(helpers, "sh").call(alias1, lookupProperty(depth0, "sourceWord"), { "name": "sh", "hash": {}, "data": data })) != null ? stack1 : "") + ` "(set them first):$dc_missing"
    exit 2
  fi
}

# Removes containers, or a volume, that exist; a missing one is not an error.
dc_remove() {
  dc_kind=$1
  shift
  if [ "$dc_kind" = volume ]; then
    dc_out=$("$dc_engine" volume rm "$@" 2>&1 >/dev/null) && return 0
  elif [ "$dc_podman" = 1 ]; then
    # Podman's --force asks the process to stop and waits 10 s; docker's kills it at once, as --time 0 does.
    dc_out=$("$dc_engine" rm --force --volumes --time 0 "$@" 2>&1 >/dev/null) && return 0
  else
    dc_out=$("$dc_engine" rm --force --volumes "$@" 2>&1 >/dev/null) && return 0
  fi
  dc_other=$(printf '%s\\n' "$dc_out" | grep -v -i 'no such' || true)
  [ -z "$dc_other" ] && return 0
  printf '%s\\n' "$dc_other" >&2
  return 1
}

# Pulls an image with registry credentials that live only in a temporary folder: DOCKER_CONFIG for docker,
# REGISTRY_AUTH_FILE for podman.
# Arguments: image, registry (empty for Docker Hub), user name; the password comes on standard input.
dc_pull_auth() {
  dc_config=$(mktemp -d)
  if DOCKER_CONFIG=$dc_config REGISTRY_AUTH_FILE=$dc_config/auth.json "$dc_engine" login --username "$3" --password-stdin \${2:+"$2"} >/dev/null &&
    DOCKER_CONFIG=$dc_config REGISTRY_AUTH_FILE=$dc_config/auth.json "$dc_engine" pull -- "$1"; then
    rm -rf "$dc_config"
  else
    rm -rf "$dc_config"
    return 1
  fi
}

# Fails, showing its log, when a container stopped right after it started.
dc_check_running() {
  for dc_container in "$@"; do
    if [ "$("$dc_engine" container inspect --format '{{.State.Running}}' "$dc_container")" != true ]; then
      dc_say "$dc_container stopped right after it started; its log:"
      "$dc_engine" logs "$dc_container" >&2 || true
      exit 1
    fi
  done
}

# Runs git in the workspace, when git is installed; quiet, and failing when it fails.
dc_git() {
  command -v git >/dev/null 2>&1 && git -c core.fsmonitor=false -C "$dc_workspace" "$@" 2>/dev/null
}

# Drone's build variables: each from the environment when set there, else derived from the workspace's
# git checkout (commit, branch, tag; empty without git) or a default. BUILD_NUMBER, COMMIT, BRANCH and TAG
# (Drone's own $$ substitutions) default to the matching DRONE_ value; CI, DRONE, DRONE_DIR and the CI_ names
# are what the build sees.
dc_drone_vars() {
  [ -n "\${DRONE_REPO+x}" ] || DRONE_REPO=` + ((stack1 = lookupProperty(helpers, "sh").call(alias1, lookupProperty(depth0, "repoName"), { "name": "sh", "hash": {}, "data": data })) != null ? stack1 : "") + '\n  [ -n "${DRONE_COMMIT+x}" ] || DRONE_COMMIT=$(dc_git rev-parse --verify --quiet HEAD || true)\n  [ -n "${DRONE_BRANCH+x}" ] || DRONE_BRANCH=$(dc_git symbolic-ref --quiet --short HEAD || true)\n  [ -n "${DRONE_TAG+x}" ] || DRONE_TAG=$(dc_git describe --tags --exact-match HEAD || true)\n  [ -n "${DRONE_BUILD_NUMBER+x}" ] || DRONE_BUILD_NUMBER=0\n  [ -n "${DRONE_PULL_REQUEST+x}" ] || DRONE_PULL_REQUEST=\'\'\n  [ -n "${DRONE_JOB_NUMBER+x}" ] || DRONE_JOB_NUMBER=1\n  [ -n "${CI_BUILD_URL+x}" ] || CI_BUILD_URL=\'\'\n  [ -n "${BUILD_NUMBER+x}" ] || BUILD_NUMBER=$DRONE_BUILD_NUMBER\n  [ -n "${COMMIT+x}" ] || COMMIT=$DRONE_COMMIT\n  [ -n "${BRANCH+x}" ] || BRANCH=$DRONE_BRANCH\n  [ -n "${TAG+x}" ] || TAG=$DRONE_TAG\n  # shellcheck disable=SC2034 # read where the file writes $$CI, $$DRONE_DIR, $$CI_BRANCH, ...\n  CI=true CI_NAME=drone DRONE=true DRONE_DIR=' + ((stack1 = lookupProperty(helpers, "sh").call(alias1, lookupProperty(depth0, "repoPath"), { "name": "sh", "hash": {}, "data": data })) != null ? stack1 : "") + " CI_BUILD_DIR=" + ((stack1 = lookupProperty(helpers, "sh").call(alias1, lookupProperty(depth0, "repoPath"), { "name": "sh", "hash": {}, "data": data })) != null ? stack1 : "") + " CI_REPO=$DRONE_REPO \\\n    CI_BRANCH=$DRONE_BRANCH CI_COMMIT=$DRONE_COMMIT CI_BUILD_NUMBER=$DRONE_BUILD_NUMBER \\\n    CI_PULL_REQUEST=$DRONE_PULL_REQUEST CI_JOB_NUMBER=$DRONE_JOB_NUMBER CI_TAG=$DRONE_TAG\n}\n" + ((stack1 = lookupProperty(helpers, "if").call(alias1, lookupProperty(depth0, "operations"), { "name": "if", "hash": {}, "fn": container2.program(7, data, 0, blockParams, depths), "inverse": container2.noop, "data": data })) != null ? stack1 : "") + '\ndc_need_up() {\n  if ! "$dc_engine" container inspect "$dc_holder" >/dev/null 2>&1; then\n    dc_say "the services are not up; run: $0 up"\n    exit 1\n  fi\n}\n\ndc_down() {\n' + ((stack1 = lookupProperty(helpers, "if").call(alias1, lookupProperty(depth0, "buildContainers"), { "name": "if", "hash": {}, "fn": container2.program(9, data, 0, blockParams, depths), "inverse": container2.noop, "data": data })) != null ? stack1 : "") + ((stack1 = lookupProperty(helpers, "each").call(alias1, lookupProperty(depth0, "servicesReversed"), { "name": "each", "hash": {}, "fn": container2.program(10, data, 0, blockParams, depths), "inverse": container2.noop, "data": data })) != null ? stack1 : "") + '  dc_remove container "$dc_holder"\n  dc_remove volume "$dc_volume"' + ((stack1 = lookupProperty(helpers, "each").call(alias1, lookupProperty(depth0, "volumes"), { "name": "each", "hash": {}, "fn": container2.program(11, data, 0, blockParams, depths), "inverse": container2.noop, "data": data })) != null ? stack1 : "") + '\n}\n\ndc_up() {\n  dc_no_wait=${DRONE_COMPOSE_NO_WAIT:-0}\n  for dc_arg in "$@"; do\n    case $dc_arg in\n      --no-wait) dc_no_wait=1 ;;\n      *)\n        dc_usage >&2\n        exit 2\n        ;;\n    esac\n  done\n' + ((stack1 = lookupProperty(helpers, "if").call(alias1, lookupProperty(depth0, "upDefines"), { "name": "if", "hash": {}, "fn": container2.program(12, data, 0, blockParams, depths), "inverse": container2.noop, "data": data })) != null ? stack1 : "") + ((stack1 = lookupProperty(helpers, "if").call(alias1, lookupProperty(depth0, "upVariables"), { "name": "if", "hash": {}, "fn": container2.program(13, data, 0, blockParams, depths), "inverse": container2.noop, "data": data })) != null ? stack1 : "") + ((stack1 = lookupProperty(helpers, "if").call(alias1, lookupProperty(depth0, "operations"), { "name": "if", "hash": {}, "fn": container2.program(15, data, 0, blockParams, depths), "inverse": container2.noop, "data": data })) != null ? stack1 : "") + `  dc_down
  dc_starting=1
  trap 'dc_wait_cleanup; if [ "$dc_starting" = 1 ]; then dc_say "up failed; removing what it started"; dc_down; fi' EXIT
  trap 'exit 130' INT
  trap 'exit 143' TERM
  "$dc_engine" volume create --label "$dc_label" "$dc_volume" >/dev/null
` + ((stack1 = lookupProperty(helpers, "each").call(alias1, lookupProperty(depth0, "volumes"), { "name": "each", "hash": {}, "fn": container2.program(16, data, 0, blockParams, depths), "inverse": container2.noop, "data": data })) != null ? stack1 : "") + ((stack1 = lookupProperty(helpers, "each").call(alias1, lookupProperty(depth0, "services"), { "name": "each", "hash": {}, "fn": container2.program(17, data, 0, blockParams, depths), "inverse": container2.noop, "data": data })) != null ? stack1 : "") + '  dc_say "starting the namespace holder"\n  "$dc_engine" run --detach' + ((stack1 = lookupProperty(helpers, "each").call(alias1, lookupProperty(depth0, "holder"), { "name": "each", "hash": {}, "fn": container2.program(18, data, 0, blockParams, depths), "inverse": container2.noop, "data": data })) != null ? stack1 : "") + " >/dev/null\n" + ((stack1 = lookupProperty(helpers, "each").call(alias1, lookupProperty(depth0, "services"), { "name": "each", "hash": {}, "fn": container2.program(19, data, 0, blockParams, depths), "inverse": container2.noop, "data": data })) != null ? stack1 : "") + ((stack1 = lookupProperty(helpers, "if").call(alias1, lookupProperty(depth0, "services"), { "name": "if", "hash": {}, "fn": container2.program(20, data, 0, blockParams, depths), "inverse": container2.noop, "data": data })) != null ? stack1 : "") + ((stack1 = lookupProperty(helpers, "if").call(alias1, lookupProperty(depth0, "services"), { "name": "if", "hash": {}, "fn": container2.program(22, data, 0, blockParams, depths), "inverse": container2.noop, "data": data })) != null ? stack1 : "") + "  dc_starting=0\n  trap - EXIT INT TERM\n}\n\ndc_build() {\n" + ((stack1 = lookupProperty(helpers, "if").call(alias1, lookupProperty(depth0, "build"), { "name": "if", "hash": {}, "fn": container2.program(24, data, 0, blockParams, depths), "inverse": container2.program(27, data, 0, blockParams, depths), "data": data })) != null ? stack1 : "") + `}

dc_run() {
  if [ $# -eq 0 ]; then
    dc_usage >&2
    exit 2
  fi
  dc_need_up
  dc_drone_vars
  dc_tty=''
  if [ -t 0 ] && [ -t 1 ]; then dc_tty=--tty; fi
  "$dc_engine" run --rm --interactive \${dc_tty:+"$dc_tty"}` + ((stack1 = lookupProperty(helpers, "each").call(alias1, lookupProperty(depth0, "runFlags"), { "name": "each", "hash": {}, "fn": container2.program(18, data, 0, blockParams, depths), "inverse": container2.noop, "data": data })) != null ? stack1 : "") + ' \\\n    "$@"\n}\n\ndc_logs() {\n  if [ $# -gt 0 ]; then\n    "$dc_engine" logs "$dc_project-$1"\n    return\n  fi\n' + ((stack1 = lookupProperty(helpers, "each").call(alias1, lookupProperty(depth0, "services"), { "name": "each", "hash": {}, "fn": container2.program(28, data, 0, blockParams, depths), "inverse": container2.noop, "data": data })) != null ? stack1 : "") + '}\n\ndc_verb=${1:-}\n[ $# -eq 0 ] || shift\ncase $dc_verb in\n  up) dc_find_workspace; dc_up "$@" ;;\n  down) dc_down ;;\n  build) dc_find_workspace; dc_build ;;\n  run) dc_find_workspace; dc_run "$@" ;;\n  logs) dc_logs "$@" ;;\n  ps) "$dc_engine" ps --all --filter "label=$dc_label" ;;\n  help | -h | --help) dc_usage ;;\n  *)\n    dc_usage >&2\n    exit 2\n    ;;\nesac\n';
  },
  "main_d": function(fn, props, container2, depth0, data, blockParams, depths) {
    var decorators = container2.decorators, lookupProperty = container2.lookupProperty || function(parent, propertyName) {
      if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
        return parent[propertyName];
      }
      return void 0;
    };
    var decorator = lookupProperty(decorators, "inline");
    if (typeof decorator !== "function") {
      throw new Error('Missing decorator: "inline"');
    }
    fn = decorator(fn, props, container2, { "name": "inline", "hash": {}, "fn": container2.program(0, data, 0, blockParams, depths), "inverse": container2.noop, "args": ["pull"], "data": data }) || fn;
    return fn;
  },
  "useDecorators": true,
  "usePartial": true,
  "useData": true,
  "useDepths": true
};

// src/emit/sh.ts
var PROJECT = { var: "dc_project" };
var HOLDER2 = { var: "dc_holder" };
var VOLUME = { var: "dc_volume" };
var WORKSPACE = { var: "dc_workspace" };
var LABEL = { var: "dc_label" };
var Operations = class {
  lines = [];
  ids = /* @__PURE__ */ new Map();
  /** A value as a shell word, operations replaced by their variables. */
  word(value) {
    return value.map((p) => typeof p === "string" || !p.op ? p : { var: this.id(p) });
  }
  id(p) {
    const key = JSON.stringify(p);
    let id = this.ids.get(key);
    if (id === void 0) {
      id = `dc_op${this.ids.size + 1}`;
      this.ids.set(key, id);
      const op = p.op;
      const args = op.op === "replace" ? [op.old, op.new] : op.op === "head" ? ["0", String(op.length)] : op.op === "substring" ? [String(op.start), String(op.length)] : op.op === "quote" ? [] : [op.word];
      this.lines.push({ id, args: [[op.op === "head" ? "substring" : op.op], [p.env], ...args.map((a) => [a])] });
    }
    return id;
  }
};
var flag = (name, value) => value ? [[name], value] : [[name]];
function pull(c, ops) {
  if (!c.pull && !c.auth) return void 0;
  return {
    image: ops.word(c.image),
    always: c.pull,
    ...c.auth ? { auth: { registry: [c.auth.registry ?? ""], username: ops.word(c.auth.username), password: ops.word(c.auth.password) } } : {}
  };
}
function commonFlags(p) {
  return [
    flag("--label", [LABEL]),
    flag("--network", ["container:", HOLDER2]),
    flag("--volume", [VOLUME, `:${p.workspaceBase ?? "/drone"}`]),
    flag("--volume", [WORKSPACE, `:${p.workspacePath}`])
  ];
}
function containerFlags(c, env2, common, ops) {
  const w = (v) => ops.word(v);
  const flags = [flag("--name", [PROJECT, `-${c.name}`]), ...common];
  if (c.privileged) flags.push(flag("--privileged"));
  for (const m of c.volumes) {
    const host = m.volume !== void 0 ? [PROJECT, `-${m.volume}`] : m.relative ? [WORKSPACE, "/", ...w(m.host)] : w(m.host);
    flags.push(flag("--volume", [...host, ":", ...w(m.container), ...m.mode ? [`:${m.mode}`] : []]));
  }
  for (const d of c.devices) {
    flags.push(flag("--device", [...w(d.host), ...d.container ? [":", ...w(d.container)] : [], ...d.permissions ? [`:${d.permissions}`] : []]));
  }
  if (c.memLimit) flags.push(flag("--memory", [c.memLimit]));
  if (c.cpuset) flags.push(flag("--cpuset-cpus", w(c.cpuset)));
  if (c.oomKillDisable) flags.push(flag("--oom-kill-disable"));
  for (const e of env2) flags.push(flag("--env", [`${e.name}=`, ...w(e.value)]));
  const args = [];
  if (c.entrypoint) {
    const [first, ...rest] = c.entrypoint;
    flags.push(flag("--entrypoint", first ? w(first) : [""]));
    for (const word of rest) args.push(w(word));
  }
  if (c.command) for (const word of c.command) args.push(w(word));
  return { flags, image: w(c.image), args };
}
function healthFlags(h) {
  const out = [];
  if (h.disable) out.push(flag("--no-healthcheck"));
  if (h.test) out.push(flag("--health-cmd", "shell" in h.test ? h.test.shell : [h.test.exec.map((w) => shellWord(w)).join(" ")]));
  if (h.interval) out.push(flag("--health-interval", [h.interval]));
  if (h.timeout) out.push(flag("--health-timeout", [h.timeout]));
  if (h.retries !== void 0) out.push(flag("--health-retries", [String(h.retries)]));
  if (h.startPeriod) out.push(flag("--health-start-period", [h.startPeriod]));
  return out;
}
function waitLine(s) {
  const r = s.readiness;
  const kind = r.kind === "image-health" ? "image" : r.kind;
  const groups = r.kind === "ports" ? portGroups(r.ports) : "-";
  return [[s.name], [kind], [groups], [readinessText(r)]];
}
var readVariable = (name) => [{ env: name }];
var END_OF_OPTIONS = ["--"];
function serviceView(c, common, ops) {
  const { flags, image: image2, args } = containerFlags(c, c.environment, common, ops);
  if (c.healthcheck) for (const line of healthFlags(c.healthcheck)) flags.push(line);
  flags.push([END_OF_OPTIONS, image2, ...args]);
  return { name: [c.name], container: [PROJECT, `-${c.name}`], pull: pull(c, ops), run: flags, wait: waitLine(c) };
}
function stepView(s, p, common, ops) {
  const env2 = mergeEnvironment(buildEnvironment(p, readVariable), s.environment);
  const { flags, image: image2 } = containerFlags(s, env2, common, ops);
  const script = ops.word(buildScript(s));
  return {
    name: [s.name],
    container: [PROJECT, `-${s.name}`],
    pull: pull(s, ops),
    run: [...flags, flag("--workdir", [p.workspacePath]), flag("--entrypoint", ["/bin/sh"]), [END_OF_OPTIONS, image2, ["-e"], ["-c"], script]]
  };
}
function emitSh(p, context) {
  const holderFlags = [flag("--name", [HOLDER2]), flag("--label", [LABEL]), flag("--init")];
  if (p.holder.network) holderFlags.push(flag("--network", [p.holder.network]));
  const ops = new Operations();
  for (const d of p.holder.dns) holderFlags.push(flag("--dns", ops.word(d)));
  for (const h of p.holder.extraHosts) holderFlags.push(flag("--add-host", [`${h.host}:${h.address}`]));
  holderFlags.push(flag("--entrypoint", ["sleep"]), [END_OF_OPTIONS, [p.holder.image], ["2147483647"]]);
  const common = commonFlags(p);
  const services = p.services.map((s) => serviceView(s, common, ops));
  const build = p.build.map((s) => stepView(s, p, common, ops));
  const upUses = [p.holder, p.services];
  const view = {
    source: context.source,
    format: p.format,
    // The input's path is repository content: the script says it with its control characters escaped.
    sourceWord: [visible(context.source)],
    holderName: [HOLDER_NAME],
    project: [p.name],
    repoName: [repoName(p.repo)],
    repoPath: [p.workspacePath],
    workspaceDir: [context.workspaceDir],
    upVariables: requiredVariables(upUses),
    upDefines: usesRuntimeVariables(upUses),
    buildVariables: requiredVariables(p.build),
    operations: ops.lines,
    volumes: p.volumes.map((v) => [PROJECT, `-${v}`]),
    holder: holderFlags,
    services,
    servicesReversed: [...services].reverse(),
    build,
    buildContainers: build.map((b) => b.container),
    runFlags: [
      ...common,
      flag("--workdir", [p.workspacePath]),
      ...buildEnvironment(p, readVariable).map((e) => flag("--env", [`${e.name}=`, ...e.value]))
    ]
  };
  return render(template2, view);
}

// src/targets/sh.ts
var shTarget = {
  label: "POSIX sh script",
  defaultFileName: "drone-compose.sh",
  extensions: [],
  inDiffByDefault: true,
  fileMode: 493,
  emit: (project, context) => ({ text: emitSh(project, context), diagnostics: [] }),
  secretForms(secret) {
    const word = shellWord([secret]);
    return [word.startsWith("'") ? word.slice(1, -1) : word];
  },
  secretsIn: scriptPasswords
};
function scriptPasswords(text) {
  const out = [];
  for (const m of text.matchAll(/printf '%s' ((?:'[^']*'|\\'|[A-Za-z0-9_@%+=:,.\/-])+) \| dc_pull_auth /g)) {
    out.push(m[1].replace(/'([^']*)'|\\'/g, (_all, inner) => inner !== void 0 ? inner : "'"));
  }
  return out;
}

// src/targets/target.ts
var DEFAULT_CONTEXT = { source: ".drone.yml", workspaceDir: "." };

// src/targets/index.ts
var REGISTRY = {
  sh: shTarget,
  compose: composeTarget,
  kube: kubeTarget
};
var TARGETS = Object.keys(REGISTRY);
var DEFAULT_TARGET = "sh";
function describeTarget(target) {
  return REGISTRY[target];
}
function isTarget(name) {
  return Object.prototype.hasOwnProperty.call(REGISTRY, name);
}
function targetFromPath(path) {
  const lower2 = path.toLowerCase();
  let best;
  for (const t of TARGETS) {
    for (const e of REGISTRY[t].extensions) if (lower2.endsWith(e) && (!best || e.length > best.length)) best = { target: t, length: e.length };
  }
  return best?.target ?? DEFAULT_TARGET;
}
function secretForms(secret) {
  const forms = [secret];
  for (const t of TARGETS) for (const f of REGISTRY[t].secretForms(secret)) forms.push(f);
  return forms;
}

// src/args.ts
var DIALECTS = ["drone-0.4", "drone-0.8", "drone-1"];
function positiveWholeNumber(value) {
  const n = Number(value);
  return Number.isSafeInteger(n) && n > 0 ? n : void 0;
}
var FLAGS = /* @__PURE__ */ new Map([
  ["--check", "check"],
  ["--force", "force"],
  ["--strict", "strict"],
  ["--trusted", "trusted"]
]);
var TEXTS = /* @__PURE__ */ new Map([
  ["-c", "config"],
  ["--config", "config"],
  ["--repo", "repo"],
  ["--name", "name"],
  ["--holder-image", "holderImage"],
  ["--clone-image", "cloneImage"],
  ["--pipeline", "pipeline"]
]);
function readCommonArgs(argv) {
  const opts = { format: "text" };
  let file;
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    if (arg === "") return void 0;
    const flag2 = FLAGS.get(arg);
    if (flag2) {
      opts[flag2] = true;
      continue;
    }
    if (arg.startsWith("-") && arg !== "-") {
      const value = argv[++i];
      if (value === void 0 || value === "" || value.startsWith("-")) return void 0;
      const text = TEXTS.get(arg);
      if (text) opts[text] = value;
      else if (arg === "-o" || arg === "--output") (opts.output ??= []).push(value);
      else if ((arg === "-t" || arg === "--target") && isTarget(value)) (opts.target ??= []).push(value);
      else if (arg === "--format" && FORMATS.includes(value)) opts.format = value;
      else if (arg === "--dialect" && DIALECTS.includes(value)) opts.dialect = value;
      else if (arg === "--max-bytes" && positiveWholeNumber(value) !== void 0) opts.maxBytes = Number(value);
      else return void 0;
      continue;
    }
    if (file !== void 0 || arg === "diff") return void 0;
    file = arg;
  }
  return { file: file ?? ".drone.yml", opts };
}

// src/parse/model.ts
var DEFAULT_LIMITS = { maxBytes: 10 * 1024 * 1024, maxNodes: 1e6, maxDepth: 64 };
function nodeBudget(limits, textLength) {
  return Math.min(limits.maxNodes, 1e5 + 10 * textLength);
}
function pointerKey(key) {
  if (key.indexOf("~") === -1 && key.indexOf("/") === -1) return key;
  return key.replace(/~/g, "~0").replace(/\//g, "~1");
}
function keysOf(order, mapping) {
  const keys = order.get(mapping);
  return keys ? [...keys] : Object.keys(mapping);
}
function define(obj, key, value) {
  if (key === "__proto__") Object.defineProperty(obj, key, { value, enumerable: true, writable: true, configurable: true });
  else obj[key] = value;
}
function duplicateKeyMessage(name, earlierLine) {
  return [`duplicate key \`${name}\`: this one replaces the one on line ${earlierLine}`, "Drone's YAML parser kept the later value too; remove one of them"];
}

// node_modules/yaml/browser/dist/nodes/identity.js
var ALIAS = /* @__PURE__ */ Symbol.for("yaml.alias");
var DOC = /* @__PURE__ */ Symbol.for("yaml.document");
var MAP = /* @__PURE__ */ Symbol.for("yaml.map");
var PAIR = /* @__PURE__ */ Symbol.for("yaml.pair");
var SCALAR = /* @__PURE__ */ Symbol.for("yaml.scalar");
var SEQ = /* @__PURE__ */ Symbol.for("yaml.seq");
var NODE_TYPE = /* @__PURE__ */ Symbol.for("yaml.node.type");
var isAlias = (node2) => !!node2 && typeof node2 === "object" && node2[NODE_TYPE] === ALIAS;
var isDocument = (node2) => !!node2 && typeof node2 === "object" && node2[NODE_TYPE] === DOC;
var isMap = (node2) => !!node2 && typeof node2 === "object" && node2[NODE_TYPE] === MAP;
var isPair = (node2) => !!node2 && typeof node2 === "object" && node2[NODE_TYPE] === PAIR;
var isScalar = (node2) => !!node2 && typeof node2 === "object" && node2[NODE_TYPE] === SCALAR;
var isSeq = (node2) => !!node2 && typeof node2 === "object" && node2[NODE_TYPE] === SEQ;
function isCollection(node2) {
  if (node2 && typeof node2 === "object")
    switch (node2[NODE_TYPE]) {
      case MAP:
      case SEQ:
        return true;
    }
  return false;
}
function isNode(node2) {
  if (node2 && typeof node2 === "object")
    switch (node2[NODE_TYPE]) {
      case ALIAS:
      case MAP:
      case SCALAR:
      case SEQ:
        return true;
    }
  return false;
}
var hasAnchor = (node2) => (isScalar(node2) || isCollection(node2)) && !!node2.anchor;

// node_modules/yaml/browser/dist/visit.js
var BREAK = /* @__PURE__ */ Symbol("break visit");
var SKIP = /* @__PURE__ */ Symbol("skip children");
var REMOVE = /* @__PURE__ */ Symbol("remove node");
function visit(node2, visitor) {
  const visitor_ = initVisitor(visitor);
  if (isDocument(node2)) {
    const cd = visit_(null, node2.contents, visitor_, Object.freeze([node2]));
    if (cd === REMOVE)
      node2.contents = null;
  } else
    visit_(null, node2, visitor_, Object.freeze([]));
}
visit.BREAK = BREAK;
visit.SKIP = SKIP;
visit.REMOVE = REMOVE;
function visit_(key, node2, visitor, path) {
  const ctrl = callVisitor(key, node2, visitor, path);
  if (isNode(ctrl) || isPair(ctrl)) {
    replaceNode(key, path, ctrl);
    return visit_(key, ctrl, visitor, path);
  }
  if (typeof ctrl !== "symbol") {
    if (isCollection(node2)) {
      path = Object.freeze(path.concat(node2));
      for (let i = 0; i < node2.items.length; ++i) {
        const ci = visit_(i, node2.items[i], visitor, path);
        if (typeof ci === "number")
          i = ci - 1;
        else if (ci === BREAK)
          return BREAK;
        else if (ci === REMOVE) {
          node2.items.splice(i, 1);
          i -= 1;
        }
      }
    } else if (isPair(node2)) {
      path = Object.freeze(path.concat(node2));
      const ck = visit_("key", node2.key, visitor, path);
      if (ck === BREAK)
        return BREAK;
      else if (ck === REMOVE)
        node2.key = null;
      const cv = visit_("value", node2.value, visitor, path);
      if (cv === BREAK)
        return BREAK;
      else if (cv === REMOVE)
        node2.value = null;
    }
  }
  return ctrl;
}
async function visitAsync(node2, visitor) {
  const visitor_ = initVisitor(visitor);
  if (isDocument(node2)) {
    const cd = await visitAsync_(null, node2.contents, visitor_, Object.freeze([node2]));
    if (cd === REMOVE)
      node2.contents = null;
  } else
    await visitAsync_(null, node2, visitor_, Object.freeze([]));
}
visitAsync.BREAK = BREAK;
visitAsync.SKIP = SKIP;
visitAsync.REMOVE = REMOVE;
async function visitAsync_(key, node2, visitor, path) {
  const ctrl = await callVisitor(key, node2, visitor, path);
  if (isNode(ctrl) || isPair(ctrl)) {
    replaceNode(key, path, ctrl);
    return visitAsync_(key, ctrl, visitor, path);
  }
  if (typeof ctrl !== "symbol") {
    if (isCollection(node2)) {
      path = Object.freeze(path.concat(node2));
      for (let i = 0; i < node2.items.length; ++i) {
        const ci = await visitAsync_(i, node2.items[i], visitor, path);
        if (typeof ci === "number")
          i = ci - 1;
        else if (ci === BREAK)
          return BREAK;
        else if (ci === REMOVE) {
          node2.items.splice(i, 1);
          i -= 1;
        }
      }
    } else if (isPair(node2)) {
      path = Object.freeze(path.concat(node2));
      const ck = await visitAsync_("key", node2.key, visitor, path);
      if (ck === BREAK)
        return BREAK;
      else if (ck === REMOVE)
        node2.key = null;
      const cv = await visitAsync_("value", node2.value, visitor, path);
      if (cv === BREAK)
        return BREAK;
      else if (cv === REMOVE)
        node2.value = null;
    }
  }
  return ctrl;
}
function initVisitor(visitor) {
  if (typeof visitor === "object" && (visitor.Collection || visitor.Node || visitor.Value)) {
    return Object.assign({
      Alias: visitor.Node,
      Map: visitor.Node,
      Scalar: visitor.Node,
      Seq: visitor.Node
    }, visitor.Value && {
      Map: visitor.Value,
      Scalar: visitor.Value,
      Seq: visitor.Value
    }, visitor.Collection && {
      Map: visitor.Collection,
      Seq: visitor.Collection
    }, visitor);
  }
  return visitor;
}
function callVisitor(key, node2, visitor, path) {
  if (typeof visitor === "function")
    return visitor(key, node2, path);
  if (isMap(node2))
    return visitor.Map?.(key, node2, path);
  if (isSeq(node2))
    return visitor.Seq?.(key, node2, path);
  if (isPair(node2))
    return visitor.Pair?.(key, node2, path);
  if (isScalar(node2))
    return visitor.Scalar?.(key, node2, path);
  if (isAlias(node2))
    return visitor.Alias?.(key, node2, path);
  return void 0;
}
function replaceNode(key, path, node2) {
  const parent = path[path.length - 1];
  if (isCollection(parent)) {
    parent.items[key] = node2;
  } else if (isPair(parent)) {
    if (key === "key")
      parent.key = node2;
    else
      parent.value = node2;
  } else if (isDocument(parent)) {
    parent.contents = node2;
  } else {
    const pt = isAlias(parent) ? "alias" : "scalar";
    throw new Error(`Cannot replace node with ${pt} parent`);
  }
}

// node_modules/yaml/browser/dist/doc/directives.js
var escapeChars = {
  "!": "%21",
  ",": "%2C",
  "[": "%5B",
  "]": "%5D",
  "{": "%7B",
  "}": "%7D"
};
var escapeTagName = (tn) => tn.replace(/[!,[\]{}]/g, (ch) => escapeChars[ch]);
var Directives = class _Directives {
  constructor(yaml, tags) {
    this.docStart = null;
    this.docEnd = false;
    this.yaml = Object.assign({}, _Directives.defaultYaml, yaml);
    this.tags = Object.assign({}, _Directives.defaultTags, tags);
  }
  clone() {
    const copy = new _Directives(this.yaml, this.tags);
    copy.docStart = this.docStart;
    return copy;
  }
  /**
   * During parsing, get a Directives instance for the current document and
   * update the stream state according to the current version's spec.
   */
  atDocument() {
    const res = new _Directives(this.yaml, this.tags);
    switch (this.yaml.version) {
      case "1.1":
        this.atNextDocument = true;
        break;
      case "1.2":
        this.atNextDocument = false;
        this.yaml = {
          explicit: _Directives.defaultYaml.explicit,
          version: "1.2"
        };
        this.tags = Object.assign({}, _Directives.defaultTags);
        break;
    }
    return res;
  }
  /**
   * @param onError - May be called even if the action was successful
   * @returns `true` on success
   */
  add(line, onError) {
    if (this.atNextDocument) {
      this.yaml = { explicit: _Directives.defaultYaml.explicit, version: "1.1" };
      this.tags = Object.assign({}, _Directives.defaultTags);
      this.atNextDocument = false;
    }
    const parts = line.trim().split(/[ \t]+/);
    const name = parts.shift();
    switch (name) {
      case "%TAG": {
        if (parts.length !== 2) {
          onError(0, "%TAG directive should contain exactly two parts");
          if (parts.length < 2)
            return false;
        }
        const [handle, prefix] = parts;
        this.tags[handle] = prefix;
        return true;
      }
      case "%YAML": {
        this.yaml.explicit = true;
        if (parts.length !== 1) {
          onError(0, "%YAML directive should contain exactly one part");
          return false;
        }
        const [version] = parts;
        if (version === "1.1" || version === "1.2") {
          this.yaml.version = version;
          return true;
        } else {
          const isValid = /^\d+\.\d+$/.test(version);
          onError(6, `Unsupported YAML version ${version}`, isValid);
          return false;
        }
      }
      default:
        onError(0, `Unknown directive ${name}`, true);
        return false;
    }
  }
  /**
   * Resolves a tag, matching handles to those defined in %TAG directives.
   *
   * @returns Resolved tag, which may also be the non-specific tag `'!'` or a
   *   `'!local'` tag, or `null` if unresolvable.
   */
  tagName(source, onError) {
    if (source === "!")
      return "!";
    if (source[0] !== "!") {
      onError(`Not a valid tag: ${source}`);
      return null;
    }
    if (source[1] === "<") {
      const verbatim = source.slice(2, -1);
      if (verbatim === "!" || verbatim === "!!") {
        onError(`Verbatim tags aren't resolved, so ${source} is invalid.`);
        return null;
      }
      if (source[source.length - 1] !== ">")
        onError("Verbatim tags must end with a >");
      return verbatim;
    }
    const [, handle, suffix] = source.match(/^(.*!)([^!]*)$/s);
    if (!suffix)
      onError(`The ${source} tag has no suffix`);
    const prefix = this.tags[handle];
    if (prefix) {
      try {
        return prefix + decodeURIComponent(suffix);
      } catch (error) {
        onError(String(error));
        return null;
      }
    }
    if (handle === "!")
      return source;
    onError(`Could not resolve tag: ${source}`);
    return null;
  }
  /**
   * Given a fully resolved tag, returns its printable string form,
   * taking into account current tag prefixes and defaults.
   */
  tagString(tag) {
    for (const [handle, prefix] of Object.entries(this.tags)) {
      if (tag.startsWith(prefix))
        return handle + escapeTagName(tag.substring(prefix.length));
    }
    return tag[0] === "!" ? tag : `!<${tag}>`;
  }
  toString(doc) {
    const lines = this.yaml.explicit ? [`%YAML ${this.yaml.version || "1.2"}`] : [];
    const tagEntries = Object.entries(this.tags);
    let tagNames;
    if (doc && tagEntries.length > 0 && isNode(doc.contents)) {
      const tags = {};
      visit(doc.contents, (_key, node2) => {
        if (isNode(node2) && node2.tag)
          tags[node2.tag] = true;
      });
      tagNames = Object.keys(tags);
    } else
      tagNames = [];
    for (const [handle, prefix] of tagEntries) {
      if (handle === "!!" && prefix === "tag:yaml.org,2002:")
        continue;
      if (!doc || tagNames.some((tn) => tn.startsWith(prefix)))
        lines.push(`%TAG ${handle} ${prefix}`);
    }
    return lines.join("\n");
  }
};
Directives.defaultYaml = { explicit: false, version: "1.2" };
Directives.defaultTags = { "!!": "tag:yaml.org,2002:" };

// node_modules/yaml/browser/dist/doc/anchors.js
function anchorIsValid(anchor) {
  if (/[\x00-\x19\s,[\]{}]/.test(anchor)) {
    const sa = JSON.stringify(anchor);
    const msg = `Anchor must not contain whitespace or control characters: ${sa}`;
    throw new Error(msg);
  }
  return true;
}
function anchorNames(root) {
  const anchors = /* @__PURE__ */ new Set();
  visit(root, {
    Value(_key, node2) {
      if (node2.anchor)
        anchors.add(node2.anchor);
    }
  });
  return anchors;
}
function findNewAnchor(prefix, exclude) {
  for (let i = 1; true; ++i) {
    const name = `${prefix}${i}`;
    if (!exclude.has(name))
      return name;
  }
}
function createNodeAnchors(doc, prefix) {
  const aliasObjects = [];
  const sourceObjects = /* @__PURE__ */ new Map();
  let prevAnchors = null;
  return {
    onAnchor: (source) => {
      aliasObjects.push(source);
      prevAnchors ?? (prevAnchors = anchorNames(doc));
      const anchor = findNewAnchor(prefix, prevAnchors);
      prevAnchors.add(anchor);
      return anchor;
    },
    /**
     * With circular references, the source node is only resolved after all
     * of its child nodes are. This is why anchors are set only after all of
     * the nodes have been created.
     */
    setAnchors: () => {
      for (const source of aliasObjects) {
        const ref = sourceObjects.get(source);
        if (typeof ref === "object" && ref.anchor && (isScalar(ref.node) || isCollection(ref.node))) {
          ref.node.anchor = ref.anchor;
        } else {
          const error = new Error("Failed to resolve repeated object (this should not happen)");
          error.source = source;
          throw error;
        }
      }
    },
    sourceObjects
  };
}

// node_modules/yaml/browser/dist/doc/applyReviver.js
function applyReviver(reviver, obj, key, val) {
  if (val && typeof val === "object") {
    if (Array.isArray(val)) {
      for (let i = 0, len = val.length; i < len; ++i) {
        const v0 = val[i];
        const v1 = applyReviver(reviver, val, String(i), v0);
        if (v1 === void 0)
          delete val[i];
        else if (v1 !== v0)
          val[i] = v1;
      }
    } else if (val instanceof Map) {
      for (const k of Array.from(val.keys())) {
        const v0 = val.get(k);
        const v1 = applyReviver(reviver, val, k, v0);
        if (v1 === void 0)
          val.delete(k);
        else if (v1 !== v0)
          val.set(k, v1);
      }
    } else if (val instanceof Set) {
      for (const v0 of Array.from(val)) {
        const v1 = applyReviver(reviver, val, v0, v0);
        if (v1 === void 0)
          val.delete(v0);
        else if (v1 !== v0) {
          val.delete(v0);
          val.add(v1);
        }
      }
    } else {
      for (const [k, v0] of Object.entries(val)) {
        const v1 = applyReviver(reviver, val, k, v0);
        if (v1 === void 0)
          delete val[k];
        else if (v1 !== v0)
          val[k] = v1;
      }
    }
  }
  return reviver.call(obj, key, val);
}

// node_modules/yaml/browser/dist/nodes/toJS.js
function toJS(value, arg, ctx) {
  if (Array.isArray(value))
    return value.map((v, i) => toJS(v, String(i), ctx));
  if (value && typeof value.toJSON === "function") {
    if (!ctx || !hasAnchor(value))
      return value.toJSON(arg, ctx);
    const data = { aliasCount: 0, count: 1, res: void 0 };
    ctx.anchors.set(value, data);
    ctx.onCreate = (res2) => {
      data.res = res2;
      delete ctx.onCreate;
    };
    const res = value.toJSON(arg, ctx);
    if (ctx.onCreate)
      ctx.onCreate(res);
    return res;
  }
  if (typeof value === "bigint" && !ctx?.keep)
    return Number(value);
  return value;
}

// node_modules/yaml/browser/dist/nodes/Node.js
var NodeBase = class {
  constructor(type) {
    Object.defineProperty(this, NODE_TYPE, { value: type });
  }
  /** Create a copy of this node.  */
  clone() {
    const copy = Object.create(Object.getPrototypeOf(this), Object.getOwnPropertyDescriptors(this));
    if (this.range)
      copy.range = this.range.slice();
    return copy;
  }
  /** A plain JavaScript representation of this node. */
  toJS(doc, { mapAsMap, maxAliasCount, onAnchor, reviver } = {}) {
    if (!isDocument(doc))
      throw new TypeError("A document argument is required");
    const ctx = {
      anchors: /* @__PURE__ */ new Map(),
      doc,
      keep: true,
      mapAsMap: mapAsMap === true,
      mapKeyWarned: false,
      maxAliasCount: typeof maxAliasCount === "number" ? maxAliasCount : 100
    };
    const res = toJS(this, "", ctx);
    if (typeof onAnchor === "function")
      for (const { count, res: res2 } of ctx.anchors.values())
        onAnchor(res2, count);
    return typeof reviver === "function" ? applyReviver(reviver, { "": res }, "", res) : res;
  }
};

// node_modules/yaml/browser/dist/nodes/Alias.js
var Alias = class extends NodeBase {
  constructor(source) {
    super(ALIAS);
    this.source = source;
    Object.defineProperty(this, "tag", {
      set() {
        throw new Error("Alias nodes cannot have tags");
      }
    });
  }
  /**
   * Resolve the value of this alias within `doc`, finding the last
   * instance of the `source` anchor before this node.
   */
  resolve(doc, ctx) {
    if (ctx?.maxAliasCount === 0)
      throw new ReferenceError("Alias resolution is disabled");
    let nodes;
    if (ctx?.aliasResolveCache) {
      nodes = ctx.aliasResolveCache;
    } else {
      nodes = [];
      visit(doc, {
        Node: (_key, node2) => {
          if (isAlias(node2) || hasAnchor(node2))
            nodes.push(node2);
        }
      });
      if (ctx)
        ctx.aliasResolveCache = nodes;
    }
    let found = void 0;
    for (const node2 of nodes) {
      if (node2 === this)
        break;
      if (node2.anchor === this.source)
        found = node2;
    }
    if (found && ctx) {
      const { anchors, doc: doc2, maxAliasCount } = ctx;
      let data = anchors.get(found);
      if (!data) {
        toJS(found, null, ctx);
        data = anchors.get(found);
      }
      if (data?.res === void 0) {
        const msg = "This should not happen: Alias anchor was not resolved?";
        throw new ReferenceError(msg);
      }
      if (maxAliasCount >= 0) {
        data.count += 1;
        if (data.aliasCount === 0)
          data.aliasCount = getAliasCount(doc2, found, anchors);
        if (data.count * data.aliasCount > maxAliasCount) {
          const msg = "Excessive alias count indicates a resource exhaustion attack";
          throw new ReferenceError(msg);
        }
      }
    }
    return found;
  }
  toJSON(_arg, ctx) {
    if (!ctx)
      return { source: this.source };
    const source = this.resolve(ctx.doc, ctx);
    if (!source) {
      const msg = `Unresolved alias (the anchor must be set before the alias): ${this.source}`;
      throw new ReferenceError(msg);
    }
    return ctx.anchors.get(source).res;
  }
  toString(ctx, _onComment, _onChompKeep) {
    const src = `*${this.source}`;
    if (ctx) {
      anchorIsValid(this.source);
      if (ctx.options.verifyAliasOrder && !ctx.anchors.has(this.source)) {
        const msg = `Unresolved alias (the anchor must be set before the alias): ${this.source}`;
        throw new Error(msg);
      }
      if (ctx.implicitKey)
        return `${src} `;
    }
    return src;
  }
};
function getAliasCount(doc, node2, anchors) {
  if (isAlias(node2)) {
    const source = node2.resolve(doc);
    const anchor = anchors && source && anchors.get(source);
    return anchor ? anchor.count * anchor.aliasCount : 0;
  } else if (isCollection(node2)) {
    let count = 0;
    for (const item of node2.items) {
      const c = getAliasCount(doc, item, anchors);
      if (c > count)
        count = c;
    }
    return count;
  } else if (isPair(node2)) {
    const kc = getAliasCount(doc, node2.key, anchors);
    const vc = getAliasCount(doc, node2.value, anchors);
    return Math.max(kc, vc);
  }
  return 1;
}

// node_modules/yaml/browser/dist/nodes/Scalar.js
var isScalarValue = (value) => !value || typeof value !== "function" && typeof value !== "object";
var Scalar = class extends NodeBase {
  constructor(value) {
    super(SCALAR);
    this.value = value;
  }
  toJSON(arg, ctx) {
    return ctx?.keep ? this.value : toJS(this.value, arg, ctx);
  }
  toString() {
    return String(this.value);
  }
};
Scalar.BLOCK_FOLDED = "BLOCK_FOLDED";
Scalar.BLOCK_LITERAL = "BLOCK_LITERAL";
Scalar.PLAIN = "PLAIN";
Scalar.QUOTE_DOUBLE = "QUOTE_DOUBLE";
Scalar.QUOTE_SINGLE = "QUOTE_SINGLE";

// node_modules/yaml/browser/dist/doc/createNode.js
var defaultTagPrefix = "tag:yaml.org,2002:";
function findTagObject(value, tagName, tags) {
  if (tagName) {
    const match = tags.filter((t) => t.tag === tagName);
    const tagObj = match.find((t) => !t.format) ?? match[0];
    if (!tagObj)
      throw new Error(`Tag ${tagName} not found`);
    return tagObj;
  }
  return tags.find((t) => t.identify?.(value) && !t.format);
}
function createNode(value, tagName, ctx) {
  if (isDocument(value))
    value = value.contents;
  if (isNode(value))
    return value;
  if (isPair(value)) {
    const map2 = ctx.schema[MAP].createNode?.(ctx.schema, null, ctx);
    map2.items.push(value);
    return map2;
  }
  if (value instanceof String || value instanceof Number || value instanceof Boolean || typeof BigInt !== "undefined" && value instanceof BigInt) {
    value = value.valueOf();
  }
  const { aliasDuplicateObjects, onAnchor, onTagObj, schema: schema4, sourceObjects } = ctx;
  let ref = void 0;
  if (aliasDuplicateObjects && value && typeof value === "object") {
    ref = sourceObjects.get(value);
    if (ref) {
      ref.anchor ?? (ref.anchor = onAnchor(value));
      return new Alias(ref.anchor);
    } else {
      ref = { anchor: null, node: null };
      sourceObjects.set(value, ref);
    }
  }
  if (tagName?.startsWith("!!"))
    tagName = defaultTagPrefix + tagName.slice(2);
  let tagObj = findTagObject(value, tagName, schema4.tags);
  if (!tagObj) {
    if (value && typeof value.toJSON === "function") {
      value = value.toJSON();
    }
    if (!value || typeof value !== "object") {
      const node3 = new Scalar(value);
      if (ref)
        ref.node = node3;
      return node3;
    }
    tagObj = value instanceof Map ? schema4[MAP] : Symbol.iterator in Object(value) ? schema4[SEQ] : schema4[MAP];
  }
  if (onTagObj) {
    onTagObj(tagObj);
    delete ctx.onTagObj;
  }
  const node2 = tagObj?.createNode ? tagObj.createNode(ctx.schema, value, ctx) : typeof tagObj?.nodeClass?.from === "function" ? tagObj.nodeClass.from(ctx.schema, value, ctx) : new Scalar(value);
  if (tagName)
    node2.tag = tagName;
  else if (!tagObj.default)
    node2.tag = tagObj.tag;
  if (ref)
    ref.node = node2;
  return node2;
}

// node_modules/yaml/browser/dist/nodes/Collection.js
function collectionFromPath(schema4, path, value) {
  let v = value;
  for (let i = path.length - 1; i >= 0; --i) {
    const k = path[i];
    if (typeof k === "number" && Number.isInteger(k) && k >= 0) {
      const a = [];
      a[k] = v;
      v = a;
    } else {
      v = /* @__PURE__ */ new Map([[k, v]]);
    }
  }
  return createNode(v, void 0, {
    aliasDuplicateObjects: false,
    keepUndefined: false,
    onAnchor: () => {
      throw new Error("This should not happen, please report a bug.");
    },
    schema: schema4,
    sourceObjects: /* @__PURE__ */ new Map()
  });
}
var isEmptyPath = (path) => path == null || typeof path === "object" && !!path[Symbol.iterator]().next().done;
var Collection = class extends NodeBase {
  constructor(type, schema4) {
    super(type);
    Object.defineProperty(this, "schema", {
      value: schema4,
      configurable: true,
      enumerable: false,
      writable: true
    });
  }
  /**
   * Create a copy of this collection.
   *
   * @param schema - If defined, overwrites the original's schema
   */
  clone(schema4) {
    const copy = Object.create(Object.getPrototypeOf(this), Object.getOwnPropertyDescriptors(this));
    if (schema4)
      copy.schema = schema4;
    copy.items = copy.items.map((it) => isNode(it) || isPair(it) ? it.clone(schema4) : it);
    if (this.range)
      copy.range = this.range.slice();
    return copy;
  }
  /**
   * Adds a value to the collection. For `!!map` and `!!omap` the value must
   * be a Pair instance or a `{ key, value }` object, which may not have a key
   * that already exists in the map.
   */
  addIn(path, value) {
    if (isEmptyPath(path))
      this.add(value);
    else {
      const [key, ...rest] = path;
      const node2 = this.get(key, true);
      if (isCollection(node2))
        node2.addIn(rest, value);
      else if (node2 === void 0 && this.schema)
        this.set(key, collectionFromPath(this.schema, rest, value));
      else
        throw new Error(`Expected YAML collection at ${key}. Remaining path: ${rest}`);
    }
  }
  /**
   * Removes a value from the collection.
   * @returns `true` if the item was found and removed.
   */
  deleteIn(path) {
    const [key, ...rest] = path;
    if (rest.length === 0)
      return this.delete(key);
    const node2 = this.get(key, true);
    if (isCollection(node2))
      return node2.deleteIn(rest);
    else
      throw new Error(`Expected YAML collection at ${key}. Remaining path: ${rest}`);
  }
  /**
   * Returns item at `key`, or `undefined` if not found. By default unwraps
   * scalar values from their surrounding node; to disable set `keepScalar` to
   * `true` (collections are always returned intact).
   */
  getIn(path, keepScalar) {
    const [key, ...rest] = path;
    const node2 = this.get(key, true);
    if (rest.length === 0)
      return !keepScalar && isScalar(node2) ? node2.value : node2;
    else
      return isCollection(node2) ? node2.getIn(rest, keepScalar) : void 0;
  }
  hasAllNullValues(allowScalar) {
    return this.items.every((node2) => {
      if (!isPair(node2))
        return false;
      const n = node2.value;
      return n == null || allowScalar && isScalar(n) && n.value == null && !n.commentBefore && !n.comment && !n.tag;
    });
  }
  /**
   * Checks if the collection includes a value with the key `key`.
   */
  hasIn(path) {
    const [key, ...rest] = path;
    if (rest.length === 0)
      return this.has(key);
    const node2 = this.get(key, true);
    return isCollection(node2) ? node2.hasIn(rest) : false;
  }
  /**
   * Sets a value in this collection. For `!!set`, `value` needs to be a
   * boolean to add/remove the item from the set.
   */
  setIn(path, value) {
    const [key, ...rest] = path;
    if (rest.length === 0) {
      this.set(key, value);
    } else {
      const node2 = this.get(key, true);
      if (isCollection(node2))
        node2.setIn(rest, value);
      else if (node2 === void 0 && this.schema)
        this.set(key, collectionFromPath(this.schema, rest, value));
      else
        throw new Error(`Expected YAML collection at ${key}. Remaining path: ${rest}`);
    }
  }
};

// node_modules/yaml/browser/dist/stringify/stringifyComment.js
var stringifyComment = (str) => str.replace(/^(?!$)(?: $)?/gm, "#");
function indentComment(comment, indent) {
  if (/^\n+$/.test(comment))
    return comment.substring(1);
  return indent ? comment.replace(/^(?! *$)/gm, indent) : comment;
}
var lineComment = (str, indent, comment) => str.endsWith("\n") ? indentComment(comment, indent) : comment.includes("\n") ? "\n" + indentComment(comment, indent) : (str.endsWith(" ") ? "" : " ") + comment;

// node_modules/yaml/browser/dist/stringify/foldFlowLines.js
var FOLD_FLOW = "flow";
var FOLD_BLOCK = "block";
var FOLD_QUOTED = "quoted";
function foldFlowLines(text, indent, mode = "flow", { indentAtStart, lineWidth = 80, minContentWidth = 20, onFold, onOverflow } = {}) {
  if (!lineWidth || lineWidth < 0)
    return text;
  if (lineWidth < minContentWidth)
    minContentWidth = 0;
  const endStep = Math.max(1 + minContentWidth, 1 + lineWidth - indent.length);
  if (text.length <= endStep)
    return text;
  const folds = [];
  const escapedFolds = {};
  let end = lineWidth - indent.length;
  if (typeof indentAtStart === "number") {
    if (indentAtStart > lineWidth - Math.max(2, minContentWidth))
      folds.push(0);
    else
      end = lineWidth - indentAtStart;
  }
  let split2 = void 0;
  let prev = void 0;
  let overflow = false;
  let i = -1;
  let escStart = -1;
  let escEnd = -1;
  if (mode === FOLD_BLOCK) {
    i = consumeMoreIndentedLines(text, i, indent.length);
    if (i !== -1)
      end = i + endStep;
  }
  for (let ch; ch = text[i += 1]; ) {
    if (mode === FOLD_QUOTED && ch === "\\") {
      escStart = i;
      switch (text[i + 1]) {
        case "x":
          i += 3;
          break;
        case "u":
          i += 5;
          break;
        case "U":
          i += 9;
          break;
        default:
          i += 1;
      }
      escEnd = i;
    }
    if (ch === "\n") {
      if (mode === FOLD_BLOCK)
        i = consumeMoreIndentedLines(text, i, indent.length);
      end = i + indent.length + endStep;
      split2 = void 0;
    } else {
      if (ch === " " && prev && prev !== " " && prev !== "\n" && prev !== "	") {
        const next = text[i + 1];
        if (next && next !== " " && next !== "\n" && next !== "	")
          split2 = i;
      }
      if (i >= end) {
        if (split2) {
          folds.push(split2);
          end = split2 + endStep;
          split2 = void 0;
        } else if (mode === FOLD_QUOTED) {
          while (prev === " " || prev === "	") {
            prev = ch;
            ch = text[i += 1];
            overflow = true;
          }
          const j = i > escEnd + 1 ? i - 2 : escStart - 1;
          if (escapedFolds[j])
            return text;
          folds.push(j);
          escapedFolds[j] = true;
          end = j + endStep;
          split2 = void 0;
        } else {
          overflow = true;
        }
      }
    }
    prev = ch;
  }
  if (overflow && onOverflow)
    onOverflow();
  if (folds.length === 0)
    return text;
  if (onFold)
    onFold();
  let res = text.slice(0, folds[0]);
  for (let i2 = 0; i2 < folds.length; ++i2) {
    const fold = folds[i2];
    const end2 = folds[i2 + 1] || text.length;
    if (fold === 0)
      res = `
${indent}${text.slice(0, end2)}`;
    else {
      if (mode === FOLD_QUOTED && escapedFolds[fold])
        res += `${text[fold]}\\`;
      res += `
${indent}${text.slice(fold + 1, end2)}`;
    }
  }
  return res;
}
function consumeMoreIndentedLines(text, i, indent) {
  let end = i;
  let start = i + 1;
  let ch = text[start];
  while (ch === " " || ch === "	") {
    if (i < start + indent) {
      ch = text[++i];
    } else {
      do {
        ch = text[++i];
      } while (ch && ch !== "\n");
      end = i;
      start = i + 1;
      ch = text[start];
    }
  }
  return end;
}

// node_modules/yaml/browser/dist/stringify/stringifyString.js
var getFoldOptions = (ctx, isBlock2) => ({
  indentAtStart: isBlock2 ? ctx.indent.length : ctx.indentAtStart,
  lineWidth: ctx.options.lineWidth,
  minContentWidth: ctx.options.minContentWidth
});
var containsDocumentMarker = (str) => /^(%|---|\.\.\.)/m.test(str);
function lineLengthOverLimit(str, lineWidth, indentLength) {
  if (!lineWidth || lineWidth < 0)
    return false;
  const limit = lineWidth - indentLength;
  const strLen = str.length;
  if (strLen <= limit)
    return false;
  for (let i = 0, start = 0; i < strLen; ++i) {
    if (str[i] === "\n") {
      if (i - start > limit)
        return true;
      start = i + 1;
      if (strLen - start <= limit)
        return false;
    }
  }
  return true;
}
function doubleQuotedString(value, ctx) {
  const json = JSON.stringify(value);
  if (ctx.options.doubleQuotedAsJSON)
    return json;
  const { implicitKey } = ctx;
  const minMultiLineLength = ctx.options.doubleQuotedMinMultiLineLength;
  const indent = ctx.indent || (containsDocumentMarker(value) ? "  " : "");
  let str = "";
  let start = 0;
  for (let i = 0, ch = json[i]; ch; ch = json[++i]) {
    if (ch === " " && json[i + 1] === "\\" && json[i + 2] === "n") {
      str += json.slice(start, i) + "\\ ";
      i += 1;
      start = i;
      ch = "\\";
    }
    if (ch === "\\")
      switch (json[i + 1]) {
        case "u":
          {
            str += json.slice(start, i);
            const code2 = json.substr(i + 2, 4);
            switch (code2) {
              case "0000":
                str += "\\0";
                break;
              case "0007":
                str += "\\a";
                break;
              case "000b":
                str += "\\v";
                break;
              case "001b":
                str += "\\e";
                break;
              case "0085":
                str += "\\N";
                break;
              case "00a0":
                str += "\\_";
                break;
              case "2028":
                str += "\\L";
                break;
              case "2029":
                str += "\\P";
                break;
              default:
                if (code2.substr(0, 2) === "00")
                  str += "\\x" + code2.substr(2);
                else
                  str += json.substr(i, 6);
            }
            i += 5;
            start = i + 1;
          }
          break;
        case "n":
          if (implicitKey || json[i + 2] === '"' || json.length < minMultiLineLength) {
            i += 1;
          } else {
            str += json.slice(start, i) + "\n\n";
            while (json[i + 2] === "\\" && json[i + 3] === "n" && json[i + 4] !== '"') {
              str += "\n";
              i += 2;
            }
            str += indent;
            if (json[i + 2] === " ")
              str += "\\";
            i += 1;
            start = i + 1;
          }
          break;
        default:
          i += 1;
      }
  }
  str = start ? str + json.slice(start) : json;
  return implicitKey ? str : foldFlowLines(str, indent, FOLD_QUOTED, getFoldOptions(ctx, false));
}
function singleQuotedString(value, ctx) {
  if (ctx.options.singleQuote === false || ctx.implicitKey && value.includes("\n") || /[ \t]\n|\n[ \t]/.test(value))
    return doubleQuotedString(value, ctx);
  const indent = ctx.indent || (containsDocumentMarker(value) ? "  " : "");
  const res = "'" + value.replace(/'/g, "''").replace(/\n+/g, `$&
${indent}`) + "'";
  return ctx.implicitKey ? res : foldFlowLines(res, indent, FOLD_FLOW, getFoldOptions(ctx, false));
}
function quotedString(value, ctx) {
  const { singleQuote } = ctx.options;
  let qs;
  if (singleQuote === false)
    qs = doubleQuotedString;
  else {
    const hasDouble = value.includes('"');
    const hasSingle = value.includes("'");
    if (hasDouble && !hasSingle)
      qs = singleQuotedString;
    else if (hasSingle && !hasDouble)
      qs = doubleQuotedString;
    else
      qs = singleQuote ? singleQuotedString : doubleQuotedString;
  }
  return qs(value, ctx);
}
var blockEndNewlines;
try {
  blockEndNewlines = new RegExp("(^|(?<!\n))\n+(?!\n|$)", "g");
} catch {
  blockEndNewlines = /\n+(?!\n|$)/g;
}
function blockString({ comment, type, value }, ctx, onComment, onChompKeep) {
  const { blockQuote, commentString, lineWidth } = ctx.options;
  if (!blockQuote || /\n[\t ]+$/.test(value)) {
    return quotedString(value, ctx);
  }
  const indent = ctx.indent || (ctx.forceBlockIndent || containsDocumentMarker(value) ? "  " : "");
  const literal = blockQuote === "literal" ? true : blockQuote === "folded" || type === Scalar.BLOCK_FOLDED ? false : type === Scalar.BLOCK_LITERAL ? true : !lineLengthOverLimit(value, lineWidth, indent.length);
  if (!value)
    return literal ? "|\n" : ">\n";
  let chomp;
  let endStart;
  for (endStart = value.length; endStart > 0; --endStart) {
    const ch = value[endStart - 1];
    if (ch !== "\n" && ch !== "	" && ch !== " ")
      break;
  }
  let end = value.substring(endStart);
  const endNlPos = end.indexOf("\n");
  if (endNlPos === -1) {
    chomp = "-";
  } else if (value === end || endNlPos !== end.length - 1) {
    chomp = "+";
    if (onChompKeep)
      onChompKeep();
  } else {
    chomp = "";
  }
  if (end) {
    value = value.slice(0, -end.length);
    if (end[end.length - 1] === "\n")
      end = end.slice(0, -1);
    end = end.replace(blockEndNewlines, `$&${indent}`);
  }
  let startWithSpace = false;
  let startEnd;
  let startNlPos = -1;
  for (startEnd = 0; startEnd < value.length; ++startEnd) {
    const ch = value[startEnd];
    if (ch === " ")
      startWithSpace = true;
    else if (ch === "\n")
      startNlPos = startEnd;
    else
      break;
  }
  let start = value.substring(0, startNlPos < startEnd ? startNlPos + 1 : startEnd);
  if (start) {
    value = value.substring(start.length);
    start = start.replace(/\n+/g, `$&${indent}`);
  }
  const indentSize = indent ? "2" : "1";
  let header = (startWithSpace ? indentSize : "") + chomp;
  if (comment) {
    header += " " + commentString(comment.replace(/ ?[\r\n]+/g, " "));
    if (onComment)
      onComment();
  }
  if (!literal) {
    const foldedValue = value.replace(/\n+/g, "\n$&").replace(/(?:^|\n)([\t ].*)(?:([\n\t ]*)\n(?![\n\t ]))?/g, "$1$2").replace(/\n+/g, `$&${indent}`);
    let literalFallback = false;
    const foldOptions = getFoldOptions(ctx, true);
    if (blockQuote !== "folded" && type !== Scalar.BLOCK_FOLDED) {
      foldOptions.onOverflow = () => {
        literalFallback = true;
      };
    }
    const body = foldFlowLines(`${start}${foldedValue}${end}`, indent, FOLD_BLOCK, foldOptions);
    if (!literalFallback)
      return `>${header}
${indent}${body}`;
  }
  value = value.replace(/\n+/g, `$&${indent}`);
  return `|${header}
${indent}${start}${value}${end}`;
}
function plainString(item, ctx, onComment, onChompKeep) {
  const { type, value } = item;
  const { actualString, implicitKey, indent, indentStep, inFlow } = ctx;
  if (implicitKey && value.includes("\n") || inFlow && /[[\]{},]/.test(value)) {
    return quotedString(value, ctx);
  }
  if (/^[\n\t ,[\]{}#&*!|>'"%@`]|^[?-]$|^[?-][ \t]|[\n:][ \t]|[ \t]\n|[\n\t ]#|[\n\t :]$/.test(value)) {
    return implicitKey || inFlow || !value.includes("\n") ? quotedString(value, ctx) : blockString(item, ctx, onComment, onChompKeep);
  }
  if (!implicitKey && !inFlow && type !== Scalar.PLAIN && value.includes("\n")) {
    return blockString(item, ctx, onComment, onChompKeep);
  }
  if (containsDocumentMarker(value)) {
    if (indent === "") {
      ctx.forceBlockIndent = true;
      return blockString(item, ctx, onComment, onChompKeep);
    } else if (implicitKey && indent === indentStep) {
      return quotedString(value, ctx);
    }
  }
  const str = value.replace(/\n+/g, `$&
${indent}`);
  if (actualString) {
    const test = (tag) => tag.default && tag.tag !== "tag:yaml.org,2002:str" && tag.test?.test(str);
    const { compat, tags } = ctx.doc.schema;
    if (tags.some(test) || compat?.some(test))
      return quotedString(value, ctx);
  }
  return implicitKey ? str : foldFlowLines(str, indent, FOLD_FLOW, getFoldOptions(ctx, false));
}
function stringifyString(item, ctx, onComment, onChompKeep) {
  const { implicitKey, inFlow } = ctx;
  const ss = typeof item.value === "string" ? item : Object.assign({}, item, { value: String(item.value) });
  let { type } = item;
  if (type !== Scalar.QUOTE_DOUBLE) {
    if (/[\x00-\x08\x0b-\x1f\x7f-\x9f\u{D800}-\u{DFFF}]/u.test(ss.value))
      type = Scalar.QUOTE_DOUBLE;
  }
  const _stringify = (_type) => {
    switch (_type) {
      case Scalar.BLOCK_FOLDED:
      case Scalar.BLOCK_LITERAL:
        return implicitKey || inFlow ? quotedString(ss.value, ctx) : blockString(ss, ctx, onComment, onChompKeep);
      case Scalar.QUOTE_DOUBLE:
        return doubleQuotedString(ss.value, ctx);
      case Scalar.QUOTE_SINGLE:
        return singleQuotedString(ss.value, ctx);
      case Scalar.PLAIN:
        return plainString(ss, ctx, onComment, onChompKeep);
      default:
        return null;
    }
  };
  let res = _stringify(type);
  if (res === null) {
    const { defaultKeyType, defaultStringType } = ctx.options;
    const t = implicitKey && defaultKeyType || defaultStringType;
    res = _stringify(t);
    if (res === null)
      throw new Error(`Unsupported default string type ${t}`);
  }
  return res;
}

// node_modules/yaml/browser/dist/stringify/stringify.js
function createStringifyContext(doc, options) {
  const opt = Object.assign({
    blockQuote: true,
    commentString: stringifyComment,
    defaultKeyType: null,
    defaultStringType: "PLAIN",
    directives: null,
    doubleQuotedAsJSON: false,
    doubleQuotedMinMultiLineLength: 40,
    falseStr: "false",
    flowCollectionPadding: true,
    indentSeq: true,
    lineWidth: 80,
    minContentWidth: 20,
    nullStr: "null",
    simpleKeys: false,
    singleQuote: null,
    trailingComma: false,
    trueStr: "true",
    verifyAliasOrder: true
  }, doc.schema.toStringOptions, options);
  let inFlow;
  switch (opt.collectionStyle) {
    case "block":
      inFlow = false;
      break;
    case "flow":
      inFlow = true;
      break;
    default:
      inFlow = null;
  }
  return {
    anchors: /* @__PURE__ */ new Set(),
    doc,
    flowCollectionPadding: opt.flowCollectionPadding ? " " : "",
    indent: "",
    indentStep: typeof opt.indent === "number" ? " ".repeat(opt.indent) : "  ",
    inFlow,
    options: opt
  };
}
function getTagObject(tags, item) {
  if (item.tag) {
    const match = tags.filter((t) => t.tag === item.tag);
    if (match.length > 0)
      return match.find((t) => t.format === item.format) ?? match[0];
  }
  let tagObj = void 0;
  let obj;
  if (isScalar(item)) {
    obj = item.value;
    let match = tags.filter((t) => t.identify?.(obj));
    if (match.length > 1) {
      const testMatch = match.filter((t) => t.test);
      if (testMatch.length > 0)
        match = testMatch;
    }
    tagObj = match.find((t) => t.format === item.format) ?? match.find((t) => !t.format);
  } else {
    obj = item;
    tagObj = tags.find((t) => t.nodeClass && obj instanceof t.nodeClass);
  }
  if (!tagObj) {
    const name = obj?.constructor?.name ?? (obj === null ? "null" : typeof obj);
    throw new Error(`Tag not resolved for ${name} value`);
  }
  return tagObj;
}
function stringifyProps(node2, tagObj, { anchors, doc }) {
  if (!doc.directives)
    return "";
  const props = [];
  const anchor = (isScalar(node2) || isCollection(node2)) && node2.anchor;
  if (anchor && anchorIsValid(anchor)) {
    anchors.add(anchor);
    props.push(`&${anchor}`);
  }
  const tag = node2.tag ?? (tagObj.default ? null : tagObj.tag);
  if (tag)
    props.push(doc.directives.tagString(tag));
  return props.join(" ");
}
function stringify(item, ctx, onComment, onChompKeep) {
  if (isPair(item))
    return item.toString(ctx, onComment, onChompKeep);
  if (isAlias(item)) {
    if (ctx.doc.directives)
      return item.toString(ctx);
    if (ctx.resolvedAliases?.has(item)) {
      throw new TypeError(`Cannot stringify circular structure without alias nodes`);
    } else {
      if (ctx.resolvedAliases)
        ctx.resolvedAliases.add(item);
      else
        ctx.resolvedAliases = /* @__PURE__ */ new Set([item]);
      item = item.resolve(ctx.doc);
    }
  }
  let tagObj = void 0;
  const node2 = isNode(item) ? item : ctx.doc.createNode(item, { onTagObj: (o) => tagObj = o });
  tagObj ?? (tagObj = getTagObject(ctx.doc.schema.tags, node2));
  const props = stringifyProps(node2, tagObj, ctx);
  if (props.length > 0)
    ctx.indentAtStart = (ctx.indentAtStart ?? 0) + props.length + 1;
  const str = typeof tagObj.stringify === "function" ? tagObj.stringify(node2, ctx, onComment, onChompKeep) : isScalar(node2) ? stringifyString(node2, ctx, onComment, onChompKeep) : node2.toString(ctx, onComment, onChompKeep);
  if (!props)
    return str;
  return isScalar(node2) || str[0] === "{" || str[0] === "[" ? `${props} ${str}` : `${props}
${ctx.indent}${str}`;
}

// node_modules/yaml/browser/dist/stringify/stringifyPair.js
function stringifyPair({ key, value }, ctx, onComment, onChompKeep) {
  const { allNullValues, doc, indent, indentStep, options: { commentString, indentSeq, simpleKeys } } = ctx;
  let keyComment = isNode(key) && key.comment || null;
  if (simpleKeys) {
    if (keyComment) {
      throw new Error("With simple keys, key nodes cannot have comments");
    }
    if (isCollection(key) || !isNode(key) && typeof key === "object") {
      const msg = "With simple keys, collection cannot be used as a key value";
      throw new Error(msg);
    }
  }
  let explicitKey = !simpleKeys && (!key || keyComment && value == null && !ctx.inFlow || isCollection(key) || (isScalar(key) ? key.type === Scalar.BLOCK_FOLDED || key.type === Scalar.BLOCK_LITERAL : typeof key === "object"));
  ctx = Object.assign({}, ctx, {
    allNullValues: false,
    implicitKey: !explicitKey && (simpleKeys || !allNullValues),
    indent: indent + indentStep
  });
  let keyCommentDone = false;
  let chompKeep = false;
  let str = stringify(key, ctx, () => keyCommentDone = true, () => chompKeep = true);
  if (!explicitKey && !ctx.inFlow && str.length > 1024) {
    if (simpleKeys)
      throw new Error("With simple keys, single line scalar must not span more than 1024 characters");
    explicitKey = true;
  }
  if (ctx.inFlow) {
    if (allNullValues || value == null) {
      if (keyCommentDone && onComment)
        onComment();
      return str === "" ? "?" : explicitKey ? `? ${str}` : str;
    }
  } else if (allNullValues && !simpleKeys || value == null && explicitKey) {
    str = `? ${str}`;
    if (keyComment && !keyCommentDone) {
      str += lineComment(str, ctx.indent, commentString(keyComment));
    } else if (chompKeep && onChompKeep)
      onChompKeep();
    return str;
  }
  if (keyCommentDone)
    keyComment = null;
  if (explicitKey) {
    if (keyComment)
      str += lineComment(str, ctx.indent, commentString(keyComment));
    str = `? ${str}
${indent}:`;
  } else {
    str = `${str}:`;
    if (keyComment)
      str += lineComment(str, ctx.indent, commentString(keyComment));
  }
  let vsb, vcb, valueComment;
  if (isNode(value)) {
    vsb = !!value.spaceBefore;
    vcb = value.commentBefore;
    valueComment = value.comment;
  } else {
    vsb = false;
    vcb = null;
    valueComment = null;
    if (value && typeof value === "object")
      value = doc.createNode(value);
  }
  ctx.implicitKey = false;
  if (!explicitKey && !keyComment && isScalar(value))
    ctx.indentAtStart = str.length + 1;
  chompKeep = false;
  if (!indentSeq && indentStep.length >= 2 && !ctx.inFlow && !explicitKey && isSeq(value) && !value.flow && !value.tag && !value.anchor) {
    ctx.indent = ctx.indent.substring(2);
  }
  let valueCommentDone = false;
  const valueStr = stringify(value, ctx, () => valueCommentDone = true, () => chompKeep = true);
  let ws = " ";
  if (keyComment || vsb || vcb) {
    ws = vsb ? "\n" : "";
    if (vcb) {
      const cs = commentString(vcb);
      ws += `
${indentComment(cs, ctx.indent)}`;
    }
    if (valueStr === "" && !ctx.inFlow) {
      if (ws === "\n" && valueComment)
        ws = "\n\n";
    } else {
      ws += `
${ctx.indent}`;
    }
  } else if (!explicitKey && isCollection(value)) {
    const vs0 = valueStr[0];
    const nl0 = valueStr.indexOf("\n");
    const hasNewline = nl0 !== -1;
    const flow = ctx.inFlow ?? value.flow ?? value.items.length === 0;
    if (hasNewline || !flow) {
      let hasPropsLine = false;
      if (hasNewline && (vs0 === "&" || vs0 === "!")) {
        let sp0 = valueStr.indexOf(" ");
        if (vs0 === "&" && sp0 !== -1 && sp0 < nl0 && valueStr[sp0 + 1] === "!") {
          sp0 = valueStr.indexOf(" ", sp0 + 1);
        }
        if (sp0 === -1 || nl0 < sp0)
          hasPropsLine = true;
      }
      if (!hasPropsLine)
        ws = `
${ctx.indent}`;
    }
  } else if (valueStr === "" || valueStr[0] === "\n") {
    ws = "";
  }
  str += ws + valueStr;
  if (ctx.inFlow) {
    if (valueCommentDone && onComment)
      onComment();
  } else if (valueComment && !valueCommentDone) {
    str += lineComment(str, ctx.indent, commentString(valueComment));
  } else if (chompKeep && onChompKeep) {
    onChompKeep();
  }
  return str;
}

// node_modules/yaml/browser/dist/log.js
function warn(logLevel, warning) {
  if (logLevel === "debug" || logLevel === "warn") {
    console.warn(warning);
  }
}

// node_modules/yaml/browser/dist/schema/yaml-1.1/merge.js
var MERGE_KEY = "<<";
var merge = {
  identify: (value) => value === MERGE_KEY || typeof value === "symbol" && value.description === MERGE_KEY,
  default: "key",
  tag: "tag:yaml.org,2002:merge",
  test: /^<<$/,
  resolve: () => Object.assign(new Scalar(Symbol(MERGE_KEY)), {
    addToJSMap: addMergeToJSMap
  }),
  stringify: () => MERGE_KEY
};
var isMergeKey = (ctx, key) => (merge.identify(key) || isScalar(key) && (!key.type || key.type === Scalar.PLAIN) && merge.identify(key.value)) && ctx?.doc.schema.tags.some((tag) => tag.tag === merge.tag && tag.default);
function addMergeToJSMap(ctx, map2, value) {
  const source = resolveAliasValue(ctx, value);
  if (isSeq(source))
    for (const it of source.items)
      mergeValue(ctx, map2, it);
  else if (Array.isArray(source))
    for (const it of source)
      mergeValue(ctx, map2, it);
  else
    mergeValue(ctx, map2, source);
}
function mergeValue(ctx, map2, value) {
  const source = resolveAliasValue(ctx, value);
  if (!isMap(source))
    throw new Error("Merge sources must be maps or map aliases");
  const srcMap = source.toJSON(null, ctx, Map);
  for (const [key, value2] of srcMap) {
    if (map2 instanceof Map) {
      if (!map2.has(key))
        map2.set(key, value2);
    } else if (map2 instanceof Set) {
      map2.add(key);
    } else if (!Object.prototype.hasOwnProperty.call(map2, key)) {
      Object.defineProperty(map2, key, {
        value: value2,
        writable: true,
        enumerable: true,
        configurable: true
      });
    }
  }
  return map2;
}
function resolveAliasValue(ctx, value) {
  return ctx && isAlias(value) ? value.resolve(ctx.doc, ctx) : value;
}

// node_modules/yaml/browser/dist/nodes/addPairToJSMap.js
function addPairToJSMap(ctx, map2, { key, value }) {
  if (isNode(key) && key.addToJSMap)
    key.addToJSMap(ctx, map2, value);
  else if (isMergeKey(ctx, key))
    addMergeToJSMap(ctx, map2, value);
  else {
    const jsKey = toJS(key, "", ctx);
    if (map2 instanceof Map) {
      map2.set(jsKey, toJS(value, jsKey, ctx));
    } else if (map2 instanceof Set) {
      map2.add(jsKey);
    } else {
      const stringKey = stringifyKey(key, jsKey, ctx);
      const jsValue = toJS(value, stringKey, ctx);
      if (stringKey in map2)
        Object.defineProperty(map2, stringKey, {
          value: jsValue,
          writable: true,
          enumerable: true,
          configurable: true
        });
      else
        map2[stringKey] = jsValue;
    }
  }
  return map2;
}
function stringifyKey(key, jsKey, ctx) {
  if (jsKey === null)
    return "";
  if (typeof jsKey !== "object")
    return String(jsKey);
  if (isNode(key) && ctx?.doc) {
    const strCtx = createStringifyContext(ctx.doc, {});
    strCtx.anchors = /* @__PURE__ */ new Set();
    for (const node2 of ctx.anchors.keys())
      strCtx.anchors.add(node2.anchor);
    strCtx.inFlow = true;
    strCtx.inStringifyKey = true;
    const strKey = key.toString(strCtx);
    if (!ctx.mapKeyWarned) {
      let jsonStr = JSON.stringify(strKey);
      if (jsonStr.length > 40)
        jsonStr = jsonStr.substring(0, 36) + '..."';
      warn(ctx.doc.options.logLevel, `Keys with collection values will be stringified due to JS Object restrictions: ${jsonStr}. Set mapAsMap: true to use object keys.`);
      ctx.mapKeyWarned = true;
    }
    return strKey;
  }
  return JSON.stringify(jsKey);
}

// node_modules/yaml/browser/dist/nodes/Pair.js
function createPair(key, value, ctx) {
  const k = createNode(key, void 0, ctx);
  const v = createNode(value, void 0, ctx);
  return new Pair(k, v);
}
var Pair = class _Pair {
  constructor(key, value = null) {
    Object.defineProperty(this, NODE_TYPE, { value: PAIR });
    this.key = key;
    this.value = value;
  }
  clone(schema4) {
    let { key, value } = this;
    if (isNode(key))
      key = key.clone(schema4);
    if (isNode(value))
      value = value.clone(schema4);
    return new _Pair(key, value);
  }
  toJSON(_, ctx) {
    const pair = ctx?.mapAsMap ? /* @__PURE__ */ new Map() : {};
    return addPairToJSMap(ctx, pair, this);
  }
  toString(ctx, onComment, onChompKeep) {
    return ctx?.doc ? stringifyPair(this, ctx, onComment, onChompKeep) : JSON.stringify(this);
  }
};

// node_modules/yaml/browser/dist/stringify/stringifyCollection.js
function stringifyCollection(collection, ctx, options) {
  const flow = ctx.inFlow ?? collection.flow;
  const stringify4 = flow ? stringifyFlowCollection : stringifyBlockCollection;
  return stringify4(collection, ctx, options);
}
function stringifyBlockCollection({ comment, items }, ctx, { blockItemPrefix, flowChars, itemIndent, onChompKeep, onComment }) {
  const { indent, options: { commentString } } = ctx;
  const itemCtx = Object.assign({}, ctx, { indent: itemIndent, type: null });
  let chompKeep = false;
  const lines = [];
  for (let i = 0; i < items.length; ++i) {
    const item = items[i];
    let comment2 = null;
    if (isNode(item)) {
      if (!chompKeep && item.spaceBefore)
        lines.push("");
      addCommentBefore(ctx, lines, item.commentBefore, chompKeep);
      if (item.comment)
        comment2 = item.comment;
    } else if (isPair(item)) {
      const ik = isNode(item.key) ? item.key : null;
      if (ik) {
        if (!chompKeep && ik.spaceBefore)
          lines.push("");
        addCommentBefore(ctx, lines, ik.commentBefore, chompKeep);
      }
    }
    chompKeep = false;
    let str2 = stringify(item, itemCtx, () => comment2 = null, () => chompKeep = true);
    if (comment2)
      str2 += lineComment(str2, itemIndent, commentString(comment2));
    if (chompKeep && comment2)
      chompKeep = false;
    lines.push(blockItemPrefix + str2);
  }
  let str;
  if (lines.length === 0) {
    str = flowChars.start + flowChars.end;
  } else {
    str = lines[0];
    for (let i = 1; i < lines.length; ++i) {
      const line = lines[i];
      str += line ? `
${indent}${line}` : "\n";
    }
  }
  if (comment) {
    str += "\n" + indentComment(commentString(comment), indent);
    if (onComment)
      onComment();
  } else if (chompKeep && onChompKeep)
    onChompKeep();
  return str;
}
function stringifyFlowCollection({ items }, ctx, { flowChars, itemIndent }) {
  const { indent, indentStep, flowCollectionPadding: fcPadding, options: { commentString } } = ctx;
  itemIndent += indentStep;
  const itemCtx = Object.assign({}, ctx, {
    indent: itemIndent,
    inFlow: true,
    type: null
  });
  let reqNewline = false;
  let linesAtValue = 0;
  const lines = [];
  for (let i = 0; i < items.length; ++i) {
    const item = items[i];
    let comment = null;
    if (isNode(item)) {
      if (item.spaceBefore)
        lines.push("");
      addCommentBefore(ctx, lines, item.commentBefore, false);
      if (item.comment)
        comment = item.comment;
    } else if (isPair(item)) {
      const ik = isNode(item.key) ? item.key : null;
      if (ik) {
        if (ik.spaceBefore)
          lines.push("");
        addCommentBefore(ctx, lines, ik.commentBefore, false);
        if (ik.comment)
          reqNewline = true;
      }
      const iv = isNode(item.value) ? item.value : null;
      if (iv) {
        if (iv.comment)
          comment = iv.comment;
        if (iv.commentBefore)
          reqNewline = true;
      } else if (item.value == null && ik?.comment) {
        comment = ik.comment;
      }
    }
    if (comment)
      reqNewline = true;
    let str = stringify(item, itemCtx, () => comment = null);
    reqNewline || (reqNewline = lines.length > linesAtValue || str.includes("\n"));
    if (i < items.length - 1) {
      str += ",";
    } else if (ctx.options.trailingComma) {
      if (ctx.options.lineWidth > 0) {
        reqNewline || (reqNewline = lines.reduce((sum, line) => sum + line.length + 2, 2) + (str.length + 2) > ctx.options.lineWidth);
      }
      if (reqNewline) {
        str += ",";
      }
    }
    if (comment)
      str += lineComment(str, itemIndent, commentString(comment));
    lines.push(str);
    linesAtValue = lines.length;
  }
  const { start, end } = flowChars;
  if (lines.length === 0) {
    return start + end;
  } else {
    if (!reqNewline) {
      const len = lines.reduce((sum, line) => sum + line.length + 2, 2);
      reqNewline = ctx.options.lineWidth > 0 && len > ctx.options.lineWidth;
    }
    if (reqNewline) {
      let str = start;
      for (const line of lines)
        str += line ? `
${indentStep}${indent}${line}` : "\n";
      return `${str}
${indent}${end}`;
    } else {
      return `${start}${fcPadding}${lines.join(" ")}${fcPadding}${end}`;
    }
  }
}
function addCommentBefore({ indent, options: { commentString } }, lines, comment, chompKeep) {
  if (comment && chompKeep)
    comment = comment.replace(/^\n+/, "");
  if (comment) {
    const ic = indentComment(commentString(comment), indent);
    lines.push(ic.trimStart());
  }
}

// node_modules/yaml/browser/dist/nodes/YAMLMap.js
function findPair(items, key) {
  const k = isScalar(key) ? key.value : key;
  for (const it of items) {
    if (isPair(it)) {
      if (it.key === key || it.key === k)
        return it;
      if (isScalar(it.key) && it.key.value === k)
        return it;
    }
  }
  return void 0;
}
var YAMLMap = class extends Collection {
  static get tagName() {
    return "tag:yaml.org,2002:map";
  }
  constructor(schema4) {
    super(MAP, schema4);
    this.items = [];
  }
  /**
   * A generic collection parsing method that can be extended
   * to other node classes that inherit from YAMLMap
   */
  static from(schema4, obj, ctx) {
    const { keepUndefined, replacer } = ctx;
    const map2 = new this(schema4);
    const add = (key, value) => {
      if (typeof replacer === "function")
        value = replacer.call(obj, key, value);
      else if (Array.isArray(replacer) && !replacer.includes(key))
        return;
      if (value !== void 0 || keepUndefined)
        map2.items.push(createPair(key, value, ctx));
    };
    if (obj instanceof Map) {
      for (const [key, value] of obj)
        add(key, value);
    } else if (obj && typeof obj === "object") {
      for (const key of Object.keys(obj))
        add(key, obj[key]);
    }
    if (typeof schema4.sortMapEntries === "function") {
      map2.items.sort(schema4.sortMapEntries);
    }
    return map2;
  }
  /**
   * Adds a value to the collection.
   *
   * @param overwrite - If not set `true`, using a key that is already in the
   *   collection will throw. Otherwise, overwrites the previous value.
   */
  add(pair, overwrite) {
    let _pair;
    if (isPair(pair))
      _pair = pair;
    else if (!pair || typeof pair !== "object" || !("key" in pair)) {
      _pair = new Pair(pair, pair?.value);
    } else
      _pair = new Pair(pair.key, pair.value);
    const prev = findPair(this.items, _pair.key);
    const sortEntries = this.schema?.sortMapEntries;
    if (prev) {
      if (!overwrite)
        throw new Error(`Key ${_pair.key} already set`);
      if (isScalar(prev.value) && isScalarValue(_pair.value))
        prev.value.value = _pair.value;
      else
        prev.value = _pair.value;
    } else if (sortEntries) {
      const i = this.items.findIndex((item) => sortEntries(_pair, item) < 0);
      if (i === -1)
        this.items.push(_pair);
      else
        this.items.splice(i, 0, _pair);
    } else {
      this.items.push(_pair);
    }
  }
  delete(key) {
    const it = findPair(this.items, key);
    if (!it)
      return false;
    const del = this.items.splice(this.items.indexOf(it), 1);
    return del.length > 0;
  }
  get(key, keepScalar) {
    const it = findPair(this.items, key);
    const node2 = it?.value;
    return (!keepScalar && isScalar(node2) ? node2.value : node2) ?? void 0;
  }
  has(key) {
    return !!findPair(this.items, key);
  }
  set(key, value) {
    this.add(new Pair(key, value), true);
  }
  /**
   * @param ctx - Conversion context, originally set in Document#toJS()
   * @param {Class} Type - If set, forces the returned collection type
   * @returns Instance of Type, Map, or Object
   */
  toJSON(_, ctx, Type) {
    const map2 = Type ? new Type() : ctx?.mapAsMap ? /* @__PURE__ */ new Map() : {};
    if (ctx?.onCreate)
      ctx.onCreate(map2);
    for (const item of this.items)
      addPairToJSMap(ctx, map2, item);
    return map2;
  }
  toString(ctx, onComment, onChompKeep) {
    if (!ctx)
      return JSON.stringify(this);
    for (const item of this.items) {
      if (!isPair(item))
        throw new Error(`Map items must all be pairs; found ${JSON.stringify(item)} instead`);
    }
    if (!ctx.allNullValues && this.hasAllNullValues(false))
      ctx = Object.assign({}, ctx, { allNullValues: true });
    return stringifyCollection(this, ctx, {
      blockItemPrefix: "",
      flowChars: { start: "{", end: "}" },
      itemIndent: ctx.indent || "",
      onChompKeep,
      onComment
    });
  }
};

// node_modules/yaml/browser/dist/schema/common/map.js
var map = {
  collection: "map",
  default: true,
  nodeClass: YAMLMap,
  tag: "tag:yaml.org,2002:map",
  resolve(map2, onError) {
    if (!isMap(map2))
      onError("Expected a mapping for this tag");
    return map2;
  },
  createNode: (schema4, obj, ctx) => YAMLMap.from(schema4, obj, ctx)
};

// node_modules/yaml/browser/dist/nodes/YAMLSeq.js
var YAMLSeq = class extends Collection {
  static get tagName() {
    return "tag:yaml.org,2002:seq";
  }
  constructor(schema4) {
    super(SEQ, schema4);
    this.items = [];
  }
  add(value) {
    this.items.push(value);
  }
  /**
   * Removes a value from the collection.
   *
   * `key` must contain a representation of an integer for this to succeed.
   * It may be wrapped in a `Scalar`.
   *
   * @returns `true` if the item was found and removed.
   */
  delete(key) {
    const idx = asItemIndex(key);
    if (typeof idx !== "number")
      return false;
    const del = this.items.splice(idx, 1);
    return del.length > 0;
  }
  get(key, keepScalar) {
    const idx = asItemIndex(key);
    if (typeof idx !== "number")
      return void 0;
    const it = this.items[idx];
    return !keepScalar && isScalar(it) ? it.value : it;
  }
  /**
   * Checks if the collection includes a value with the key `key`.
   *
   * `key` must contain a representation of an integer for this to succeed.
   * It may be wrapped in a `Scalar`.
   */
  has(key) {
    const idx = asItemIndex(key);
    return typeof idx === "number" && idx < this.items.length;
  }
  /**
   * Sets a value in this collection. For `!!set`, `value` needs to be a
   * boolean to add/remove the item from the set.
   *
   * If `key` does not contain a representation of an integer, this will throw.
   * It may be wrapped in a `Scalar`.
   */
  set(key, value) {
    const idx = asItemIndex(key);
    if (typeof idx !== "number")
      throw new Error(`Expected a valid index, not ${key}.`);
    const prev = this.items[idx];
    if (isScalar(prev) && isScalarValue(value))
      prev.value = value;
    else
      this.items[idx] = value;
  }
  toJSON(_, ctx) {
    const seq2 = [];
    if (ctx?.onCreate)
      ctx.onCreate(seq2);
    let i = 0;
    for (const item of this.items)
      seq2.push(toJS(item, String(i++), ctx));
    return seq2;
  }
  toString(ctx, onComment, onChompKeep) {
    if (!ctx)
      return JSON.stringify(this);
    return stringifyCollection(this, ctx, {
      blockItemPrefix: "- ",
      flowChars: { start: "[", end: "]" },
      itemIndent: (ctx.indent || "") + "  ",
      onChompKeep,
      onComment
    });
  }
  static from(schema4, obj, ctx) {
    const { replacer } = ctx;
    const seq2 = new this(schema4);
    if (obj && Symbol.iterator in Object(obj)) {
      let i = 0;
      for (let it of obj) {
        if (typeof replacer === "function") {
          const key = obj instanceof Set ? it : String(i++);
          it = replacer.call(obj, key, it);
        }
        seq2.items.push(createNode(it, void 0, ctx));
      }
    }
    return seq2;
  }
};
function asItemIndex(key) {
  let idx = isScalar(key) ? key.value : key;
  if (idx && typeof idx === "string")
    idx = Number(idx);
  return typeof idx === "number" && Number.isInteger(idx) && idx >= 0 ? idx : null;
}

// node_modules/yaml/browser/dist/schema/common/seq.js
var seq = {
  collection: "seq",
  default: true,
  nodeClass: YAMLSeq,
  tag: "tag:yaml.org,2002:seq",
  resolve(seq2, onError) {
    if (!isSeq(seq2))
      onError("Expected a sequence for this tag");
    return seq2;
  },
  createNode: (schema4, obj, ctx) => YAMLSeq.from(schema4, obj, ctx)
};

// node_modules/yaml/browser/dist/schema/common/string.js
var string = {
  identify: (value) => typeof value === "string",
  default: true,
  tag: "tag:yaml.org,2002:str",
  resolve: (str) => str,
  stringify(item, ctx, onComment, onChompKeep) {
    ctx = Object.assign({ actualString: true }, ctx);
    return stringifyString(item, ctx, onComment, onChompKeep);
  }
};

// node_modules/yaml/browser/dist/schema/common/null.js
var nullTag = {
  identify: (value) => value == null,
  createNode: () => new Scalar(null),
  default: true,
  tag: "tag:yaml.org,2002:null",
  test: /^(?:~|[Nn]ull|NULL)?$/,
  resolve: () => new Scalar(null),
  stringify: ({ source }, ctx) => typeof source === "string" && nullTag.test.test(source) ? source : ctx.options.nullStr
};

// node_modules/yaml/browser/dist/schema/core/bool.js
var boolTag = {
  identify: (value) => typeof value === "boolean",
  default: true,
  tag: "tag:yaml.org,2002:bool",
  test: /^(?:[Tt]rue|TRUE|[Ff]alse|FALSE)$/,
  resolve: (str) => new Scalar(str[0] === "t" || str[0] === "T"),
  stringify({ source, value }, ctx) {
    if (source && boolTag.test.test(source)) {
      const sv = source[0] === "t" || source[0] === "T";
      if (value === sv)
        return source;
    }
    return value ? ctx.options.trueStr : ctx.options.falseStr;
  }
};

// node_modules/yaml/browser/dist/stringify/stringifyNumber.js
function stringifyNumber({ format, minFractionDigits, tag, value }) {
  if (typeof value === "bigint")
    return String(value);
  const num = typeof value === "number" ? value : Number(value);
  if (!isFinite(num))
    return isNaN(num) ? ".nan" : num < 0 ? "-.inf" : ".inf";
  let n = Object.is(value, -0) ? "-0" : JSON.stringify(value);
  if (!format && minFractionDigits && (!tag || tag === "tag:yaml.org,2002:float") && /^-?\d/.test(n) && !n.includes("e")) {
    let i = n.indexOf(".");
    if (i < 0) {
      i = n.length;
      n += ".";
    }
    let d = minFractionDigits - (n.length - i - 1);
    while (d-- > 0)
      n += "0";
  }
  return n;
}

// node_modules/yaml/browser/dist/schema/core/float.js
var floatNaN = {
  identify: (value) => typeof value === "number",
  default: true,
  tag: "tag:yaml.org,2002:float",
  test: /^(?:[-+]?\.(?:inf|Inf|INF)|\.nan|\.NaN|\.NAN)$/,
  resolve: (str) => str.slice(-3).toLowerCase() === "nan" ? NaN : str[0] === "-" ? Number.NEGATIVE_INFINITY : Number.POSITIVE_INFINITY,
  stringify: stringifyNumber
};
var floatExp = {
  identify: (value) => typeof value === "number",
  default: true,
  tag: "tag:yaml.org,2002:float",
  format: "EXP",
  test: /^[-+]?(?:\.[0-9]+|[0-9]+(?:\.[0-9]*)?)[eE][-+]?[0-9]+$/,
  resolve: (str) => parseFloat(str),
  stringify(node2) {
    const num = Number(node2.value);
    return isFinite(num) ? num.toExponential() : stringifyNumber(node2);
  }
};
var float = {
  identify: (value) => typeof value === "number",
  default: true,
  tag: "tag:yaml.org,2002:float",
  test: /^[-+]?(?:\.[0-9]+|[0-9]+\.[0-9]*)$/,
  resolve(str) {
    const node2 = new Scalar(parseFloat(str));
    const dot = str.indexOf(".");
    if (dot !== -1 && str[str.length - 1] === "0")
      node2.minFractionDigits = str.length - dot - 1;
    return node2;
  },
  stringify: stringifyNumber
};

// node_modules/yaml/browser/dist/schema/core/int.js
var intIdentify = (value) => typeof value === "bigint" || Number.isInteger(value);
var intResolve = (str, offset, radix, { intAsBigInt }) => intAsBigInt ? BigInt(str) : parseInt(str.substring(offset), radix);
function intStringify(node2, radix, prefix) {
  const { value } = node2;
  if (intIdentify(value) && value >= 0)
    return prefix + value.toString(radix);
  return stringifyNumber(node2);
}
var intOct = {
  identify: (value) => intIdentify(value) && value >= 0,
  default: true,
  tag: "tag:yaml.org,2002:int",
  format: "OCT",
  test: /^0o[0-7]+$/,
  resolve: (str, _onError, opt) => intResolve(str, 2, 8, opt),
  stringify: (node2) => intStringify(node2, 8, "0o")
};
var int = {
  identify: intIdentify,
  default: true,
  tag: "tag:yaml.org,2002:int",
  test: /^[-+]?[0-9]+$/,
  resolve: (str, _onError, opt) => intResolve(str, 0, 10, opt),
  stringify: stringifyNumber
};
var intHex = {
  identify: (value) => intIdentify(value) && value >= 0,
  default: true,
  tag: "tag:yaml.org,2002:int",
  format: "HEX",
  test: /^0x[0-9a-fA-F]+$/,
  resolve: (str, _onError, opt) => intResolve(str, 2, 16, opt),
  stringify: (node2) => intStringify(node2, 16, "0x")
};

// node_modules/yaml/browser/dist/schema/core/schema.js
var schema = [
  map,
  seq,
  string,
  nullTag,
  boolTag,
  intOct,
  int,
  intHex,
  floatNaN,
  floatExp,
  float
];

// node_modules/yaml/browser/dist/schema/json/schema.js
function intIdentify2(value) {
  return typeof value === "bigint" || Number.isInteger(value);
}
var stringifyJSON = ({ value }) => JSON.stringify(value);
var jsonScalars = [
  {
    identify: (value) => typeof value === "string",
    default: true,
    tag: "tag:yaml.org,2002:str",
    resolve: (str) => str,
    stringify: stringifyJSON
  },
  {
    identify: (value) => value == null,
    createNode: () => new Scalar(null),
    default: true,
    tag: "tag:yaml.org,2002:null",
    test: /^null$/,
    resolve: () => null,
    stringify: stringifyJSON
  },
  {
    identify: (value) => typeof value === "boolean",
    default: true,
    tag: "tag:yaml.org,2002:bool",
    test: /^true$|^false$/,
    resolve: (str) => str === "true",
    stringify: stringifyJSON
  },
  {
    identify: intIdentify2,
    default: true,
    tag: "tag:yaml.org,2002:int",
    test: /^-?(?:0|[1-9][0-9]*)$/,
    resolve: (str, _onError, { intAsBigInt }) => intAsBigInt ? BigInt(str) : parseInt(str, 10),
    stringify: ({ value }) => intIdentify2(value) ? value.toString() : JSON.stringify(value)
  },
  {
    identify: (value) => typeof value === "number",
    default: true,
    tag: "tag:yaml.org,2002:float",
    test: /^-?(?:0|[1-9][0-9]*)(?:\.[0-9]*)?(?:[eE][-+]?[0-9]+)?$/,
    resolve: (str) => parseFloat(str),
    stringify: stringifyJSON
  }
];
var jsonError = {
  default: true,
  tag: "",
  test: /^/,
  resolve(str, onError) {
    onError(`Unresolved plain scalar ${JSON.stringify(str)}`);
    return str;
  }
};
var schema2 = [map, seq].concat(jsonScalars, jsonError);

// node_modules/yaml/browser/dist/schema/yaml-1.1/binary.js
var binary = {
  identify: (value) => value instanceof Uint8Array,
  // Buffer inherits from Uint8Array
  default: false,
  tag: "tag:yaml.org,2002:binary",
  /**
   * Returns a Buffer in node and an Uint8Array in browsers
   *
   * To use the resulting buffer as an image, you'll want to do something like:
   *
   *   const blob = new Blob([buffer], { type: 'image/jpeg' })
   *   document.querySelector('#photo').src = URL.createObjectURL(blob)
   */
  resolve(src, onError) {
    if (typeof atob === "function") {
      const str = atob(src.replace(/[\n\r]/g, ""));
      const buffer = new Uint8Array(str.length);
      for (let i = 0; i < str.length; ++i)
        buffer[i] = str.charCodeAt(i);
      return buffer;
    } else {
      onError("This environment does not support reading binary tags; either Buffer or atob is required");
      return src;
    }
  },
  stringify({ comment, type, value }, ctx, onComment, onChompKeep) {
    if (!value)
      return "";
    const buf = value;
    let str;
    if (typeof btoa === "function") {
      let s = "";
      for (let i = 0; i < buf.length; ++i)
        s += String.fromCharCode(buf[i]);
      str = btoa(s);
    } else {
      throw new Error("This environment does not support writing binary tags; either Buffer or btoa is required");
    }
    type ?? (type = Scalar.BLOCK_LITERAL);
    if (type !== Scalar.QUOTE_DOUBLE) {
      const lineWidth = Math.max(ctx.options.lineWidth - ctx.indent.length, ctx.options.minContentWidth);
      const n = Math.ceil(str.length / lineWidth);
      const lines = new Array(n);
      for (let i = 0, o = 0; i < n; ++i, o += lineWidth) {
        lines[i] = str.substr(o, lineWidth);
      }
      str = lines.join(type === Scalar.BLOCK_LITERAL ? "\n" : " ");
    }
    return stringifyString({ comment, type, value: str }, ctx, onComment, onChompKeep);
  }
};

// node_modules/yaml/browser/dist/schema/yaml-1.1/pairs.js
function resolvePairs(seq2, onError) {
  if (isSeq(seq2)) {
    for (let i = 0; i < seq2.items.length; ++i) {
      let item = seq2.items[i];
      if (isPair(item))
        continue;
      else if (isMap(item)) {
        if (item.items.length > 1)
          onError("Each pair must have its own sequence indicator");
        const pair = item.items[0] || new Pair(new Scalar(null));
        if (item.commentBefore)
          pair.key.commentBefore = pair.key.commentBefore ? `${item.commentBefore}
${pair.key.commentBefore}` : item.commentBefore;
        if (item.comment) {
          const cn = pair.value ?? pair.key;
          cn.comment = cn.comment ? `${item.comment}
${cn.comment}` : item.comment;
        }
        item = pair;
      }
      seq2.items[i] = isPair(item) ? item : new Pair(item);
    }
  } else
    onError("Expected a sequence for this tag");
  return seq2;
}
function createPairs(schema4, iterable, ctx) {
  const { replacer } = ctx;
  const pairs2 = new YAMLSeq(schema4);
  pairs2.tag = "tag:yaml.org,2002:pairs";
  let i = 0;
  if (iterable && Symbol.iterator in Object(iterable))
    for (let it of iterable) {
      if (typeof replacer === "function")
        it = replacer.call(iterable, String(i++), it);
      let key, value;
      if (Array.isArray(it)) {
        if (it.length === 2) {
          key = it[0];
          value = it[1];
        } else
          throw new TypeError(`Expected [key, value] tuple: ${it}`);
      } else if (it && it instanceof Object) {
        const keys = Object.keys(it);
        if (keys.length === 1) {
          key = keys[0];
          value = it[key];
        } else {
          throw new TypeError(`Expected tuple with one key, not ${keys.length} keys`);
        }
      } else {
        key = it;
      }
      pairs2.items.push(createPair(key, value, ctx));
    }
  return pairs2;
}
var pairs = {
  collection: "seq",
  default: false,
  tag: "tag:yaml.org,2002:pairs",
  resolve: resolvePairs,
  createNode: createPairs
};

// node_modules/yaml/browser/dist/schema/yaml-1.1/omap.js
var YAMLOMap = class _YAMLOMap extends YAMLSeq {
  constructor() {
    super();
    this.add = YAMLMap.prototype.add.bind(this);
    this.delete = YAMLMap.prototype.delete.bind(this);
    this.get = YAMLMap.prototype.get.bind(this);
    this.has = YAMLMap.prototype.has.bind(this);
    this.set = YAMLMap.prototype.set.bind(this);
    this.tag = _YAMLOMap.tag;
  }
  /**
   * If `ctx` is given, the return type is actually `Map<unknown, unknown>`,
   * but TypeScript won't allow widening the signature of a child method.
   */
  toJSON(_, ctx) {
    if (!ctx)
      return super.toJSON(_);
    const map2 = /* @__PURE__ */ new Map();
    if (ctx?.onCreate)
      ctx.onCreate(map2);
    for (const pair of this.items) {
      let key, value;
      if (isPair(pair)) {
        key = toJS(pair.key, "", ctx);
        value = toJS(pair.value, key, ctx);
      } else {
        key = toJS(pair, "", ctx);
      }
      if (map2.has(key))
        throw new Error("Ordered maps must not include duplicate keys");
      map2.set(key, value);
    }
    return map2;
  }
  static from(schema4, iterable, ctx) {
    const pairs2 = createPairs(schema4, iterable, ctx);
    const omap2 = new this();
    omap2.items = pairs2.items;
    return omap2;
  }
};
YAMLOMap.tag = "tag:yaml.org,2002:omap";
var omap = {
  collection: "seq",
  identify: (value) => value instanceof Map,
  nodeClass: YAMLOMap,
  default: false,
  tag: "tag:yaml.org,2002:omap",
  resolve(seq2, onError) {
    const pairs2 = resolvePairs(seq2, onError);
    const seenKeys = [];
    for (const { key } of pairs2.items) {
      if (isScalar(key)) {
        if (seenKeys.includes(key.value)) {
          onError(`Ordered maps must not include duplicate keys: ${key.value}`);
        } else {
          seenKeys.push(key.value);
        }
      }
    }
    return Object.assign(new YAMLOMap(), pairs2);
  },
  createNode: (schema4, iterable, ctx) => YAMLOMap.from(schema4, iterable, ctx)
};

// node_modules/yaml/browser/dist/schema/yaml-1.1/bool.js
function boolStringify({ value, source }, ctx) {
  const boolObj = value ? trueTag : falseTag;
  if (source && boolObj.test.test(source))
    return source;
  return value ? ctx.options.trueStr : ctx.options.falseStr;
}
var trueTag = {
  identify: (value) => value === true,
  default: true,
  tag: "tag:yaml.org,2002:bool",
  test: /^(?:Y|y|[Yy]es|YES|[Tt]rue|TRUE|[Oo]n|ON)$/,
  resolve: () => new Scalar(true),
  stringify: boolStringify
};
var falseTag = {
  identify: (value) => value === false,
  default: true,
  tag: "tag:yaml.org,2002:bool",
  test: /^(?:N|n|[Nn]o|NO|[Ff]alse|FALSE|[Oo]ff|OFF)$/,
  resolve: () => new Scalar(false),
  stringify: boolStringify
};

// node_modules/yaml/browser/dist/schema/yaml-1.1/float.js
var floatNaN2 = {
  identify: (value) => typeof value === "number",
  default: true,
  tag: "tag:yaml.org,2002:float",
  test: /^(?:[-+]?\.(?:inf|Inf|INF)|\.nan|\.NaN|\.NAN)$/,
  resolve: (str) => str.slice(-3).toLowerCase() === "nan" ? NaN : str[0] === "-" ? Number.NEGATIVE_INFINITY : Number.POSITIVE_INFINITY,
  stringify: stringifyNumber
};
var floatExp2 = {
  identify: (value) => typeof value === "number",
  default: true,
  tag: "tag:yaml.org,2002:float",
  format: "EXP",
  test: /^[-+]?(?:[0-9][0-9_]*)?(?:\.[0-9_]*)?[eE][-+]?[0-9]+$/,
  resolve: (str) => parseFloat(str.replace(/_/g, "")),
  stringify(node2) {
    const num = Number(node2.value);
    return isFinite(num) ? num.toExponential() : stringifyNumber(node2);
  }
};
var float2 = {
  identify: (value) => typeof value === "number",
  default: true,
  tag: "tag:yaml.org,2002:float",
  test: /^[-+]?(?:[0-9][0-9_]*)?\.[0-9_]*$/,
  resolve(str) {
    const node2 = new Scalar(parseFloat(str.replace(/_/g, "")));
    const dot = str.indexOf(".");
    if (dot !== -1) {
      const f = str.substring(dot + 1).replace(/_/g, "");
      if (f[f.length - 1] === "0")
        node2.minFractionDigits = f.length;
    }
    return node2;
  },
  stringify: stringifyNumber
};

// node_modules/yaml/browser/dist/schema/yaml-1.1/int.js
var intIdentify3 = (value) => typeof value === "bigint" || Number.isInteger(value);
function intResolve2(str, offset, radix, { intAsBigInt }) {
  const sign = str[0];
  if (sign === "-" || sign === "+")
    offset += 1;
  str = str.substring(offset).replace(/_/g, "");
  if (intAsBigInt) {
    switch (radix) {
      case 2:
        str = `0b${str}`;
        break;
      case 8:
        str = `0o${str}`;
        break;
      case 16:
        str = `0x${str}`;
        break;
    }
    const n2 = BigInt(str);
    return sign === "-" ? BigInt(-1) * n2 : n2;
  }
  const n = parseInt(str, radix);
  return sign === "-" ? -1 * n : n;
}
function intStringify2(node2, radix, prefix) {
  const { value } = node2;
  if (intIdentify3(value)) {
    const str = value.toString(radix);
    return value < 0 ? "-" + prefix + str.substr(1) : prefix + str;
  }
  return stringifyNumber(node2);
}
var intBin = {
  identify: intIdentify3,
  default: true,
  tag: "tag:yaml.org,2002:int",
  format: "BIN",
  test: /^[-+]?0b[0-1_]+$/,
  resolve: (str, _onError, opt) => intResolve2(str, 2, 2, opt),
  stringify: (node2) => intStringify2(node2, 2, "0b")
};
var intOct2 = {
  identify: intIdentify3,
  default: true,
  tag: "tag:yaml.org,2002:int",
  format: "OCT",
  test: /^[-+]?0[0-7_]+$/,
  resolve: (str, _onError, opt) => intResolve2(str, 1, 8, opt),
  stringify: (node2) => intStringify2(node2, 8, "0")
};
var int2 = {
  identify: intIdentify3,
  default: true,
  tag: "tag:yaml.org,2002:int",
  test: /^[-+]?[0-9][0-9_]*$/,
  resolve: (str, _onError, opt) => intResolve2(str, 0, 10, opt),
  stringify: stringifyNumber
};
var intHex2 = {
  identify: intIdentify3,
  default: true,
  tag: "tag:yaml.org,2002:int",
  format: "HEX",
  test: /^[-+]?0x[0-9a-fA-F_]+$/,
  resolve: (str, _onError, opt) => intResolve2(str, 2, 16, opt),
  stringify: (node2) => intStringify2(node2, 16, "0x")
};

// node_modules/yaml/browser/dist/schema/yaml-1.1/set.js
var YAMLSet = class _YAMLSet extends YAMLMap {
  constructor(schema4) {
    super(schema4);
    this.tag = _YAMLSet.tag;
  }
  add(key) {
    let pair;
    if (isPair(key))
      pair = key;
    else if (key && typeof key === "object" && "key" in key && "value" in key && key.value === null)
      pair = new Pair(key.key, null);
    else
      pair = new Pair(key, null);
    const prev = findPair(this.items, pair.key);
    if (!prev)
      this.items.push(pair);
  }
  /**
   * If `keepPair` is `true`, returns the Pair matching `key`.
   * Otherwise, returns the value of that Pair's key.
   */
  get(key, keepPair) {
    const pair = findPair(this.items, key);
    return !keepPair && isPair(pair) ? isScalar(pair.key) ? pair.key.value : pair.key : pair;
  }
  set(key, value) {
    if (typeof value !== "boolean")
      throw new Error(`Expected boolean value for set(key, value) in a YAML set, not ${typeof value}`);
    const prev = findPair(this.items, key);
    if (prev && !value) {
      this.items.splice(this.items.indexOf(prev), 1);
    } else if (!prev && value) {
      this.items.push(new Pair(key));
    }
  }
  toJSON(_, ctx) {
    return super.toJSON(_, ctx, Set);
  }
  toString(ctx, onComment, onChompKeep) {
    if (!ctx)
      return JSON.stringify(this);
    if (this.hasAllNullValues(true))
      return super.toString(Object.assign({}, ctx, { allNullValues: true }), onComment, onChompKeep);
    else
      throw new Error("Set items must all have null values");
  }
  static from(schema4, iterable, ctx) {
    const { replacer } = ctx;
    const set2 = new this(schema4);
    if (iterable && Symbol.iterator in Object(iterable))
      for (let value of iterable) {
        if (typeof replacer === "function")
          value = replacer.call(iterable, value, value);
        set2.items.push(createPair(value, null, ctx));
      }
    return set2;
  }
};
YAMLSet.tag = "tag:yaml.org,2002:set";
var set = {
  collection: "map",
  identify: (value) => value instanceof Set,
  nodeClass: YAMLSet,
  default: false,
  tag: "tag:yaml.org,2002:set",
  createNode: (schema4, iterable, ctx) => YAMLSet.from(schema4, iterable, ctx),
  resolve(map2, onError) {
    if (isMap(map2)) {
      if (map2.hasAllNullValues(true))
        return Object.assign(new YAMLSet(), map2);
      else
        onError("Set items must all have null values");
    } else
      onError("Expected a mapping for this tag");
    return map2;
  }
};

// node_modules/yaml/browser/dist/schema/yaml-1.1/timestamp.js
function parseSexagesimal(str, asBigInt) {
  const sign = str[0];
  const parts = sign === "-" || sign === "+" ? str.substring(1) : str;
  const num = (n) => asBigInt ? BigInt(n) : Number(n);
  const res = parts.replace(/_/g, "").split(":").reduce((res2, p) => res2 * num(60) + num(p), num(0));
  return sign === "-" ? num(-1) * res : res;
}
function stringifySexagesimal(node2) {
  let { value } = node2;
  let num = (n) => n;
  if (typeof value === "bigint")
    num = (n) => BigInt(n);
  else if (isNaN(value) || !isFinite(value))
    return stringifyNumber(node2);
  let sign = "";
  if (value < 0) {
    sign = "-";
    value *= num(-1);
  }
  const _60 = num(60);
  const parts = [value % _60];
  if (value < 60) {
    parts.unshift(0);
  } else {
    value = (value - parts[0]) / _60;
    parts.unshift(value % _60);
    if (value >= 60) {
      value = (value - parts[0]) / _60;
      parts.unshift(value);
    }
  }
  return sign + parts.map((n) => String(n).padStart(2, "0")).join(":").replace(/000000\d*$/, "");
}
var intTime = {
  identify: (value) => typeof value === "bigint" || Number.isInteger(value),
  default: true,
  tag: "tag:yaml.org,2002:int",
  format: "TIME",
  test: /^[-+]?[0-9][0-9_]*(?::[0-5]?[0-9])+$/,
  resolve: (str, _onError, { intAsBigInt }) => parseSexagesimal(str, intAsBigInt),
  stringify: stringifySexagesimal
};
var floatTime = {
  identify: (value) => typeof value === "number",
  default: true,
  tag: "tag:yaml.org,2002:float",
  format: "TIME",
  test: /^[-+]?[0-9][0-9_]*(?::[0-5]?[0-9])+\.[0-9_]*$/,
  resolve: (str) => parseSexagesimal(str, false),
  stringify: stringifySexagesimal
};
var timestamp = {
  identify: (value) => value instanceof Date,
  default: true,
  tag: "tag:yaml.org,2002:timestamp",
  // If the time zone is omitted, the timestamp is assumed to be specified in UTC. The time part
  // may be omitted altogether, resulting in a date format. In such a case, the time part is
  // assumed to be 00:00:00Z (start of day, UTC).
  test: RegExp("^([0-9]{4})-([0-9]{1,2})-([0-9]{1,2})(?:(?:t|T|[ \\t]+)([0-9]{1,2}):([0-9]{1,2}):([0-9]{1,2}(\\.[0-9]+)?)(?:[ \\t]*(Z|[-+][012]?[0-9](?::[0-9]{2})?))?)?$"),
  resolve(str) {
    const match = str.match(timestamp.test);
    if (!match)
      throw new Error("!!timestamp expects a date, starting with yyyy-mm-dd");
    const [, year, month, day, hour, minute, second] = match.map(Number);
    const millisec = match[7] ? Number((match[7] + "00").substr(1, 3)) : 0;
    let date = Date.UTC(year, month - 1, day, hour || 0, minute || 0, second || 0, millisec);
    const tz = match[8];
    if (tz && tz !== "Z") {
      let d = parseSexagesimal(tz, false);
      if (Math.abs(d) < 30)
        d *= 60;
      date -= 6e4 * d;
    }
    return new Date(date);
  },
  stringify: ({ value }) => value?.toISOString().replace(/(T00:00:00)?\.000Z$/, "") ?? ""
};

// node_modules/yaml/browser/dist/schema/yaml-1.1/schema.js
var schema3 = [
  map,
  seq,
  string,
  nullTag,
  trueTag,
  falseTag,
  intBin,
  intOct2,
  int2,
  intHex2,
  floatNaN2,
  floatExp2,
  float2,
  binary,
  merge,
  omap,
  pairs,
  set,
  intTime,
  floatTime,
  timestamp
];

// node_modules/yaml/browser/dist/schema/tags.js
var schemas = /* @__PURE__ */ new Map([
  ["core", schema],
  ["failsafe", [map, seq, string]],
  ["json", schema2],
  ["yaml11", schema3],
  ["yaml-1.1", schema3]
]);
var tagsByName = {
  binary,
  bool: boolTag,
  float,
  floatExp,
  floatNaN,
  floatTime,
  int,
  intHex,
  intOct,
  intTime,
  map,
  merge,
  null: nullTag,
  omap,
  pairs,
  seq,
  set,
  timestamp
};
var coreKnownTags = {
  "tag:yaml.org,2002:binary": binary,
  "tag:yaml.org,2002:merge": merge,
  "tag:yaml.org,2002:omap": omap,
  "tag:yaml.org,2002:pairs": pairs,
  "tag:yaml.org,2002:set": set,
  "tag:yaml.org,2002:timestamp": timestamp
};
function getTags(customTags, schemaName, addMergeTag) {
  const schemaTags = schemas.get(schemaName);
  if (schemaTags && !customTags) {
    return addMergeTag && !schemaTags.includes(merge) ? schemaTags.concat(merge) : schemaTags.slice();
  }
  let tags = schemaTags;
  if (!tags) {
    if (Array.isArray(customTags))
      tags = [];
    else {
      const keys = Array.from(schemas.keys()).filter((key) => key !== "yaml11").map((key) => JSON.stringify(key)).join(", ");
      throw new Error(`Unknown schema "${schemaName}"; use one of ${keys} or define customTags array`);
    }
  }
  if (Array.isArray(customTags)) {
    for (const tag of customTags)
      tags = tags.concat(tag);
  } else if (typeof customTags === "function") {
    tags = customTags(tags.slice());
  }
  if (addMergeTag)
    tags = tags.concat(merge);
  return tags.reduce((tags2, tag) => {
    const tagObj = typeof tag === "string" ? tagsByName[tag] : tag;
    if (!tagObj) {
      const tagName = JSON.stringify(tag);
      const keys = Object.keys(tagsByName).map((key) => JSON.stringify(key)).join(", ");
      throw new Error(`Unknown custom tag ${tagName}; use one of ${keys}`);
    }
    if (!tags2.includes(tagObj))
      tags2.push(tagObj);
    return tags2;
  }, []);
}

// node_modules/yaml/browser/dist/schema/Schema.js
var sortMapEntriesByKey = (a, b) => a.key < b.key ? -1 : a.key > b.key ? 1 : 0;
var Schema = class _Schema {
  constructor({ compat, customTags, merge: merge2, resolveKnownTags, schema: schema4, sortMapEntries, toStringDefaults }) {
    this.compat = Array.isArray(compat) ? getTags(compat, "compat") : compat ? getTags(null, compat) : null;
    this.name = typeof schema4 === "string" && schema4 || "core";
    this.knownTags = resolveKnownTags ? coreKnownTags : {};
    this.tags = getTags(customTags, this.name, merge2);
    this.toStringOptions = toStringDefaults ?? null;
    Object.defineProperty(this, MAP, { value: map });
    Object.defineProperty(this, SCALAR, { value: string });
    Object.defineProperty(this, SEQ, { value: seq });
    this.sortMapEntries = typeof sortMapEntries === "function" ? sortMapEntries : sortMapEntries === true ? sortMapEntriesByKey : null;
  }
  clone() {
    const copy = Object.create(_Schema.prototype, Object.getOwnPropertyDescriptors(this));
    copy.tags = this.tags.slice();
    return copy;
  }
};

// node_modules/yaml/browser/dist/stringify/stringifyDocument.js
function stringifyDocument(doc, options) {
  const lines = [];
  let hasDirectives = options.directives === true;
  if (options.directives !== false && doc.directives) {
    const dir = doc.directives.toString(doc);
    if (dir) {
      lines.push(dir);
      hasDirectives = true;
    } else if (doc.directives.docStart)
      hasDirectives = true;
  }
  if (hasDirectives)
    lines.push("---");
  const ctx = createStringifyContext(doc, options);
  const { commentString } = ctx.options;
  if (doc.commentBefore) {
    if (lines.length !== 1)
      lines.unshift("");
    const cs = commentString(doc.commentBefore);
    lines.unshift(indentComment(cs, ""));
  }
  let chompKeep = false;
  let contentComment = null;
  if (doc.contents) {
    if (isNode(doc.contents)) {
      if (doc.contents.spaceBefore && hasDirectives)
        lines.push("");
      if (doc.contents.commentBefore) {
        const cs = commentString(doc.contents.commentBefore);
        lines.push(indentComment(cs, ""));
      }
      ctx.forceBlockIndent = !!doc.comment;
      contentComment = doc.contents.comment;
    }
    const onChompKeep = contentComment ? void 0 : () => chompKeep = true;
    let body = stringify(doc.contents, ctx, () => contentComment = null, onChompKeep);
    if (contentComment)
      body += lineComment(body, "", commentString(contentComment));
    if ((body[0] === "|" || body[0] === ">") && lines[lines.length - 1] === "---") {
      lines[lines.length - 1] = `--- ${body}`;
    } else
      lines.push(body);
  } else {
    lines.push(stringify(doc.contents, ctx));
  }
  if (doc.directives?.docEnd) {
    if (doc.comment) {
      const cs = commentString(doc.comment);
      if (cs.includes("\n")) {
        lines.push("...");
        lines.push(indentComment(cs, ""));
      } else {
        lines.push(`... ${cs}`);
      }
    } else {
      lines.push("...");
    }
  } else {
    let dc = doc.comment;
    if (dc && chompKeep)
      dc = dc.replace(/^\n+/, "");
    if (dc) {
      if ((!chompKeep || contentComment) && lines[lines.length - 1] !== "")
        lines.push("");
      lines.push(indentComment(commentString(dc), ""));
    }
  }
  return lines.join("\n") + "\n";
}

// node_modules/yaml/browser/dist/doc/Document.js
var Document = class _Document {
  constructor(value, replacer, options) {
    this.commentBefore = null;
    this.comment = null;
    this.errors = [];
    this.warnings = [];
    Object.defineProperty(this, NODE_TYPE, { value: DOC });
    let _replacer = null;
    if (typeof replacer === "function" || Array.isArray(replacer)) {
      _replacer = replacer;
    } else if (options === void 0 && replacer) {
      options = replacer;
      replacer = void 0;
    }
    const opt = Object.assign({
      intAsBigInt: false,
      keepSourceTokens: false,
      logLevel: "warn",
      prettyErrors: true,
      strict: true,
      stringKeys: false,
      uniqueKeys: true,
      version: "1.2"
    }, options);
    this.options = opt;
    let { version } = opt;
    if (options?._directives) {
      this.directives = options._directives.atDocument();
      if (this.directives.yaml.explicit)
        version = this.directives.yaml.version;
    } else
      this.directives = new Directives({ version });
    this.setSchema(version, options);
    this.contents = value === void 0 ? null : this.createNode(value, _replacer, options);
  }
  /**
   * Create a deep copy of this Document and its contents.
   *
   * Custom Node values that inherit from `Object` still refer to their original instances.
   */
  clone() {
    const copy = Object.create(_Document.prototype, {
      [NODE_TYPE]: { value: DOC }
    });
    copy.commentBefore = this.commentBefore;
    copy.comment = this.comment;
    copy.errors = this.errors.slice();
    copy.warnings = this.warnings.slice();
    copy.options = Object.assign({}, this.options);
    if (this.directives)
      copy.directives = this.directives.clone();
    copy.schema = this.schema.clone();
    copy.contents = isNode(this.contents) ? this.contents.clone(copy.schema) : this.contents;
    if (this.range)
      copy.range = this.range.slice();
    return copy;
  }
  /** Adds a value to the document. */
  add(value) {
    if (assertCollection(this.contents))
      this.contents.add(value);
  }
  /** Adds a value to the document. */
  addIn(path, value) {
    if (assertCollection(this.contents))
      this.contents.addIn(path, value);
  }
  /**
   * Create a new `Alias` node, ensuring that the target `node` has the required anchor.
   *
   * If `node` already has an anchor, `name` is ignored.
   * Otherwise, the `node.anchor` value will be set to `name`,
   * or if an anchor with that name is already present in the document,
   * `name` will be used as a prefix for a new unique anchor.
   * If `name` is undefined, the generated anchor will use 'a' as a prefix.
   */
  createAlias(node2, name) {
    if (!node2.anchor) {
      const prev = anchorNames(this);
      node2.anchor = // eslint-disable-next-line @typescript-eslint/prefer-nullish-coalescing
      !name || prev.has(name) ? findNewAnchor(name || "a", prev) : name;
    }
    return new Alias(node2.anchor);
  }
  createNode(value, replacer, options) {
    let _replacer = void 0;
    if (typeof replacer === "function") {
      value = replacer.call({ "": value }, "", value);
      _replacer = replacer;
    } else if (Array.isArray(replacer)) {
      const keyToStr = (v) => typeof v === "number" || v instanceof String || v instanceof Number;
      const asStr = replacer.filter(keyToStr).map(String);
      if (asStr.length > 0)
        replacer = replacer.concat(asStr);
      _replacer = replacer;
    } else if (options === void 0 && replacer) {
      options = replacer;
      replacer = void 0;
    }
    const { aliasDuplicateObjects, anchorPrefix, flow, keepUndefined, onTagObj, tag } = options ?? {};
    const { onAnchor, setAnchors, sourceObjects } = createNodeAnchors(
      this,
      // eslint-disable-next-line @typescript-eslint/prefer-nullish-coalescing
      anchorPrefix || "a"
    );
    const ctx = {
      aliasDuplicateObjects: aliasDuplicateObjects ?? true,
      keepUndefined: keepUndefined ?? false,
      onAnchor,
      onTagObj,
      replacer: _replacer,
      schema: this.schema,
      sourceObjects
    };
    const node2 = createNode(value, tag, ctx);
    if (flow && isCollection(node2))
      node2.flow = true;
    setAnchors();
    return node2;
  }
  /**
   * Convert a key and a value into a `Pair` using the current schema,
   * recursively wrapping all values as `Scalar` or `Collection` nodes.
   */
  createPair(key, value, options = {}) {
    const k = this.createNode(key, null, options);
    const v = this.createNode(value, null, options);
    return new Pair(k, v);
  }
  /**
   * Removes a value from the document.
   * @returns `true` if the item was found and removed.
   */
  delete(key) {
    return assertCollection(this.contents) ? this.contents.delete(key) : false;
  }
  /**
   * Removes a value from the document.
   * @returns `true` if the item was found and removed.
   */
  deleteIn(path) {
    if (isEmptyPath(path)) {
      if (this.contents == null)
        return false;
      this.contents = null;
      return true;
    }
    return assertCollection(this.contents) ? this.contents.deleteIn(path) : false;
  }
  /**
   * Returns item at `key`, or `undefined` if not found. By default unwraps
   * scalar values from their surrounding node; to disable set `keepScalar` to
   * `true` (collections are always returned intact).
   */
  get(key, keepScalar) {
    return isCollection(this.contents) ? this.contents.get(key, keepScalar) : void 0;
  }
  /**
   * Returns item at `path`, or `undefined` if not found. By default unwraps
   * scalar values from their surrounding node; to disable set `keepScalar` to
   * `true` (collections are always returned intact).
   */
  getIn(path, keepScalar) {
    if (isEmptyPath(path))
      return !keepScalar && isScalar(this.contents) ? this.contents.value : this.contents;
    return isCollection(this.contents) ? this.contents.getIn(path, keepScalar) : void 0;
  }
  /**
   * Checks if the document includes a value with the key `key`.
   */
  has(key) {
    return isCollection(this.contents) ? this.contents.has(key) : false;
  }
  /**
   * Checks if the document includes a value at `path`.
   */
  hasIn(path) {
    if (isEmptyPath(path))
      return this.contents !== void 0;
    return isCollection(this.contents) ? this.contents.hasIn(path) : false;
  }
  /**
   * Sets a value in this document. For `!!set`, `value` needs to be a
   * boolean to add/remove the item from the set.
   */
  set(key, value) {
    if (this.contents == null) {
      this.contents = collectionFromPath(this.schema, [key], value);
    } else if (assertCollection(this.contents)) {
      this.contents.set(key, value);
    }
  }
  /**
   * Sets a value in this document. For `!!set`, `value` needs to be a
   * boolean to add/remove the item from the set.
   */
  setIn(path, value) {
    if (isEmptyPath(path)) {
      this.contents = value;
    } else if (this.contents == null) {
      this.contents = collectionFromPath(this.schema, Array.from(path), value);
    } else if (assertCollection(this.contents)) {
      this.contents.setIn(path, value);
    }
  }
  /**
   * Change the YAML version and schema used by the document.
   * A `null` version disables support for directives, explicit tags, anchors, and aliases.
   * It also requires the `schema` option to be given as a `Schema` instance value.
   *
   * Overrides all previously set schema options.
   */
  setSchema(version, options = {}) {
    if (typeof version === "number")
      version = String(version);
    let opt;
    switch (version) {
      case "1.1":
        if (this.directives)
          this.directives.yaml.version = "1.1";
        else
          this.directives = new Directives({ version: "1.1" });
        opt = { resolveKnownTags: false, schema: "yaml-1.1" };
        break;
      case "1.2":
      case "next":
        if (this.directives)
          this.directives.yaml.version = version;
        else
          this.directives = new Directives({ version });
        opt = { resolveKnownTags: true, schema: "core" };
        break;
      case null:
        if (this.directives)
          delete this.directives;
        opt = null;
        break;
      default: {
        const sv = JSON.stringify(version);
        throw new Error(`Expected '1.1', '1.2' or null as first argument, but found: ${sv}`);
      }
    }
    if (options.schema instanceof Object)
      this.schema = options.schema;
    else if (opt)
      this.schema = new Schema(Object.assign(opt, options));
    else
      throw new Error(`With a null YAML version, the { schema: Schema } option is required`);
  }
  // json & jsonArg are only used from toJSON()
  toJS({ json, jsonArg, mapAsMap, maxAliasCount, onAnchor, reviver } = {}) {
    const ctx = {
      anchors: /* @__PURE__ */ new Map(),
      doc: this,
      keep: !json,
      mapAsMap: mapAsMap === true,
      mapKeyWarned: false,
      maxAliasCount: typeof maxAliasCount === "number" ? maxAliasCount : 100
    };
    const res = toJS(this.contents, jsonArg ?? "", ctx);
    if (typeof onAnchor === "function")
      for (const { count, res: res2 } of ctx.anchors.values())
        onAnchor(res2, count);
    return typeof reviver === "function" ? applyReviver(reviver, { "": res }, "", res) : res;
  }
  /**
   * A JSON representation of the document `contents`.
   *
   * @param jsonArg Used by `JSON.stringify` to indicate the array index or
   *   property name.
   */
  toJSON(jsonArg, onAnchor) {
    return this.toJS({ json: true, jsonArg, mapAsMap: false, onAnchor });
  }
  /** A YAML representation of the document. */
  toString(options = {}) {
    if (this.errors.length > 0)
      throw new Error("Document with errors cannot be stringified");
    if ("indent" in options && (!Number.isInteger(options.indent) || Number(options.indent) <= 0)) {
      const s = JSON.stringify(options.indent);
      throw new Error(`"indent" option must be a positive integer, not ${s}`);
    }
    return stringifyDocument(this, options);
  }
};
function assertCollection(contents) {
  if (isCollection(contents))
    return true;
  throw new Error("Expected a YAML collection as document contents");
}

// node_modules/yaml/browser/dist/errors.js
var YAMLError = class extends Error {
  constructor(name, pos, code2, message) {
    super();
    this.name = name;
    this.code = code2;
    this.message = message;
    this.pos = pos;
  }
};
var YAMLParseError = class extends YAMLError {
  constructor(pos, code2, message) {
    super("YAMLParseError", pos, code2, message);
  }
};
var YAMLWarning = class extends YAMLError {
  constructor(pos, code2, message) {
    super("YAMLWarning", pos, code2, message);
  }
};

// node_modules/yaml/browser/dist/compose/resolve-props.js
function resolveProps(tokens, { flow, indicator, next, offset, onError, parentIndent, startOnNewline }) {
  let spaceBefore = false;
  let atNewline = startOnNewline;
  let hasSpace = startOnNewline;
  let comment = "";
  let commentSep = "";
  let hasNewline = false;
  let reqSpace = false;
  let tab = null;
  let anchor = null;
  let tag = null;
  let newlineAfterProp = null;
  let comma = null;
  let found = null;
  let start = null;
  for (const token of tokens) {
    if (reqSpace) {
      if (token.type !== "space" && token.type !== "newline" && token.type !== "comma")
        onError(token.offset, "MISSING_CHAR", "Tags and anchors must be separated from the next token by white space");
      reqSpace = false;
    }
    if (tab) {
      if (atNewline && token.type !== "comment" && token.type !== "newline") {
        onError(tab, "TAB_AS_INDENT", "Tabs are not allowed as indentation");
      }
      tab = null;
    }
    switch (token.type) {
      case "space":
        if (!flow && (indicator !== "doc-start" || next?.type !== "flow-collection") && token.source.includes("	")) {
          tab = token;
        }
        hasSpace = true;
        break;
      case "comment": {
        if (!hasSpace)
          onError(token, "MISSING_CHAR", "Comments must be separated from other tokens by white space characters");
        const cb = token.source.substring(1) || " ";
        if (!comment)
          comment = cb;
        else
          comment += commentSep + cb;
        commentSep = "";
        atNewline = false;
        break;
      }
      case "newline":
        if (atNewline) {
          if (comment)
            comment += token.source;
          else if (!found || indicator !== "seq-item-ind")
            spaceBefore = true;
        } else
          commentSep += token.source;
        atNewline = true;
        hasNewline = true;
        if (anchor || tag)
          newlineAfterProp = token;
        hasSpace = true;
        break;
      case "anchor":
        if (anchor)
          onError(token, "MULTIPLE_ANCHORS", "A node can have at most one anchor");
        if (token.source.endsWith(":"))
          onError(token.offset + token.source.length - 1, "BAD_ALIAS", "Anchor ending in : is ambiguous", true);
        anchor = token;
        start ?? (start = token.offset);
        atNewline = false;
        hasSpace = false;
        reqSpace = true;
        break;
      case "tag": {
        if (tag)
          onError(token, "MULTIPLE_TAGS", "A node can have at most one tag");
        tag = token;
        start ?? (start = token.offset);
        atNewline = false;
        hasSpace = false;
        reqSpace = true;
        break;
      }
      case indicator:
        if (anchor || tag)
          onError(token, "BAD_PROP_ORDER", `Anchors and tags must be after the ${token.source} indicator`);
        if (found)
          onError(token, "UNEXPECTED_TOKEN", `Unexpected ${token.source} in ${flow ?? "collection"}`);
        found = token;
        atNewline = indicator === "seq-item-ind" || indicator === "explicit-key-ind";
        hasSpace = false;
        break;
      case "comma":
        if (flow) {
          if (comma)
            onError(token, "UNEXPECTED_TOKEN", `Unexpected , in ${flow}`);
          comma = token;
          atNewline = false;
          hasSpace = false;
          break;
        }
      // else fallthrough
      default:
        onError(token, "UNEXPECTED_TOKEN", `Unexpected ${token.type} token`);
        atNewline = false;
        hasSpace = false;
    }
  }
  const last = tokens[tokens.length - 1];
  const end = last ? last.offset + last.source.length : offset;
  if (reqSpace && next && next.type !== "space" && next.type !== "newline" && next.type !== "comma" && (next.type !== "scalar" || next.source !== "")) {
    onError(next.offset, "MISSING_CHAR", "Tags and anchors must be separated from the next token by white space");
  }
  if (tab && (atNewline && tab.indent <= parentIndent || next?.type === "block-map" || next?.type === "block-seq"))
    onError(tab, "TAB_AS_INDENT", "Tabs are not allowed as indentation");
  return {
    comma,
    found,
    spaceBefore,
    comment,
    hasNewline,
    anchor,
    tag,
    newlineAfterProp,
    end,
    start: start ?? end
  };
}

// node_modules/yaml/browser/dist/compose/util-contains-newline.js
function containsNewline(key) {
  if (!key)
    return null;
  switch (key.type) {
    case "alias":
    case "scalar":
    case "double-quoted-scalar":
    case "single-quoted-scalar":
      if (key.source.includes("\n"))
        return true;
      if (key.end) {
        for (const st of key.end)
          if (st.type === "newline")
            return true;
      }
      return false;
    case "flow-collection":
      for (const it of key.items) {
        for (const st of it.start)
          if (st.type === "newline")
            return true;
        if (it.sep) {
          for (const st of it.sep)
            if (st.type === "newline")
              return true;
        }
        if (containsNewline(it.key) || containsNewline(it.value))
          return true;
      }
      return false;
    default:
      return true;
  }
}

// node_modules/yaml/browser/dist/compose/util-flow-indent-check.js
function flowIndentCheck(indent, fc, onError) {
  if (fc?.type === "flow-collection") {
    const end = fc.end[0];
    if (end.indent === indent && (end.source === "]" || end.source === "}") && containsNewline(fc)) {
      const msg = "Flow end indicator should be more indented than parent";
      onError(end, "BAD_INDENT", msg, true);
    }
  }
}

// node_modules/yaml/browser/dist/compose/util-map-includes.js
function mapIncludes(ctx, items, search) {
  const { uniqueKeys } = ctx.options;
  if (uniqueKeys === false)
    return false;
  const isEqual = typeof uniqueKeys === "function" ? uniqueKeys : (a, b) => a === b || isScalar(a) && isScalar(b) && a.value === b.value;
  return items.some((pair) => isEqual(pair.key, search));
}

// node_modules/yaml/browser/dist/compose/resolve-block-map.js
var startColMsg = "All mapping items must start at the same column";
function resolveBlockMap({ composeNode: composeNode2, composeEmptyNode: composeEmptyNode2 }, ctx, bm, onError, tag) {
  const NodeClass = tag?.nodeClass ?? YAMLMap;
  const map2 = new NodeClass(ctx.schema);
  if (ctx.atRoot)
    ctx.atRoot = false;
  let offset = bm.offset;
  let commentEnd = null;
  for (const collItem of bm.items) {
    const { start, key, sep: sep2, value } = collItem;
    const keyProps = resolveProps(start, {
      indicator: "explicit-key-ind",
      next: key ?? sep2?.[0],
      offset,
      onError,
      parentIndent: bm.indent,
      startOnNewline: true
    });
    const implicitKey = !keyProps.found;
    if (implicitKey) {
      if (key) {
        if (key.type === "block-seq")
          onError(offset, "BLOCK_AS_IMPLICIT_KEY", "A block sequence may not be used as an implicit map key");
        else if ("indent" in key && key.indent !== bm.indent)
          onError(offset, "BAD_INDENT", startColMsg);
      }
      if (!keyProps.anchor && !keyProps.tag && !sep2) {
        commentEnd = keyProps.end;
        if (keyProps.comment) {
          if (map2.comment)
            map2.comment += "\n" + keyProps.comment;
          else
            map2.comment = keyProps.comment;
        }
        continue;
      }
      if (keyProps.newlineAfterProp || containsNewline(key)) {
        onError(key ?? start[start.length - 1], "MULTILINE_IMPLICIT_KEY", "Implicit keys need to be on a single line");
      }
    } else if (keyProps.found?.indent !== bm.indent) {
      onError(offset, "BAD_INDENT", startColMsg);
    }
    ctx.atKey = true;
    const keyStart = keyProps.end;
    const keyNode = key ? composeNode2(ctx, key, keyProps, onError) : composeEmptyNode2(ctx, keyStart, start, null, keyProps, onError);
    if (ctx.schema.compat)
      flowIndentCheck(bm.indent, key, onError);
    ctx.atKey = false;
    if (mapIncludes(ctx, map2.items, keyNode))
      onError(keyStart, "DUPLICATE_KEY", "Map keys must be unique");
    const valueProps = resolveProps(sep2 ?? [], {
      indicator: "map-value-ind",
      next: value,
      offset: keyNode.range[2],
      onError,
      parentIndent: bm.indent,
      startOnNewline: !key || key.type === "block-scalar"
    });
    offset = valueProps.end;
    if (valueProps.found) {
      if (implicitKey) {
        if (value?.type === "block-map" && !valueProps.hasNewline)
          onError(offset, "BLOCK_AS_IMPLICIT_KEY", "Nested mappings are not allowed in compact mappings");
        if (ctx.options.strict && keyProps.start < valueProps.found.offset - 1024)
          onError(keyNode.range, "KEY_OVER_1024_CHARS", "The : indicator must be at most 1024 chars after the start of an implicit block mapping key");
      }
      const valueNode = value ? composeNode2(ctx, value, valueProps, onError) : composeEmptyNode2(ctx, offset, sep2, null, valueProps, onError);
      if (ctx.schema.compat)
        flowIndentCheck(bm.indent, value, onError);
      offset = valueNode.range[2];
      const pair = new Pair(keyNode, valueNode);
      if (ctx.options.keepSourceTokens)
        pair.srcToken = collItem;
      map2.items.push(pair);
    } else {
      if (implicitKey)
        onError(keyNode.range, "MISSING_CHAR", "Implicit map keys need to be followed by map values");
      if (valueProps.comment) {
        if (keyNode.comment)
          keyNode.comment += "\n" + valueProps.comment;
        else
          keyNode.comment = valueProps.comment;
      }
      const pair = new Pair(keyNode);
      if (ctx.options.keepSourceTokens)
        pair.srcToken = collItem;
      map2.items.push(pair);
    }
  }
  if (commentEnd && commentEnd < offset)
    onError(commentEnd, "IMPOSSIBLE", "Map comment with trailing content");
  map2.range = [bm.offset, offset, commentEnd ?? offset];
  return map2;
}

// node_modules/yaml/browser/dist/compose/resolve-block-seq.js
function resolveBlockSeq({ composeNode: composeNode2, composeEmptyNode: composeEmptyNode2 }, ctx, bs, onError, tag) {
  const NodeClass = tag?.nodeClass ?? YAMLSeq;
  const seq2 = new NodeClass(ctx.schema);
  if (ctx.atRoot)
    ctx.atRoot = false;
  if (ctx.atKey)
    ctx.atKey = false;
  let offset = bs.offset;
  let commentEnd = null;
  for (const { start, value } of bs.items) {
    const props = resolveProps(start, {
      indicator: "seq-item-ind",
      next: value,
      offset,
      onError,
      parentIndent: bs.indent,
      startOnNewline: true
    });
    if (!props.found) {
      if (props.anchor || props.tag || value) {
        if (value?.type === "block-seq")
          onError(props.end, "BAD_INDENT", "All sequence items must start at the same column");
        else
          onError(offset, "MISSING_CHAR", "Sequence item without - indicator");
      } else {
        commentEnd = props.end;
        if (props.comment)
          seq2.comment = props.comment;
        continue;
      }
    }
    const node2 = value ? composeNode2(ctx, value, props, onError) : composeEmptyNode2(ctx, props.end, start, null, props, onError);
    if (ctx.schema.compat)
      flowIndentCheck(bs.indent, value, onError);
    offset = node2.range[2];
    seq2.items.push(node2);
  }
  seq2.range = [bs.offset, offset, commentEnd ?? offset];
  return seq2;
}

// node_modules/yaml/browser/dist/compose/resolve-end.js
function resolveEnd(end, offset, reqSpace, onError) {
  let comment = "";
  if (end) {
    let hasSpace = false;
    let sep2 = "";
    for (const token of end) {
      const { source, type } = token;
      switch (type) {
        case "space":
          hasSpace = true;
          break;
        case "comment": {
          if (reqSpace && !hasSpace)
            onError(token, "MISSING_CHAR", "Comments must be separated from other tokens by white space characters");
          const cb = source.substring(1) || " ";
          if (!comment)
            comment = cb;
          else
            comment += sep2 + cb;
          sep2 = "";
          break;
        }
        case "newline":
          if (comment)
            sep2 += source;
          hasSpace = true;
          break;
        default:
          onError(token, "UNEXPECTED_TOKEN", `Unexpected ${type} at node end`);
      }
      offset += source.length;
    }
  }
  return { comment, offset };
}

// node_modules/yaml/browser/dist/compose/resolve-flow-collection.js
var blockMsg = "Block collections are not allowed within flow collections";
var isBlock = (token) => token && (token.type === "block-map" || token.type === "block-seq");
function resolveFlowCollection({ composeNode: composeNode2, composeEmptyNode: composeEmptyNode2 }, ctx, fc, onError, tag) {
  const isMap3 = fc.start.source === "{";
  const fcName = isMap3 ? "flow map" : "flow sequence";
  const NodeClass = tag?.nodeClass ?? (isMap3 ? YAMLMap : YAMLSeq);
  const coll = new NodeClass(ctx.schema);
  coll.flow = true;
  const atRoot = ctx.atRoot;
  if (atRoot)
    ctx.atRoot = false;
  if (ctx.atKey)
    ctx.atKey = false;
  let offset = fc.offset + fc.start.source.length;
  for (let i = 0; i < fc.items.length; ++i) {
    const collItem = fc.items[i];
    const { start, key, sep: sep2, value } = collItem;
    const props = resolveProps(start, {
      flow: fcName,
      indicator: "explicit-key-ind",
      next: key ?? sep2?.[0],
      offset,
      onError,
      parentIndent: fc.indent,
      startOnNewline: false
    });
    if (!props.found) {
      if (!props.anchor && !props.tag && !sep2 && !value) {
        if (i === 0 && props.comma)
          onError(props.comma, "UNEXPECTED_TOKEN", `Unexpected , in ${fcName}`);
        else if (i < fc.items.length - 1)
          onError(props.start, "UNEXPECTED_TOKEN", `Unexpected empty item in ${fcName}`);
        if (props.comment) {
          if (coll.comment)
            coll.comment += "\n" + props.comment;
          else
            coll.comment = props.comment;
        }
        offset = props.end;
        continue;
      }
      if (!isMap3 && ctx.options.strict && containsNewline(key))
        onError(
          key,
          // checked by containsNewline()
          "MULTILINE_IMPLICIT_KEY",
          "Implicit keys of flow sequence pairs need to be on a single line"
        );
    }
    if (i === 0) {
      if (props.comma)
        onError(props.comma, "UNEXPECTED_TOKEN", `Unexpected , in ${fcName}`);
    } else {
      if (!props.comma)
        onError(props.start, "MISSING_CHAR", `Missing , between ${fcName} items`);
      if (props.comment) {
        let prevItemComment = "";
        loop: for (const st of start) {
          switch (st.type) {
            case "comma":
            case "space":
              break;
            case "comment":
              prevItemComment = st.source.substring(1);
              break loop;
            default:
              break loop;
          }
        }
        if (prevItemComment) {
          let prev = coll.items[coll.items.length - 1];
          if (isPair(prev))
            prev = prev.value ?? prev.key;
          if (prev.comment)
            prev.comment += "\n" + prevItemComment;
          else
            prev.comment = prevItemComment;
          props.comment = props.comment.substring(prevItemComment.length + 1);
        }
      }
    }
    if (!isMap3 && !sep2 && !props.found) {
      const valueNode = value ? composeNode2(ctx, value, props, onError) : composeEmptyNode2(ctx, props.end, sep2, null, props, onError);
      coll.items.push(valueNode);
      offset = valueNode.range[2];
      if (isBlock(value))
        onError(valueNode.range, "BLOCK_IN_FLOW", blockMsg);
    } else {
      ctx.atKey = true;
      const keyStart = props.end;
      const keyNode = key ? composeNode2(ctx, key, props, onError) : composeEmptyNode2(ctx, keyStart, start, null, props, onError);
      if (isBlock(key))
        onError(keyNode.range, "BLOCK_IN_FLOW", blockMsg);
      ctx.atKey = false;
      const valueProps = resolveProps(sep2 ?? [], {
        flow: fcName,
        indicator: "map-value-ind",
        next: value,
        offset: keyNode.range[2],
        onError,
        parentIndent: fc.indent,
        startOnNewline: false
      });
      if (valueProps.found) {
        if (!isMap3 && !props.found && ctx.options.strict) {
          if (sep2)
            for (const st of sep2) {
              if (st === valueProps.found)
                break;
              if (st.type === "newline") {
                onError(st, "MULTILINE_IMPLICIT_KEY", "Implicit keys of flow sequence pairs need to be on a single line");
                break;
              }
            }
          if (props.start < valueProps.found.offset - 1024)
            onError(valueProps.found, "KEY_OVER_1024_CHARS", "The : indicator must be at most 1024 chars after the start of an implicit flow sequence key");
        }
      } else if (value) {
        if ("source" in value && value.source?.[0] === ":")
          onError(value, "MISSING_CHAR", `Missing space after : in ${fcName}`);
        else
          onError(valueProps.start, "MISSING_CHAR", `Missing , or : between ${fcName} items`);
      }
      const valueNode = value ? composeNode2(ctx, value, valueProps, onError) : valueProps.found ? composeEmptyNode2(ctx, valueProps.end, sep2, null, valueProps, onError) : null;
      if (valueNode) {
        if (isBlock(value))
          onError(valueNode.range, "BLOCK_IN_FLOW", blockMsg);
      } else if (valueProps.comment) {
        if (keyNode.comment)
          keyNode.comment += "\n" + valueProps.comment;
        else
          keyNode.comment = valueProps.comment;
      }
      const pair = new Pair(keyNode, valueNode);
      if (ctx.options.keepSourceTokens)
        pair.srcToken = collItem;
      if (isMap3) {
        const map2 = coll;
        if (mapIncludes(ctx, map2.items, keyNode))
          onError(keyStart, "DUPLICATE_KEY", "Map keys must be unique");
        map2.items.push(pair);
      } else {
        const map2 = new YAMLMap(ctx.schema);
        map2.flow = true;
        map2.items.push(pair);
        const endRange = (valueNode ?? keyNode).range;
        map2.range = [keyNode.range[0], endRange[1], endRange[2]];
        coll.items.push(map2);
      }
      offset = valueNode ? valueNode.range[2] : valueProps.end;
    }
  }
  const expectedEnd = isMap3 ? "}" : "]";
  const [ce, ...ee] = fc.end;
  let cePos = offset;
  if (ce?.source === expectedEnd)
    cePos = ce.offset + ce.source.length;
  else {
    const name = fcName[0].toUpperCase() + fcName.substring(1);
    const msg = atRoot ? `${name} must end with a ${expectedEnd}` : `${name} in block collection must be sufficiently indented and end with a ${expectedEnd}`;
    onError(offset, atRoot ? "MISSING_CHAR" : "BAD_INDENT", msg);
    if (ce && ce.source.length !== 1)
      ee.unshift(ce);
  }
  if (ee.length > 0) {
    const end = resolveEnd(ee, cePos, ctx.options.strict, onError);
    if (end.comment) {
      if (coll.comment)
        coll.comment += "\n" + end.comment;
      else
        coll.comment = end.comment;
    }
    coll.range = [fc.offset, cePos, end.offset];
  } else {
    coll.range = [fc.offset, cePos, cePos];
  }
  return coll;
}

// node_modules/yaml/browser/dist/compose/compose-collection.js
function resolveCollection(CN2, ctx, token, onError, tagName, tag) {
  const coll = token.type === "block-map" ? resolveBlockMap(CN2, ctx, token, onError, tag) : token.type === "block-seq" ? resolveBlockSeq(CN2, ctx, token, onError, tag) : resolveFlowCollection(CN2, ctx, token, onError, tag);
  const Coll = coll.constructor;
  if (tagName === "!" || tagName === Coll.tagName) {
    coll.tag = Coll.tagName;
    return coll;
  }
  if (tagName)
    coll.tag = tagName;
  return coll;
}
function composeCollection(CN2, ctx, token, props, onError) {
  const tagToken = props.tag;
  const tagName = !tagToken ? null : ctx.directives.tagName(tagToken.source, (msg) => onError(tagToken, "TAG_RESOLVE_FAILED", msg));
  if (token.type === "block-seq") {
    const { anchor, newlineAfterProp: nl } = props;
    const lastProp = anchor && tagToken ? anchor.offset > tagToken.offset ? anchor : tagToken : anchor ?? tagToken;
    if (lastProp && (!nl || nl.offset < lastProp.offset)) {
      const message = "Missing newline after block sequence props";
      onError(lastProp, "MISSING_CHAR", message);
    }
  }
  const expType = token.type === "block-map" ? "map" : token.type === "block-seq" ? "seq" : token.start.source === "{" ? "map" : "seq";
  if (!tagToken || !tagName || tagName === "!" || tagName === YAMLMap.tagName && expType === "map" || tagName === YAMLSeq.tagName && expType === "seq") {
    return resolveCollection(CN2, ctx, token, onError, tagName);
  }
  let tag = ctx.schema.tags.find((t) => t.tag === tagName && t.collection === expType);
  if (!tag) {
    const kt = ctx.schema.knownTags[tagName];
    if (kt?.collection === expType) {
      ctx.schema.tags.push(Object.assign({}, kt, { default: false }));
      tag = kt;
    } else {
      if (kt) {
        onError(tagToken, "BAD_COLLECTION_TYPE", `${kt.tag} used for ${expType} collection, but expects ${kt.collection ?? "scalar"}`, true);
      } else {
        onError(tagToken, "TAG_RESOLVE_FAILED", `Unresolved tag: ${tagName}`, true);
      }
      return resolveCollection(CN2, ctx, token, onError, tagName);
    }
  }
  const coll = resolveCollection(CN2, ctx, token, onError, tagName, tag);
  const res = tag.resolve?.(coll, (msg) => onError(tagToken, "TAG_RESOLVE_FAILED", msg), ctx.options) ?? coll;
  const node2 = isNode(res) ? res : new Scalar(res);
  node2.range = coll.range;
  node2.tag = tagName;
  if (tag?.format)
    node2.format = tag.format;
  return node2;
}

// node_modules/yaml/browser/dist/compose/resolve-block-scalar.js
function resolveBlockScalar(ctx, scalar, onError) {
  const start = scalar.offset;
  const header = parseBlockScalarHeader(scalar, ctx.options.strict, onError);
  if (!header)
    return { value: "", type: null, comment: "", range: [start, start, start] };
  const type = header.mode === ">" ? Scalar.BLOCK_FOLDED : Scalar.BLOCK_LITERAL;
  const lines = scalar.source ? splitLines(scalar.source) : [];
  let chompStart = lines.length;
  for (let i = lines.length - 1; i >= 0; --i) {
    const content = lines[i][1];
    if (content === "" || content === "\r")
      chompStart = i;
    else
      break;
  }
  if (chompStart === 0) {
    const value2 = header.chomp === "+" && lines.length > 0 ? "\n".repeat(Math.max(1, lines.length - 1)) : "";
    let end2 = start + header.length;
    if (scalar.source)
      end2 += scalar.source.length;
    return { value: value2, type, comment: header.comment, range: [start, end2, end2] };
  }
  let trimIndent = scalar.indent + header.indent;
  let offset = scalar.offset + header.length;
  let contentStart = 0;
  for (let i = 0; i < chompStart; ++i) {
    const [indent, content] = lines[i];
    if (content === "" || content === "\r") {
      if (header.indent === 0 && indent.length > trimIndent)
        trimIndent = indent.length;
    } else {
      if (indent.length < trimIndent) {
        const message = "Block scalars with more-indented leading empty lines must use an explicit indentation indicator";
        onError(offset + indent.length, "MISSING_CHAR", message);
      }
      if (header.indent === 0)
        trimIndent = indent.length;
      contentStart = i;
      if (trimIndent === 0 && !ctx.atRoot) {
        const message = "Block scalar values in collections must be indented";
        onError(offset, "BAD_INDENT", message);
      }
      break;
    }
    offset += indent.length + content.length + 1;
  }
  for (let i = lines.length - 1; i >= chompStart; --i) {
    if (lines[i][0].length > trimIndent)
      chompStart = i + 1;
  }
  let value = "";
  let sep2 = "";
  let prevMoreIndented = false;
  for (let i = 0; i < contentStart; ++i)
    value += lines[i][0].slice(trimIndent) + "\n";
  for (let i = contentStart; i < chompStart; ++i) {
    let [indent, content] = lines[i];
    offset += indent.length + content.length + 1;
    const crlf = content[content.length - 1] === "\r";
    if (crlf)
      content = content.slice(0, -1);
    if (content && indent.length < trimIndent) {
      const src = header.indent ? "explicit indentation indicator" : "first line";
      const message = `Block scalar lines must not be less indented than their ${src}`;
      onError(offset - content.length - (crlf ? 2 : 1), "BAD_INDENT", message);
      indent = "";
    }
    if (type === Scalar.BLOCK_LITERAL) {
      value += sep2 + indent.slice(trimIndent) + content;
      sep2 = "\n";
    } else if (indent.length > trimIndent || content[0] === "	") {
      if (sep2 === " ")
        sep2 = "\n";
      else if (!prevMoreIndented && sep2 === "\n")
        sep2 = "\n\n";
      value += sep2 + indent.slice(trimIndent) + content;
      sep2 = "\n";
      prevMoreIndented = true;
    } else if (content === "") {
      if (sep2 === "\n")
        value += "\n";
      else
        sep2 = "\n";
    } else {
      value += sep2 + content;
      sep2 = " ";
      prevMoreIndented = false;
    }
  }
  switch (header.chomp) {
    case "-":
      break;
    case "+":
      for (let i = chompStart; i < lines.length; ++i)
        value += "\n" + lines[i][0].slice(trimIndent);
      if (value[value.length - 1] !== "\n")
        value += "\n";
      break;
    default:
      value += "\n";
  }
  const end = start + header.length + scalar.source.length;
  return { value, type, comment: header.comment, range: [start, end, end] };
}
function parseBlockScalarHeader({ offset, props }, strict, onError) {
  if (props[0].type !== "block-scalar-header") {
    onError(props[0], "IMPOSSIBLE", "Block scalar header not found");
    return null;
  }
  const { source } = props[0];
  const mode = source[0];
  let indent = 0;
  let chomp = "";
  let error = -1;
  for (let i = 1; i < source.length; ++i) {
    const ch = source[i];
    if (!chomp && (ch === "-" || ch === "+"))
      chomp = ch;
    else {
      const n = Number(ch);
      if (!indent && n)
        indent = n;
      else if (error === -1)
        error = offset + i;
    }
  }
  if (error !== -1)
    onError(error, "UNEXPECTED_TOKEN", `Block scalar header includes extra characters: ${source}`);
  let hasSpace = false;
  let comment = "";
  let length = source.length;
  for (let i = 1; i < props.length; ++i) {
    const token = props[i];
    switch (token.type) {
      case "space":
        hasSpace = true;
      // fallthrough
      case "newline":
        length += token.source.length;
        break;
      case "comment":
        if (strict && !hasSpace) {
          const message = "Comments must be separated from other tokens by white space characters";
          onError(token, "MISSING_CHAR", message);
        }
        length += token.source.length;
        comment = token.source.substring(1);
        break;
      case "error":
        onError(token, "UNEXPECTED_TOKEN", token.message);
        length += token.source.length;
        break;
      /* istanbul ignore next should not happen */
      default: {
        const message = `Unexpected token in block scalar header: ${token.type}`;
        onError(token, "UNEXPECTED_TOKEN", message);
        const ts = token.source;
        if (ts && typeof ts === "string")
          length += ts.length;
      }
    }
  }
  return { mode, indent, chomp, comment, length };
}
function splitLines(source) {
  const split2 = source.split(/\n( *)/);
  const first = split2[0];
  const m = first.match(/^( *)/);
  const line0 = m?.[1] ? [m[1], first.slice(m[1].length)] : ["", first];
  const lines = [line0];
  for (let i = 1; i < split2.length; i += 2)
    lines.push([split2[i], split2[i + 1]]);
  return lines;
}

// node_modules/yaml/browser/dist/compose/resolve-flow-scalar.js
function resolveFlowScalar(scalar, strict, onError) {
  const { offset, type, source, end } = scalar;
  let _type;
  let value;
  const _onError = (rel, code2, msg) => onError(offset + rel, code2, msg);
  switch (type) {
    case "scalar":
      _type = Scalar.PLAIN;
      value = plainValue(source, _onError);
      break;
    case "single-quoted-scalar":
      _type = Scalar.QUOTE_SINGLE;
      value = singleQuotedValue(source, _onError);
      break;
    case "double-quoted-scalar":
      _type = Scalar.QUOTE_DOUBLE;
      value = doubleQuotedValue(source, _onError);
      break;
    /* istanbul ignore next should not happen */
    default:
      onError(scalar, "UNEXPECTED_TOKEN", `Expected a flow scalar value, but found: ${type}`);
      return {
        value: "",
        type: null,
        comment: "",
        range: [offset, offset + source.length, offset + source.length]
      };
  }
  const valueEnd = offset + source.length;
  const re = resolveEnd(end, valueEnd, strict, onError);
  return {
    value,
    type: _type,
    comment: re.comment,
    range: [offset, valueEnd, re.offset]
  };
}
function plainValue(source, onError) {
  let badChar = "";
  switch (source[0]) {
    /* istanbul ignore next should not happen */
    case "	":
      badChar = "a tab character";
      break;
    case ",":
      badChar = "flow indicator character ,";
      break;
    case "%":
      badChar = "directive indicator character %";
      break;
    case "|":
    case ">": {
      badChar = `block scalar indicator ${source[0]}`;
      break;
    }
    case "@":
    case "`": {
      badChar = `reserved character ${source[0]}`;
      break;
    }
  }
  if (badChar)
    onError(0, "BAD_SCALAR_START", `Plain value cannot start with ${badChar}`);
  return unfoldLines(source);
}
function singleQuotedValue(source, onError) {
  if (source[source.length - 1] !== "'" || source.length === 1)
    onError(source.length, "MISSING_CHAR", "Missing closing 'quote");
  return unfoldLines(source.slice(1, -1)).replace(/''/g, "'");
}
function unfoldLines(source) {
  const line = /(.*?)\r?\n/sy;
  let match = line.exec(source);
  if (!match)
    return source;
  let trimEnd, trimBoth;
  try {
    trimEnd = new RegExp("(?<![ 	])[ 	]+$");
    trimBoth = new RegExp("^[ 	]+|(?<![ 	])[ 	]+$", "g");
  } catch {
    trimEnd = /[ \t]+$/;
    trimBoth = /^[ \t]+|[ \t]+$/g;
  }
  let res = match[1].replace(trimEnd, "");
  let sep2 = " ";
  let pos = line.lastIndex;
  while (match = line.exec(source)) {
    const lm = match[1].replace(trimBoth, "");
    if (lm === "") {
      if (sep2 === "\n")
        res += sep2;
      else
        sep2 = "\n";
    } else {
      res += sep2 + lm;
      sep2 = " ";
    }
    pos = line.lastIndex;
  }
  const last = /[ \t]*(.*)/sy;
  last.lastIndex = pos;
  match = last.exec(source);
  return res + sep2 + (match?.[1] ?? "");
}
function doubleQuotedValue(source, onError) {
  let res = "";
  for (let i = 1; i < source.length - 1; ++i) {
    const ch = source[i];
    if (ch === "\r" && source[i + 1] === "\n")
      continue;
    if (ch === "\n") {
      const { fold, offset } = foldNewline(source, i);
      res += fold;
      i = offset;
    } else if (ch === "\\") {
      let next = source[++i];
      const cc = escapeCodes[next];
      if (cc)
        res += cc;
      else if (next === "\n") {
        next = source[i + 1];
        while (next === " " || next === "	")
          next = source[++i + 1];
      } else if (next === "\r" && source[i + 1] === "\n") {
        next = source[++i + 1];
        while (next === " " || next === "	")
          next = source[++i + 1];
      } else if (next === "x" || next === "u" || next === "U") {
        const length = next === "x" ? 2 : next === "u" ? 4 : 8;
        res += parseCharCode(source, i + 1, length, onError);
        i += length;
      } else {
        const raw = source.substr(i - 1, 2);
        onError(i - 1, "BAD_DQ_ESCAPE", `Invalid escape sequence ${raw}`);
        res += raw;
      }
    } else if (ch === " " || ch === "	") {
      const wsStart = i;
      let next = source[i + 1];
      while (next === " " || next === "	")
        next = source[++i + 1];
      if (next !== "\n" && !(next === "\r" && source[i + 2] === "\n"))
        res += i > wsStart ? source.slice(wsStart, i + 1) : ch;
    } else {
      res += ch;
    }
  }
  if (source[source.length - 1] !== '"' || source.length === 1)
    onError(source.length, "MISSING_CHAR", 'Missing closing "quote');
  return res;
}
function foldNewline(source, offset) {
  let fold = "";
  let ch = source[offset + 1];
  while (ch === " " || ch === "	" || ch === "\n" || ch === "\r") {
    if (ch === "\r" && source[offset + 2] !== "\n")
      break;
    if (ch === "\n")
      fold += "\n";
    offset += 1;
    ch = source[offset + 1];
  }
  if (!fold)
    fold = " ";
  return { fold, offset };
}
var escapeCodes = {
  "0": "\0",
  // null character
  a: "\x07",
  // bell character
  b: "\b",
  // backspace
  e: "\x1B",
  // escape character
  f: "\f",
  // form feed
  n: "\n",
  // line feed
  r: "\r",
  // carriage return
  t: "	",
  // horizontal tab
  v: "\v",
  // vertical tab
  N: "\x85",
  // Unicode next line
  _: "\xA0",
  // Unicode non-breaking space
  L: "\u2028",
  // Unicode line separator
  P: "\u2029",
  // Unicode paragraph separator
  " ": " ",
  '"': '"',
  "/": "/",
  "\\": "\\",
  "	": "	"
};
function parseCharCode(source, offset, length, onError) {
  const cc = source.substr(offset, length);
  const ok = cc.length === length && /^[0-9a-fA-F]+$/.test(cc);
  const code2 = ok ? parseInt(cc, 16) : NaN;
  try {
    return String.fromCodePoint(code2);
  } catch {
    const raw = source.substr(offset - 2, length + 2);
    onError(offset - 2, "BAD_DQ_ESCAPE", `Invalid escape sequence ${raw}`);
    return raw;
  }
}

// node_modules/yaml/browser/dist/compose/compose-scalar.js
function composeScalar(ctx, token, tagToken, onError) {
  const { value, type, comment, range } = token.type === "block-scalar" ? resolveBlockScalar(ctx, token, onError) : resolveFlowScalar(token, ctx.options.strict, onError);
  const tagName = tagToken ? ctx.directives.tagName(tagToken.source, (msg) => onError(tagToken, "TAG_RESOLVE_FAILED", msg)) : null;
  let tag;
  if (ctx.options.stringKeys && ctx.atKey) {
    tag = ctx.schema[SCALAR];
  } else if (tagName)
    tag = findScalarTagByName(ctx.schema, value, tagName, tagToken, onError);
  else if (token.type === "scalar")
    tag = findScalarTagByTest(ctx, value, token, onError);
  else
    tag = ctx.schema[SCALAR];
  let scalar;
  try {
    const res = tag.resolve(value, (msg) => onError(tagToken ?? token, "TAG_RESOLVE_FAILED", msg), ctx.options);
    scalar = isScalar(res) ? res : new Scalar(res);
  } catch (error) {
    const msg = error instanceof Error ? error.message : String(error);
    onError(tagToken ?? token, "TAG_RESOLVE_FAILED", msg);
    scalar = new Scalar(value);
  }
  scalar.range = range;
  scalar.source = value;
  if (type)
    scalar.type = type;
  if (tagName)
    scalar.tag = tagName;
  if (tag.format)
    scalar.format = tag.format;
  if (comment)
    scalar.comment = comment;
  return scalar;
}
function findScalarTagByName(schema4, value, tagName, tagToken, onError) {
  if (tagName === "!")
    return schema4[SCALAR];
  const matchWithTest = [];
  for (const tag of schema4.tags) {
    if (!tag.collection && tag.tag === tagName) {
      if (tag.default && tag.test)
        matchWithTest.push(tag);
      else
        return tag;
    }
  }
  for (const tag of matchWithTest)
    if (tag.test?.test(value))
      return tag;
  const kt = schema4.knownTags[tagName];
  if (kt && !kt.collection) {
    schema4.tags.push(Object.assign({}, kt, { default: false, test: void 0 }));
    return kt;
  }
  onError(tagToken, "TAG_RESOLVE_FAILED", `Unresolved tag: ${tagName}`, tagName !== "tag:yaml.org,2002:str");
  return schema4[SCALAR];
}
function findScalarTagByTest({ atKey, directives, schema: schema4 }, value, token, onError) {
  const tag = schema4.tags.find((tag2) => (tag2.default === true || atKey && tag2.default === "key") && tag2.test?.test(value)) || schema4[SCALAR];
  if (schema4.compat) {
    const compat = schema4.compat.find((tag2) => tag2.default && tag2.test?.test(value)) ?? schema4[SCALAR];
    if (tag.tag !== compat.tag) {
      const ts = directives.tagString(tag.tag);
      const cs = directives.tagString(compat.tag);
      const msg = `Value may be parsed as either ${ts} or ${cs}`;
      onError(token, "TAG_RESOLVE_FAILED", msg, true);
    }
  }
  return tag;
}

// node_modules/yaml/browser/dist/compose/util-empty-scalar-position.js
function emptyScalarPosition(offset, before, pos) {
  if (before) {
    pos ?? (pos = before.length);
    for (let i = pos - 1; i >= 0; --i) {
      let st = before[i];
      switch (st.type) {
        case "space":
        case "comment":
        case "newline":
          offset -= st.source.length;
          continue;
      }
      st = before[++i];
      while (st?.type === "space") {
        offset += st.source.length;
        st = before[++i];
      }
      break;
    }
  }
  return offset;
}

// node_modules/yaml/browser/dist/compose/compose-node.js
var CN = { composeNode, composeEmptyNode };
function composeNode(ctx, token, props, onError) {
  const atKey = ctx.atKey;
  const { spaceBefore, comment, anchor, tag } = props;
  let node2;
  let isSrcToken = true;
  switch (token.type) {
    case "alias":
      node2 = composeAlias(ctx, token, onError);
      if (anchor || tag)
        onError(token, "ALIAS_PROPS", "An alias node must not specify any properties");
      break;
    case "scalar":
    case "single-quoted-scalar":
    case "double-quoted-scalar":
    case "block-scalar":
      node2 = composeScalar(ctx, token, tag, onError);
      if (anchor)
        node2.anchor = anchor.source.substring(1);
      break;
    case "block-map":
    case "block-seq":
    case "flow-collection":
      try {
        node2 = composeCollection(CN, ctx, token, props, onError);
        if (anchor)
          node2.anchor = anchor.source.substring(1);
      } catch (error) {
        const message = error instanceof Error ? error.message : String(error);
        onError(token, "RESOURCE_EXHAUSTION", message);
      }
      break;
    default: {
      const message = token.type === "error" ? token.message : `Unsupported token (type: ${token.type})`;
      onError(token, "UNEXPECTED_TOKEN", message);
      isSrcToken = false;
    }
  }
  node2 ?? (node2 = composeEmptyNode(ctx, token.offset, void 0, null, props, onError));
  if (anchor && node2.anchor === "")
    onError(anchor, "BAD_ALIAS", "Anchor cannot be an empty string");
  if (atKey && ctx.options.stringKeys && (!isScalar(node2) || typeof node2.value !== "string" || node2.tag && node2.tag !== "tag:yaml.org,2002:str")) {
    const msg = "With stringKeys, all keys must be strings";
    onError(tag ?? token, "NON_STRING_KEY", msg);
  }
  if (spaceBefore)
    node2.spaceBefore = true;
  if (comment) {
    if (token.type === "scalar" && token.source === "")
      node2.comment = comment;
    else
      node2.commentBefore = comment;
  }
  if (ctx.options.keepSourceTokens && isSrcToken)
    node2.srcToken = token;
  return node2;
}
function composeEmptyNode(ctx, offset, before, pos, { spaceBefore, comment, anchor, tag, end }, onError) {
  const token = {
    type: "scalar",
    offset: emptyScalarPosition(offset, before, pos),
    indent: -1,
    source: ""
  };
  const node2 = composeScalar(ctx, token, tag, onError);
  if (anchor) {
    node2.anchor = anchor.source.substring(1);
    if (node2.anchor === "")
      onError(anchor, "BAD_ALIAS", "Anchor cannot be an empty string");
  }
  if (spaceBefore)
    node2.spaceBefore = true;
  if (comment) {
    node2.comment = comment;
    node2.range[2] = end;
  }
  return node2;
}
function composeAlias({ options }, { offset, source, end }, onError) {
  const alias = new Alias(source.substring(1));
  if (alias.source === "")
    onError(offset, "BAD_ALIAS", "Alias cannot be an empty string");
  if (alias.source.endsWith(":"))
    onError(offset + source.length - 1, "BAD_ALIAS", "Alias ending in : is ambiguous", true);
  const valueEnd = offset + source.length;
  const re = resolveEnd(end, valueEnd, options.strict, onError);
  alias.range = [offset, valueEnd, re.offset];
  if (re.comment)
    alias.comment = re.comment;
  return alias;
}

// node_modules/yaml/browser/dist/compose/compose-doc.js
function composeDoc(options, directives, { offset, start, value, end }, onError) {
  const opts = Object.assign({ _directives: directives }, options);
  const doc = new Document(void 0, opts);
  const ctx = {
    atKey: false,
    atRoot: true,
    directives: doc.directives,
    options: doc.options,
    schema: doc.schema
  };
  const props = resolveProps(start, {
    indicator: "doc-start",
    next: value ?? end?.[0],
    offset,
    onError,
    parentIndent: 0,
    startOnNewline: true
  });
  if (props.found) {
    doc.directives.docStart = true;
    if (value && (value.type === "block-map" || value.type === "block-seq") && !props.hasNewline)
      onError(props.end, "MISSING_CHAR", "Block collection cannot start on same line with directives-end marker");
  }
  doc.contents = value ? composeNode(ctx, value, props, onError) : composeEmptyNode(ctx, props.end, start, null, props, onError);
  const contentEnd = doc.contents.range[2];
  const re = resolveEnd(end, contentEnd, false, onError);
  if (re.comment)
    doc.comment = re.comment;
  doc.range = [offset, contentEnd, re.offset];
  return doc;
}

// node_modules/yaml/browser/dist/compose/composer.js
function getErrorPos(src) {
  if (typeof src === "number")
    return [src, src + 1];
  if (Array.isArray(src))
    return src.length === 2 ? src : [src[0], src[1]];
  const { offset, source } = src;
  return [offset, offset + (typeof source === "string" ? source.length : 1)];
}
function parsePrelude(prelude) {
  let comment = "";
  let atComment = false;
  let afterEmptyLine = false;
  for (let i = 0; i < prelude.length; ++i) {
    const source = prelude[i];
    switch (source[0]) {
      case "#":
        comment += (comment === "" ? "" : afterEmptyLine ? "\n\n" : "\n") + (source.substring(1) || " ");
        atComment = true;
        afterEmptyLine = false;
        break;
      case "%":
        if (prelude[i + 1]?.[0] !== "#")
          i += 1;
        atComment = false;
        break;
      default:
        if (!atComment)
          afterEmptyLine = true;
        atComment = false;
    }
  }
  return { comment, afterEmptyLine };
}
var Composer = class {
  constructor(options = {}) {
    this.doc = null;
    this.atDirectives = false;
    this.prelude = [];
    this.errors = [];
    this.warnings = [];
    this.onError = (source, code2, message, warning) => {
      const pos = getErrorPos(source);
      if (warning)
        this.warnings.push(new YAMLWarning(pos, code2, message));
      else
        this.errors.push(new YAMLParseError(pos, code2, message));
    };
    this.directives = new Directives({ version: options.version || "1.2" });
    this.options = options;
  }
  decorate(doc, afterDoc) {
    const { comment, afterEmptyLine } = parsePrelude(this.prelude);
    if (comment) {
      const dc = doc.contents;
      if (afterDoc) {
        doc.comment = doc.comment ? `${doc.comment}
${comment}` : comment;
      } else if (afterEmptyLine || doc.directives.docStart || !dc) {
        doc.commentBefore = comment;
      } else if (isCollection(dc) && !dc.flow && dc.items.length > 0) {
        let it = dc.items[0];
        if (isPair(it))
          it = it.key;
        const cb = it.commentBefore;
        it.commentBefore = cb ? `${comment}
${cb}` : comment;
      } else {
        const cb = dc.commentBefore;
        dc.commentBefore = cb ? `${comment}
${cb}` : comment;
      }
    }
    if (afterDoc) {
      for (let i = 0; i < this.errors.length; ++i)
        doc.errors.push(this.errors[i]);
      for (let i = 0; i < this.warnings.length; ++i)
        doc.warnings.push(this.warnings[i]);
    } else {
      doc.errors = this.errors;
      doc.warnings = this.warnings;
    }
    this.prelude = [];
    this.errors = [];
    this.warnings = [];
  }
  /**
   * Current stream status information.
   *
   * Mostly useful at the end of input for an empty stream.
   */
  streamInfo() {
    return {
      comment: parsePrelude(this.prelude).comment,
      directives: this.directives,
      errors: this.errors,
      warnings: this.warnings
    };
  }
  /**
   * Compose tokens into documents.
   *
   * @param forceDoc - If the stream contains no document, still emit a final document including any comments and directives that would be applied to a subsequent document.
   * @param endOffset - Should be set if `forceDoc` is also set, to set the document range end and to indicate errors correctly.
   */
  *compose(tokens, forceDoc = false, endOffset = -1) {
    for (const token of tokens)
      yield* this.next(token);
    yield* this.end(forceDoc, endOffset);
  }
  /** Advance the composer by one CST token. */
  *next(token) {
    switch (token.type) {
      case "directive":
        this.directives.add(token.source, (offset, message, warning) => {
          const pos = getErrorPos(token);
          pos[0] += offset;
          this.onError(pos, "BAD_DIRECTIVE", message, warning);
        });
        this.prelude.push(token.source);
        this.atDirectives = true;
        break;
      case "document": {
        const doc = composeDoc(this.options, this.directives, token, this.onError);
        if (this.atDirectives && !doc.directives.docStart)
          this.onError(token, "MISSING_CHAR", "Missing directives-end/doc-start indicator line");
        this.decorate(doc, false);
        if (this.doc)
          yield this.doc;
        this.doc = doc;
        this.atDirectives = false;
        break;
      }
      case "byte-order-mark":
      case "space":
        break;
      case "comment":
      case "newline":
        this.prelude.push(token.source);
        break;
      case "error": {
        const msg = token.source ? `${token.message}: ${JSON.stringify(token.source)}` : token.message;
        const error = new YAMLParseError(getErrorPos(token), "UNEXPECTED_TOKEN", msg);
        if (this.atDirectives || !this.doc)
          this.errors.push(error);
        else
          this.doc.errors.push(error);
        break;
      }
      case "doc-end": {
        if (!this.doc) {
          const msg = "Unexpected doc-end without preceding document";
          this.errors.push(new YAMLParseError(getErrorPos(token), "UNEXPECTED_TOKEN", msg));
          break;
        }
        this.doc.directives.docEnd = true;
        const end = resolveEnd(token.end, token.offset + token.source.length, this.doc.options.strict, this.onError);
        this.decorate(this.doc, true);
        if (end.comment) {
          const dc = this.doc.comment;
          this.doc.comment = dc ? `${dc}
${end.comment}` : end.comment;
        }
        this.doc.range[2] = end.offset;
        break;
      }
      default:
        this.errors.push(new YAMLParseError(getErrorPos(token), "UNEXPECTED_TOKEN", `Unsupported token ${token.type}`));
    }
  }
  /**
   * Call at end of input to yield any remaining document.
   *
   * @param forceDoc - If the stream contains no document, still emit a final document including any comments and directives that would be applied to a subsequent document.
   * @param endOffset - Should be set if `forceDoc` is also set, to set the document range end and to indicate errors correctly.
   */
  *end(forceDoc = false, endOffset = -1) {
    if (this.doc) {
      this.decorate(this.doc, true);
      yield this.doc;
      this.doc = null;
    } else if (forceDoc) {
      const opts = Object.assign({ _directives: this.directives }, this.options);
      const doc = new Document(void 0, opts);
      if (this.atDirectives)
        this.onError(endOffset, "MISSING_CHAR", "Missing directives-end indicator line");
      doc.range = [0, endOffset, endOffset];
      this.decorate(doc, false);
      yield doc;
    }
  }
};

// node_modules/yaml/browser/dist/parse/cst-visit.js
var BREAK2 = /* @__PURE__ */ Symbol("break visit");
var SKIP2 = /* @__PURE__ */ Symbol("skip children");
var REMOVE2 = /* @__PURE__ */ Symbol("remove item");
function visit2(cst, visitor) {
  if ("type" in cst && cst.type === "document")
    cst = { start: cst.start, value: cst.value };
  _visit(Object.freeze([]), cst, visitor);
}
visit2.BREAK = BREAK2;
visit2.SKIP = SKIP2;
visit2.REMOVE = REMOVE2;
visit2.itemAtPath = (cst, path) => {
  let item = cst;
  for (const [field, index] of path) {
    const tok = item?.[field];
    if (tok && "items" in tok) {
      item = tok.items[index];
    } else
      return void 0;
  }
  return item;
};
visit2.parentCollection = (cst, path) => {
  const parent = visit2.itemAtPath(cst, path.slice(0, -1));
  const field = path[path.length - 1][0];
  const coll = parent?.[field];
  if (coll && "items" in coll)
    return coll;
  throw new Error("Parent collection not found");
};
function _visit(path, item, visitor) {
  let ctrl = visitor(item, path);
  if (typeof ctrl === "symbol")
    return ctrl;
  for (const field of ["key", "value"]) {
    const token = item[field];
    if (token && "items" in token) {
      for (let i = 0; i < token.items.length; ++i) {
        const ci = _visit(Object.freeze(path.concat([[field, i]])), token.items[i], visitor);
        if (typeof ci === "number")
          i = ci - 1;
        else if (ci === BREAK2)
          return BREAK2;
        else if (ci === REMOVE2) {
          token.items.splice(i, 1);
          i -= 1;
        }
      }
      if (typeof ctrl === "function" && field === "key")
        ctrl = ctrl(item, path);
    }
  }
  return typeof ctrl === "function" ? ctrl(item, path) : ctrl;
}

// node_modules/yaml/browser/dist/parse/cst.js
var BOM = "\uFEFF";
var DOCUMENT = "";
var FLOW_END = "";
var SCALAR2 = "";
function tokenType(source) {
  switch (source) {
    case BOM:
      return "byte-order-mark";
    case DOCUMENT:
      return "doc-mode";
    case FLOW_END:
      return "flow-error-end";
    case SCALAR2:
      return "scalar";
    case "---":
      return "doc-start";
    case "...":
      return "doc-end";
    case "":
    case "\n":
    case "\r\n":
      return "newline";
    case "-":
      return "seq-item-ind";
    case "?":
      return "explicit-key-ind";
    case ":":
      return "map-value-ind";
    case "{":
      return "flow-map-start";
    case "}":
      return "flow-map-end";
    case "[":
      return "flow-seq-start";
    case "]":
      return "flow-seq-end";
    case ",":
      return "comma";
  }
  switch (source[0]) {
    case " ":
    case "	":
      return "space";
    case "#":
      return "comment";
    case "%":
      return "directive-line";
    case "*":
      return "alias";
    case "&":
      return "anchor";
    case "!":
      return "tag";
    case "'":
      return "single-quoted-scalar";
    case '"':
      return "double-quoted-scalar";
    case "|":
    case ">":
      return "block-scalar-header";
  }
  return null;
}

// node_modules/yaml/browser/dist/parse/lexer.js
function isEmpty(ch) {
  switch (ch) {
    case void 0:
    case " ":
    case "\n":
    case "\r":
    case "	":
      return true;
    default:
      return false;
  }
}
var hexDigits = new Set("0123456789ABCDEFabcdef");
var tagChars = new Set("0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz-#;/?:@&=+$_.!~*'()");
var flowIndicatorChars = new Set(",[]{}");
var invalidAnchorChars = new Set(" ,[]{}\n\r	");
var isNotAnchorChar = (ch) => !ch || invalidAnchorChars.has(ch);
var Lexer = class {
  constructor() {
    this.atEnd = false;
    this.blockScalarIndent = -1;
    this.blockScalarKeep = false;
    this.buffer = "";
    this.flowKey = false;
    this.flowLevel = 0;
    this.indentNext = 0;
    this.indentValue = 0;
    this.lineEndPos = null;
    this.next = null;
    this.pos = 0;
  }
  /**
   * Generate YAML tokens from the `source` string. If `incomplete`,
   * a part of the last line may be left as a buffer for the next call.
   *
   * @returns A generator of lexical tokens
   */
  *lex(source, incomplete = false) {
    if (source) {
      if (typeof source !== "string")
        throw TypeError("source is not a string");
      this.buffer = this.buffer ? this.buffer + source : source;
      this.lineEndPos = null;
    }
    this.atEnd = !incomplete;
    let next = this.next ?? "stream";
    while (next && (incomplete || this.hasChars(1)))
      next = yield* this.parseNext(next);
  }
  atLineEnd() {
    let i = this.pos;
    let ch = this.buffer[i];
    while (ch === " " || ch === "	")
      ch = this.buffer[++i];
    if (!ch || ch === "#" || ch === "\n")
      return true;
    if (ch === "\r")
      return this.buffer[i + 1] === "\n";
    return false;
  }
  charAt(n) {
    return this.buffer[this.pos + n];
  }
  continueScalar(offset) {
    let ch = this.buffer[offset];
    if (this.indentNext > 0) {
      let indent = 0;
      while (ch === " ")
        ch = this.buffer[++indent + offset];
      if (ch === "\r") {
        const next = this.buffer[indent + offset + 1];
        if (next === "\n" || !next && !this.atEnd)
          return offset + indent + 1;
      }
      return ch === "\n" || indent >= this.indentNext || !ch && !this.atEnd ? offset + indent : -1;
    }
    if (ch === "-" || ch === ".") {
      const dt = this.buffer.substr(offset, 3);
      if ((dt === "---" || dt === "...") && isEmpty(this.buffer[offset + 3]))
        return -1;
    }
    return offset;
  }
  getLine() {
    let end = this.lineEndPos;
    if (typeof end !== "number" || end !== -1 && end < this.pos) {
      end = this.buffer.indexOf("\n", this.pos);
      this.lineEndPos = end;
    }
    if (end === -1)
      return this.atEnd ? this.buffer.substring(this.pos) : null;
    if (this.buffer[end - 1] === "\r")
      end -= 1;
    return this.buffer.substring(this.pos, end);
  }
  hasChars(n) {
    return this.pos + n <= this.buffer.length;
  }
  setNext(state) {
    this.buffer = this.buffer.substring(this.pos);
    this.pos = 0;
    this.lineEndPos = null;
    this.next = state;
    return null;
  }
  peek(n) {
    return this.buffer.substr(this.pos, n);
  }
  *parseNext(next) {
    switch (next) {
      case "stream":
        return yield* this.parseStream();
      case "line-start":
        return yield* this.parseLineStart();
      case "block-start":
        return yield* this.parseBlockStart();
      case "doc":
        return yield* this.parseDocument();
      case "flow":
        return yield* this.parseFlowCollection();
      case "quoted-scalar":
        return yield* this.parseQuotedScalar();
      case "block-scalar":
        return yield* this.parseBlockScalar();
      case "plain-scalar":
        return yield* this.parsePlainScalar();
    }
  }
  *parseStream() {
    let line = this.getLine();
    if (line === null)
      return this.setNext("stream");
    if (line[0] === BOM) {
      yield* this.pushCount(1);
      line = line.substring(1);
    }
    if (line[0] === "%") {
      let dirEnd = line.length;
      let cs = line.indexOf("#");
      while (cs !== -1) {
        const ch = line[cs - 1];
        if (ch === " " || ch === "	") {
          dirEnd = cs - 1;
          break;
        } else {
          cs = line.indexOf("#", cs + 1);
        }
      }
      while (true) {
        const ch = line[dirEnd - 1];
        if (ch === " " || ch === "	")
          dirEnd -= 1;
        else
          break;
      }
      const n = (yield* this.pushCount(dirEnd)) + (yield* this.pushSpaces(true));
      yield* this.pushCount(line.length - n);
      this.pushNewline();
      return "stream";
    }
    if (this.atLineEnd()) {
      const sp = yield* this.pushSpaces(true);
      yield* this.pushCount(line.length - sp);
      yield* this.pushNewline();
      return "stream";
    }
    yield DOCUMENT;
    return yield* this.parseLineStart();
  }
  *parseLineStart() {
    const ch = this.charAt(0);
    if (!ch && !this.atEnd)
      return this.setNext("line-start");
    if (ch === "-" || ch === ".") {
      if (!this.atEnd && !this.hasChars(4))
        return this.setNext("line-start");
      const s = this.peek(3);
      if ((s === "---" || s === "...") && isEmpty(this.charAt(3))) {
        yield* this.pushCount(3);
        this.indentValue = 0;
        this.indentNext = 0;
        return s === "---" ? "doc" : "stream";
      }
    }
    this.indentValue = yield* this.pushSpaces(false);
    if (this.indentNext > this.indentValue && !isEmpty(this.charAt(1)))
      this.indentNext = this.indentValue;
    return yield* this.parseBlockStart();
  }
  *parseBlockStart() {
    const [ch0, ch1] = this.peek(2);
    if (!ch1 && !this.atEnd)
      return this.setNext("block-start");
    if ((ch0 === "-" || ch0 === "?" || ch0 === ":") && isEmpty(ch1)) {
      const n = (yield* this.pushCount(1)) + (yield* this.pushSpaces(true));
      this.indentNext = this.indentValue + 1;
      this.indentValue += n;
      return "block-start";
    }
    return "doc";
  }
  *parseDocument() {
    yield* this.pushSpaces(true);
    const line = this.getLine();
    if (line === null)
      return this.setNext("doc");
    let n = yield* this.pushIndicators();
    switch (line[n]) {
      case "#":
        yield* this.pushCount(line.length - n);
      // fallthrough
      case void 0:
        yield* this.pushNewline();
        return yield* this.parseLineStart();
      case "{":
      case "[":
        yield* this.pushCount(1);
        this.flowKey = false;
        this.flowLevel = 1;
        return "flow";
      case "}":
      case "]":
        yield* this.pushCount(1);
        return "doc";
      case "*":
        yield* this.pushUntil(isNotAnchorChar);
        return "doc";
      case '"':
      case "'":
        return yield* this.parseQuotedScalar();
      case "|":
      case ">":
        n += yield* this.parseBlockScalarHeader();
        n += yield* this.pushSpaces(true);
        yield* this.pushCount(line.length - n);
        yield* this.pushNewline();
        return yield* this.parseBlockScalar();
      default:
        return yield* this.parsePlainScalar();
    }
  }
  *parseFlowCollection() {
    let nl, sp;
    let indent = -1;
    do {
      nl = yield* this.pushNewline();
      if (nl > 0) {
        sp = yield* this.pushSpaces(false);
        this.indentValue = indent = sp;
      } else {
        sp = 0;
      }
      sp += yield* this.pushSpaces(true);
    } while (nl + sp > 0);
    const line = this.getLine();
    if (line === null)
      return this.setNext("flow");
    if (indent !== -1 && indent < this.indentNext && line[0] !== "#" || indent === 0 && (line.startsWith("---") || line.startsWith("...")) && isEmpty(line[3])) {
      const atFlowEndMarker = indent === this.indentNext - 1 && this.flowLevel === 1 && (line[0] === "]" || line[0] === "}");
      if (!atFlowEndMarker) {
        this.flowLevel = 0;
        yield FLOW_END;
        return yield* this.parseLineStart();
      }
    }
    let n = 0;
    while (line[n] === ",") {
      n += yield* this.pushCount(1);
      n += yield* this.pushSpaces(true);
      this.flowKey = false;
    }
    n += yield* this.pushIndicators();
    switch (line[n]) {
      case void 0:
        return "flow";
      case "#":
        yield* this.pushCount(line.length - n);
        return "flow";
      case "{":
      case "[":
        yield* this.pushCount(1);
        this.flowKey = false;
        this.flowLevel += 1;
        return "flow";
      case "}":
      case "]":
        yield* this.pushCount(1);
        this.flowKey = true;
        this.flowLevel -= 1;
        return this.flowLevel ? "flow" : "doc";
      case "*":
        yield* this.pushUntil(isNotAnchorChar);
        return "flow";
      case '"':
      case "'":
        this.flowKey = true;
        return yield* this.parseQuotedScalar();
      case ":": {
        const next = this.charAt(1);
        if (this.flowKey || isEmpty(next) || next === ",") {
          this.flowKey = false;
          yield* this.pushCount(1);
          yield* this.pushSpaces(true);
          return "flow";
        }
      }
      // fallthrough
      default:
        this.flowKey = false;
        return yield* this.parsePlainScalar();
    }
  }
  *parseQuotedScalar() {
    const quote = this.charAt(0);
    let end = this.buffer.indexOf(quote, this.pos + 1);
    if (quote === "'") {
      while (end !== -1 && this.buffer[end + 1] === "'")
        end = this.buffer.indexOf("'", end + 2);
    } else {
      while (end !== -1) {
        let n = 0;
        while (this.buffer[end - 1 - n] === "\\")
          n += 1;
        if (n % 2 === 0)
          break;
        end = this.buffer.indexOf('"', end + 1);
      }
    }
    const qb = this.buffer.substring(0, end);
    let nl = qb.indexOf("\n", this.pos);
    if (nl !== -1) {
      while (nl !== -1) {
        const cs = this.continueScalar(nl + 1);
        if (cs === -1)
          break;
        nl = qb.indexOf("\n", cs);
      }
      if (nl !== -1) {
        end = nl - (qb[nl - 1] === "\r" ? 2 : 1);
      }
    }
    if (end === -1) {
      if (!this.atEnd)
        return this.setNext("quoted-scalar");
      end = this.buffer.length;
    }
    yield* this.pushToIndex(end + 1, false);
    return this.flowLevel ? "flow" : "doc";
  }
  *parseBlockScalarHeader() {
    this.blockScalarIndent = -1;
    this.blockScalarKeep = false;
    let i = this.pos;
    while (true) {
      const ch = this.buffer[++i];
      if (ch === "+")
        this.blockScalarKeep = true;
      else if (ch > "0" && ch <= "9")
        this.blockScalarIndent = Number(ch) - 1;
      else if (ch !== "-")
        break;
    }
    return yield* this.pushUntil((ch) => isEmpty(ch) || ch === "#");
  }
  *parseBlockScalar() {
    let nl = this.pos - 1;
    let indent = 0;
    let ch;
    loop: for (let i2 = this.pos; ch = this.buffer[i2]; ++i2) {
      switch (ch) {
        case " ":
          indent += 1;
          break;
        case "\n":
          nl = i2;
          indent = 0;
          break;
        case "\r": {
          const next = this.buffer[i2 + 1];
          if (!next && !this.atEnd)
            return this.setNext("block-scalar");
          if (next === "\n")
            break;
        }
        // fallthrough
        default:
          break loop;
      }
    }
    if (!ch && !this.atEnd)
      return this.setNext("block-scalar");
    if (indent >= this.indentNext) {
      if (this.blockScalarIndent === -1)
        this.indentNext = indent;
      else {
        this.indentNext = this.blockScalarIndent + (this.indentNext === 0 ? 1 : this.indentNext);
      }
      do {
        const cs = this.continueScalar(nl + 1);
        if (cs === -1)
          break;
        nl = this.buffer.indexOf("\n", cs);
      } while (nl !== -1);
      if (nl === -1) {
        if (!this.atEnd)
          return this.setNext("block-scalar");
        nl = this.buffer.length;
      }
    }
    let i = nl + 1;
    ch = this.buffer[i];
    while (ch === " ")
      ch = this.buffer[++i];
    if (ch === "	") {
      while (ch === "	" || ch === " " || ch === "\r" || ch === "\n")
        ch = this.buffer[++i];
      nl = i - 1;
    } else if (!this.blockScalarKeep) {
      do {
        let i2 = nl - 1;
        let ch2 = this.buffer[i2];
        if (ch2 === "\r")
          ch2 = this.buffer[--i2];
        const lastChar = i2;
        while (ch2 === " ")
          ch2 = this.buffer[--i2];
        if (ch2 === "\n" && i2 >= this.pos && i2 + 1 + indent > lastChar)
          nl = i2;
        else
          break;
      } while (true);
    }
    yield SCALAR2;
    yield* this.pushToIndex(nl + 1, true);
    return yield* this.parseLineStart();
  }
  *parsePlainScalar() {
    const inFlow = this.flowLevel > 0;
    let end = this.pos - 1;
    let i = this.pos - 1;
    let ch;
    while (ch = this.buffer[++i]) {
      if (ch === ":") {
        const next = this.buffer[i + 1];
        if (isEmpty(next) || inFlow && flowIndicatorChars.has(next))
          break;
        end = i;
      } else if (isEmpty(ch)) {
        let next = this.buffer[i + 1];
        if (ch === "\r") {
          if (next === "\n") {
            i += 1;
            ch = "\n";
            next = this.buffer[i + 1];
          } else
            end = i;
        }
        if (next === "#" || inFlow && flowIndicatorChars.has(next))
          break;
        if (ch === "\n") {
          const cs = this.continueScalar(i + 1);
          if (cs === -1)
            break;
          i = Math.max(i, cs - 2);
        }
      } else {
        if (inFlow && flowIndicatorChars.has(ch))
          break;
        end = i;
      }
    }
    if (!ch && !this.atEnd)
      return this.setNext("plain-scalar");
    yield SCALAR2;
    yield* this.pushToIndex(end + 1, true);
    return inFlow ? "flow" : "doc";
  }
  *pushCount(n) {
    if (n > 0) {
      yield this.buffer.substr(this.pos, n);
      this.pos += n;
      return n;
    }
    return 0;
  }
  *pushToIndex(i, allowEmpty) {
    const s = this.buffer.slice(this.pos, i);
    if (s) {
      yield s;
      this.pos += s.length;
      return s.length;
    } else if (allowEmpty)
      yield "";
    return 0;
  }
  *pushIndicators() {
    let n = 0;
    loop: while (true) {
      switch (this.charAt(0)) {
        case "!":
          n += yield* this.pushTag();
          n += yield* this.pushSpaces(true);
          continue loop;
        case "&":
          n += yield* this.pushUntil(isNotAnchorChar);
          n += yield* this.pushSpaces(true);
          continue loop;
        case "-":
        // this is an error
        case "?":
        // this is an error outside flow collections
        case ":": {
          const inFlow = this.flowLevel > 0;
          const ch1 = this.charAt(1);
          if (isEmpty(ch1) || inFlow && flowIndicatorChars.has(ch1)) {
            if (!inFlow)
              this.indentNext = this.indentValue + 1;
            else if (this.flowKey)
              this.flowKey = false;
            n += yield* this.pushCount(1);
            n += yield* this.pushSpaces(true);
            continue loop;
          }
        }
      }
      break loop;
    }
    return n;
  }
  *pushTag() {
    if (this.charAt(1) === "<") {
      let i = this.pos + 2;
      let ch = this.buffer[i];
      while (!isEmpty(ch) && ch !== ">")
        ch = this.buffer[++i];
      return yield* this.pushToIndex(ch === ">" ? i + 1 : i, false);
    } else {
      let i = this.pos + 1;
      let ch = this.buffer[i];
      while (ch) {
        if (tagChars.has(ch))
          ch = this.buffer[++i];
        else if (ch === "%" && hexDigits.has(this.buffer[i + 1]) && hexDigits.has(this.buffer[i + 2])) {
          ch = this.buffer[i += 3];
        } else
          break;
      }
      return yield* this.pushToIndex(i, false);
    }
  }
  *pushNewline() {
    const ch = this.buffer[this.pos];
    if (ch === "\n")
      return yield* this.pushCount(1);
    else if (ch === "\r" && this.charAt(1) === "\n")
      return yield* this.pushCount(2);
    else
      return 0;
  }
  *pushSpaces(allowTabs) {
    let i = this.pos - 1;
    let ch;
    do {
      ch = this.buffer[++i];
    } while (ch === " " || allowTabs && ch === "	");
    const n = i - this.pos;
    if (n > 0) {
      yield this.buffer.substr(this.pos, n);
      this.pos = i;
    }
    return n;
  }
  *pushUntil(test) {
    let i = this.pos;
    let ch = this.buffer[i];
    while (!test(ch))
      ch = this.buffer[++i];
    return yield* this.pushToIndex(i, false);
  }
};

// node_modules/yaml/browser/dist/parse/parser.js
function includesToken(list, type) {
  for (let i = 0; i < list.length; ++i)
    if (list[i].type === type)
      return true;
  return false;
}
function findNonEmptyIndex(list) {
  for (let i = 0; i < list.length; ++i) {
    switch (list[i].type) {
      case "space":
      case "comment":
      case "newline":
        break;
      default:
        return i;
    }
  }
  return -1;
}
function isFlowToken(token) {
  switch (token?.type) {
    case "alias":
    case "scalar":
    case "single-quoted-scalar":
    case "double-quoted-scalar":
    case "flow-collection":
      return true;
    default:
      return false;
  }
}
function getPrevProps(parent) {
  switch (parent.type) {
    case "document":
      return parent.start;
    case "block-map": {
      const it = parent.items[parent.items.length - 1];
      return it.sep ?? it.start;
    }
    case "block-seq":
      return parent.items[parent.items.length - 1].start;
    /* istanbul ignore next should not happen */
    default:
      return [];
  }
}
function getFirstKeyStartProps(prev) {
  if (prev.length === 0)
    return [];
  let i = prev.length;
  loop: while (--i >= 0) {
    switch (prev[i].type) {
      case "doc-start":
      case "explicit-key-ind":
      case "map-value-ind":
      case "seq-item-ind":
      case "newline":
        break loop;
    }
  }
  while (prev[++i]?.type === "space") {
  }
  return prev.splice(i, prev.length);
}
function arrayPushArray(target, source) {
  if (source.length < 1e5)
    Array.prototype.push.apply(target, source);
  else
    for (let i = 0; i < source.length; ++i)
      target.push(source[i]);
}
function fixFlowSeqItems(fc) {
  if (fc.start.type === "flow-seq-start") {
    for (const it of fc.items) {
      if (it.sep && !it.value && !includesToken(it.start, "explicit-key-ind") && !includesToken(it.sep, "map-value-ind")) {
        if (it.key)
          it.value = it.key;
        delete it.key;
        if (isFlowToken(it.value)) {
          if (it.value.end)
            arrayPushArray(it.value.end, it.sep);
          else
            it.value.end = it.sep;
        } else
          arrayPushArray(it.start, it.sep);
        delete it.sep;
      }
    }
  }
}
var Parser = class {
  /**
   * @param onNewLine - If defined, called separately with the start position of
   *   each new line (in `parse()`, including the start of input).
   */
  constructor(onNewLine) {
    this.atNewLine = true;
    this.atScalar = false;
    this.indent = 0;
    this.offset = 0;
    this.onKeyLine = false;
    this.stack = [];
    this.source = "";
    this.type = "";
    this.lexer = new Lexer();
    this.onNewLine = onNewLine;
  }
  /**
   * Parse `source` as a YAML stream.
   * If `incomplete`, a part of the last line may be left as a buffer for the next call.
   *
   * Errors are not thrown, but yielded as `{ type: 'error', message }` tokens.
   *
   * @returns A generator of tokens representing each directive, document, and other structure.
   */
  *parse(source, incomplete = false) {
    if (this.onNewLine && this.offset === 0)
      this.onNewLine(0);
    for (const lexeme of this.lexer.lex(source, incomplete))
      yield* this.next(lexeme);
    if (!incomplete)
      yield* this.end();
  }
  /**
   * Advance the parser by the `source` of one lexical token.
   */
  *next(source) {
    this.source = source;
    if (this.atScalar) {
      this.atScalar = false;
      yield* this.step();
      this.offset += source.length;
      return;
    }
    const type = tokenType(source);
    if (!type) {
      const message = `Not a YAML token: ${source}`;
      yield* this.pop({ type: "error", offset: this.offset, message, source });
      this.offset += source.length;
    } else if (type === "scalar") {
      this.atNewLine = false;
      this.atScalar = true;
      this.type = "scalar";
    } else {
      this.type = type;
      yield* this.step();
      switch (type) {
        case "newline":
          this.atNewLine = true;
          this.indent = 0;
          if (this.onNewLine)
            this.onNewLine(this.offset + source.length);
          break;
        case "space":
          if (this.atNewLine && source[0] === " ")
            this.indent += source.length;
          break;
        case "explicit-key-ind":
        case "map-value-ind":
        case "seq-item-ind":
          if (this.atNewLine)
            this.indent += source.length;
          break;
        case "doc-mode":
        case "flow-error-end":
          return;
        default:
          this.atNewLine = false;
      }
      this.offset += source.length;
    }
  }
  /** Call at end of input to push out any remaining constructions */
  *end() {
    while (this.stack.length > 0)
      yield* this.pop();
  }
  get sourceToken() {
    const st = {
      type: this.type,
      offset: this.offset,
      indent: this.indent,
      source: this.source
    };
    return st;
  }
  *step() {
    const top = this.peek(1);
    if (this.type === "doc-end" && top?.type !== "doc-end") {
      while (this.stack.length > 0)
        yield* this.pop();
      this.stack.push({
        type: "doc-end",
        offset: this.offset,
        source: this.source
      });
      return;
    }
    if (!top)
      return yield* this.stream();
    switch (top.type) {
      case "document":
        return yield* this.document(top);
      case "alias":
      case "scalar":
      case "single-quoted-scalar":
      case "double-quoted-scalar":
        return yield* this.scalar(top);
      case "block-scalar":
        return yield* this.blockScalar(top);
      case "block-map":
        return yield* this.blockMap(top);
      case "block-seq":
        return yield* this.blockSequence(top);
      case "flow-collection":
        return yield* this.flowCollection(top);
      case "doc-end":
        return yield* this.documentEnd(top);
    }
    yield* this.pop();
  }
  peek(n) {
    return this.stack[this.stack.length - n];
  }
  *pop(error) {
    const token = error ?? this.stack.pop();
    if (!token) {
      const message = "Tried to pop an empty stack";
      yield { type: "error", offset: this.offset, source: "", message };
    } else if (this.stack.length === 0) {
      yield token;
    } else {
      const top = this.peek(1);
      if (token.type === "block-scalar") {
        token.indent = "indent" in top ? top.indent : 0;
      } else if (token.type === "flow-collection" && top.type === "document") {
        token.indent = 0;
      }
      if (token.type === "flow-collection")
        fixFlowSeqItems(token);
      switch (top.type) {
        case "document":
          top.value = token;
          break;
        case "block-scalar":
          top.props.push(token);
          break;
        case "block-map": {
          const it = top.items[top.items.length - 1];
          if (it.value) {
            top.items.push({ start: [], key: token, sep: [] });
            this.onKeyLine = true;
            return;
          } else if (it.sep) {
            it.value = token;
          } else {
            Object.assign(it, { key: token, sep: [] });
            this.onKeyLine = !it.explicitKey;
            return;
          }
          break;
        }
        case "block-seq": {
          const it = top.items[top.items.length - 1];
          if (it.value)
            top.items.push({ start: [], value: token });
          else
            it.value = token;
          break;
        }
        case "flow-collection": {
          const it = top.items[top.items.length - 1];
          if (!it || it.value)
            top.items.push({ start: [], key: token, sep: [] });
          else if (it.sep)
            it.value = token;
          else
            Object.assign(it, { key: token, sep: [] });
          return;
        }
        /* istanbul ignore next should not happen */
        default:
          yield* this.pop();
          yield* this.pop(token);
      }
      if ((top.type === "document" || top.type === "block-map" || top.type === "block-seq") && (token.type === "block-map" || token.type === "block-seq")) {
        const last = token.items[token.items.length - 1];
        if (last && !last.sep && !last.value && last.start.length > 0 && findNonEmptyIndex(last.start) === -1 && (token.indent === 0 || last.start.every((st) => st.type !== "comment" || st.indent < token.indent))) {
          if (top.type === "document")
            top.end = last.start;
          else
            top.items.push({ start: last.start });
          token.items.splice(-1, 1);
        }
      }
    }
  }
  *stream() {
    switch (this.type) {
      case "directive-line":
        yield { type: "directive", offset: this.offset, source: this.source };
        return;
      case "byte-order-mark":
      case "space":
      case "comment":
      case "newline":
        yield this.sourceToken;
        return;
      case "doc-mode":
      case "doc-start": {
        const doc = {
          type: "document",
          offset: this.offset,
          start: []
        };
        if (this.type === "doc-start")
          doc.start.push(this.sourceToken);
        this.stack.push(doc);
        return;
      }
    }
    yield {
      type: "error",
      offset: this.offset,
      message: `Unexpected ${this.type} token in YAML stream`,
      source: this.source
    };
  }
  *document(doc) {
    if (doc.value)
      return yield* this.lineEnd(doc);
    switch (this.type) {
      case "doc-start": {
        if (findNonEmptyIndex(doc.start) !== -1) {
          yield* this.pop();
          yield* this.step();
        } else
          doc.start.push(this.sourceToken);
        return;
      }
      case "anchor":
      case "tag":
      case "space":
      case "comment":
      case "newline":
        doc.start.push(this.sourceToken);
        return;
    }
    const bv = this.startBlockValue(doc);
    if (bv)
      this.stack.push(bv);
    else {
      yield {
        type: "error",
        offset: this.offset,
        message: `Unexpected ${this.type} token in YAML document`,
        source: this.source
      };
    }
  }
  *scalar(scalar) {
    if (this.type === "map-value-ind") {
      const prev = getPrevProps(this.peek(2));
      const start = getFirstKeyStartProps(prev);
      let sep2;
      if (scalar.end) {
        sep2 = scalar.end;
        sep2.push(this.sourceToken);
        delete scalar.end;
      } else
        sep2 = [this.sourceToken];
      const map2 = {
        type: "block-map",
        offset: scalar.offset,
        indent: scalar.indent,
        items: [{ start, key: scalar, sep: sep2 }]
      };
      this.onKeyLine = true;
      this.stack[this.stack.length - 1] = map2;
    } else
      yield* this.lineEnd(scalar);
  }
  *blockScalar(scalar) {
    switch (this.type) {
      case "space":
      case "comment":
      case "newline":
        scalar.props.push(this.sourceToken);
        return;
      case "scalar":
        scalar.source = this.source;
        this.atNewLine = true;
        this.indent = 0;
        if (this.onNewLine) {
          let nl = this.source.indexOf("\n") + 1;
          while (nl !== 0) {
            this.onNewLine(this.offset + nl);
            nl = this.source.indexOf("\n", nl) + 1;
          }
        }
        yield* this.pop();
        break;
      /* istanbul ignore next should not happen */
      default:
        yield* this.pop();
        yield* this.step();
    }
  }
  *blockMap(map2) {
    const it = map2.items[map2.items.length - 1];
    switch (this.type) {
      case "newline":
        this.onKeyLine = false;
        if (it.value) {
          const end = "end" in it.value ? it.value.end : void 0;
          const last = Array.isArray(end) ? end[end.length - 1] : void 0;
          if (last?.type === "comment")
            end?.push(this.sourceToken);
          else
            map2.items.push({ start: [this.sourceToken] });
        } else if (it.sep) {
          it.sep.push(this.sourceToken);
        } else {
          it.start.push(this.sourceToken);
        }
        return;
      case "space":
      case "comment":
        if (it.value) {
          map2.items.push({ start: [this.sourceToken] });
        } else if (it.sep) {
          it.sep.push(this.sourceToken);
        } else {
          if (this.atIndentedComment(it.start, map2.indent)) {
            const prev = map2.items[map2.items.length - 2];
            const end = prev?.value?.end;
            if (Array.isArray(end)) {
              arrayPushArray(end, it.start);
              end.push(this.sourceToken);
              map2.items.pop();
              return;
            }
          }
          it.start.push(this.sourceToken);
        }
        return;
    }
    if (this.indent >= map2.indent) {
      const atMapIndent = !this.onKeyLine && this.indent === map2.indent;
      const atNextItem = atMapIndent && (it.sep || it.explicitKey) && this.type !== "seq-item-ind";
      let start = [];
      if (atNextItem && it.sep && !it.value) {
        const nl = [];
        for (let i = 0; i < it.sep.length; ++i) {
          const st = it.sep[i];
          switch (st.type) {
            case "newline":
              nl.push(i);
              break;
            case "space":
              break;
            case "comment":
              if (st.indent > map2.indent)
                nl.length = 0;
              break;
            default:
              nl.length = 0;
          }
        }
        if (nl.length >= 2)
          start = it.sep.splice(nl[1]);
      }
      switch (this.type) {
        case "anchor":
        case "tag":
          if (atNextItem || it.value) {
            start.push(this.sourceToken);
            map2.items.push({ start });
            this.onKeyLine = true;
          } else if (it.sep) {
            it.sep.push(this.sourceToken);
          } else {
            it.start.push(this.sourceToken);
          }
          return;
        case "explicit-key-ind":
          if (!it.sep && !it.explicitKey) {
            it.start.push(this.sourceToken);
            it.explicitKey = true;
          } else if (atNextItem || it.value) {
            start.push(this.sourceToken);
            map2.items.push({ start, explicitKey: true });
          } else {
            this.stack.push({
              type: "block-map",
              offset: this.offset,
              indent: this.indent,
              items: [{ start: [this.sourceToken], explicitKey: true }]
            });
          }
          this.onKeyLine = true;
          return;
        case "map-value-ind":
          if (it.explicitKey) {
            if (!it.sep) {
              if (includesToken(it.start, "newline")) {
                Object.assign(it, { key: null, sep: [this.sourceToken] });
              } else {
                const start2 = getFirstKeyStartProps(it.start);
                this.stack.push({
                  type: "block-map",
                  offset: this.offset,
                  indent: this.indent,
                  items: [{ start: start2, key: null, sep: [this.sourceToken] }]
                });
              }
            } else if (it.value) {
              map2.items.push({ start: [], key: null, sep: [this.sourceToken] });
            } else if (includesToken(it.sep, "map-value-ind")) {
              this.stack.push({
                type: "block-map",
                offset: this.offset,
                indent: this.indent,
                items: [{ start, key: null, sep: [this.sourceToken] }]
              });
            } else if (isFlowToken(it.key) && !includesToken(it.sep, "newline")) {
              const start2 = getFirstKeyStartProps(it.start);
              const key = it.key;
              const sep2 = it.sep;
              sep2.push(this.sourceToken);
              delete it.key;
              delete it.sep;
              this.stack.push({
                type: "block-map",
                offset: this.offset,
                indent: this.indent,
                items: [{ start: start2, key, sep: sep2 }]
              });
            } else if (start.length > 0) {
              it.sep = it.sep.concat(start, this.sourceToken);
            } else {
              it.sep.push(this.sourceToken);
            }
          } else {
            if (!it.sep) {
              Object.assign(it, { key: null, sep: [this.sourceToken] });
            } else if (it.value || atNextItem) {
              map2.items.push({ start, key: null, sep: [this.sourceToken] });
            } else if (includesToken(it.sep, "map-value-ind")) {
              this.stack.push({
                type: "block-map",
                offset: this.offset,
                indent: this.indent,
                items: [{ start: [], key: null, sep: [this.sourceToken] }]
              });
            } else {
              it.sep.push(this.sourceToken);
            }
          }
          this.onKeyLine = true;
          return;
        case "alias":
        case "scalar":
        case "single-quoted-scalar":
        case "double-quoted-scalar": {
          const fs = this.flowScalar(this.type);
          if (atNextItem || it.value) {
            map2.items.push({ start, key: fs, sep: [] });
            this.onKeyLine = true;
          } else if (it.sep) {
            this.stack.push(fs);
          } else {
            Object.assign(it, { key: fs, sep: [] });
            this.onKeyLine = true;
          }
          return;
        }
        default: {
          const bv = this.startBlockValue(map2);
          if (bv) {
            if (bv.type === "block-seq") {
              if (!it.explicitKey && it.sep && !includesToken(it.sep, "newline")) {
                yield* this.pop({
                  type: "error",
                  offset: this.offset,
                  message: "Unexpected block-seq-ind on same line with key",
                  source: this.source
                });
                return;
              }
            } else if (atMapIndent) {
              map2.items.push({ start });
            }
            this.stack.push(bv);
            return;
          }
        }
      }
    }
    yield* this.pop();
    yield* this.step();
  }
  *blockSequence(seq2) {
    const it = seq2.items[seq2.items.length - 1];
    switch (this.type) {
      case "newline":
        if (it.value) {
          const end = "end" in it.value ? it.value.end : void 0;
          const last = Array.isArray(end) ? end[end.length - 1] : void 0;
          if (last?.type === "comment")
            end?.push(this.sourceToken);
          else
            seq2.items.push({ start: [this.sourceToken] });
        } else
          it.start.push(this.sourceToken);
        return;
      case "space":
      case "comment":
        if (it.value)
          seq2.items.push({ start: [this.sourceToken] });
        else {
          if (this.atIndentedComment(it.start, seq2.indent)) {
            const prev = seq2.items[seq2.items.length - 2];
            const end = prev?.value?.end;
            if (Array.isArray(end)) {
              arrayPushArray(end, it.start);
              end.push(this.sourceToken);
              seq2.items.pop();
              return;
            }
          }
          it.start.push(this.sourceToken);
        }
        return;
      case "anchor":
      case "tag":
        if (it.value || this.indent <= seq2.indent)
          break;
        it.start.push(this.sourceToken);
        return;
      case "seq-item-ind":
        if (this.indent !== seq2.indent)
          break;
        if (it.value || includesToken(it.start, "seq-item-ind"))
          seq2.items.push({ start: [this.sourceToken] });
        else
          it.start.push(this.sourceToken);
        return;
    }
    if (this.indent > seq2.indent) {
      const bv = this.startBlockValue(seq2);
      if (bv) {
        this.stack.push(bv);
        return;
      }
    }
    yield* this.pop();
    yield* this.step();
  }
  *flowCollection(fc) {
    const it = fc.items[fc.items.length - 1];
    if (this.type === "flow-error-end") {
      let top;
      do {
        yield* this.pop();
        top = this.peek(1);
      } while (top?.type === "flow-collection");
    } else if (fc.end.length === 0) {
      switch (this.type) {
        case "comma":
        case "explicit-key-ind":
          if (!it || it.sep)
            fc.items.push({ start: [this.sourceToken] });
          else
            it.start.push(this.sourceToken);
          return;
        case "map-value-ind":
          if (!it || it.value)
            fc.items.push({ start: [], key: null, sep: [this.sourceToken] });
          else if (it.sep)
            it.sep.push(this.sourceToken);
          else
            Object.assign(it, { key: null, sep: [this.sourceToken] });
          return;
        case "space":
        case "comment":
        case "newline":
        case "anchor":
        case "tag":
          if (!it || it.value)
            fc.items.push({ start: [this.sourceToken] });
          else if (it.sep)
            it.sep.push(this.sourceToken);
          else
            it.start.push(this.sourceToken);
          return;
        case "alias":
        case "scalar":
        case "single-quoted-scalar":
        case "double-quoted-scalar": {
          const fs = this.flowScalar(this.type);
          if (!it || it.value)
            fc.items.push({ start: [], key: fs, sep: [] });
          else if (it.sep)
            this.stack.push(fs);
          else
            Object.assign(it, { key: fs, sep: [] });
          return;
        }
        case "flow-map-end":
        case "flow-seq-end":
          fc.end.push(this.sourceToken);
          return;
      }
      const bv = this.startBlockValue(fc);
      if (bv)
        this.stack.push(bv);
      else {
        yield* this.pop();
        yield* this.step();
      }
    } else {
      const parent = this.peek(2);
      if (parent.type === "block-map" && (this.type === "map-value-ind" && parent.indent === fc.indent || this.type === "newline" && !parent.items[parent.items.length - 1].sep)) {
        yield* this.pop();
        yield* this.step();
      } else if (this.type === "map-value-ind" && parent.type !== "flow-collection") {
        const prev = getPrevProps(parent);
        const start = getFirstKeyStartProps(prev);
        fixFlowSeqItems(fc);
        const sep2 = fc.end.splice(1, fc.end.length);
        sep2.push(this.sourceToken);
        const map2 = {
          type: "block-map",
          offset: fc.offset,
          indent: fc.indent,
          items: [{ start, key: fc, sep: sep2 }]
        };
        this.onKeyLine = true;
        this.stack[this.stack.length - 1] = map2;
      } else {
        yield* this.lineEnd(fc);
      }
    }
  }
  flowScalar(type) {
    if (this.onNewLine) {
      let nl = this.source.indexOf("\n") + 1;
      while (nl !== 0) {
        this.onNewLine(this.offset + nl);
        nl = this.source.indexOf("\n", nl) + 1;
      }
    }
    return {
      type,
      offset: this.offset,
      indent: this.indent,
      source: this.source
    };
  }
  startBlockValue(parent) {
    switch (this.type) {
      case "alias":
      case "scalar":
      case "single-quoted-scalar":
      case "double-quoted-scalar":
        return this.flowScalar(this.type);
      case "block-scalar-header":
        return {
          type: "block-scalar",
          offset: this.offset,
          indent: this.indent,
          props: [this.sourceToken],
          source: ""
        };
      case "flow-map-start":
      case "flow-seq-start":
        return {
          type: "flow-collection",
          offset: this.offset,
          indent: this.indent,
          start: this.sourceToken,
          items: [],
          end: []
        };
      case "seq-item-ind":
        return {
          type: "block-seq",
          offset: this.offset,
          indent: this.indent,
          items: [{ start: [this.sourceToken] }]
        };
      case "explicit-key-ind": {
        this.onKeyLine = true;
        const prev = getPrevProps(parent);
        const start = getFirstKeyStartProps(prev);
        start.push(this.sourceToken);
        return {
          type: "block-map",
          offset: this.offset,
          indent: this.indent,
          items: [{ start, explicitKey: true }]
        };
      }
      case "map-value-ind": {
        this.onKeyLine = true;
        const prev = getPrevProps(parent);
        const start = getFirstKeyStartProps(prev);
        return {
          type: "block-map",
          offset: this.offset,
          indent: this.indent,
          items: [{ start, key: null, sep: [this.sourceToken] }]
        };
      }
    }
    return null;
  }
  atIndentedComment(start, indent) {
    if (this.type !== "comment")
      return false;
    if (this.indent <= indent)
      return false;
    return start.every((st) => st.type === "newline" || st.type === "space");
  }
  *documentEnd(docEnd) {
    if (this.type !== "doc-mode") {
      if (docEnd.end)
        docEnd.end.push(this.sourceToken);
      else
        docEnd.end = [this.sourceToken];
      if (this.type === "newline")
        yield* this.pop();
    }
  }
  *lineEnd(token) {
    switch (this.type) {
      case "comma":
      case "doc-start":
      case "doc-end":
      case "flow-seq-end":
      case "flow-map-end":
      case "map-value-ind":
        yield* this.pop();
        yield* this.step();
        break;
      case "newline":
        this.onKeyLine = false;
      // fallthrough
      case "space":
      case "comment":
      default:
        if (token.end)
          token.end.push(this.sourceToken);
        else
          token.end = [this.sourceToken];
        if (this.type === "newline")
          yield* this.pop();
    }
  }
};

// src/parse/scalar-tags.ts
var FIRST_CHARACTERS = {
  "^(?:~|[Nn]ull|NULL)?$": "~Nn",
  "^(?:Y|y|[Yy]es|YES|[Tt]rue|TRUE|[Oo]n|ON)$": "YyTtOo",
  "^(?:N|n|[Nn]o|NO|[Ff]alse|FALSE|[Oo]ff|OFF)$": "NnFfOo",
  "^[-+]?0b[0-1_]+$": "-+0",
  "^[-+]?0[0-7_]+$": "-+0",
  "^[-+]?[0-9][0-9_]*$": "-+0123456789",
  "^[-+]?0x[0-9a-fA-F_]+$": "-+0",
  "^(?:[-+]?\\.(?:inf|Inf|INF)|\\.nan|\\.NaN|\\.NAN)$": "-+.",
  "^[-+]?(?:[0-9][0-9_]*)?(?:\\.[0-9_]*)?[eE][-+]?[0-9]+$": "-+.0123456789eE",
  "^[-+]?(?:[0-9][0-9_]*)?\\.[0-9_]*$": "-+.0123456789",
  "^[-+]?[0-9][0-9_]*(?::[0-5]?[0-9])+$": "-+0123456789",
  "^[-+]?[0-9][0-9_]*(?::[0-5]?[0-9])+\\.[0-9_]*$": "-+0123456789",
  "^([0-9]{4})-([0-9]{1,2})-([0-9]{1,2})(?:(?:t|T|[ \\t]+)([0-9]{1,2}):([0-9]{1,2}):([0-9]{1,2}(\\.[0-9]+)?)(?:[ \\t]*(Z|[-+][012]?[0-9](?::[0-9]{2})?))?)?$": "0123456789"
};
var BINARY = "tag:yaml.org,2002:binary";
function decodeBinary(src) {
  return Buffer.from(src, "base64");
}
function yaml11Tags(tags) {
  return tags.map((tag) => {
    if (typeof tag !== "object") return tag;
    if (tag.tag === BINARY) return { ...tag, resolve: decodeBinary };
    const pattern = "test" in tag ? tag.test : void 0;
    const first = pattern instanceof RegExp ? FIRST_CHARACTERS[pattern.source] : void 0;
    if (!pattern || first === void 0) return tag;
    const test = { test: (s) => (s === "" || first.includes(s[0])) && pattern.test(s) };
    return { ...tag, test };
  });
}

// src/parse/yaml.ts
var LimitExceeded = class extends Error {
};
var OPTIONS = { version: "1.1", uniqueKeys: false, prettyErrors: false, strict: false, customTags: yaml11Tags };
function readYaml(source, diags, limits) {
  const docs = composeDocuments(source.text, diags, limits, true);
  if (!docs) return void 0;
  return convert(docs, source, diags, limits)?.[0];
}
function readYamlDocuments(source, diags, limits) {
  const docs = composeDocuments(source.text, diags, limits, false);
  if (!docs) return [];
  return convert(docs, source, diags, limits) ?? [];
}
function composeDocuments(text, diags, limits, single) {
  const guard = new NestingGuard(limits.maxDepth);
  const lexer = new Lexer();
  const parser = new Parser();
  const composer = new Composer(OPTIONS);
  let deep;
  function* tokens() {
    for (const lexeme of lexer.lex(text)) {
      if (guard.step(lexeme)) {
        deep = guard.offset;
        return;
      }
      yield* parser.next(lexeme);
    }
    yield* parser.end();
  }
  const docs = [];
  try {
    for (const doc of composer.compose(tokens(), single, single ? text.length : -1)) {
      if (deep !== void 0) break;
      if (single && docs.length === 1) {
        docs[0].errors.push(new YAMLParseError([doc.range[0], doc.range[1]], "MULTIPLE_DOCS", "Source contains multiple documents; please use YAML.parseAllDocuments()"));
        break;
      }
      docs.push(doc);
    }
  } catch (e) {
    if (e instanceof RangeError) {
      diags.error("too-large", "the file nests too deeply to be read");
      return void 0;
    }
    throw e;
  }
  if (deep !== void 0) {
    diags.error("too-large", `the document nests deeper than ${limits.maxDepth} levels`, [deep, deep + 1]);
    return void 0;
  }
  let failed = false;
  for (const doc of docs) {
    const overflow = doc.errors.find((e) => /Maximum call stack/.test(e.message));
    if (overflow) {
      const start = text.lastIndexOf("\n", overflow.pos[0] - 1) + 1;
      diags.error("too-large", "the file nests too deeply to be read", [start, start + 1]);
      return void 0;
    }
  }
  for (const doc of docs) {
    for (const e of doc.errors) diags.error("yaml-syntax", yamlMessage(e.message), [e.pos[0], Math.max(e.pos[1], e.pos[0] + 1)]);
    if (doc.errors.length > 0) failed = true;
  }
  if (failed) return void 0;
  for (const doc of docs) for (const w of doc.warnings) diags.warning("yaml-syntax", yamlMessage(w.message), [w.pos[0], w.pos[1]]);
  return docs;
}
function convert(docs, source, diags, limits) {
  const budget = { count: 0, max: nodeBudget(limits, source.text.length), maxDepth: limits.maxDepth, steps: 0, lastNode: null };
  const files = [];
  try {
    for (const doc of docs) {
      const steps = budget.steps;
      const locs = /* @__PURE__ */ new Map();
      const converter = new Converter(doc, source, diags, locs, budget);
      const data = doc.contents === null ? null : converter.value(doc.contents, "", 0);
      const order = converter.order;
      files.push({ data, locs, keys: (mapping) => keysOf(order, mapping), aliasSteps: budget.steps - steps, span: [doc.range[0], doc.range[1]] });
    }
  } catch (e) {
    if (e instanceof LimitExceeded) {
      diags.error("too-large", e.message, spanOf(budget.lastNode), "YAML aliases that expand to huge documents are refused");
      return void 0;
    }
    throw e;
  }
  return files;
}
var NestingGuard = class {
  constructor(max) {
    this.max = max;
  }
  max;
  depth = 0;
  onLine = 0;
  /** Offset in the text of the lexeme given to `step` last. */
  offset = 0;
  next = 0;
  /** Takes the next lexeme; true when it opens a collection that certainly nests too deep (at `offset`). */
  step(token) {
    this.offset = this.next;
    if (token === "[" || token === "{") {
      if (++this.depth > this.max) return true;
    } else if (token === "]" || token === "}") {
      this.depth--;
    } else if (token === "\n" || token === "\r\n") {
      this.onLine = 0;
    } else if ((token === "-" || token === "?") && this.depth <= 0) {
      if (++this.onLine > this.max) return true;
    }
    if (token.length === 1 && token < " " && token !== "	" && token !== "\n" && token !== "\r") return false;
    this.next += token.length;
    return false;
  }
};
function yamlMessage(m) {
  const first = m.split("\n")[0] ?? m;
  return first.replace(/ at line \d+, column \d+:?$/, "").replace(/\.$/, "");
}
function spanOf(node2) {
  const r = node2?.range;
  return r ? [r[0], r[1]] : void 0;
}
var Converter = class {
  constructor(doc, source, diags, locs, budget) {
    this.doc = doc;
    this.source = source;
    this.diags = diags;
    this.locs = locs;
    this.budget = budget;
  }
  doc;
  source;
  diags;
  locs;
  budget;
  /** Source order of the keys of every mapping. */
  order = /* @__PURE__ */ new WeakMap();
  active = /* @__PURE__ */ new Set();
  /**
   * Every anchor of the document by name, in source order (an alias names the last one defined before it);
   * made when the first alias is met, so that a document without aliases is not walked for them.
   */
  anchors;
  anchorIndex() {
    if (this.anchors) return this.anchors;
    const anchors = /* @__PURE__ */ new Map();
    visit(this.doc, {
      Node: (_, node2) => {
        const anchor = node2.anchor;
        if (!anchor || !node2.range) return;
        const list = anchors.get(anchor) ?? [];
        list.push({ at: node2.range[0], node: node2 });
        anchors.set(anchor, list);
      }
    });
    this.anchors = anchors;
    return anchors;
  }
  /** The node an alias refers to, found in the index (resolving through the document each time is quadratic). */
  resolve(alias) {
    const list = this.anchorIndex().get(alias.source);
    if (!list) return void 0;
    const at = alias.range?.[0] ?? Infinity;
    let lo = 0;
    let hi = list.length;
    while (lo < hi) {
      const mid = lo + hi >>> 1;
      this.budget.steps++;
      if (list[mid].at < at) lo = mid + 1;
      else hi = mid;
    }
    return lo > 0 ? list[lo - 1].node : void 0;
  }
  tick(node2, depth) {
    const b = this.budget;
    b.count++;
    b.lastNode = node2;
    if (b.count > b.max) throw new LimitExceeded(`the document expands to more than ${b.max} values`);
    if (depth > b.maxDepth) throw new LimitExceeded(`the document nests deeper than ${b.maxDepth} levels`);
  }
  /** Converts a node to plain data and records where each value is. `ptr` is the node's JSON pointer. */
  value(node2, ptr, depth, key) {
    this.tick(node2, depth);
    if (node2 === null) {
      if (key) this.locs.set(ptr, { key, value: [key[1], key[1]] });
      return null;
    }
    if (isAlias(node2)) {
      const target = this.resolve(node2);
      const here = spanOf(node2);
      if (!target) {
        this.diags.error("yaml-alias", `the alias *${node2.source} names no anchor defined before it`, here);
        return null;
      }
      if (this.active.has(target)) {
        this.diags.error("yaml-alias", `the alias *${node2.source} refers to a value that contains it`, here);
        return null;
      }
      return this.value(target, ptr, depth, key);
    }
    const value = spanOf(node2) ?? [0, 0];
    if (isScalar(node2)) {
      const v = node2.value;
      if (typeof v === "string") {
        this.locs.set(ptr, key ? { key, value } : { value });
        return v;
      }
      const raw = node2.source ?? String(v);
      this.locs.set(ptr, key ? { key, value, raw } : { value, raw });
      if (v === null || typeof v === "number" || typeof v === "boolean") return v;
      return raw;
    }
    this.locs.set(ptr, key ? { key, value } : { value });
    this.active.add(node2);
    try {
      if (isSeq(node2)) {
        return node2.items.map((item, i) => this.value(item, `${ptr}/${i}`, depth + 1));
      }
      if (isMap(node2)) return this.map(node2, ptr, depth);
    } finally {
      this.active.delete(node2);
    }
    return null;
  }
  map(node2, ptr, depth) {
    const out = {};
    const keys = /* @__PURE__ */ new Set();
    this.order.set(out, keys);
    const explicit = /* @__PURE__ */ new Map();
    const merges = [];
    for (const pair of isMap(node2) ? node2.items : []) {
      const k = pair.key;
      if (isScalar(k) && typeof k.value === "symbol") {
        merges.push(pair.value);
        continue;
      }
      const name = this.keyName(k);
      if (name === void 0) continue;
      const keySpan2 = spanOf(k) ?? [0, 0];
      const earlier = explicit.get(name);
      if (earlier) {
        const [message, hint] = duplicateKeyMessage(name, this.source.position(earlier[0]).line);
        this.diags.warning("duplicate-key", message, keySpan2, hint, [{ span: earlier, message: `the earlier \`${name}\` is here` }]);
        delete out[name];
        keys.delete(name);
      }
      explicit.set(name, keySpan2);
      keys.add(name);
      define(out, name, this.value(pair.value, `${ptr}/${pointerKey(name)}`, depth + 1, keySpan2));
    }
    for (const value of merges) {
      for (const src of this.mergeSources(value, true)) {
        if (this.active.has(src)) {
          this.diags.error("yaml-alias", "the `<<` merge key refers to a mapping that contains it", spanOf(value));
          continue;
        }
        for (const pair of this.mergedPairs(src)) {
          this.tick(pair.key, depth);
          if (Object.prototype.hasOwnProperty.call(out, pair.name)) continue;
          keys.add(pair.name);
          define(out, pair.name, this.value(pair.value, `${ptr}/${pointerKey(pair.name)}`, depth + 1, spanOf(pair.key)));
        }
      }
    }
    return out;
  }
  /** The mappings a `<<` value names: a mapping, an alias of one, or a list of those. Others are reported when `report`. */
  mergeSources(value, report) {
    const resolved = isAlias(value) ? this.resolve(value) : value;
    const items = isSeq(resolved) ? resolved.items : [resolved ?? null];
    const out = [];
    for (const item of items) {
      const src = isAlias(item) ? this.resolve(item) : item;
      if (isMap(src)) out.push(src);
      else if (report) this.diags.error("invalid-type", "a `<<` merge key needs a mapping or a list of mappings", spanOf(item ?? value));
    }
    return out;
  }
  /** Merged pairs of each mapping, computed once: a chain of merges costs the sum of its sizes, not their product. */
  merged = /* @__PURE__ */ new Map();
  merging = /* @__PURE__ */ new Set();
  /**
   * The keys a mapping brings to a `<<` merge, in order: its own (a repeated key keeps the later value, in the
   * later place), then those its own merges add that it does not have, earlier merges first. Mistakes inside are
   * reported where the mapping itself is read, not here; a merge cycle adds nothing.
   */
  mergedPairs(src) {
    const done = this.merged.get(src);
    if (done) return done;
    if (this.merging.has(src) || !isMap(src)) return [];
    this.merging.add(src);
    const byName = /* @__PURE__ */ new Map();
    const merges = [];
    for (const pair of src.items) {
      const k = pair.key;
      this.tick(k, 0);
      if (isScalar(k) && typeof k.value === "symbol") {
        merges.push(pair.value);
        continue;
      }
      const name = plainKeyName(k);
      if (name === void 0) continue;
      byName.delete(name);
      byName.set(name, { name, key: k, value: pair.value });
    }
    for (const value of merges) {
      for (const inner of this.mergeSources(value, false)) {
        for (const pair of this.mergedPairs(inner)) {
          this.tick(pair.key, 0);
          if (!byName.has(pair.name)) byName.set(pair.name, pair);
        }
      }
    }
    const pairs2 = [...byName.values()];
    this.merging.delete(src);
    this.merged.set(src, pairs2);
    return pairs2;
  }
  keyName(k) {
    const name = plainKeyName(k);
    if (name === void 0) this.diags.error("invalid-type", "a mapping key must be a plain value, not a list or mapping", spanOf(k));
    return name;
  }
};
function plainKeyName(k) {
  if (k === null) return "";
  if (isScalar(k)) return typeof k.value === "string" ? k.value : k.source ?? String(k.value);
  return void 0;
}

// src/parse/index.ts
function parseYaml(source, diags, limits = DEFAULT_LIMITS) {
  if (!withinSize(source, diags, limits)) return void 0;
  return readYaml(source, diags, limits);
}
function parseYamlDocuments(source, diags, limits = DEFAULT_LIMITS) {
  if (!withinSize(source, diags, limits)) return [];
  return readYamlDocuments(source, diags, limits);
}
function withinSize(source, diags, limits) {
  if (source.text.length * 3 <= limits.maxBytes || Buffer.byteLength(source.text) <= limits.maxBytes) return true;
  diags.error("too-large", `the file is larger than ${limits.maxBytes} bytes`, void 0, "split the file, or raise the limit with --max-bytes");
  return false;
}

// src/dialects/describe.ts
function isMap2(v) {
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

// src/dialects/drone04/decode.ts
function keyOf(node2) {
  return node2.key ?? node2.span;
}
var CONTAINER_KEYS = /* @__PURE__ */ new Set([
  "image",
  "pull",
  "privileged",
  "environment",
  "entrypoint",
  "command",
  "volumes",
  "devices",
  "net",
  "dns",
  "extra_hosts",
  "auth_config",
  "mem_limit",
  "cpuset",
  "oom_kill_disable",
  "commands",
  "when"
]);
function isSingleBuild(build) {
  return isMap2(build) && ("image" in build || "commands" in build);
}
var COMPILED_SECTIONS = ["compose", "build"];
function decode(file) {
  const rootLoc = file.locs.get("") ?? { value: [0, 0] };
  const data = file.data;
  const sections2 = /* @__PURE__ */ new Map();
  const root = { value: data, span: rootLoc.value, ...isMap2(data) ? { entries: sections2 } : {} };
  const services = [];
  const build = [];
  if (isMap2(data)) {
    for (const key of file.keys(data)) {
      const ptr = `/${pointerKey(key)}`;
      const deep = COMPILED_SECTIONS.includes(key);
      sections2.set(key, deep ? node(file, data[key], ptr, root) : shallow(file, data[key], ptr, root));
    }
    const compose = sections2.get("compose");
    if (compose?.entries) {
      for (const [name, svc] of compose.entries) {
        if (svc.value !== null && !isMap2(svc.value)) continue;
        services.push(container("service", name, name, `service \`${name}\``, svc));
      }
    }
    const b = sections2.get("build");
    if (b?.entries) {
      if (isSingleBuild(b.value)) build.push(container("build", "build", "build", "`build`", b));
      else {
        for (const [name, step] of b.entries) {
          if (step.value !== null && !isMap2(step.value)) continue;
          build.push(container("build", name, `build-${name}`, `build step \`${name}\``, step));
        }
      }
    }
  }
  return { file, root, sections: sections2, services, build, containers: [...services, ...build] };
}
function container(kind, name, containerName, label, n) {
  const options = n.entries ?? /* @__PURE__ */ new Map();
  return { kind, name, containerName, label, node: n, options, data: isMap2(n.value) ? n.value : {} };
}
function node(file, value, ptr, parent) {
  const loc = file.locs.get(ptr);
  const base = loc ? { value, span: loc.value, ...loc.key ? { key: loc.key } : {}, ...loc.raw !== void 0 ? { raw: loc.raw } : {} } : { value, span: parent.span, ...parent.key ? { key: parent.key } : {}, inherited: true };
  if (Array.isArray(value)) {
    const items = [];
    const self = { ...base, items };
    value.forEach((item, i) => items.push(node(file, item, `${ptr}/${i}`, self)));
    return self;
  }
  if (isMap2(value)) {
    const entries = /* @__PURE__ */ new Map();
    const self = { ...base, entries };
    for (const key of file.keys(value)) entries.set(key, node(file, value[key], `${ptr}/${pointerKey(key)}`, self));
    return self;
  }
  return base;
}
function shallow(file, value, ptr, parent) {
  const loc = file.locs.get(ptr);
  return loc ? { value, span: loc.value, ...loc.key ? { key: loc.key } : {} } : { value, span: parent.span, inherited: true };
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
    const run2 = i;
    while (i < s.length && isLowerAlnum(code(s, i))) i++;
    if (i === run2) return false;
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
function guessPorts(image2) {
  const ref = parseImage(image2);
  if ("error" in ref) return void 0;
  const path = ref.path.startsWith("library/") ? ref.path.slice("library/".length) : ref.path;
  const last = path.slice(path.lastIndexOf("/") + 1);
  if (path === "docker" && ref.tag !== void 0 && ref.tag.includes("dind")) return [[2375, 2376]];
  if (path.startsWith("selenium/standalone-")) return [[4444]];
  if (path.startsWith("selenium/node-")) return [[5555]];
  return BY_REPOSITORY[path] ?? BY_NAME[last];
}
var PORT_MENTION = /[Pp][Oo][Rr][Tt][^A-Za-z0-9_]*([0-9]+)?|:([0-9]{2,5})\b/g;
function changesPort(text, ports2) {
  for (const m of text.matchAll(PORT_MENTION)) {
    const n = m[1] ?? m[2];
    if (n === void 0 || !ports2.some((alternatives) => alternatives.includes(Number(n)))) return true;
  }
  return false;
}

// src/dialects/drone04/rules/healthcheck.ts
var DURATION = /^([0-9]+(\.[0-9]+)?(ns|us|ms|s|m|h))+$/;
var MAX_DURATION_NS = 2 ** 63 - 1;
var NANOSECONDS = { ns: 1, us: 1e3, ms: 1e6, s: 1e9, m: 6e10, h: 36e11 };
function tooLong(duration) {
  let total = 0;
  for (const m of duration.matchAll(/([0-9]+(?:\.[0-9]+)?)(ns|us|ms|s|m|h)/g)) total += Number.parseFloat(m[1]) * NANOSECONDS[m[2]];
  return total > MAX_DURATION_NS;
}
function testForm(h) {
  const n = h.get("test");
  const t = n?.value;
  if (!n) return { kind: "absent" };
  if (typeof t === "string") return t.trim() === "" ? { kind: "empty", node: n } : { kind: "shell", node: n, text: t };
  if (!Array.isArray(t)) return { kind: "absent" };
  const words = t.map((w, i) => ({ node: n.items?.[i] ?? n, text: w === null || w === void 0 ? "" : typeof w === "string" ? w : String(w) }));
  const kind = words[0]?.text;
  if (kind === "NONE") return { kind: "none" };
  if (kind === "CMD" && words.length > 1) return { kind: "exec", words: words.slice(1) };
  if (kind === "CMD-SHELL" && words.length === 2) return { kind: "shell", node: words[1].node, text: words[1].text };
  return { kind: "malformed", node: words[0]?.node ?? n };
}
var healthcheck = {
  name: "healthcheck",
  check({ model, diags }) {
    for (const c of model.services) {
      const node2 = c.options.get("healthcheck");
      const h = node2?.entries;
      if (!node2 || !h) continue;
      const d = node2.value;
      const form = testForm(h);
      if (form.kind === "empty") diags.error("invalid-healthcheck", `the healthcheck test of ${c.label} is empty`, form.node.span, "write the command that checks the service");
      if (form.kind === "malformed") {
        diags.error("invalid-healthcheck", `the healthcheck test of ${c.label} must start with CMD (then the program and its arguments), CMD-SHELL (then one command) or NONE`, form.node.span, 'write test: ["CMD-SHELL", "pg_isready -U postgres"], or the command as a string');
      }
      const hasTest = form.kind === "shell" || form.kind === "exec" && form.words.every((w) => isLiteral(readValue(w.text, void 0, new Diagnostics(), /* @__PURE__ */ new Set())));
      if ((d["disable"] === true || form.kind === "none") && hasTest) {
        diags.error("invalid-healthcheck", `the healthcheck of ${c.label} is both disabled and given a test`, keyOf(node2), "remove disable: true, or the test");
      }
      for (const k of ["interval", "timeout", "start_period"]) {
        const v = d[k];
        if (typeof v === "string" && !DURATION.test(v)) {
          diags.error("invalid-healthcheck", `\`${k}\` of the healthcheck of ${c.label} is not a duration: ${show(v)}`, h.get(k).span, "write a number with a unit: 500ms, 1s, 1m30s");
        } else if (typeof v === "string" && tooLong(v)) {
          diags.error("invalid-healthcheck", `\`${k}\` of the healthcheck of ${c.label} is longer than docker can read: ${show(v)}`, h.get(k).span, "docker reads durations up to about 2562047h");
        }
      }
      const retries = d["retries"];
      if (typeof retries === "number" && retries >= 0 && !Number.isSafeInteger(retries)) {
        diags.error("invalid-healthcheck", `\`retries\` of the healthcheck of ${c.label} is not a whole number docker accepts`, h.get("retries").span, "write a small whole number, such as 30");
      }
    }
  }
};

// src/dialects/drone04/rules/ports.ts
var MAX_RANGE = 100;
function portSpec(text) {
  const m = /^([0-9]{1,5})(?:-([0-9]{1,5}))?(?:\/(tcp|udp|sctp))?$/.exec(text.trim());
  if (!m) return { error: "is not a port" };
  const from = Number(m[1]);
  const to = m[2] === void 0 ? from : Number(m[2]);
  if (from < 1 || to > 65535 || to < from) return { error: "is not a port between 1 and 65535" };
  if (to - from >= MAX_RANGE) return { error: `spans more than ${MAX_RANGE} ports, too many to wait for` };
  if (m[3] === "udp" || m[3] === "sctp") return [];
  const out = [];
  for (let p = from; p <= to; p++) out.push(p);
  return out;
}
function containerPort(item) {
  if (typeof item === "object" && item !== null) {
    const o = item;
    if (o["target"] === void 0) return void 0;
    return `${String(o["target"])}${typeof o["protocol"] === "string" ? `/${o["protocol"]}` : ""}`;
  }
  const text = String(item);
  const slash = text.indexOf("/");
  const body = slash === -1 ? text : text.slice(0, slash);
  return body.slice(body.lastIndexOf(":") + 1) + (slash === -1 ? "" : text.slice(slash));
}
function listItems(node2) {
  if (!node2 || !Array.isArray(node2.value)) return [];
  const out = [];
  node2.value.forEach((item, i) => {
    if (item !== null && item !== void 0) out.push({ item, node: node2.items?.[i] ?? node2 });
  });
  return out;
}
var ports = {
  name: "ports",
  check({ model, diags }) {
    const hint = "write a port number (5432), a range (8000-8010) or PORT/tcp";
    for (const c of model.services) {
      for (const { item, node: node2 } of listItems(c.options.get("expose"))) {
        const list = portSpec(String(item));
        if ("error" in list) diags.error("invalid-port", `the expose entry ${show(String(item))} of ${c.label} ${list.error}`, node2.span, hint);
      }
      const portsNode = c.options.get("ports");
      if (!portsNode || !Array.isArray(portsNode.value)) continue;
      diags.warning(
        "ignored-key",
        `\`ports\` of ${c.label} publishes nothing (Drone 0.4 did not publish ports); its container ports are what up waits for`,
        keyOf(portsNode),
        "services share one network namespace: reach them at 127.0.0.1 on the container port"
      );
      for (const { item, node: node2 } of listItems(portsNode)) {
        const spec = containerPort(item);
        if (spec === void 0) {
          diags.error("invalid-port", `the port mapping of ${c.label} has no target`, node2.span, "write target: the port the service listens on");
          continue;
        }
        const list = portSpec(spec);
        if ("error" in list) diags.error("invalid-port", `the port mapping ${show(String(typeof item === "object" ? spec : item))} of ${c.label} ${list.error}`, node2.span, hint);
      }
    }
  }
};

// src/dialects/drone04/readiness.ts
var ReadinessLowering = class {
  constructor(source, diags, used) {
    this.source = source;
    this.diags = diags;
    this.used = used;
  }
  source;
  diags;
  used;
  claims = /* @__PURE__ */ new Map();
  service(c, lowered) {
    const healthcheck2 = this.healthcheck(c);
    const declared = this.declaredPorts(c);
    const waitsOnHealth = healthcheck2 !== void 0 && healthcheck2.test !== void 0;
    let readiness;
    if (waitsOnHealth) readiness = { kind: "health" };
    else if (declared !== void 0 && declared.length > 0) readiness = { kind: "ports", ports: declared.map((p) => [p]), from: "declared" };
    else if (declared !== void 0) readiness = { kind: "none", why: "expose: [] turns the wait off" };
    else {
      const guess = this.guess(c, lowered);
      if (guess) readiness = { kind: "ports", ports: guess, from: "image" };
      else if (healthcheck2?.disable) readiness = { kind: "none", why: "its health check is turned off and it declares no port" };
      else readiness = { kind: "image-health" };
    }
    return { ...healthcheck2 ? { healthcheck: healthcheck2 } : {}, readiness };
  }
  // ---- health checks --------------------------------------------------------------------------
  /** The health check as the healthcheck rule accepted it; what it refused is left out. */
  healthcheck(c) {
    const node2 = c.options.get("healthcheck");
    const h = node2?.entries;
    if (!node2 || !h) return void 0;
    const d = node2.value;
    const duration = (k) => {
      const v = d[k];
      return typeof v === "string" && DURATION.test(v) ? v : void 0;
    };
    const form = testForm(h);
    const disable = d["disable"] === true || form.kind === "none";
    let test;
    if (form.kind === "shell") {
      test = { shell: readValue(form.text, form.node.span, this.diags, this.used) };
    } else if (form.kind === "exec") {
      const exec = form.words.map((w) => readValue(w.text, w.node.span, this.diags, this.used));
      const i = exec.findIndex((w) => !isLiteral(w));
      if (i === -1) test = { exec };
      else this.diags.error("invalid-healthcheck", `a $$ reference in a CMD health check of ${c.label} cannot be passed on`, form.words[i].node.span, 'write the check as one command: test: ["CMD-SHELL", "..."] or a string');
    }
    if (disable && test) test = void 0;
    const interval = duration("interval");
    const timeout = duration("timeout");
    const startPeriod = duration("start_period");
    const r = d["retries"];
    const retries = typeof r === "number" && r >= 0 && Number.isSafeInteger(r) ? r : void 0;
    return {
      ...test ? { test } : {},
      disable,
      ...interval ? { interval } : {},
      ...timeout ? { timeout } : {},
      ...startPeriod ? { startPeriod } : {},
      ...retries !== void 0 ? { retries } : {}
    };
  }
  // ---- ports ----------------------------------------------------------------------------------
  /** The TCP ports of `expose:` and the container side of `ports:`, in order, once each; undefined when neither is given. */
  declaredPorts(c) {
    const exposeNode = c.options.get("expose");
    const portsNode = c.options.get("ports");
    const expose = exposeNode?.value;
    const ports2 = portsNode?.value;
    if (!Array.isArray(expose) && !Array.isArray(ports2)) return void 0;
    const out = [];
    const own = /* @__PURE__ */ new Set();
    const add = (list, node2) => {
      for (const port of list) {
        if (own.has(port)) continue;
        own.add(port);
        out.push(port);
        this.claim(port, c, false, node2.span);
      }
    };
    if (Array.isArray(expose)) {
      expose.forEach((item, i) => {
        if (item === null || item === void 0) return;
        const list = portSpec(String(item));
        if (!("error" in list)) add(list, exposeNode.items?.[i] ?? exposeNode);
      });
    }
    if (Array.isArray(ports2)) {
      ports2.forEach((item, i) => {
        if (item === null || item === void 0) return;
        const spec = containerPort(item);
        const list = spec === void 0 ? void 0 : portSpec(spec);
        if (list && !("error" in list)) add(list, portsNode.items?.[i] ?? portsNode);
      });
    }
    return out;
  }
  /** The table's ports for the service's image, unless the file evidently changes the port. */
  guess(c, lowered) {
    if (!isLiteral(lowered.image)) return void 0;
    const ports2 = guessPorts(lowered.image.join(""));
    if (!ports2) return void 0;
    const words = [...lowered.entrypoint ?? [], ...lowered.command ?? []];
    for (const e of lowered.environment) words.push([`${e.name}=`, ...e.value]);
    if (words.some((w) => changesPort(flatten(w, (n) => n), ports2))) {
      this.diags.warning(
        "port-guess",
        `${c.label} runs ${show(lowered.image.join(""))}, which listens on port ${ports2.map((p) => p.join(" or ")).join(", ")} by default, but its environment or command seems to change the port; up does not wait for it`,
        keyOf(c.node),
        "write expose: with the port it listens on to wait for it, or expose: [] to silence this"
      );
      return void 0;
    }
    for (const alternatives of ports2) {
      for (const port of alternatives) this.claim(port, c, true, imageKey(c));
    }
    return ports2;
  }
  /** Reports a port that another service already claims: an error when both declare it, else a warning. */
  claim(port, c, guessed, span) {
    const other = this.claims.get(port);
    if (!other) {
      this.claims.set(port, { service: c.name, span, guessed });
      return;
    }
    if (other.service === c.name) return;
    const where = `service \`${other.service}\` on line ${this.source.position(other.span[0]).line}`;
    if (!guessed && !other.guessed) {
      this.diags.error("port-conflict", `port ${port} of ${c.label} is already declared by ${where}: all services share one network namespace, so only one can listen on it`, span, "change the port one of them listens on");
    } else {
      this.diags.warning(
        "port-guess",
        `${c.label} and ${where} would both listen on port ${port} (${guessed ? "the port its image listens on by default" : "declared"}); all services share one network namespace`,
        span,
        "make one listen on another port and declare it with expose:"
      );
    }
  }
};
function imageKey(c) {
  const n = c.options.get("image");
  return n ? keyOf(n) : keyOf(c.node);
}

// src/dialects/drone04/rules/rule.ts
function scalarText(value, raw) {
  if (value === null || value === void 0 || typeof value === "object") return void 0;
  const s = typeof value === "string" ? value : raw ?? String(value);
  return s.indexOf("\0") === -1 ? s : void 0;
}
function scalarItems(node2, value) {
  if (!node2 || value === null || value === void 0) return [];
  if (!Array.isArray(value)) {
    const text = scalarText(value, node2.raw);
    return text === void 0 ? [] : [{ node: node2, text }];
  }
  const out = [];
  node2.items?.forEach((item) => {
    const text = scalarText(item.value, item.raw);
    if (text !== void 0) out.push({ node: item, text });
  });
  return out;
}

// src/dialects/drone04/rules/cpuset.ts
var CPU_LIST = /^[0-9]+(-[0-9]+)?(,[0-9]+(-[0-9]+)?)*$/;
var cpuset = {
  name: "cpuset",
  check({ model, diags }) {
    for (const c of model.containers) {
      const n = c.options.get("cpuset");
      const s = n && scalarText(n.value, n.raw);
      if (!n || s === void 0) continue;
      const value = readValue(s, void 0, new Diagnostics(), /* @__PURE__ */ new Set());
      if (isLiteral(value) && !CPU_LIST.test(value.join(""))) {
        diags.error("invalid-cpuset", `cpuset ${show(value.join(""))} is not a CPU list`, n.span, "write CPU numbers and ranges, such as 0-3 or 0,2");
      }
    }
  }
};

// src/dialects/drone04/rules/environment.ts
function isEnvironmentName(name) {
  return name !== "" && name.indexOf("=") === -1 && name.indexOf("\0") === -1;
}
var environment = {
  name: "environment",
  check({ model, diags }) {
    const bad = (name) => name === "" ? "an environment entry has an empty name" : `${show(name)} cannot name an environment variable`;
    const hint = "a name is non-empty and has no `=`";
    for (const c of model.containers) {
      const node2 = c.options.get("environment");
      if (!node2) continue;
      if (Array.isArray(node2.value)) {
        for (const item of scalarItems(node2, node2.value)) {
          const eq = item.text.indexOf("=");
          if (eq === -1) {
            diags.error("invalid-environment", `the environment entry ${show(item.text)} of ${c.label} has no \`=\``, item.node.span, `write ${item.text}= for an empty value, or ${item.text}=$$${item.text} to take it from the environment`);
          } else if (!isEnvironmentName(item.text.slice(0, eq))) {
            diags.error("invalid-environment", bad(item.text.slice(0, eq)), item.node.span, hint);
          }
        }
      } else if (node2.entries) {
        for (const [name, entry] of node2.entries) {
          if (!isEnvironmentName(name)) diags.error("invalid-environment", bad(name), keyOf(entry), hint);
          else if (entry.value === null) {
            diags.warning("invalid-environment", `\`${name}\` in the environment of ${c.label} has no value; it is set to the empty string, as Drone did`, keyOf(entry), `write ${name}: "" for an empty value, or ${name}: $$${name} to take it from the environment`);
          }
        }
      }
    }
  }
};

// src/dialects/drone04/rules/image.ts
function imageMissing(raw) {
  return raw === void 0 || raw === null || raw === "";
}
var image = {
  name: "image",
  check({ model, diags }) {
    for (const c of model.containers) {
      if (!imageMissing(c.options.get("image")?.value)) continue;
      if (c.kind === "build") {
        diags.error("missing-image", `${c.label} has no image`, keyOf(c.node), "name the image the commands run in with image:");
      } else {
        diags.warning("image-from-name", `${c.label} has no image; its name \`${c.name}\` is used as the image, as Drone did`, keyOf(c.node), `write image: ${c.name}`);
      }
    }
  }
};

// src/dialects/drone04/rules/memory.ts
var MEMORY = /^[0-9]+(\.[0-9]+)?[bkmgBKMG]?$/;
var memory = {
  name: "memory",
  check({ model, diags }) {
    for (const c of model.containers) {
      const n = c.options.get("mem_limit");
      const s = n && scalarText(n.value, n.raw);
      if (n && s !== void 0 && !MEMORY.test(s)) {
        diags.error("invalid-memory", `mem_limit ${show(s)} is not a size`, n.span, "write a number of bytes, or a number with b, k, m or g (512m)");
      }
    }
  }
};

// src/dialects/drone04/rules/trust.ts
var TRUSTED_OPTIONS = ["privileged", "volumes", "devices", "net", "dns", "extra_hosts"];
function trustedOptionSet(key, v) {
  if (v === null || v === void 0) return false;
  if (Array.isArray(v)) return v.some((x) => x !== null && x !== void 0);
  if (key === "privileged") return v === true;
  return true;
}
function readableOption(c, key, trusted) {
  const v = c.data[key];
  return trusted || !trustedOptionSet(key, v) ? v : void 0;
}
var trust = {
  name: "trust",
  check({ model, options, diags }) {
    if (options.trusted) return;
    for (const c of model.containers) {
      for (const key of TRUSTED_OPTIONS) {
        if (!trustedOptionSet(key, c.data[key])) continue;
        const n = c.options.get(key);
        diags.error(
          "untrusted-option",
          `\`${key}\` in ${c.label} is a trusted-only option`,
          n ? keyOf(n) : keyOf(c.node),
          "pass --trusted to allow it, as a Drone administrator marks a repository trusted"
        );
      }
    }
  }
};

// src/dialects/drone04/rules/namespace.ts
var SIMPLE_NETWORKS = /* @__PURE__ */ new Set(["bridge", "host", "none", "default"]);
function networkProblem(net) {
  if (net === "") return { message: "is empty", hint: "name a network mode, or remove net:" };
  if (net.includes("$$")) return { message: "cannot use a $$ reference: the network decides how the script is laid out" };
  if (!SIMPLE_NETWORKS.has(net) && !/^container:[a-zA-Z0-9][a-zA-Z0-9_.-]*$/.test(net) && !/^[a-zA-Z0-9][a-zA-Z0-9_.-]*$/.test(net)) {
    return { message: `is not a network mode: ${show(net)}`, hint: "use bridge, host, none, container:NAME or the name of a network" };
  }
  return void 0;
}
function isIPv6Like(address) {
  return address.indexOf(":") !== -1 && /^[0-9a-fA-F:.]*$/.test(address);
}
function readExtraHost(text) {
  if (text.includes("$$")) return { error: "cannot use a $$ reference" };
  const colon = text.indexOf(":");
  const host = (colon === -1 ? text : text.slice(0, colon)).trim();
  const address = colon === -1 ? "127.0.0.1" : text.slice(colon + 1).trim();
  if (!/^[A-Za-z0-9]([A-Za-z0-9.-]*[A-Za-z0-9])?$/.test(host)) return { error: "does not start with a host name", hint: "write HOST:ADDRESS" };
  if (colon !== -1 && !/^([0-9]{1,3}\.){3}[0-9]{1,3}$/.test(address) && !isIPv6Like(address)) {
    return { error: "has no IP address after the host name", hint: "write HOST:ADDRESS, such as db:127.0.0.1" };
  }
  return { host, address, bare: colon === -1 };
}
var namespace = {
  name: "namespace",
  check({ model, options, source, diags }) {
    const line = (span) => source.position(span[0]).line;
    let network;
    let firstNamespaceSetting;
    const hosts = /* @__PURE__ */ new Map();
    for (const c of model.containers) {
      const netNode = c.options.get("net");
      const net = netNode && scalarText(readableOption(c, "net", options.trusted), netNode.raw);
      if (netNode && net !== void 0) {
        const problem = networkProblem(net);
        if (problem) {
          diags.error("invalid-network", `\`net\` of ${c.label} ${problem.message}`, netNode.span, problem.hint);
        } else if (network && network.value !== net) {
          const related = [{ span: network.span, message: `\`net: ${network.value}\` is set here` }];
          diags.error("conflict", `\`net: ${net}\` of ${c.label} contradicts \`net: ${network.value}\` on line ${line(network.span)}: all containers share one network namespace`, netNode.span, "use one net: value, or none", related);
        } else if (!network) {
          network = { value: net, span: netNode.span };
        }
      }
      for (const item of scalarItems(c.options.get("dns"), readableOption(c, "dns", options.trusted))) {
        if (item.text === "") {
          diags.error("invalid-dns", `an entry of \`dns\` of ${c.label} is empty`, item.node.span, "write the address of a DNS server");
          continue;
        }
        firstNamespaceSetting ??= item.node.span;
      }
      for (const item of scalarItems(c.options.get("extra_hosts"), readableOption(c, "extra_hosts", options.trusted))) {
        const span = item.node.span;
        const entry = readExtraHost(item.text);
        if ("error" in entry) {
          diags.error("invalid-extra-host", `the extra_hosts entry ${show(item.text)} of ${c.label} ${entry.error}`, span, entry.hint);
          continue;
        }
        const { host, address } = entry;
        if (entry.bare) {
          diags.warning("extra-host-address", `the extra_hosts entry \`${host}\` of ${c.label} has no address; it is mapped to 127.0.0.1, where every service of the build is reached`, span, `write ${host}:127.0.0.1`);
        }
        const earlier = hosts.get(host);
        if (earlier && earlier.address !== address) {
          const related = [{ span: earlier.span, message: `\`${host}\` is mapped to ${earlier.address} here` }];
          diags.error("conflict", `extra_hosts maps \`${host}\` to ${address} in ${c.label} but to ${earlier.address} on line ${line(earlier.span)}: all containers share one /etc/hosts`, span, "map each host name to one address", related);
          continue;
        }
        if (!earlier) hosts.set(host, { address, span });
        firstNamespaceSetting ??= span;
      }
    }
    if (network && network.value.startsWith("container:") && firstNamespaceSetting) {
      const related = [{ span: firstNamespaceSetting, message: "dns or extra_hosts is set here" }];
      diags.error("conflict", `dns and extra_hosts cannot be set when the namespace joins another container (\`net: ${network.value}\`)`, network.span, "remove dns/extra_hosts, or net:", related);
    }
  }
};

// src/dialects/drone04/lower.ts
var MOUNT_OPTIONS = /* @__PURE__ */ new Set(["ro", "rw", "z", "Z", "shared", "slave", "private", "rshared", "rslave", "rprivate", "nocopy", "cached", "delegated", "consistent"]);
var VOLUME_NAME = /^[a-zA-Z0-9][a-zA-Z0-9_.-]+$/;
function lower(model, opts, diags, source) {
  return new Lowering(diags, opts.trusted, opts.targets ?? [], source).project(model, opts);
}
var Lowering = class {
  constructor(diags, trusted, targets, source) {
    this.diags = diags;
    this.trusted = trusted;
    this.targets = targets;
    this.source = source;
  }
  diags;
  trusted;
  targets;
  source;
  used = /* @__PURE__ */ new Set();
  namedVolumes = /* @__PURE__ */ new Set();
  network;
  dns = [];
  dnsSeen = /* @__PURE__ */ new Set();
  hosts = /* @__PURE__ */ new Map();
  /** A trusted-only option's value, or undefined when it is set in an untrusted run (the trust rule refused it). */
  option(c, key) {
    return readableOption(c, key, this.trusted);
  }
  /** Reads `$$` references and operations out of a string (see readValue). */
  read(text, span, shellCode = false) {
    return readValue(text, span, this.diags, this.used, { shellCode, targets: this.targets });
  }
  project(model, opts) {
    const services = [];
    const build = [];
    const readiness = new ReadinessLowering(this.source, this.diags, this.used);
    for (const c of model.containers) {
      const container2 = this.container(c);
      if (c.kind === "service") services.push({ ...container2, ...readiness.service(c, container2) });
      else build.push({ ...container2, commands: this.commands(c) });
    }
    const holder = {
      image: opts.holderImage,
      ...this.network !== void 0 ? { network: this.network } : {},
      dns: this.dns,
      extraHosts: [...this.hosts].map(([host, address]) => ({ host, address }))
    };
    return {
      name: opts.name,
      repo: opts.repo,
      workspacePath: `/drone/src/${opts.repo}`,
      holder,
      services,
      build,
      volumes: [...this.namedVolumes],
      variables: [...this.used].sort()
    };
  }
  // ---- reading values -------------------------------------------------------------------------
  /** The text of a scalar as written (`yes` stays `yes`), or undefined when it is not a scalar. */
  text(node2, v) {
    if (v === null || v === void 0 || typeof v === "object") return void 0;
    const s = typeof v === "string" ? v : node2.raw ?? String(v);
    const bad = uncarriable(s);
    if (bad) {
      this.diags.error("invalid-character", `the value contains ${bad}`, node2.span);
      return void 0;
    }
    return s;
  }
  value(node2) {
    if (!node2) return void 0;
    const s = this.text(node2, node2.value);
    return s === void 0 ? void 0 : this.read(s, node2.span);
  }
  /**
   * The items of a list (or of a single string), null items dropped with a warning. `v` is the node's value, or
   * undefined for a trusted-only option that is not to be read.
   */
  items(node2, what, v) {
    if (!node2 || v === null || v === void 0) return [];
    if (!Array.isArray(v)) {
      const s = this.text(node2, v);
      return s === void 0 ? [] : [{ node: node2, text: s }];
    }
    const out = [];
    for (const item of node2.items ?? []) {
      if (item.value === null) {
        this.diags.warning("dropped-item", `an empty item of ${what} is dropped`, item.span, "a `- # comment` line is an empty item; move the comment out of the list");
        continue;
      }
      const s = this.text(item, item.value);
      if (s !== void 0) out.push({ node: item, text: s });
    }
    return out;
  }
  flag(v) {
    return v === true;
  }
  // ---- containers -----------------------------------------------------------------------------
  container(c) {
    const d = c.data;
    const image2 = this.image(c);
    const environment2 = this.environment(c);
    const auth = this.auth(c, image2.domain);
    const entrypoint = this.argv(c.options.get("entrypoint"), `\`entrypoint\` of ${c.label}`);
    const command = this.argv(c.options.get("command"), `\`command\` of ${c.label}`);
    const memLimit = this.memLimit(c.options.get("mem_limit"));
    const cpuset2 = this.cpuset(c.options.get("cpuset"));
    this.namespace(c);
    const out = {
      name: c.containerName,
      image: image2.value,
      pull: this.flag(d["pull"]),
      ...auth ? { auth } : {},
      privileged: this.flag(this.option(c, "privileged")),
      environment: environment2,
      ...entrypoint && c.kind === "service" ? { entrypoint } : {},
      ...command && c.kind === "service" ? { command } : {},
      volumes: this.volumes(c),
      devices: this.devices(c),
      ...memLimit ? { memLimit } : {},
      ...cpuset2 ? { cpuset: cpuset2 } : {},
      oomKillDisable: this.flag(d["oom_kill_disable"]),
      at: this.keySpans(c)
    };
    return out;
  }
  /** The key span of every option of a container as written, for the targets' diagnostics. */
  keySpans(c) {
    const spans = /* @__PURE__ */ Object.create(null);
    for (const [key, n] of c.options) if (n.value !== null && n.value !== void 0) spans[key] = keyOf(n);
    return spans;
  }
  image(c) {
    const n = c.options.get("image");
    const raw = n?.value;
    let value = this.value(n);
    if (value === void 0 || isLiteral(value) && value.join("") === "") {
      if (imageMissing(raw)) {
        value = [c.name];
        if (c.kind === "build") return { value };
      } else {
        return { value: [""] };
      }
    }
    const text = flatten(value, () => "x");
    const ref = parseImage(text);
    if ("error" in ref) {
      this.diags.error("invalid-image", `the image ${show(flatten(value, (name) => `$$${name}`))} of ${c.label} is not a valid reference: ${ref.error}`, n ? n.span : keyOf(c.node));
      return { value };
    }
    const last = value[value.length - 1];
    if (!ref.tag && !ref.digest && typeof last === "string") value = concat(value, [":latest"]);
    const first = value[0];
    const domain = ref.domain && typeof first === "string" && first.startsWith(`${ref.domain}/`) ? ref.domain : void 0;
    return domain ? { value, domain } : { value };
  }
  environment(c) {
    const node2 = c.options.get("environment");
    const env2 = node2?.value;
    const out = /* @__PURE__ */ new Map();
    const set2 = (name, value, span) => {
      if (out.has(name)) {
        this.diags.warning("duplicate-environment", `\`${name}\` is set twice in the environment of ${c.label}; the later value is used`, span);
      }
      out.set(name, { name, value });
    };
    if (Array.isArray(env2)) {
      for (const item of this.items(node2, `\`environment\` of ${c.label}`, env2)) {
        const span = item.node.span;
        const eq = item.text.indexOf("=");
        const name = item.text.slice(0, eq);
        if (eq === -1 || !isEnvironmentName(name)) continue;
        set2(name, this.read(item.text.slice(eq + 1), span), span);
      }
    } else if (node2?.entries) {
      for (const [name, entry] of node2.entries) {
        const span = keyOf(entry);
        if (!isEnvironmentName(name)) continue;
        if (entry.value === null) {
          set2(name, [""], span);
          continue;
        }
        const value = this.value(entry);
        if (value) set2(name, value, span);
      }
    }
    return [...out.values()];
  }
  argv(node2, what) {
    if (!node2 || node2.value === null || node2.value === void 0) return void 0;
    if (Array.isArray(node2.value)) {
      return this.items(node2, what, node2.value).map((item) => this.read(item.text, item.node.span));
    }
    const value = this.value(node2);
    if (!value) return void 0;
    const split2 = shellWords(value);
    if ("error" in split2) {
      this.diags.error("invalid-command", `${what} cannot be split into words: ${split2.error}`, node2.span, "write it as a list to pass the words as they are");
      return void 0;
    }
    return split2.words;
  }
  commands(c) {
    const commands = c.options.get("commands");
    return this.items(commands, `\`commands\` of ${c.label}`, commands?.value).map((item) => this.read(item.text, item.node.span, true));
  }
  auth(c, registry) {
    const a = c.options.get("auth_config");
    const cfg = a?.entries;
    if (!cfg) return void 0;
    const present = (key) => {
      const n = cfg.get(key);
      return n !== void 0 && n.value !== null && n.value !== void 0;
    };
    const secretKey = present("password") ? "password" : present("registry_token") ? "registry_token" : void 0;
    if (!secretKey) {
      return void 0;
    }
    const secretNode = cfg.get(secretKey);
    const secret = this.value(secretNode);
    const user = cfg.get("username");
    const username = !user || user.value === null ? ["<token>"] : this.value(user);
    if (!secret || !username) return void 0;
    if (secret.some((p) => typeof p === "string" && p !== "")) {
      this.diags.warning(
        "literal-credential",
        `the ${secretKey === "password" ? "password" : "registry token"} of ${c.label} is written in the file`,
        secretNode.span,
        "write $$NAME and set NAME in the environment (a CI secret) instead"
      );
    }
    return { ...registry ? { registry } : {}, username, password: secret };
  }
  /** The memory limit as written; a value that is not a size was refused by the memory rule. */
  memLimit(node2) {
    if (!node2) return void 0;
    const s = this.text(node2, node2.value);
    return s !== void 0 && MEMORY.test(s) ? s : void 0;
  }
  /** The CPU list; a literal that is not one was refused by the cpuset rule. */
  cpuset(node2) {
    const value = this.value(node2);
    if (!value || !isLiteral(value)) return value;
    return CPU_LIST.test(value.join("")) ? value : void 0;
  }
  volumes(c) {
    const out = [];
    for (const item of this.items(c.options.get("volumes"), `\`volumes\` of ${c.label}`, this.option(c, "volumes"))) {
      const span = item.node.span;
      const value = this.read(item.text, span);
      const bad = (why2) => this.diags.error("invalid-volume", `the volume ${show(item.text)} of ${c.label} ${why2}`, span, "write HOST:CONTAINER[:MODE] with an absolute or ./relative host path, or VOLUME:CONTAINER for a named volume");
      const first = splitOnce(value, ":");
      if (!first) {
        bad("has no container path");
        continue;
      }
      const [host, rest] = first;
      const second = splitOnce(rest, ":");
      const [container2, mode] = second ?? [rest, void 0];
      const hostText = flatten(host, () => "/x");
      const relative2 = hostText === "." || hostText === ".." || hostText.startsWith("./") || hostText.startsWith("../");
      let volume;
      if (!relative2 && !hostText.startsWith("/")) {
        if (hostText.startsWith("~")) {
          bad("starts with ~, which is not expanded");
          continue;
        }
        if (!isLiteral(host) || !VOLUME_NAME.test(hostText)) {
          bad("names neither a host path nor a volume: a volume name is letters, digits, `_`, `.` and `-`, starting with a letter or digit, without $$ references");
          continue;
        }
        if (hostText === "drone") {
          bad("names the volume `drone`, which is the /drone volume every container already shares");
          continue;
        }
        volume = hostText;
      }
      if (!flatten(container2, () => "/x").startsWith("/")) {
        bad("has a container path that is not absolute");
        continue;
      }
      let modeText;
      if (mode) {
        if (!isLiteral(mode) || !mode.join("").split(",").every((o) => MOUNT_OPTIONS.has(o))) {
          bad(`has an unknown mode; known: ${[...MOUNT_OPTIONS].join(", ")}`);
          continue;
        }
        modeText = mode.join("");
      }
      if (volume !== void 0) {
        this.namedVolumes.add(volume);
        out.push({ host: [], relative: false, volume, container: container2, ...modeText ? { mode: modeText } : {} });
      } else {
        out.push({ host, relative: relative2, container: container2, ...modeText ? { mode: modeText } : {} });
      }
    }
    return out;
  }
  devices(c) {
    const out = [];
    for (const item of this.items(c.options.get("devices"), `\`devices\` of ${c.label}`, this.option(c, "devices"))) {
      const span = item.node.span;
      const value = this.read(item.text, span);
      const [host, rest] = splitOnce(value, ":") ?? [value, void 0];
      const [container2, perms] = rest ? splitOnce(rest, ":") ?? [rest, void 0] : [void 0, void 0];
      const permText = perms ? flatten(perms, () => "?") : void 0;
      if (!flatten(host, () => "/x").startsWith("/") || container2 && !flatten(container2, () => "/x").startsWith("/") || permText !== void 0 && !/^[rwm]{1,3}$/.test(permText)) {
        this.diags.error("invalid-device", `the device ${show(item.text)} of ${c.label} is not HOST[:CONTAINER[:PERMISSIONS]]`, span, "paths are absolute; permissions are letters of rwm");
        continue;
      }
      out.push({ host, ...container2 ? { container: container2 } : {}, ...permText ? { permissions: permText } : {} });
    }
    return out;
  }
  // ---- the shared namespace -------------------------------------------------------------------
  /** Moves net, dns and extra_hosts of a container onto the holder; the namespace rule refused what contradicts. */
  namespace(c) {
    const netNode = c.options.get("net");
    const net = netNode && this.text(netNode, this.option(c, "net"));
    if (net !== void 0 && this.network === void 0 && !networkProblem(net)) this.network = net;
    for (const item of this.items(c.options.get("dns"), `\`dns\` of ${c.label}`, this.option(c, "dns"))) {
      if (item.text === "") continue;
      const value = this.read(item.text, item.node.span);
      const key = JSON.stringify(value);
      if (this.dnsSeen.has(key)) continue;
      this.dnsSeen.add(key);
      this.dns.push(value);
    }
    for (const item of this.items(c.options.get("extra_hosts"), `\`extra_hosts\` of ${c.label}`, this.option(c, "extra_hosts"))) {
      const entry = readExtraHost(item.text);
      if ("error" in entry || this.hosts.has(entry.host)) continue;
      this.hosts.set(entry.host, entry.address);
    }
  }
};

// src/dialects/drone04/rules/build-steps.ts
var buildSteps = {
  name: "build-steps",
  check({ model, diags }) {
    for (const c of model.build) {
      const commands = c.options.get("commands");
      if (scalarItems(commands, commands?.value).length === 0) {
        diags.warning("empty-build", `${c.label} has no commands; its container starts and exits`, keyOf(c.node));
      }
      const when = c.options.get("when");
      if (when && when.value !== null) {
        diags.warning(
          "unconditional-step",
          `${c.label} has when: conditions, which cannot be decided outside Drone; it always runs`,
          keyOf(when),
          'guard the commands in the shell instead, e.g. [ "$DRONE_BRANCH" = master ] || exit 0 (the build gets DRONE_BRANCH from the environment, else from git)'
        );
      }
    }
  }
};

// src/dialects/drone04/rules/compiled-findings.ts
var compiledFindings = {
  name: "compiled-findings",
  check({ model, source, diags }) {
    const compiled2 = [];
    for (const key of COMPILED_SECTIONS) {
      const n = model.sections.get(key);
      if (n) compiled2.push([Math.min(n.key?.[0] ?? n.span[0], n.span[0]), Math.max(n.key?.[1] ?? 0, n.span[1])]);
    }
    const keep = (d) => {
      if (d.code !== "duplicate-key" || !d.span) return true;
      const [start, end] = d.span;
      if (compiled2.some(([from, to]) => start >= from && end <= to)) return true;
      return COMPILED_SECTIONS.includes(source.text.slice(start, end)) && source.position(start).column === 1;
    };
    const kept = diags.list.filter(keep);
    diags.list.length = 0;
    for (const d of kept) diags.list.push(d);
  }
};

// src/dialects/drone04/rules/ignored-options.ts
var ignoredOptions = {
  name: "ignored-options",
  check({ model, diags }) {
    for (const c of model.containers) {
      const email = c.options.get("auth_config")?.entries?.get("email");
      if (email) diags.warning("ignored-option", `\`email\` of the auth_config of ${c.label} is ignored: docker login no longer takes an e-mail`, keyOf(email));
      if (c.kind !== "build") continue;
      for (const key of ["entrypoint", "command"]) {
        const n = c.options.get(key);
        if (!n || n.value === null) continue;
        diags.warning("ignored-option", `\`${key}\` of ${c.label} is ignored: a build container runs its commands with /bin/sh`, keyOf(n));
      }
    }
  }
};

// src/dialects/drone04/rules/names.ts
var NAME2 = /^[a-zA-Z0-9][a-zA-Z0-9_.-]*$/;
var names = {
  name: "names",
  check({ model, diags }) {
    const seen = /* @__PURE__ */ new Map([[HOLDER_NAME.toLowerCase(), { label: "the namespace holder" }]]);
    for (const c of model.containers) {
      const span = keyOf(c.node);
      if (!NAME2.test(c.name)) {
        diags.error("invalid-name", `the name ${show(c.name)} of ${c.label} cannot name a container`, span, "use letters, digits, `_`, `.` and `-`, starting with a letter or digit");
        continue;
      }
      const key = c.containerName.toLowerCase();
      const other = seen.get(key);
      if (other) {
        const related = other.span ? [{ span: other.span, message: `${other.label} is named here` }] : void 0;
        diags.error("name-collision", `${c.label} would be named \`${c.containerName}\`, like ${other.label}`, span, "rename one of them", related);
        continue;
      }
      seen.set(key, { label: c.label, span });
    }
  }
};

// src/generated/validate.ts
function dcAppendErrors(list, more) {
  if (list === null) return more;
  for (const e of more) list.push(e);
  return list;
}
var validate_default = validate10;
var schema11Made;
function schema11() {
  return schema11Made ??= { "$schema": "http://json-schema.org/draft-07/schema#", "$id": "https://drone-compose.dev/schemas/drone.schema.json", "title": "Drone 0.4 .drone.yml as accepted by drone-compose", "description": "The compose: section (service containers) and the build: section of a Drone 0.4 .drone.yml. Other Drone 0.4 sections are accepted and ignored.", "type": "object", "expected": "a mapping of Drone sections (compose:, build:, ...)", "properties": { "compose": { "description": "Service containers (databases, caches, ...) started next to the build, in declaration order, in one shared network namespace: reach them at 127.0.0.1.", "type": ["object", "null"], "additionalProperties": { "$ref": "#/definitions/service" }, "expected": "a mapping of service names to services" }, "build": { "description": "The build container: one container with image and commands, or a mapping of named steps run in order.", "type": ["object", "null"], "expected": "a build container (image, commands) or a mapping of named steps", "if": { "anyOf": [{ "required": ["image"] }, { "required": ["commands"] }] }, "then": { "$ref": "#/definitions/step" }, "else": { "additionalProperties": { "$ref": "#/definitions/step" } } }, "clone": { "description": "Drone 0.4 clone settings; ignored by drone-compose." }, "cache": { "description": "Drone 0.4 cache settings; ignored by drone-compose." }, "publish": { "description": "Drone 0.4 publish plugins; ignored by drone-compose." }, "deploy": { "description": "Drone 0.4 deploy plugins; ignored by drone-compose." }, "notify": { "description": "Drone 0.4 notification plugins; ignored by drone-compose." }, "matrix": { "description": "Drone 0.4 build matrix; its axes reach the file as $NAME, which drone-compose turns into environment references." }, "branches": { "description": "Drone 0.4 branch filter; ignored by drone-compose." }, "debug": { "description": "Drone 0.4 debug switch; ignored by drone-compose." } }, "additionalProperties": true, "definitions": { "scalar": { "type": ["string", "number", "boolean"], "expected": "a string" }, "optionalScalar": { "type": ["string", "number", "boolean", "null"], "expected": "a string" }, "flag": { "type": ["boolean", "null"], "expected": "true or false" }, "stringList": { "type": ["array", "null"], "items": { "$ref": "#/definitions/optionalScalar" }, "expected": "a list of strings" }, "stringOrList": { "type": ["string", "number", "boolean", "null", "array"], "items": { "$ref": "#/definitions/optionalScalar" }, "expected": "a string or a list of strings" }, "environment": { "type": ["array", "object", "null"], "items": { "$ref": "#/definitions/optionalScalar" }, "additionalProperties": { "$ref": "#/definitions/optionalScalar" }, "expected": "a list of KEY=VALUE strings or a mapping of names to values" }, "authConfig": { "description": "Registry credentials used to pull the image. Prefer $NAME references to literal secrets.", "type": ["object", "null"], "properties": { "username": { "$ref": "#/definitions/optionalScalar", "description": "Registry user name." }, "password": { "$ref": "#/definitions/optionalScalar", "description": "Registry password; write $NAME to take it from the environment at run time." }, "email": { "$ref": "#/definitions/optionalScalar", "description": "Registry e-mail; accepted and ignored (docker login no longer takes it)." }, "registry_token": { "$ref": "#/definitions/optionalScalar", "description": "Registry token; passed to docker login as the password." } }, "additionalProperties": false, "expected": "a mapping with username, password, email, registry_token" }, "service": { "description": "A service container, in Drone's compose: format.", "type": ["object", "null"], "properties": { "image": { "$ref": "#/definitions/key_image" }, "pull": { "$ref": "#/definitions/key_pull" }, "privileged": { "$ref": "#/definitions/key_privileged" }, "environment": { "$ref": "#/definitions/key_environment" }, "entrypoint": { "$ref": "#/definitions/key_entrypoint" }, "command": { "$ref": "#/definitions/key_command" }, "volumes": { "$ref": "#/definitions/key_volumes" }, "devices": { "$ref": "#/definitions/key_devices" }, "net": { "$ref": "#/definitions/key_net" }, "dns": { "$ref": "#/definitions/key_dns" }, "extra_hosts": { "$ref": "#/definitions/key_extra_hosts" }, "auth_config": { "$ref": "#/definitions/key_auth_config" }, "mem_limit": { "$ref": "#/definitions/key_mem_limit" }, "cpuset": { "$ref": "#/definitions/key_cpuset" }, "oom_kill_disable": { "$ref": "#/definitions/key_oom_kill_disable" }, "expose": { "$ref": "#/definitions/key_expose" }, "ports": { "$ref": "#/definitions/key_ports" }, "healthcheck": { "$ref": "#/definitions/key_healthcheck" } }, "additionalProperties": false, "expected": "a mapping of service keys (image, environment, ...)" }, "step": { "description": "A build container: the service keys plus commands and when.", "type": ["object", "null"], "properties": { "image": { "$ref": "#/definitions/key_image" }, "pull": { "$ref": "#/definitions/key_pull" }, "privileged": { "$ref": "#/definitions/key_privileged" }, "environment": { "$ref": "#/definitions/key_environment" }, "entrypoint": { "$ref": "#/definitions/key_entrypoint" }, "command": { "$ref": "#/definitions/key_command" }, "volumes": { "$ref": "#/definitions/key_volumes" }, "devices": { "$ref": "#/definitions/key_devices" }, "net": { "$ref": "#/definitions/key_net" }, "dns": { "$ref": "#/definitions/key_dns" }, "extra_hosts": { "$ref": "#/definitions/key_extra_hosts" }, "auth_config": { "$ref": "#/definitions/key_auth_config" }, "mem_limit": { "$ref": "#/definitions/key_mem_limit" }, "cpuset": { "$ref": "#/definitions/key_cpuset" }, "oom_kill_disable": { "$ref": "#/definitions/key_oom_kill_disable" }, "commands": { "$ref": "#/definitions/stringOrList", "description": "Shell commands run in order in the build container, stopping at the first that fails." }, "when": { "description": "Drone's run conditions (branch, event, ...). They cannot be decided outside Drone: the step always runs, with a warning." } }, "additionalProperties": false, "expected": "a mapping of build keys (image, commands, ...)" }, "key_image": { "$ref": "#/definitions/optionalScalar", "description": "Docker image reference; :latest is added when it has no tag and no digest. When missing, the service name is the image." }, "key_pull": { "$ref": "#/definitions/flag", "description": "Always pull the image before starting the container." }, "key_privileged": { "$ref": "#/definitions/flag", "description": "Run the container in privileged mode. Trusted only: needs --trusted." }, "key_environment": { "$ref": "#/definitions/environment", "description": "Environment variables: a list of KEY=VALUE or a mapping. Values are kept as written; $NAME is read from the environment at run time." }, "key_entrypoint": { "$ref": "#/definitions/stringOrList", "description": "Entrypoint: a list, or a string split like a shell command line." }, "key_command": { "$ref": "#/definitions/stringOrList", "description": "Command: a list, or a string split like a shell command line." }, "key_volumes": { "$ref": "#/definitions/stringList", "description": "Host paths mounted as host:container[:mode] (relative host paths are relative to the workspace), or named volumes of the project as name:container[:mode]. Trusted only: needs --trusted." }, "key_devices": { "$ref": "#/definitions/stringList", "description": "Host devices as host[:container[:permissions]]. Trusted only: needs --trusted." }, "key_net": { "$ref": "#/definitions/optionalScalar", "description": "Network mode of the whole build (applied to the namespace holder): bridge, host, none, container:NAME or a network name. Trusted only: needs --trusted." }, "key_dns": { "$ref": "#/definitions/stringOrList", "description": "DNS servers of the shared namespace (applied to the holder). Trusted only: needs --trusted." }, "key_extra_hosts": { "$ref": "#/definitions/stringList", "description": "host:address entries for /etc/hosts of the shared namespace (applied to the holder); a bare host name maps to 127.0.0.1. Trusted only: needs --trusted." }, "key_auth_config": { "$ref": "#/definitions/authConfig" }, "key_mem_limit": { "type": ["integer", "string", "null"], "expected": "a number of bytes or a size such as 512m", "description": "Memory limit: bytes, or a number with b, k, m or g." }, "key_cpuset": { "$ref": "#/definitions/optionalScalar", "description": "CPUs the container may use, such as 0-3 or 0,1." }, "key_oom_kill_disable": { "$ref": "#/definitions/flag", "description": "Disable the OOM killer for the container." }, "port": { "type": ["string", "integer", "null"], "expected": "a port number, a range such as 8000-8010, or PORT/tcp" }, "key_expose": { "type": ["array", "null"], "items": { "$ref": "#/definitions/port" }, "expected": "a list of ports", "description": "Ports the service listens on inside the shared namespace (never published). up waits until each one listens; expose: [] turns the wait off, including the guess from the image name. Drone 0.4 ignored this key." }, "key_ports": { "type": ["array", "null"], "items": { "type": ["string", "integer", "object", "null"], "properties": { "target": { "type": ["integer", "string"] }, "published": { "type": ["integer", "string"] }, "protocol": { "type": "string" }, "mode": { "type": "string" }, "host_ip": { "type": "string" } }, "expected": 'a port mapping such as "8080:80" or a mapping with target' }, "expected": "a list of port mappings", "description": "docker-compose port mappings. Nothing is published (all services share one namespace); the container side of each mapping is a port the service listens on, and up waits for it." }, "duration": { "type": ["string", "null"], "expected": "a duration such as 1s, 500ms or 1m30s" }, "key_healthcheck": { "type": ["object", "null"], "description": "A health check in docker-compose syntax. up waits until the service is healthy, and compose build services depend on it with condition: service_healthy. Drone 0.4 ignored this key.", "properties": { "test": { "type": ["string", "array", "null"], "items": { "$ref": "#/definitions/optionalScalar" }, "expected": "a command string, or a list starting with CMD, CMD-SHELL or NONE", "description": `The check: a string (run by the container's shell), ["CMD", program, args...], ["CMD-SHELL", command] or ["NONE"] (turns the image's own check off).` }, "interval": { "$ref": "#/definitions/duration", "description": "Time between checks (Docker's default: 30s; write 1s to be ready sooner)." }, "timeout": { "$ref": "#/definitions/duration", "description": "Longest a check may run before it counts as failed." }, "retries": { "type": ["integer", "null"], "minimum": 0, "expected": "a whole number", "description": "Failed checks in a row after which the service is unhealthy." }, "start_period": { "$ref": "#/definitions/duration", "description": "Start-up time during which failed checks do not count." }, "disable": { "$ref": "#/definitions/flag", "description": `true turns the image's own health check off, like test: ["NONE"].` } }, "additionalProperties": false, "expected": "a mapping with test, interval, timeout, retries, start_period, disable" } } };
}
var droneSchema = schema11;
var schema12Made;
function schema12() {
  return schema12Made ??= { "description": "A service container, in Drone's compose: format.", "type": ["object", "null"], "properties": { "image": { "$ref": "#/definitions/key_image" }, "pull": { "$ref": "#/definitions/key_pull" }, "privileged": { "$ref": "#/definitions/key_privileged" }, "environment": { "$ref": "#/definitions/key_environment" }, "entrypoint": { "$ref": "#/definitions/key_entrypoint" }, "command": { "$ref": "#/definitions/key_command" }, "volumes": { "$ref": "#/definitions/key_volumes" }, "devices": { "$ref": "#/definitions/key_devices" }, "net": { "$ref": "#/definitions/key_net" }, "dns": { "$ref": "#/definitions/key_dns" }, "extra_hosts": { "$ref": "#/definitions/key_extra_hosts" }, "auth_config": { "$ref": "#/definitions/key_auth_config" }, "mem_limit": { "$ref": "#/definitions/key_mem_limit" }, "cpuset": { "$ref": "#/definitions/key_cpuset" }, "oom_kill_disable": { "$ref": "#/definitions/key_oom_kill_disable" }, "expose": { "$ref": "#/definitions/key_expose" }, "ports": { "$ref": "#/definitions/key_ports" }, "healthcheck": { "$ref": "#/definitions/key_healthcheck" } }, "additionalProperties": false, "expected": "a mapping of service keys (image, environment, ...)" };
}
var schema13Made;
function schema13() {
  return schema13Made ??= { "type": ["string", "number", "boolean", "null"], "expected": "a string" };
}
var schema14Made;
function schema14() {
  return schema14Made ??= { "type": ["boolean", "null"], "expected": "true or false" };
}
var schema37Made;
function schema37() {
  return schema37Made ??= { "type": ["integer", "string", "null"], "expected": "a number of bytes or a size such as 512m", "description": "Memory limit: bytes, or a number with b, k, m or g." };
}
var schema42Made;
function schema42() {
  return schema42Made ??= { "type": ["array", "null"], "items": { "type": ["string", "integer", "object", "null"], "properties": { "target": { "type": ["integer", "string"] }, "published": { "type": ["integer", "string"] }, "protocol": { "type": "string" }, "mode": { "type": "string" }, "host_ip": { "type": "string" } }, "expected": 'a port mapping such as "8080:80" or a mapping with target' }, "expected": "a list of port mappings", "description": "docker-compose port mappings. Nothing is published (all services share one namespace); the container side of each mapping is a port the service listens on, and up waits for it." };
}
var func2 = Object.prototype.hasOwnProperty;
var schema16Made;
function schema16() {
  return schema16Made ??= { "type": ["array", "object", "null"], "items": { "$ref": "#/definitions/optionalScalar" }, "additionalProperties": { "$ref": "#/definitions/optionalScalar" }, "expected": "a list of KEY=VALUE strings or a mapping of names to values" };
}
function validate12(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null;
  let errors = 0;
  if (typeof data != "object") {
    const err0 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: schema16().type }, message: "must be array,object,null" };
    if (vErrors === null) {
      vErrors = [err0];
    } else {
      vErrors.push(err0);
    }
    errors++;
  }
  if (Array.isArray(data)) {
    const len0 = data.length;
    for (let i0 = 0; i0 < len0; i0++) {
      let data0 = data[i0];
      if (typeof data0 !== "string" && !(typeof data0 == "number") && typeof data0 !== "boolean" && data0 !== null) {
        const err1 = { instancePath: instancePath + "/" + i0, schemaPath: "#/definitions/optionalScalar/type", keyword: "type", params: { type: schema13().type }, message: "must be string,number,boolean,null" };
        if (vErrors === null) {
          vErrors = [err1];
        } else {
          vErrors.push(err1);
        }
        errors++;
      }
    }
  }
  if (data && typeof data == "object" && !Array.isArray(data)) {
    for (const key0 in data) {
      let data1 = data[key0];
      if (typeof data1 !== "string" && !(typeof data1 == "number") && typeof data1 !== "boolean" && data1 !== null) {
        const err2 = { instancePath: instancePath + "/" + key0.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/definitions/optionalScalar/type", keyword: "type", params: { type: schema13().type }, message: "must be string,number,boolean,null" };
        if (vErrors === null) {
          vErrors = [err2];
        } else {
          vErrors.push(err2);
        }
        errors++;
      }
    }
  }
  validate12.errors = vErrors;
  return errors === 0;
}
var schema19Made;
function schema19() {
  return schema19Made ??= { "type": ["string", "number", "boolean", "null", "array"], "items": { "$ref": "#/definitions/optionalScalar" }, "expected": "a string or a list of strings" };
}
function validate14(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null;
  let errors = 0;
  if (typeof data !== "string" && !(typeof data == "number") && typeof data !== "boolean" && data !== null && !Array.isArray(data)) {
    const err0 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: schema19().type }, message: "must be string,number,boolean,null,array" };
    if (vErrors === null) {
      vErrors = [err0];
    } else {
      vErrors.push(err0);
    }
    errors++;
  }
  if (Array.isArray(data)) {
    const len0 = data.length;
    for (let i0 = 0; i0 < len0; i0++) {
      let data0 = data[i0];
      if (typeof data0 !== "string" && !(typeof data0 == "number") && typeof data0 !== "boolean" && data0 !== null) {
        const err1 = { instancePath: instancePath + "/" + i0, schemaPath: "#/definitions/optionalScalar/type", keyword: "type", params: { type: schema13().type }, message: "must be string,number,boolean,null" };
        if (vErrors === null) {
          vErrors = [err1];
        } else {
          vErrors.push(err1);
        }
        errors++;
      }
    }
  }
  validate14.errors = vErrors;
  return errors === 0;
}
function validate16(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null;
  let errors = 0;
  if (typeof data !== "string" && !(typeof data == "number") && typeof data !== "boolean" && data !== null && !Array.isArray(data)) {
    const err0 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: schema19().type }, message: "must be string,number,boolean,null,array" };
    if (vErrors === null) {
      vErrors = [err0];
    } else {
      vErrors.push(err0);
    }
    errors++;
  }
  if (Array.isArray(data)) {
    const len0 = data.length;
    for (let i0 = 0; i0 < len0; i0++) {
      let data0 = data[i0];
      if (typeof data0 !== "string" && !(typeof data0 == "number") && typeof data0 !== "boolean" && data0 !== null) {
        const err1 = { instancePath: instancePath + "/" + i0, schemaPath: "#/definitions/optionalScalar/type", keyword: "type", params: { type: schema13().type }, message: "must be string,number,boolean,null" };
        if (vErrors === null) {
          vErrors = [err1];
        } else {
          vErrors.push(err1);
        }
        errors++;
      }
    }
  }
  validate16.errors = vErrors;
  return errors === 0;
}
var schema23Made;
function schema23() {
  return schema23Made ??= { "type": ["array", "null"], "items": { "$ref": "#/definitions/optionalScalar" }, "expected": "a list of strings" };
}
function validate18(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null;
  let errors = 0;
  if (!Array.isArray(data) && data !== null) {
    const err0 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: schema23().type }, message: "must be array,null" };
    if (vErrors === null) {
      vErrors = [err0];
    } else {
      vErrors.push(err0);
    }
    errors++;
  }
  if (Array.isArray(data)) {
    const len0 = data.length;
    for (let i0 = 0; i0 < len0; i0++) {
      let data0 = data[i0];
      if (typeof data0 !== "string" && !(typeof data0 == "number") && typeof data0 !== "boolean" && data0 !== null) {
        const err1 = { instancePath: instancePath + "/" + i0, schemaPath: "#/definitions/optionalScalar/type", keyword: "type", params: { type: schema13().type }, message: "must be string,number,boolean,null" };
        if (vErrors === null) {
          vErrors = [err1];
        } else {
          vErrors.push(err1);
        }
        errors++;
      }
    }
  }
  validate18.errors = vErrors;
  return errors === 0;
}
function validate20(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null;
  let errors = 0;
  if (!Array.isArray(data) && data !== null) {
    const err0 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: schema23().type }, message: "must be array,null" };
    if (vErrors === null) {
      vErrors = [err0];
    } else {
      vErrors.push(err0);
    }
    errors++;
  }
  if (Array.isArray(data)) {
    const len0 = data.length;
    for (let i0 = 0; i0 < len0; i0++) {
      let data0 = data[i0];
      if (typeof data0 !== "string" && !(typeof data0 == "number") && typeof data0 !== "boolean" && data0 !== null) {
        const err1 = { instancePath: instancePath + "/" + i0, schemaPath: "#/definitions/optionalScalar/type", keyword: "type", params: { type: schema13().type }, message: "must be string,number,boolean,null" };
        if (vErrors === null) {
          vErrors = [err1];
        } else {
          vErrors.push(err1);
        }
        errors++;
      }
    }
  }
  validate20.errors = vErrors;
  return errors === 0;
}
function validate22(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null;
  let errors = 0;
  if (typeof data !== "string" && !(typeof data == "number") && typeof data !== "boolean" && data !== null && !Array.isArray(data)) {
    const err0 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: schema19().type }, message: "must be string,number,boolean,null,array" };
    if (vErrors === null) {
      vErrors = [err0];
    } else {
      vErrors.push(err0);
    }
    errors++;
  }
  if (Array.isArray(data)) {
    const len0 = data.length;
    for (let i0 = 0; i0 < len0; i0++) {
      let data0 = data[i0];
      if (typeof data0 !== "string" && !(typeof data0 == "number") && typeof data0 !== "boolean" && data0 !== null) {
        const err1 = { instancePath: instancePath + "/" + i0, schemaPath: "#/definitions/optionalScalar/type", keyword: "type", params: { type: schema13().type }, message: "must be string,number,boolean,null" };
        if (vErrors === null) {
          vErrors = [err1];
        } else {
          vErrors.push(err1);
        }
        errors++;
      }
    }
  }
  validate22.errors = vErrors;
  return errors === 0;
}
function validate24(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null;
  let errors = 0;
  if (!Array.isArray(data) && data !== null) {
    const err0 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: schema23().type }, message: "must be array,null" };
    if (vErrors === null) {
      vErrors = [err0];
    } else {
      vErrors.push(err0);
    }
    errors++;
  }
  if (Array.isArray(data)) {
    const len0 = data.length;
    for (let i0 = 0; i0 < len0; i0++) {
      let data0 = data[i0];
      if (typeof data0 !== "string" && !(typeof data0 == "number") && typeof data0 !== "boolean" && data0 !== null) {
        const err1 = { instancePath: instancePath + "/" + i0, schemaPath: "#/definitions/optionalScalar/type", keyword: "type", params: { type: schema13().type }, message: "must be string,number,boolean,null" };
        if (vErrors === null) {
          vErrors = [err1];
        } else {
          vErrors.push(err1);
        }
        errors++;
      }
    }
  }
  validate24.errors = vErrors;
  return errors === 0;
}
var schema32Made;
function schema32() {
  return schema32Made ??= { "description": "Registry credentials used to pull the image. Prefer $NAME references to literal secrets.", "type": ["object", "null"], "properties": { "username": { "$ref": "#/definitions/optionalScalar", "description": "Registry user name." }, "password": { "$ref": "#/definitions/optionalScalar", "description": "Registry password; write $NAME to take it from the environment at run time." }, "email": { "$ref": "#/definitions/optionalScalar", "description": "Registry e-mail; accepted and ignored (docker login no longer takes it)." }, "registry_token": { "$ref": "#/definitions/optionalScalar", "description": "Registry token; passed to docker login as the password." } }, "additionalProperties": false, "expected": "a mapping with username, password, email, registry_token" };
}
function validate26(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null;
  let errors = 0;
  if (!(data && typeof data == "object" && !Array.isArray(data)) && data !== null) {
    const err0 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: schema32().type }, message: "must be object,null" };
    if (vErrors === null) {
      vErrors = [err0];
    } else {
      vErrors.push(err0);
    }
    errors++;
  }
  if (data && typeof data == "object" && !Array.isArray(data)) {
    for (const key0 in data) {
      if (!(key0 === "username" || key0 === "password" || key0 === "email" || key0 === "registry_token")) {
        const err1 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties" };
        if (vErrors === null) {
          vErrors = [err1];
        } else {
          vErrors.push(err1);
        }
        errors++;
      }
    }
    if (data.username !== void 0) {
      let data0 = data.username;
      if (typeof data0 !== "string" && !(typeof data0 == "number") && typeof data0 !== "boolean" && data0 !== null) {
        const err2 = { instancePath: instancePath + "/username", schemaPath: "#/definitions/optionalScalar/type", keyword: "type", params: { type: schema13().type }, message: "must be string,number,boolean,null" };
        if (vErrors === null) {
          vErrors = [err2];
        } else {
          vErrors.push(err2);
        }
        errors++;
      }
    }
    if (data.password !== void 0) {
      let data1 = data.password;
      if (typeof data1 !== "string" && !(typeof data1 == "number") && typeof data1 !== "boolean" && data1 !== null) {
        const err3 = { instancePath: instancePath + "/password", schemaPath: "#/definitions/optionalScalar/type", keyword: "type", params: { type: schema13().type }, message: "must be string,number,boolean,null" };
        if (vErrors === null) {
          vErrors = [err3];
        } else {
          vErrors.push(err3);
        }
        errors++;
      }
    }
    if (data.email !== void 0) {
      let data2 = data.email;
      if (typeof data2 !== "string" && !(typeof data2 == "number") && typeof data2 !== "boolean" && data2 !== null) {
        const err4 = { instancePath: instancePath + "/email", schemaPath: "#/definitions/optionalScalar/type", keyword: "type", params: { type: schema13().type }, message: "must be string,number,boolean,null" };
        if (vErrors === null) {
          vErrors = [err4];
        } else {
          vErrors.push(err4);
        }
        errors++;
      }
    }
    if (data.registry_token !== void 0) {
      let data3 = data.registry_token;
      if (typeof data3 !== "string" && !(typeof data3 == "number") && typeof data3 !== "boolean" && data3 !== null) {
        const err5 = { instancePath: instancePath + "/registry_token", schemaPath: "#/definitions/optionalScalar/type", keyword: "type", params: { type: schema13().type }, message: "must be string,number,boolean,null" };
        if (vErrors === null) {
          vErrors = [err5];
        } else {
          vErrors.push(err5);
        }
        errors++;
      }
    }
  }
  validate26.errors = vErrors;
  return errors === 0;
}
var schema40Made;
function schema40() {
  return schema40Made ??= { "type": ["array", "null"], "items": { "$ref": "#/definitions/port" }, "expected": "a list of ports", "description": "Ports the service listens on inside the shared namespace (never published). up waits until each one listens; expose: [] turns the wait off, including the guess from the image name. Drone 0.4 ignored this key." };
}
var schema41Made;
function schema41() {
  return schema41Made ??= { "type": ["string", "integer", "null"], "expected": "a port number, a range such as 8000-8010, or PORT/tcp" };
}
function validate28(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null;
  let errors = 0;
  if (!Array.isArray(data) && data !== null) {
    const err0 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: schema40().type }, message: "must be array,null" };
    if (vErrors === null) {
      vErrors = [err0];
    } else {
      vErrors.push(err0);
    }
    errors++;
  }
  if (Array.isArray(data)) {
    const len0 = data.length;
    for (let i0 = 0; i0 < len0; i0++) {
      let data0 = data[i0];
      if (typeof data0 !== "string" && !(typeof data0 == "number" && (!(data0 % 1) && !isNaN(data0))) && data0 !== null) {
        const err1 = { instancePath: instancePath + "/" + i0, schemaPath: "#/definitions/port/type", keyword: "type", params: { type: schema41().type }, message: "must be string,integer,null" };
        if (vErrors === null) {
          vErrors = [err1];
        } else {
          vErrors.push(err1);
        }
        errors++;
      }
    }
  }
  validate28.errors = vErrors;
  return errors === 0;
}
var schema43Made;
function schema43() {
  return schema43Made ??= { "type": ["object", "null"], "description": "A health check in docker-compose syntax. up waits until the service is healthy, and compose build services depend on it with condition: service_healthy. Drone 0.4 ignored this key.", "properties": { "test": { "type": ["string", "array", "null"], "items": { "$ref": "#/definitions/optionalScalar" }, "expected": "a command string, or a list starting with CMD, CMD-SHELL or NONE", "description": `The check: a string (run by the container's shell), ["CMD", program, args...], ["CMD-SHELL", command] or ["NONE"] (turns the image's own check off).` }, "interval": { "$ref": "#/definitions/duration", "description": "Time between checks (Docker's default: 30s; write 1s to be ready sooner)." }, "timeout": { "$ref": "#/definitions/duration", "description": "Longest a check may run before it counts as failed." }, "retries": { "type": ["integer", "null"], "minimum": 0, "expected": "a whole number", "description": "Failed checks in a row after which the service is unhealthy." }, "start_period": { "$ref": "#/definitions/duration", "description": "Start-up time during which failed checks do not count." }, "disable": { "$ref": "#/definitions/flag", "description": `true turns the image's own health check off, like test: ["NONE"].` } }, "additionalProperties": false, "expected": "a mapping with test, interval, timeout, retries, start_period, disable" };
}
var schema45Made;
function schema45() {
  return schema45Made ??= { "type": ["string", "null"], "expected": "a duration such as 1s, 500ms or 1m30s" };
}
function validate30(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null;
  let errors = 0;
  if (!(data && typeof data == "object" && !Array.isArray(data)) && data !== null) {
    const err0 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: schema43().type }, message: "must be object,null" };
    if (vErrors === null) {
      vErrors = [err0];
    } else {
      vErrors.push(err0);
    }
    errors++;
  }
  if (data && typeof data == "object" && !Array.isArray(data)) {
    for (const key0 in data) {
      if (!(key0 === "test" || key0 === "interval" || key0 === "timeout" || key0 === "retries" || key0 === "start_period" || key0 === "disable")) {
        const err1 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties" };
        if (vErrors === null) {
          vErrors = [err1];
        } else {
          vErrors.push(err1);
        }
        errors++;
      }
    }
    if (data.test !== void 0) {
      let data0 = data.test;
      if (typeof data0 !== "string" && !Array.isArray(data0) && data0 !== null) {
        const err2 = { instancePath: instancePath + "/test", schemaPath: "#/properties/test/type", keyword: "type", params: { type: schema43().properties.test.type }, message: "must be string,array,null" };
        if (vErrors === null) {
          vErrors = [err2];
        } else {
          vErrors.push(err2);
        }
        errors++;
      }
      if (Array.isArray(data0)) {
        const len0 = data0.length;
        for (let i0 = 0; i0 < len0; i0++) {
          let data1 = data0[i0];
          if (typeof data1 !== "string" && !(typeof data1 == "number") && typeof data1 !== "boolean" && data1 !== null) {
            const err3 = { instancePath: instancePath + "/test/" + i0, schemaPath: "#/definitions/optionalScalar/type", keyword: "type", params: { type: schema13().type }, message: "must be string,number,boolean,null" };
            if (vErrors === null) {
              vErrors = [err3];
            } else {
              vErrors.push(err3);
            }
            errors++;
          }
        }
      }
    }
    if (data.interval !== void 0) {
      let data2 = data.interval;
      if (typeof data2 !== "string" && data2 !== null) {
        const err4 = { instancePath: instancePath + "/interval", schemaPath: "#/definitions/duration/type", keyword: "type", params: { type: schema45().type }, message: "must be string,null" };
        if (vErrors === null) {
          vErrors = [err4];
        } else {
          vErrors.push(err4);
        }
        errors++;
      }
    }
    if (data.timeout !== void 0) {
      let data3 = data.timeout;
      if (typeof data3 !== "string" && data3 !== null) {
        const err5 = { instancePath: instancePath + "/timeout", schemaPath: "#/definitions/duration/type", keyword: "type", params: { type: schema45().type }, message: "must be string,null" };
        if (vErrors === null) {
          vErrors = [err5];
        } else {
          vErrors.push(err5);
        }
        errors++;
      }
    }
    if (data.retries !== void 0) {
      let data4 = data.retries;
      if (!(typeof data4 == "number" && (!(data4 % 1) && !isNaN(data4))) && data4 !== null) {
        const err6 = { instancePath: instancePath + "/retries", schemaPath: "#/properties/retries/type", keyword: "type", params: { type: schema43().properties.retries.type }, message: "must be integer,null" };
        if (vErrors === null) {
          vErrors = [err6];
        } else {
          vErrors.push(err6);
        }
        errors++;
      }
      if (typeof data4 == "number") {
        if (data4 < 0 || isNaN(data4)) {
          const err7 = { instancePath: instancePath + "/retries", schemaPath: "#/properties/retries/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0" };
          if (vErrors === null) {
            vErrors = [err7];
          } else {
            vErrors.push(err7);
          }
          errors++;
        }
      }
    }
    if (data.start_period !== void 0) {
      let data5 = data.start_period;
      if (typeof data5 !== "string" && data5 !== null) {
        const err8 = { instancePath: instancePath + "/start_period", schemaPath: "#/definitions/duration/type", keyword: "type", params: { type: schema45().type }, message: "must be string,null" };
        if (vErrors === null) {
          vErrors = [err8];
        } else {
          vErrors.push(err8);
        }
        errors++;
      }
    }
    if (data.disable !== void 0) {
      let data6 = data.disable;
      if (typeof data6 !== "boolean" && data6 !== null) {
        const err9 = { instancePath: instancePath + "/disable", schemaPath: "#/definitions/flag/type", keyword: "type", params: { type: schema14().type }, message: "must be boolean,null" };
        if (vErrors === null) {
          vErrors = [err9];
        } else {
          vErrors.push(err9);
        }
        errors++;
      }
    }
  }
  validate30.errors = vErrors;
  return errors === 0;
}
function validate11(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null;
  let errors = 0;
  if (!(data && typeof data == "object" && !Array.isArray(data)) && data !== null) {
    const err0 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: schema12().type }, message: "must be object,null" };
    if (vErrors === null) {
      vErrors = [err0];
    } else {
      vErrors.push(err0);
    }
    errors++;
  }
  if (data && typeof data == "object" && !Array.isArray(data)) {
    for (const key0 in data) {
      if (!func2.call(schema12().properties, key0)) {
        const err1 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties" };
        if (vErrors === null) {
          vErrors = [err1];
        } else {
          vErrors.push(err1);
        }
        errors++;
      }
    }
    if (data.image !== void 0) {
      let data0 = data.image;
      if (typeof data0 !== "string" && !(typeof data0 == "number") && typeof data0 !== "boolean" && data0 !== null) {
        const err2 = { instancePath: instancePath + "/image", schemaPath: "#/definitions/key_image/type", keyword: "type", params: { type: schema13().type }, message: "must be string,number,boolean,null" };
        if (vErrors === null) {
          vErrors = [err2];
        } else {
          vErrors.push(err2);
        }
        errors++;
      }
    }
    if (data.pull !== void 0) {
      let data1 = data.pull;
      if (typeof data1 !== "boolean" && data1 !== null) {
        const err3 = { instancePath: instancePath + "/pull", schemaPath: "#/definitions/key_pull/type", keyword: "type", params: { type: schema14().type }, message: "must be boolean,null" };
        if (vErrors === null) {
          vErrors = [err3];
        } else {
          vErrors.push(err3);
        }
        errors++;
      }
    }
    if (data.privileged !== void 0) {
      let data2 = data.privileged;
      if (typeof data2 !== "boolean" && data2 !== null) {
        const err4 = { instancePath: instancePath + "/privileged", schemaPath: "#/definitions/key_privileged/type", keyword: "type", params: { type: schema14().type }, message: "must be boolean,null" };
        if (vErrors === null) {
          vErrors = [err4];
        } else {
          vErrors.push(err4);
        }
        errors++;
      }
    }
    if (data.environment !== void 0) {
      if (!validate12(data.environment, { instancePath: instancePath + "/environment", parentData: data, parentDataProperty: "environment", rootData })) {
        vErrors = dcAppendErrors(vErrors, validate12.errors);
        errors = vErrors.length;
      }
    }
    if (data.entrypoint !== void 0) {
      if (!validate14(data.entrypoint, { instancePath: instancePath + "/entrypoint", parentData: data, parentDataProperty: "entrypoint", rootData })) {
        vErrors = dcAppendErrors(vErrors, validate14.errors);
        errors = vErrors.length;
      }
    }
    if (data.command !== void 0) {
      if (!validate16(data.command, { instancePath: instancePath + "/command", parentData: data, parentDataProperty: "command", rootData })) {
        vErrors = dcAppendErrors(vErrors, validate16.errors);
        errors = vErrors.length;
      }
    }
    if (data.volumes !== void 0) {
      if (!validate18(data.volumes, { instancePath: instancePath + "/volumes", parentData: data, parentDataProperty: "volumes", rootData })) {
        vErrors = dcAppendErrors(vErrors, validate18.errors);
        errors = vErrors.length;
      }
    }
    if (data.devices !== void 0) {
      if (!validate20(data.devices, { instancePath: instancePath + "/devices", parentData: data, parentDataProperty: "devices", rootData })) {
        vErrors = dcAppendErrors(vErrors, validate20.errors);
        errors = vErrors.length;
      }
    }
    if (data.net !== void 0) {
      let data8 = data.net;
      if (typeof data8 !== "string" && !(typeof data8 == "number") && typeof data8 !== "boolean" && data8 !== null) {
        const err5 = { instancePath: instancePath + "/net", schemaPath: "#/definitions/key_net/type", keyword: "type", params: { type: schema13().type }, message: "must be string,number,boolean,null" };
        if (vErrors === null) {
          vErrors = [err5];
        } else {
          vErrors.push(err5);
        }
        errors++;
      }
    }
    if (data.dns !== void 0) {
      if (!validate22(data.dns, { instancePath: instancePath + "/dns", parentData: data, parentDataProperty: "dns", rootData })) {
        vErrors = dcAppendErrors(vErrors, validate22.errors);
        errors = vErrors.length;
      }
    }
    if (data.extra_hosts !== void 0) {
      if (!validate24(data.extra_hosts, { instancePath: instancePath + "/extra_hosts", parentData: data, parentDataProperty: "extra_hosts", rootData })) {
        vErrors = dcAppendErrors(vErrors, validate24.errors);
        errors = vErrors.length;
      }
    }
    if (data.auth_config !== void 0) {
      if (!validate26(data.auth_config, { instancePath: instancePath + "/auth_config", parentData: data, parentDataProperty: "auth_config", rootData })) {
        vErrors = dcAppendErrors(vErrors, validate26.errors);
        errors = vErrors.length;
      }
    }
    if (data.mem_limit !== void 0) {
      let data12 = data.mem_limit;
      if (!(typeof data12 == "number" && (!(data12 % 1) && !isNaN(data12))) && typeof data12 !== "string" && data12 !== null) {
        const err6 = { instancePath: instancePath + "/mem_limit", schemaPath: "#/definitions/key_mem_limit/type", keyword: "type", params: { type: schema37().type }, message: "must be integer,string,null" };
        if (vErrors === null) {
          vErrors = [err6];
        } else {
          vErrors.push(err6);
        }
        errors++;
      }
    }
    if (data.cpuset !== void 0) {
      let data13 = data.cpuset;
      if (typeof data13 !== "string" && !(typeof data13 == "number") && typeof data13 !== "boolean" && data13 !== null) {
        const err7 = { instancePath: instancePath + "/cpuset", schemaPath: "#/definitions/key_cpuset/type", keyword: "type", params: { type: schema13().type }, message: "must be string,number,boolean,null" };
        if (vErrors === null) {
          vErrors = [err7];
        } else {
          vErrors.push(err7);
        }
        errors++;
      }
    }
    if (data.oom_kill_disable !== void 0) {
      let data14 = data.oom_kill_disable;
      if (typeof data14 !== "boolean" && data14 !== null) {
        const err8 = { instancePath: instancePath + "/oom_kill_disable", schemaPath: "#/definitions/key_oom_kill_disable/type", keyword: "type", params: { type: schema14().type }, message: "must be boolean,null" };
        if (vErrors === null) {
          vErrors = [err8];
        } else {
          vErrors.push(err8);
        }
        errors++;
      }
    }
    if (data.expose !== void 0) {
      if (!validate28(data.expose, { instancePath: instancePath + "/expose", parentData: data, parentDataProperty: "expose", rootData })) {
        vErrors = dcAppendErrors(vErrors, validate28.errors);
        errors = vErrors.length;
      }
    }
    if (data.ports !== void 0) {
      let data16 = data.ports;
      if (!Array.isArray(data16) && data16 !== null) {
        const err9 = { instancePath: instancePath + "/ports", schemaPath: "#/definitions/key_ports/type", keyword: "type", params: { type: schema42().type }, message: "must be array,null" };
        if (vErrors === null) {
          vErrors = [err9];
        } else {
          vErrors.push(err9);
        }
        errors++;
      }
      if (Array.isArray(data16)) {
        const len0 = data16.length;
        for (let i0 = 0; i0 < len0; i0++) {
          let data17 = data16[i0];
          if (typeof data17 !== "string" && !(typeof data17 == "number" && (!(data17 % 1) && !isNaN(data17))) && !(data17 && typeof data17 == "object" && !Array.isArray(data17)) && data17 !== null) {
            const err10 = { instancePath: instancePath + "/ports/" + i0, schemaPath: "#/definitions/key_ports/items/type", keyword: "type", params: { type: schema42().items.type }, message: "must be string,integer,object,null" };
            if (vErrors === null) {
              vErrors = [err10];
            } else {
              vErrors.push(err10);
            }
            errors++;
          }
          if (data17 && typeof data17 == "object" && !Array.isArray(data17)) {
            if (data17.target !== void 0) {
              let data18 = data17.target;
              if (!(typeof data18 == "number" && (!(data18 % 1) && !isNaN(data18))) && typeof data18 !== "string") {
                const err11 = { instancePath: instancePath + "/ports/" + i0 + "/target", schemaPath: "#/definitions/key_ports/items/properties/target/type", keyword: "type", params: { type: schema42().items.properties.target.type }, message: "must be integer,string" };
                if (vErrors === null) {
                  vErrors = [err11];
                } else {
                  vErrors.push(err11);
                }
                errors++;
              }
            }
            if (data17.published !== void 0) {
              let data19 = data17.published;
              if (!(typeof data19 == "number" && (!(data19 % 1) && !isNaN(data19))) && typeof data19 !== "string") {
                const err12 = { instancePath: instancePath + "/ports/" + i0 + "/published", schemaPath: "#/definitions/key_ports/items/properties/published/type", keyword: "type", params: { type: schema42().items.properties.published.type }, message: "must be integer,string" };
                if (vErrors === null) {
                  vErrors = [err12];
                } else {
                  vErrors.push(err12);
                }
                errors++;
              }
            }
            if (data17.protocol !== void 0) {
              if (typeof data17.protocol !== "string") {
                const err13 = { instancePath: instancePath + "/ports/" + i0 + "/protocol", schemaPath: "#/definitions/key_ports/items/properties/protocol/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                if (vErrors === null) {
                  vErrors = [err13];
                } else {
                  vErrors.push(err13);
                }
                errors++;
              }
            }
            if (data17.mode !== void 0) {
              if (typeof data17.mode !== "string") {
                const err14 = { instancePath: instancePath + "/ports/" + i0 + "/mode", schemaPath: "#/definitions/key_ports/items/properties/mode/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                if (vErrors === null) {
                  vErrors = [err14];
                } else {
                  vErrors.push(err14);
                }
                errors++;
              }
            }
            if (data17.host_ip !== void 0) {
              if (typeof data17.host_ip !== "string") {
                const err15 = { instancePath: instancePath + "/ports/" + i0 + "/host_ip", schemaPath: "#/definitions/key_ports/items/properties/host_ip/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                if (vErrors === null) {
                  vErrors = [err15];
                } else {
                  vErrors.push(err15);
                }
                errors++;
              }
            }
          }
        }
      }
    }
    if (data.healthcheck !== void 0) {
      if (!validate30(data.healthcheck, { instancePath: instancePath + "/healthcheck", parentData: data, parentDataProperty: "healthcheck", rootData })) {
        vErrors = dcAppendErrors(vErrors, validate30.errors);
        errors = vErrors.length;
      }
    }
  }
  validate11.errors = vErrors;
  return errors === 0;
}
var schema49Made;
function schema49() {
  return schema49Made ??= { "description": "A build container: the service keys plus commands and when.", "type": ["object", "null"], "properties": { "image": { "$ref": "#/definitions/key_image" }, "pull": { "$ref": "#/definitions/key_pull" }, "privileged": { "$ref": "#/definitions/key_privileged" }, "environment": { "$ref": "#/definitions/key_environment" }, "entrypoint": { "$ref": "#/definitions/key_entrypoint" }, "command": { "$ref": "#/definitions/key_command" }, "volumes": { "$ref": "#/definitions/key_volumes" }, "devices": { "$ref": "#/definitions/key_devices" }, "net": { "$ref": "#/definitions/key_net" }, "dns": { "$ref": "#/definitions/key_dns" }, "extra_hosts": { "$ref": "#/definitions/key_extra_hosts" }, "auth_config": { "$ref": "#/definitions/key_auth_config" }, "mem_limit": { "$ref": "#/definitions/key_mem_limit" }, "cpuset": { "$ref": "#/definitions/key_cpuset" }, "oom_kill_disable": { "$ref": "#/definitions/key_oom_kill_disable" }, "commands": { "$ref": "#/definitions/stringOrList", "description": "Shell commands run in order in the build container, stopping at the first that fails." }, "when": { "description": "Drone's run conditions (branch, event, ...). They cannot be decided outside Drone: the step always runs, with a warning." } }, "additionalProperties": false, "expected": "a mapping of build keys (image, commands, ...)" };
}
function validate42(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null;
  let errors = 0;
  if (typeof data !== "string" && !(typeof data == "number") && typeof data !== "boolean" && data !== null && !Array.isArray(data)) {
    const err0 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: schema19().type }, message: "must be string,number,boolean,null,array" };
    if (vErrors === null) {
      vErrors = [err0];
    } else {
      vErrors.push(err0);
    }
    errors++;
  }
  if (Array.isArray(data)) {
    const len0 = data.length;
    for (let i0 = 0; i0 < len0; i0++) {
      let data0 = data[i0];
      if (typeof data0 !== "string" && !(typeof data0 == "number") && typeof data0 !== "boolean" && data0 !== null) {
        const err1 = { instancePath: instancePath + "/" + i0, schemaPath: "#/definitions/optionalScalar/type", keyword: "type", params: { type: schema13().type }, message: "must be string,number,boolean,null" };
        if (vErrors === null) {
          vErrors = [err1];
        } else {
          vErrors.push(err1);
        }
        errors++;
      }
    }
  }
  validate42.errors = vErrors;
  return errors === 0;
}
function validate33(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null;
  let errors = 0;
  if (!(data && typeof data == "object" && !Array.isArray(data)) && data !== null) {
    const err0 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: schema49().type }, message: "must be object,null" };
    if (vErrors === null) {
      vErrors = [err0];
    } else {
      vErrors.push(err0);
    }
    errors++;
  }
  if (data && typeof data == "object" && !Array.isArray(data)) {
    for (const key0 in data) {
      if (!func2.call(schema49().properties, key0)) {
        const err1 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties" };
        if (vErrors === null) {
          vErrors = [err1];
        } else {
          vErrors.push(err1);
        }
        errors++;
      }
    }
    if (data.image !== void 0) {
      let data0 = data.image;
      if (typeof data0 !== "string" && !(typeof data0 == "number") && typeof data0 !== "boolean" && data0 !== null) {
        const err2 = { instancePath: instancePath + "/image", schemaPath: "#/definitions/key_image/type", keyword: "type", params: { type: schema13().type }, message: "must be string,number,boolean,null" };
        if (vErrors === null) {
          vErrors = [err2];
        } else {
          vErrors.push(err2);
        }
        errors++;
      }
    }
    if (data.pull !== void 0) {
      let data1 = data.pull;
      if (typeof data1 !== "boolean" && data1 !== null) {
        const err3 = { instancePath: instancePath + "/pull", schemaPath: "#/definitions/key_pull/type", keyword: "type", params: { type: schema14().type }, message: "must be boolean,null" };
        if (vErrors === null) {
          vErrors = [err3];
        } else {
          vErrors.push(err3);
        }
        errors++;
      }
    }
    if (data.privileged !== void 0) {
      let data2 = data.privileged;
      if (typeof data2 !== "boolean" && data2 !== null) {
        const err4 = { instancePath: instancePath + "/privileged", schemaPath: "#/definitions/key_privileged/type", keyword: "type", params: { type: schema14().type }, message: "must be boolean,null" };
        if (vErrors === null) {
          vErrors = [err4];
        } else {
          vErrors.push(err4);
        }
        errors++;
      }
    }
    if (data.environment !== void 0) {
      if (!validate12(data.environment, { instancePath: instancePath + "/environment", parentData: data, parentDataProperty: "environment", rootData })) {
        vErrors = dcAppendErrors(vErrors, validate12.errors);
        errors = vErrors.length;
      }
    }
    if (data.entrypoint !== void 0) {
      if (!validate14(data.entrypoint, { instancePath: instancePath + "/entrypoint", parentData: data, parentDataProperty: "entrypoint", rootData })) {
        vErrors = dcAppendErrors(vErrors, validate14.errors);
        errors = vErrors.length;
      }
    }
    if (data.command !== void 0) {
      if (!validate16(data.command, { instancePath: instancePath + "/command", parentData: data, parentDataProperty: "command", rootData })) {
        vErrors = dcAppendErrors(vErrors, validate16.errors);
        errors = vErrors.length;
      }
    }
    if (data.volumes !== void 0) {
      if (!validate18(data.volumes, { instancePath: instancePath + "/volumes", parentData: data, parentDataProperty: "volumes", rootData })) {
        vErrors = dcAppendErrors(vErrors, validate18.errors);
        errors = vErrors.length;
      }
    }
    if (data.devices !== void 0) {
      if (!validate20(data.devices, { instancePath: instancePath + "/devices", parentData: data, parentDataProperty: "devices", rootData })) {
        vErrors = dcAppendErrors(vErrors, validate20.errors);
        errors = vErrors.length;
      }
    }
    if (data.net !== void 0) {
      let data8 = data.net;
      if (typeof data8 !== "string" && !(typeof data8 == "number") && typeof data8 !== "boolean" && data8 !== null) {
        const err5 = { instancePath: instancePath + "/net", schemaPath: "#/definitions/key_net/type", keyword: "type", params: { type: schema13().type }, message: "must be string,number,boolean,null" };
        if (vErrors === null) {
          vErrors = [err5];
        } else {
          vErrors.push(err5);
        }
        errors++;
      }
    }
    if (data.dns !== void 0) {
      if (!validate22(data.dns, { instancePath: instancePath + "/dns", parentData: data, parentDataProperty: "dns", rootData })) {
        vErrors = dcAppendErrors(vErrors, validate22.errors);
        errors = vErrors.length;
      }
    }
    if (data.extra_hosts !== void 0) {
      if (!validate24(data.extra_hosts, { instancePath: instancePath + "/extra_hosts", parentData: data, parentDataProperty: "extra_hosts", rootData })) {
        vErrors = dcAppendErrors(vErrors, validate24.errors);
        errors = vErrors.length;
      }
    }
    if (data.auth_config !== void 0) {
      if (!validate26(data.auth_config, { instancePath: instancePath + "/auth_config", parentData: data, parentDataProperty: "auth_config", rootData })) {
        vErrors = dcAppendErrors(vErrors, validate26.errors);
        errors = vErrors.length;
      }
    }
    if (data.mem_limit !== void 0) {
      let data12 = data.mem_limit;
      if (!(typeof data12 == "number" && (!(data12 % 1) && !isNaN(data12))) && typeof data12 !== "string" && data12 !== null) {
        const err6 = { instancePath: instancePath + "/mem_limit", schemaPath: "#/definitions/key_mem_limit/type", keyword: "type", params: { type: schema37().type }, message: "must be integer,string,null" };
        if (vErrors === null) {
          vErrors = [err6];
        } else {
          vErrors.push(err6);
        }
        errors++;
      }
    }
    if (data.cpuset !== void 0) {
      let data13 = data.cpuset;
      if (typeof data13 !== "string" && !(typeof data13 == "number") && typeof data13 !== "boolean" && data13 !== null) {
        const err7 = { instancePath: instancePath + "/cpuset", schemaPath: "#/definitions/key_cpuset/type", keyword: "type", params: { type: schema13().type }, message: "must be string,number,boolean,null" };
        if (vErrors === null) {
          vErrors = [err7];
        } else {
          vErrors.push(err7);
        }
        errors++;
      }
    }
    if (data.oom_kill_disable !== void 0) {
      let data14 = data.oom_kill_disable;
      if (typeof data14 !== "boolean" && data14 !== null) {
        const err8 = { instancePath: instancePath + "/oom_kill_disable", schemaPath: "#/definitions/key_oom_kill_disable/type", keyword: "type", params: { type: schema14().type }, message: "must be boolean,null" };
        if (vErrors === null) {
          vErrors = [err8];
        } else {
          vErrors.push(err8);
        }
        errors++;
      }
    }
    if (data.commands !== void 0) {
      if (!validate42(data.commands, { instancePath: instancePath + "/commands", parentData: data, parentDataProperty: "commands", rootData })) {
        vErrors = dcAppendErrors(vErrors, validate42.errors);
        errors = vErrors.length;
      }
    }
  }
  validate33.errors = vErrors;
  return errors === 0;
}
function validate10(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  ;
  let vErrors = null;
  let errors = 0;
  if (data && typeof data == "object" && !Array.isArray(data)) {
    if (data.compose !== void 0) {
      let data0 = data.compose;
      if (!(data0 && typeof data0 == "object" && !Array.isArray(data0)) && data0 !== null) {
        const err0 = { instancePath: instancePath + "/compose", schemaPath: "#/properties/compose/type", keyword: "type", params: { type: schema11().properties.compose.type }, message: "must be object,null" };
        if (vErrors === null) {
          vErrors = [err0];
        } else {
          vErrors.push(err0);
        }
        errors++;
      }
      if (data0 && typeof data0 == "object" && !Array.isArray(data0)) {
        for (const key0 in data0) {
          if (!validate11(data0[key0], { instancePath: instancePath + "/compose/" + key0.replace(/~/g, "~0").replace(/\//g, "~1"), parentData: data0, parentDataProperty: key0, rootData })) {
            vErrors = dcAppendErrors(vErrors, validate11.errors);
            errors = vErrors.length;
          }
        }
      }
    }
    if (data.build !== void 0) {
      let data2 = data.build;
      if (!(data2 && typeof data2 == "object" && !Array.isArray(data2)) && data2 !== null) {
        const err1 = { instancePath: instancePath + "/build", schemaPath: "#/properties/build/type", keyword: "type", params: { type: schema11().properties.build.type }, message: "must be object,null" };
        if (vErrors === null) {
          vErrors = [err1];
        } else {
          vErrors.push(err1);
        }
        errors++;
      }
      const _errs8 = errors;
      let valid2 = true;
      const _errs9 = errors;
      const _errs10 = errors;
      let valid3 = false;
      const _errs11 = errors;
      if (data2 && typeof data2 == "object" && !Array.isArray(data2)) {
        let missing0;
        if (data2.image === void 0 && (missing0 = "image")) {
          const err2 = {};
          if (vErrors === null) {
            vErrors = [err2];
          } else {
            vErrors.push(err2);
          }
          errors++;
        }
      }
      var _valid1 = _errs11 === errors;
      valid3 = valid3 || _valid1;
      if (!valid3) {
        const _errs12 = errors;
        if (data2 && typeof data2 == "object" && !Array.isArray(data2)) {
          let missing1;
          if (data2.commands === void 0 && (missing1 = "commands")) {
            const err3 = {};
            if (vErrors === null) {
              vErrors = [err3];
            } else {
              vErrors.push(err3);
            }
            errors++;
          }
        }
        var _valid1 = _errs12 === errors;
        valid3 = valid3 || _valid1;
      }
      if (!valid3) {
        const err4 = {};
        if (vErrors === null) {
          vErrors = [err4];
        } else {
          vErrors.push(err4);
        }
        errors++;
      } else {
        errors = _errs10;
        if (vErrors !== null) {
          if (_errs10) {
            vErrors.length = _errs10;
          } else {
            vErrors = null;
          }
        }
      }
      var _valid0 = _errs9 === errors;
      errors = _errs8;
      if (vErrors !== null) {
        if (_errs8) {
          vErrors.length = _errs8;
        } else {
          vErrors = null;
        }
      }
      let ifClause0;
      if (_valid0) {
        const _errs13 = errors;
        if (!validate33(data2, { instancePath: instancePath + "/build", parentData: data, parentDataProperty: "build", rootData })) {
          vErrors = dcAppendErrors(vErrors, validate33.errors);
          errors = vErrors.length;
        }
        var _valid0 = _errs13 === errors;
        valid2 = _valid0;
        ifClause0 = "then";
      } else {
        const _errs14 = errors;
        if (data2 && typeof data2 == "object" && !Array.isArray(data2)) {
          for (const key1 in data2) {
            if (!validate33(data2[key1], { instancePath: instancePath + "/build/" + key1.replace(/~/g, "~0").replace(/\//g, "~1"), parentData: data2, parentDataProperty: key1, rootData })) {
              vErrors = dcAppendErrors(vErrors, validate33.errors);
              errors = vErrors.length;
            }
          }
        }
        var _valid0 = _errs14 === errors;
        valid2 = _valid0;
        ifClause0 = "else";
      }
      if (!valid2) {
        const err5 = { instancePath: instancePath + "/build", schemaPath: "#/properties/build/if", keyword: "if", params: { failingKeyword: ifClause0 }, message: 'must match "' + ifClause0 + '" schema' };
        if (vErrors === null) {
          vErrors = [err5];
        } else {
          vErrors.push(err5);
        }
        errors++;
      }
    }
  } else {
    const err6 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object" };
    if (vErrors === null) {
      vErrors = [err6];
    } else {
      vErrors.push(err6);
    }
    errors++;
  }
  validate10.errors = vErrors;
  return errors === 0;
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

// src/dialects/drone04/pointers.ts
function locate(file, ptr) {
  for (let p = ptr; ; p = parentPointer(p)) {
    const loc = file.locs.get(p);
    if (loc) return loc;
    if (p === "") return { value: [0, 0] };
  }
}
function keySpan(file, ptr) {
  const loc = locate(file, ptr);
  return loc.key ?? loc.value;
}
function splitPointer(ptr) {
  if (ptr === "") return [];
  return ptr.slice(1).split("/").map((s) => s.replace(/~1/g, "/").replace(/~0/g, "~"));
}
function parentPointer(ptr) {
  const i = ptr.lastIndexOf("/");
  return i <= 0 ? "" : ptr.slice(0, i);
}
function containerLabel(segments) {
  const [section, name] = segments;
  if (section === "compose" && name !== void 0) return `service \`${name}\``;
  if (section === "build") {
    if (name === void 0 || CONTAINER_KEYS.has(name)) return "`build`";
    return `build step \`${name}\``;
  }
  return void 0;
}
function describePointer(ptr) {
  const seg = splitPointer(ptr);
  const label = containerLabel(seg);
  const depth = label === "`build`" && seg.length > 1 && CONTAINER_KEYS.has(seg[1]) ? 1 : 2;
  const inner = label ? seg.slice(depth) : seg;
  let text;
  if (inner.length === 0) text = label ?? "`" + seg.join(".") + "`";
  else {
    const last = inner[inner.length - 1];
    const key = inner.filter((s) => !/^\d+$/.test(s)).join(".");
    text = /^\d+$/.test(last) ? `item ${Number(last) + 1} of \`${key}\`` : `\`${key}\``;
    if (label) text += ` of ${label}`;
  }
  return text;
}

// src/dialects/drone04/rules/schema.ts
var COMPOSE_KEYS = {
  ports: "a build container is not waited for; on a service, ports says what up waits for (nothing is published)",
  expose: "a build container is not waited for; on a service, expose says what up waits for",
  links: "services share one network; connect to 127.0.0.1 instead of a linked name",
  external_links: "services share one network; connect to 127.0.0.1 instead of a linked name",
  depends_on: "services start in the order they are declared",
  networks: "all containers share one network namespace; use net: (trusted) to choose its network",
  hostname: "all containers share the namespace of one holder container, so a service cannot set its own host name",
  domainname: "all containers share the namespace of one holder container, so a service cannot set its own domain name",
  container_name: "containers are named <project>-<service>",
  build: "Drone 0.4 runs images only: build the image beforehand and name it in image:",
  working_dir: "Drone 0.4 did not set a working directory for services",
  restart: "Drone 0.4 did not restart services",
  healthcheck: "a build container is not waited for; on a service, up waits until the health check passes",
  env_file: "Drone 0.4 read environment: only",
  labels: "Drone 0.4 did not label services",
  user: "Drone 0.4 ran services as their image's user",
  volumes_from: "every container already shares the /drone volume",
  cap_add: "Drone 0.4 did not set capabilities; privileged: true (trusted) is its only switch",
  cap_drop: "Drone 0.4 did not set capabilities",
  tty: "Drone 0.4 did not give services a terminal",
  stdin_open: "Drone 0.4 did not attach services to an input"
};
function deref(node2) {
  let n = node2;
  for (let i = 0; n && typeof n["$ref"] === "string" && i < 10; i++) {
    let target = droneSchema();
    for (const seg of n["$ref"].replace(/^#\//, "").split("/")) target = target?.[seg];
    n = target;
  }
  return n;
}
function schemaAt(data, ptr) {
  let node2 = deref(droneSchema());
  let value = data;
  for (const seg of splitPointer(ptr)) {
    if (!node2) return void 0;
    if (node2["if"] && node2["then"]) {
      node2 = isSingleBuild(value ?? {}) ? deref(node2["then"]) : { ...node2, ...node2["else"] };
    }
    const props = node2?.["properties"];
    const extra = node2?.["additionalProperties"];
    const next = Array.isArray(value) ? node2?.["items"] : props?.[seg] ?? (typeof extra === "object" ? extra : void 0);
    node2 = deref(next);
    value = value !== null && typeof value === "object" ? value[seg] : void 0;
  }
  if (node2?.["if"] && node2["then"] && isSingleBuild(value ?? {})) return deref(node2["then"]);
  return node2;
}
function valueAt(data, ptr) {
  let v = data;
  for (const seg of splitPointer(ptr)) {
    if (v === null || typeof v !== "object") return void 0;
    v = v[seg];
  }
  return v;
}
var schemaRule = {
  name: "schema",
  check({ model, diags }) {
    validateSchema(model.file, diags);
  }
};
function validateSchema(file, diags) {
  if (validate_default(file.data)) return;
  const errors = (validate_default.errors ?? []).filter((e) => e.keyword !== "if");
  for (const e of errors) {
    if (e.keyword === "additionalProperties") {
      const key = String(e.params["additionalProperty"]);
      const ptr = `${e.instancePath}/${pointerKey(key)}`;
      const where = describePointer(e.instancePath);
      const reason = COMPOSE_KEYS[key];
      if (reason !== void 0 && !e.instancePath.endsWith("/auth_config")) {
        diags.warning("ignored-key", `\`${key}\` of ${where} is a docker-compose key that Drone 0.4 ignored; it is not emitted`, keySpan(file, ptr), reason);
        continue;
      }
      const props = Object.keys(schemaAt(file.data, e.instancePath)?.["properties"] ?? {});
      const meant = suggest(key, props);
      diags.warning(
        "unknown-key",
        `unknown key ${show(key)} in ${where}; it is ignored`,
        keySpan(file, ptr),
        meant ? `did you mean \`${meant}\`?` : `known keys: ${props.join(", ")}`
      );
      continue;
    }
    const node2 = schemaAt(file.data, e.instancePath);
    const expected = typeof node2?.["expected"] === "string" ? node2["expected"] : `valid (${e.keyword})`;
    const value = valueAt(file.data, e.instancePath);
    const hint = typeof value === "string" && /^(true|false|yes|no|on|off)$/i.test(value) && expected === "true or false" ? "write it without quotes" : void 0;
    diags.error("invalid-type", `${describePointer(e.instancePath)} must be ${expected}, not ${kindOf(value)}`, locate(file, e.instancePath).value, hint);
  }
}

// src/dialects/drone04/rules/sections.ts
var SECTIONS = ["compose", "build", "clone", "cache", "publish", "deploy", "notify", "matrix", "branches", "debug"];
var OTHER_VERSIONS = {
  image: "a Drone 0.3 key",
  script: "a Drone 0.3 key",
  env: "a Drone 0.3 key",
  git: "a Drone 0.3 key",
  pipeline: "a Drone 0.5+ section",
  services: "a Drone 0.3/0.5+ section",
  workspace: "a Drone 0.5+ section",
  kind: "a Drone 1.x key",
  type: "a Drone 1.x key",
  name: "a Drone 1.x key",
  steps: "a Drone 1.x section",
  platform: "a Drone 1.x section",
  trigger: "a Drone 1.x section",
  volumes: "a Drone 1.x section"
};
var sections = {
  name: "sections",
  check({ model, diags }) {
    const data = model.root.value;
    if (data === null || data === void 0) {
      diags.error("not-a-mapping", "the file is empty", void 0, "a .drone.yml needs a compose: or build: section");
      return false;
    }
    if (!isMap2(data)) {
      diags.error("not-a-mapping", `the top level must be a mapping of sections, not ${Array.isArray(data) ? "a list" : "a single value"}`, model.root.span);
      return false;
    }
    for (const [key, node2] of model.sections) {
      if (SECTIONS.includes(key)) continue;
      const span = keyOf(node2);
      const other = OTHER_VERSIONS[key];
      if (other) {
        diags.warning("ignored-section", `\`${key}\` is ${other}; Drone 0.4 ignored it, and so does drone-compose`, span, "drone-compose compiles the Drone 0.4 compose: and build: sections");
      } else {
        const meant = suggest(key, SECTIONS);
        diags.warning("unknown-key", `unknown top-level key ${show(key)}; it is ignored`, span, meant ? `did you mean \`${meant}\`?` : `Drone 0.4 sections: ${SECTIONS.join(", ")}`);
      }
    }
    const present = (k) => data[k] !== void 0 && data[k] !== null;
    if (!present("compose") && !present("build")) {
      diags.error("nothing-to-compile", "the file has neither a compose: nor a build: section", model.root.span, "declare service containers under compose:");
      return false;
    }
    return true;
  }
};

// src/dialects/drone04/rules/index.ts
var RULES = [
  sections,
  compiledFindings,
  schemaRule,
  trust,
  names,
  image,
  environment,
  ignoredOptions,
  memory,
  cpuset,
  namespace,
  healthcheck,
  ports,
  buildSteps
];
function runRules(ctx, rules = RULES) {
  for (const rule of rules) if (rule.check(ctx) === false) return false;
  return true;
}

// src/dialects/drone04/index.ts
function matches(documents) {
  const data = documents[0]?.data;
  return documents.length === 1 && data !== null && typeof data === "object" && !Array.isArray(data) && ("compose" in data || "build" in data);
}
function redactCredentials(model, source) {
  const secrets = [];
  for (const c of model.containers) {
    const auth = c.options.get("auth_config")?.entries;
    if (!auth) continue;
    for (const key of ["password", "registry_token"]) {
      const n = auth.get(key);
      if (!n || n.inherited || n.value === void 0 || n.value === null) continue;
      source.redact(n.span);
      for (const literal of String(n.raw ?? n.value).split(/\$\$\{?[A-Za-z_][A-Za-z0-9_]*\}?/)) if (literal.length > 0) secrets.push(literal);
    }
  }
  return secrets;
}
var drone04 = {
  id: "drone-0.4",
  label: "Drone 0.4",
  matches,
  compile(documents, source, options, diags) {
    const file = documents[0];
    if (!file) return { secrets: [] };
    if (options.pipeline !== void 0) {
      diags.error("usage", `--pipeline ${JSON.stringify(options.pipeline)} chooses among the pipelines of a Drone 1.x file; a Drone 0.4 file has one`, void 0, "leave out --pipeline");
      return { secrets: [] };
    }
    if (documents.length > 1) {
      const second = documents[1].span;
      diags.error("yaml-syntax", `the file holds ${documents.length} YAML documents; a Drone 0.4 file is one`, second ? [second[0], second[0]] : void 0, "remove the `---` line that starts the second document, or write the pipelines in the Drone 1.x format (kind: pipeline)");
      return { secrets: [] };
    }
    const model = decode(file);
    const secrets = model.root.entries ? redactCredentials(model, source) : [];
    if (!runRules({ model, source, options, diags })) return { secrets };
    return { project: lower(model, options, diags, source), secrets };
  }
};

// src/dialects/drone08/shape.ts
function stepsKey(d) {
  if (isMap2(d["pipeline"])) return "pipeline";
  if (isMap2(d["script"]) && !("compose" in d) && !("build" in d)) return "script";
  return void 0;
}

// src/dialects/drone08/index.ts
var drone08 = {
  id: "drone-0.8",
  label: "Drone 0.5\u20130.8",
  matches(documents) {
    const d = documents.find((x) => x.data !== null && x.data !== void 0)?.data;
    return isMap2(d) && d["kind"] === void 0 && stepsKey(d) !== void 0;
  },
  compile(documents, source, options, diags) {
    return loadLater().compileDrone08(documents, source, options, diags);
  }
};

// src/dialects/drone1/index.ts
var drone1 = {
  id: "drone-1",
  label: "Drone 1.x",
  matches(documents) {
    return documents.some((d) => isMap2(d.data) && d.data["kind"] === "pipeline");
  },
  compile(documents, source, options, diags) {
    return loadLater().compileDrone1(documents, source, options, diags);
  }
};

// src/dialects/index.ts
var DIALECTS2 = [drone1, drone04, drone08];
function dialectById(id) {
  return DIALECTS2.find((d) => d.id === id);
}
function pickDialect(documents, forced) {
  if (forced !== void 0) return dialectById(forced);
  return DIALECTS2.find((d) => d.matches(documents)) ?? drone04;
}

// src/source.ts
var SourceFile = class {
  constructor(name, text) {
    this.name = name;
    this.text = text;
    const starts = [0];
    for (let i = text.indexOf("\n"); i !== -1; i = text.indexOf("\n", i + 1)) starts.push(i + 1);
    this.lineStarts = starts;
  }
  name;
  text;
  /** Offset of the first character of each line. */
  lineStarts;
  /** The 1-based line and column of an offset (clamped into the text). Costs a search, not a scan of the line. */
  position(offset) {
    const at = Math.max(0, Math.min(offset, this.text.length));
    const lo = this.lineIndex(at);
    return { line: lo + 1, column: this.columnAt(lo, at - this.lineStarts[lo]) + 1 };
  }
  /**
   * Per 0-based line index, the offsets (from the line start) of the surrogate pairs on it, built once per line
   * on first use: columns are then found by a binary search, so that many diagnostics on one long line cost
   * the line's length once, not once each.
   */
  pairs = /* @__PURE__ */ new Map();
  pairsOf(index) {
    let list = this.pairs.get(index);
    if (list) return list;
    list = [];
    const start = this.lineStarts[index];
    const end = this.lineEnd(index);
    for (let i = start; i < end; i++) {
      const c = this.text.charCodeAt(i);
      if (c >= 55296 && c <= 56319 && i + 1 < this.text.length) {
        const d = this.text.charCodeAt(i + 1);
        if (d >= 56320 && d <= 57343) {
          list.push(i - start);
          i++;
        }
      }
    }
    this.pairs.set(index, list);
    return list;
  }
  /** Code points in the first `units` UTF-16 units of a line (a pair cut in half counts as one). */
  columnAt(index, units) {
    const pairs2 = this.pairsOf(index);
    let lo = 0;
    let hi = pairs2.length;
    while (lo < hi) {
      const mid = lo + hi >> 1;
      if (pairs2[mid] + 2 <= units) lo = mid + 1;
      else hi = mid;
    }
    return units - lo;
  }
  /** The offset just past the last character of a 0-based line, before its `\n` (and a `\r` before that). */
  lineEnd(index) {
    const next = this.lineStarts[index + 1];
    let end = next === void 0 ? this.text.length : next - 1;
    if (end > this.lineStarts[index] && this.text.charCodeAt(end - 1) === 13) end--;
    return end;
  }
  /** The number of code points on a 1-based line, without its line break. */
  lineLength(line) {
    const index = line - 1;
    if (this.lineStarts[index] === void 0) return 0;
    return this.columnAt(index, this.lineEnd(index) - this.lineStarts[index]);
  }
  /** The offset of a 1-based column of a 1-based line, clamped to the line. */
  offsetAt(index, column) {
    const start = this.lineStarts[index];
    const end = this.lineEnd(index);
    const pairs2 = this.pairsOf(index);
    const c = Math.max(0, column - 1);
    let lo = 0;
    let hi = pairs2.length;
    while (lo < hi) {
      const mid = lo + hi >> 1;
      if (pairs2[mid] - mid < c) lo = mid + 1;
      else hi = mid;
    }
    return Math.min(start + c + lo, end);
  }
  /** The 0-based index of the line an offset is on. */
  lineIndex(offset) {
    let lo = 0;
    let hi = this.lineStarts.length - 1;
    while (lo < hi) {
      const mid = lo + hi + 1 >> 1;
      if (this.lineStarts[mid] <= offset) lo = mid;
      else hi = mid - 1;
    }
    return lo;
  }
  /** Secret spans by the 1-based lines they touch (a file may hold thousands; a line, few). */
  secrets = /* @__PURE__ */ new Map();
  /** Marks a span as a secret: `shownLine` never shows it. */
  redact(span) {
    const last = this.lineIndex(Math.max(span[0], span[1] - 1));
    for (let i = this.lineIndex(span[0]); i <= last; i++) {
      const list = this.secrets.get(i + 1);
      if (list) list.push(span);
      else this.secrets.set(i + 1, [span]);
    }
  }
  /** Per 1-based line, where text to hide starts because the line sets a credential key (-1: nowhere). */
  credentialKeys = /* @__PURE__ */ new Map();
  /**
   * The offset after a `password:` or `registry_token:` key on a line, found in the text itself, so that a
   * frame hides the value even when the file does not parse (and no span could be redacted).
   */
  credentialFrom(line) {
    let at = this.credentialKeys.get(line);
    if (at !== void 0) return at;
    const index = line - 1;
    const start = this.lineStarts[index];
    const m = CREDENTIAL_KEY.exec(this.text.slice(start, this.lineEnd(index)));
    at = m ? start + m.index + m[0].length : -1;
    this.credentialKeys.set(line, at);
    return at;
  }
  /**
   * A line as diagnostics may show it: secrets replaced by `*`, so that columns stay where they were. Secrets
   * are the redacted spans and whatever follows a `password:` or `registry_token:` key on the line.
   */
  shownLine(line) {
    return this.shownSlice(line, 1, Number.MAX_SAFE_INTEGER);
  }
  /** Columns `from` (inclusive) to `to` (exclusive) of a 1-based line as `shownLine` shows them; costs their length. */
  shownSlice(line, from, to) {
    const index = line - 1;
    if (this.lineStarts[index] === void 0) return "";
    const a = this.offsetAt(index, from);
    const b = this.offsetAt(index, to);
    let out = this.text.slice(a, b);
    const hide = (x, y) => {
      const f = Math.max(x - a, 0);
      const t = Math.min(y - a, out.length);
      if (f < t) out = out.slice(0, f) + "*".repeat(t - f) + out.slice(t);
    };
    for (const [x, y] of this.secrets.get(line) ?? []) hide(x, y);
    const key = this.credentialFrom(line);
    if (key >= 0) hide(key, this.lineEnd(index));
    return out;
  }
  /** The text of a 1-based line, without its line break. */
  line(line) {
    const start = this.lineStarts[line - 1];
    if (start === void 0) return "";
    const next = this.lineStarts[line];
    const end = next === void 0 ? this.text.length : next - 1;
    return this.text.slice(start, end).replace(/\r$/, "");
  }
};
var CREDENTIAL_KEY = /(?:^|[\s{,\-?])(["']?)(?:password|registry_token)\1[ \t]*:(?=[\s]|$)[ \t]*/;

// src/compile.ts
var DEFAULT_HOLDER_IMAGE = "busybox:1.36.1";
var REPO = /^[A-Za-z0-9][A-Za-z0-9._-]*(\/[A-Za-z0-9][A-Za-z0-9._-]*)*$/;
var PROJECT_NAME = /^[a-z0-9][a-z0-9_-]*$/;
function projectNameFrom(repo) {
  const last = repo.split("/").pop() ?? "";
  const name = last.toLowerCase().replace(/[^a-z0-9_-]+/g, "-").replace(/^[^a-z0-9]+/, "").replace(/-+$/, "");
  return name || "drone";
}
function compile(text, options = {}) {
  const source = new SourceFile(options.filename ?? ".drone.yml", text.replace(/^\uFEFF/, ""));
  const diags = new Diagnostics();
  let secrets = [];
  const finish = (artifacts2 = [], project2) => {
    let list = diags.list;
    if (options.strict) list = strictify(list);
    const failed = list.some((d) => d.severity === "error");
    const emitted = failed ? [] : artifacts2;
    const outputs = {};
    for (const a of emitted) outputs[a.target] ??= a.text;
    return { outputs, artifacts: emitted, diagnostics: sortDiagnostics(list), source, secrets, ...project2 ? { project: project2 } : {} };
  };
  const limits = { ...DEFAULT_LIMITS, ...options.limits };
  let documents = parseYamlDocuments(source, diags, limits);
  if (documents.length === 0) {
    if (diags.hasErrors) return finish();
    const file = parseYaml(source, diags, limits);
    if (!file) return finish();
    documents = [file];
  }
  const dialect = pickDialect(documents, options.dialect);
  if (!dialect) {
    diags.error("usage", `--dialect ${JSON.stringify(options.dialect)} is not a format this drone-compose reads`);
    return finish();
  }
  const requests = options.outputs ?? (options.targets ?? [DEFAULT_TARGET]).map((target) => ({ target }));
  const targets = [...new Set(requests.map((r) => r.target))];
  const repo = options.repo;
  const name = options.name ?? projectNameFrom(repo ?? "");
  const holderImage = options.holderImage ?? DEFAULT_HOLDER_IMAGE;
  const front = dialect.compile(documents, source, {
    repo: repo ?? "unknown",
    name,
    holderImage,
    trusted: options.trusted ?? false,
    targets,
    ...options.pipeline !== void 0 ? { pipeline: options.pipeline } : {}
  }, diags);
  secrets = [...front.secrets];
  if (!front.project) return finish();
  if (repo === void 0 || repo === "") {
    diags.error("missing-repo", "the repository path is not known", void 0, "pass --repo github.com/OWNER/NAME, or run where the git remote origin names it");
  } else if (!REPO.test(repo) || repo.split("/").includes("..")) {
    diags.error("usage", `--repo ${JSON.stringify(repo)} is not a repository path such as github.com/octocat/hello-world`);
  }
  if (!PROJECT_NAME.test(name)) {
    diags.error("usage", `--name ${JSON.stringify(name)} must be lowercase letters, digits, \`_\` and \`-\`, starting with a letter or digit`);
  }
  const holderRef = parseImage(holderImage);
  if ("error" in holderRef) {
    diags.error("usage", `--holder-image ${JSON.stringify(holderImage)} is not a valid image reference: ${holderRef.error}`, void 0, `an image such as ${DEFAULT_HOLDER_IMAGE}`);
  }
  const fallback = {
    source: options.sourceName ?? source.name,
    workspaceDir: options.workspaceDir ?? DEFAULT_CONTEXT.workspaceDir,
    ...options.cloneImage !== void 0 ? { cloneImage: options.cloneImage } : {}
  };
  const project = { ...front.project, format: dialect.label };
  if (diags.hasErrors) return finish([], project);
  const seen = /* @__PURE__ */ new Set();
  const artifacts = [];
  for (const request of requests) {
    const context = { ...fallback, ...request.context };
    const emitted = describeTarget(request.target).emit(project, context);
    for (const d of emitted.diagnostics) {
      const key = JSON.stringify([d.severity, d.code, d.span, d.message]);
      if (seen.has(key)) continue;
      seen.add(key);
      diags.list.push(d);
    }
    artifacts.push({ target: request.target, context, text: emitted.text });
  }
  return finish(artifacts, project);
}

// src/config.ts
var import_node_path2 = require("node:path");
var CONFIG_FILE = "drone-compose.config.json";
var PATH_CONTROLS = /[\u0000-\u001f\u007f-\u009f\u061c\u200e\u200f\u2028\u2029\u202a-\u202e\u2066-\u2069\ufeff]/;
function pathProblem(path) {
  return PATH_CONTROLS.test(path) ? "contains a control character" : void 0;
}
function outputPath(path) {
  const control = pathProblem(path);
  if (control) return { error: control };
  if (path.startsWith("/") || path.startsWith("\\") || /^[A-Za-z]:/.test(path)) return { error: "must be relative to the config file's folder" };
  if (path.endsWith("/") || path.endsWith("/.") || path.endsWith("/..")) return { error: "names a folder, not a file" };
  const normal = import_node_path2.posix.normalize(path);
  if (normal === ".." || normal.startsWith("../")) return { error: "leaves the config file's folder" };
  if (normal === ".") return { error: "names a folder, not a file" };
  if (normal.split("/").some((part) => part.toLowerCase() === ".git")) return { error: "is inside .git" };
  return { path: normal };
}
function parseConfig(text) {
  let raw;
  try {
    raw = JSON.parse(text);
  } catch (e) {
    return { error: `not JSON: ${e.message}` };
  }
  if (raw === null || typeof raw !== "object" || Array.isArray(raw)) return { error: "the top level must be an object" };
  const o = raw;
  if ("trusted" in o) return { error: '"trusted" cannot be set in the config file, which the repository controls; pass --trusted on the command line for repositories you trust' };
  const known = ["outputs", "repo", "name", "holderImage", "strict", "$schema"];
  const unknown = Object.keys(o).filter((k) => !known.includes(k));
  if (unknown.length) return { error: `unknown key${unknown.length > 1 ? "s" : ""} ${unknown.map((k) => JSON.stringify(k)).join(", ")}; known: ${known.join(", ")}` };
  if (!Array.isArray(o["outputs"]) || o["outputs"].length === 0) return { error: '"outputs" must be a non-empty list of { "target", "path" }' };
  const outputs = [];
  for (const [i, item] of o["outputs"].entries()) {
    const it = item;
    if (!it || typeof it !== "object" || typeof it["path"] !== "string" || it["path"] === "") return { error: `outputs[${i}] needs a "path" string` };
    const target = it["target"] ?? targetFromPath(it["path"]);
    if (typeof target !== "string" || !isTarget(target)) return { error: `outputs[${i}].target must be one of ${TARGETS.join(", ")}` };
    const checked = outputPath(it["path"]);
    if ("error" in checked) return { error: `outputs[${i}].path ${JSON.stringify(it["path"])} ${checked.error}` };
    outputs.push({ target, path: checked.path });
  }
  for (const key of ["repo", "name", "holderImage"]) {
    if (o[key] !== void 0 && typeof o[key] !== "string") return { error: `"${key}" must be a string` };
  }
  if (typeof o["holderImage"] === "string") {
    const ref = parseImage(o["holderImage"]);
    if ("error" in ref) return { error: `"holderImage" ${JSON.stringify(o["holderImage"])} is not an image reference: ${ref.error}` };
  }
  if (o["strict"] !== void 0 && typeof o["strict"] !== "boolean") return { error: '"strict" must be true or false' };
  return {
    outputs,
    ...typeof o["repo"] === "string" ? { repo: o["repo"] } : {},
    ...typeof o["name"] === "string" ? { name: o["name"] } : {},
    ...typeof o["holderImage"] === "string" ? { holderImage: o["holderImage"] } : {},
    ...typeof o["strict"] === "boolean" ? { strict: o["strict"] } : {}
  };
}

// src/output.ts
var import_node_fs = require("node:fs");
var import_node_path3 = require("node:path");
var GENERATED_MARKER = "Code generated by drone-compose";
var MAX_OUTPUT_BYTES = 10 * 1024 * 1024;
var HEAD_BYTES = 4096;
var RefusedPath = class extends Error {
};
function readOutput(path, limit = MAX_OUTPUT_BYTES) {
  let st;
  try {
    st = (0, import_node_fs.lstatSync)(path);
  } catch (e) {
    if (e.code === "ENOENT") return { kind: "absent" };
    throw e;
  }
  if (st.isSymbolicLink()) throw new RefusedPath("is a symbolic link; name the file it points to instead");
  if (st.isDirectory()) throw new RefusedPath("is a folder");
  if (!st.isFile()) throw new RefusedPath("is not a regular file");
  return readRegular(path, limit);
}
function readRegular(path, limit, headBytes = HEAD_BYTES) {
  const fd = (0, import_node_fs.openSync)(path, import_node_fs.constants.O_RDONLY | import_node_fs.constants.O_NOFOLLOW | import_node_fs.constants.O_NONBLOCK);
  try {
    const st = (0, import_node_fs.fstatSync)(fd);
    if (!st.isFile()) throw new RefusedPath("is not a regular file");
    const size = st.size;
    const want = Math.min(size, limit, Number.MAX_SAFE_INTEGER);
    const large = size > limit;
    const buf = Buffer.alloc(large ? Math.min(headBytes, size) : want);
    let got = 0;
    while (got < buf.length) {
      const n = (0, import_node_fs.readSync)(fd, buf, got, buf.length - got, null);
      if (n === 0) break;
      got += n;
    }
    const text = (got === buf.length ? buf : buf.subarray(0, got)).toString();
    return large ? { kind: "large", size, head: text } : { kind: "file", text };
  } finally {
    (0, import_node_fs.closeSync)(fd);
  }
}
function isGenerated(content) {
  return content.split("\n", 4).some((line) => line.includes(GENERATED_MARKER));
}
function writeAtomic(path, content, newMode) {
  let mode = newMode;
  try {
    mode = (0, import_node_fs.statSync)(path).mode & 4095;
  } catch {
  }
  const tmp = (0, import_node_path3.join)((0, import_node_path3.dirname)(path), `.${(0, import_node_path3.basename)(path)}.${process.pid}.${Date.now().toString(36)}${Math.random().toString(36).slice(2, 8)}.tmp`);
  try {
    const fd = (0, import_node_fs.openSync)(tmp, "wx", mode);
    try {
      const buf = Buffer.from(content, "utf8");
      for (let at = 0; at < buf.length; ) at += (0, import_node_fs.writeSync)(fd, buf, at, buf.length - at);
      (0, import_node_fs.fsyncSync)(fd);
    } finally {
      (0, import_node_fs.closeSync)(fd);
    }
    (0, import_node_fs.chmodSync)(tmp, mode);
    (0, import_node_fs.renameSync)(tmp, path);
  } catch (e) {
    try {
      (0, import_node_fs.unlinkSync)(tmp);
    } catch {
    }
    throw e;
  }
  syncFolder((0, import_node_path3.dirname)(path));
}
function syncFolder(dir) {
  let fd;
  try {
    fd = (0, import_node_fs.openSync)(dir, "r");
    (0, import_node_fs.fsyncSync)(fd);
  } catch {
  } finally {
    if (fd !== void 0) (0, import_node_fs.closeSync)(fd);
  }
}

// src/repo.ts
var import_node_fs2 = require("node:fs");
var import_node_path4 = require("node:path");
function repoFromUrl(url) {
  const u = url.trim();
  let host;
  let path;
  const scheme = /^(?:https?|ssh|git|git\+ssh|ssh\+git):\/\/(?:[^@/]*@)?([^/:]+)(?::\d+)?\/(.+)$/.exec(u);
  const scp = /^(?:[^@/]+@)?([^/:]+):(?!\/\/)(.+)$/.exec(u);
  if (scheme) [, host, path] = scheme;
  else if (scp && !u.startsWith("/") && !/^[a-zA-Z]:\\/.test(u)) [, host, path] = scp;
  if (!host || !path) return void 0;
  const clean = path.replace(/\/+$/, "").replace(/\.git$/, "").replace(/^\/+/, "");
  if (!clean || clean.split("/").some((s) => s === "" || s === "." || s === "..")) return void 0;
  return `${host.toLowerCase()}/${clean}`;
}
function gitConfigPath(dir) {
  for (let d = (0, import_node_path4.resolve)(dir); ; d = (0, import_node_path4.dirname)(d)) {
    const dotgit = (0, import_node_path4.join)(d, ".git");
    try {
      const st = (0, import_node_fs2.statSync)(dotgit, { throwIfNoEntry: false });
      if (st?.isDirectory()) return (0, import_node_path4.join)(dotgit, "config");
      const m = st ? /^gitdir:\s*(.+)$/m.exec((0, import_node_fs2.readFileSync)(dotgit, "utf8")) : null;
      if (m) {
        const gitdir = (0, import_node_path4.resolve)(d, m[1].trim());
        try {
          const common = (0, import_node_fs2.readFileSync)((0, import_node_path4.join)(gitdir, "commondir"), "utf8").trim();
          return (0, import_node_path4.join)((0, import_node_path4.resolve)(gitdir, common), "config");
        } catch {
          return (0, import_node_path4.join)(gitdir, "config");
        }
      }
    } catch {
    }
    if ((0, import_node_path4.dirname)(d) === d) return void 0;
  }
}
function gitTop(dir) {
  for (let d = (0, import_node_path4.resolve)(dir); ; d = (0, import_node_path4.dirname)(d)) {
    try {
      if ((0, import_node_fs2.lstatSync)((0, import_node_path4.join)(d, ".git"), { throwIfNoEntry: false })) return d;
    } catch {
    }
    if ((0, import_node_path4.dirname)(d) === d) return void 0;
  }
}
function originUrl(config) {
  let inOrigin = false;
  for (const line of config.split(/\r?\n/)) {
    const section = /^\s*\[\s*([^\]\s]+)(?:\s+"([^"]*)")?\s*\]/.exec(line);
    if (section) {
      inOrigin = section[1].toLowerCase() === "remote" && section[2] === "origin";
      continue;
    }
    const kv = /^\s*url\s*=\s*(.*?)\s*$/i.exec(line);
    if (inOrigin && kv) return kv[1].replace(/^"(.*)"$/, "$1");
  }
  return void 0;
}
function repoFromGit(dir) {
  const config = gitConfigPath(dir);
  if (!config) return void 0;
  try {
    const url = originUrl((0, import_node_fs2.readFileSync)(config, "utf8"));
    return url ? repoFromUrl(url) : void 0;
  } catch {
    return void 0;
  }
}

// src/program.ts
function positiveInt(value) {
  const n = positiveWholeNumber(value);
  if (n === void 0) throw new (loadCommander()).InvalidArgumentError("must be a positive whole number");
  return n;
}
var collect = (value, previous) => [...previous ?? [], value];
function targetArg(value) {
  if (!isTarget(value)) throw new (loadCommander()).InvalidArgumentError(`Allowed choices are ${TARGETS.join(", ")}.`);
  return value;
}
function addCompileOptions(cmd) {
  const { Option } = loadCommander();
  return cmd.option("--strict", "treat every warning as an error").option("--trusted", "allow trusted-only options: privileged, volumes, devices, net, dns, extra_hosts").option("--repo <path>", "repository path mounted at /drone/src/<path> (default: from the git remote origin)").option("--name <name>", "project name prefixing containers and volumes (default: the repository name)").option("--holder-image <image>", `image of the container that owns the shared network namespace (default: ${DEFAULT_HOLDER_IMAGE})`).option("--clone-image <image>", "image of the init container that clones the repository in a Kubernetes Job (-t kube; default: alpine/git:2.45.2)").option("--max-bytes <n>", "largest input accepted, in bytes (default: 10 MiB)", positiveInt).addOption(new Option("--dialect <format>", "the input format (default: detected from the file)").choices(DIALECTS)).option("--pipeline <name>", "the pipeline to compile, in a file with several").addOption(new Option("--format <format>", "how diagnostics are printed").choices(FORMATS).default("text"));
}
function mayReachSubcommands(argv) {
  return argv.some((arg) => arg === "diff" || arg === "-h" || arg === "--help");
}
function program(argv, version, output) {
  const { Command } = loadCommander();
  const cmd = new Command("drone-compose").description("Compile the services and build of a Drone .drone.yml (0.4, 0.5\u20130.8, 1.x) into a POSIX sh script, a docker-compose.yml or a Kubernetes Job.").argument("[file]", "the Drone file; - reads standard input", ".drone.yml").option("-t, --target <target>", `what to emit: ${TARGETS.map((t) => `${t} (${describeTarget(t).label})`).join(", ")}; repeatable, paired with -o in order`, (v, p) => collect(targetArg(v), p)).option("-o, --output <path>", "write to this file, atomically, creating missing folders (repeatable; the target defaults from the name: .yml is compose)", (v, p) => collect(v, p)).option("-c, --config <path>", `outputs and options from a JSON file (default: ${CONFIG_FILE} next to the input, when there is no -o)`).option("--check", "exit 1 and print a diff when an output file is not exactly what would be written; never writes").option("--force", "with -o: overwrite a file that drone-compose did not generate");
  addCompileOptions(cmd).version(version, "-V, --version").helpOption("-h, --help").showSuggestionAfterError(true).enablePositionalOptions().exitOverride().configureOutput(output);
  if (!mayReachSubcommands(argv)) return cmd;
  const diff = new Command("diff").description("compile the Drone file as it is at a git revision and in the working tree, and print the diff of the artifacts; exit 1 when they differ").argument("[rev]", "git revision", "HEAD").argument("[file]", "the Drone file", ".drone.yml").option("-t, --target <target>", "only this target (repeatable; default: those of the config file, else all)", (v, p) => collect(targetArg(v), p)).option("-c, --config <path>", `outputs and options from a JSON file (default: ${CONFIG_FILE} next to the input)`);
  addCompileOptions(diff).exitOverride().configureOutput(output);
  cmd.addCommand(diff);
  return cmd;
}

// src/cli.ts
var VERSION = true ? "0.1.0" : "0.0.0-dev";
var Exit = class extends Error {
  constructor(code2) {
    super(`exit ${code2}`);
    this.code = code2;
  }
  code;
};
function why(e) {
  if (e instanceof RefusedPath) return e.message;
  const code2 = e.code;
  if (code2 === "ENOENT") return "no such file";
  if (code2 === "EISDIR") return "it is a folder";
  return code2 ?? String(e);
}
function posixRelative(from, to) {
  const rel = (0, import_node_path5.relative)(from, to).split(import_node_path5.sep).join("/");
  return rel === "" ? "." : rel;
}
function within(folder, path) {
  const rel = (0, import_node_path5.relative)(folder, path);
  return rel === "" || rel !== ".." && !rel.startsWith(`..${import_node_path5.sep}`) && !(0, import_node_path5.isAbsolute)(rel);
}
function makeFolders(path) {
  const missing = [];
  for (let p = path; !(0, import_node_fs3.existsSync)(p); p = (0, import_node_path5.dirname)(p)) {
    missing.push(p);
    if ((0, import_node_path5.dirname)(p) === p) break;
  }
  for (const p of missing.reverse()) (0, import_node_fs3.mkdirSync)(p);
}
function existsLink(file) {
  try {
    return (0, import_node_fs3.lstatSync)(file, { throwIfNoEntry: false })?.isSymbolicLink() ?? false;
  } catch {
    return false;
  }
}
function resolvedOr(path) {
  try {
    return import_node_fs3.realpathSync.native(path);
  } catch {
    return path;
  }
}
function formatIn(argv) {
  let format = "text";
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    if (a === "--") break;
    const value = a === "--format" ? argv[i + 1] : a.startsWith("--format=") ? a.slice("--format=".length) : void 0;
    if (value !== void 0 && FORMATS.includes(value)) format = value;
  }
  return format;
}
async function run(argv, io) {
  const call = new Invocation(argv, io);
  let code2;
  try {
    code2 = await call.main();
  } catch (e) {
    if (!(e instanceof Exit)) {
      io.stderr.write(`drone-compose: internal error: ${e instanceof Error ? e.stack ?? e.message : String(e)}
Please report it with the input that caused it.
`);
      return 70;
    }
    code2 = e.code;
  }
  call.printReport();
  return code2;
}
var Invocation = class {
  constructor(argv, io) {
    this.argv = argv;
    this.io = io;
  }
  argv;
  io;
  /**
   * What this run reports, printed once (`printReport`) in the chosen format: the input's diagnostics, stale
   * outputs, and usage and io errors, so that a machine format is always exactly one document.
   */
  reported = [];
  format = "text";
  artifactOnStdout = false;
  printed = false;
  /** Commander's own error message of this run (an unknown option, a bad choice), reported as a usage error. */
  commanderError = "";
  /** A path of the command line (or relative to the current folder) as the file system takes it. */
  abs(path) {
    return (0, import_node_path5.resolve)(this.io.cwd, path);
  }
  add(diagnostic, source, file) {
    this.reported.push({ diagnostic, source, ...file !== void 0 ? { file } : {} });
  }
  fail(code2, file, message, hint) {
    this.add({ severity: "error", code: code2, message, ...hint ? { hint } : {} }, void 0, file);
    throw new Exit(2);
  }
  usageError(message) {
    return this.fail("usage", "drone-compose", message, "try 'drone-compose --help'");
  }
  ioError(path, message) {
    return this.fail("io", path, message);
  }
  /** Whether text diagnostics are coloured: on a terminal, unless NO_COLOR; always with FORCE_COLOR. */
  useColor() {
    const force = this.io.env["FORCE_COLOR"];
    if (force !== void 0) return force !== "0" && force !== "false";
    const noColor = this.io.env["NO_COLOR"];
    if (noColor !== void 0 && noColor !== "") return false;
    return this.io.stderrIsTTY;
  }
  /**
   * Prints what the run reports, once. Text goes to standard error; the other formats to standard output, unless
   * the artifact itself is printed there (then to standard error). Nothing to say is silence, except for formats
   * whose readers expect a document.
   */
  printReport() {
    if (this.printed) return;
    this.printed = true;
    const list = this.reported;
    if (list.length === 0 && (this.format === "text" || this.format === "github")) return;
    const text = formatDiagnostics(list, this.format, { color: this.format === "text" && this.useColor(), version: VERSION });
    (this.format !== "text" && !this.artifactOnStdout ? this.io.stdout : this.io.stderr).write(text);
  }
  /** Where a diff goes: standard output, unless a machine document is there. */
  diffStream() {
    return this.format === "json" || this.format === "sarif" ? this.io.stderr : this.io.stdout;
  }
  /**
   * The folder whose files an input may be, found from the path as written: the deepest folder of the input's
   * path that is reached from the current folder without passing a symbolic link (`unlinkedFolder`), then the top
   * of the git work tree holding that folder, else that folder itself. So a linked folder (`ci -> ../elsewhere`)
   * never chooses the repository its own target is checked against. Returned also resolved, as `within` compares it.
   */
  repositoryOf(file) {
    const dir = this.unlinkedFolder((0, import_node_path5.dirname)(this.abs(file)));
    const top = gitTop(dir) ?? dir;
    return { top, real: import_node_fs3.realpathSync.native(top) };
  }
  /**
   * The deepest folder on the way from the current folder to `dir` (both absolute, `..` resolved as written) that
   * is reached without passing a symbolic link or anything but a folder. The part shared with the current folder's
   * path is the user's own and is taken as it is.
   */
  unlinkedFolder(dir) {
    let base = this.io.cwd;
    while (!within(base, dir)) base = (0, import_node_path5.dirname)(base);
    let at = base;
    for (const part of (0, import_node_path5.relative)(base, dir).split(import_node_path5.sep).filter(Boolean)) {
      const next = (0, import_node_path5.join)(at, part);
      try {
        if (!(0, import_node_fs3.lstatSync)(next).isDirectory()) break;
      } catch {
        break;
      }
      at = next;
    }
    return at;
  }
  /**
   * Checks a file of the repository before it is read (the input, the config file found next to it): it must be
   * a regular file, and a symbolic link must resolve inside the repository, so that a link to
   * `/proc/self/environ` or `/etc/passwd` is never shown in a code frame or a diff. Returns the resolved path.
   */
  repositoryFile(file, what) {
    let real;
    try {
      (0, import_node_fs3.lstatSync)(this.abs(file));
      real = import_node_fs3.realpathSync.native(this.abs(file));
    } catch (e) {
      const code2 = e.code;
      return this.ioError(file, `cannot read ${what}: ${code2 === "ENOENT" && existsLink(this.abs(file)) ? "it is a symbolic link to nothing" : why(e)}`);
    }
    const repo = this.repositoryOf(file);
    if (!within(repo.real, real)) {
      this.ioError(file, `refusing to read ${what}: it is a symbolic link to ${real}, outside the repository ${repo.top}`);
    }
    const st = (0, import_node_fs3.statSync)(real);
    if (st.isDirectory()) this.ioError(file, `cannot read ${what}: it is a folder`);
    if (!st.isFile()) this.ioError(file, `refusing to read ${what}: it is not a regular file`);
    return real;
  }
  /** The input's text: standard input, or a regular file of the repository; at most one byte over the limit is read. */
  readInput(file, opts) {
    if (file === "-") {
      try {
        return this.io.stdin();
      } catch (e) {
        return this.ioError("<stdin>", `cannot read the input: ${why(e)}`);
      }
    }
    const real = this.repositoryFile(file, "the input");
    const limit = opts.maxBytes ?? DEFAULT_LIMITS.maxBytes;
    let got;
    try {
      got = readRegular(real, limit, limit + 1);
    } catch (e) {
      return this.ioError(file, `cannot read the input: ${why(e)}`);
    }
    return got.kind === "file" ? got.text : got.kind === "large" ? got.head : "";
  }
  /** The config file of a run, if any: `-c PATH` (any regular file), else the one next to the input (a file of the repository). */
  readConfig(opts, inputDir) {
    const path = opts.config ?? (0, import_node_path5.join)(inputDir, CONFIG_FILE);
    if (!opts.config && !(0, import_node_fs3.existsSync)(path) && !existsLink(path)) return void 0;
    const real = opts.config ? resolvedOr(this.abs(path)) : this.repositoryFile(path, "the config file");
    let got;
    try {
      got = readRegular(real, MAX_OUTPUT_BYTES);
    } catch (e) {
      return this.ioError(path, `cannot read: ${why(e)}`);
    }
    if (got.kind !== "file") return this.ioError(path, `cannot read: it is larger than ${MAX_OUTPUT_BYTES} bytes`);
    const config = parseConfig(got.text);
    if ("error" in config) return this.ioError(path, `invalid config: ${config.error}`);
    return { config, path };
  }
  /**
   * An output path of the config file (already relative, normalized, outside `.git`: `outputPath`) made safe on
   * disk: the deepest folder of it that exists, with symbolic links resolved, must be the config file's folder or
   * inside it, and not inside `.git`. Returns the path relative to the current folder.
   */
  confine(configPath, rel) {
    return this.confineTo((0, import_node_path5.dirname)(this.abs(configPath)), rel, configPath, (real) => `invalid config: the output path ${JSON.stringify(rel)} leads through a symbolic link to ${real}, outside the config file's folder`);
  }
  /**
   * `base/rel` made safe on disk: the deepest folder of it that exists, with symbolic links resolved, must be
   * `base` (resolved) or inside it, and not inside `.git`; else an io error on `file` saying `refused(real)`.
   * Returns the path relative to the current folder.
   */
  confineTo(base, rel, file, refused) {
    const target = (0, import_node_path5.join)(base, rel);
    let dir = (0, import_node_path5.dirname)(target);
    while (!(0, import_node_fs3.existsSync)(dir) && (0, import_node_path5.dirname)(dir) !== dir) dir = (0, import_node_path5.dirname)(dir);
    let realBase;
    let real;
    try {
      realBase = import_node_fs3.realpathSync.native(base);
      real = import_node_fs3.realpathSync.native(dir);
    } catch (e) {
      return this.ioError(file, `cannot resolve the output path ${JSON.stringify(rel)}: ${why(e)}`);
    }
    const inside = (0, import_node_path5.relative)(realBase, real);
    if (!within(realBase, real) || inside.split(import_node_path5.sep).some((part) => part.toLowerCase() === ".git")) this.ioError(file, refused(real));
    return posixRelative(this.io.cwd, target);
  }
  /**
   * A relative `-o` path checked against what the repository holds: its folders are repository content, so the
   * deepest existing one, with symbolic links resolved, must lie in the current folder's repository (the git top,
   * else the current folder) and outside `.git`. A path that leaves the repository as written (`..`), or an
   * absolute one, is the user's explicit choice and is kept.
   */
  confineOutput(path) {
    if ((0, import_node_path5.isAbsolute)(path)) return path;
    const cwd = this.io.cwd;
    const top = gitTop(cwd) ?? cwd;
    const rel = (0, import_node_path5.relative)(top, this.abs(path));
    if (!within(top, this.abs(path))) return path;
    this.confineTo(top, rel, path, (real) => `refusing to write: a folder of the path is a symbolic link to ${real}, outside the repository ${top} or inside .git`);
    return path;
  }
  /** The outputs of this run: `-t`/`-o` pairs, else the config file, else one target to standard output. */
  plan(opts, inputDir) {
    const targets = opts.target ?? [];
    const outputs = opts.output ?? [];
    if (outputs.length > 0) {
      if (opts.config) this.usageError("give outputs with -o or with --config, not both");
      if (targets.length > outputs.length) this.usageError(`${targets.length} targets for ${outputs.length} outputs: pair each -t with an -o`);
      for (const path of outputs) {
        const problem = pathProblem(path);
        if (problem) this.usageError(`the output path ${JSON.stringify(path)} ${problem}`);
      }
      return { outputs: outputs.map((path, i) => ({ target: targets[i] ?? targetFromPath(path), path: this.confineOutput(path) })) };
    }
    const found = targets.length === 0 || opts.config ? this.readConfig(opts, inputDir) : void 0;
    if (found && targets.length === 0) {
      return { outputs: found.config.outputs.map((o) => ({ target: o.target, path: this.confine(found.path, o.path), fromConfig: true })), config: found.config };
    }
    if (targets.length > 1) this.usageError("several targets need an -o each");
    if (opts.check) this.usageError("--check needs -o PATH (or a config file): the file to compare with");
    return { outputs: [{ target: targets[0] ?? DEFAULT_TARGET }] };
  }
  /** The compile options of a run: one request per output, each with the input and the workspace as seen from it. */
  compileOptions(opts, config, file, inputDir, outputs) {
    const repo = opts.repo ?? config?.repo ?? repoFromGit(inputDir);
    const name = opts.name ?? config?.name;
    const requests = outputs.map((o) => {
      const outDir = o.path ? (0, import_node_path5.dirname)(this.abs(o.path)) : this.io.cwd;
      return { target: o.target, context: { source: file === "-" ? "<stdin>" : posixRelative(outDir, this.abs(file)), workspaceDir: posixRelative(outDir, inputDir) } };
    });
    return {
      outputs: requests,
      filename: file === "-" ? "<stdin>" : file,
      ...repo ? { repo } : {},
      ...name ? { name } : {},
      holderImage: opts.holderImage ?? config?.holderImage ?? DEFAULT_HOLDER_IMAGE,
      ...opts.cloneImage !== void 0 ? { cloneImage: opts.cloneImage } : {},
      // Only the command line can grant trust; the config file cannot (parseConfig refuses the key).
      trusted: opts.trusted === true,
      strict: !!(opts.strict ?? config?.strict),
      ...opts.maxBytes ? { limits: { maxBytes: opts.maxBytes } } : {},
      ...opts.dialect ? { dialect: opts.dialect } : {},
      ...opts.pipeline !== void 0 ? { pipeline: opts.pipeline } : {}
    };
  }
  addResult(r) {
    for (const d of r.diagnostics) this.add(d, r.source);
  }
  /** What is at an output's path, or an io error: never a symbolic link, a device or a FIFO. */
  existing(path) {
    try {
      return readOutput(this.abs(path), MAX_OUTPUT_BYTES);
    } catch (e) {
      return this.ioError(path, `cannot read: ${why(e)}`);
    }
  }
  async generate(file, opts) {
    const inputDir = file === "-" ? this.io.cwd : (0, import_node_path5.dirname)(this.abs(file));
    const { outputs, config } = this.plan(opts, inputDir);
    this.artifactOnStdout = outputs.some((o) => o.path === void 0);
    const text = this.readInput(file, opts);
    const result = compile(text, this.compileOptions(opts, config, file, inputDir, outputs));
    this.addResult(result);
    if (result.artifacts.length !== outputs.length) return 2;
    const stale = [];
    const printed = [];
    const writes = [];
    for (const [i, spec] of outputs.entries()) {
      const wanted = result.artifacts[i].text;
      if (spec.path === void 0) {
        printed.push(wanted);
        continue;
      }
      const current = this.existing(spec.path);
      const target = describeTarget(spec.target);
      if (opts.check) {
        if (current.kind !== "file" || current.text !== wanted) {
          const old = current.kind === "file" ? target.secretsIn(current.text) : [];
          stale.push({ path: spec.path, current, wanted, secrets: [...result.secrets, ...old] });
        }
        continue;
      }
      const head = current.kind === "file" ? current.text : current.kind === "large" ? current.head : void 0;
      if (head !== void 0 && !isGenerated(head) && !opts.force) {
        this.ioError(spec.path, "refusing to overwrite a file that drone-compose did not generate; pass --force to replace it");
      }
      if (current.kind === "file" && current.text === wanted) continue;
      writes.push({ path: spec.path, text: wanted, mode: target.fileMode });
    }
    for (const text2 of printed) this.io.stdout.write(text2);
    for (const w of writes) {
      try {
        makeFolders((0, import_node_path5.dirname)(this.abs(w.path)));
        writeAtomic(this.abs(w.path), w.text, w.mode);
      } catch (e) {
        this.ioError(w.path, `cannot write: ${why(e)}`);
      }
    }
    if (stale.length === 0) return 0;
    const fix = opts.output ? `drone-compose ${this.argv.filter((a) => a !== "--check").join(" ")}` : `drone-compose ${file}`;
    for (const s of stale) {
      const state = s.current.kind === "absent" ? "missing" : "stale";
      const large = s.current.kind === "large" ? ` (it has ${s.current.size} bytes, more than ${MAX_OUTPUT_BYTES}: no diff is shown)` : "";
      this.add({ severity: "error", code: "stale-output", message: `${s.path} is ${state}${large}`, hint: `run: ${fix}, and commit the result` }, void 0, s.path);
    }
    this.printReport();
    const { unifiedDiff } = await loadCheck();
    for (const s of stale) {
      if (s.current.kind === "large") continue;
      this.diffStream().write(await unifiedDiff(s.path, s.current.kind === "file" ? s.current.text : void 0, s.wanted, s.secrets, void 0, secretForms));
    }
    return 1;
  }
  /** The environment git runs in: the command's (`io.env`), not the process's. */
  gitEnv() {
    return { ...this.io.env };
  }
  /** The text of a file at a git revision, or undefined when it did not exist there. */
  async gitShow(rev, file) {
    const { execFileSync } = await loadChildProcess();
    const dir = (0, import_node_path5.dirname)(this.abs(file));
    let top;
    try {
      top = execFileSync("git", ["rev-parse", "--show-toplevel"], { cwd: dir, env: this.gitEnv(), encoding: "utf8", stdio: ["ignore", "pipe", "pipe"] }).trim();
    } catch {
      return this.ioError(file, "is not in a git repository");
    }
    try {
      execFileSync("git", ["rev-parse", "--verify", "--quiet", `${rev}^{commit}`], { cwd: top, env: this.gitEnv(), stdio: "ignore" });
    } catch {
      return this.usageError(`${JSON.stringify(rev)} is not a git revision`);
    }
    const path = posixRelative(top, this.abs(file));
    try {
      return execFileSync("git", ["show", `${rev}:${path}`], { cwd: top, env: this.gitEnv(), encoding: "utf8", stdio: ["ignore", "pipe", "ignore"], maxBuffer: 64 * 1024 * 1024 });
    } catch {
      return void 0;
    }
  }
  /**
   * `drone-compose diff`: the artifacts of the file at a revision and in the working tree, for the outputs a plain
   * run has (the config file's, labelled with their paths; without one, every target), with the same options.
   * Each side is compiled once, for every output.
   */
  async diffCommand(rev, file, opts) {
    const inputDir = (0, import_node_path5.dirname)(this.abs(file));
    const found = this.readConfig(opts, inputDir);
    const config = found?.config;
    let outputs;
    if (found) {
      const chosen = found.config.outputs.filter((o) => !opts.target || opts.target.includes(o.target));
      if (chosen.length === 0) this.usageError(`the config file ${found.path} has no output of target ${opts.target.join(", ")}`);
      outputs = chosen.map((o) => ({ target: o.target, path: this.confine(found.path, o.path), fromConfig: true }));
    } else {
      outputs = (opts.target ?? TARGETS.filter((t) => describeTarget(t).inDiffByDefault)).map((target) => ({ target }));
    }
    const before = await this.gitShow(rev, file);
    let after;
    if ((0, import_node_fs3.existsSync)(this.abs(file)) || existsLink(this.abs(file))) after = this.readInput(file, opts);
    if (before === void 0 && after === void 0) this.ioError(file, `does not exist at ${rev} nor in the working tree`);
    const options = this.compileOptions(opts, config, file, inputDir, outputs);
    const a = before === void 0 ? void 0 : compile(before, { ...options, filename: `${rev}:${file}` });
    const b = after === void 0 ? void 0 : compile(after, options);
    const results = [a, b].filter((r) => r !== void 0);
    for (const r of results) this.addResult(r);
    if (results.some((r) => r.artifacts.length !== outputs.length)) return 2;
    this.printReport();
    const { unifiedDiff } = await loadCheck();
    const secrets = results.flatMap((r) => r.secrets);
    let differs = false;
    for (const [i, o] of outputs.entries()) {
      const textA = a?.artifacts[i].text ?? "";
      const textB = b?.artifacts[i].text ?? "";
      if (textA === textB) continue;
      differs = true;
      const label = o.path ?? describeTarget(o.target).defaultFileName;
      this.diffStream().write(await unifiedDiff(label, textA, textB, secrets, [rev, "working tree"], secretForms));
    }
    return differs ? 1 : 0;
  }
  async main() {
    this.format = formatIn(this.argv);
    const common = readCommonArgs(this.argv);
    if (common) {
      this.format = common.opts.format;
      return this.generate(common.file, common.opts);
    }
    const cmd = program(this.argv, VERSION, {
      writeOut: (s) => this.io.stdout.write(s),
      writeErr: (s) => this.io.stderr.write(s),
      outputError: (s) => void (this.commanderError += s)
    });
    let action;
    cmd.action((file, opts) => {
      this.format = opts.format;
      action = this.generate(file, opts);
    });
    const diff = cmd.commands[0];
    diff?.action((rev, file, local) => {
      const opts = { ...local };
      for (const [key, value] of Object.entries(cmd.opts())) {
        if (cmd.getOptionValueSource(key) === "cli" && diff.getOptionValueSource(key) !== "cli") opts[key] = value;
      }
      this.format = opts.format;
      action = this.diffCommand(rev, file, opts);
    });
    try {
      cmd.parse([...this.argv], { from: "user" });
    } catch (e) {
      if (!(e instanceof loadCommander().CommanderError)) throw e;
      if (e.exitCode === 0) return 0;
      const said = this.commanderError.replace(/^error: /, "").split("\n").map((l) => l.trim()).filter(Boolean).join(" ");
      this.usageError(said || e.message);
    }
    return action ? await action : 2;
  }
};

// src/main.ts
function lazyWriter(stream) {
  let open;
  let closed = false;
  return {
    get used() {
      return open !== void 0;
    },
    write(text) {
      if (closed) return;
      if (!open) {
        open = stream();
        open.on("error", (e) => {
          closed = true;
          if (e.code !== "EPIPE") process.exitCode = Math.max(Number(process.exitCode ?? 0), 2);
        });
      }
      open.write(text);
    }
  };
}
var stdout = lazyWriter(() => process.stdout);
var stderr = lazyWriter(() => process.stderr);
void run(process.argv.slice(2), {
  stdout,
  stderr,
  cwd: process.cwd(),
  env: process.env,
  stdin: () => (0, import_node_fs4.readFileSync)(0, "utf8"),
  get stderrIsTTY() {
    return process.stderr.isTTY === true;
  }
}).then((code2) => {
  process.exitCode = Math.max(Number(process.exitCode ?? 0), code2);
  if (!stdout.used && !stderr.used) process.exit();
});
});
