// What each release's installer and installed system can use, checked before a kickstart is
// written: each function returns why a value is refused (undefined when it is accepted). The
// facts per major release are in USERLANDS: the crypt() library (CentOS 7.9's glibc 2.17; RHEL 8's
// libxcrypt 4.1, RHEL 9's 4.4), the OpenSSH version (7.4, 8.0, 8.7); anaconda with blivet and
// pykickstart's shlex-based parser are alike in what is checked here.

/** The major releases the install knows (releases.ts). */
export type GuestMajor = 7 | 8 | 9;

/** What one major release's installed system verifies. */
interface Userland {
  /** How messages name the system, e.g. "CentOS 7" (its rebuilds share the facts). */
  system: string;
  /** The library behind crypt(), as messages name it. */
  crypt: string;
  /** crypt(3) hash formats it verifies, by the id between the first two "$". */
  cryptFormats: string[];
  /** The OpenSSH version of the installed system. */
  openssh: string;
  /** FIDO security-key types (sk-*), from OpenSSH 8.2. */
  securityKeys: boolean;
}

const USERLANDS: Record<GuestMajor, Userland> = {
  7: { system: "CentOS 7", crypt: "glibc 2.17", cryptFormats: ["6", "5", "1"], openssh: "7.4", securityKeys: false },
  // libxcrypt gained yescrypt in 4.3; RHEL 8 ships 4.1.1, RHEL 9 4.4.18 (its crypt(5) lists it).
  8: { system: "EL 8", crypt: "libxcrypt 4.1", cryptFormats: ["6", "5", "1"], openssh: "8.0", securityKeys: false },
  9: { system: "EL 9", crypt: "libxcrypt 4.4", cryptFormats: ["y", "6", "5", "1"], openssh: "8.7", securityKeys: true },
};

/** Every character Python's str.splitlines() breaks a line at (pykickstart splits the file with it),
 * and every other control character: none may appear inside one kickstart line. */
const LINE_BREAKING = /[\u0000-\u001f\u007f-\u009f\u2028\u2029]/;

/** The reason free text cannot go into one kickstart line, or undefined. */
function unsafeText(s: string): string | undefined {
  const m = LINE_BREAKING.exec(s);
  if (m) return `contains the control or line-separator character U+${m[0].charCodeAt(0).toString(16).padStart(4, "0").toUpperCase()}`;
  return undefined;
}

/** crypt(3) hash formats some release verifies, with the shape of what follows `$id$`: salt and
 * hash alphabets only, the hash's length is left to crypt() (placeholders in tests and render are
 * shorter than real hashes). */
const CRYPT_FORMATS: Record<string, { name: string; shape: RegExp; form: string }> = {
  y: { name: "yescrypt", shape: /^[./A-Za-z0-9]+\$[./A-Za-z0-9]*\$[./A-Za-z0-9]+$/, form: "params$salt$hash" },
  "6": { name: "SHA-512", shape: /^(rounds=[0-9]{1,9}\$)?[./A-Za-z0-9]{1,16}\$[./A-Za-z0-9]+$/, form: "[rounds=N$]salt$hash" },
  "5": { name: "SHA-256", shape: /^(rounds=[0-9]{1,9}\$)?[./A-Za-z0-9]{1,16}\$[./A-Za-z0-9]+$/, form: "[rounds=N$]salt$hash" },
  "1": { name: "MD5", shape: /^[./A-Za-z0-9]{1,8}\$[./A-Za-z0-9]+$/, form: "salt$hash" },
};
const UNSUPPORTED_CRYPT: Record<string, string> = {
  y: "yescrypt",
  gy: "gost-yescrypt",
  "7": "scrypt",
  "2a": "bcrypt",
  "2b": "bcrypt",
  "2y": "bcrypt",
  "2x": "bcrypt",
  md5: "Sun MD5",
  sha1: "NetBSD SHA-1",
};

/** The formats `u` verifies, as messages list them: "$6$ SHA-512, $5$ SHA-256 or $1$ MD5". */
function cryptFormatList(u: Userland): string {
  const all = u.cryptFormats.map((id) => `$${id}$ ${CRYPT_FORMATS[id].name}`);
  return `${all.slice(0, -1).join(", ")} or ${all[all.length - 1]}`;
}

