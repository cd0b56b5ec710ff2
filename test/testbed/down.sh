#!/usr/bin/env bash
# Undoes test/testbed/up.sh: stops the daemons it started, removes the test objects, the volume
# group, the loop devices, the bridge, the ssh client snippet, the packages it installed and its
# state directory. Idempotent: running it on a machine without a test bed does nothing.
# KEEP_PACKAGES=1 keeps the packages (faster up/down cycles while developing).
set -uo pipefail

HERE="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
# shellcheck source=names.sh
source "$HERE/names.sh"

log() { printf 'testbed: %s\n' "$*"; }

if [ "$(id -u)" != 0 ]; then
  echo "testbed: must run as root" >&2
  exit 1
fi

stop_pidfile() { # pidfile name
  local pid
  [ -f "$1" ] || return 0
  pid="$(cat "$1")"
  if kill -0 "$pid" 2>/dev/null; then
    log "stopping $2"
    kill "$pid"
    for _ in $(seq 1 50); do kill -0 "$pid" 2>/dev/null || break; sleep 0.1; done
    kill -9 "$pid" 2>/dev/null || true
  fi
  rm -f "$1"
}

# Objects the test suites may have left behind (all carry the kvmit- prefix), removed while the
# daemon still runs so that libvirt's own state under /etc/libvirt and /var/lib/libvirt is clean.
if [ -f "$TESTBED_DIR/libvirtd.pid" ] && kill -0 "$(cat "$TESTBED_DIR/libvirtd.pid")" 2>/dev/null; then
  V="virsh -q -c qemu:///system"
  for d in $($V list --all --name | grep '^kvmit' || true); do
    $V destroy "$d" >/dev/null 2>&1; $V undefine --nvram "$d" >/dev/null 2>&1 || $V undefine "$d" >/dev/null 2>&1
  done
  for n in $($V net-list --all --name | grep '^kvmit' || true); do
    $V net-destroy "$n" >/dev/null 2>&1; $V net-undefine "$n" >/dev/null 2>&1
  done
  # Pools: ours by name, and any pool whose target lies in the test bed (virt-install defines one,
  # named after the directory, for a disk path it is given).
  keep="$TESTBED_DIR/preexisting-pools"
  [ -f "$keep" ] || keep=/dev/null
  for p in $($V pool-list --all --name | grep -vxF -f "$keep"); do
    case "$p" in kvmit* | boot-scratch) ;; *) $V pool-dumpxml "$p" 2>/dev/null | grep -q "<path>$TESTBED_DIR" || continue ;; esac
    case "$p" in kvmit*) # the test suites' own pools: their volumes and storage go too
      $V pool-start "$p" >/dev/null 2>&1
      for v in $($V vol-list "$p" 2>/dev/null | awk '{print $1}'); do $V vol-delete "$v" --pool "$p" >/dev/null 2>&1; done
      $V pool-destroy "$p" >/dev/null 2>&1; $V pool-delete "$p" >/dev/null 2>&1 ;;
    boot-scratch)
      for v in $($V vol-list "$p" 2>/dev/null | awk '{print $1}' | grep '^kvmit'); do $V vol-delete "$v" --pool "$p" >/dev/null 2>&1; done ;;
    esac
    $V pool-destroy "$p" >/dev/null 2>&1; $V pool-undefine "$p" >/dev/null 2>&1
  done
fi

stop_pidfile "$TESTBED_DIR/libvirtd.pid" libvirtd
stop_pidfile /run/virtlogd.pid virtlogd
stop_pidfile "$TESTBED_DIR/ssh/sshd.pid" sshd
rm -f "$TESTBED_SSH_CLIENT_CONF"

if ip link show "$TESTBED_BRIDGE" >/dev/null 2>&1; then
  log "removing bridge $TESTBED_BRIDGE"
  ip link del "$TESTBED_BRIDGE"
fi

export LVM_SUPPRESS_FD_WARNINGS=1
for img in vg.img spare.img; do
  for dev in $(losetup -j "$TESTBED_DIR/$img" -O NAME -n 2>/dev/null); do
    for vg in $(pvs --noheadings -o vg_name "$dev" 2>/dev/null); do
      log "removing volume group $vg"
      vgremove -q -f "$vg" >/dev/null 2>&1
    done
    pvremove -q -y "$dev" >/dev/null 2>&1
    log "detaching $dev"
    losetup -d "$dev"
  done
done

if [ -f "$TESTBED_DIR/installed-packages" ] && [ "${KEEP_PACKAGES:-0}" != 1 ]; then
  mapfile -t pkgs <"$TESTBED_DIR/installed-packages"
  log "removing packages ${pkgs[*]}"
  DEBIAN_FRONTEND=noninteractive apt-get purge -y -qq "${pkgs[@]}" >/dev/null
  DEBIAN_FRONTEND=noninteractive apt-get autoremove -y -qq >/dev/null
fi

rm -rf "$TESTBED_DIR"
log "down"
