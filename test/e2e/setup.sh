#!/usr/bin/env bash
# Prepare the machine for drone-compose end-to-end tests:
#   1. apt-install docker.io, docker-compose, shellcheck, busybox-static, pre-commit (Debian's 3.x) and
#      python3-venv if missing; install pre-commit 4.x with pip into a venv at $PRE_COMMIT4_DIR
#   2. start dockerd in the background if `docker info` does not answer
#   3. build the local image localhost/busybox:test (no registry is reachable)
#   4. print one status line
# Idempotent; when everything is already in place it only runs a few cheap checks.
#
# Environment knobs:
#   DOCKERD_LOG          dockerd log file   (default /tmp/drone-compose-dockerd.log)
#   DOCKERD_EXTRA_ARGS   extra dockerd args, e.g. "--storage-driver=vfs"
#   TEST_IMAGE           image to build     (default localhost/busybox:test)
#   PRE_COMMIT4_DIR      venv of pre-commit 4.x (default /opt/drone-compose-test/pre-commit4; the tests look there)
#   PRE_COMMIT4_VERSION  its version       (default 4.6.2)
set -euo pipefail

DOCKERD_LOG=${DOCKERD_LOG:-/tmp/drone-compose-dockerd.log}
DOCKERD_EXTRA_ARGS=${DOCKERD_EXTRA_ARGS:-}
TEST_IMAGE=${TEST_IMAGE:-localhost/busybox:test}
PRE_COMMIT4_DIR=${PRE_COMMIT4_DIR:-/opt/drone-compose-test/pre-commit4}
PRE_COMMIT4_VERSION=${PRE_COMMIT4_VERSION:-4.6.2}
LOCK_FILE=/tmp/drone-compose-setup.lock
WAIT_SECONDS=30

log() { printf 'setup.sh: %s\n' "$*" >&2; }
die() { printf 'setup.sh: ERROR: %s\n' "$*" >&2; exit 1; }

# Serialise concurrent invocations (parallel test workers) so that only one of
# them installs packages / starts dockerd / imports the image.
# (fd 9 must not leak into dockerd, or the lock would be held forever.)
exec 9>"$LOCK_FILE"
flock -w 120 9 || die "could not take $LOCK_FILE within 120s (another setup.sh stuck?)"

as_root() {
  if [ "$(id -u)" -eq 0 ]; then "$@"
  elif command -v sudo >/dev/null 2>&1; then sudo "$@"
  else die "need root to run: $*"
  fi
}

# ---------------------------------------------------------------- 1. packages
# busybox-static ships /bin/busybox (== /usr/bin/busybox on merged-/usr Debian).
# The dynamic "busybox" package installs the same path, so also require the
# busybox-static package itself: the binary is copied into a scratch image.
busybox_static_ok() {
  [ -x /bin/busybox ] &&
    [ "$(dpkg-query -W -f='${Status}' busybox-static 2>/dev/null || true)" = "install ok installed" ]
}

deb_installed() { [ "$(dpkg-query -W -f='${Status}' "$1" 2>/dev/null || true)" = "install ok installed" ]; }

missing=()
command -v dockerd        >/dev/null 2>&1 || missing+=(docker.io)
command -v docker-compose >/dev/null 2>&1 || missing+=(docker-compose)
command -v shellcheck     >/dev/null 2>&1 || missing+=(shellcheck)
command -v patch          >/dev/null 2>&1 || missing+=(patch)
busybox_static_ok                         || missing+=(busybox-static)
# Debian's pre-commit (3.0.4 on bookworm) and the venv module for pre-commit 4.x, both on Debian's python3.
[ -x /usr/bin/pre-commit ]                || missing+=(pre-commit)
deb_installed python3-venv                || missing+=(python3-venv)

if [ "${#missing[@]}" -gt 0 ]; then
  log "installing missing packages: ${missing[*]}"
  as_root env DEBIAN_FRONTEND=noninteractive apt-get update -qq ||
    die "apt-get update failed"
  as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "${missing[@]}" ||
    die "apt-get install ${missing[*]} failed"
