// Typed documents shaped like the ones kvm-infra defines (CentOS 7 guest, NAT and bridge
// networks, dir and logical pools, volumes), shared by the golden and validation tests.
import { Domain, Network, StoragePool, StorageVolume } from "../../../libvirt/xml";

export function centosDomain(
  o: { name?: string; title?: string; description?: string; disk?: string; bridge?: string; passwd?: string } = {},
): Domain {
  return {
    type: "qemu",
    name: o.name ?? "kvmit-xml-centos",
    title: o.title ?? "CentOS 7 guest",
    description: o.description ?? "installed from the CentOS 7 tree",
    metadata: { libosinfo: { os: { id: "http://centos.org/centos/7.0" } } },
    memory: { value: 4096, unit: "MiB" },
    currentMemory: { value: 4096, unit: "MiB" },
    vcpu: { count: 2 },
    os: { type: { value: "hvm", arch: "x86_64", machine: "q35" }, boot: [{ dev: "hd" }] },
    features: { acpi: false, apic: true },
    cpu: { mode: "host-passthrough" },
    clock: {
      offset: "utc",
      timers: [
        { name: "rtc", tickpolicy: "catchup" },
        { name: "pit", tickpolicy: "delay" },
        { name: "hpet", present: "no" },
      ],
    },
    onPoweroff: "destroy",
    onReboot: "restart",
    onCrash: "restart",
    pm: { suspendToMem: { enabled: "no" }, suspendToDisk: { enabled: "no" } },
    devices: {
      disks: [
        {
          device: "disk",
          driver: { name: "qemu", type: "raw" },
          source: { type: "file", file: o.disk ?? "/var/lib/libvirt/images/kvmit-xml-centos.img" },
          target: { dev: "vda", bus: "virtio" },
        },
      ],
      interfaces: [
        { type: "bridge", mac: { address: "52:54:00:6b:10:01" }, source: { bridge: o.bridge ?? "kvmitbr0" }, model: { type: "virtio" } },
      ],
      serials: [{ source: { type: "pty" }, target: { type: "isa-serial", port: 0 } }],
      consoles: [{ source: { type: "pty" }, target: { type: "serial", port: 0 } }],
      channels: [{ source: { type: "unix", mode: "bind" }, target: { type: "virtio", name: "org.qemu.guest_agent.0" } }],
      inputs: [{ type: "tablet", bus: "usb" }],
      graphics: [
        {
          type: "vnc",
          port: 5901,
          autoport: "no",
          listen: "127.0.0.1",
          passwd: o.passwd ?? "XXX",
          listens: [{ type: "address", address: "127.0.0.1" }],
        },
      ],
      videos: [{ model: { type: "vga" } }],
      memballoon: { model: "virtio" },
      rngs: [{ model: "virtio", backend: { model: "random", device: "/dev/urandom" } }],
    },
  };
}

export function natNetwork(o: { name?: string; txt?: string } = {}): Network {
  return {
    name: o.name ?? "kvmit-xml-nat",
    forward: { mode: "nat" },
    bridge: { name: "kvmitxnat0", stp: "on", delay: 0 },
    domain: { name: "kvmit.test", localOnly: "yes" },
    dns: o.txt === undefined ? undefined : { txts: [{ name: "kvmit", value: o.txt }] },
    ips: [
      {
        address: "10.213.9.1",
        netmask: "255.255.255.0",
        dhcp: {
          ranges: [{ start: "10.213.9.100", end: "10.213.9.199" }],
          hosts: [{ mac: "52:54:00:6b:10:01", name: "centos", ip: "10.213.9.10" }],
        },
      },
    ],
  };
}

export function bridgeNetwork(o: { name?: string; bridge?: string } = {}): Network {
  return { name: o.name ?? "kvmit-xml-br", forward: { mode: "bridge" }, bridge: { name: o.bridge ?? "kvmitbr0" } };
}

export function dirPool(o: { name?: string; path?: string } = {}): StoragePool {
  return { type: "dir", name: o.name ?? "kvmit-xml-dir", target: { path: o.path ?? "/var/lib/libvirt/images/kvmit-xml-dir" } };
}

export function logicalPool(o: { name?: string; vg?: string; device?: string } = {}): StoragePool {
  const vg = o.vg ?? "kvmitestvg";
  return {
    type: "logical",
    name: o.name ?? "kvmit-xml-lvm",
    source: { devices: [{ path: o.device ?? "/dev/loop0" }], name: vg, format: { type: "lvm2" } },
    target: { path: `/dev/${vg}` },
  };
}

export function rawVolume(o: { name?: string } = {}): StorageVolume {
  return {
    name: o.name ?? "kvmit-xml-disk.img",
    capacity: { value: 64, unit: "MiB" },
    allocation: { value: 0 },
    target: { format: { type: "raw" } },
  };
}
