/** The registry of targets: every target fully described, and its description consistent with what it emits. */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { compile } from '../../src/compile.js';
import { describeTarget, isTarget, secretForms, targetFromPath, TARGETS } from '../../src/targets/index.js';

const REPO = 'github.com/octocat/hello-world';
const INPUT = 'compose:\n  db:\n    image: quay.io/team/db:1\n    auth_config:\n      username: u\n      password: "Pa\'ss w$rd"\n';

describe('the registry of targets', () => {
  it('names each target once, and a file named as its default is taken for that target', () => {
    assert.deepEqual([...new Set(TARGETS)], [...TARGETS]);
    assert.ok(TARGETS.length >= 2);
    for (const t of TARGETS) {
      assert.ok(isTarget(t));
      const d = describeTarget(t);
      assert.equal(targetFromPath(d.defaultFileName), t, `${d.defaultFileName} means ${t}`);
      assert.equal(targetFromPath(`ci/${d.defaultFileName.toUpperCase()}`), t, 'extensions match without case');
      assert.ok(d.fileMode > 0 && d.fileMode <= 0o777);
    }
    assert.ok(!isTarget('toString') && !isTarget('yaml'));
    assert.equal(targetFromPath('services'), 'sh', 'a name without a known extension means the default target');
  });

  it('emits each target from one lowered project, with the context of each output', () => {
    const r = compile(INPUT, {
      repo: REPO,
      outputs: TARGETS.flatMap((target) => [
        { target, context: { source: '.drone.yml', workspaceDir: '.' } },
        { target, context: { source: '../.drone.yml', workspaceDir: '..' } },
      ]),
    });
    assert.equal(r.artifacts.length, 2 * TARGETS.length, r.diagnostics.map((d) => d.message).join('\n'));
    for (const [i, a] of r.artifacts.entries()) {
      assert.equal(a.target, TARGETS[Math.floor(i / 2)]);
      assert.ok(a.text.includes(i % 2 === 0 ? 'from .drone.yml' : 'from ../.drone.yml'), `${a.target}: the header names the input as its output sees it`);
    }
    // A target's warning about the project is said once, however many outputs of it there are.
    const ignored = r.diagnostics.filter((d) => d.code === 'ignored-option' && d.message.includes('compose file'));
    assert.equal(ignored.length, 1);
  });

  it('every form in which a target writes a password is masked, and an old script gives its password back', () => {
    const secret = "Pa'ss w$rd";
    const r = compile(INPUT, { repo: REPO, targets: [...TARGETS] });
    const forms = secretForms(secret);
    assert.equal(forms[0], secret, 'the secret as written comes first');
    const script = r.outputs.sh!;
    assert.ok(forms.some((f) => f !== secret && script.includes(f)), 'the script writes the password in one of its forms');
    assert.deepEqual(describeTarget('sh').secretsIn(script), [secret]);
    assert.deepEqual(describeTarget('compose').secretsIn(r.outputs.compose!), []);
    assert.ok(!r.outputs.compose!.includes('Pa'), 'a compose file carries no credentials');
  });
});
