import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { suggest } from '../../src/suggest.js';

const KEYS = ['image', 'environment', 'command', 'entrypoint', 'privileged', 'volumes', 'devices', 'pull', 'auth_config', 'net', 'dns'];

describe('suggest', () => {
  it('finds close misspellings', () => {
    assert.equal(suggest('enviroment', KEYS), 'environment');
    assert.equal(suggest('imagee', KEYS), 'image');
    assert.equal(suggest('imag', KEYS), 'image');
    assert.equal(suggest('comand', KEYS), 'command');
    assert.equal(suggest('privilged', KEYS), 'privileged');
  });

  it('counts an adjacent transposition as one edit', () => {
    assert.equal(suggest('commnad', KEYS), 'command');
    assert.equal(suggest('iamge', KEYS), 'image');
  });

  it('ignores case and returns the candidate as written', () => {
    assert.equal(suggest('IMAGE', KEYS), 'image');
    assert.equal(suggest('Enviroment', ['Environment']), 'Environment');
  });

  it('suggests nothing for far words', () => {
    assert.equal(suggest('xyz', KEYS), undefined);
    assert.equal(suggest('database', KEYS), undefined);
    assert.equal(suggest('ports', KEYS), undefined);
    assert.equal(suggest('completelydifferent', KEYS), undefined);
    assert.equal(suggest('image', []), undefined);
  });

  it('allows fewer edits for short words', () => {
    assert.equal(suggest('nat', ['net']), 'net');
    assert.equal(suggest('nxx', ['net']), undefined);
  });

  it('prefers the closest candidate, the first among equals', () => {
    assert.equal(suggest('volume', ['volumes', 'volum']), 'volumes');
    assert.equal(suggest('abcdef', ['abcxyz', 'abcdex']), 'abcdex');
  });
});
