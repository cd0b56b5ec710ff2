#!/usr/bin/env bash
# Brings up the libvirt test bed on this (Debian, root, no systemd) machine: packages, virtlogd,
# libvirtd on unix + tcp + tls, sshd on 127.0.0.1:2222 for qemu+ssh, a loop-backed LVM volume
# group, a spare blank loop device and a host bridge. Idempotent: a second run finds everything up
# and changes nothing. Writes the URIs and names to $TESTBED_DIR/testbed.env for the test suites.
# test/testbed/down.sh undoes all of it.
set -euo pipefail

HERE="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
# shellcheck source=names.sh
source "$HERE/names.sh"

log() { printf 'testbed: %s\n' "$*"; }

if [ "$(id -u)" != 0 ]; then
  echo "testbed: must run as root (it installs packages, starts daemons, creates loop devices)" >&2
  exit 1
fi

# World-readable (not writable): QEMU runs guests as libvirt-qemu and must reach disks under pools/.
# The secrets (ssh keys, TLS keys) live in subdirectories of their own with mode 0700 / 0600.
mkdir -p "$TESTBED_DIR"
chmod 755 "$TESTBED_DIR"

# --- packages --------------------------------------------------------------------------------
PACKAGES=(libvirt-daemon-system libvirt-clients qemu-system-x86 qemu-utils lvm2 openssh-server
  openssh-client dnsmasq-base libxml2-utils iptables iproute2 netcat-openbsd openssl gnutls-bin
  virtinst busybox-static cpio linux-image-amd64 procps
  xorriso genisoimage cloud-init util-linux) # the last four read cloud-init seed ISOs back
PACKAGES+=(osinfo-db libosinfo-bin) # the oracle of the osVariant tests (osinfo-query, /usr/share/osinfo)
missing=()
for p in "${PACKAGES[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done
if [ "${#missing[@]}" -gt 0 ]; then
  log "installing ${missing[*]}"
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -qq
  apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
  # Remember what we installed so down.sh can remove exactly that.
  printf '%s\n' "${missing[@]}" >>"$TESTBED_DIR/installed-packages"
fi

# --- TLS: a CA, a server certificate for 127.0.0.1 and a client certificate -------------------
PKI="$TESTBED_DIR/pki"
if [ ! -f "$PKI/client/clientkey.pem" ]; then
  log "generating a CA and certificates in $PKI"
  mkdir -p "$PKI/server" "$PKI/client"
  chmod 700 "$PKI"
  openssl req -x509 -newkey rsa:2048 -nodes -days 3650 -subj "/CN=kvm-infra test bed CA" \
    -keyout "$PKI/cakey.pem" -out "$PKI/cacert.pem" 2>/dev/null
  cat >"$PKI/server.ext" <<EOF
basicConstraints=CA:FALSE
keyUsage=digitalSignature,keyEncipherment
extendedKeyUsage=serverAuth
subjectAltName=IP:127.0.0.1,DNS:localhost
EOF
  cat >"$PKI/client.ext" <<EOF
basicConstraints=CA:FALSE
keyUsage=digitalSignature,keyEncipherment
extendedKeyUsage=clientAuth
EOF
  openssl req -newkey rsa:2048 -nodes -subj "/CN=127.0.0.1" -keyout "$PKI/server/serverkey.pem" \
    -out "$PKI/server.csr" 2>/dev/null
  openssl x509 -req -in "$PKI/server.csr" -CA "$PKI/cacert.pem" -CAkey "$PKI/cakey.pem" \
    -CAcreateserial -days 3650 -extfile "$PKI/server.ext" -out "$PKI/server/servercert.pem" 2>/dev/null
  openssl req -newkey rsa:2048 -nodes -subj "/CN=kvm-infra-test-client" -keyout "$PKI/client/clientkey.pem" \
    -out "$PKI/client.csr" 2>/dev/null
  openssl x509 -req -in "$PKI/client.csr" -CA "$PKI/cacert.pem" -CAkey "$PKI/cakey.pem" \
    -CAcreateserial -days 3650 -extfile "$PKI/client.ext" -out "$PKI/client/clientcert.pem" 2>/dev/null
  # libvirt's pkipath layout: cacert.pem, clientcert.pem and clientkey.pem in one directory.
  cp "$PKI/cacert.pem" "$PKI/client/cacert.pem"
  chmod 600 "$PKI"/*key.pem "$PKI"/*/*key.pem
