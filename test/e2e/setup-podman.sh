#!/usr/bin/env bash
# Prepare the machine for the Podman end-to-end tests (test/e2e/podman.test.ts):
#   1. apt-install podman and catatonit (Podman's --init) if missing
#   2. write a containers.conf drop-in that this kind of sandbox needs (see below)
#   3. import the local image localhost/busybox:test from /bin/busybox (no registry is reachable)
# Idempotent. Test setup only: nothing here is part of the product, and the generated scripts need none of it
# on a normal Podman host.
set -euo pipefail

TEST_IMAGE=${TEST_IMAGE:-localhost/busybox:test}
CONF_DIR=/etc/containers/containers.conf.d
CONF=$CONF_DIR/50-drone-compose-test.conf

log() { printf 'setup-podman.sh: %s\n' "$*" >&2; }
die() { printf 'setup-podman.sh: ERROR: %s\n' "$*" >&2; exit 1; }

[ "$(id -u)" -eq 0 ] || die "run as root: it installs packages and writes $CONF"

exec 9>/tmp/drone-compose-setup-podman.lock
flock -w 120 9 || die "another setup-podman.sh holds the lock"

missing=()
command -v podman >/dev/null 2>&1 || missing+=(podman)
[ -x /usr/bin/catatonit ] || [ -x /usr/libexec/podman/catatonit ] || missing+=(catatonit)
[ -x /bin/busybox ] || missing+=(busybox-static)
if [ "${#missing[@]}" -gt 0 ]; then
  log "installing ${missing[*]}"
  DEBIAN_FRONTEND=noninteractive apt-get update -qq || die "apt-get update failed"
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null ||
    die "apt-get install ${missing[*]} failed"
fi

# This sandbox allows fewer open files than Podman's default ulimits ask for, has no systemd (so cgroups are
# managed directly) and no journald (so events go to a file).
mkdir -p "$CONF_DIR"
wanted=$(cat <<CONF
# Written by drone-compose's test/e2e/setup-podman.sh for the Podman end-to-end tests.
[containers]
default_ulimits = ["nofile=$(ulimit -Hn):$(ulimit -Hn)", "nproc=32768:32768"]

[engine]
cgroup_manager = "cgroupfs"
events_logger = "file"
CONF
)
if [ ! -f "$CONF" ] || [ "$(cat "$CONF")" != "$wanted" ]; then
  printf '%s\n' "$wanted" >"$CONF"
  log "wrote $CONF"
fi

if ! podman image exists "$TEST_IMAGE"; then
  log "importing $TEST_IMAGE from /bin/busybox"
  rootfs=$(mktemp -d /tmp/drone-compose-rootfs.XXXXXX)
  trap 'rm -rf "$rootfs"' EXIT
  mkdir -p "$rootfs/bin" "$rootfs/etc" "$rootfs/root" "$rootfs/tmp"
  chmod 1777 "$rootfs/tmp"
  cp /bin/busybox "$rootfs/bin/busybox"
  while IFS= read -r applet; do
    [ -n "$applet" ] && [ "$applet" != busybox ] && ln -sf busybox "$rootfs/bin/$applet"
  done < <(/bin/busybox --list)
  printf 'root:x:0:0:root:/root:/bin/sh\nnobody:x:65534:65534:nobody:/nonexistent:/bin/false\n' >"$rootfs/etc/passwd"
  printf 'root:x:0:\nnogroup:x:65534:\n' >"$rootfs/etc/group"
  # An imported image has no environment: without PATH, Podman cannot find the command.
  tar -C "$rootfs" --owner=0 --group=0 --numeric-owner -c . |
    podman import --quiet -c 'ENV PATH=/bin' -c 'CMD ["sh"]' - "$TEST_IMAGE" >/dev/null ||
    die "podman import of $TEST_IMAGE failed"
fi

out=$(podman run --rm --network none "$TEST_IMAGE" sh -c 'echo ok' 2>&1) || true
[ "$out" = ok ] || die "cannot run a container from $TEST_IMAGE with podman: $out"
echo "drone-compose e2e: podman $(podman version --format '{{.Client.Version}}') ready; image $TEST_IMAGE ready"
