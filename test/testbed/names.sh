# Names shared by up.sh and down.sh. Chosen so they cannot clash with a real host's
# (a real host's volume group is e.g. `cl`, its bridge `br0` or `virbr0`).
TESTBED_DIR="${TESTBED_DIR:-/var/lib/kvm-infra-testbed}"
TESTBED_VG=kvmitestvg
TESTBED_BRIDGE=kvmitbr0
TESTBED_SSH_PORT=2222
TESTBED_TCP_PORT=16509
TESTBED_TLS_PORT=16514
TESTBED_UNIX_SOCKET=/run/libvirt/libvirt-sock
TESTBED_SSH_CLIENT_CONF=/etc/ssh/ssh_config.d/kvm-infra-testbed.conf
