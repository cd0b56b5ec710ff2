#!/usr/bin/env bash
# libvirt's Debian source package, which npm run generate:rpc (and its check in the unit tests)
# reads: src/remote/remote_protocol.x and include/libvirt/*.h. Run as root on Debian 12: adds
# deb-src to the archive the machine already uses, then `apt-get source libvirt` into
# /var/cache/kvm-infra (the generator's default; LIBVIRT_SRC overrides it). The version is the one
# of the installed libvirt-daemon when there is one, so the protocol matches the test bed's daemon.
set -euo pipefail
dest=${LIBVIRT_SRC_PARENT:-/var/cache/kvm-infra}
version=$(dpkg-query -W -f='${Version}' libvirt-daemon 2>/dev/null || true)
upstream=${version%%-*}
if [ -n "$upstream" ] && [ -f "$dest/libvirt-$upstream/src/remote/remote_protocol.x" ]; then
  echo "libvirt source $upstream already in $dest/libvirt-$upstream"
  exit 0
fi
sources=/etc/apt/sources.list.d/debian.sources
if [ -f "$sources" ]; then
  if ! grep -q '^Types:.*deb-src' "$sources"; then sed -i 's/^Types: deb$/Types: deb deb-src/' "$sources"; fi
elif ! grep -qs '^deb-src ' /etc/apt/sources.list; then
  sed -n 's/^deb /deb-src /p' /etc/apt/sources.list >/etc/apt/sources.list.d/kvm-infra-src.list
fi
apt-get update -q
command -v dpkg-source >/dev/null || apt-get install -y -q dpkg-dev
mkdir -p "$dest"
cd "$dest"
apt-get source -q "libvirt${version:+=$version}"
ls -d "$dest"/libvirt-*/src/remote/remote_protocol.x