fi

# --- daemons ---------------------------------------------------------------------------------
alive() { [ -f "$1" ] && kill -0 "$(cat "$1")" 2>/dev/null; }

cat >"$TESTBED_DIR/libvirtd.conf" <<EOF
# Written by kvm-infra's test/testbed/up.sh
listen_tls = 1
listen_tcp = 1
listen_addr = "127.0.0.1"
tcp_port = "$TESTBED_TCP_PORT"
tls_port = "$TESTBED_TLS_PORT"
auth_tcp = "none"
auth_tls = "none"
auth_unix_rw = "none"
auth_unix_ro = "none"
key_file = "$PKI/server/serverkey.pem"
cert_file = "$PKI/server/servercert.pem"
ca_file = "$PKI/cacert.pem"
EOF

mkdir -p /run/libvirt
if ! alive /run/virtlogd.pid; then
  log "starting virtlogd"
  virtlogd -d -p /run/virtlogd.pid
fi
if ! alive "$TESTBED_DIR/libvirtd.pid"; then
  if pgrep -x libvirtd >/dev/null; then
    echo "testbed: a libvirtd not started by the test bed is running; stop it first" >&2
    exit 1
  fi
  log "starting libvirtd (unix, tcp :$TESTBED_TCP_PORT, tls :$TESTBED_TLS_PORT on 127.0.0.1)"
  libvirtd -d -l -f "$TESTBED_DIR/libvirtd.conf" -p "$TESTBED_DIR/libvirtd.pid"
fi
for _ in $(seq 1 100); do
  [ -S "$TESTBED_UNIX_SOCKET" ] && virsh -c qemu:///system version >/dev/null 2>&1 && break
  sleep 0.1
done
virsh -c qemu:///system version >/dev/null
# What the host had before the test bed's first run: down.sh removes only what came after.
[ -f "$TESTBED_DIR/preexisting-pools" ] || virsh -q -c qemu:///system pool-list --all --name >"$TESTBED_DIR/preexisting-pools"

# --- sshd on 127.0.0.1:2222 with its own host key, client key and known_hosts ------------------
SSH="$TESTBED_DIR/ssh"
mkdir -p "$SSH" /run/sshd
chmod 700 "$SSH"
[ -f "$SSH/ssh_host_ed25519_key" ] || ssh-keygen -q -t ed25519 -N "" -f "$SSH/ssh_host_ed25519_key"
[ -f "$SSH/id_ed25519" ] || ssh-keygen -q -t ed25519 -N "" -C kvm-infra-testbed -f "$SSH/id_ed25519"
cp "$SSH/id_ed25519.pub" "$SSH/authorized_keys"
printf '[127.0.0.1]:%s %s\n' "$TESTBED_SSH_PORT" "$(cut -d' ' -f1,2 "$SSH/ssh_host_ed25519_key.pub")" >"$SSH/known_hosts"
cat >"$SSH/sshd_config" <<EOF
# Written by kvm-infra's test/testbed/up.sh
Port $TESTBED_SSH_PORT
ListenAddress 127.0.0.1
HostKey $SSH/ssh_host_ed25519_key
PidFile $SSH/sshd.pid
AuthorizedKeysFile $SSH/authorized_keys
PermitRootLogin prohibit-password
PasswordAuthentication no
KbdInteractiveAuthentication no
UsePAM no
MaxStartups 100:30:200
MaxSessions 100
EOF
if ! alive "$SSH/sshd.pid"; then
  log "starting sshd on 127.0.0.1:$TESTBED_SSH_PORT"
  /usr/sbin/sshd -f "$SSH/sshd_config"
fi
# The client side: ssh (and so virsh, and our client, which both run the system ssh) verifies
# the test bed's host key against the dedicated known_hosts file; nothing is disabled.
mkdir -p /etc/ssh/ssh_config.d
cat >"$TESTBED_SSH_CLIENT_CONF" <<EOF
# Written by kvm-infra's test/testbed/up.sh; removed by down.sh
Host 127.0.0.1
  GlobalKnownHostsFile /etc/ssh/ssh_known_hosts $SSH/known_hosts
