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
var __export = (target, all) => {
  for (var name in all)
    __defProp(target, name, { get: all[name], enumerable: true });
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

// node_modules/commander/lib/error.js
var require_error = __commonJS({
  "node_modules/commander/lib/error.js"(exports2) {
    var CommanderError2 = class extends Error {
      /**
       * Constructs the CommanderError class
       * @param {number} exitCode suggested exit code which could be used with process.exit
       * @param {string} code an id string representing the error
       * @param {string} message human-readable description of the error
       */
      constructor(exitCode, code, message) {
        super(message);
        Error.captureStackTrace(this, this.constructor);
        this.name = this.constructor.name;
        this.code = code;
        this.exitCode = exitCode;
        this.nestedError = void 0;
      }
    };
    var InvalidArgumentError2 = class extends CommanderError2 {
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
    exports2.CommanderError = CommanderError2;
    exports2.InvalidArgumentError = InvalidArgumentError2;
  }
});

// node_modules/commander/lib/argument.js
var require_argument = __commonJS({
  "node_modules/commander/lib/argument.js"(exports2) {
    var { InvalidArgumentError: InvalidArgumentError2 } = require_error();
    var Argument2 = class {
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
            throw new InvalidArgumentError2(
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
    exports2.Argument = Argument2;
    exports2.humanReadableArgName = humanReadableArgName;
  }
});

// node_modules/commander/lib/help.js
var require_help = __commonJS({
  "node_modules/commander/lib/help.js"(exports2) {
    var { humanReadableArgName } = require_argument();
    var Help2 = class {
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
    exports2.Help = Help2;
    exports2.stripColor = stripColor;
  }
});

// node_modules/commander/lib/option.js
var require_option = __commonJS({
  "node_modules/commander/lib/option.js"(exports2) {
    var { InvalidArgumentError: InvalidArgumentError2 } = require_error();
    var Option2 = class {
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
      conflicts(names) {
        this.conflictsWith = this.conflictsWith.concat(names);
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
            throw new InvalidArgumentError2(
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
    exports2.Option = Option2;
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
    var childProcess = require("node:child_process");
    var path = require("node:path");
    var fs = require("node:fs");
    var process2 = require("node:process");
    var { Argument: Argument2, humanReadableArgName } = require_argument();
    var { CommanderError: CommanderError2 } = require_error();
    var { Help: Help2, stripColor } = require_help();
    var { Option: Option2, DualOptions } = require_option();
    var { suggestSimilar } = require_suggestSimilar();
    var Command2 = class _Command extends EventEmitter {
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
          getOutHasColors: () => useColor2() ?? (process2.stdout.isTTY && process2.stdout.hasColors?.()),
          getErrHasColors: () => useColor2() ?? (process2.stderr.isTTY && process2.stderr.hasColors?.()),
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
        return Object.assign(new Help2(), this.configureHelp());
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
        return new Argument2(name, description);
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
      arguments(names) {
        names.trim().split(/ +/).forEach((detail) => {
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
      _exit(exitCode, code, message) {
        if (this._exitCallback) {
          this._exitCallback(new CommanderError2(exitCode, code, message));
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
        return new Option2(flags, description);
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
        if (typeof flags === "object" && flags instanceof Option2) {
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
        proc.on("close", (code) => {
          code = code ?? 1;
          if (!exitCallback) {
            process2.exit(code);
          } else {
            exitCallback(
              new CommanderError2(
                code,
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
            const wrappedError = new CommanderError2(
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
        const code = config.code || "commander.error";
        this._exit(exitCode, code, message);
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
    function useColor2() {
      if (process2.env.NO_COLOR || process2.env.FORCE_COLOR === "0" || process2.env.FORCE_COLOR === "false")
        return false;
      if (process2.env.FORCE_COLOR || process2.env.CLICOLOR_FORCE !== void 0)
        return true;
      return void 0;
    }
    exports2.Command = Command2;
    exports2.useColor = useColor2;
  }
});

// node_modules/commander/index.js
var require_commander = __commonJS({
  "node_modules/commander/index.js"(exports2) {
    var { Argument: Argument2 } = require_argument();
    var { Command: Command2 } = require_command();
    var { CommanderError: CommanderError2, InvalidArgumentError: InvalidArgumentError2 } = require_error();
    var { Help: Help2 } = require_help();
    var { Option: Option2 } = require_option();
    exports2.program = new Command2();
    exports2.createCommand = (name) => new Command2(name);
    exports2.createOption = (flags, description) => new Option2(flags, description);
    exports2.createArgument = (name, description) => new Argument2(name, description);
    exports2.Command = Command2;
    exports2.Option = Option2;
    exports2.Argument = Argument2;
    exports2.Help = Help2;
    exports2.CommanderError = CommanderError2;
    exports2.InvalidArgumentError = InvalidArgumentError2;
    exports2.InvalidOptionArgumentError = InvalidArgumentError2;
  }
});

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
    exports2.template = template;
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
    function template(templateSpec, env2) {
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
        program: function program3(i, data, declaredBlockParams, blockParams, depths) {
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
        function main2(context2) {
          return "" + templateSpec.main(container, context2, container.helpers, container.partials, data, blockParams, depths);
        }
        main2 = executeDecorators(templateSpec.main, main2, container, options.depths || [], data, blockParams);
        return main2(context, options);
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

// src/cli.ts
var import_node_fs3 = require("node:fs");
var import_node_path5 = require("node:path");

// node_modules/commander/esm.mjs
var import_index = __toESM(require_commander(), 1);
var {
  program,
  createCommand,
  createArgument,
  createOption,
  CommanderError,
  InvalidArgumentError,
  InvalidOptionArgumentError,
  // deprecated old name
  Command,
  Argument,
  Option,
  Help
} = import_index.default;

// src/diagnostics.ts
var CODES = {
  "yaml-syntax": "The file is not valid YAML.",
  "yaml-alias": "A YAML alias names no anchor, or refers to itself.",
  "too-large": "The input exceeds a resource limit (size, nesting, alias expansion).",
  "not-a-mapping": "The file is empty or its top level is not a mapping.",
  "nothing-to-compile": "The file has neither a compose: nor a build: section.",
  "invalid-type": "A key has a value of the wrong type.",
  "invalid-value": "A value is of the right type but cannot be used as written.",
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
  error(code, message, span, hint, related) {
    this.list.push(make("error", code, message, span, hint, related));
  }
  warning(code, message, span, hint, related) {
    this.list.push(make("warning", code, message, span, hint, related));
  }
  get hasErrors() {
    return this.list.some((d) => d.severity === "error");
  }
};
function make(severity, code, message, place2, hint, related) {
  const d = { severity, code, message };
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
  if (!source || !d.span) return `${visible(file)}: ${head}${hint ? `
  = help: ${hint}` : ""}
`;
  const start = source.position(d.span[0]);
  const end = source.position(Math.max(d.span[0], d.span[1]));
  const length = source.lineLength(start.line);
  const gutter = String(start.line);
  const pad = " ".repeat(gutter.length);
  let column = start.column;
  let width = end.line === start.line ? Math.max(1, end.column - start.column) : Math.max(1, length - start.column + 1);
  let chars;
  if (length > FRAME_WIDTH) {
    const from = Math.max(0, Math.min(column - 1 - 20, length - FRAME_WIDTH));
    const cut = Array.from(source.shownSlice(start.line, from + 1, from + 1 + FRAME_WIDTH));
    const head2 = from > 0 ? ["\u2026"] : [];
    const tail = from + FRAME_WIDTH < length ? ["\u2026"] : [];
    chars = [...head2, ...cut, ...tail];
    column = column - from + head2.length;
    width = Math.max(1, Math.min(width, chars.length - tail.length - column + 1));
  } else {
    chars = Array.from(source.shownLine(start.line));
  }
  const shown = chars.map(frameChar).join("");
  const before = chars.slice(0, column - 1).map(frameChar).join("");
  const marked = chars.slice(column - 1, column - 1 + width).map(frameChar).join("");
  let out = `${visible(file)}:${start.line}:${start.column}: ${head}
`;
  out += `${pad} |
${gutter} | ${shown}
${pad} | ${" ".repeat(before.length)}${"^".repeat(Math.max(1, marked.length))}
`;
  if (hint) out += `${pad} = help: ${hint}
`;
  return out;
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

// src/emit/compose.ts
var import_node_path = require("node:path");

// src/ir.ts
var HOLDER_NAME = "holder";
var TARGETS = ["sh", "compose"];
function assertNever(x) {
  throw new Error(`unexpected value: ${JSON.stringify(x)}`);
}

// src/emit/readiness.ts
function portGroups(ports) {
  return ports.map((alternatives) => alternatives.map((p) => p.toString(16).toUpperCase().padStart(4, "0")).join("/")).join(",");
}
function portWords(ports) {
  return ports.map((alternatives) => alternatives.join(" or ")).join(", ");
}
function readinessText(r) {
  switch (r.kind) {
    case "health":
      return "its health check (healthcheck:) to pass";
    case "ports": {
      const ports = `${r.ports.length > 1 ? "ports" : "port"} ${portWords(r.ports)}`;
      return r.from === "declared" ? `${ports} (expose:/ports:) to listen` : `${ports}, where its image listens by default, to listen; if it listens elsewhere, write expose: [PORT], or expose: [] to not wait`;
    }
    case "image-health":
      return "its image's HEALTHCHECK to pass";
    case "none":
      return r.why;
  }
}

// src/emit/render.ts
var import_runtime = __toESM(require_runtime2(), 1);

// src/generated/templates.ts
var templates_exports = {};
__export(templates_exports, {
  compose: () => compose,
  sh: () => sh
});
var compose = { "0": function(container, depth0, helpers, partials, data, blockParams, depths) {
  var stack1, alias1 = depth0 != null ? depth0 : container.nullContext || {}, lookupProperty = container.lookupProperty || function(parent, propertyName) {
    if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
      return parent[propertyName];
    }
    return void 0;
  };
  return "#   docker-compose -p " + ((stack1 = lookupProperty(helpers, "comment").call(alias1, lookupProperty(depths[1], "project"), { "name": "comment", "hash": {}, "data": data, "loc": { "start": { "line": 6, "column": 22 }, "end": { "line": 6, "column": 44 } } })) != null ? stack1 : "") + " run --rm " + ((stack1 = lookupProperty(helpers, "comment").call(alias1, depth0, { "name": "comment", "hash": {}, "data": data, "loc": { "start": { "line": 6, "column": 54 }, "end": { "line": 6, "column": 70 } } })) != null ? stack1 : "") + "\n";
}, "1": function(container, depth0, helpers, partials, data) {
  var stack1, alias1 = depth0 != null ? depth0 : container.nullContext || {}, lookupProperty = container.lookupProperty || function(parent, propertyName) {
    if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
      return parent[propertyName];
    }
    return void 0;
  };
  return "# " + ((stack1 = lookupProperty(helpers, "comment").call(alias1, lookupProperty(depth0, "key"), { "name": "comment", "hash": {}, "data": data, "loc": { "start": { "line": 10, "column": 2 }, "end": { "line": 10, "column": 17 } } })) != null ? stack1 : "") + ": a compose file cannot carry registry credentials; run `" + ((stack1 = lookupProperty(helpers, "comment").call(alias1, lookupProperty(depth0, "login"), { "name": "comment", "hash": {}, "data": data, "loc": { "start": { "line": 10, "column": 74 }, "end": { "line": 10, "column": 91 } } })) != null ? stack1 : "") + "` first.\n";
}, "2": function(container, depth0, helpers, partials, data) {
  var stack1, lookupProperty = container.lookupProperty || function(parent, propertyName) {
    if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
      return parent[propertyName];
    }
    return void 0;
  };
  return "    network_mode: " + ((stack1 = lookupProperty(helpers, "yaml").call(depth0 != null ? depth0 : container.nullContext || {}, lookupProperty(lookupProperty(depth0, "holder"), "network"), { "name": "yaml", "hash": {}, "data": data, "loc": { "start": { "line": 19, "column": 18 }, "end": { "line": 19, "column": 41 } } })) != null ? stack1 : "") + "\n";
}, "3": function(container, depth0, helpers, partials, data) {
  var stack1, lookupProperty = container.lookupProperty || function(parent, propertyName) {
    if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
      return parent[propertyName];
    }
    return void 0;
  };
  return "    dns:\n" + ((stack1 = lookupProperty(helpers, "each").call(depth0 != null ? depth0 : container.nullContext || {}, lookupProperty(lookupProperty(depth0, "holder"), "dns"), { "name": "each", "hash": {}, "fn": container.program(4, data, 0), "inverse": container.noop, "data": data, "loc": { "start": { "line": 23, "column": 0 }, "end": { "line": 25, "column": 9 } } })) != null ? stack1 : "");
}, "4": function(container, depth0, helpers, partials, data) {
  var stack1, lookupProperty = container.lookupProperty || function(parent, propertyName) {
    if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
      return parent[propertyName];
    }
    return void 0;
  };
  return "      - " + ((stack1 = lookupProperty(helpers, "yaml").call(depth0 != null ? depth0 : container.nullContext || {}, depth0, { "name": "yaml", "hash": {}, "data": data, "loc": { "start": { "line": 24, "column": 8 }, "end": { "line": 24, "column": 21 } } })) != null ? stack1 : "") + "\n";
}, "5": function(container, depth0, helpers, partials, data) {
  var stack1, lookupProperty = container.lookupProperty || function(parent, propertyName) {
    if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
      return parent[propertyName];
    }
    return void 0;
  };
  return "    extra_hosts:\n" + ((stack1 = lookupProperty(helpers, "each").call(depth0 != null ? depth0 : container.nullContext || {}, lookupProperty(lookupProperty(depth0, "holder"), "extraHosts"), { "name": "each", "hash": {}, "fn": container.program(4, data, 0), "inverse": container.noop, "data": data, "loc": { "start": { "line": 29, "column": 0 }, "end": { "line": 31, "column": 9 } } })) != null ? stack1 : "");
}, "6": function(container, depth0, helpers, partials, data) {
  var stack1, lookupProperty = container.lookupProperty || function(parent, propertyName) {
    if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
      return parent[propertyName];
    }
    return void 0;
  };
  return "    healthcheck:\n      test:\n" + ((stack1 = lookupProperty(helpers, "each").call(depth0 != null ? depth0 : container.nullContext || {}, lookupProperty(lookupProperty(lookupProperty(depth0, "holder"), "healthcheck"), "test"), { "name": "each", "hash": {}, "fn": container.program(7, data, 0), "inverse": container.noop, "data": data, "loc": { "start": { "line": 36, "column": 0 }, "end": { "line": 38, "column": 9 } } })) != null ? stack1 : "") + "      interval: 1s\n      timeout: 5s\n      retries: 120\n";
}, "7": function(container, depth0, helpers, partials, data) {
  var stack1, lookupProperty = container.lookupProperty || function(parent, propertyName) {
    if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
      return parent[propertyName];
    }
    return void 0;
  };
  return "        - " + ((stack1 = lookupProperty(helpers, "yaml").call(depth0 != null ? depth0 : container.nullContext || {}, depth0, { "name": "yaml", "hash": {}, "data": data, "loc": { "start": { "line": 37, "column": 10 }, "end": { "line": 37, "column": 23 } } })) != null ? stack1 : "") + "\n";
}, "8": function(container, depth0, helpers, partials, data, blockParams, depths) {
  var stack1, alias1 = depth0 != null ? depth0 : container.nullContext || {}, lookupProperty = container.lookupProperty || function(parent, propertyName) {
    if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
      return parent[propertyName];
    }
    return void 0;
  };
  return "  " + ((stack1 = lookupProperty(helpers, "yamlKey").call(alias1, lookupProperty(depth0, "key"), { "name": "yamlKey", "hash": {}, "data": data, "loc": { "start": { "line": 44, "column": 2 }, "end": { "line": 44, "column": 17 } } })) != null ? stack1 : "") + ":\n" + ((stack1 = lookupProperty(helpers, "if").call(alias1, lookupProperty(depth0, "profile"), { "name": "if", "hash": {}, "fn": container.program(9, data, 0, blockParams, depths), "inverse": container.noop, "data": data, "loc": { "start": { "line": 45, "column": 0 }, "end": { "line": 47, "column": 7 } } })) != null ? stack1 : "") + "    image: " + ((stack1 = lookupProperty(helpers, "yaml").call(alias1, lookupProperty(depth0, "image"), { "name": "yaml", "hash": {}, "data": data, "loc": { "start": { "line": 48, "column": 11 }, "end": { "line": 48, "column": 25 } } })) != null ? stack1 : "") + "\n" + ((stack1 = lookupProperty(helpers, "if").call(alias1, lookupProperty(depth0, "pullAlways"), { "name": "if", "hash": {}, "fn": container.program(10, data, 0, blockParams, depths), "inverse": container.noop, "data": data, "loc": { "start": { "line": 49, "column": 0 }, "end": { "line": 51, "column": 7 } } })) != null ? stack1 : "") + "    network_mode: " + ((stack1 = lookupProperty(helpers, "yaml").call(alias1, lookupProperty(depths[1], "serviceKey"), { "name": "yaml", "hash": {}, "data": data, "loc": { "start": { "line": 52, "column": 18 }, "end": { "line": 52, "column": 40 } } })) != null ? stack1 : "") + "\n    depends_on:\n" + ((stack1 = lookupProperty(helpers, "each").call(alias1, lookupProperty(depth0, "dependsOn"), { "name": "each", "hash": {}, "fn": container.program(4, data, 0, blockParams, depths), "inverse": container.noop, "data": data, "loc": { "start": { "line": 54, "column": 0 }, "end": { "line": 56, "column": 9 } } })) != null ? stack1 : "") + ((stack1 = lookupProperty(helpers, "each").call(alias1, lookupProperty(depth0, "conditions"), { "name": "each", "hash": {}, "fn": container.program(11, data, 0, blockParams, depths), "inverse": container.noop, "data": data, "loc": { "start": { "line": 57, "column": 0 }, "end": { "line": 60, "column": 9 } } })) != null ? stack1 : "") + ((stack1 = lookupProperty(helpers, "if").call(alias1, lookupProperty(depth0, "privileged"), { "name": "if", "hash": {}, "fn": container.program(12, data, 0, blockParams, depths), "inverse": container.noop, "data": data, "loc": { "start": { "line": 61, "column": 0 }, "end": { "line": 63, "column": 7 } } })) != null ? stack1 : "") + ((stack1 = lookupProperty(helpers, "if").call(alias1, lookupProperty(depth0, "entrypoint"), { "name": "if", "hash": {}, "fn": container.program(13, data, 0, blockParams, depths), "inverse": container.noop, "data": data, "loc": { "start": { "line": 64, "column": 0 }, "end": { "line": 69, "column": 7 } } })) != null ? stack1 : "") + ((stack1 = lookupProperty(helpers, "if").call(alias1, lookupProperty(depth0, "command"), { "name": "if", "hash": {}, "fn": container.program(14, data, 0, blockParams, depths), "inverse": container.noop, "data": data, "loc": { "start": { "line": 70, "column": 0 }, "end": { "line": 75, "column": 7 } } })) != null ? stack1 : "") + ((stack1 = lookupProperty(helpers, "if").call(alias1, lookupProperty(depth0, "workingDir"), { "name": "if", "hash": {}, "fn": container.program(15, data, 0, blockParams, depths), "inverse": container.noop, "data": data, "loc": { "start": { "line": 76, "column": 0 }, "end": { "line": 78, "column": 7 } } })) != null ? stack1 : "") + "    volumes:\n" + ((stack1 = lookupProperty(helpers, "each").call(alias1, lookupProperty(depth0, "volumes"), { "name": "each", "hash": {}, "fn": container.program(4, data, 0, blockParams, depths), "inverse": container.noop, "data": data, "loc": { "start": { "line": 80, "column": 0 }, "end": { "line": 82, "column": 9 } } })) != null ? stack1 : "") + ((stack1 = lookupProperty(helpers, "if").call(alias1, lookupProperty(depth0, "devices"), { "name": "if", "hash": {}, "fn": container.program(16, data, 0, blockParams, depths), "inverse": container.noop, "data": data, "loc": { "start": { "line": 83, "column": 0 }, "end": { "line": 88, "column": 7 } } })) != null ? stack1 : "") + ((stack1 = lookupProperty(helpers, "if").call(alias1, lookupProperty(depth0, "memLimit"), { "name": "if", "hash": {}, "fn": container.program(17, data, 0, blockParams, depths), "inverse": container.noop, "data": data, "loc": { "start": { "line": 89, "column": 0 }, "end": { "line": 91, "column": 7 } } })) != null ? stack1 : "") + ((stack1 = lookupProperty(helpers, "if").call(alias1, lookupProperty(depth0, "cpuset"), { "name": "if", "hash": {}, "fn": container.program(18, data, 0, blockParams, depths), "inverse": container.noop, "data": data, "loc": { "start": { "line": 92, "column": 0 }, "end": { "line": 94, "column": 7 } } })) != null ? stack1 : "") + ((stack1 = lookupProperty(helpers, "if").call(alias1, lookupProperty(depth0, "oomKillDisable"), { "name": "if", "hash": {}, "fn": container.program(19, data, 0, blockParams, depths), "inverse": container.noop, "data": data, "loc": { "start": { "line": 95, "column": 0 }, "end": { "line": 97, "column": 7 } } })) != null ? stack1 : "") + ((stack1 = lookupProperty(helpers, "if").call(alias1, lookupProperty(depth0, "healthcheck"), { "name": "if", "hash": {}, "fn": container.program(20, data, 0, blockParams, depths), "inverse": container.noop, "data": data, "loc": { "start": { "line": 98, "column": 0 }, "end": { "line": 123, "column": 7 } } })) != null ? stack1 : "") + ((stack1 = lookupProperty(helpers, "if").call(alias1, lookupProperty(depth0, "environment"), { "name": "if", "hash": {}, "fn": container.program(28, data, 0, blockParams, depths), "inverse": container.noop, "data": data, "loc": { "start": { "line": 124, "column": 0 }, "end": { "line": 129, "column": 7 } } })) != null ? stack1 : "");
}, "9": function(container, depth0, helpers, partials, data) {
  var stack1, lookupProperty = container.lookupProperty || function(parent, propertyName) {
    if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
      return parent[propertyName];
    }
    return void 0;
  };
  return "    profiles: [" + ((stack1 = lookupProperty(helpers, "yaml").call(depth0 != null ? depth0 : container.nullContext || {}, lookupProperty(depth0, "profile"), { "name": "yaml", "hash": {}, "data": data, "loc": { "start": { "line": 46, "column": 15 }, "end": { "line": 46, "column": 31 } } })) != null ? stack1 : "") + "]\n";
}, "10": function(container, depth0, helpers, partials, data) {
  return "    pull_policy: always\n";
}, "11": function(container, depth0, helpers, partials, data) {
  var stack1, alias1 = depth0 != null ? depth0 : container.nullContext || {}, lookupProperty = container.lookupProperty || function(parent, propertyName) {
    if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
      return parent[propertyName];
    }
    return void 0;
  };
  return "      " + ((stack1 = lookupProperty(helpers, "yamlKey").call(alias1, lookupProperty(depth0, "key"), { "name": "yamlKey", "hash": {}, "data": data, "loc": { "start": { "line": 58, "column": 6 }, "end": { "line": 58, "column": 21 } } })) != null ? stack1 : "") + ":\n        condition: " + ((stack1 = lookupProperty(helpers, "yamlKey").call(alias1, lookupProperty(depth0, "condition"), { "name": "yamlKey", "hash": {}, "data": data, "loc": { "start": { "line": 59, "column": 19 }, "end": { "line": 59, "column": 40 } } })) != null ? stack1 : "") + "\n";
}, "12": function(container, depth0, helpers, partials, data) {
  return "    privileged: true\n";
}, "13": function(container, depth0, helpers, partials, data) {
  var stack1, lookupProperty = container.lookupProperty || function(parent, propertyName) {
    if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
      return parent[propertyName];
    }
    return void 0;
  };
  return "    entrypoint:\n" + ((stack1 = lookupProperty(helpers, "each").call(depth0 != null ? depth0 : container.nullContext || {}, lookupProperty(depth0, "entrypoint"), { "name": "each", "hash": {}, "fn": container.program(4, data, 0), "inverse": container.noop, "data": data, "loc": { "start": { "line": 66, "column": 0 }, "end": { "line": 68, "column": 9 } } })) != null ? stack1 : "");
}, "14": function(container, depth0, helpers, partials, data) {
  var stack1, lookupProperty = container.lookupProperty || function(parent, propertyName) {
    if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
      return parent[propertyName];
    }
    return void 0;
  };
  return "    command:\n" + ((stack1 = lookupProperty(helpers, "each").call(depth0 != null ? depth0 : container.nullContext || {}, lookupProperty(depth0, "command"), { "name": "each", "hash": {}, "fn": container.program(4, data, 0), "inverse": container.noop, "data": data, "loc": { "start": { "line": 72, "column": 0 }, "end": { "line": 74, "column": 9 } } })) != null ? stack1 : "");
}, "15": function(container, depth0, helpers, partials, data) {
  var stack1, lookupProperty = container.lookupProperty || function(parent, propertyName) {
    if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
      return parent[propertyName];
    }
    return void 0;
  };
  return "    working_dir: " + ((stack1 = lookupProperty(helpers, "yaml").call(depth0 != null ? depth0 : container.nullContext || {}, lookupProperty(depth0, "workingDir"), { "name": "yaml", "hash": {}, "data": data, "loc": { "start": { "line": 77, "column": 17 }, "end": { "line": 77, "column": 36 } } })) != null ? stack1 : "") + "\n";
}, "16": function(container, depth0, helpers, partials, data) {
  var stack1, lookupProperty = container.lookupProperty || function(parent, propertyName) {
    if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
      return parent[propertyName];
    }
    return void 0;
  };
  return "    devices:\n" + ((stack1 = lookupProperty(helpers, "each").call(depth0 != null ? depth0 : container.nullContext || {}, lookupProperty(depth0, "devices"), { "name": "each", "hash": {}, "fn": container.program(4, data, 0), "inverse": container.noop, "data": data, "loc": { "start": { "line": 85, "column": 0 }, "end": { "line": 87, "column": 9 } } })) != null ? stack1 : "");
}, "17": function(container, depth0, helpers, partials, data) {
  var stack1, lookupProperty = container.lookupProperty || function(parent, propertyName) {
    if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
      return parent[propertyName];
    }
    return void 0;
  };
  return "    mem_limit: " + ((stack1 = lookupProperty(helpers, "yaml").call(depth0 != null ? depth0 : container.nullContext || {}, lookupProperty(depth0, "memLimit"), { "name": "yaml", "hash": {}, "data": data, "loc": { "start": { "line": 90, "column": 15 }, "end": { "line": 90, "column": 32 } } })) != null ? stack1 : "") + "\n";
}, "18": function(container, depth0, helpers, partials, data) {
  var stack1, lookupProperty = container.lookupProperty || function(parent, propertyName) {
    if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
      return parent[propertyName];
    }
    return void 0;
  };
  return "    cpuset: " + ((stack1 = lookupProperty(helpers, "yaml").call(depth0 != null ? depth0 : container.nullContext || {}, lookupProperty(depth0, "cpuset"), { "name": "yaml", "hash": {}, "data": data, "loc": { "start": { "line": 93, "column": 12 }, "end": { "line": 93, "column": 27 } } })) != null ? stack1 : "") + "\n";
}, "19": function(container, depth0, helpers, partials, data) {
  return "    oom_kill_disable: true\n";
}, "20": function(container, depth0, helpers, partials, data) {
  var stack1, lookupProperty = container.lookupProperty || function(parent, propertyName) {
    if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
      return parent[propertyName];
    }
    return void 0;
  };
  return "    healthcheck:\n" + ((stack1 = lookupProperty(helpers, "with").call(depth0 != null ? depth0 : container.nullContext || {}, lookupProperty(depth0, "healthcheck"), { "name": "with", "hash": {}, "fn": container.program(21, data, 0), "inverse": container.noop, "data": data, "loc": { "start": { "line": 100, "column": 0 }, "end": { "line": 122, "column": 9 } } })) != null ? stack1 : "");
}, "21": function(container, depth0, helpers, partials, data) {
  var stack1, alias1 = depth0 != null ? depth0 : container.nullContext || {}, lookupProperty = container.lookupProperty || function(parent, propertyName) {
    if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
      return parent[propertyName];
    }
    return void 0;
  };
  return ((stack1 = lookupProperty(helpers, "if").call(alias1, lookupProperty(depth0, "disable"), { "name": "if", "hash": {}, "fn": container.program(22, data, 0), "inverse": container.noop, "data": data, "loc": { "start": { "line": 101, "column": 0 }, "end": { "line": 103, "column": 7 } } })) != null ? stack1 : "") + ((stack1 = lookupProperty(helpers, "if").call(alias1, lookupProperty(depth0, "test"), { "name": "if", "hash": {}, "fn": container.program(23, data, 0), "inverse": container.noop, "data": data, "loc": { "start": { "line": 104, "column": 0 }, "end": { "line": 109, "column": 7 } } })) != null ? stack1 : "") + ((stack1 = lookupProperty(helpers, "if").call(alias1, lookupProperty(depth0, "interval"), { "name": "if", "hash": {}, "fn": container.program(24, data, 0), "inverse": container.noop, "data": data, "loc": { "start": { "line": 110, "column": 0 }, "end": { "line": 112, "column": 7 } } })) != null ? stack1 : "") + ((stack1 = lookupProperty(helpers, "if").call(alias1, lookupProperty(depth0, "timeout"), { "name": "if", "hash": {}, "fn": container.program(25, data, 0), "inverse": container.noop, "data": data, "loc": { "start": { "line": 113, "column": 0 }, "end": { "line": 115, "column": 7 } } })) != null ? stack1 : "") + ((stack1 = lookupProperty(helpers, "if").call(alias1, lookupProperty(depth0, "hasRetries"), { "name": "if", "hash": {}, "fn": container.program(26, data, 0), "inverse": container.noop, "data": data, "loc": { "start": { "line": 116, "column": 0 }, "end": { "line": 118, "column": 7 } } })) != null ? stack1 : "") + ((stack1 = lookupProperty(helpers, "if").call(alias1, lookupProperty(depth0, "startPeriod"), { "name": "if", "hash": {}, "fn": container.program(27, data, 0), "inverse": container.noop, "data": data, "loc": { "start": { "line": 119, "column": 0 }, "end": { "line": 121, "column": 7 } } })) != null ? stack1 : "");
}, "22": function(container, depth0, helpers, partials, data) {
  return "      disable: true\n";
}, "23": function(container, depth0, helpers, partials, data) {
  var stack1, lookupProperty = container.lookupProperty || function(parent, propertyName) {
    if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
      return parent[propertyName];
    }
    return void 0;
  };
  return "      test:\n" + ((stack1 = lookupProperty(helpers, "each").call(depth0 != null ? depth0 : container.nullContext || {}, lookupProperty(depth0, "test"), { "name": "each", "hash": {}, "fn": container.program(7, data, 0), "inverse": container.noop, "data": data, "loc": { "start": { "line": 106, "column": 0 }, "end": { "line": 108, "column": 9 } } })) != null ? stack1 : "");
}, "24": function(container, depth0, helpers, partials, data) {
  var stack1, lookupProperty = container.lookupProperty || function(parent, propertyName) {
    if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
      return parent[propertyName];
    }
    return void 0;
  };
  return "      interval: " + ((stack1 = lookupProperty(helpers, "yaml").call(depth0 != null ? depth0 : container.nullContext || {}, lookupProperty(depth0, "interval"), { "name": "yaml", "hash": {}, "data": data, "loc": { "start": { "line": 111, "column": 16 }, "end": { "line": 111, "column": 33 } } })) != null ? stack1 : "") + "\n";
}, "25": function(container, depth0, helpers, partials, data) {
  var stack1, lookupProperty = container.lookupProperty || function(parent, propertyName) {
    if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
      return parent[propertyName];
    }
    return void 0;
  };
  return "      timeout: " + ((stack1 = lookupProperty(helpers, "yaml").call(depth0 != null ? depth0 : container.nullContext || {}, lookupProperty(depth0, "timeout"), { "name": "yaml", "hash": {}, "data": data, "loc": { "start": { "line": 114, "column": 15 }, "end": { "line": 114, "column": 31 } } })) != null ? stack1 : "") + "\n";
}, "26": function(container, depth0, helpers, partials, data) {
  var stack1, lookupProperty = container.lookupProperty || function(parent, propertyName) {
    if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
      return parent[propertyName];
    }
    return void 0;
  };
  return "      retries: " + ((stack1 = lookupProperty(helpers, "int").call(depth0 != null ? depth0 : container.nullContext || {}, lookupProperty(depth0, "retries"), { "name": "int", "hash": {}, "data": data, "loc": { "start": { "line": 117, "column": 15 }, "end": { "line": 117, "column": 30 } } })) != null ? stack1 : "") + "\n";
}, "27": function(container, depth0, helpers, partials, data) {
  var stack1, lookupProperty = container.lookupProperty || function(parent, propertyName) {
    if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
      return parent[propertyName];
    }
    return void 0;
  };
  return "      start_period: " + ((stack1 = lookupProperty(helpers, "yaml").call(depth0 != null ? depth0 : container.nullContext || {}, lookupProperty(depth0, "startPeriod"), { "name": "yaml", "hash": {}, "data": data, "loc": { "start": { "line": 120, "column": 20 }, "end": { "line": 120, "column": 40 } } })) != null ? stack1 : "") + "\n";
}, "28": function(container, depth0, helpers, partials, data) {
  var stack1, lookupProperty = container.lookupProperty || function(parent, propertyName) {
    if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
      return parent[propertyName];
    }
    return void 0;
  };
  return "    environment:\n" + ((stack1 = lookupProperty(helpers, "each").call(depth0 != null ? depth0 : container.nullContext || {}, lookupProperty(depth0, "environment"), { "name": "each", "hash": {}, "fn": container.program(29, data, 0), "inverse": container.noop, "data": data, "loc": { "start": { "line": 126, "column": 0 }, "end": { "line": 128, "column": 9 } } })) != null ? stack1 : "");
}, "29": function(container, depth0, helpers, partials, data) {
  var stack1, alias1 = depth0 != null ? depth0 : container.nullContext || {}, lookupProperty = container.lookupProperty || function(parent, propertyName) {
    if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
      return parent[propertyName];
    }
    return void 0;
  };
  return "      " + ((stack1 = lookupProperty(helpers, "yamlKey").call(alias1, lookupProperty(depth0, "name"), { "name": "yamlKey", "hash": {}, "data": data, "loc": { "start": { "line": 127, "column": 6 }, "end": { "line": 127, "column": 22 } } })) != null ? stack1 : "") + ": " + ((stack1 = lookupProperty(helpers, "yaml").call(alias1, lookupProperty(depth0, "value"), { "name": "yaml", "hash": {}, "data": data, "loc": { "start": { "line": 127, "column": 24 }, "end": { "line": 127, "column": 38 } } })) != null ? stack1 : "") + "\n";
}, "30": function(container, depth0, helpers, partials, data) {
  var stack1, lookupProperty = container.lookupProperty || function(parent, propertyName) {
    if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
      return parent[propertyName];
    }
    return void 0;
  };
  return "  " + ((stack1 = lookupProperty(helpers, "yamlKey").call(depth0 != null ? depth0 : container.nullContext || {}, depth0, { "name": "yamlKey", "hash": {}, "data": data, "loc": { "start": { "line": 134, "column": 2 }, "end": { "line": 134, "column": 18 } } })) != null ? stack1 : "") + ": {}\n";
}, "compiler": [8, ">= 4.3.0"], "main": function(container, depth0, helpers, partials, data, blockParams, depths) {
  var stack1, alias1 = depth0 != null ? depth0 : container.nullContext || {}, lookupProperty = container.lookupProperty || function(parent, propertyName) {
    if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
      return parent[propertyName];
    }
    return void 0;
  };
  return "# Code generated by drone-compose from " + ((stack1 = lookupProperty(helpers, "comment").call(alias1, lookupProperty(depth0, "source"), { "name": "comment", "hash": {}, "data": data, "loc": { "start": { "line": 1, "column": 39 }, "end": { "line": 1, "column": 57 } } })) != null ? stack1 : "") + "; DO NOT EDIT.\n#\n# The services of " + ((stack1 = lookupProperty(helpers, "comment").call(alias1, lookupProperty(depth0, "source"), { "name": "comment", "hash": {}, "data": data, "loc": { "start": { "line": 3, "column": 18 }, "end": { "line": 3, "column": 36 } } })) != null ? stack1 : "") + " in one network namespace, as Drone 0.4 ran them:\n#   docker-compose -p " + ((stack1 = lookupProperty(helpers, "comment").call(alias1, lookupProperty(depth0, "project"), { "name": "comment", "hash": {}, "data": data, "loc": { "start": { "line": 4, "column": 22 }, "end": { "line": 4, "column": 41 } } })) != null ? stack1 : "") + " up -d\n" + ((stack1 = lookupProperty(helpers, "each").call(alias1, lookupProperty(depth0, "buildNames"), { "name": "each", "hash": {}, "fn": container.program(0, data, 0, blockParams, depths), "inverse": container.noop, "data": data, "loc": { "start": { "line": 5, "column": 0 }, "end": { "line": 7, "column": 9 } } })) != null ? stack1 : "") + "#   docker-compose -p " + ((stack1 = lookupProperty(helpers, "comment").call(alias1, lookupProperty(depth0, "project"), { "name": "comment", "hash": {}, "data": data, "loc": { "start": { "line": 8, "column": 22 }, "end": { "line": 8, "column": 41 } } })) != null ? stack1 : "") + " down -v\n" + ((stack1 = lookupProperty(helpers, "each").call(alias1, lookupProperty(depth0, "credentials"), { "name": "each", "hash": {}, "fn": container.program(1, data, 0, blockParams, depths), "inverse": container.noop, "data": data, "loc": { "start": { "line": 9, "column": 0 }, "end": { "line": 11, "column": 9 } } })) != null ? stack1 : "") + "services:\n  " + ((stack1 = lookupProperty(helpers, "yamlKey").call(alias1, lookupProperty(depth0, "holderKey"), { "name": "yamlKey", "hash": {}, "data": data, "loc": { "start": { "line": 13, "column": 2 }, "end": { "line": 13, "column": 23 } } })) != null ? stack1 : "") + ":\n    image: " + ((stack1 = lookupProperty(helpers, "yaml").call(alias1, lookupProperty(lookupProperty(depth0, "holder"), "image"), { "name": "yaml", "hash": {}, "data": data, "loc": { "start": { "line": 14, "column": 11 }, "end": { "line": 14, "column": 32 } } })) != null ? stack1 : "") + '\n    entrypoint: ["sleep"]\n    command: ["2147483647"]\n    init: true\n' + ((stack1 = lookupProperty(helpers, "if").call(alias1, lookupProperty(lookupProperty(depth0, "holder"), "network"), { "name": "if", "hash": {}, "fn": container.program(2, data, 0, blockParams, depths), "inverse": container.noop, "data": data, "loc": { "start": { "line": 18, "column": 0 }, "end": { "line": 20, "column": 7 } } })) != null ? stack1 : "") + ((stack1 = lookupProperty(helpers, "if").call(alias1, lookupProperty(lookupProperty(depth0, "holder"), "dns"), { "name": "if", "hash": {}, "fn": container.program(3, data, 0, blockParams, depths), "inverse": container.noop, "data": data, "loc": { "start": { "line": 21, "column": 0 }, "end": { "line": 26, "column": 7 } } })) != null ? stack1 : "") + ((stack1 = lookupProperty(helpers, "if").call(alias1, lookupProperty(lookupProperty(depth0, "holder"), "extraHosts"), { "name": "if", "hash": {}, "fn": container.program(5, data, 0, blockParams, depths), "inverse": container.noop, "data": data, "loc": { "start": { "line": 27, "column": 0 }, "end": { "line": 32, "column": 7 } } })) != null ? stack1 : "") + ((stack1 = lookupProperty(helpers, "if").call(alias1, lookupProperty(lookupProperty(depth0, "holder"), "healthcheck"), { "name": "if", "hash": {}, "fn": container.program(6, data, 0, blockParams, depths), "inverse": container.noop, "data": data, "loc": { "start": { "line": 33, "column": 0 }, "end": { "line": 42, "column": 7 } } })) != null ? stack1 : "") + ((stack1 = lookupProperty(helpers, "each").call(alias1, lookupProperty(depth0, "containers"), { "name": "each", "hash": {}, "fn": container.program(8, data, 0, blockParams, depths), "inverse": container.noop, "data": data, "loc": { "start": { "line": 43, "column": 0 }, "end": { "line": 130, "column": 9 } } })) != null ? stack1 : "") + "volumes:\n  drone: {}\n" + ((stack1 = lookupProperty(helpers, "each").call(alias1, lookupProperty(depth0, "volumes"), { "name": "each", "hash": {}, "fn": container.program(30, data, 0, blockParams, depths), "inverse": container.noop, "data": data, "loc": { "start": { "line": 133, "column": 0 }, "end": { "line": 135, "column": 9 } } })) != null ? stack1 : "");
}, "useData": true, "useDepths": true };
var sh = {
  "0": function(container, depth0, helpers, partials, data) {
    var stack1, lookupProperty = container.lookupProperty || function(parent, propertyName) {
      if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
        return parent[propertyName];
      }
      return void 0;
    };
    return (stack1 = lookupProperty(helpers, "if").call(depth0 != null ? depth0 : container.nullContext || {}, lookupProperty(depth0, "pull"), { "name": "if", "hash": {}, "fn": container.program(1, data, 0), "inverse": container.noop, "data": data, "loc": { "start": { "line": 3, "column": 0 }, "end": { "line": 16, "column": 7 } } })) != null ? stack1 : "";
  },
  "1": function(container, depth0, helpers, partials, data) {
    var stack1, lookupProperty = container.lookupProperty || function(parent, propertyName) {
      if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
        return parent[propertyName];
      }
      return void 0;
    };
    return (stack1 = lookupProperty(helpers, "with").call(depth0 != null ? depth0 : container.nullContext || {}, lookupProperty(depth0, "pull"), { "name": "with", "hash": {}, "fn": container.program(2, data, 0), "inverse": container.noop, "data": data, "loc": { "start": { "line": 4, "column": 0 }, "end": { "line": 15, "column": 9 } } })) != null ? stack1 : "";
  },
  "2": function(container, depth0, helpers, partials, data) {
    var stack1, lookupProperty = container.lookupProperty || function(parent, propertyName) {
      if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
        return parent[propertyName];
      }
      return void 0;
    };
    return (stack1 = lookupProperty(helpers, "if").call(depth0 != null ? depth0 : container.nullContext || {}, lookupProperty(depth0, "auth"), { "name": "if", "hash": {}, "fn": container.program(3, data, 0), "inverse": container.program(6, data, 0), "data": data, "loc": { "start": { "line": 5, "column": 0 }, "end": { "line": 14, "column": 7 } } })) != null ? stack1 : "";
  },
  "3": function(container, depth0, helpers, partials, data) {
    var stack1, lookupProperty = container.lookupProperty || function(parent, propertyName) {
      if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
        return parent[propertyName];
      }
      return void 0;
    };
    return (stack1 = lookupProperty(helpers, "if").call(depth0 != null ? depth0 : container.nullContext || {}, lookupProperty(depth0, "always"), { "name": "if", "hash": {}, "fn": container.program(4, data, 0), "inverse": container.program(5, data, 0), "data": data, "loc": { "start": { "line": 6, "column": 0 }, "end": { "line": 11, "column": 7 } } })) != null ? stack1 : "";
  },
  "4": function(container, depth0, helpers, partials, data) {
    var stack1, alias1 = depth0 != null ? depth0 : container.nullContext || {}, lookupProperty = container.lookupProperty || function(parent, propertyName) {
      if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
        return parent[propertyName];
      }
      return void 0;
    };
    return "  printf '%s' " + ((stack1 = lookupProperty(helpers, "sh").call(alias1, lookupProperty(lookupProperty(depth0, "auth"), "password"), { "name": "sh", "hash": {}, "data": data, "loc": { "start": { "line": 7, "column": 14 }, "end": { "line": 7, "column": 34 } } })) != null ? stack1 : "") + " | dc_pull_auth " + ((stack1 = lookupProperty(helpers, "sh").call(alias1, lookupProperty(depth0, "image"), { "name": "sh", "hash": {}, "data": data, "loc": { "start": { "line": 7, "column": 50 }, "end": { "line": 7, "column": 62 } } })) != null ? stack1 : "") + " " + ((stack1 = lookupProperty(helpers, "sh").call(alias1, lookupProperty(lookupProperty(depth0, "auth"), "registry"), { "name": "sh", "hash": {}, "data": data, "loc": { "start": { "line": 7, "column": 63 }, "end": { "line": 7, "column": 83 } } })) != null ? stack1 : "") + " " + ((stack1 = lookupProperty(helpers, "sh").call(alias1, lookupProperty(lookupProperty(depth0, "auth"), "username"), { "name": "sh", "hash": {}, "data": data, "loc": { "start": { "line": 7, "column": 84 }, "end": { "line": 7, "column": 104 } } })) != null ? stack1 : "") + "\n";
  },
  "5": function(container, depth0, helpers, partials, data) {
    var stack1, alias1 = depth0 != null ? depth0 : container.nullContext || {}, lookupProperty = container.lookupProperty || function(parent, propertyName) {
      if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
        return parent[propertyName];
      }
      return void 0;
    };
    return '  "$dc_engine" image inspect ' + ((stack1 = lookupProperty(helpers, "sh").call(alias1, lookupProperty(depth0, "image"), { "name": "sh", "hash": {}, "data": data, "loc": { "start": { "line": 9, "column": 29 }, "end": { "line": 9, "column": 41 } } })) != null ? stack1 : "") + " >/dev/null 2>&1 ||\n    printf '%s' " + ((stack1 = lookupProperty(helpers, "sh").call(alias1, lookupProperty(lookupProperty(depth0, "auth"), "password"), { "name": "sh", "hash": {}, "data": data, "loc": { "start": { "line": 10, "column": 16 }, "end": { "line": 10, "column": 36 } } })) != null ? stack1 : "") + " | dc_pull_auth " + ((stack1 = lookupProperty(helpers, "sh").call(alias1, lookupProperty(depth0, "image"), { "name": "sh", "hash": {}, "data": data, "loc": { "start": { "line": 10, "column": 52 }, "end": { "line": 10, "column": 64 } } })) != null ? stack1 : "") + " " + ((stack1 = lookupProperty(helpers, "sh").call(alias1, lookupProperty(lookupProperty(depth0, "auth"), "registry"), { "name": "sh", "hash": {}, "data": data, "loc": { "start": { "line": 10, "column": 65 }, "end": { "line": 10, "column": 85 } } })) != null ? stack1 : "") + " " + ((stack1 = lookupProperty(helpers, "sh").call(alias1, lookupProperty(lookupProperty(depth0, "auth"), "username"), { "name": "sh", "hash": {}, "data": data, "loc": { "start": { "line": 10, "column": 86 }, "end": { "line": 10, "column": 106 } } })) != null ? stack1 : "") + "\n";
  },
  "6": function(container, depth0, helpers, partials, data) {
    var stack1, lookupProperty = container.lookupProperty || function(parent, propertyName) {
      if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
        return parent[propertyName];
      }
      return void 0;
    };
    return '  "$dc_engine" pull ' + ((stack1 = lookupProperty(helpers, "sh").call(depth0 != null ? depth0 : container.nullContext || {}, lookupProperty(depth0, "image"), { "name": "sh", "hash": {}, "data": data, "loc": { "start": { "line": 13, "column": 20 }, "end": { "line": 13, "column": 32 } } })) != null ? stack1 : "") + "\n";
  },
  "7": function(container, depth0, helpers, partials, data) {
    var stack1, lookupProperty = container.lookupProperty || function(parent, propertyName) {
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
` + ((stack1 = lookupProperty(helpers, "each").call(depth0 != null ? depth0 : container.nullContext || {}, lookupProperty(depth0, "operations"), { "name": "each", "hash": {}, "fn": container.program(8, data, 0), "inverse": container.noop, "data": data, "loc": { "start": { "line": 383, "column": 0 }, "end": { "line": 386, "column": 9 } } })) != null ? stack1 : "") + "}\n";
  },
  "8": function(container, depth0, helpers, partials, data) {
    var stack1, alias1 = depth0 != null ? depth0 : container.nullContext || {}, lookupProperty = container.lookupProperty || function(parent, propertyName) {
      if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
        return parent[propertyName];
      }
      return void 0;
    };
    return "  dc_op " + ((stack1 = lookupProperty(helpers, "sh").call(alias1, lookupProperty(depth0, "args"), { "name": "sh", "hash": {}, "data": data, "loc": { "start": { "line": 384, "column": 8 }, "end": { "line": 384, "column": 19 } } })) != null ? stack1 : "") + "\n  " + ((stack1 = lookupProperty(helpers, "shVar").call(alias1, lookupProperty(depth0, "id"), { "name": "shVar", "hash": {}, "data": data, "loc": { "start": { "line": 385, "column": 2 }, "end": { "line": 385, "column": 14 } } })) != null ? stack1 : "") + "=$dc_v\n";
  },
  "9": function(container, depth0, helpers, partials, data) {
    var stack1, lookupProperty = container.lookupProperty || function(parent, propertyName) {
      if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
        return parent[propertyName];
      }
      return void 0;
    };
    return "  dc_remove container " + ((stack1 = lookupProperty(helpers, "sh").call(depth0 != null ? depth0 : container.nullContext || {}, lookupProperty(depth0, "buildContainers"), { "name": "sh", "hash": {}, "data": data, "loc": { "start": { "line": 399, "column": 22 }, "end": { "line": 399, "column": 44 } } })) != null ? stack1 : "") + "\n";
  },
  "10": function(container, depth0, helpers, partials, data) {
    var stack1, lookupProperty = container.lookupProperty || function(parent, propertyName) {
      if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
        return parent[propertyName];
      }
      return void 0;
    };
    return "  dc_remove container " + ((stack1 = lookupProperty(helpers, "sh").call(depth0 != null ? depth0 : container.nullContext || {}, lookupProperty(depth0, "container"), { "name": "sh", "hash": {}, "data": data, "loc": { "start": { "line": 402, "column": 22 }, "end": { "line": 402, "column": 38 } } })) != null ? stack1 : "") + "\n";
  },
  "11": function(container, depth0, helpers, partials, data) {
    var stack1, lookupProperty = container.lookupProperty || function(parent, propertyName) {
      if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
        return parent[propertyName];
      }
      return void 0;
    };
    return " " + ((stack1 = lookupProperty(helpers, "sh").call(depth0 != null ? depth0 : container.nullContext || {}, depth0, { "name": "sh", "hash": {}, "data": data, "loc": { "start": { "line": 405, "column": 49 }, "end": { "line": 405, "column": 60 } } })) != null ? stack1 : "");
  },
  "12": function(container, depth0, helpers, partials, data) {
    return "  dc_drone_vars\n";
  },
  "13": function(container, depth0, helpers, partials, data) {
    var stack1, lookupProperty = container.lookupProperty || function(parent, propertyName) {
      if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
        return parent[propertyName];
      }
      return void 0;
    };
    return "  dc_missing=''\n" + ((stack1 = lookupProperty(helpers, "each").call(depth0 != null ? depth0 : container.nullContext || {}, lookupProperty(depth0, "upVariables"), { "name": "each", "hash": {}, "fn": container.program(14, data, 0), "inverse": container.noop, "data": data, "loc": { "start": { "line": 424, "column": 0 }, "end": { "line": 426, "column": 9 } } })) != null ? stack1 : "") + "  dc_check_missing\n";
  },
  "14": function(container, depth0, helpers, partials, data) {
    var stack1, alias1 = depth0 != null ? depth0 : container.nullContext || {}, lookupProperty = container.lookupProperty || function(parent, propertyName) {
      if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
        return parent[propertyName];
      }
      return void 0;
    };
    return '  [ -n "${' + ((stack1 = lookupProperty(helpers, "shVar").call(alias1, depth0, { "name": "shVar", "hash": {}, "data": data, "loc": { "start": { "line": 425, "column": 11 }, "end": { "line": 425, "column": 27 } } })) != null ? stack1 : "") + '+x}" ] || dc_missing="$dc_missing ' + ((stack1 = lookupProperty(helpers, "shVar").call(alias1, depth0, { "name": "shVar", "hash": {}, "data": data, "loc": { "start": { "line": 425, "column": 62 }, "end": { "line": 425, "column": 76 } } })) != null ? stack1 : "") + '"\n';
  },
  "15": function(container, depth0, helpers, partials, data) {
    return "  dc_ops\n";
  },
  "16": function(container, depth0, helpers, partials, data) {
    var stack1, lookupProperty = container.lookupProperty || function(parent, propertyName) {
      if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
        return parent[propertyName];
      }
      return void 0;
    };
    return '  "$dc_engine" volume create --label "$dc_label" ' + ((stack1 = lookupProperty(helpers, "sh").call(depth0 != null ? depth0 : container.nullContext || {}, depth0, { "name": "sh", "hash": {}, "data": data, "loc": { "start": { "line": 439, "column": 49 }, "end": { "line": 439, "column": 60 } } })) != null ? stack1 : "") + " >/dev/null\n";
  },
  "17": function(container, depth0, helpers, partials, data) {
    var stack1, lookupProperty = container.lookupProperty || function(parent, propertyName) {
      if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
        return parent[propertyName];
      }
      return void 0;
    };
    return (stack1 = container.invokePartial(lookupProperty(partials, "pull"), depth0, { "name": "pull", "data": data, "helpers": helpers, "partials": partials, "decorators": container.decorators })) != null ? stack1 : "";
  },
  "18": function(container, depth0, helpers, partials, data) {
    var stack1, lookupProperty = container.lookupProperty || function(parent, propertyName) {
      if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
        return parent[propertyName];
      }
      return void 0;
    };
    return " \\\n    " + ((stack1 = lookupProperty(helpers, "sh").call(depth0 != null ? depth0 : container.nullContext || {}, depth0, { "name": "sh", "hash": {}, "data": data, "loc": { "start": { "line": 446, "column": 4 }, "end": { "line": 446, "column": 15 } } })) != null ? stack1 : "");
  },
  "19": function(container, depth0, helpers, partials, data) {
    var stack1, alias1 = depth0 != null ? depth0 : container.nullContext || {}, lookupProperty = container.lookupProperty || function(parent, propertyName) {
      if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
        return parent[propertyName];
      }
      return void 0;
    };
    return "  dc_say starting " + ((stack1 = lookupProperty(helpers, "sh").call(alias1, lookupProperty(depth0, "name"), { "name": "sh", "hash": {}, "data": data, "loc": { "start": { "line": 448, "column": 18 }, "end": { "line": 448, "column": 29 } } })) != null ? stack1 : "") + '\n  "$dc_engine" run --detach' + ((stack1 = lookupProperty(helpers, "each").call(alias1, lookupProperty(depth0, "run"), { "name": "each", "hash": {}, "fn": container.program(18, data, 0), "inverse": container.noop, "data": data, "loc": { "start": { "line": 449, "column": 27 }, "end": { "line": 450, "column": 24 } } })) != null ? stack1 : "") + " >/dev/null\n";
  },
  "20": function(container, depth0, helpers, partials, data) {
    var stack1, lookupProperty = container.lookupProperty || function(parent, propertyName) {
      if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
        return parent[propertyName];
      }
      return void 0;
    };
    return "  dc_check_running" + ((stack1 = lookupProperty(helpers, "each").call(depth0 != null ? depth0 : container.nullContext || {}, lookupProperty(depth0, "services"), { "name": "each", "hash": {}, "fn": container.program(21, data, 0), "inverse": container.noop, "data": data, "loc": { "start": { "line": 453, "column": 18 }, "end": { "line": 453, "column": 62 } } })) != null ? stack1 : "") + "\n";
  },
  "21": function(container, depth0, helpers, partials, data) {
    var stack1, lookupProperty = container.lookupProperty || function(parent, propertyName) {
      if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
        return parent[propertyName];
      }
      return void 0;
    };
    return " " + ((stack1 = lookupProperty(helpers, "sh").call(depth0 != null ? depth0 : container.nullContext || {}, lookupProperty(depth0, "container"), { "name": "sh", "hash": {}, "data": data, "loc": { "start": { "line": 453, "column": 37 }, "end": { "line": 453, "column": 53 } } })) != null ? stack1 : "");
  },
  "22": function(container, depth0, helpers, partials, data) {
    var stack1, lookupProperty = container.lookupProperty || function(parent, propertyName) {
      if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
        return parent[propertyName];
      }
      return void 0;
    };
    return ((stack1 = lookupProperty(helpers, "each").call(depth0 != null ? depth0 : container.nullContext || {}, lookupProperty(depth0, "services"), { "name": "each", "hash": {}, "fn": container.program(23, data, 0), "inverse": container.noop, "data": data, "loc": { "start": { "line": 456, "column": 0 }, "end": { "line": 458, "column": 9 } } })) != null ? stack1 : "") + '  dc_wait "$dc_no_wait"\n';
  },
  "23": function(container, depth0, helpers, partials, data) {
    var stack1, lookupProperty = container.lookupProperty || function(parent, propertyName) {
      if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
        return parent[propertyName];
      }
      return void 0;
    };
    return "  dc_wait_add " + ((stack1 = lookupProperty(helpers, "sh").call(depth0 != null ? depth0 : container.nullContext || {}, lookupProperty(depth0, "wait"), { "name": "sh", "hash": {}, "data": data, "loc": { "start": { "line": 457, "column": 14 }, "end": { "line": 457, "column": 25 } } })) != null ? stack1 : "") + "\n";
  },
  "24": function(container, depth0, helpers, partials, data) {
    var stack1, alias1 = depth0 != null ? depth0 : container.nullContext || {}, lookupProperty = container.lookupProperty || function(parent, propertyName) {
      if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
        return parent[propertyName];
      }
      return void 0;
    };
    return "  dc_drone_vars\n" + ((stack1 = lookupProperty(helpers, "if").call(alias1, lookupProperty(depth0, "buildVariables"), { "name": "if", "hash": {}, "fn": container.program(25, data, 0), "inverse": container.noop, "data": data, "loc": { "start": { "line": 468, "column": 0 }, "end": { "line": 474, "column": 7 } } })) != null ? stack1 : "") + ((stack1 = lookupProperty(helpers, "if").call(alias1, lookupProperty(depth0, "operations"), { "name": "if", "hash": {}, "fn": container.program(15, data, 0), "inverse": container.noop, "data": data, "loc": { "start": { "line": 475, "column": 0 }, "end": { "line": 477, "column": 7 } } })) != null ? stack1 : "") + "  dc_need_up\n" + ((stack1 = lookupProperty(helpers, "each").call(alias1, lookupProperty(depth0, "build"), { "name": "each", "hash": {}, "fn": container.program(26, data, 0), "inverse": container.noop, "data": data, "loc": { "start": { "line": 479, "column": 0 }, "end": { "line": 485, "column": 9 } } })) != null ? stack1 : "");
  },
  "25": function(container, depth0, helpers, partials, data) {
    var stack1, lookupProperty = container.lookupProperty || function(parent, propertyName) {
      if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
        return parent[propertyName];
      }
      return void 0;
    };
    return "  dc_missing=''\n" + ((stack1 = lookupProperty(helpers, "each").call(depth0 != null ? depth0 : container.nullContext || {}, lookupProperty(depth0, "buildVariables"), { "name": "each", "hash": {}, "fn": container.program(14, data, 0), "inverse": container.noop, "data": data, "loc": { "start": { "line": 470, "column": 0 }, "end": { "line": 472, "column": 9 } } })) != null ? stack1 : "") + "  dc_check_missing\n";
  },
  "26": function(container, depth0, helpers, partials, data) {
    var stack1, alias1 = depth0 != null ? depth0 : container.nullContext || {}, lookupProperty = container.lookupProperty || function(parent, propertyName) {
      if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
        return parent[propertyName];
      }
      return void 0;
    };
    return ((stack1 = container.invokePartial(lookupProperty(partials, "pull"), depth0, { "name": "pull", "data": data, "helpers": helpers, "partials": partials, "decorators": container.decorators })) != null ? stack1 : "") + "  dc_say build: " + ((stack1 = lookupProperty(helpers, "sh").call(alias1, lookupProperty(depth0, "name"), { "name": "sh", "hash": {}, "data": data, "loc": { "start": { "line": 481, "column": 16 }, "end": { "line": 481, "column": 27 } } })) != null ? stack1 : "") + "\n  dc_remove container " + ((stack1 = lookupProperty(helpers, "sh").call(alias1, lookupProperty(depth0, "container"), { "name": "sh", "hash": {}, "data": data, "loc": { "start": { "line": 482, "column": 22 }, "end": { "line": 482, "column": 38 } } })) != null ? stack1 : "") + '\n  "$dc_engine" run --rm' + ((stack1 = lookupProperty(helpers, "each").call(alias1, lookupProperty(depth0, "run"), { "name": "each", "hash": {}, "fn": container.program(18, data, 0), "inverse": container.noop, "data": data, "loc": { "start": { "line": 483, "column": 23 }, "end": { "line": 484, "column": 24 } } })) != null ? stack1 : "") + "\n";
  },
  "27": function(container, depth0, helpers, partials, data) {
    var stack1, lookupProperty = container.lookupProperty || function(parent, propertyName) {
      if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
        return parent[propertyName];
      }
      return void 0;
    };
    return "  dc_say " + ((stack1 = lookupProperty(helpers, "sh").call(depth0 != null ? depth0 : container.nullContext || {}, lookupProperty(depth0, "sourceWord"), { "name": "sh", "hash": {}, "data": data, "loc": { "start": { "line": 487, "column": 9 }, "end": { "line": 487, "column": 26 } } })) != null ? stack1 : "") + " has no build: section\n  exit 2\n";
  },
  "28": function(container, depth0, helpers, partials, data) {
    var stack1, alias1 = depth0 != null ? depth0 : container.nullContext || {}, lookupProperty = container.lookupProperty || function(parent, propertyName) {
      if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
        return parent[propertyName];
      }
      return void 0;
    };
    return "  printf '== %s\\n' " + ((stack1 = lookupProperty(helpers, "sh").call(alias1, lookupProperty(depth0, "name"), { "name": "sh", "hash": {}, "data": data, "loc": { "start": { "line": 512, "column": 19 }, "end": { "line": 512, "column": 30 } } })) != null ? stack1 : "") + '\n  "$dc_engine" logs ' + ((stack1 = lookupProperty(helpers, "sh").call(alias1, lookupProperty(depth0, "container"), { "name": "sh", "hash": {}, "data": data, "loc": { "start": { "line": 513, "column": 20 }, "end": { "line": 513, "column": 36 } } })) != null ? stack1 : "") + " 2>&1\n";
  },
  "compiler": [8, ">= 4.3.0"],
  "main": function(container, depth0, helpers, partials, data, blockParams, depths) {
    var stack1, alias1 = depth0 != null ? depth0 : container.nullContext || {}, lookupProperty = container.lookupProperty || function(parent, propertyName) {
      if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
        return parent[propertyName];
      }
      return void 0;
    };
    return "#!/bin/sh\n# Code generated by drone-compose from " + ((stack1 = lookupProperty(helpers, "comment").call(alias1, lookupProperty(depth0, "source"), { "name": "comment", "hash": {}, "data": data, "loc": { "start": { "line": 18, "column": 39 }, "end": { "line": 18, "column": 57 } } })) != null ? stack1 : "") + "; DO NOT EDIT.\n#\n# The services of " + ((stack1 = lookupProperty(helpers, "comment").call(alias1, lookupProperty(depth0, "source"), { "name": "comment", "hash": {}, "data": data, "loc": { "start": { "line": 20, "column": 18 }, "end": { "line": 20, "column": 36 } } })) != null ? stack1 : "") + " in one network namespace, as Drone 0.4 ran them.\n#   up                  start the services; reach them at 127.0.0.1 from run and build\n#   build               run the build commands in the namespace\n#   run IMAGE [CMD...]  run a one-off container in the namespace, in the workspace\n#   logs [SERVICE]      print the services' logs\n#   ps                  list the containers\n#   down                remove every container and the volume\n# Environment: DRONE_COMPOSE_PROJECT prefixes container and volume names;\n# DRONE_COMPOSE_WORKSPACE is the folder mounted at " + ((stack1 = lookupProperty(helpers, "sh").call(alias1, lookupProperty(depth0, "repoPath"), { "name": "sh", "hash": {}, "data": data, "loc": { "start": { "line": 28, "column": 51 }, "end": { "line": 28, "column": 66 } } })) != null ? stack1 : "") + ";\n# DRONE_COMPOSE_ENGINE is the container engine's command: docker (the default) or podman.\nset -eu\n\ndc_project=${DRONE_COMPOSE_PROJECT:-" + ((stack1 = lookupProperty(helpers, "sh").call(alias1, lookupProperty(depth0, "project"), { "name": "sh", "hash": {}, "data": data, "loc": { "start": { "line": 32, "column": 36 }, "end": { "line": 32, "column": 51 } } })) != null ? stack1 : "") + '}\n# Folder names are data: each is only ever expanded inside double quotes, and the `x` keeps trailing newlines.\ndc_here=$(dirname -- "$0" && echo x)\ndc_here=$(CDPATH=\'\' cd -- "${dc_here%?x}" && pwd && echo x)\ndc_here=${dc_here%?x}\ndc_relative=' + ((stack1 = lookupProperty(helpers, "sh").call(alias1, lookupProperty(depth0, "workspaceDir"), { "name": "sh", "hash": {}, "data": data, "loc": { "start": { "line": 37, "column": 12 }, "end": { "line": 37, "column": 31 } } })) != null ? stack1 : "") + '\ndc_holder="$dc_project"-' + ((stack1 = lookupProperty(helpers, "sh").call(alias1, lookupProperty(depth0, "holderName"), { "name": "sh", "hash": {}, "data": data, "loc": { "start": { "line": 38, "column": 24 }, "end": { "line": 38, "column": 41 } } })) != null ? stack1 : "") + `
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
    dc_say "not set, but referenced with \\$\\$NAME in" ` + ((stack1 = lookupProperty(helpers, "sh").call(alias1, lookupProperty(depth0, "sourceWord"), { "name": "sh", "hash": {}, "data": data, "loc": { "start": { "line": 247, "column": 54 }, "end": { "line": 247, "column": 71 } } })) != null ? stack1 : "") + ` "(set them first):$dc_missing"
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
    DOCKER_CONFIG=$dc_config REGISTRY_AUTH_FILE=$dc_config/auth.json "$dc_engine" pull "$1"; then
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
  [ -n "\${DRONE_REPO+x}" ] || DRONE_REPO=` + ((stack1 = lookupProperty(helpers, "sh").call(alias1, lookupProperty(depth0, "repoName"), { "name": "sh", "hash": {}, "data": data, "loc": { "start": { "line": 305, "column": 41 }, "end": { "line": 305, "column": 56 } } })) != null ? stack1 : "") + '\n  [ -n "${DRONE_COMMIT+x}" ] || DRONE_COMMIT=$(dc_git rev-parse --verify --quiet HEAD || true)\n  [ -n "${DRONE_BRANCH+x}" ] || DRONE_BRANCH=$(dc_git symbolic-ref --quiet --short HEAD || true)\n  [ -n "${DRONE_TAG+x}" ] || DRONE_TAG=$(dc_git describe --tags --exact-match HEAD || true)\n  [ -n "${DRONE_BUILD_NUMBER+x}" ] || DRONE_BUILD_NUMBER=0\n  [ -n "${DRONE_PULL_REQUEST+x}" ] || DRONE_PULL_REQUEST=\'\'\n  [ -n "${DRONE_JOB_NUMBER+x}" ] || DRONE_JOB_NUMBER=1\n  [ -n "${CI_BUILD_URL+x}" ] || CI_BUILD_URL=\'\'\n  [ -n "${BUILD_NUMBER+x}" ] || BUILD_NUMBER=$DRONE_BUILD_NUMBER\n  [ -n "${COMMIT+x}" ] || COMMIT=$DRONE_COMMIT\n  [ -n "${BRANCH+x}" ] || BRANCH=$DRONE_BRANCH\n  [ -n "${TAG+x}" ] || TAG=$DRONE_TAG\n  # shellcheck disable=SC2034 # read where the file writes $$CI, $$DRONE_DIR, $$CI_BRANCH, ...\n  CI=true CI_NAME=drone DRONE=true DRONE_DIR=' + ((stack1 = lookupProperty(helpers, "sh").call(alias1, lookupProperty(depth0, "repoPath"), { "name": "sh", "hash": {}, "data": data, "loc": { "start": { "line": 318, "column": 45 }, "end": { "line": 318, "column": 60 } } })) != null ? stack1 : "") + " CI_BUILD_DIR=" + ((stack1 = lookupProperty(helpers, "sh").call(alias1, lookupProperty(depth0, "repoPath"), { "name": "sh", "hash": {}, "data": data, "loc": { "start": { "line": 318, "column": 74 }, "end": { "line": 318, "column": 89 } } })) != null ? stack1 : "") + " CI_REPO=$DRONE_REPO \\\n    CI_BRANCH=$DRONE_BRANCH CI_COMMIT=$DRONE_COMMIT CI_BUILD_NUMBER=$DRONE_BUILD_NUMBER \\\n    CI_PULL_REQUEST=$DRONE_PULL_REQUEST CI_JOB_NUMBER=$DRONE_JOB_NUMBER CI_TAG=$DRONE_TAG\n}\n" + ((stack1 = lookupProperty(helpers, "if").call(alias1, lookupProperty(depth0, "operations"), { "name": "if", "hash": {}, "fn": container.program(7, data, 0, blockParams, depths), "inverse": container.noop, "data": data, "loc": { "start": { "line": 322, "column": 0 }, "end": { "line": 388, "column": 7 } } })) != null ? stack1 : "") + '\ndc_need_up() {\n  if ! "$dc_engine" container inspect "$dc_holder" >/dev/null 2>&1; then\n    dc_say "the services are not up; run: $0 up"\n    exit 1\n  fi\n}\n\ndc_down() {\n' + ((stack1 = lookupProperty(helpers, "if").call(alias1, lookupProperty(depth0, "buildContainers"), { "name": "if", "hash": {}, "fn": container.program(9, data, 0, blockParams, depths), "inverse": container.noop, "data": data, "loc": { "start": { "line": 398, "column": 0 }, "end": { "line": 400, "column": 7 } } })) != null ? stack1 : "") + ((stack1 = lookupProperty(helpers, "each").call(alias1, lookupProperty(depth0, "servicesReversed"), { "name": "each", "hash": {}, "fn": container.program(10, data, 0, blockParams, depths), "inverse": container.noop, "data": data, "loc": { "start": { "line": 401, "column": 0 }, "end": { "line": 403, "column": 9 } } })) != null ? stack1 : "") + '  dc_remove container "$dc_holder"\n  dc_remove volume "$dc_volume"' + ((stack1 = lookupProperty(helpers, "each").call(alias1, lookupProperty(depth0, "volumes"), { "name": "each", "hash": {}, "fn": container.program(11, data, 0, blockParams, depths), "inverse": container.noop, "data": data, "loc": { "start": { "line": 405, "column": 31 }, "end": { "line": 405, "column": 69 } } })) != null ? stack1 : "") + '\n}\n\ndc_up() {\n  dc_no_wait=${DRONE_COMPOSE_NO_WAIT:-0}\n  for dc_arg in "$@"; do\n    case $dc_arg in\n      --no-wait) dc_no_wait=1 ;;\n      *)\n        dc_usage >&2\n        exit 2\n        ;;\n    esac\n  done\n' + ((stack1 = lookupProperty(helpers, "if").call(alias1, lookupProperty(depth0, "upDefines"), { "name": "if", "hash": {}, "fn": container.program(12, data, 0, blockParams, depths), "inverse": container.noop, "data": data, "loc": { "start": { "line": 419, "column": 0 }, "end": { "line": 421, "column": 7 } } })) != null ? stack1 : "") + ((stack1 = lookupProperty(helpers, "if").call(alias1, lookupProperty(depth0, "upVariables"), { "name": "if", "hash": {}, "fn": container.program(13, data, 0, blockParams, depths), "inverse": container.noop, "data": data, "loc": { "start": { "line": 422, "column": 0 }, "end": { "line": 428, "column": 7 } } })) != null ? stack1 : "") + ((stack1 = lookupProperty(helpers, "if").call(alias1, lookupProperty(depth0, "operations"), { "name": "if", "hash": {}, "fn": container.program(15, data, 0, blockParams, depths), "inverse": container.noop, "data": data, "loc": { "start": { "line": 429, "column": 0 }, "end": { "line": 431, "column": 7 } } })) != null ? stack1 : "") + `  dc_down
  dc_starting=1
  trap 'dc_wait_cleanup; if [ "$dc_starting" = 1 ]; then dc_say "up failed; removing what it started"; dc_down; fi' EXIT
  trap 'exit 130' INT
  trap 'exit 143' TERM
  "$dc_engine" volume create --label "$dc_label" "$dc_volume" >/dev/null
` + ((stack1 = lookupProperty(helpers, "each").call(alias1, lookupProperty(depth0, "volumes"), { "name": "each", "hash": {}, "fn": container.program(16, data, 0, blockParams, depths), "inverse": container.noop, "data": data, "loc": { "start": { "line": 438, "column": 0 }, "end": { "line": 440, "column": 9 } } })) != null ? stack1 : "") + ((stack1 = lookupProperty(helpers, "each").call(alias1, lookupProperty(depth0, "services"), { "name": "each", "hash": {}, "fn": container.program(17, data, 0, blockParams, depths), "inverse": container.noop, "data": data, "loc": { "start": { "line": 441, "column": 0 }, "end": { "line": 443, "column": 9 } } })) != null ? stack1 : "") + '  dc_say "starting the namespace holder"\n  "$dc_engine" run --detach' + ((stack1 = lookupProperty(helpers, "each").call(alias1, lookupProperty(depth0, "holder"), { "name": "each", "hash": {}, "fn": container.program(18, data, 0, blockParams, depths), "inverse": container.noop, "data": data, "loc": { "start": { "line": 445, "column": 27 }, "end": { "line": 446, "column": 24 } } })) != null ? stack1 : "") + " >/dev/null\n" + ((stack1 = lookupProperty(helpers, "each").call(alias1, lookupProperty(depth0, "services"), { "name": "each", "hash": {}, "fn": container.program(19, data, 0, blockParams, depths), "inverse": container.noop, "data": data, "loc": { "start": { "line": 447, "column": 0 }, "end": { "line": 451, "column": 9 } } })) != null ? stack1 : "") + ((stack1 = lookupProperty(helpers, "if").call(alias1, lookupProperty(depth0, "services"), { "name": "if", "hash": {}, "fn": container.program(20, data, 0, blockParams, depths), "inverse": container.noop, "data": data, "loc": { "start": { "line": 452, "column": 0 }, "end": { "line": 454, "column": 7 } } })) != null ? stack1 : "") + ((stack1 = lookupProperty(helpers, "if").call(alias1, lookupProperty(depth0, "services"), { "name": "if", "hash": {}, "fn": container.program(22, data, 0, blockParams, depths), "inverse": container.noop, "data": data, "loc": { "start": { "line": 455, "column": 0 }, "end": { "line": 460, "column": 7 } } })) != null ? stack1 : "") + "  dc_starting=0\n  trap - EXIT INT TERM\n}\n\ndc_build() {\n" + ((stack1 = lookupProperty(helpers, "if").call(alias1, lookupProperty(depth0, "build"), { "name": "if", "hash": {}, "fn": container.program(24, data, 0, blockParams, depths), "inverse": container.program(27, data, 0, blockParams, depths), "data": data, "loc": { "start": { "line": 466, "column": 0 }, "end": { "line": 489, "column": 7 } } })) != null ? stack1 : "") + `}

dc_run() {
  if [ $# -eq 0 ]; then
    dc_usage >&2
    exit 2
  fi
  dc_need_up
  dc_drone_vars
  dc_tty=''
  if [ -t 0 ] && [ -t 1 ]; then dc_tty=--tty; fi
  "$dc_engine" run --rm --interactive \${dc_tty:+"$dc_tty"}` + ((stack1 = lookupProperty(helpers, "each").call(alias1, lookupProperty(depth0, "runFlags"), { "name": "each", "hash": {}, "fn": container.program(18, data, 0, blockParams, depths), "inverse": container.noop, "data": data, "loc": { "start": { "line": 501, "column": 58 }, "end": { "line": 502, "column": 24 } } })) != null ? stack1 : "") + ' \\\n    "$@"\n}\n\ndc_logs() {\n  if [ $# -gt 0 ]; then\n    "$dc_engine" logs "$dc_project-$1"\n    return\n  fi\n' + ((stack1 = lookupProperty(helpers, "each").call(alias1, lookupProperty(depth0, "services"), { "name": "each", "hash": {}, "fn": container.program(28, data, 0, blockParams, depths), "inverse": container.noop, "data": data, "loc": { "start": { "line": 511, "column": 0 }, "end": { "line": 514, "column": 9 } } })) != null ? stack1 : "") + '}\n\ndc_verb=${1:-}\n[ $# -eq 0 ] || shift\ncase $dc_verb in\n  up) dc_find_workspace; dc_up "$@" ;;\n  down) dc_down ;;\n  build) dc_find_workspace; dc_build ;;\n  run) dc_find_workspace; dc_run "$@" ;;\n  logs) dc_logs "$@" ;;\n  ps) "$dc_engine" ps --all --filter "label=$dc_label" ;;\n  help | -h | --help) dc_usage ;;\n  *)\n    dc_usage >&2\n    exit 2\n    ;;\nesac\n';
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
    fn = decorator(fn, props, container, { "name": "inline", "hash": {}, "fn": container.program(0, data, 0, blockParams, depths), "inverse": container.noop, "args": ["pull"], "data": data, "loc": { "start": { "line": 2, "column": 0 }, "end": { "line": 17, "column": 11 } } }) || fn;
    return fn;
  },
  "useDecorators": true,
  "usePartial": true,
  "useData": true,
  "useDepths": true
};

// src/emit/quote.ts
var SAFE = /^[A-Za-z0-9_@%+=:,./-]+$/;
var IDENTIFIER = /^[A-Za-z_][A-Za-z0-9_]*$/;
function shellWord(word) {
  let out = "";
  for (const p of word) {
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

// src/emit/render.ts
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
env.registerHelper("shVar", (x) => shellName(x));
env.registerHelper("sh", (x) => {
  if (x.length > 0 && Array.isArray(x[0])) return x.map(shellWord).join(" ");
  return shellWord(x);
});
env.registerHelper("yaml", (x) => yamlValue(x));
env.registerHelper("yamlKey", (x) => yamlKey(x));
env.registerHelper("comment", (x) => commentText(x));
env.registerHelper("int", (x) => {
  if (!Number.isSafeInteger(x) || x < 0) throw new Error(`not a whole number: ${String(x)}`);
  return String(x);
});
var compiled = /* @__PURE__ */ new Map();
function render(name, view) {
  let t = compiled.get(name);
  if (!t) {
    t = env.template(templates_exports[name]);
    compiled.set(name, t);
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
            diags.error("invalid-value", `\`${text.slice(at, close + 1)}\` is not an operation Drone 0.4 knew`, span, OPERATIONS_HINT);
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
        "invalid-value",
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
function composeDefault(name, project) {
  if (name === "DRONE_REPO") return repoName(project.repo);
  if (name === "DRONE_BUILD_NUMBER") return "0";
  if (name === "DRONE_JOB_NUMBER") return "1";
  return "";
}
function repoName(repo) {
  const parts = repo.split("/");
  return parts.length >= 3 ? parts.slice(1).join("/") : repo;
}
function buildEnvironment(project, target) {
  const read = (name) => target === "sh" ? [{ env: name }] : [{ env: name, op: { op: "default", word: composeDefault(name, project) } }];
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
  if (Array.isArray(x)) for (const item of x) references(item, into);
  else if (x !== null && typeof x === "object") {
    const env2 = x.env;
    if (typeof env2 === "string") into.push(x);
    else for (const v of Object.values(x)) references(v, into);
  }
  return into;
}
function requiredVariables(x) {
  const names = /* @__PURE__ */ new Set();
  for (const r of references(x)) if (needsValue(r) && !definedByScript(r.env)) names.add(r.env);
  return [...names].sort();
}
function usesRuntimeVariables(x) {
  return references(x).some((r) => definedByScript(r.env));
}

// src/emit/compose.ts
var HOLDER = HOLDER_NAME;
function composeRelative(path) {
  return path === "." || path === ".." || path.startsWith("./") || path.startsWith("../") ? path : `./${path}`;
}
function workspaceRelative(p, host) {
  const [first, ...rest] = host;
  if (typeof first !== "string") return host;
  if (rest.length > 0) return p.workspaceDir === "." ? host : [composeRelative(`${p.workspaceDir}/${first}`), ...rest];
  return [composeRelative(import_node_path.posix.normalize(import_node_path.posix.join(p.workspaceDir, first)))];
}
function commonVolumes(p) {
  return [["drone:/drone"], [`${composeRelative(p.workspaceDir)}:${p.workspacePath}`]];
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
function containerView(c, env2, p, common, at) {
  const volumes = [...common];
  for (const m of c.volumes) {
    const host = m.volume !== void 0 ? [m.volume] : m.relative ? workspaceRelative(p, m.host) : m.host;
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
function emitCompose(p) {
  const common = commonVolumes(p);
  const services = p.services.map((s, i) => ({
    ...containerView(s, s.environment, p, common, { dependsOn: i === 0 ? [HOLDER] : [HOLDER, p.services[i - 1].name] }),
    healthcheck: s.healthcheck ? healthView(s.healthcheck) : void 0
  }));
  const holderCheck = holderHealth(p);
  const after = buildDependencies(p, holderCheck !== void 0);
  const build = p.build.map((s) => ({
    ...containerView(s, mergeEnvironment(buildEnvironment(p, "compose"), s.environment), p, common, { dependsOn: [], profile: ["build"] }),
    conditions: after,
    entrypoint: [["/bin/sh"], ["-e"], ["-c"]],
    command: [buildScript(s)],
    workingDir: [p.workspacePath]
  }));
  const holder = p.holder;
  return render("compose", {
    source: p.source,
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
  });
}

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
    flag("--volume", [VOLUME, ":/drone"]),
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
function serviceView(c, common, ops) {
  const { flags, image, args } = containerFlags(c, c.environment, common, ops);
  if (c.healthcheck) for (const line of healthFlags(c.healthcheck)) flags.push(line);
  flags.push([image, ...args]);
  return { name: [c.name], container: [PROJECT, `-${c.name}`], pull: pull(c, ops), run: flags, wait: waitLine(c) };
}
function stepView(s, p, common, ops) {
  const env2 = mergeEnvironment(buildEnvironment(p, "sh"), s.environment);
  const { flags, image } = containerFlags(s, env2, common, ops);
  const script = ops.word(buildScript(s));
  return {
    name: [s.name],
    container: [PROJECT, `-${s.name}`],
    pull: pull(s, ops),
    run: [...flags, flag("--workdir", [p.workspacePath]), flag("--entrypoint", ["/bin/sh"]), [image, ["-e"], ["-c"], script]]
  };
}
function emitSh(p) {
  const holderFlags = [flag("--name", [HOLDER2]), flag("--label", [LABEL]), flag("--init")];
  if (p.holder.network) holderFlags.push(flag("--network", [p.holder.network]));
  const ops = new Operations();
  for (const d of p.holder.dns) holderFlags.push(flag("--dns", ops.word(d)));
  for (const h of p.holder.extraHosts) holderFlags.push(flag("--add-host", [`${h.host}:${h.address}`]));
  holderFlags.push(flag("--entrypoint", ["sleep"]), [[p.holder.image], ["2147483647"]]);
  const common = commonFlags(p);
  const services = p.services.map((s) => serviceView(s, common, ops));
  const build = p.build.map((s) => stepView(s, p, common, ops));
  const upUses = [p.holder, p.services];
  return render("sh", {
    source: p.source,
    // The input's path is repository content: the script says it with its control characters escaped.
    sourceWord: [visible(p.source)],
    holderName: [HOLDER_NAME],
    project: [p.name],
    repoName: [repoName(p.repo)],
    repoPath: [p.workspacePath],
    workspaceDir: [p.workspaceDir],
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
      ...buildEnvironment(p, "sh").map((e) => flag("--env", [`${e.name}=`, ...e.value]))
    ]
  });
}

// src/lower/image.ts
var DOMAIN_COMPONENT = "(?:[a-zA-Z0-9]|[a-zA-Z0-9][a-zA-Z0-9-]*[a-zA-Z0-9])";
var DOMAIN = `(?:${DOMAIN_COMPONENT}(?:\\.${DOMAIN_COMPONENT})*|\\[[a-fA-F0-9:]+\\])(?::[0-9]+)?`;
var PATH_COMPONENT = "[a-z0-9]+(?:(?:[._]|__|[-]+)[a-z0-9]+)*";
var TAG = "[\\w][\\w.-]{0,127}";
var DIGEST = "[A-Za-z][A-Za-z0-9]*(?:[-_+.][A-Za-z][A-Za-z0-9]*)*:[0-9a-fA-F]{32,}";
var REFERENCE = new RegExp(`^(?:(${DOMAIN})/)?(${PATH_COMPONENT}(?:/${PATH_COMPONENT})*)(?::(${TAG}))?(?:@(${DIGEST}))?$`);
var DIGEST_LENGTHS = { sha256: 64, sha384: 96, sha512: 128 };
function parseImage(text) {
  if (text === "") return { error: "the image reference is empty" };
  if (text.length > 255 + 129 + 80) return { error: "the image reference is too long" };
  if (/\s/.test(text)) return { error: "an image reference cannot contain blanks" };
  const m = REFERENCE.exec(text);
  if (!m) return { error: describe(text) };
  let [, domain, path, tag, digest] = m;
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
  if (/:[^/]*$/.test(text.split("@")[0]) && !new RegExp(`:${TAG}(@|$)`).test(text)) {
    return "a tag may only contain letters, digits, `_`, `.` and `-` (at most 128, not starting with `.` or `-`)";
  }
  return "it does not follow Docker's reference grammar ([registry/]name[:tag][@digest], lowercase name)";
}

// src/bin/lazy-bundle.ts
var loadCheck = async () => require("./check.cjs");
var loadChildProcess = async () => require("node:child_process");
var loadFullReader = () => require("./yaml.cjs");

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
var LocTable = class {
  ptrs = [];
  offsets = new Int32Array(4 * 1024);
  raws = /* @__PURE__ */ new Map();
  index;
  /** Records where the value at `ptr` is (`keyStart` -1 when it has no key); returns an id for `setEnd`. */
  add(ptr, keyStart, keyEnd, valueStart, valueEnd, raw) {
    const id = this.ptrs.length;
    if (4 * id >= this.offsets.length) {
      const grown = new Int32Array(this.offsets.length * 2);
      grown.set(this.offsets);
      this.offsets = grown;
    }
    const o = this.offsets;
    o[4 * id] = keyStart;
    o[4 * id + 1] = keyEnd;
    o[4 * id + 2] = valueStart;
    o[4 * id + 3] = valueEnd;
    if (raw !== void 0) this.raws.set(id, raw);
    this.ptrs.push(ptr);
    this.index?.set(ptr, id);
    return id;
  }
  /** Sets where a value recorded by `add` ends (a block's end is known when it closes). */
  setEnd(id, valueEnd) {
    this.offsets[4 * id + 3] = valueEnd;
  }
  get(ptr) {
    const id = this.lookup().get(ptr);
    return id === void 0 ? void 0 : this.loc(id);
  }
  has(ptr) {
    return this.lookup().has(ptr);
  }
  keys() {
    return this.lookup().keys();
  }
  *[Symbol.iterator]() {
    for (const [ptr, id] of this.lookup()) yield [ptr, this.loc(id)];
  }
  /** The index by pointer; a pointer recorded again (a duplicate key) names its latest location. */
  lookup() {
    if (!this.index) {
      this.index = /* @__PURE__ */ new Map();
      for (let id = 0; id < this.ptrs.length; id++) this.index.set(this.ptrs[id], id);
    }
    return this.index;
  }
  loc(id) {
    const o = this.offsets;
    const value = [o[4 * id + 2], o[4 * id + 3]];
    const raw = this.raws.get(id);
    const keyStart = o[4 * id];
    if (keyStart < 0) return raw === void 0 ? { value } : { value, raw };
    const key = [keyStart, o[4 * id + 1]];
    return raw === void 0 ? { key, value } : { key, value, raw };
  }
};

// src/parse/scalar.ts
var NULL = /^(?:~|[Nn]ull|NULL)?$/;
var TRUE = /^(?:Y|y|[Yy]es|YES|[Tt]rue|TRUE|[Oo]n|ON)$/;
var FALSE = /^(?:N|n|[Nn]o|NO|[Ff]alse|FALSE|[Oo]ff|OFF)$/;
var INT_BIN = /^[-+]?0b[0-1_]+$/;
var INT_OCT = /^[-+]?0[0-7_]+$/;
var INT_DEC = /^[-+]?[0-9][0-9_]*$/;
var INT_HEX = /^[-+]?0x[0-9a-fA-F_]+$/;
var FLOAT_NAN = /^(?:[-+]?\.(?:inf|Inf|INF)|\.nan|\.NaN|\.NAN)$/;
var FLOAT_EXP = /^[-+]?(?:[0-9][0-9_]*)?(?:\.[0-9_]*)?[eE][-+]?[0-9]+$/;
var FLOAT = /^[-+]?(?:[0-9][0-9_]*)?\.[0-9_]*$/;
var INT_TIME = /^[-+]?[0-9][0-9_]*(?::[0-5]?[0-9])+$/;
var FLOAT_TIME = /^[-+]?[0-9][0-9_]*(?::[0-5]?[0-9])+\.[0-9_]*$/;
var TIMESTAMP = /^[0-9]{4}-[0-9]{1,2}-[0-9]{1,2}(?:(?:t|T|[ \t]+)[0-9]{1,2}:[0-9]{1,2}:[0-9]{1,2}(?:\.[0-9]+)?(?:[ \t]*(?:Z|[-+][012]?[0-9](?::[0-9]{2})?))?)?$/;
function surelyString(c) {
  if (c >= 48 && c <= 57) return false;
  switch (c) {
    case 126:
    case 43:
    case 45:
    case 46:
    case 69:
    case 101:
    case 78:
    case 110:
    case 89:
    case 121:
    case 84:
    case 116:
    case 70:
    case 102:
    case 79:
    case 111:
      return false;
    default:
      return true;
  }
}
function signed(text, prefix, radix) {
  const sign = text[0];
  const digits = text.substring(sign === "-" || sign === "+" ? prefix + 1 : prefix).replace(/_/g, "");
  const n = parseInt(digits, radix);
  return sign === "-" ? -1 * n : n;
}
function sexagesimal(text) {
  const sign = text[0];
  const parts = sign === "-" || sign === "+" ? text.substring(1) : text;
  const n = parts.replace(/_/g, "").split(":").reduce((acc, p) => acc * 60 + Number(p), 0);
  return sign === "-" ? -1 * n : n;
}
function resolvePlain(text) {
  if (text.length > 0 && surelyString(text.charCodeAt(0))) return [text, false];
  if (NULL.test(text)) return [null, true];
  if (TRUE.test(text)) return [true, true];
  if (FALSE.test(text)) return [false, true];
  if (INT_BIN.test(text)) return [signed(text, 2, 2), true];
  if (INT_OCT.test(text)) return [signed(text, 1, 8), true];
  if (INT_DEC.test(text)) return [signed(text, 0, 10), true];
  if (INT_HEX.test(text)) return [signed(text, 2, 16), true];
  if (FLOAT_NAN.test(text)) return [text.slice(-3).toLowerCase() === "nan" ? NaN : text[0] === "-" ? -Infinity : Infinity, true];
  if (FLOAT_EXP.test(text) || FLOAT.test(text)) return [parseFloat(text.replace(/_/g, "")), true];
  if (INT_TIME.test(text) || FLOAT_TIME.test(text)) return [sexagesimal(text), true];
  if (TIMESTAMP.test(text)) return [text, true];
  return [text, false];
}
var ESCAPES = {
  "0": "\0",
  a: "\x07",
  b: "\b",
  t: "	",
  "	": "	",
  n: "\n",
  v: "\v",
  f: "\f",
  r: "\r",
  e: "\x1B",
  " ": " ",
  '"': '"',
  "/": "/",
  "\\": "\\",
  N: "\x85",
  _: "\xA0",
  L: "\u2028",
  P: "\u2029"
};
var HEX_LENGTH = { x: 2, u: 4, U: 8 };
function unescapeDouble(body) {
  if (body.indexOf("\\") === -1) return body;
  let out = "";
  for (let i = 0; i < body.length; i++) {
    const c = body[i];
    if (c !== "\\") {
      out += c;
      continue;
    }
    const e = body[++i];
    if (e === void 0) return void 0;
    const simple = ESCAPES[e];
    if (simple !== void 0) {
      out += simple;
      continue;
    }
    const length = HEX_LENGTH[e];
    if (length === void 0) return void 0;
    const hex = body.substr(i + 1, length);
    if (!new RegExp(`^[0-9a-fA-F]{${length}}$`).test(hex)) return void 0;
    const code = parseInt(hex, 16);
    if (code > 1114111) return void 0;
    out += String.fromCodePoint(code);
    i += length;
  }
  return out;
}

// src/parse/block.ts
var UNUSUAL = /[\x00-\x08\x09\x0b-\x1f\x7f-\x9f\u2028\u2029\ufeff\ufffe\uffff\r]/;
var SPACE = 32;
var HASH = 35;
var DASH = 45;
var COLON = 58;
var QUOTE = 39;
var DQUOTE = 34;
var OPEN = 91;
var CLOSE = 93;
var COMMA = 44;
var UNKNOWN_END = -1;
var GiveWay = class extends Error {
};
var giveWay = () => {
  throw new GiveWay();
};
function readBlock(text, limits, lineOf) {
  if (UNUSUAL.test(text)) return void 0;
  const reader = new BlockReader(text, limits, lineOf);
  try {
    return reader.read();
  } catch (e) {
    if (e instanceof GiveWay) return void 0;
    throw e;
  }
}
var BlockReader = class {
  constructor(text, limits, lineOf) {
    this.text = text;
    this.limits = limits;
    this.lineOf = lineOf;
    this.budget = nodeBudget(limits, text.length);
  }
  text;
  limits;
  lineOf;
  locs = new LocTable();
  order = /* @__PURE__ */ new WeakMap();
  duplicates = [];
  stack = [];
  pending;
  root;
  count = 0;
  budget;
  /** Where the next line starts when a scalar took in the lines after its own, else -1. */
  skipTo = -1;
  read() {
    const text = this.text;
    const n = text.length;
    let docStart = false;
    for (let pos = 0; pos < n; ) {
      let lineEnd = text.indexOf("\n", pos);
      if (lineEnd === -1) lineEnd = n;
      const next = lineEnd < n ? lineEnd + 1 : n;
      let c = pos;
      while (c < lineEnd && text.charCodeAt(c) === SPACE) c++;
      if (c < lineEnd) {
        const ch = text.charCodeAt(c);
        if (ch === HASH) this.comment(c - pos, next);
        else if (!this.root && !docStart && c === pos && text.startsWith("---", c) && this.restIsEmpty(c + 3, lineEnd)) docStart = true;
        else this.line(pos, c, lineEnd, next);
      }
      pos = this.skipTo > next ? this.skipTo : next;
      this.skipTo = -1;
    }
    if (!this.root) return void 0;
    if (this.pending) this.nullValue();
    while (this.stack.length > 0) this.close(n);
    const order = this.order;
    return {
      file: { data: this.root.data, locs: this.locs, keys: (mapping) => keysOf(order, mapping) },
      duplicates: this.duplicates
    };
  }
  /** True when the line is empty from `i` on, but for spaces and a comment (which needs a space before it). */
  restIsEmpty(i, lineEnd) {
    const text = this.text;
    if (i < lineEnd && text.charCodeAt(i) !== SPACE) return false;
    while (i < lineEnd && text.charCodeAt(i) === SPACE) i++;
    return i === lineEnd || text.charCodeAt(i) === HASH;
  }
  /**
   * A comment line at column `indent`: part of a pending null's text, taken in by the last scalar or flow list
   * when deeper than its block, or else trailing the innermost block (see close()).
   */
  comment(indent, next) {
    if (this.pending) {
      this.pending.comment = true;
      return;
    }
    const top = this.stack[this.stack.length - 1];
    if (!top) return;
    if (top.trailing < 0 && top.absorbs && indent > top.indent) top.lastEnd = next;
    else if (indent > top.trailing) top.trailing = indent;
  }
  /**
   * A line with content at `c`: settles a pending `key:` or `-` (a nested block, or null), closes the blocks the
   * line is left of, and reads the line as an entry or an item of the block it belongs to.
   */
  line(lineStart, c, lineEnd, next) {
    const text = this.text;
    const indent = c - lineStart;
    if (indent === 0 && (text.startsWith("---", c) || text.startsWith("...", c)) && (c + 3 === lineEnd || text.charCodeAt(c + 3) === SPACE)) giveWay();
    const dash = dashAt(text, c, lineEnd);
    const pending = this.pending;
    if (pending) {
      const parentIndent = pending.frame.indent;
      if (indent > parentIndent || indent === parentIndent && pending.mapKey && dash) {
        this.pending = void 0;
        const frame = this.open(dash, indent, c, pending.ptr, pending.depth, pending.keyStart, pending.keyEnd);
        this.place(pending.frame, pending.name, frame.data);
      } else {
        this.nullValue();
      }
    }
    let top = this.stack[this.stack.length - 1];
    while (top && (top.indent > indent || top.indent === indent && top.list && !dash)) {
      this.close(c);
      top = this.stack[this.stack.length - 1];
    }
    if (!top) {
      if (this.root || indent !== 0) giveWay();
      top = this.root = this.open(dash, indent, c, "", 0, -1, -1);
    }
    if (top.indent !== indent || top.list !== dash) giveWay();
    if (dash) this.item(top, lineStart, c, lineEnd, next);
    else this.entry(top, c, lineEnd, next);
  }
  tick(depth) {
    if (++this.count > this.budget || depth > this.limits.maxDepth) giveWay();
  }
  open(list, indent, start, ptr, depth, keyStart, keyEnd) {
    this.tick(depth);
    const loc = this.locs.add(ptr, keyStart, keyEnd, start, start);
    const data = list ? [] : {};
    const frame = { list, indent, data, keys: void 0, ptr, depth, loc, lastEnd: start, absorbs: false, trailing: -1 };
    this.stack.push(frame);
    return frame;
  }
  /** Closes the innermost block; `groupEnd` is where the text that closed it starts. */
  close(groupEnd) {
    const frame = this.stack.pop();
    if (frame.lastEnd === UNKNOWN_END) giveWay();
    const parent = this.stack[this.stack.length - 1];
    this.locs.setEnd(frame.loc, frame.lastEnd);
    let end = frame.lastEnd;
    if (frame.trailing >= 0) {
      if (frame.indent !== 0 && frame.trailing >= frame.indent) end = groupEnd;
      else if (parent && frame.trailing > parent.trailing) parent.trailing = frame.trailing;
    }
    if (parent) {
      parent.lastEnd = end;
      parent.absorbs = false;
    }
  }
  place(frame, name, value) {
    if (frame.list) frame.data.push(value);
    else define(frame.data, name, value);
  }
  nullValue() {
    const p = this.pending;
    this.pending = void 0;
    this.tick(p.depth);
    this.locs.add(p.ptr, p.keyStart, p.keyEnd, p.at, p.at, "");
    this.place(p.frame, p.name, null);
    p.frame.lastEnd = p.comment ? UNKNOWN_END : p.at;
    p.frame.absorbs = false;
  }
  /** `key: value` or `key:` in a block mapping. */
  entry(frame, c, lineEnd, next) {
    const text = this.text;
    const k = this.key(c, lineEnd) ?? giveWay();
    const [name, keyEnd, after] = k;
    frame.trailing = -1;
    frame.absorbs = false;
    const data = frame.data;
    let keys = frame.keys;
    const ptr = `${frame.ptr}/${pointerKey(name)}`;
    if (Object.prototype.hasOwnProperty.call(data, name)) {
      const earlier = this.locs.get(ptr)?.key ?? giveWay();
      const [message, hint] = duplicateKeyMessage(name, this.lineOf(earlier[0]));
      this.duplicates.push({ message, hint, span: [c, keyEnd] });
      delete data[name];
      keys?.delete(name);
    }
    if (!keys && (name.charCodeAt(0) ^ 48) < 10) {
      keys = frame.keys = new Set(Object.keys(data));
      this.order.set(data, keys);
    }
    keys?.add(name);
    let v = after;
    while (v < lineEnd && text.charCodeAt(v) === SPACE) v++;
    if (v === lineEnd || text.charCodeAt(v) === HASH) {
      this.pending = { frame, name, keyStart: c, keyEnd, ptr, depth: frame.depth + 1, at: v, mapKey: true, comment: v < lineEnd };
      define(data, name, null);
      return;
    }
    define(data, name, this.inline(v, lineEnd, frame.indent, ptr, frame.depth + 1, c, keyEnd));
    frame.lastEnd = this.skipTo > next ? this.skipTo : next;
    frame.absorbs = true;
  }
  /** `- value`, `- key: value` or `-` in a block list. */
  item(frame, lineStart, c, lineEnd, next) {
    const text = this.text;
    const commentBefore = frame.trailing >= 0;
    frame.trailing = -1;
    frame.absorbs = false;
    const list = frame.data;
    const name = String(list.length);
    const ptr = `${frame.ptr}/${name}`;
    const depth = frame.depth + 1;
    let v = c + 1;
    while (v < lineEnd && text.charCodeAt(v) === SPACE) v++;
    if (v === lineEnd || text.charCodeAt(v) === HASH) {
      this.pending = { frame, name, keyStart: -1, keyEnd: -1, ptr, depth, at: v, mapKey: false, comment: commentBefore || v < lineEnd };
      return;
    }
    if (dashAt(text, v, lineEnd)) giveWay();
    if (this.key(v, lineEnd)) {
      const map = this.open(false, v - lineStart, v, ptr, depth, -1, -1);
      list.push(map.data);
      this.entry(map, v, lineEnd, next);
      return;
    }
    list.push(this.inline(v, lineEnd, frame.indent, ptr, depth, -1, -1));
    frame.lastEnd = this.skipTo > next ? this.skipTo : next;
    frame.absorbs = true;
  }
  /**
   * A mapping key at `c`: its name, where it ends and where its value may start (after the `:`).
   * Undefined when the text there is not a simple one-line key followed by `:` and a space or the line's end.
   */
  key(c, lineEnd) {
    const text = this.text;
    const ch = text.charCodeAt(c);
    if (ch === QUOTE || ch === DQUOTE) {
      const q = this.quoted(c, lineEnd);
      if (!q) return void 0;
      const colon = q[1];
      if (text.charCodeAt(colon) !== COLON || colon + 1 < lineEnd && text.charCodeAt(colon + 1) !== SPACE) return void 0;
      return [q[0], colon, colon + 1];
    }
    if (!plainStart(text, c, lineEnd)) return void 0;
    for (let i = c; i < lineEnd; i++) {
      const x = text.charCodeAt(i);
      if (x === COLON) {
        if (i + 1 < lineEnd && text.charCodeAt(i + 1) !== SPACE) continue;
        if (i === c || text.charCodeAt(i - 1) === SPACE || i - c > 1e3) return void 0;
        const name = text.slice(c, i);
        if (name === "<<") return void 0;
        return [name, i, i + 1];
      }
      if (x === HASH || x === QUOTE || x === DQUOTE || x === OPEN || x === CLOSE || x === 123 || x === 125 || x === COMMA) return void 0;
    }
    return void 0;
  }
  /** A quoted scalar on one line starting at `c`: its value and the offset after its closing quote. */
  quoted(c, lineEnd) {
    const text = this.text;
    if (text.charCodeAt(c) === QUOTE) {
      let i = c + 1;
      let value = "";
      for (; ; ) {
        const close = text.indexOf("'", i);
        if (close === -1 || close >= lineEnd) return void 0;
        value += text.slice(i, close);
        if (text.charCodeAt(close + 1) === QUOTE) {
          value += "'";
          i = close + 2;
          continue;
        }
        return [value, close + 1];
      }
    }
    for (let i = c + 1; i < lineEnd; i++) {
      const x = text.charCodeAt(i);
      if (x === 92) i++;
      else if (x === DQUOTE) {
        const value = unescapeDouble(text.slice(c + 1, i));
        return value === void 0 ? void 0 : [value, i + 1];
      }
    }
    return void 0;
  }
  /** A value written on the key's or dash's line: a scalar or a flow list. Returns its data. */
  inline(v, lineEnd, parentIndent, ptr, depth, keyStart, keyEnd) {
    const text = this.text;
    const ch = text.charCodeAt(v);
    if (ch === OPEN) return this.flowList(v, lineEnd, ptr, depth, keyStart, keyEnd);
    if (ch === QUOTE || ch === DQUOTE) {
      const q = this.quoted(v, lineEnd) ?? giveWay();
      if (!this.restIsEmpty(q[1], lineEnd)) giveWay();
      this.tick(depth);
      this.locs.add(ptr, keyStart, keyEnd, v, q[1]);
      return q[0];
    }
    if (!plainStart(text, v, lineEnd)) giveWay();
    const [end, comment] = plainEnd(text, v, lineEnd);
    const more = comment ? void 0 : this.continuation(lineEnd, parentIndent);
    if (!more) return this.scalar(text.slice(v, end), v, end, ptr, depth, keyStart, keyEnd);
    return this.scalar(text.slice(v, end) + more.text, v, more.end, ptr, depth, keyStart, keyEnd);
  }
  /**
   * The lines that continue a plain scalar ending at `lineEnd`: those indented deeper than its block, up to a
   * comment, a line indented no deeper, or the end. Returns their folded text (a space for each line break, a
   * newline for each empty line between) and where the last one ends, and sets where reading goes on.
   */
  continuation(lineEnd, parentIndent) {
    const text = this.text;
    const n = text.length;
    let folded = "";
    let empty = 0;
    let end = -1;
    for (let pos = lineEnd + 1; lineEnd < n && pos <= n; ) {
      let eol = text.indexOf("\n", pos);
      if (eol === -1) eol = n;
      let c = pos;
      while (c < eol && text.charCodeAt(c) === SPACE) c++;
      if (c === eol) {
        if (eol === n) break;
        empty++;
        pos = eol + 1;
        continue;
      }
      if (c - pos <= parentIndent || text.charCodeAt(c) === HASH) break;
      if (text.charCodeAt(c) === DASH ? dashAt(text, c, eol) : !plainStart(text, c, eol)) giveWay();
      const [stop, comment] = plainEnd(text, c, eol);
      if (comment) giveWay();
      folded += (empty > 0 ? "\n".repeat(empty) : " ") + text.slice(c, stop);
      empty = 0;
      end = stop;
      this.skipTo = eol < n ? eol + 1 : n;
      pos = this.skipTo;
      if (eol === n) break;
    }
    return end === -1 ? void 0 : { text: folded, end };
  }
  scalar(raw, start, end, ptr, depth, keyStart, keyEnd) {
    this.tick(depth);
    const [value, typed] = resolvePlain(raw);
    this.locs.add(ptr, keyStart, keyEnd, start, end, typed ? raw : void 0);
    return value;
  }
  /** `[a, "b", c]` on one line, of scalars only. */
  flowList(v, lineEnd, ptr, depth, keyStart, keyEnd) {
    const text = this.text;
    this.tick(depth);
    const loc = this.locs.add(ptr, keyStart, keyEnd, v, v);
    const list = [];
    let i = v + 1;
    for (; ; ) {
      while (i < lineEnd && text.charCodeAt(i) === SPACE) i++;
      if (i >= lineEnd) giveWay();
      if (text.charCodeAt(i) === CLOSE) break;
      const itemPtr = `${ptr}/${list.length}`;
      const ch = text.charCodeAt(i);
      if (ch === QUOTE || ch === DQUOTE) {
        const q = this.quoted(i, lineEnd) ?? giveWay();
        this.tick(depth + 1);
        this.locs.add(itemPtr, -1, -1, i, q[1]);
        list.push(q[0]);
        i = q[1];
      } else {
        if (!plainStart(text, i, lineEnd, true)) giveWay();
        let end = i;
        for (; end < lineEnd; end++) {
          const x = text.charCodeAt(end);
          if (x === COMMA || x === CLOSE) break;
          if (x === OPEN || x === 123 || x === 125 || x === HASH || x === QUOTE || x === DQUOTE) giveWay();
          if (x === COLON) {
            const y = text.charCodeAt(end + 1);
            if (end + 1 === lineEnd || y === SPACE || y === COMMA || y === CLOSE) giveWay();
          }
        }
        const last = trimEnd(text, i, end);
        list.push(this.scalar(text.slice(i, last), i, last, itemPtr, depth + 1, -1, -1));
        i = end;
      }
      while (i < lineEnd && text.charCodeAt(i) === SPACE) i++;
      const sep2 = text.charCodeAt(i);
      if (sep2 === COMMA) i++;
      else if (sep2 !== CLOSE || i >= lineEnd) giveWay();
    }
    this.locs.setEnd(loc, i + 1);
    if (!this.restIsEmpty(i + 1, lineEnd)) giveWay();
    return list;
  }
};
function plainEnd(text, c, lineEnd) {
  for (let i = c; i < lineEnd; i++) {
    const x = text.charCodeAt(i);
    if (x === HASH && text.charCodeAt(i - 1) === SPACE) return [trimEnd(text, c, i), true];
    if (x === COLON && (i + 1 === lineEnd || text.charCodeAt(i + 1) === SPACE)) giveWay();
  }
  return [trimEnd(text, c, lineEnd), false];
}
function dashAt(text, c, lineEnd) {
  return text.charCodeAt(c) === DASH && (c + 1 === lineEnd || text.charCodeAt(c + 1) === SPACE);
}
function trimEnd(text, start, end) {
  while (end > start && text.charCodeAt(end - 1) === SPACE) end--;
  return end;
}
function plainStart(text, c, lineEnd, flow = false) {
  switch (text.charCodeAt(c)) {
    case DASH:
    case 63:
    // ?
    case COLON: {
      if (c + 1 >= lineEnd) return false;
      const next = text.charCodeAt(c + 1);
      return next !== SPACE && !(flow && (next === COMMA || next === OPEN || next === CLOSE || next === 123 || next === 125));
    }
    case COMMA:
    case OPEN:
    case CLOSE:
    case 123:
    case 125:
    case HASH:
    case 38:
    case 42:
    case 33:
    case 124:
    case 62:
    case QUOTE:
    case DQUOTE:
    case 37:
    case 64:
    case 96:
      return false;
    default:
      return true;
  }
}

// src/parse/index.ts
function parseYaml(source, diags, limits = DEFAULT_LIMITS) {
  const text = source.text;
  if (Buffer.byteLength(text, "utf8") > limits.maxBytes) {
    diags.error("too-large", `the file is larger than ${limits.maxBytes} bytes`, void 0, "split the file, or raise the limit with --max-bytes");
    return void 0;
  }
  const block = readBlock(text, limits, (offset) => source.position(offset).line);
  if (!block) return loadFullReader().readYaml(source, diags, limits);
  for (const d of block.duplicates) diags.warning("duplicate-key", d.message, d.span, d.hint);
  return block.file;
}

// src/validate/containers.ts
function isObject(v) {
  return v !== null && typeof v === "object" && !Array.isArray(v);
}
function isSingleBuild(build) {
  return isObject(build) && ("image" in build || "commands" in build);
}
function containers(file) {
  const out = [];
  const data = file.data;
  if (!isObject(data)) return out;
  const compose2 = data["compose"];
  if (isObject(compose2)) {
    for (const name of file.keys(compose2)) {
      const svc = compose2[name];
      if (svc !== null && !isObject(svc)) continue;
      out.push({ kind: "service", name, containerName: name, ptr: `/compose/${pointerKey(name)}`, data: svc ?? {}, label: `service \`${name}\`` });
    }
  }
  const build = data["build"];
  if (isObject(build)) {
    if (isSingleBuild(build)) {
      out.push({ kind: "build", name: "build", containerName: "build", ptr: "/build", data: build, label: "`build`" });
    } else {
      for (const name of file.keys(build)) {
        const step = build[name];
        if (step !== null && !isObject(step)) continue;
        out.push({ kind: "build", name, containerName: `build-${name}`, ptr: `/build/${pointerKey(name)}`, data: step ?? {}, label: `build step \`${name}\`` });
      }
    }
  }
  return out;
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

// src/validate/paths.ts
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

// src/validate/locate.ts
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

// src/validate/rules.ts
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
var COMPILED = ["compose", "build"];
function dropIgnoredFindings(file, source, diags) {
  const compiled2 = [];
  for (const key of COMPILED) {
    const loc = file.locs.get(`/${key}`);
    if (loc) compiled2.push([Math.min(loc.key?.[0] ?? loc.value[0], loc.value[0]), Math.max(loc.key?.[1] ?? 0, loc.value[1])]);
  }
  const keep = (d) => {
    if (d.code !== "duplicate-key" || !d.span) return true;
    const [start, end] = d.span;
    if (compiled2.some(([from, to]) => start >= from && end <= to)) return true;
    return COMPILED.includes(source.text.slice(start, end)) && source.position(start).column === 1;
  };
  const kept = diags.list.filter(keep);
  diags.list.length = 0;
  for (const d of kept) diags.list.push(d);
}
var TRUSTED_OPTIONS = ["privileged", "volumes", "devices", "net", "dns", "extra_hosts"];
function checkSections(file, diags) {
  const data = file.data;
  if (data === null || data === void 0) {
    diags.error("not-a-mapping", "the file is empty", void 0, "a .drone.yml needs a compose: or build: section");
    return false;
  }
  if (!isObject(data)) {
    diags.error("not-a-mapping", `the top level must be a mapping of sections, not ${Array.isArray(data) ? "a list" : "a single value"}`, locate(file, "").value);
    return false;
  }
  for (const key of file.keys(data)) {
    if (SECTIONS.includes(key)) continue;
    const span = keySpan(file, `/${pointerKey(key)}`);
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
    diags.error("nothing-to-compile", "the file has neither a compose: nor a build: section", locate(file, "").value, "declare service containers under compose:");
    return false;
  }
  return true;
}
function trustedOptionSet(key, v) {
  if (v === null || v === void 0) return false;
  if (Array.isArray(v)) return v.some((x) => x !== null && x !== void 0);
  if (key === "privileged") return v === true;
  return true;
}
function checkTrust(file, trusted, diags) {
  if (trusted) return;
  for (const c of containers(file)) {
    for (const key of TRUSTED_OPTIONS) {
      if (!trustedOptionSet(key, c.data[key])) continue;
      diags.error(
        "untrusted-option",
        `\`${key}\` in ${c.label} is a trusted-only option`,
        keySpan(file, `${c.ptr}/${key}`),
        "pass --trusted to allow it, as a Drone administrator marks a repository trusted"
      );
    }
  }
}
var NAME2 = /^[a-zA-Z0-9][a-zA-Z0-9_.-]*$/;
function checkNames(file, holderName, diags) {
  const seen = /* @__PURE__ */ new Map([[holderName.toLowerCase(), "the namespace holder"]]);
  for (const c of containers(file)) {
    const span = () => keySpan(file, c.ptr);
    if (!NAME2.test(c.name)) {
      diags.error("invalid-name", `the name ${show(c.name)} of ${c.label} cannot name a container`, span, "use letters, digits, `_`, `.` and `-`, starting with a letter or digit");
      continue;
    }
    const key = c.containerName.toLowerCase();
    const other = seen.get(key);
    if (other) {
      diags.error("name-collision", `${c.label} would be named \`${c.containerName}\`, like ${other}`, span, "rename one of them");
      continue;
    }
    seen.set(key, c.label);
  }
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
var PORT_MENTION = /port[^A-Za-z0-9_]*([0-9]+)?|:([0-9]{2,5})\b/gi;
function changesPort(text, ports) {
  for (const m of text.matchAll(PORT_MENTION)) {
    const n = m[1] ?? m[2];
    if (n === void 0 || !ports.some((alternatives) => alternatives.includes(Number(n)))) return true;
  }
  return false;
}
var DURATION = /^([0-9]+(\.[0-9]+)?(ns|us|ms|s|m|h))+$/;
var MAX_RANGE = 100;
var ReadinessLowering = class {
  constructor(file, source, diags, used) {
    this.file = file;
    this.source = source;
    this.diags = diags;
    this.used = used;
  }
  file;
  source;
  diags;
  used;
  claims = /* @__PURE__ */ new Map();
  service(c, lowered) {
    const healthcheck = this.healthcheck(c);
    const declared = this.declaredPorts(c);
    const waitsOnHealth = healthcheck !== void 0 && healthcheck.test !== void 0;
    let readiness;
    if (waitsOnHealth) readiness = { kind: "health" };
    else if (declared !== void 0 && declared.length > 0) readiness = { kind: "ports", ports: declared.map((p) => [p]), from: "declared" };
    else if (declared !== void 0) readiness = { kind: "none", why: "expose: [] turns the wait off" };
    else {
      const guess = this.guess(c, lowered);
      if (guess) readiness = { kind: "ports", ports: guess, from: "image" };
      else if (healthcheck?.disable) readiness = { kind: "none", why: "its health check is turned off and it declares no port" };
      else readiness = { kind: "image-health" };
    }
    return { ...healthcheck ? { healthcheck } : {}, readiness };
  }
  // ---- health checks --------------------------------------------------------------------------
  healthcheck(c) {
    const ptr = `${c.ptr}/healthcheck`;
    const h = c.data["healthcheck"];
    if (h === null || h === void 0 || typeof h !== "object" || Array.isArray(h)) return void 0;
    const d = h;
    const at = (k) => `${ptr}/${k}`;
    const duration = (k) => {
      const v = d[k];
      if (typeof v !== "string") return void 0;
      if (!DURATION.test(v)) {
        this.diags.error("invalid-value", `\`${k}\` of the healthcheck of ${c.label} is not a duration: ${show(v)}`, locate(this.file, at(k)).value, "write a number with a unit: 500ms, 1s, 1m30s");
        return void 0;
      }
      return v;
    };
    let disable = d["disable"] === true;
    let test;
    const t = d["test"];
    if (typeof t === "string") {
      if (t.trim() === "") this.diags.error("invalid-value", `the healthcheck test of ${c.label} is empty`, locate(this.file, at("test")).value, "write the command that checks the service");
      else test = { shell: readValue(t, () => locate(this.file, at("test")).value, this.diags, this.used) };
    } else if (Array.isArray(t)) {
      const words = t.map((w, i) => ({ ptr: `${at("test")}/${i}`, text: w === null || w === void 0 ? "" : typeof w === "string" ? w : String(w) }));
      const kind = words[0]?.text;
      const span = () => locate(this.file, words[0]?.ptr ?? at("test")).value;
      const read = (w) => readValue(w.text, () => locate(this.file, w.ptr).value, this.diags, this.used);
      if (kind === "NONE") {
        disable = true;
      } else if (kind === "CMD" && words.length > 1) {
        const exec = words.slice(1).map(read);
        const i = exec.findIndex((w) => !isLiteral(w));
        if (i === -1) test = { exec };
        else this.diags.error("invalid-value", `a $$ reference in a CMD health check of ${c.label} cannot be passed on`, () => locate(this.file, words[i + 1].ptr).value, 'write the check as one command: test: ["CMD-SHELL", "..."] or a string');
      } else if (kind === "CMD-SHELL" && words.length === 2) {
        test = { shell: read(words[1]) };
      } else {
        this.diags.error("invalid-value", `the healthcheck test of ${c.label} must start with CMD (then the program and its arguments), CMD-SHELL (then one command) or NONE`, span, 'write test: ["CMD-SHELL", "pg_isready -U postgres"], or the command as a string');
      }
    }
    if (disable && test) {
      this.diags.error("invalid-value", `the healthcheck of ${c.label} is both disabled and given a test`, keySpan(this.file, ptr), "remove disable: true, or the test");
      test = void 0;
    }
    const interval = duration("interval");
    const timeout = duration("timeout");
    const startPeriod = duration("start_period");
    let retries = typeof d["retries"] === "number" ? d["retries"] : void 0;
    if (retries !== void 0 && retries < 0) retries = void 0;
    if (retries !== void 0 && !Number.isSafeInteger(retries)) {
      this.diags.error("invalid-value", `\`retries\` of the healthcheck of ${c.label} is not a whole number docker accepts`, locate(this.file, at("retries")).value, "write a small whole number, such as 30");
      retries = void 0;
    }
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
    const expose = c.data["expose"];
    const ports = c.data["ports"];
    if (!Array.isArray(expose) && !Array.isArray(ports)) return void 0;
    const out = [];
    const own = /* @__PURE__ */ new Set();
    const add2 = (list, ptr) => {
      for (const port of list) {
        if (own.has(port)) continue;
        own.add(port);
        out.push(port);
        this.claim(port, c, false, () => locate(this.file, ptr).value);
      }
    };
    if (Array.isArray(expose)) {
      expose.forEach((item, i) => {
        const ptr = `${c.ptr}/expose/${i}`;
        if (item === null || item === void 0) return;
        const list = this.portSpec(String(item), ptr, `the expose entry ${show(String(item))} of ${c.label}`);
        if (list) add2(list, ptr);
      });
    }
    if (Array.isArray(ports)) {
      this.diags.warning(
        "ignored-key",
        `\`ports\` of ${c.label} publishes nothing (Drone 0.4 did not publish ports); its container ports are what up waits for`,
        keySpan(this.file, `${c.ptr}/ports`),
        "services share one network namespace: reach them at 127.0.0.1 on the container port"
      );
      ports.forEach((item, i) => {
        const ptr = `${c.ptr}/ports/${i}`;
        if (item === null || item === void 0) return;
        let spec;
        if (typeof item === "object") {
          const o = item;
          if (o["target"] === void 0) {
            this.diags.error("invalid-value", `the port mapping of ${c.label} has no target`, locate(this.file, ptr).value, "write target: the port the service listens on");
            return;
          }
          spec = `${String(o["target"])}${typeof o["protocol"] === "string" ? `/${o["protocol"]}` : ""}`;
        } else {
          const text = String(item);
          const slash = text.indexOf("/");
          const body = slash === -1 ? text : text.slice(0, slash);
          spec = body.slice(body.lastIndexOf(":") + 1) + (slash === -1 ? "" : text.slice(slash));
        }
        const list = this.portSpec(spec, ptr, `the port mapping ${show(String(typeof item === "object" ? spec : item))} of ${c.label}`);
        if (list) add2(list, ptr);
      });
    }
    return out;
  }
  /** `5432`, `8000-8010`, `5432/tcp` → TCP ports; `53/udp` → none (only TCP listeners are waited for). */
  portSpec(text, ptr, what) {
    const m = /^([0-9]{1,5})(?:-([0-9]{1,5}))?(?:\/(tcp|udp|sctp))?$/.exec(text.trim());
    const bad = (why2) => {
      this.diags.error("invalid-value", `${what} ${why2}`, locate(this.file, ptr).value, "write a port number (5432), a range (8000-8010) or PORT/tcp");
      return void 0;
    };
    if (!m) return bad("is not a port");
    const from = Number(m[1]);
    const to = m[2] === void 0 ? from : Number(m[2]);
    if (from < 1 || to > 65535 || to < from) return bad("is not a port between 1 and 65535");
    if (to - from >= MAX_RANGE) return bad(`spans more than ${MAX_RANGE} ports, too many to wait for`);
    if (m[3] === "udp" || m[3] === "sctp") return [];
    const out = [];
    for (let p = from; p <= to; p++) out.push(p);
    return out;
  }
  /** The table's ports for the service's image, unless the file evidently changes the port. */
  guess(c, lowered) {
    if (!isLiteral(lowered.image)) return void 0;
    const ports = guessPorts(lowered.image.join(""));
    if (!ports) return void 0;
    const words = [...lowered.entrypoint ?? [], ...lowered.command ?? []];
    for (const e of lowered.environment) words.push([`${e.name}=`, ...e.value]);
    if (words.some((w) => changesPort(flatten(w, (n) => n), ports))) {
      this.diags.warning(
        "port-guess",
        `${c.label} runs ${show(lowered.image.join(""))}, which listens on port ${ports.map((p) => p.join(" or ")).join(", ")} by default, but its environment or command seems to change the port; up does not wait for it`,
        keySpan(this.file, c.ptr),
        "write expose: with the port it listens on to wait for it, or expose: [] to silence this"
      );
      return void 0;
    }
    for (const alternatives of ports) {
      for (const port of alternatives) this.claim(port, c, true, () => keySpan(this.file, `${c.ptr}/image`));
    }
    return ports;
  }
  /** Reports a port that another service already claims: an error when both declare it, else a warning. */
  claim(port, c, guessed, span) {
    const other = this.claims.get(port);
    if (!other) {
      this.claims.set(port, { service: c.name, span, guessed });
      return;
    }
    if (other.service === c.name) return;
    const where = `service \`${other.service}\` on line ${this.source.position(other.span()[0]).line}`;
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

// src/lower/shellwords.ts
function shellWords(value) {
  const words = [];
  let cur;
  let quote = "";
  let escape = false;
  const add2 = (s) => (cur ??= []).push(s);
  for (const part of value) {
    if (typeof part !== "string") {
      escape = false;
      add2(part);
      continue;
    }
    for (const ch of part) {
      if (escape) {
        escape = false;
        if (ch === "\n") continue;
        if (quote === '"' && !'"\\$`'.includes(ch)) add2("\\");
        add2(ch);
      } else if (quote === "'") {
        if (ch === "'") quote = "";
        else add2(ch);
      } else if (ch === "\\") {
        escape = true;
      } else if (quote === '"') {
        if (ch === '"') quote = "";
        else add2(ch);
      } else if (ch === "'" || ch === '"') {
        quote = ch;
        cur ??= [];
      } else if (ch === " " || ch === "	" || ch === "\n" || ch === "\r") {
        if (cur) words.push(concat(cur));
        cur = void 0;
      } else {
        add2(ch);
      }
    }
  }
  if (quote) return { error: `the ${quote === '"' ? "double" : "single"} quote is not closed` };
  if (escape) add2("\\");
  if (cur) words.push(concat(cur));
  return { words };
}

// src/lower/lower.ts
var MOUNT_OPTIONS = /* @__PURE__ */ new Set(["ro", "rw", "z", "Z", "shared", "slave", "private", "rshared", "rslave", "rprivate", "nocopy", "cached", "delegated", "consistent"]);
function isIPv6Like(address) {
  return address.indexOf(":") !== -1 && /^[0-9a-fA-F:.]*$/.test(address);
}
var VOLUME_NAME = /^[a-zA-Z0-9][a-zA-Z0-9_.-]+$/;
var SIMPLE_NETWORKS = /* @__PURE__ */ new Set(["bridge", "host", "none", "default"]);
function lower(file, source, opts, diags) {
  return new Lowering(file, source, diags, opts.trusted, opts.targets ?? []).project(opts);
}
var Lowering = class {
  constructor(file, source, diags, trusted, targets) {
    this.file = file;
    this.source = source;
    this.diags = diags;
    this.trusted = trusted;
    this.targets = targets;
  }
  file;
  source;
  diags;
  trusted;
  targets;
  used = /* @__PURE__ */ new Set();
  namedVolumes = /* @__PURE__ */ new Set();
  network;
  dns = [];
  dnsSeen = /* @__PURE__ */ new Set();
  hosts = /* @__PURE__ */ new Map();
  /** A trusted-only option's value, or undefined when it is set in an untrusted run (the trust check refused it). */
  option(c, key) {
    const v = c.data[key];
    return this.trusted || !trustedOptionSet(key, v) ? v : void 0;
  }
  /** Reads `$$` references and operations out of a string (see readValue). */
  read(text, span, shellCode = false) {
    return readValue(text, span, this.diags, this.used, { shellCode, targets: this.targets });
  }
  project(opts) {
    const services = [];
    const build = [];
    const readiness = new ReadinessLowering(this.file, this.source, this.diags, this.used);
    for (const c of containers(this.file)) {
      const container = this.container(c);
      if (c.kind === "service") services.push({ ...container, ...readiness.service(c, container) });
      else build.push({ ...container, commands: this.commands(c) });
    }
    const holder = {
      image: opts.holderImage,
      ...this.network ? { network: this.network.value } : {},
      dns: this.dns,
      extraHosts: [...this.hosts].map(([host, h]) => ({ host, address: h.address }))
    };
    this.checkNamespace();
    return {
      source: opts.source,
      name: opts.name,
      repo: opts.repo,
      workspacePath: `/drone/src/${opts.repo}`,
      workspaceDir: opts.workspaceDir,
      holder,
      services,
      build,
      volumes: [...this.namedVolumes],
      variables: [...this.used].sort()
    };
  }
  // ---- reading values -------------------------------------------------------------------------
  span(ptr) {
    return locate(this.file, ptr).value;
  }
  /** The span of the value at a pointer, found only if a diagnostic needs it. */
  place(ptr) {
    return () => this.span(ptr);
  }
  /** The text of a scalar as written (`yes` stays `yes`), or undefined when it is not a scalar. */
  text(ptr, v) {
    if (v === null || v === void 0 || typeof v === "object") return void 0;
    const s = typeof v === "string" ? v : this.file.locs.get(ptr)?.raw ?? String(v);
    if (s.indexOf("\0") !== -1) {
      this.diags.error("invalid-value", "the value contains a NUL character, which no process argument or environment value can carry", this.span(ptr));
      return void 0;
    }
    return s;
  }
  value(ptr, v) {
    const s = this.text(ptr, v);
    return s === void 0 ? void 0 : this.read(s, this.place(ptr));
  }
  /** The items of a list (or of a single string), null items dropped with a warning. */
  items(ptr, v, what) {
    if (v === null || v === void 0) return [];
    if (!Array.isArray(v)) {
      const s = this.text(ptr, v);
      return s === void 0 ? [] : [{ ptr, text: s }];
    }
    const out = [];
    v.forEach((item, i) => {
      const p = `${ptr}/${i}`;
      if (item === null) {
        this.diags.warning("dropped-item", `an empty item of ${what} is dropped`, this.span(p), "a `- # comment` line is an empty item; move the comment out of the list");
        return;
      }
      const s = this.text(p, item);
      if (s !== void 0) out.push({ ptr: p, text: s });
    });
    return out;
  }
  flag(v) {
    return v === true;
  }
  // ---- containers -----------------------------------------------------------------------------
  container(c) {
    const d = c.data;
    const at = (key) => `${c.ptr}/${key}`;
    const image = this.image(c);
    const environment = this.environment(c);
    const auth = this.auth(c, image.domain);
    const entrypoint = this.argv(at("entrypoint"), d["entrypoint"], `\`entrypoint\` of ${c.label}`);
    const command = this.argv(at("command"), d["command"], `\`command\` of ${c.label}`);
    if (c.kind === "build") {
      for (const key of ["entrypoint", "command"]) {
        if (d[key] === void 0 || d[key] === null) continue;
        this.diags.warning("ignored-option", `\`${key}\` of ${c.label} is ignored: a build container runs its commands with /bin/sh`, keySpan(this.file, at(key)));
      }
    }
    const memLimit = this.memLimit(at("mem_limit"), d["mem_limit"]);
    const cpuset = this.cpuset(at("cpuset"), d["cpuset"]);
    this.namespace(c);
    const out = {
      name: c.containerName,
      image: image.value,
      pull: this.flag(d["pull"]),
      ...auth ? { auth } : {},
      privileged: this.flag(this.option(c, "privileged")),
      environment,
      ...entrypoint && c.kind === "service" ? { entrypoint } : {},
      ...command && c.kind === "service" ? { command } : {},
      volumes: this.volumes(c),
      devices: this.devices(c),
      ...memLimit ? { memLimit } : {},
      ...cpuset ? { cpuset } : {},
      oomKillDisable: this.flag(d["oom_kill_disable"]),
      at: this.keySpans(c)
    };
    return out;
  }
  /** The key span of every option of a container as written, for the targets' diagnostics. */
  keySpans(c) {
    const spans = /* @__PURE__ */ Object.create(null);
    for (const key of this.file.keys(c.data)) spans[key] = keySpan(this.file, `${c.ptr}/${pointerKey(key)}`);
    return spans;
  }
  image(c) {
    const ptr = `${c.ptr}/image`;
    const raw = c.data["image"];
    let value = this.value(ptr, raw);
    if (value === void 0 || isLiteral(value) && value.join("") === "") {
      if (raw === void 0 || raw === null || raw === "") {
        if (c.kind === "build") {
          this.diags.error("invalid-value", `${c.label} has no image`, keySpan(this.file, c.ptr), "name the image the commands run in with image:");
        } else {
          this.diags.warning("image-from-name", `${c.label} has no image; its name \`${c.name}\` is used as the image, as Drone did`, keySpan(this.file, c.ptr), `write image: ${c.name}`);
        }
        value = [c.name];
        if (c.kind === "build") return { value };
      } else {
        return { value: [""] };
      }
    }
    const text = flatten(value, () => "x");
    const ref = parseImage(text);
    if ("error" in ref) {
      this.diags.error("invalid-image", `the image ${show(flatten(value, (n) => `$$${n}`))} of ${c.label} is not a valid reference: ${ref.error}`, raw === void 0 ? keySpan(this.file, c.ptr) : this.span(ptr));
      return { value };
    }
    const last = value[value.length - 1];
    if (!ref.tag && !ref.digest && typeof last === "string") value = concat(value, [":latest"]);
    const first = value[0];
    const domain = ref.domain && typeof first === "string" && first.startsWith(`${ref.domain}/`) ? ref.domain : void 0;
    return domain ? { value, domain } : { value };
  }
  environment(c) {
    const ptr = `${c.ptr}/environment`;
    const env2 = c.data["environment"];
    const out = /* @__PURE__ */ new Map();
    const set = (name, value, span) => {
      if (out.has(name)) {
        this.diags.warning("duplicate-environment", `\`${name}\` is set twice in the environment of ${c.label}; the later value is used`, span);
      }
      out.set(name, { name, value });
    };
    const checkName = (name, span) => {
      if (name === "" || name.indexOf("=") !== -1 || name.indexOf("\0") !== -1) {
        this.diags.error("invalid-environment", name === "" ? "an environment entry has an empty name" : `${show(name)} cannot name an environment variable`, span, "a name is non-empty and has no `=`");
        return false;
      }
      return true;
    };
    if (Array.isArray(env2)) {
      for (const item of this.items(ptr, env2, `\`environment\` of ${c.label}`)) {
        const span = this.place(item.ptr);
        const eq = item.text.indexOf("=");
        if (eq === -1) {
          this.diags.error("invalid-environment", `the environment entry ${show(item.text)} of ${c.label} has no \`=\``, span, `write ${item.text}= for an empty value, or ${item.text}=$$${item.text} to take it from the environment`);
          continue;
        }
        const name = item.text.slice(0, eq);
        if (!checkName(name, span)) continue;
        set(name, this.read(item.text.slice(eq + 1), span), span);
      }
    } else if (env2 !== null && typeof env2 === "object") {
      for (const name of this.file.keys(env2)) {
        const v = env2[name];
        const p = `${ptr}/${pointerKey(name)}`;
        const span = keySpan(this.file, p);
        if (!checkName(name, span)) continue;
        if (v === null) {
          this.diags.warning("invalid-environment", `\`${name}\` in the environment of ${c.label} has no value; it is set to the empty string, as Drone did`, span, `write ${name}: "" for an empty value, or ${name}: $$${name} to take it from the environment`);
          set(name, [""], span);
          continue;
        }
        const value = this.value(p, v);
        if (value) set(name, value, span);
      }
    }
    return [...out.values()];
  }
  argv(ptr, v, what) {
    if (v === null || v === void 0) return void 0;
    if (Array.isArray(v)) {
      return this.items(ptr, v, what).map((item) => this.read(item.text, this.place(item.ptr)));
    }
    const value = this.value(ptr, v);
    if (!value) return void 0;
    const split = shellWords(value);
    if ("error" in split) {
      this.diags.error("invalid-value", `${what} cannot be split into words: ${split.error}`, this.span(ptr), "write it as a list to pass the words as they are");
      return void 0;
    }
    return split.words;
  }
  commands(c) {
    const ptr = `${c.ptr}/commands`;
    const out = this.items(ptr, c.data["commands"], `\`commands\` of ${c.label}`).map(
      (item) => this.read(item.text, this.place(item.ptr), true)
    );
    if (out.length === 0) {
      this.diags.warning("empty-build", `${c.label} has no commands; its container starts and exits`, keySpan(this.file, c.ptr));
    }
    if (c.data["when"] !== void 0 && c.data["when"] !== null) {
      this.diags.warning(
        "unconditional-step",
        `${c.label} has when: conditions, which cannot be decided outside Drone; it always runs`,
        keySpan(this.file, `${c.ptr}/when`),
        'guard the commands in the shell instead, e.g. [ "$DRONE_BRANCH" = master ] || exit 0 (the build gets DRONE_BRANCH from the environment, else from git)'
      );
    }
    return out;
  }
  auth(c, registry) {
    const ptr = `${c.ptr}/auth_config`;
    const a = c.data["auth_config"];
    if (a === null || typeof a !== "object" || Array.isArray(a)) return void 0;
    const cfg = a;
    const secretKey = cfg["password"] !== void 0 && cfg["password"] !== null ? "password" : cfg["registry_token"] !== void 0 && cfg["registry_token"] !== null ? "registry_token" : void 0;
    if (cfg["email"] !== void 0) {
      this.diags.warning("ignored-option", `\`email\` of the auth_config of ${c.label} is ignored: docker login no longer takes an e-mail`, keySpan(this.file, `${ptr}/email`));
    }
    if (!secretKey) {
      return void 0;
    }
    const secret = this.value(`${ptr}/${secretKey}`, cfg[secretKey]);
    const username = cfg["username"] === void 0 || cfg["username"] === null ? ["<token>"] : this.value(`${ptr}/username`, cfg["username"]);
    if (!secret || !username) return void 0;
    if (secret.some((p) => typeof p === "string" && p !== "")) {
      this.diags.warning(
        "literal-credential",
        `the ${secretKey === "password" ? "password" : "registry token"} of ${c.label} is written in the file`,
        this.span(`${ptr}/${secretKey}`),
        "write $$NAME and set NAME in the environment (a CI secret) instead"
      );
    }
    return { ...registry ? { registry } : {}, username, password: secret };
  }
  memLimit(ptr, v) {
    if (v === null || v === void 0) return void 0;
    const s = this.text(ptr, v);
    if (s === void 0) return void 0;
    if (!/^[0-9]+(\.[0-9]+)?[bkmgBKMG]?$/.test(s)) {
      this.diags.error("invalid-value", `mem_limit ${show(s)} is not a size`, this.span(ptr), "write a number of bytes, or a number with b, k, m or g (512m)");
      return void 0;
    }
    return s;
  }
  cpuset(ptr, v) {
    const value = this.value(ptr, v);
    if (!value || !isLiteral(value)) return value;
    const s = value.join("");
    if (!/^[0-9]+(-[0-9]+)?(,[0-9]+(-[0-9]+)?)*$/.test(s)) {
      this.diags.error("invalid-value", `cpuset ${show(s)} is not a CPU list`, this.span(ptr), "write CPU numbers and ranges, such as 0-3 or 0,2");
      return void 0;
    }
    return value;
  }
  volumes(c) {
    const out = [];
    for (const item of this.items(`${c.ptr}/volumes`, this.option(c, "volumes"), `\`volumes\` of ${c.label}`)) {
      const span = this.span(item.ptr);
      const value = this.read(item.text, span);
      const bad = (why2) => this.diags.error("invalid-value", `the volume ${show(item.text)} of ${c.label} ${why2}`, span, "write HOST:CONTAINER[:MODE] with an absolute or ./relative host path, or VOLUME:CONTAINER for a named volume");
      const first = splitOnce(value, ":");
      if (!first) {
        bad("has no container path");
        continue;
      }
      const [host, rest] = first;
      const second = splitOnce(rest, ":");
      const [container, mode] = second ?? [rest, void 0];
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
      if (!flatten(container, () => "/x").startsWith("/")) {
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
        out.push({ host: [], relative: false, volume, container, ...modeText ? { mode: modeText } : {} });
      } else {
        out.push({ host, relative: relative2, container, ...modeText ? { mode: modeText } : {} });
      }
    }
    return out;
  }
  devices(c) {
    const out = [];
    for (const item of this.items(`${c.ptr}/devices`, this.option(c, "devices"), `\`devices\` of ${c.label}`)) {
      const span = this.span(item.ptr);
      const value = this.read(item.text, span);
      const [host, rest] = splitOnce(value, ":") ?? [value, void 0];
      const [container, perms] = rest ? splitOnce(rest, ":") ?? [rest, void 0] : [void 0, void 0];
      const permText = perms ? flatten(perms, () => "?") : void 0;
      if (!flatten(host, () => "/x").startsWith("/") || container && !flatten(container, () => "/x").startsWith("/") || permText !== void 0 && !/^[rwm]{1,3}$/.test(permText)) {
        this.diags.error("invalid-value", `the device ${show(item.text)} of ${c.label} is not HOST[:CONTAINER[:PERMISSIONS]]`, span, "paths are absolute; permissions are letters of rwm");
        continue;
      }
      out.push({ host, ...container ? { container } : {}, ...permText ? { permissions: permText } : {} });
    }
    return out;
  }
  // ---- the shared namespace -------------------------------------------------------------------
  /** Collects net, dns and extra_hosts of a container onto the holder, refusing contradictions. */
  namespace(c) {
    const netPtr = `${c.ptr}/net`;
    const net = this.text(netPtr, this.option(c, "net"));
    if (net === "") {
      this.diags.error("invalid-value", `\`net\` of ${c.label} is empty`, this.span(netPtr), "name a network mode, or remove net:");
    } else if (net !== void 0) {
      const span = this.span(netPtr);
      if (net.includes("$$")) {
        this.diags.error("invalid-value", `\`net\` of ${c.label} cannot use a $$ reference: the network decides how the script is laid out`, span);
      } else if (!SIMPLE_NETWORKS.has(net) && !/^container:[a-zA-Z0-9][a-zA-Z0-9_.-]*$/.test(net) && !/^[a-zA-Z0-9][a-zA-Z0-9_.-]*$/.test(net)) {
        this.diags.error("invalid-value", `\`net\` of ${c.label} is not a network mode: ${show(net)}`, span, "use bridge, host, none, container:NAME or the name of a network");
      } else if (this.network && this.network.value !== net) {
        this.diags.error("conflict", `\`net: ${net}\` of ${c.label} contradicts \`net: ${this.network.value}\` on line ${this.line(this.network.span)}: all containers share one network namespace`, span, "use one net: value, or none");
      } else if (!this.network) {
        this.network = { value: net, span };
      }
    }
    for (const item of this.items(`${c.ptr}/dns`, this.option(c, "dns"), `\`dns\` of ${c.label}`)) {
      if (item.text === "") {
        this.diags.error("invalid-value", `an entry of \`dns\` of ${c.label} is empty`, this.span(item.ptr), "write the address of a DNS server");
        continue;
      }
      const value = this.read(item.text, this.span(item.ptr));
      const key = JSON.stringify(value);
      if (this.dnsSeen.has(key)) continue;
      this.dnsSeen.add(key);
      this.dns.push(value);
    }
    for (const item of this.items(`${c.ptr}/extra_hosts`, this.option(c, "extra_hosts"), `\`extra_hosts\` of ${c.label}`)) {
      const span = this.span(item.ptr);
      if (item.text.includes("$$")) {
        this.diags.error("invalid-value", `the extra_hosts entry ${show(item.text)} of ${c.label} cannot use a $$ reference`, span);
        continue;
      }
      const colon = item.text.indexOf(":");
      let host = colon === -1 ? item.text : item.text.slice(0, colon);
      let address = colon === -1 ? "" : item.text.slice(colon + 1);
      host = host.trim();
      address = address.trim();
      if (!/^[A-Za-z0-9]([A-Za-z0-9.-]*[A-Za-z0-9])?$/.test(host)) {
        this.diags.error("invalid-value", `the extra_hosts entry ${show(item.text)} of ${c.label} does not start with a host name`, span, "write HOST:ADDRESS");
        continue;
      }
      if (colon === -1) {
        address = "127.0.0.1";
        this.diags.warning("extra-host-address", `the extra_hosts entry \`${host}\` of ${c.label} has no address; it is mapped to 127.0.0.1, where every service of the build is reached`, span, `write ${host}:127.0.0.1`);
      } else if (!/^([0-9]{1,3}\.){3}[0-9]{1,3}$/.test(address) && !isIPv6Like(address)) {
        this.diags.error("invalid-value", `the extra_hosts entry ${show(item.text)} of ${c.label} has no IP address after the host name`, span, "write HOST:ADDRESS, such as db:127.0.0.1");
        continue;
      }
      const earlier = this.hosts.get(host);
      if (earlier && earlier.address !== address) {
        this.diags.error("conflict", `extra_hosts maps \`${host}\` to ${address} in ${c.label} but to ${earlier.address} on line ${this.line(earlier.span)}: all containers share one /etc/hosts`, span, "map each host name to one address");
        continue;
      }
      if (!earlier) this.hosts.set(host, { address, span });
    }
  }
  /** Docker refuses dns and extra hosts on some network modes of the holder. */
  checkNamespace() {
    const net = this.network;
    if (!net) return;
    if (net.value.startsWith("container:") && (this.dns.length > 0 || this.hosts.size > 0)) {
      this.diags.error("conflict", `dns and extra_hosts cannot be set when the namespace joins another container (\`net: ${net.value}\`)`, net.span, "remove dns/extra_hosts, or net:");
    }
  }
  line(span) {
    return this.source.position(span[0]).line;
  }
};

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
    const pairs = this.pairsOf(index);
    let lo = 0;
    let hi = pairs.length;
    while (lo < hi) {
      const mid = lo + hi >> 1;
      if (pairs[mid] + 2 <= units) lo = mid + 1;
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
    const pairs = this.pairsOf(index);
    const c = Math.max(0, column - 1);
    let lo = 0;
    let hi = pairs.length;
    while (lo < hi) {
      const mid = lo + hi >> 1;
      if (pairs[mid] - mid < c) lo = mid + 1;
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

// schemas/drone.schema.json
var drone_schema_default = {
  $schema: "http://json-schema.org/draft-07/schema#",
  $id: "https://drone-compose.dev/schemas/drone.schema.json",
  title: "Drone 0.4 .drone.yml as accepted by drone-compose",
  description: "The compose: section (service containers) and the build: section of a Drone 0.4 .drone.yml. Other Drone 0.4 sections are accepted and ignored.",
  type: "object",
  expected: "a mapping of Drone sections (compose:, build:, ...)",
  properties: {
    compose: {
      description: "Service containers (databases, caches, ...) started next to the build, in declaration order, in one shared network namespace: reach them at 127.0.0.1.",
      type: [
        "object",
        "null"
      ],
      additionalProperties: {
        $ref: "#/definitions/service"
      },
      expected: "a mapping of service names to services"
    },
    build: {
      description: "The build container: one container with image and commands, or a mapping of named steps run in order.",
      type: [
        "object",
        "null"
      ],
      expected: "a build container (image, commands) or a mapping of named steps",
      if: {
        anyOf: [
          {
            required: [
              "image"
            ]
          },
          {
            required: [
              "commands"
            ]
          }
        ]
      },
      then: {
        $ref: "#/definitions/step"
      },
      else: {
        additionalProperties: {
          $ref: "#/definitions/step"
        }
      }
    },
    clone: {
      description: "Drone 0.4 clone settings; ignored by drone-compose."
    },
    cache: {
      description: "Drone 0.4 cache settings; ignored by drone-compose."
    },
    publish: {
      description: "Drone 0.4 publish plugins; ignored by drone-compose."
    },
    deploy: {
      description: "Drone 0.4 deploy plugins; ignored by drone-compose."
    },
    notify: {
      description: "Drone 0.4 notification plugins; ignored by drone-compose."
    },
    matrix: {
      description: "Drone 0.4 build matrix; its axes reach the file as $$NAME, which drone-compose turns into environment references."
    },
    branches: {
      description: "Drone 0.4 branch filter; ignored by drone-compose."
    },
    debug: {
      description: "Drone 0.4 debug switch; ignored by drone-compose."
    }
  },
  additionalProperties: true,
  definitions: {
    scalar: {
      type: [
        "string",
        "number",
        "boolean"
      ],
      expected: "a string"
    },
    optionalScalar: {
      type: [
        "string",
        "number",
        "boolean",
        "null"
      ],
      expected: "a string"
    },
    flag: {
      type: [
        "boolean",
        "null"
      ],
      expected: "true or false"
    },
    stringList: {
      type: [
        "array",
        "null"
      ],
      items: {
        $ref: "#/definitions/optionalScalar"
      },
      expected: "a list of strings"
    },
    stringOrList: {
      type: [
        "string",
        "number",
        "boolean",
        "null",
        "array"
      ],
      items: {
        $ref: "#/definitions/optionalScalar"
      },
      expected: "a string or a list of strings"
    },
    environment: {
      type: [
        "array",
        "object",
        "null"
      ],
      items: {
        $ref: "#/definitions/optionalScalar"
      },
      additionalProperties: {
        $ref: "#/definitions/optionalScalar"
      },
      expected: "a list of KEY=VALUE strings or a mapping of names to values"
    },
    authConfig: {
      description: "Registry credentials used to pull the image. Prefer $$NAME references to literal secrets.",
      type: [
        "object",
        "null"
      ],
      properties: {
        username: {
          $ref: "#/definitions/optionalScalar",
          description: "Registry user name."
        },
        password: {
          $ref: "#/definitions/optionalScalar",
          description: "Registry password; write $$NAME to take it from the environment at run time."
        },
        email: {
          $ref: "#/definitions/optionalScalar",
          description: "Registry e-mail; accepted and ignored (docker login no longer takes it)."
        },
        registry_token: {
          $ref: "#/definitions/optionalScalar",
          description: "Registry token; passed to docker login as the password."
        }
      },
      additionalProperties: false,
      expected: "a mapping with username, password, email, registry_token"
    },
    service: {
      description: "A service container, in Drone's compose: format.",
      type: [
        "object",
        "null"
      ],
      properties: {
        image: {
          $ref: "#/definitions/key_image"
        },
        pull: {
          $ref: "#/definitions/key_pull"
        },
        privileged: {
          $ref: "#/definitions/key_privileged"
        },
        environment: {
          $ref: "#/definitions/key_environment"
        },
        entrypoint: {
          $ref: "#/definitions/key_entrypoint"
        },
        command: {
          $ref: "#/definitions/key_command"
        },
        volumes: {
          $ref: "#/definitions/key_volumes"
        },
        devices: {
          $ref: "#/definitions/key_devices"
        },
        net: {
          $ref: "#/definitions/key_net"
        },
        dns: {
          $ref: "#/definitions/key_dns"
        },
        extra_hosts: {
          $ref: "#/definitions/key_extra_hosts"
        },
        auth_config: {
          $ref: "#/definitions/key_auth_config"
        },
        mem_limit: {
          $ref: "#/definitions/key_mem_limit"
        },
        cpuset: {
          $ref: "#/definitions/key_cpuset"
        },
        oom_kill_disable: {
          $ref: "#/definitions/key_oom_kill_disable"
        },
        expose: {
          $ref: "#/definitions/key_expose"
        },
        ports: {
          $ref: "#/definitions/key_ports"
        },
        healthcheck: {
          $ref: "#/definitions/key_healthcheck"
        }
      },
      additionalProperties: false,
      expected: "a mapping of service keys (image, environment, ...)"
    },
    step: {
      description: "A build container: the service keys plus commands and when.",
      type: [
        "object",
        "null"
      ],
      properties: {
        image: {
          $ref: "#/definitions/key_image"
        },
        pull: {
          $ref: "#/definitions/key_pull"
        },
        privileged: {
          $ref: "#/definitions/key_privileged"
        },
        environment: {
          $ref: "#/definitions/key_environment"
        },
        entrypoint: {
          $ref: "#/definitions/key_entrypoint"
        },
        command: {
          $ref: "#/definitions/key_command"
        },
        volumes: {
          $ref: "#/definitions/key_volumes"
        },
        devices: {
          $ref: "#/definitions/key_devices"
        },
        net: {
          $ref: "#/definitions/key_net"
        },
        dns: {
          $ref: "#/definitions/key_dns"
        },
        extra_hosts: {
          $ref: "#/definitions/key_extra_hosts"
        },
        auth_config: {
          $ref: "#/definitions/key_auth_config"
        },
        mem_limit: {
          $ref: "#/definitions/key_mem_limit"
        },
        cpuset: {
          $ref: "#/definitions/key_cpuset"
        },
        oom_kill_disable: {
          $ref: "#/definitions/key_oom_kill_disable"
        },
        commands: {
          $ref: "#/definitions/stringOrList",
          description: "Shell commands run in order in the build container, stopping at the first that fails."
        },
        when: {
          description: "Drone's run conditions (branch, event, ...). They cannot be decided outside Drone: the step always runs, with a warning."
        }
      },
      additionalProperties: false,
      expected: "a mapping of build keys (image, commands, ...)"
    },
    key_image: {
      $ref: "#/definitions/optionalScalar",
      description: "Docker image reference; :latest is added when it has no tag and no digest. When missing, the service name is the image."
    },
    key_pull: {
      $ref: "#/definitions/flag",
      description: "Always pull the image before starting the container."
    },
    key_privileged: {
      $ref: "#/definitions/flag",
      description: "Run the container in privileged mode. Trusted only: needs --trusted."
    },
    key_environment: {
      $ref: "#/definitions/environment",
      description: "Environment variables: a list of KEY=VALUE or a mapping. Values are kept as written; $$NAME is read from the environment at run time."
    },
    key_entrypoint: {
      $ref: "#/definitions/stringOrList",
      description: "Entrypoint: a list, or a string split like a shell command line."
    },
    key_command: {
      $ref: "#/definitions/stringOrList",
      description: "Command: a list, or a string split like a shell command line."
    },
    key_volumes: {
      $ref: "#/definitions/stringList",
      description: "Host paths mounted as host:container[:mode] (relative host paths are relative to the workspace), or named volumes of the project as name:container[:mode]. Trusted only: needs --trusted."
    },
    key_devices: {
      $ref: "#/definitions/stringList",
      description: "Host devices as host[:container[:permissions]]. Trusted only: needs --trusted."
    },
    key_net: {
      $ref: "#/definitions/optionalScalar",
      description: "Network mode of the whole build (applied to the namespace holder): bridge, host, none, container:NAME or a network name. Trusted only: needs --trusted."
    },
    key_dns: {
      $ref: "#/definitions/stringOrList",
      description: "DNS servers of the shared namespace (applied to the holder). Trusted only: needs --trusted."
    },
    key_extra_hosts: {
      $ref: "#/definitions/stringList",
      description: "host:address entries for /etc/hosts of the shared namespace (applied to the holder); a bare host name maps to 127.0.0.1. Trusted only: needs --trusted."
    },
    key_auth_config: {
      $ref: "#/definitions/authConfig"
    },
    key_mem_limit: {
      type: [
        "integer",
        "string",
        "null"
      ],
      expected: "a number of bytes or a size such as 512m",
      description: "Memory limit: bytes, or a number with b, k, m or g."
    },
    key_cpuset: {
      $ref: "#/definitions/optionalScalar",
      description: "CPUs the container may use, such as 0-3 or 0,1."
    },
    key_oom_kill_disable: {
      $ref: "#/definitions/flag",
      description: "Disable the OOM killer for the container."
    },
    port: {
      type: [
        "string",
        "integer",
        "null"
      ],
      expected: "a port number, a range such as 8000-8010, or PORT/tcp"
    },
    key_expose: {
      type: [
        "array",
        "null"
      ],
      items: {
        $ref: "#/definitions/port"
      },
      expected: "a list of ports",
      description: "Ports the service listens on inside the shared namespace (never published). up waits until each one listens; expose: [] turns the wait off, including the guess from the image name. Drone 0.4 ignored this key."
    },
    key_ports: {
      type: [
        "array",
        "null"
      ],
      items: {
        type: [
          "string",
          "integer",
          "object",
          "null"
        ],
        properties: {
          target: {
            type: [
              "integer",
              "string"
            ]
          },
          published: {
            type: [
              "integer",
              "string"
            ]
          },
          protocol: {
            type: "string"
          },
          mode: {
            type: "string"
          },
          host_ip: {
            type: "string"
          }
        },
        expected: 'a port mapping such as "8080:80" or a mapping with target'
      },
      expected: "a list of port mappings",
      description: "docker-compose port mappings. Nothing is published (all services share one namespace); the container side of each mapping is a port the service listens on, and up waits for it."
    },
    duration: {
      type: [
        "string",
        "null"
      ],
      expected: "a duration such as 1s, 500ms or 1m30s"
    },
    key_healthcheck: {
      type: [
        "object",
        "null"
      ],
      description: "A health check in docker-compose syntax. up waits until the service is healthy, and compose build services depend on it with condition: service_healthy. Drone 0.4 ignored this key.",
      properties: {
        test: {
          type: [
            "string",
            "array",
            "null"
          ],
          items: {
            $ref: "#/definitions/optionalScalar"
          },
          expected: "a command string, or a list starting with CMD, CMD-SHELL or NONE",
          description: `The check: a string (run by the container's shell), ["CMD", program, args...], ["CMD-SHELL", command] or ["NONE"] (turns the image's own check off).`
        },
        interval: {
          $ref: "#/definitions/duration",
          description: "Time between checks (Docker's default: 30s; write 1s to be ready sooner)."
        },
        timeout: {
          $ref: "#/definitions/duration",
          description: "Longest a check may run before it counts as failed."
        },
        retries: {
          type: [
            "integer",
            "null"
          ],
          minimum: 0,
          expected: "a whole number",
          description: "Failed checks in a row after which the service is unhealthy."
        },
        start_period: {
          $ref: "#/definitions/duration",
          description: "Start-up time during which failed checks do not count."
        },
        disable: {
          $ref: "#/definitions/flag",
          description: `true turns the image's own health check off, like test: ["NONE"].`
        }
      },
      additionalProperties: false,
      expected: "a mapping with test, interval, timeout, retries, start_period, disable"
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
var schema11 = { "$schema": "http://json-schema.org/draft-07/schema#", "$id": "https://drone-compose.dev/schemas/drone.schema.json", "title": "Drone 0.4 .drone.yml as accepted by drone-compose", "description": "The compose: section (service containers) and the build: section of a Drone 0.4 .drone.yml. Other Drone 0.4 sections are accepted and ignored.", "type": "object", "expected": "a mapping of Drone sections (compose:, build:, ...)", "properties": { "compose": { "description": "Service containers (databases, caches, ...) started next to the build, in declaration order, in one shared network namespace: reach them at 127.0.0.1.", "type": ["object", "null"], "additionalProperties": { "$ref": "#/definitions/service" }, "expected": "a mapping of service names to services" }, "build": { "description": "The build container: one container with image and commands, or a mapping of named steps run in order.", "type": ["object", "null"], "expected": "a build container (image, commands) or a mapping of named steps", "if": { "anyOf": [{ "required": ["image"] }, { "required": ["commands"] }] }, "then": { "$ref": "#/definitions/step" }, "else": { "additionalProperties": { "$ref": "#/definitions/step" } } }, "clone": { "description": "Drone 0.4 clone settings; ignored by drone-compose." }, "cache": { "description": "Drone 0.4 cache settings; ignored by drone-compose." }, "publish": { "description": "Drone 0.4 publish plugins; ignored by drone-compose." }, "deploy": { "description": "Drone 0.4 deploy plugins; ignored by drone-compose." }, "notify": { "description": "Drone 0.4 notification plugins; ignored by drone-compose." }, "matrix": { "description": "Drone 0.4 build matrix; its axes reach the file as $$NAME, which drone-compose turns into environment references." }, "branches": { "description": "Drone 0.4 branch filter; ignored by drone-compose." }, "debug": { "description": "Drone 0.4 debug switch; ignored by drone-compose." } }, "additionalProperties": true, "definitions": { "scalar": { "type": ["string", "number", "boolean"], "expected": "a string" }, "optionalScalar": { "type": ["string", "number", "boolean", "null"], "expected": "a string" }, "flag": { "type": ["boolean", "null"], "expected": "true or false" }, "stringList": { "type": ["array", "null"], "items": { "$ref": "#/definitions/optionalScalar" }, "expected": "a list of strings" }, "stringOrList": { "type": ["string", "number", "boolean", "null", "array"], "items": { "$ref": "#/definitions/optionalScalar" }, "expected": "a string or a list of strings" }, "environment": { "type": ["array", "object", "null"], "items": { "$ref": "#/definitions/optionalScalar" }, "additionalProperties": { "$ref": "#/definitions/optionalScalar" }, "expected": "a list of KEY=VALUE strings or a mapping of names to values" }, "authConfig": { "description": "Registry credentials used to pull the image. Prefer $$NAME references to literal secrets.", "type": ["object", "null"], "properties": { "username": { "$ref": "#/definitions/optionalScalar", "description": "Registry user name." }, "password": { "$ref": "#/definitions/optionalScalar", "description": "Registry password; write $$NAME to take it from the environment at run time." }, "email": { "$ref": "#/definitions/optionalScalar", "description": "Registry e-mail; accepted and ignored (docker login no longer takes it)." }, "registry_token": { "$ref": "#/definitions/optionalScalar", "description": "Registry token; passed to docker login as the password." } }, "additionalProperties": false, "expected": "a mapping with username, password, email, registry_token" }, "service": { "description": "A service container, in Drone's compose: format.", "type": ["object", "null"], "properties": { "image": { "$ref": "#/definitions/key_image" }, "pull": { "$ref": "#/definitions/key_pull" }, "privileged": { "$ref": "#/definitions/key_privileged" }, "environment": { "$ref": "#/definitions/key_environment" }, "entrypoint": { "$ref": "#/definitions/key_entrypoint" }, "command": { "$ref": "#/definitions/key_command" }, "volumes": { "$ref": "#/definitions/key_volumes" }, "devices": { "$ref": "#/definitions/key_devices" }, "net": { "$ref": "#/definitions/key_net" }, "dns": { "$ref": "#/definitions/key_dns" }, "extra_hosts": { "$ref": "#/definitions/key_extra_hosts" }, "auth_config": { "$ref": "#/definitions/key_auth_config" }, "mem_limit": { "$ref": "#/definitions/key_mem_limit" }, "cpuset": { "$ref": "#/definitions/key_cpuset" }, "oom_kill_disable": { "$ref": "#/definitions/key_oom_kill_disable" }, "expose": { "$ref": "#/definitions/key_expose" }, "ports": { "$ref": "#/definitions/key_ports" }, "healthcheck": { "$ref": "#/definitions/key_healthcheck" } }, "additionalProperties": false, "expected": "a mapping of service keys (image, environment, ...)" }, "step": { "description": "A build container: the service keys plus commands and when.", "type": ["object", "null"], "properties": { "image": { "$ref": "#/definitions/key_image" }, "pull": { "$ref": "#/definitions/key_pull" }, "privileged": { "$ref": "#/definitions/key_privileged" }, "environment": { "$ref": "#/definitions/key_environment" }, "entrypoint": { "$ref": "#/definitions/key_entrypoint" }, "command": { "$ref": "#/definitions/key_command" }, "volumes": { "$ref": "#/definitions/key_volumes" }, "devices": { "$ref": "#/definitions/key_devices" }, "net": { "$ref": "#/definitions/key_net" }, "dns": { "$ref": "#/definitions/key_dns" }, "extra_hosts": { "$ref": "#/definitions/key_extra_hosts" }, "auth_config": { "$ref": "#/definitions/key_auth_config" }, "mem_limit": { "$ref": "#/definitions/key_mem_limit" }, "cpuset": { "$ref": "#/definitions/key_cpuset" }, "oom_kill_disable": { "$ref": "#/definitions/key_oom_kill_disable" }, "commands": { "$ref": "#/definitions/stringOrList", "description": "Shell commands run in order in the build container, stopping at the first that fails." }, "when": { "description": "Drone's run conditions (branch, event, ...). They cannot be decided outside Drone: the step always runs, with a warning." } }, "additionalProperties": false, "expected": "a mapping of build keys (image, commands, ...)" }, "key_image": { "$ref": "#/definitions/optionalScalar", "description": "Docker image reference; :latest is added when it has no tag and no digest. When missing, the service name is the image." }, "key_pull": { "$ref": "#/definitions/flag", "description": "Always pull the image before starting the container." }, "key_privileged": { "$ref": "#/definitions/flag", "description": "Run the container in privileged mode. Trusted only: needs --trusted." }, "key_environment": { "$ref": "#/definitions/environment", "description": "Environment variables: a list of KEY=VALUE or a mapping. Values are kept as written; $$NAME is read from the environment at run time." }, "key_entrypoint": { "$ref": "#/definitions/stringOrList", "description": "Entrypoint: a list, or a string split like a shell command line." }, "key_command": { "$ref": "#/definitions/stringOrList", "description": "Command: a list, or a string split like a shell command line." }, "key_volumes": { "$ref": "#/definitions/stringList", "description": "Host paths mounted as host:container[:mode] (relative host paths are relative to the workspace), or named volumes of the project as name:container[:mode]. Trusted only: needs --trusted." }, "key_devices": { "$ref": "#/definitions/stringList", "description": "Host devices as host[:container[:permissions]]. Trusted only: needs --trusted." }, "key_net": { "$ref": "#/definitions/optionalScalar", "description": "Network mode of the whole build (applied to the namespace holder): bridge, host, none, container:NAME or a network name. Trusted only: needs --trusted." }, "key_dns": { "$ref": "#/definitions/stringOrList", "description": "DNS servers of the shared namespace (applied to the holder). Trusted only: needs --trusted." }, "key_extra_hosts": { "$ref": "#/definitions/stringList", "description": "host:address entries for /etc/hosts of the shared namespace (applied to the holder); a bare host name maps to 127.0.0.1. Trusted only: needs --trusted." }, "key_auth_config": { "$ref": "#/definitions/authConfig" }, "key_mem_limit": { "type": ["integer", "string", "null"], "expected": "a number of bytes or a size such as 512m", "description": "Memory limit: bytes, or a number with b, k, m or g." }, "key_cpuset": { "$ref": "#/definitions/optionalScalar", "description": "CPUs the container may use, such as 0-3 or 0,1." }, "key_oom_kill_disable": { "$ref": "#/definitions/flag", "description": "Disable the OOM killer for the container." }, "port": { "type": ["string", "integer", "null"], "expected": "a port number, a range such as 8000-8010, or PORT/tcp" }, "key_expose": { "type": ["array", "null"], "items": { "$ref": "#/definitions/port" }, "expected": "a list of ports", "description": "Ports the service listens on inside the shared namespace (never published). up waits until each one listens; expose: [] turns the wait off, including the guess from the image name. Drone 0.4 ignored this key." }, "key_ports": { "type": ["array", "null"], "items": { "type": ["string", "integer", "object", "null"], "properties": { "target": { "type": ["integer", "string"] }, "published": { "type": ["integer", "string"] }, "protocol": { "type": "string" }, "mode": { "type": "string" }, "host_ip": { "type": "string" } }, "expected": 'a port mapping such as "8080:80" or a mapping with target' }, "expected": "a list of port mappings", "description": "docker-compose port mappings. Nothing is published (all services share one namespace); the container side of each mapping is a port the service listens on, and up waits for it." }, "duration": { "type": ["string", "null"], "expected": "a duration such as 1s, 500ms or 1m30s" }, "key_healthcheck": { "type": ["object", "null"], "description": "A health check in docker-compose syntax. up waits until the service is healthy, and compose build services depend on it with condition: service_healthy. Drone 0.4 ignored this key.", "properties": { "test": { "type": ["string", "array", "null"], "items": { "$ref": "#/definitions/optionalScalar" }, "expected": "a command string, or a list starting with CMD, CMD-SHELL or NONE", "description": `The check: a string (run by the container's shell), ["CMD", program, args...], ["CMD-SHELL", command] or ["NONE"] (turns the image's own check off).` }, "interval": { "$ref": "#/definitions/duration", "description": "Time between checks (Docker's default: 30s; write 1s to be ready sooner)." }, "timeout": { "$ref": "#/definitions/duration", "description": "Longest a check may run before it counts as failed." }, "retries": { "type": ["integer", "null"], "minimum": 0, "expected": "a whole number", "description": "Failed checks in a row after which the service is unhealthy." }, "start_period": { "$ref": "#/definitions/duration", "description": "Start-up time during which failed checks do not count." }, "disable": { "$ref": "#/definitions/flag", "description": `true turns the image's own health check off, like test: ["NONE"].` } }, "additionalProperties": false, "expected": "a mapping with test, interval, timeout, retries, start_period, disable" } } };
var schema12 = { "description": "A service container, in Drone's compose: format.", "type": ["object", "null"], "properties": { "image": { "$ref": "#/definitions/key_image" }, "pull": { "$ref": "#/definitions/key_pull" }, "privileged": { "$ref": "#/definitions/key_privileged" }, "environment": { "$ref": "#/definitions/key_environment" }, "entrypoint": { "$ref": "#/definitions/key_entrypoint" }, "command": { "$ref": "#/definitions/key_command" }, "volumes": { "$ref": "#/definitions/key_volumes" }, "devices": { "$ref": "#/definitions/key_devices" }, "net": { "$ref": "#/definitions/key_net" }, "dns": { "$ref": "#/definitions/key_dns" }, "extra_hosts": { "$ref": "#/definitions/key_extra_hosts" }, "auth_config": { "$ref": "#/definitions/key_auth_config" }, "mem_limit": { "$ref": "#/definitions/key_mem_limit" }, "cpuset": { "$ref": "#/definitions/key_cpuset" }, "oom_kill_disable": { "$ref": "#/definitions/key_oom_kill_disable" }, "expose": { "$ref": "#/definitions/key_expose" }, "ports": { "$ref": "#/definitions/key_ports" }, "healthcheck": { "$ref": "#/definitions/key_healthcheck" } }, "additionalProperties": false, "expected": "a mapping of service keys (image, environment, ...)" };
var schema13 = { "type": ["string", "number", "boolean", "null"], "expected": "a string" };
var schema14 = { "type": ["boolean", "null"], "expected": "true or false" };
var schema37 = { "type": ["integer", "string", "null"], "expected": "a number of bytes or a size such as 512m", "description": "Memory limit: bytes, or a number with b, k, m or g." };
var schema42 = { "type": ["array", "null"], "items": { "type": ["string", "integer", "object", "null"], "properties": { "target": { "type": ["integer", "string"] }, "published": { "type": ["integer", "string"] }, "protocol": { "type": "string" }, "mode": { "type": "string" }, "host_ip": { "type": "string" } }, "expected": 'a port mapping such as "8080:80" or a mapping with target' }, "expected": "a list of port mappings", "description": "docker-compose port mappings. Nothing is published (all services share one namespace); the container side of each mapping is a port the service listens on, and up waits for it." };
var func2 = Object.prototype.hasOwnProperty;
var schema16 = { "type": ["array", "object", "null"], "items": { "$ref": "#/definitions/optionalScalar" }, "additionalProperties": { "$ref": "#/definitions/optionalScalar" }, "expected": "a list of KEY=VALUE strings or a mapping of names to values" };
function validate12(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null;
  let errors = 0;
  if (typeof data != "object") {
    const err0 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: schema16.type }, message: "must be array,object,null" };
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
        const err1 = { instancePath: instancePath + "/" + i0, schemaPath: "#/definitions/optionalScalar/type", keyword: "type", params: { type: schema13.type }, message: "must be string,number,boolean,null" };
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
        const err2 = { instancePath: instancePath + "/" + key0.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/definitions/optionalScalar/type", keyword: "type", params: { type: schema13.type }, message: "must be string,number,boolean,null" };
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
var schema19 = { "type": ["string", "number", "boolean", "null", "array"], "items": { "$ref": "#/definitions/optionalScalar" }, "expected": "a string or a list of strings" };
function validate14(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null;
  let errors = 0;
  if (typeof data !== "string" && !(typeof data == "number") && typeof data !== "boolean" && data !== null && !Array.isArray(data)) {
    const err0 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: schema19.type }, message: "must be string,number,boolean,null,array" };
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
        const err1 = { instancePath: instancePath + "/" + i0, schemaPath: "#/definitions/optionalScalar/type", keyword: "type", params: { type: schema13.type }, message: "must be string,number,boolean,null" };
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
    const err0 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: schema19.type }, message: "must be string,number,boolean,null,array" };
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
        const err1 = { instancePath: instancePath + "/" + i0, schemaPath: "#/definitions/optionalScalar/type", keyword: "type", params: { type: schema13.type }, message: "must be string,number,boolean,null" };
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
var schema23 = { "type": ["array", "null"], "items": { "$ref": "#/definitions/optionalScalar" }, "expected": "a list of strings" };
function validate18(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null;
  let errors = 0;
  if (!Array.isArray(data) && data !== null) {
    const err0 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: schema23.type }, message: "must be array,null" };
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
        const err1 = { instancePath: instancePath + "/" + i0, schemaPath: "#/definitions/optionalScalar/type", keyword: "type", params: { type: schema13.type }, message: "must be string,number,boolean,null" };
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
    const err0 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: schema23.type }, message: "must be array,null" };
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
        const err1 = { instancePath: instancePath + "/" + i0, schemaPath: "#/definitions/optionalScalar/type", keyword: "type", params: { type: schema13.type }, message: "must be string,number,boolean,null" };
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
    const err0 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: schema19.type }, message: "must be string,number,boolean,null,array" };
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
        const err1 = { instancePath: instancePath + "/" + i0, schemaPath: "#/definitions/optionalScalar/type", keyword: "type", params: { type: schema13.type }, message: "must be string,number,boolean,null" };
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
    const err0 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: schema23.type }, message: "must be array,null" };
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
        const err1 = { instancePath: instancePath + "/" + i0, schemaPath: "#/definitions/optionalScalar/type", keyword: "type", params: { type: schema13.type }, message: "must be string,number,boolean,null" };
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
var schema32 = { "description": "Registry credentials used to pull the image. Prefer $$NAME references to literal secrets.", "type": ["object", "null"], "properties": { "username": { "$ref": "#/definitions/optionalScalar", "description": "Registry user name." }, "password": { "$ref": "#/definitions/optionalScalar", "description": "Registry password; write $$NAME to take it from the environment at run time." }, "email": { "$ref": "#/definitions/optionalScalar", "description": "Registry e-mail; accepted and ignored (docker login no longer takes it)." }, "registry_token": { "$ref": "#/definitions/optionalScalar", "description": "Registry token; passed to docker login as the password." } }, "additionalProperties": false, "expected": "a mapping with username, password, email, registry_token" };
function validate26(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null;
  let errors = 0;
  if (!(data && typeof data == "object" && !Array.isArray(data)) && data !== null) {
    const err0 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: schema32.type }, message: "must be object,null" };
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
        const err2 = { instancePath: instancePath + "/username", schemaPath: "#/definitions/optionalScalar/type", keyword: "type", params: { type: schema13.type }, message: "must be string,number,boolean,null" };
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
        const err3 = { instancePath: instancePath + "/password", schemaPath: "#/definitions/optionalScalar/type", keyword: "type", params: { type: schema13.type }, message: "must be string,number,boolean,null" };
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
        const err4 = { instancePath: instancePath + "/email", schemaPath: "#/definitions/optionalScalar/type", keyword: "type", params: { type: schema13.type }, message: "must be string,number,boolean,null" };
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
        const err5 = { instancePath: instancePath + "/registry_token", schemaPath: "#/definitions/optionalScalar/type", keyword: "type", params: { type: schema13.type }, message: "must be string,number,boolean,null" };
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
var schema40 = { "type": ["array", "null"], "items": { "$ref": "#/definitions/port" }, "expected": "a list of ports", "description": "Ports the service listens on inside the shared namespace (never published). up waits until each one listens; expose: [] turns the wait off, including the guess from the image name. Drone 0.4 ignored this key." };
var schema41 = { "type": ["string", "integer", "null"], "expected": "a port number, a range such as 8000-8010, or PORT/tcp" };
function validate28(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null;
  let errors = 0;
  if (!Array.isArray(data) && data !== null) {
    const err0 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: schema40.type }, message: "must be array,null" };
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
        const err1 = { instancePath: instancePath + "/" + i0, schemaPath: "#/definitions/port/type", keyword: "type", params: { type: schema41.type }, message: "must be string,integer,null" };
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
var schema43 = { "type": ["object", "null"], "description": "A health check in docker-compose syntax. up waits until the service is healthy, and compose build services depend on it with condition: service_healthy. Drone 0.4 ignored this key.", "properties": { "test": { "type": ["string", "array", "null"], "items": { "$ref": "#/definitions/optionalScalar" }, "expected": "a command string, or a list starting with CMD, CMD-SHELL or NONE", "description": `The check: a string (run by the container's shell), ["CMD", program, args...], ["CMD-SHELL", command] or ["NONE"] (turns the image's own check off).` }, "interval": { "$ref": "#/definitions/duration", "description": "Time between checks (Docker's default: 30s; write 1s to be ready sooner)." }, "timeout": { "$ref": "#/definitions/duration", "description": "Longest a check may run before it counts as failed." }, "retries": { "type": ["integer", "null"], "minimum": 0, "expected": "a whole number", "description": "Failed checks in a row after which the service is unhealthy." }, "start_period": { "$ref": "#/definitions/duration", "description": "Start-up time during which failed checks do not count." }, "disable": { "$ref": "#/definitions/flag", "description": `true turns the image's own health check off, like test: ["NONE"].` } }, "additionalProperties": false, "expected": "a mapping with test, interval, timeout, retries, start_period, disable" };
var schema45 = { "type": ["string", "null"], "expected": "a duration such as 1s, 500ms or 1m30s" };
function validate30(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null;
  let errors = 0;
  if (!(data && typeof data == "object" && !Array.isArray(data)) && data !== null) {
    const err0 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: schema43.type }, message: "must be object,null" };
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
        const err2 = { instancePath: instancePath + "/test", schemaPath: "#/properties/test/type", keyword: "type", params: { type: schema43.properties.test.type }, message: "must be string,array,null" };
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
            const err3 = { instancePath: instancePath + "/test/" + i0, schemaPath: "#/definitions/optionalScalar/type", keyword: "type", params: { type: schema13.type }, message: "must be string,number,boolean,null" };
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
        const err4 = { instancePath: instancePath + "/interval", schemaPath: "#/definitions/duration/type", keyword: "type", params: { type: schema45.type }, message: "must be string,null" };
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
        const err5 = { instancePath: instancePath + "/timeout", schemaPath: "#/definitions/duration/type", keyword: "type", params: { type: schema45.type }, message: "must be string,null" };
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
        const err6 = { instancePath: instancePath + "/retries", schemaPath: "#/properties/retries/type", keyword: "type", params: { type: schema43.properties.retries.type }, message: "must be integer,null" };
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
        const err8 = { instancePath: instancePath + "/start_period", schemaPath: "#/definitions/duration/type", keyword: "type", params: { type: schema45.type }, message: "must be string,null" };
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
        const err9 = { instancePath: instancePath + "/disable", schemaPath: "#/definitions/flag/type", keyword: "type", params: { type: schema14.type }, message: "must be boolean,null" };
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
    const err0 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: schema12.type }, message: "must be object,null" };
    if (vErrors === null) {
      vErrors = [err0];
    } else {
      vErrors.push(err0);
    }
    errors++;
  }
  if (data && typeof data == "object" && !Array.isArray(data)) {
    for (const key0 in data) {
      if (!func2.call(schema12.properties, key0)) {
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
        const err2 = { instancePath: instancePath + "/image", schemaPath: "#/definitions/key_image/type", keyword: "type", params: { type: schema13.type }, message: "must be string,number,boolean,null" };
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
        const err3 = { instancePath: instancePath + "/pull", schemaPath: "#/definitions/key_pull/type", keyword: "type", params: { type: schema14.type }, message: "must be boolean,null" };
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
        const err4 = { instancePath: instancePath + "/privileged", schemaPath: "#/definitions/key_privileged/type", keyword: "type", params: { type: schema14.type }, message: "must be boolean,null" };
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
        const err5 = { instancePath: instancePath + "/net", schemaPath: "#/definitions/key_net/type", keyword: "type", params: { type: schema13.type }, message: "must be string,number,boolean,null" };
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
        const err6 = { instancePath: instancePath + "/mem_limit", schemaPath: "#/definitions/key_mem_limit/type", keyword: "type", params: { type: schema37.type }, message: "must be integer,string,null" };
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
        const err7 = { instancePath: instancePath + "/cpuset", schemaPath: "#/definitions/key_cpuset/type", keyword: "type", params: { type: schema13.type }, message: "must be string,number,boolean,null" };
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
        const err8 = { instancePath: instancePath + "/oom_kill_disable", schemaPath: "#/definitions/key_oom_kill_disable/type", keyword: "type", params: { type: schema14.type }, message: "must be boolean,null" };
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
        const err9 = { instancePath: instancePath + "/ports", schemaPath: "#/definitions/key_ports/type", keyword: "type", params: { type: schema42.type }, message: "must be array,null" };
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
            const err10 = { instancePath: instancePath + "/ports/" + i0, schemaPath: "#/definitions/key_ports/items/type", keyword: "type", params: { type: schema42.items.type }, message: "must be string,integer,object,null" };
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
                const err11 = { instancePath: instancePath + "/ports/" + i0 + "/target", schemaPath: "#/definitions/key_ports/items/properties/target/type", keyword: "type", params: { type: schema42.items.properties.target.type }, message: "must be integer,string" };
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
                const err12 = { instancePath: instancePath + "/ports/" + i0 + "/published", schemaPath: "#/definitions/key_ports/items/properties/published/type", keyword: "type", params: { type: schema42.items.properties.published.type }, message: "must be integer,string" };
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
var schema49 = { "description": "A build container: the service keys plus commands and when.", "type": ["object", "null"], "properties": { "image": { "$ref": "#/definitions/key_image" }, "pull": { "$ref": "#/definitions/key_pull" }, "privileged": { "$ref": "#/definitions/key_privileged" }, "environment": { "$ref": "#/definitions/key_environment" }, "entrypoint": { "$ref": "#/definitions/key_entrypoint" }, "command": { "$ref": "#/definitions/key_command" }, "volumes": { "$ref": "#/definitions/key_volumes" }, "devices": { "$ref": "#/definitions/key_devices" }, "net": { "$ref": "#/definitions/key_net" }, "dns": { "$ref": "#/definitions/key_dns" }, "extra_hosts": { "$ref": "#/definitions/key_extra_hosts" }, "auth_config": { "$ref": "#/definitions/key_auth_config" }, "mem_limit": { "$ref": "#/definitions/key_mem_limit" }, "cpuset": { "$ref": "#/definitions/key_cpuset" }, "oom_kill_disable": { "$ref": "#/definitions/key_oom_kill_disable" }, "commands": { "$ref": "#/definitions/stringOrList", "description": "Shell commands run in order in the build container, stopping at the first that fails." }, "when": { "description": "Drone's run conditions (branch, event, ...). They cannot be decided outside Drone: the step always runs, with a warning." } }, "additionalProperties": false, "expected": "a mapping of build keys (image, commands, ...)" };
function validate42(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null;
  let errors = 0;
  if (typeof data !== "string" && !(typeof data == "number") && typeof data !== "boolean" && data !== null && !Array.isArray(data)) {
    const err0 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: schema19.type }, message: "must be string,number,boolean,null,array" };
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
        const err1 = { instancePath: instancePath + "/" + i0, schemaPath: "#/definitions/optionalScalar/type", keyword: "type", params: { type: schema13.type }, message: "must be string,number,boolean,null" };
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
    const err0 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: schema49.type }, message: "must be object,null" };
    if (vErrors === null) {
      vErrors = [err0];
    } else {
      vErrors.push(err0);
    }
    errors++;
  }
  if (data && typeof data == "object" && !Array.isArray(data)) {
    for (const key0 in data) {
      if (!func2.call(schema49.properties, key0)) {
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
        const err2 = { instancePath: instancePath + "/image", schemaPath: "#/definitions/key_image/type", keyword: "type", params: { type: schema13.type }, message: "must be string,number,boolean,null" };
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
        const err3 = { instancePath: instancePath + "/pull", schemaPath: "#/definitions/key_pull/type", keyword: "type", params: { type: schema14.type }, message: "must be boolean,null" };
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
        const err4 = { instancePath: instancePath + "/privileged", schemaPath: "#/definitions/key_privileged/type", keyword: "type", params: { type: schema14.type }, message: "must be boolean,null" };
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
        const err5 = { instancePath: instancePath + "/net", schemaPath: "#/definitions/key_net/type", keyword: "type", params: { type: schema13.type }, message: "must be string,number,boolean,null" };
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
        const err6 = { instancePath: instancePath + "/mem_limit", schemaPath: "#/definitions/key_mem_limit/type", keyword: "type", params: { type: schema37.type }, message: "must be integer,string,null" };
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
        const err7 = { instancePath: instancePath + "/cpuset", schemaPath: "#/definitions/key_cpuset/type", keyword: "type", params: { type: schema13.type }, message: "must be string,number,boolean,null" };
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
        const err8 = { instancePath: instancePath + "/oom_kill_disable", schemaPath: "#/definitions/key_oom_kill_disable/type", keyword: "type", params: { type: schema14.type }, message: "must be boolean,null" };
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
        const err0 = { instancePath: instancePath + "/compose", schemaPath: "#/properties/compose/type", keyword: "type", params: { type: schema11.properties.compose.type }, message: "must be object,null" };
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
        const err1 = { instancePath: instancePath + "/build", schemaPath: "#/properties/build/type", keyword: "type", params: { type: schema11.properties.build.type }, message: "must be object,null" };
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

// src/validate/schema.ts
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
function deref(node) {
  let n = node;
  for (let i = 0; n && typeof n["$ref"] === "string" && i < 10; i++) {
    let target = drone_schema_default;
    for (const seg of n["$ref"].replace(/^#\//, "").split("/")) target = target?.[seg];
    n = target;
  }
  return n;
}
function schemaAt(data, ptr) {
  let node = deref(drone_schema_default);
  let value = data;
  for (const seg of splitPointer(ptr)) {
    if (!node) return void 0;
    if (node["if"] && node["then"]) {
      node = isSingleBuild(value ?? {}) ? deref(node["then"]) : { ...node, ...node["else"] };
    }
    const props = node?.["properties"];
    const extra = node?.["additionalProperties"];
    const next = Array.isArray(value) ? node?.["items"] : props?.[seg] ?? (typeof extra === "object" ? extra : void 0);
    node = deref(next);
    value = value !== null && typeof value === "object" ? value[seg] : void 0;
  }
  if (node?.["if"] && node["then"] && isSingleBuild(value ?? {})) return deref(node["then"]);
  return node;
}
function kindOf(v) {
  if (v === null) return "empty";
  if (Array.isArray(v)) return "a list";
  if (typeof v === "object") return "a mapping";
  if (typeof v === "string") return "a string";
  if (typeof v === "number") return "a number";
  return typeof v === "boolean" ? "true or false" : typeof v;
}
function valueAt(data, ptr) {
  let v = data;
  for (const seg of splitPointer(ptr)) {
    if (v === null || typeof v !== "object") return void 0;
    v = v[seg];
  }
  return v;
}
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
    const node = schemaAt(file.data, e.instancePath);
    const expected = typeof node?.["expected"] === "string" ? node["expected"] : `valid (${e.keyword})`;
    const value = valueAt(file.data, e.instancePath);
    const hint = typeof value === "string" && /^(true|false|yes|no|on|off)$/i.test(value) && expected === "true or false" ? "write it without quotes" : void 0;
    diags.error("invalid-type", `${describePointer(e.instancePath)} must be ${expected}, not ${kindOf(value)}`, locate(file, e.instancePath).value, hint);
  }
}

// src/compile.ts
var DEFAULT_HOLDER_IMAGE = "busybox:1.36.1";
function redactCredentials(file, source) {
  const secrets = [];
  for (const c of containers(file)) {
    const auth = c.data["auth_config"];
    if (!auth || typeof auth !== "object") continue;
    for (const key of ["password", "registry_token"]) {
      const value = auth[key];
      if (value === void 0 || value === null) continue;
      const loc = file.locs.get(`${c.ptr}/auth_config/${key}`);
      if (!loc) continue;
      source.redact(loc.value);
      for (const literal of String(loc.raw ?? value).split(/\$\$\{?[A-Za-z_][A-Za-z0-9_]*\}?/)) if (literal.length > 0) secrets.push(literal);
    }
  }
  return secrets;
}
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
  const finish = (outputs2 = {}, project2) => {
    let list = diags.list;
    if (options.strict) list = strictify(list);
    const failed = list.some((d) => d.severity === "error");
    return { outputs: failed ? {} : outputs2, diagnostics: sortDiagnostics(list), source, secrets, ...project2 ? { project: project2 } : {} };
  };
  const file = parseYaml(source, diags, { ...DEFAULT_LIMITS, ...options.limits });
  if (!file || !checkSections(file, diags)) return finish();
  dropIgnoredFindings(file, source, diags);
  secrets = redactCredentials(file, source);
  validateSchema(file, diags);
  checkTrust(file, options.trusted ?? false, diags);
  checkNames(file, HOLDER_NAME, diags);
  const repo = options.repo;
  if (repo === void 0 || repo === "") {
    diags.error("missing-repo", "the repository path is not known", void 0, "pass --repo github.com/OWNER/NAME, or run where the git remote origin names it");
  } else if (!REPO.test(repo) || repo.split("/").includes("..")) {
    diags.error("usage", `--repo ${JSON.stringify(repo)} is not a repository path such as github.com/octocat/hello-world`);
  }
  const name = options.name ?? projectNameFrom(repo ?? "");
  if (!PROJECT_NAME.test(name)) {
    diags.error("usage", `--name ${JSON.stringify(name)} must be lowercase letters, digits, \`_\` and \`-\`, starting with a letter or digit`);
  }
  const holderImage = options.holderImage ?? DEFAULT_HOLDER_IMAGE;
  const holderRef = parseImage(holderImage);
  if ("error" in holderRef) {
    diags.error("usage", `--holder-image ${JSON.stringify(holderImage)} is not a valid image reference: ${holderRef.error}`, void 0, `an image such as ${DEFAULT_HOLDER_IMAGE}`);
  }
  const targets = options.targets ?? ["sh"];
  if (targets.includes("compose") && (options.workspaceDir ?? ".").includes(":")) {
    diags.error("usage", `the workspace folder ${JSON.stringify(options.workspaceDir)} contains \`:\`, which a compose file cannot mount`, void 0, "rename the folder, or use the sh target");
  }
  if (targets.includes("compose")) {
    for (const c of containers(file)) {
      const auth = c.data["auth_config"];
      if (auth && typeof auth === "object") {
        diags.warning("ignored-option", `a compose file cannot carry the registry credentials of ${c.label}; log in to the registry before docker-compose pulls`, keySpan(file, `${c.ptr}/auth_config`));
      }
    }
  }
  const project = lower(
    file,
    source,
    {
      source: options.sourceName ?? source.name,
      repo: repo ?? "unknown",
      name,
      holderImage,
      workspaceDir: options.workspaceDir ?? ".",
      trusted: options.trusted ?? false,
      targets
    },
    diags
  );
  if (diags.hasErrors || options.strict && diags.list.length > 0) return finish({}, project);
  const outputs = {};
  for (const target of targets) outputs[target] = emit(target, project);
  return finish(outputs, project);
}
function emit(target, project) {
  switch (target) {
    case "sh":
      return emitSh(project);
    case "compose":
      return emitCompose(project);
    default:
      return assertNever(target);
  }
}

// src/config.ts
var import_node_path2 = require("node:path");
var CONFIG_FILE = "drone-compose.config.json";
function targetFromPath(path) {
  return /\.ya?ml$/i.test(path) ? "compose" : "sh";
}
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
    if (typeof target !== "string" || !TARGETS.includes(target)) return { error: `outputs[${i}].target must be one of ${TARGETS.join(", ")}` };
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
    const text = buf.subarray(0, got).toString("utf8");
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
      const st = (0, import_node_fs2.statSync)(dotgit);
      if (st.isDirectory()) return (0, import_node_path4.join)(dotgit, "config");
      const m = /^gitdir:\s*(.+)$/m.exec((0, import_node_fs2.readFileSync)(dotgit, "utf8"));
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
      (0, import_node_fs2.lstatSync)((0, import_node_path4.join)(d, ".git"));
      return d;
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

// src/report.ts
var FORMATS = ["text", "json", "github", "sarif"];
function place(r) {
  const file = visible(r.file ?? r.source?.name ?? "drone-compose");
  const span = r.diagnostic.span;
  if (!r.source || !span) return { file };
  const start = r.source.position(span[0]);
  const end = r.source.position(Math.max(span[0], span[1]));
  return { file, line: start.line, column: start.column, endLine: end.line, endColumn: end.column };
}
function summary(list) {
  const errors = list.filter((r) => r.diagnostic.severity === "error").length;
  const warnings = list.length - errors;
  const parts = [errors ? `${errors} error${errors > 1 ? "s" : ""}` : "", warnings ? `${warnings} warning${warnings > 1 ? "s" : ""}` : ""];
  return `drone-compose: ${parts.filter(Boolean).join(", ")}
`;
}
var COLOR = { error: "\x1B[1;31m", warning: "\x1B[1;33m", dim: "\x1B[2m", reset: "\x1B[0m" };
function colorize(text) {
  return text.replace(/^(.*?: )(error|warning)(\[[a-z-]+\])/gm, (_, where, sev, code) => `${COLOR.dim}${where}${COLOR.reset}${COLOR[sev]}${sev}${code}${COLOR.reset}`).replace(/^(\s*)(\^+)$/gm, (_, pad, carets) => `${pad}${COLOR.error}${carets}${COLOR.reset}`);
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
    helpUri: `https://www.npmjs.com/package/drone-compose#diagnostics`
  }));
}
function formatDiagnostics(list, format, options = {}) {
  switch (format) {
    case "text": {
      if (list.length === 0) return "";
      const text = list.map((r) => renderText(r.diagnostic, r.source, r.file)).join("") + summary(list);
      return options.color ? colorize(text) : text;
    }
    case "json": {
      const diagnostics = list.map((r) => {
        const d = r.diagnostic;
        return { severity: d.severity, code: d.code, message: visible(d.message), ...d.hint ? { hint: visible(d.hint) } : {}, ...place(r) };
      });
      const errors = diagnostics.filter((d) => d.severity === "error").length;
      return `${JSON.stringify({ version: 1, diagnostics, errors, warnings: diagnostics.length - errors }, null, 2)}
`;
    }
    case "github":
      return list.map((r) => {
        const p = place(r);
        const message = r.diagnostic.hint ? `${visible(r.diagnostic.message)}
${visible(r.diagnostic.hint)}` : visible(r.diagnostic.message);
        return githubCommand(r.diagnostic.severity, { file: p.file, line: p.line, col: p.column, endLine: p.endLine, endColumn: p.endColumn, title: r.diagnostic.code }, message);
      }).join("");
    case "sarif": {
      const rules = sarifRules();
      const index = new Map(rules.map((r, i) => [r.id, i]));
      const results = list.map((r) => {
        const p = place(r);
        const d = r.diagnostic;
        return {
          ruleId: d.code,
          ruleIndex: index.get(d.code),
          level: d.severity,
          message: { text: visible(d.hint ? `${d.message}. ${d.hint}` : d.message) },
          locations: [
            {
              physicalLocation: {
                artifactLocation: { uri: p.file.replace(/\\/g, "/") },
                ...p.line !== void 0 ? { region: { startLine: p.line, startColumn: p.column, endLine: p.endLine, endColumn: p.endColumn } } : {}
              }
            }
          ]
        };
      });
      const sarif = {
        $schema: "https://json.schemastore.org/sarif-2.1.0.json",
        version: "2.1.0",
        runs: [
          {
            tool: { driver: { name: "drone-compose", version: options.version ?? "0.0.0", informationUri: "https://www.npmjs.com/package/drone-compose", rules } },
            results
          }
        ]
      };
      return `${JSON.stringify(sarif, null, 2)}
`;
    }
  }
}

// src/cli.ts
var VERSION = true ? "0.1.0" : "0.0.0-dev";
var Exit = class extends Error {
  constructor(code) {
    super(`exit ${code}`);
    this.code = code;
  }
  code;
};
var run = { reported: [], seen: /* @__PURE__ */ new Set(), format: "text", artifactOnStdout: false, printed: false };
function add(diagnostic, source, file) {
  const key = `${diagnostic.code}|${file ?? source?.name ?? ""}|${diagnostic.span?.join(",") ?? ""}|${diagnostic.message}`;
  if (run.seen.has(key)) return;
  run.seen.add(key);
  run.reported.push({ diagnostic, source, ...file !== void 0 ? { file } : {} });
}
function fail(code, file, message, hint) {
  add({ severity: "error", code, message, ...hint ? { hint } : {} }, void 0, file);
  throw new Exit(2);
}
function usageError(message) {
  return fail("usage", "drone-compose", message, "try 'drone-compose --help'");
}
function ioError(path, message) {
  return fail("io", path, message);
}
function why(e) {
  if (e instanceof RefusedPath) return e.message;
  const code = e.code;
  if (code === "ENOENT") return "no such file";
  if (code === "EISDIR") return "it is a folder";
  return code ?? String(e);
}
function printReport() {
  if (run.printed) return;
  run.printed = true;
  const list = run.reported;
  if (list.length === 0 && (run.format === "text" || run.format === "github")) return;
  const text = formatDiagnostics(list, run.format, { color: run.format === "text" && useColor(), version: VERSION });
  (run.format !== "text" && !run.artifactOnStdout ? process.stdout : process.stderr).write(text);
}
function diffStream() {
  return run.format === "json" || run.format === "sarif" ? process.stderr : process.stdout;
}
function positiveInt(value) {
  const n = Number(value);
  if (!Number.isSafeInteger(n) || n <= 0) throw new InvalidArgumentError("must be a positive whole number");
  return n;
}
var collect = (value, previous) => [...previous ?? [], value];
function targetArg(value) {
  if (!TARGETS.includes(value)) throw new InvalidArgumentError(`Allowed choices are ${TARGETS.join(", ")}.`);
  return value;
}
function posixRelative(from, to) {
  const rel = (0, import_node_path5.relative)(from, to).split(import_node_path5.sep).join("/");
  return rel === "" ? "." : rel;
}
function within(folder, path) {
  const rel = (0, import_node_path5.relative)(folder, path);
  return rel === "" || rel !== ".." && !rel.startsWith(`..${import_node_path5.sep}`) && !(0, import_node_path5.isAbsolute)(rel);
}
function useColor() {
  const force = process.env["FORCE_COLOR"];
  if (force !== void 0) return force !== "0" && force !== "false";
  if (process.env["NO_COLOR"] !== void 0 && process.env["NO_COLOR"] !== "") return false;
  return process.stderr.isTTY === true;
}
function addCompileOptions(cmd) {
  return cmd.option("--strict", "treat every warning as an error").option("--trusted", "allow trusted-only options: privileged, volumes, devices, net, dns, extra_hosts").option("--repo <path>", "repository path mounted at /drone/src/<path> (default: from the git remote origin)").option("--name <name>", "project name prefixing containers and volumes (default: the repository name)").option("--holder-image <image>", `image of the container that owns the shared network namespace (default: ${DEFAULT_HOLDER_IMAGE})`).option("--max-bytes <n>", "largest input accepted, in bytes (default: 10 MiB)", positiveInt).addOption(new Option("--format <format>", "how diagnostics are printed").choices(FORMATS).default("text"));
}
function makeFolders(path) {
  const missing = [];
  for (let p = (0, import_node_path5.resolve)(path); !(0, import_node_fs3.existsSync)(p); p = (0, import_node_path5.dirname)(p)) {
    missing.push(p);
    if ((0, import_node_path5.dirname)(p) === p) break;
  }
  for (const p of missing.reverse()) (0, import_node_fs3.mkdirSync)(p);
}
var commanderError = "";
function program2() {
  const cmd = new Command("drone-compose").description("Compile the compose: (and build:) section of a Drone 0.4 .drone.yml into a POSIX sh script or a docker-compose.yml.").argument("[file]", "the Drone file; - reads standard input", ".drone.yml").option("-t, --target <target>", "what to emit: sh or compose (repeatable, paired with -o in order)", (v, p) => collect(targetArg(v), p)).option("-o, --output <path>", "write to this file, atomically, creating missing folders (repeatable; the target defaults from the name: .yml is compose)", (v, p) => collect(v, p)).option("-c, --config <path>", `outputs and options from a JSON file (default: ${CONFIG_FILE} next to the input, when there is no -o)`).option("--check", "exit 1 and print a diff when an output file is not exactly what would be written; never writes").option("--force", "with -o: overwrite a file that drone-compose did not generate");
  const output = { outputError: (s) => void (commanderError += s) };
  addCompileOptions(cmd).version(VERSION, "-V, --version").helpOption("-h, --help").showSuggestionAfterError(true).enablePositionalOptions().exitOverride().configureOutput(output);
  const diff = new Command("diff").description("compile the Drone file as it is at a git revision and in the working tree, and print the diff of the artifacts; exit 1 when they differ").argument("[rev]", "git revision", "HEAD").argument("[file]", "the Drone file", ".drone.yml").option("-t, --target <target>", "only this target (repeatable; default: those of the config file, else both)", (v, p) => collect(targetArg(v), p)).option("-c, --config <path>", `outputs and options from a JSON file (default: ${CONFIG_FILE} next to the input)`);
  addCompileOptions(diff).exitOverride().configureOutput(output);
  cmd.addCommand(diff);
  return cmd;
}
function repositoryOf(file) {
  const dir = unlinkedFolder((0, import_node_path5.dirname)((0, import_node_path5.resolve)(file)));
  const top = gitTop(dir) ?? dir;
  return { top, real: import_node_fs3.realpathSync.native(top) };
}
function unlinkedFolder(dir) {
  const cwd = process.cwd();
  let base = cwd;
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
function repositoryFile(file, what) {
  let real;
  try {
    (0, import_node_fs3.lstatSync)(file);
    real = import_node_fs3.realpathSync.native(file);
  } catch (e) {
    const code = e.code;
    return ioError(file, `cannot read ${what}: ${code === "ENOENT" && existsLink(file) ? "it is a symbolic link to nothing" : why(e)}`);
  }
  const repo = repositoryOf(file);
  if (!within(repo.real, real)) {
    ioError(file, `refusing to read ${what}: it is a symbolic link to ${real}, outside the repository ${repo.top}`);
  }
  const st = (0, import_node_fs3.statSync)(real);
  if (st.isDirectory()) ioError(file, `cannot read ${what}: it is a folder`);
  if (!st.isFile()) ioError(file, `refusing to read ${what}: it is not a regular file`);
  return real;
}
function resolvedOr(path) {
  try {
    return import_node_fs3.realpathSync.native(path);
  } catch {
    return path;
  }
}
function existsLink(file) {
  try {
    return (0, import_node_fs3.lstatSync)(file).isSymbolicLink();
  } catch {
    return false;
  }
}
function readInput(file, opts) {
  if (file === "-") {
    try {
      return (0, import_node_fs3.readFileSync)(0, "utf8");
    } catch (e) {
      return ioError("<stdin>", `cannot read the input: ${why(e)}`);
    }
  }
  const real = repositoryFile(file, "the input");
  const limit = opts.maxBytes ?? DEFAULT_LIMITS.maxBytes;
  let got;
  try {
    got = readRegular(real, limit, limit + 1);
  } catch (e) {
    return ioError(file, `cannot read the input: ${why(e)}`);
  }
  return got.kind === "file" ? got.text : got.kind === "large" ? got.head : "";
}
function readConfig(opts, inputDir) {
  const path = opts.config ?? (0, import_node_path5.join)(inputDir, CONFIG_FILE);
  if (!opts.config && !(0, import_node_fs3.existsSync)(path) && !existsLink(path)) return void 0;
  const real = opts.config ? resolvedOr(path) : repositoryFile(path, "the config file");
  let got;
  try {
    got = readRegular(real, MAX_OUTPUT_BYTES);
  } catch (e) {
    return ioError(path, `cannot read: ${why(e)}`);
  }
  if (got.kind !== "file") return ioError(path, `cannot read: it is larger than ${MAX_OUTPUT_BYTES} bytes`);
  const config = parseConfig(got.text);
  if ("error" in config) return ioError(path, `invalid config: ${config.error}`);
  return { config, path };
}
function confine(configPath, rel) {
  return confineTo((0, import_node_path5.dirname)((0, import_node_path5.resolve)(configPath)), rel, configPath, (real) => `invalid config: the output path ${JSON.stringify(rel)} leads through a symbolic link to ${real}, outside the config file's folder`);
}
function confineTo(base, rel, file, refused) {
  const target = (0, import_node_path5.join)(base, rel);
  let dir = (0, import_node_path5.dirname)(target);
  while (!(0, import_node_fs3.existsSync)(dir) && (0, import_node_path5.dirname)(dir) !== dir) dir = (0, import_node_path5.dirname)(dir);
  let realBase;
  let real;
  try {
    realBase = import_node_fs3.realpathSync.native(base);
    real = import_node_fs3.realpathSync.native(dir);
  } catch (e) {
    return ioError(file, `cannot resolve the output path ${JSON.stringify(rel)}: ${why(e)}`);
  }
  const inside = (0, import_node_path5.relative)(realBase, real);
  if (!within(realBase, real) || inside.split(import_node_path5.sep).some((part) => part.toLowerCase() === ".git")) ioError(file, refused(real));
  return posixRelative(process.cwd(), target);
}
function confineOutput(path) {
  if ((0, import_node_path5.isAbsolute)(path)) return path;
  const cwd = process.cwd();
  const top = gitTop(cwd) ?? cwd;
  const rel = (0, import_node_path5.relative)(top, (0, import_node_path5.resolve)(path));
  if (!within(top, (0, import_node_path5.resolve)(path))) return path;
  confineTo(top, rel, path, (real) => `refusing to write: a folder of the path is a symbolic link to ${real}, outside the repository ${top} or inside .git`);
  return path;
}
function plan(opts, inputDir) {
  const targets = opts.target ?? [];
  const outputs = opts.output ?? [];
  if (outputs.length > 0) {
    if (opts.config) usageError("give outputs with -o or with --config, not both");
    if (targets.length > outputs.length) usageError(`${targets.length} targets for ${outputs.length} outputs: pair each -t with an -o`);
    for (const path of outputs) {
      const problem = pathProblem(path);
      if (problem) usageError(`the output path ${JSON.stringify(path)} ${problem}`);
    }
    return { outputs: outputs.map((path, i) => ({ target: targets[i] ?? targetFromPath(path), path: confineOutput(path) })) };
  }
  const found = targets.length === 0 || opts.config ? readConfig(opts, inputDir) : void 0;
  if (found && targets.length === 0) {
    return { outputs: found.config.outputs.map((o) => ({ target: o.target, path: confine(found.path, o.path), fromConfig: true })), config: found.config };
  }
  if (targets.length > 1) usageError("several targets need an -o each");
  if (opts.check) usageError("--check needs -o PATH (or a config file): the file to compare with");
  return { outputs: [{ target: targets[0] ?? "sh" }] };
}
function compileOptions(opts, config, file, inputDir, outDir, target) {
  const repo = opts.repo ?? config?.repo ?? repoFromGit(inputDir);
  const name = opts.name ?? config?.name;
  return {
    targets: [target],
    filename: file === "-" ? "<stdin>" : file,
    sourceName: file === "-" ? "<stdin>" : posixRelative(outDir, (0, import_node_path5.resolve)(file)),
    ...repo ? { repo } : {},
    ...name ? { name } : {},
    holderImage: opts.holderImage ?? config?.holderImage ?? DEFAULT_HOLDER_IMAGE,
    workspaceDir: posixRelative(outDir, inputDir),
    // Only the command line can grant trust; the config file cannot (parseConfig refuses the key).
    trusted: opts.trusted === true,
    strict: !!(opts.strict ?? config?.strict),
    ...opts.maxBytes ? { limits: { maxBytes: opts.maxBytes } } : {}
  };
}
function addResults(results) {
  for (const r of results) for (const d of r.diagnostics) add(d, r.source);
}
function existing(path) {
  try {
    return readOutput(path, MAX_OUTPUT_BYTES);
  } catch (e) {
    return ioError(path, `cannot read: ${why(e)}`);
  }
}
async function generate(file, opts) {
  const inputDir = file === "-" ? process.cwd() : (0, import_node_path5.dirname)((0, import_node_path5.resolve)(file));
  const { outputs, config } = plan(opts, inputDir);
  run.artifactOnStdout = outputs.some((o) => o.path === void 0);
  const text = readInput(file, opts);
  const results = outputs.map((o) => {
    const outDir = o.path ? (0, import_node_path5.dirname)((0, import_node_path5.resolve)(o.path)) : process.cwd();
    return { spec: o, result: compile(text, compileOptions(opts, config, file, inputDir, outDir, o.target)) };
  });
  addResults(results.map((r) => r.result));
  if (results.some((r) => r.result.outputs[r.spec.target] === void 0)) return 2;
  const stale = [];
  for (const { spec, result } of results) {
    const wanted = result.outputs[spec.target];
    if (spec.path === void 0) {
      process.stdout.write(wanted);
      continue;
    }
    const current = existing(spec.path);
    if (opts.check) {
      if (current.kind !== "file" || current.text !== wanted) {
        const old = current.kind === "file" ? scriptPasswords(current.text) : [];
        stale.push({ path: spec.path, current, wanted, secrets: [...result.secrets, ...old] });
      }
      continue;
    }
    const head = current.kind === "file" ? current.text : current.kind === "large" ? current.head : void 0;
    if (head !== void 0 && !isGenerated(head) && !opts.force) {
      ioError(spec.path, "refusing to overwrite a file that drone-compose did not generate; pass --force to replace it");
    }
    if (current.kind === "file" && current.text === wanted) continue;
    try {
      makeFolders((0, import_node_path5.dirname)(spec.path));
      writeAtomic(spec.path, wanted, spec.target === "sh" ? 493 : 420);
    } catch (e) {
      ioError(spec.path, `cannot write: ${why(e)}`);
    }
  }
  if (stale.length === 0) return 0;
  const fix = opts.output ? `drone-compose ${process.argv.slice(2).filter((a) => a !== "--check").join(" ")}` : `drone-compose ${file}`;
  for (const s of stale) {
    const state = s.current.kind === "absent" ? "missing" : "stale";
    add({ severity: "error", code: "stale-output", message: `${s.path} is ${state}`, hint: `run: ${fix}, and commit the result` }, void 0, s.path);
  }
  printReport();
  const { unifiedDiff } = await loadCheck();
  for (const s of stale) {
    if (s.current.kind === "large") {
      process.stderr.write(`drone-compose: ${s.path} has ${s.current.size} bytes, more than ${MAX_OUTPUT_BYTES}: no diff is shown
`);
      continue;
    }
    diffStream().write(await unifiedDiff(s.path, s.current.kind === "file" ? s.current.text : void 0, s.wanted, s.secrets));
  }
  return 1;
}
function scriptPasswords(text) {
  const out = [];
  for (const m of text.matchAll(/printf '%s' ((?:'[^']*'|\\'|[A-Za-z0-9_@%+=:,.\/-])+) \| dc_pull_auth /g)) {
    out.push(m[1].replace(/'([^']*)'|\\'/g, (_all, inner) => inner !== void 0 ? inner : "'"));
  }
  return out;
}
async function gitShow(rev, file) {
  const { execFileSync } = await loadChildProcess();
  const dir = (0, import_node_path5.dirname)((0, import_node_path5.resolve)(file));
  let top;
  try {
    top = execFileSync("git", ["rev-parse", "--show-toplevel"], { cwd: dir, encoding: "utf8", stdio: ["ignore", "pipe", "pipe"] }).trim();
  } catch {
    return ioError(file, "is not in a git repository");
  }
  try {
    execFileSync("git", ["rev-parse", "--verify", "--quiet", `${rev}^{commit}`], { cwd: top, stdio: "ignore" });
  } catch {
    return usageError(`${JSON.stringify(rev)} is not a git revision`);
  }
  const path = posixRelative(top, (0, import_node_path5.resolve)(file));
  try {
    return execFileSync("git", ["show", `${rev}:${path}`], { cwd: top, encoding: "utf8", stdio: ["ignore", "pipe", "ignore"], maxBuffer: 64 * 1024 * 1024 });
  } catch {
    return void 0;
  }
}
async function diffCommand(rev, file, opts) {
  const inputDir = (0, import_node_path5.dirname)((0, import_node_path5.resolve)(file));
  const found = readConfig(opts, inputDir);
  const config = found?.config;
  let outputs;
  if (found) {
    const chosen = found.config.outputs.filter((o) => !opts.target || opts.target.includes(o.target));
    if (chosen.length === 0) usageError(`the config file ${found.path} has no output of target ${opts.target.join(", ")}`);
    outputs = chosen.map((o) => ({ target: o.target, path: confine(found.path, o.path), fromConfig: true }));
  } else {
    outputs = (opts.target ?? [...TARGETS]).map((target) => ({ target }));
  }
  const before = await gitShow(rev, file);
  let after;
  if ((0, import_node_fs3.existsSync)(file) || existsLink(file)) after = readInput(file, opts);
  if (before === void 0 && after === void 0) ioError(file, `does not exist at ${rev} nor in the working tree`);
  const results = [];
  const pairs = [];
  for (const o of outputs) {
    const outDir = o.path ? (0, import_node_path5.dirname)((0, import_node_path5.resolve)(o.path)) : process.cwd();
    const options = compileOptions(opts, config, file, inputDir, outDir, o.target);
    const a = before === void 0 ? void 0 : compile(before, { ...options, filename: `${rev}:${file}` });
    const b = after === void 0 ? void 0 : compile(after, options);
    for (const r of [a, b]) if (r) results.push(r);
    if (a && a.outputs[o.target] === void 0 || b && b.outputs[o.target] === void 0) continue;
    const label = o.path ?? (o.target === "sh" ? "drone-compose.sh" : "docker-compose.yml");
    pairs.push({ label, a: a?.outputs[o.target] ?? "", b: b?.outputs[o.target] ?? "" });
  }
  addResults(results);
  if (pairs.length < outputs.length) return 2;
  printReport();
  const { unifiedDiff } = await loadCheck();
  const secrets = results.flatMap((r) => r.secrets);
  let differs = false;
  for (const p of pairs) {
    if (p.a === p.b) continue;
    differs = true;
    diffStream().write(await unifiedDiff(p.label, p.a, p.b, secrets, [rev, "working tree"]));
  }
  return differs ? 1 : 0;
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
async function main(argv) {
  run.format = formatIn(argv.slice(2));
  const cmd = program2();
  let action;
  cmd.action((file, opts) => {
    run.format = opts.format;
    action = generate(file, opts);
  });
  cmd.commands[0].action((rev, file, local) => {
    const diff = cmd.commands[0];
    const opts = { ...local };
    for (const [key, value] of Object.entries(cmd.opts())) {
      if (cmd.getOptionValueSource(key) === "cli" && diff.getOptionValueSource(key) !== "cli") opts[key] = value;
    }
    run.format = opts.format;
    action = diffCommand(rev, file, opts);
  });
  try {
    cmd.parse(argv);
  } catch (e) {
    if (!(e instanceof CommanderError)) throw e;
    if (e.exitCode === 0) return 0;
    const said = commanderError.replace(/^error: /, "").split("\n").map((l) => l.trim()).filter(Boolean).join(" ");
    usageError(said || e.message);
  }
  return action ? await action : 2;
}
main(process.argv).catch((e) => {
  if (e instanceof Exit) return e.code;
  throw e;
}).then(
  (code) => {
    printReport();
    process.exitCode = code;
  },
  (e) => {
    process.stderr.write(`drone-compose: internal error: ${e instanceof Error ? e.stack ?? e.message : String(e)}
Please report it with the input that caused it.
`);
    process.exitCode = 70;
  }
);
