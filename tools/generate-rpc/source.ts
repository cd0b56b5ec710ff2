// Where libvirt's Debian source package is unpacked (apt-get source libvirt; .ci/libvirt-src.sh).
export const DEFAULT_SRC = "/var/cache/kvm-infra/libvirt-9.0.0";
