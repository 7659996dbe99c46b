"""Runs docker-compose's own `config -q` on many files in one Python process, for the tests.

`docker-compose -f FILE config -q` costs about a second of start-up per file; this calls the same entry point
(compose.cli.main.main) once per file with the same arguments, so each file is checked by real docker-compose
code, and prints one JSON list: [{"file", "status", "stdout", "stderr"}], status as the command's exit code.
With --print as the first argument it runs `config` instead, and stdout holds the configuration as
docker-compose resolves it. Run with the Python that has docker-compose installed (/usr/bin/python3 on Debian).
"""
import io
import json
import logging
import sys

import compose.cli.main as cli

results = []
files = sys.argv[1:]
command = ['config', '-q']
if files[:1] == ['--print']:
    files = files[1:]
    command = ['config']
for path in files:
    out = io.StringIO()
    err = io.StringIO()
    # dispatch() logs through a handler on sys.stderr as it is when called, added to the root logger each time.
    logging.getLogger().handlers = []
    saved = sys.stdout, sys.stderr
    sys.stdout, sys.stderr = out, err
    sys.argv = ['docker-compose', '-f', path, *command]
    try:
        cli.main()
        status = 0
    except SystemExit as e:
        status = e.code if isinstance(e.code, int) else (0 if e.code is None else 1)
    finally:
        sys.stdout, sys.stderr = saved
    results.append({'file': path, 'status': status, 'stdout': out.getvalue(), 'stderr': err.getvalue()})
print(json.dumps(results))