/** Why a root password hash is refused on release `major` (never quoting it: it is a secret), or undefined. */
function cryptProblem(hash: unknown, major: GuestMajor = 7): string | undefined {
  const u = USERLANDS[major];
  if (typeof hash !== "string") return "is not a crypt(3) hash such as $6$salt$hash (a plain password is refused)";
  const id = /^\$([^$]*)\$/.exec(hash)?.[1];
  const known = id !== undefined && u.cryptFormats.includes(id);
  if (id !== undefined && !known && UNSUPPORTED_CRYPT[id]) {
    const use = u.cryptFormats.map((f) => (f === "6" ? "$6$ (openssl passwd -6)" : `$${f}$`));
    return `is a ${UNSUPPORTED_CRYPT[id]} hash ($${id}$), which ${u.system}'s ${u.crypt} crypt() does not know: root's password would never match; use ${use.slice(0, -1).join(", ")} or ${use[use.length - 1]}`;
  }
  if (!known) return `is not a crypt(3) hash of a kind ${u.system} verifies (${cryptFormatList(u)}; a plain password is refused)`;
  const f = CRYPT_FORMATS[id!];
  if (!f.shape.test(hash.slice(id!.length + 2))) return `is not a well-formed ${f.name} crypt(3) hash ($${id}$${f.form})`;
  return undefined;
}

/** OpenSSH public key types every release's OpenSSH accepts by default, and the FIDO security-key
 * types of OpenSSH 8.2 and later; the key blob's fields after the type name are checked. */
const SSH_KEY_TYPES = ["ssh-rsa", "ssh-ed25519", "ecdsa-sha2-nistp256", "ecdsa-sha2-nistp384", "ecdsa-sha2-nistp521"];
const SECURITY_KEY_TYPES = ["sk-ssh-ed25519@openssh.com", "sk-ecdsa-sha2-nistp256@openssh.com"];

/** Reads the SSH wire format's length-prefixed strings (RFC 4251) from a key blob. */
function sshStrings(blob: Buffer): Buffer[] | undefined {
  const out: Buffer[] = [];
  let at = 0;
  while (at < blob.length) {
    if (at + 4 > blob.length) return undefined;
    const n = blob.readUInt32BE(at);
    if (at + 4 + n > blob.length) return undefined;
    out.push(blob.subarray(at + 4, at + 4 + n));
    at += 4 + n;
  }
  return out;
}

function sshBlobProblem(type: string, blob: Buffer): string | undefined {
  const fields = sshStrings(blob);
  if (!fields || fields.length === 0 || fields[0].toString("latin1") !== type) {
    return `its base64 part is not an ${type} key (the decoded key does not start with the type name)`;
  }
  // Per OpenSSH's PROTOCOL.u2f, a security key is its plain key followed by the application string.
  const n = fields.length;
  const app = type.startsWith("sk-") ? fields[n - 1].length > 0 : true;
  const base = type.replace(/^sk-/, "").replace(/@openssh\.com$/, "");
  const plain = type.startsWith("sk-") ? n - 1 : n;
  const ok =
    app &&
    (base === "ssh-rsa"
      ? plain === 3 && fields[1].length > 0 && fields[2].length >= 128
      : base === "ssh-ed25519"
        ? plain === 2 && fields[1].length === 32
        : plain === 3 && fields[1].toString("latin1") === base.slice("ecdsa-sha2-".length) && fields[2].length > 0);
  return ok ? undefined : `its base64 part is not a complete ${type} key`;
}

/** Why an authorized key line is refused on release `major`, or undefined. With a locked root, a
 * key sshd cannot use locks everyone out, so the key itself is decoded and checked. */
