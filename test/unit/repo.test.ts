import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { originUrl, repoFromUrl } from '../../src/repo.js';

describe('repoFromUrl', () => {
  const cases: [string, string][] = [
    ['https://github.com/octocat/hello-world.git', 'github.com/octocat/hello-world'],
    ['https://github.com/octocat/hello-world', 'github.com/octocat/hello-world'],
    ['https://github.com/octocat/hello-world/', 'github.com/octocat/hello-world'],
    ['https://github.com/octocat/hello-world.git/', 'github.com/octocat/hello-world'],
    ['http://user:p%40ss@git.example.com/team/app.git', 'git.example.com/team/app'],
    ['https://token@github.com/o/r', 'github.com/o/r'],
    ['https://GitHub.COM/Octocat/Hello-World.git', 'github.com/Octocat/Hello-World'],
    ['https://git.example.com:8443/group/sub/app.git', 'git.example.com/group/sub/app'],
    ['ssh://git@host:22/o/r.git', 'host/o/r'],
    ['ssh://git@host/o/r.git', 'host/o/r'],
    ['git://github.com/o/r.git', 'github.com/o/r'],
    ['git+ssh://git@github.com/o/r.git', 'github.com/o/r'],
    ['git@github.com:o/r.git', 'github.com/o/r'],
    ['git@github.com:o/r', 'github.com/o/r'],
    ['github.com:o/r.git', 'github.com/o/r'],
    ['git@gitlab.com:group/sub/r.git/', 'gitlab.com/group/sub/r'],
    ['  https://github.com/o/r.git\n', 'github.com/o/r'],
    ['https://github.com/o/r.github.io', 'github.com/o/r.github.io'],
  ];
  for (const [url, expected] of cases) {
    it(JSON.stringify(url), () => assert.equal(repoFromUrl(url), expected));
  }

  it('gives undefined for local paths and file URLs', () => {
    for (const url of ['/home/me/repo', '/home/me/repo.git', './repo', '../repo', 'repo', 'file:///home/me/repo.git', 'file://localhost/srv/r', 'C:\\src\\repo', '']) {
      assert.equal(repoFromUrl(url), undefined, url);
    }
  });

  it('gives undefined when there is no path or it escapes upwards', () => {
    for (const url of ['https://github.com', 'https://github.com/', 'https://github.com/.git', 'git@github.com:', 'https://github.com/o/../r', 'git@github.com:./r']) {
      assert.equal(repoFromUrl(url), undefined, url);
    }
  });
});

describe('originUrl', () => {
  const config = [
    '[core]',
    '\trepositoryformatversion = 0',
    '\tbare = false',
    '[remote "upstream"]',
    '\turl = https://github.com/upstream/project.git',
    '\tfetch = +refs/heads/*:refs/remotes/upstream/*',
    '[branch "main"]',
    '\tremote = origin',
    '\tmerge = refs/heads/main',
    '[remote "origin"]',
    '\turl = git@github.com:me/project.git',
    '\tfetch = +refs/heads/*:refs/remotes/origin/*',
    '[remote "fork"]',
    '\turl = https://github.com/fork/project.git',
    '',
  ].join('\n');

  it('finds the url of remote origin among several remotes and sections', () => {
    assert.equal(originUrl(config), 'git@github.com:me/project.git');
  });

  it('reads CRLF config text', () => {
    assert.equal(originUrl(config.replace(/\n/g, '\r\n')), 'git@github.com:me/project.git');
  });

  it('ignores url keys of other sections', () => {
    assert.equal(originUrl('[remote "upstream"]\n\turl = https://x/a/b\n[url "https://y/"]\n\tinsteadOf = z\n'), undefined);
    assert.equal(originUrl('[core]\n\turl = https://x/a/b\n'), undefined);
  });

  it('matches the section name case-insensitively and the remote name exactly', () => {
    assert.equal(originUrl('[Remote "origin"]\n  URL = https://x.org/a/b\n'), 'https://x.org/a/b');
    assert.equal(originUrl('[remote "Origin"]\n  url = https://x.org/a/b\n'), undefined);
  });

  it('unquotes a quoted value and trims blanks', () => {
    assert.equal(originUrl('[remote "origin"]\n\turl = "https://x.org/a/b"  \n'), 'https://x.org/a/b');
    assert.equal(originUrl('[remote "origin"]\nurl=https://x.org/a/b\n'), 'https://x.org/a/b');
  });

  it('gives undefined without an origin remote', () => {
    assert.equal(originUrl(''), undefined);
    assert.equal(originUrl('[core]\n\tbare = false\n'), undefined);
    assert.equal(originUrl('[remote "origin"]\n\tfetch = +refs/heads/*:refs/remotes/origin/*\n'), undefined);
  });

  it('works end to end with repoFromUrl', () => {
    assert.equal(repoFromUrl(originUrl(config)!), 'github.com/me/project');
  });
});