EOF
for _ in $(seq 1 50); do
  ssh -p "$TESTBED_SSH_PORT" -i "$SSH/id_ed25519" -o BatchMode=yes root@127.0.0.1 true 2>/dev/null && break
  sleep 0.1
done

# --- storage: a loop-backed volume group and a spare blank device -------------------------------
attach_loop() { # file -> loop device, reusing an existing attachment
  local file="$1" dev
  dev="$(losetup -j "$file" -O NAME -n | head -n1)"
  if [ -z "$dev" ]; then
    [ -f "$file" ] || { truncate -s "$2" "$file"; chmod 600 "$file"; }
    dev="$(losetup -f --show "$file")"
  fi
  echo "$dev"
}
VG_DEVICE="$(attach_loop "$TESTBED_DIR/vg.img" 512M)"
SPARE_DEVICE="$(attach_loop "$TESTBED_DIR/spare.img" 256M)"
if ! vgs "$TESTBED_VG" >/dev/null 2>&1; then
  log "creating volume group $TESTBED_VG on $VG_DEVICE"
  LVM_SUPPRESS_FD_WARNINGS=1 pvcreate -q -y "$VG_DEVICE" >/dev/null
  LVM_SUPPRESS_FD_WARNINGS=1 vgcreate -q "$TESTBED_VG" "$VG_DEVICE" >/dev/null
fi

# --- a host bridge for bridge-mode networks ---------------------------------------------------
if ! ip link show "$TESTBED_BRIDGE" >/dev/null 2>&1; then
  log "creating host bridge $TESTBED_BRIDGE"
  ip link add "$TESTBED_BRIDGE" type bridge
fi
ip link set "$TESTBED_BRIDGE" up

mkdir -p "$TESTBED_DIR/pools"

# --- the env file the test suites read ---------------------------------------------------------
KEYQ="keyfile=$SSH/id_ed25519"
cat >"$TESTBED_DIR/testbed.env.tmp" <<EOF
TESTBED_DIR=$TESTBED_DIR
TESTBED_UNIX_SOCKET=$TESTBED_UNIX_SOCKET
TESTBED_URI_UNIX=qemu:///system
TESTBED_URI_TCP=qemu+tcp://127.0.0.1:$TESTBED_TCP_PORT/system
TESTBED_URI_TLS=qemu+tls://127.0.0.1:$TESTBED_TLS_PORT/system?pkipath=$PKI/client
TESTBED_URI_SSH=qemu+ssh://root@127.0.0.1:$TESTBED_SSH_PORT/system?$KEYQ
TESTBED_TEST_URI_UNIX=test+unix:///default
TESTBED_TEST_URI_SSH=test+ssh://root@127.0.0.1:$TESTBED_SSH_PORT/default?$KEYQ
TESTBED_PKI_CLIENT=$PKI/client
TESTBED_SSH_PORT=$TESTBED_SSH_PORT
TESTBED_SSH_KEY=$SSH/id_ed25519
TESTBED_SSH_KNOWN_HOSTS=$SSH/known_hosts
TESTBED_SSHD_PID_FILE=$SSH/sshd.pid
TESTBED_LIBVIRTD_PID_FILE=$TESTBED_DIR/libvirtd.pid
TESTBED_LIBVIRTD_CONF=$TESTBED_DIR/libvirtd.conf
TESTBED_VG=$TESTBED_VG
TESTBED_VG_DEVICE=$VG_DEVICE
TESTBED_SPARE_DEVICE=$SPARE_DEVICE
TESTBED_BRIDGE=$TESTBED_BRIDGE
TESTBED_POOL_DIR=$TESTBED_DIR/pools
TESTBED_KERNEL=$(ls /boot/vmlinuz-* | sort -V | tail -n1)
EOF
mv "$TESTBED_DIR/testbed.env.tmp" "$TESTBED_DIR/testbed.env"

# --- prove it ----------------------------------------------------------------------------------
virsh -c "qemu+ssh://root@127.0.0.1:$TESTBED_SSH_PORT/system?$KEYQ" hostname >/dev/null
log "up; env file $TESTBED_DIR/testbed.env"
