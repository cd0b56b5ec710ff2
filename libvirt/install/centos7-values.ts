// What CentOS 7's installer and installed system can use, checked before a kickstart is written:
// each function returns why a value is refused (undefined when it is accepted). The reasons are
// facts of CentOS 7.9: glibc 2.17's crypt(), OpenSSH 7.4, anaconda 21.48 with blivet, pykickstart's
// shlex-based parser.

/** Every character Python's str.splitlines() breaks a line at (pykickstart splits the file with it),
 * and every other control character: none may appear inside one kickstart line. */
const LINE_BREAKING = /[\u0000-\u001f\u007f-\u009f\u2028\u2029]/;

/** The reason free text cannot go into one kickstart line, or undefined. */
function unsafeText(s: string): string | undefined {
  const m = LINE_BREAKING.exec(s);
  if (m) return `contains the control or line-separator character U+${m[0].charCodeAt(0).toString(16).padStart(4, "0").toUpperCase()}`;
  return undefined;
}

/** crypt(3) hash formats glibc 2.17 (CentOS 7) verifies. */
const CRYPT_FORMATS: Record<string, { name: string; rounds: boolean }> = {
  "1": { name: "MD5", rounds: false },
  "5": { name: "SHA-256", rounds: true },
  "6": { name: "SHA-512", rounds: true },
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

/** Why a root password hash is refused (never quoting it: it is a secret), or undefined. */
function cryptProblem(hash: unknown): string | undefined {
  if (typeof hash !== "string") return "is not a crypt(3) hash such as $6$salt$hash (a plain password is refused)";
  const id = /^\$([^$]*)\$/.exec(hash)?.[1];
  if (id !== undefined && UNSUPPORTED_CRYPT[id]) {
    return `is a ${UNSUPPORTED_CRYPT[id]} hash ($${id}$), which CentOS 7's glibc 2.17 crypt() does not know: root's password would never match; use $6$ (openssl passwd -6), $5$ or $1$`;
  }
  const f = id === undefined ? undefined : CRYPT_FORMATS[id];
  if (!f) return "is not a crypt(3) hash of a kind CentOS 7 verifies ($6$ SHA-512, $5$ SHA-256 or $1$ MD5; a plain password is refused)";
  const rest = hash.slice(id!.length + 2);
  // The salt and hash alphabets; the hash's length is left to crypt() (placeholders in tests and
  // render are shorter than real hashes).
  const shape = f.rounds ? /^(rounds=[0-9]{1,9}\$)?[./A-Za-z0-9]{1,16}\$[./A-Za-z0-9]+$/ : /^[./A-Za-z0-9]{1,8}\$[./A-Za-z0-9]+$/;
  if (!shape.test(rest)) return `is not a well-formed ${f.name} crypt(3) hash ($${id}$${f.rounds ? "[rounds=N$]" : ""}salt$hash)`;
  return undefined;
}

/** OpenSSH public key types CentOS 7's OpenSSH 7.4 accepts by default, with the check of the key
 * blob's fields after the type name. */
const SSH_KEY_TYPES = ["ssh-rsa", "ssh-ed25519", "ecdsa-sha2-nistp256", "ecdsa-sha2-nistp384", "ecdsa-sha2-nistp521"];

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
  const ok =
    type === "ssh-rsa"
      ? fields.length === 3 && fields[1].length > 0 && fields[2].length >= 128
      : type === "ssh-ed25519"
        ? fields.length === 2 && fields[1].length === 32
        : fields.length === 3 && fields[1].toString("latin1") === type.slice("ecdsa-sha2-".length) && fields[2].length > 0;
  return ok ? undefined : `its base64 part is not a complete ${type} key`;
}

/** Why an authorized key line is refused, or undefined. With a locked root, a key sshd cannot use
 * locks everyone out, so the key itself is decoded and checked. */
function sshKeyProblem(line: unknown): string | undefined {
  if (typeof line !== "string") return "is not one OpenSSH public key line";
  const text = unsafeText(line);
  if (text) return `${text}: it must be one line`;
  const [type, b64, ...comment] = line.trim().split(/ +/);
  if (/^sk-/.test(type ?? "")) {
    return `is a ${type} (FIDO security key) key: those need OpenSSH 8.2, CentOS 7 has OpenSSH 7.4`;
  }
  if (type === "ssh-dss") return "is an ssh-dss (DSA) key: OpenSSH 7.4 on CentOS 7 refuses DSA keys by default";
  if (!SSH_KEY_TYPES.includes(type ?? "")) {
    return `is not an OpenSSH public key line "<type> <base64> [comment]" with a type OpenSSH 7.4 accepts (${SSH_KEY_TYPES.join(", ")})`;
  }
  if (!b64 || !/^[A-Za-z0-9+/]+={0,2}$/.test(b64) || b64.length % 4 !== 0) return "has no valid base64 key after the type";
  const blob = sshBlobProblem(type, Buffer.from(b64, "base64"));
  if (blob) return blob;
  const c = comment.join(" ");
  // The key is written as one double-quoted kickstart argument, where \ escapes and " ends it.
  if (/["\\]/.test(c)) return 'has a comment with " or \\, which the kickstart parser would read differently';
  return undefined;
}

/** File systems anaconda 7 (blivet) formats on a partition, as `part --fstype` names them. */
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