fi
command -v docker >/dev/null 2>&1 || die "no docker CLI on PATH (docker.io should provide /usr/bin/docker)"
command -v dockerd >/dev/null 2>&1 || die "dockerd still missing after install"
busybox_static_ok || die "/bin/busybox (busybox-static) still missing after install"

# pre-commit 4.x, which installs node hooks unlike 3.x (npm install -g git+file://<clone>): a venv of its own,
# so that Debian's 3.x stays the pre-commit on PATH. Reinstalled only when the version there is not the pinned one.
pre_commit4_ok() { [ "$("$PRE_COMMIT4_DIR/bin/pre-commit" --version 2>/dev/null || true)" = "pre-commit $PRE_COMMIT4_VERSION" ]; }
if ! pre_commit4_ok; then
  log "installing pre-commit $PRE_COMMIT4_VERSION into $PRE_COMMIT4_DIR"
  as_root rm -rf "$PRE_COMMIT4_DIR"
  as_root mkdir -p "$(dirname "$PRE_COMMIT4_DIR")"
  as_root /usr/bin/python3 -m venv "$PRE_COMMIT4_DIR" || die "python3 -m venv $PRE_COMMIT4_DIR failed"
  as_root "$PRE_COMMIT4_DIR/bin/pip" install --quiet --disable-pip-version-check "pre-commit==$PRE_COMMIT4_VERSION" ||
    die "pip install pre-commit==$PRE_COMMIT4_VERSION failed"
  pre_commit4_ok || die "$PRE_COMMIT4_DIR/bin/pre-commit is not pre-commit $PRE_COMMIT4_VERSION after install"
fi

# ------------------------------------------------------------------ 2. engine
engine_up() { timeout 10 docker info >/dev/null 2>&1; }

# Wait until `docker info` answers, or until the daemon process ($1) dies.
wait_engine() {
  local pid=${1:-} i
  for ((i = 0; i < WAIT_SECONDS * 2; i++)); do
    engine_up && return 0
    if [ -n "$pid" ] && ! kill -0 "$pid" 2>/dev/null; then return 1; fi
    sleep 0.5
  done
  return 1
}

DOCKERD_PID=
start_dockerd() { # extra args...
  log "starting dockerd${*:+ $*} (log: $DOCKERD_LOG)"
  # setsid+nohup: the daemon must outlive this script and its caller's
  # process group (test runners kill their group on exit). 9>&- : do not
  # inherit the flock fd.
  # shellcheck disable=SC2086
  setsid nohup dockerd $DOCKERD_EXTRA_ARGS "$@" >>"$DOCKERD_LOG" 2>&1 </dev/null 9>&- &
  DOCKERD_PID=$!
}

stop_our_dockerd() {
  [ -n "$DOCKERD_PID" ] || return 0
  kill "$DOCKERD_PID" 2>/dev/null || true
  local i
  for ((i = 0; i < 20; i++)); do kill -0 "$DOCKERD_PID" 2>/dev/null || break; sleep 0.5; done
  DOCKERD_PID=
}

