import type { Part, Value } from '../ir.js';
import { concat } from './values.js';

/**
 * Splits a command line into words the way a POSIX shell does, without any expansion: blanks separate words,
 * single quotes keep text as is, double quotes keep text but honour `\"`, `\\`, `\$` and `` \` ``, and a
 * backslash outside quotes escapes the next character. `$$NAME` references stay whole inside their word.
 * Returns an error message for an unterminated quote.
 */
export function shellWords(value: Value): { words: Value[] } | { error: string } {
  const words: Value[] = [];
  let cur: Part[] | undefined;
  let quote: '' | "'" | '"' = '';
  let escape = false;
  const add = (s: Part) => (cur ??= []).push(s);
  for (const part of value) {
    if (typeof part !== 'string') {
      // A backslash before a reference escaped the first character of the substituted text: keep it as is.
      escape = false;
      add(part);
      continue;
    }
    for (const ch of part) {
      if (escape) {
        escape = false;
        if (ch === '\n') continue; // a line continuation, in or out of double quotes
        if (quote === '"' && !'"\\$`'.includes(ch)) add('\\');
        add(ch);
      } else if (quote === "'") {
        if (ch === "'") quote = '';
        else add(ch);
      } else if (ch === '\\') {
        escape = true;
      } else if (quote === '"') {
        if (ch === '"') quote = '';
        else add(ch);
      } else if (ch === "'" || ch === '"') {
        quote = ch;
        cur ??= [];
      } else if (ch === ' ' || ch === '\t' || ch === '\n' || ch === '\r') {
        if (cur) words.push(concat(cur));
        cur = undefined;
      } else {
        add(ch);
      }
    }
  }
  if (quote) return { error: `the ${quote === '"' ? 'double' : 'single'} quote is not closed` };
  if (escape) add('\\');
  if (cur) words.push(concat(cur));
  return { words };
}
