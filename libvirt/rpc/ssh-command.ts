// The ssh command line libvirt 9 runs for qemu+ssh (virNetSocketNewConnectSSH and
// virNetClientSSHHelperCommand), rebuilt argument for argument so ~/.ssh/config, the agent,
// ProxyJump and known_hosts behave exactly as they do for virsh.
import { LibvirtUri, daemonSocketPath } from "./uri";

export interface SshCommand {
  /** The ssh binary (command= in the URI). */
  file: string;
  args: string[];
}

/** Quotes a string for /bin/sh as libvirt's virBufferEscapeShell does (only when needed). */
export function escapeShell(s: string): string {
  if (s === "") return "''";
  // The characters for which libvirt's virBufferEscapeShell quotes a string.
  if (!/[\r\t\n !"#$&'()*;<>?[\\\]^`{|}~]/.test(s)) return s;
  return "'" + s.replace(/'/g, "'\\''") + "'";
}

/** Two levels, because sshd runs the command through a shell which runs `sh -c` again. */
function doubleEscapeShell(s: string): string {
  return escapeShell(escapeShell(s));
}

/** The remote command: virt-ssh-helper, nc -U, or the first with the second as fallback. */
export function sshRemoteCommand(u: LibvirtUri, socketPath: string): string {
  const nc = doubleEscapeShell(u.netcat ?? "nc");
  const ncCmd =
    `if '${nc}' -q 2>&1 | grep "requires an argument" >/dev/null 2>&1; then ` +
    `ARG=-q0;` +
    `else ` +
    `ARG=;` +
    `fi;` +
    `'${nc}' $ARG -U ${socketPath}`;
  const helperCmd = `virt-ssh-helper '${doubleEscapeShell(u.name)}'`;
  switch (u.proxy) {
    case "auto":
      return `sh -c 'which virt-ssh-helper 1>/dev/null 2>&1; if test $? = 0; then     ${helperCmd}; else    ${ncCmd}; fi'`;
    case "netcat":
      return `sh -c '${ncCmd}'`;
    case "native":
      return `sh -c '${helperCmd}'`;
  }
}

/** The full ssh invocation for an ssh-transport URI. */
export function sshCommand(u: LibvirtUri): SshCommand {
  if (u.transport !== "ssh") throw new Error(`sshCommand needs an ssh URI, got transport ${u.transport}`);
  // The remote side is another machine: its socket cannot be probed from here.
  const socketPath = daemonSocketPath(u, () => false);
  const args: string[] = [];
  if (u.port !== undefined) args.push("-p", String(u.port));
  if (u.user !== undefined) args.push("-l", u.user);
  if (u.keyfile !== undefined) args.push("-i", u.keyfile);
  args.push("-T", "-e", "none");
  if (u.noTty) args.push("-o", "BatchMode=yes");
  if (u.noVerify) args.push("-o", "StrictHostKeyChecking=no");
  args.push("--", u.host ?? "localhost", sshRemoteCommand(u, socketPath));
  return { file: u.command, args };
}