started_engine=0
if ! engine_up; then
  if [ -n "${DOCKER_HOST:-}" ] && [ "$DOCKER_HOST" != unix:///var/run/docker.sock ]; then
    die "DOCKER_HOST=$DOCKER_HOST does not answer; not starting a local dockerd"
  fi
  [ "$(id -u)" -eq 0 ] || die "docker engine not running and dockerd must be started as root"

  if pgrep -x dockerd >/dev/null 2>&1; then
    # Someone else's dockerd is still initialising: just wait for it.
    log "dockerd already running, waiting for it to answer"
    wait_engine "" || { tail -n 30 "$DOCKERD_LOG" >&2 2>/dev/null || true
                        die "existing dockerd does not answer after ${WAIT_SECONDS}s"; }
  else
    : >"$DOCKERD_LOG"
    # Plain dockerd works in this sandbox (verified: cgroup v1 hierarchy is
    # mounted, containerd is spawned by dockerd itself, overlay2 on ext4,
    # iptables (nft backend) usable, no systemd needed). The fallbacks below
    # only kick in on hosts where that is not true:
    #  * no netfilter/iptables privileges -> "--iptables=false" (bridge
    #    networking without NAT; the tests only use container:/host netns);
    #  * overlayfs not mountable (e.g. /var/lib/docker itself on overlayfs or
    #    a locked-down kernel) -> "--storage-driver=vfs" (slow but portable).
    attempts=("" "--iptables=false" "--iptables=false --storage-driver=vfs")
    ok=0
    for args in "${attempts[@]}"; do
      before=$(wc -l <"$DOCKERD_LOG")
      # shellcheck disable=SC2086
      start_dockerd $args
      if wait_engine "$DOCKERD_PID"; then ok=1; break; fi
      new_log=$(tail -n "+$((before + 1))" "$DOCKERD_LOG")
      stop_our_dockerd
      if grep -qiE 'iptables|nat chain|network controller' <<<"$new_log" && [[ "$args" != *--iptables=false* ]]; then
        log "dockerd failed on iptables/networking; retrying with --iptables=false"
        continue
      fi
      if grep -qiE 'graphdriver|storage.driver|overlay' <<<"$new_log" && [[ "$args" != *vfs* ]]; then
        log "dockerd failed on the storage driver; retrying with --storage-driver=vfs"
        continue
      fi
      break # unknown failure: no point in retrying
    done
    if [ "$ok" -ne 1 ]; then
      log "--- last lines of $DOCKERD_LOG ---"
      tail -n 30 "$DOCKERD_LOG" >&2 || true
      die "docker engine did not come up within ${WAIT_SECONDS}s"
    fi
    started_engine=1
  fi
fi

# ------------------------------------------------------------------- 3. image
built_image=0
if ! docker image inspect "$TEST_IMAGE" >/dev/null 2>&1; then
  log "building $TEST_IMAGE from /bin/busybox"
  rootfs=$(mktemp -d /tmp/drone-compose-rootfs.XXXXXX)
  trap 'rm -rf "$rootfs"' EXIT
  mkdir -p "$rootfs/bin" "$rootfs/etc" "$rootfs/root" "$rootfs/tmp"
  chmod 1777 "$rootfs/tmp"
  chmod 0700 "$rootfs/root"
  cp /bin/busybox "$rootfs/bin/busybox"
  chmod 0755 "$rootfs/bin/busybox"
  while IFS= read -r applet; do
    [ -n "$applet" ] && [ "$applet" != busybox ] && ln -sf busybox "$rootfs/bin/$applet"
  done < <(/bin/busybox --list)
  [ -e "$rootfs/bin/sh" ] || die "busybox has no sh applet"
  cat >"$rootfs/etc/passwd" <<'EOF'
root:x:0:0:root:/root:/bin/sh
nobody:x:65534:65534:nobody:/nonexistent:/bin/false
EOF
  cat >"$rootfs/etc/group" <<'EOF'
root:x:0:
nogroup:x:65534:
EOF
  tar -C "$rootfs" --owner=0 --group=0 --numeric-owner -c . |
    docker import -c 'CMD ["sh"]' - "$TEST_IMAGE" >/dev/null ||
    die "docker import of $TEST_IMAGE failed"
  rm -rf "$rootfs"
  trap - EXIT
  built_image=1
fi

# Smoke test only when something changed (keeps the no-op path fast).
if [ "$started_engine" -eq 1 ] || [ "$built_image" -eq 1 ]; then
  out=$(docker run --rm --network none "$TEST_IMAGE" sh -c 'echo ok' 2>&1) || true
  if [ "$out" != ok ]; then
    die "cannot run a container from $TEST_IMAGE: $out
  (if this is an overlay mount error, restart dockerd with DOCKERD_EXTRA_ARGS=--storage-driver=vfs)"
  fi
fi

# ------------------------------------------------------------------ 4. report
server=$(docker version --format '{{.Server.Version}} (API {{.Server.APIVersion}})' 2>/dev/null) ||
  die "docker version failed"
echo "drone-compose e2e: docker engine $server up; image $TEST_IMAGE ready; $(/usr/bin/pre-commit --version) and $("$PRE_COMMIT4_DIR/bin/pre-commit" --version) ready"
