// Unattended installation from an install tree (virt-install --location with --initrd-inject):
// what the Domain provider calls on create, and the pure pieces the render command reuses.
export { runInstall, InstallError, DEFAULT_INSTALL_TIMEOUT_MINUTES, installScratchPaths, removeInstallScratch } from "./orchestrate";
export type { RunInstallOptions, InstallResult, InstallPhaseXmlInput } from "./orchestrate";
export {
  installCmdline,
  installPhase,
  installPhaseInputs,
  finalPhaseInputs,
  DEFAULT_EXTRA_ARGS,
  KICKSTART_FILE,
  NETWORK_INSTALL_MIN_MEMORY_MIB,
} from "./phase";
export type { CmdlineOptions, InstallPhaseChanges } from "./phase";
export { generateKickstart, kickstartText, validateKickstartOptions, KickstartError, prefixToNetmask } from "./kickstart";
export type { KickstartOptions, KickstartNetwork, KickstartPartition, KickstartSpec } from "./kickstart";
export { DEFAULT_LOCATION, parseTreeinfo, treeImages, resolveTreeUrl, normalizeLocation } from "./treeinfo";
export type { TreeInfo, TreeImages } from "./treeinfo";
export { fetchBuffer, FetchError, formatBytes, progressLogger } from "./fetch";
export { writeCpio, cpioFile, cpioDir, cpioSymlink, cpioCharDevice, CpioType } from "./cpio";
export type { CpioEntry } from "./cpio";
export { injectIntoInitrd } from "./initrd-inject";
export { withSerialConsoleLog } from "./serial-log";
export { ensureScratchPool, uploadVolume, deleteVolumeIfExists, readVolumeTail, SCRATCH_POOL_NAME, SCRATCH_POOL_PATH } from "./scratch";
export type { InstallConnection } from "./connection";
