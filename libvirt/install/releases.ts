// The releases the unattended install knows, keyed by libosinfo id (the domain's osinfoId), and
// what differs between their installers: one table, read by the kickstart generator, the install
// phase and runInstall. The ids, names and network-install memory are Debian's osinfo-db
// (osinfo-query os, /usr/share/osinfo); the kickstart facts are Red Hat's kickstart reference.
import { DEFAULT_LOCATION } from "./treeinfo";

/** What the installer of one major release (RHEL and its rebuilds alike) takes. */
export interface InstallGeneration {
  /** The `auth` line: RHEL 7 needs it for SHA-512 shadow passwords. RHEL 8 deprecated auth
   * (authconfig is gone; anaconda then pulls in authselect-compat) and RHEL 9 removed it: there
   * the release's own default (authselect's profile, SHA-512 in login.defs) already is what the
   * line asked for, so no line is written. */
  authLine?: string;
  /** %packages when the kickstart names none: CentOS 7's @core group; RHEL 8 and 9 install an
   * environment, and @^minimal-environment is their minimal install. */
  defaultPackages: string[];
  /** osinfo's <network-install><ram> for x86_64: anaconda loads its stage 2 image into RAM, and
   * virt-install raises the install phase to this much. */
  networkInstallMemoryMiB: number;
}

export interface InstallRelease {
  /** libosinfo's short id, as osVariant names it. */
  shortId: string;
  /** osinfo's name, e.g. "Rocky Linux 9". */
  name: string;
  /** The major version: the .treeinfo's version must be this one, since the kickstart's syntax and
   * the installer's needs follow it. */
  major: 7 | 8 | 9;
  /** The x86_64 install tree of the project's current mirror layout; undefined where there is no
   * public tree (then `noDefaultLocation` says why). */
  defaultLocation?: string;
  noDefaultLocation?: string;
}

const GENERATIONS: Record<InstallRelease["major"], InstallGeneration> = {
  7: { authLine: "auth --enableshadow --passalgo=sha512", defaultPackages: ["@core"], networkInstallMemoryMiB: 1536 },
  8: { defaultPackages: ["@^minimal-environment"], networkInstallMemoryMiB: 3072 },
  9: { defaultPackages: ["@^minimal-environment"], networkInstallMemoryMiB: 3072 },
};

/** Red Hat's trees are served to subscribed systems only (cdn.redhat.com with an entitlement
 * certificate): the operator mirrors one (e.g. a loop-mounted DVD served over http). */
const RHEL_TREE =
  "Red Hat's install trees need a subscription; point install.location at a mirror of the DVD's tree (the directory holding .treeinfo)";

function rhel(major: 8 | 9, minors: string[]): [string, InstallRelease][] {
  // osinfo's id for releases after the last it knows is "<major>-unknown", not "<major>.<minor>".
  return minors.map((m) => {
    const version = m === "unknown" ? `${major}-unknown` : `${major}.${m}`;
    const name = m === "unknown" ? `Red Hat Enterprise Linux ${major} Unknown` : `Red Hat Enterprise Linux ${version}`;
    return [`http://redhat.com/rhel/${version}`, { shortId: `rhel${version}`, name, major, noDefaultLocation: RHEL_TREE }];
  });
}

const RELEASES: Record<string, InstallRelease> = Object.fromEntries([
  ["http://centos.org/centos/7.0", { shortId: "centos7.0", name: "CentOS 7", major: 7, defaultLocation: DEFAULT_LOCATION }],
  // CentOS Stream 8 ended in May 2024 and moved to the vault; Stream 9 is on mirror.stream.centos.org.
  [
    "http://centos.org/centos-stream/8",
    {
      shortId: "centos-stream8",
      name: "CentOS Stream 8",
      major: 8,
      defaultLocation: "https://vault.centos.org/8-stream/BaseOS/x86_64/os/",
    },
  ],
  [
    "http://centos.org/centos-stream/9",
    {
      shortId: "centos-stream9",
      name: "CentOS Stream 9",
      major: 9,
      defaultLocation: "https://mirror.stream.centos.org/9-stream/BaseOS/x86_64/os/",
    },
  ],
  [
    "http://rockylinux.org/rocky/8",
    { shortId: "rocky8", name: "Rocky Linux 8", major: 8, defaultLocation: "https://dl.rockylinux.org/pub/rocky/8/BaseOS/x86_64/os/" },
  ],
  [
    "http://rockylinux.org/rocky/9",
    { shortId: "rocky9", name: "Rocky Linux 9", major: 9, defaultLocation: "https://dl.rockylinux.org/pub/rocky/9/BaseOS/x86_64/os/" },
  ],
  [
    "http://almalinux.org/almalinux/8",
    { shortId: "almalinux8", name: "AlmaLinux 8", major: 8, defaultLocation: "https://repo.almalinux.org/almalinux/8/BaseOS/x86_64/os/" },
  ],
  [
    "http://almalinux.org/almalinux/9",
    { shortId: "almalinux9", name: "AlmaLinux 9", major: 9, defaultLocation: "https://repo.almalinux.org/almalinux/9/BaseOS/x86_64/os/" },
  ],
  // Every RHEL 8 and 9 point release osinfo-db knows, and its "unknown" id for later ones.
  ...rhel(8, ["0", "1", "2", "3", "4", "5", "6", "7", "unknown"]),
  ...rhel(9, ["0", "1", "unknown"]),
]);

/** The release an osinfo id names; no id is CentOS 7, what the install always was before. */
const CENTOS7_ID = "http://centos.org/centos/7.0";

function installRelease(osinfoId: string | undefined): InstallRelease | undefined {
  return Object.prototype.hasOwnProperty.call(RELEASES, osinfoId ?? CENTOS7_ID) ? RELEASES[osinfoId ?? CENTOS7_ID] : undefined;
}

/** The release's installer facts. */
function installGeneration(release: InstallRelease): InstallGeneration {
  return GENERATIONS[release.major];
}

/** Why a generated kickstart cannot be written for this osinfo id, or undefined. */
function unknownReleaseProblem(osinfoId: string | undefined): string | undefined {
  if (installRelease(osinfoId)) return undefined;
  const known = Object.values(RELEASES).map((r) => r.shortId);
  return `osinfoId ${JSON.stringify(osinfoId)} is no release the unattended install knows (${known.join(", ")})`;
}

/** Why the tree's .treeinfo version does not fit the release, or undefined (also when the tree
 * does not say). */
function treeVersionProblem(release: InstallRelease, treeVersion: string | undefined): string | undefined {
  if (treeVersion === undefined) return undefined;
  const major = /^(\d+)/.exec(treeVersion)?.[1];
  if (major === String(release.major)) return undefined;
  return `the install tree's .treeinfo says version ${treeVersion}, but ${release.shortId} is ${release.name}: a kickstart and installer of release ${release.major} are expected; point install.location at a tree of release ${release.major} or change osVariant`;
}

export {
  CENTOS7_ID,
  GENERATIONS as INSTALL_GENERATIONS,
  installGeneration,
  installRelease,
  RELEASES as INSTALL_RELEASES,
  treeVersionProblem,
  unknownReleaseProblem,
};