function sshKeyProblem(line: unknown, major: GuestMajor = 7): string | undefined {
  const u = USERLANDS[major];
  if (typeof line !== "string") return "is not one OpenSSH public key line";
  const text = unsafeText(line);
  if (text) return `${text}: it must be one line`;
  const [type, b64, ...comment] = line.trim().split(/ +/);
  const types = u.securityKeys ? [...SSH_KEY_TYPES, ...SECURITY_KEY_TYPES] : SSH_KEY_TYPES;
  if (/^sk-/.test(type ?? "") && !u.securityKeys) {
    return `is a ${type} (FIDO security key) key: those need OpenSSH 8.2, ${u.system} has OpenSSH ${u.openssh}`;
  }
  if (type === "ssh-dss") return `is an ssh-dss (DSA) key: OpenSSH ${u.openssh} on ${u.system} refuses DSA keys by default`;
  if (!types.includes(type ?? "")) {
    return `is not an OpenSSH public key line "<type> <base64> [comment]" with a type OpenSSH ${u.openssh} accepts (${types.join(", ")})`;
  }
  if (!b64 || !/^[A-Za-z0-9+/]+={0,2}$/.test(b64) || b64.length % 4 !== 0) return "has no valid base64 key after the type";
  const blob = sshBlobProblem(type, Buffer.from(b64, "base64"));
  if (blob) return blob;
  const c = comment.join(" ");
  // The key is written as one double-quoted kickstart argument, where \ escapes and " ends it.
  if (/["\\]/.test(c)) return 'has a comment with " or \\, which the kickstart parser would read differently';
  return undefined;
}

/** File systems anaconda (blivet) formats on a partition in every release here, as `part --fstype`
 * names them (btrfs, a technology preview on 7, is gone from 8). */
const FILE_SYSTEMS = ["xfs", "ext4", "ext3", "ext2", "vfat", "efi", "swap", "biosboot", "prepboot"];
/** The partitions that have no mount point: `part <name> --fstype=<name>`. */
const UNMOUNTED = ["swap", "biosboot", "prepboot"];

/** A mount point in the form anaconda compares them: single slashes, no trailing slash. */
function normalizeMountpoint(p: string): string {
  if (UNMOUNTED.includes(p)) return p;
  const n = p.replace(/\/+/g, "/").replace(/(.)\/$/, "$1");
  return n;
}

function mountpointProblem(p: unknown): string | undefined {
  if (typeof p !== "string") return "is neither an absolute path nor one of " + UNMOUNTED.map((u) => `"${u}"`).join(", ");
  if (UNMOUNTED.includes(p)) return undefined;
  if (!/^\/[A-Za-z0-9_./-]*$/.test(p)) {
    return `${JSON.stringify(p)} is neither an absolute path of letters, digits, _ . - nor one of ${UNMOUNTED.map((u) => `"${u}"`).join(", ")}`;
  }
  if (
    normalizeMountpoint(p)
      .split("/")
      .some((s) => s === "." || s === "..")
  )
    return `${JSON.stringify(p)} has a "." or ".." component`;
  return undefined;
}

/** A package line pykickstart reads as one name: `name`, `@group`, `@^environment`, `-name` or
 * `-@group` (a lone "-" crashes its parser), without spaces, comments or a leading %. */
const PACKAGE = /^(@\^?|-@?)?[A-Za-z0-9_+][A-Za-z0-9_.+*:-]*$/;

/** An interface name as `network --device` takes it: a kernel name (at most 15 characters, not
 * starting with "-", no ":" since dracut's ip= is colon separated), a MAC address, or "link". */
const INTERFACE_NAME = /^[A-Za-z0-9_.][A-Za-z0-9_.-]{0,14}$/;
const MAC = /^([0-9A-Fa-f]{2}:){5}[0-9A-Fa-f]{2}$/;

/** Host names: RFC 1123 labels, at most 64 characters (Linux's HOST_NAME_MAX, which the installed
 * system's hostnamectl enforces for the static host name). */
const HOSTNAME = /^[a-zA-Z0-9]([a-zA-Z0-9-]{0,61}[a-zA-Z0-9])?(\.[a-zA-Z0-9]([a-zA-Z0-9-]{0,61}[a-zA-Z0-9])?)*$/;
const HOSTNAME_MAX = 64;

function hostnameProblem(h: unknown): string | undefined {
  if (typeof h !== "string" || !HOSTNAME.test(h)) return `${JSON.stringify(h)} is not a valid host name`;
  if (h.length > HOSTNAME_MAX) return `"${h}" is longer than ${HOSTNAME_MAX} characters, the most a Linux host name can hold`;
  return undefined;
}

/** The CentOS 7 release a tree's .treeinfo version names, e.g. "7.2" -> 2; undefined when it does not
 * say (CentOS 7's trees mostly write just "7"). */
function centos7Minor(version: string | undefined): number | undefined {
  const m = /^7\.(\d+)/.exec(version ?? "");
  return m ? Number(m[1]) : undefined;
}
/** The kickstart command `sshkey` arrived in anaconda 21.48.22.57, i.e. RHEL/CentOS 7.3. */
const SSHKEY_MIN_MINOR = 3;

export {
  centos7Minor,
  USERLANDS,
  cryptProblem,
  FILE_SYSTEMS,
  hostnameProblem,
  INTERFACE_NAME,
  MAC,
  mountpointProblem,
  normalizeMountpoint,
  PACKAGE,
  SSHKEY_MIN_MINOR,
  sshKeyProblem,
  UNMOUNTED,
  unsafeText,
};
