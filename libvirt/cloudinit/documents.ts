// The NoCloud documents generated from options: user-data as #cloud-config, meta-data, and
// network-config version 2. Scalars are written as JSON strings, which YAML reads as the same
// double-quoted scalars, so no value can change the documents' structure.
import { CloudInitNetwork, CloudInitOptions } from "./options";

const q = (s: string) => JSON.stringify(s);

/** #cloud-config for root as the kickstart sets it up: host name, keys, password hash or a
 * locked password. `users` lists only root, so the image's default user is not created. */
export function userDataFromOptions(o: CloudInitOptions): string {
  const short = o.hostname.split(".")[0];
  const lines = ["#cloud-config", `hostname: ${q(short)}`];
  if (o.hostname !== short) lines.push(`fqdn: ${q(o.hostname)}`);
  lines.push("preserve_hostname: false", "users:", "  - name: root");
  // cloud-init locks the password unless told otherwise, also after setting a hash.
  if (o.rootPasswordHash !== undefined) lines.push("    lock_passwd: false", `    hashed_passwd: ${q(o.rootPasswordHash)}`);
  else lines.push("    lock_passwd: true");
  const keys = (o.sshAuthorizedKeys ?? []).map((k) => k.trim());
  if (keys.length > 0) lines.push("    ssh_authorized_keys:", ...keys.map((k) => `      - ${q(k)}`));
  // Without this cloud-init rewrites root's keys into a "log in as the default user" stub.
  lines.push("disable_root: false");
  return lines.join("\n") + "\n";
}

/** meta-data's body besides instance-id. */
export function metaDataFromOptions(o: CloudInitOptions): string {
  return `local-hostname: ${q(o.hostname)}\n`;
}

/** network-config v2 for one ethernet interface, or undefined for cloud-init's own fallback (DHCP
 * on the first NIC) when no interface is named. */
export function networkConfigFromOptions(n: CloudInitNetwork | undefined): string | undefined {
  if (n === undefined || n.device === undefined) return undefined;
  const lines = ["version: 2", "ethernets:", `  ${q(n.device)}:`];
  if (n.macAddress !== undefined)
    lines.push("    match:", `      macaddress: ${q(n.macAddress.toLowerCase())}`, `    set-name: ${q(n.device)}`);
  if ((n.bootproto ?? "dhcp") === "dhcp") {
    lines.push("    dhcp4: true");
  } else {
    lines.push("    dhcp4: false", `    addresses: [${q(`${n.address}/${n.prefix}`)}]`);
    if (n.gateway !== undefined) lines.push("    routes:", `      - to: ${q("0.0.0.0/0")}`, `        via: ${q(n.gateway)}`);
    if (n.dns !== undefined && n.dns.length > 0) lines.push("    nameservers:", `      addresses: [${n.dns.map(q).join(", ")}]`);
  }
  return lines.join("\n") + "\n";
}
