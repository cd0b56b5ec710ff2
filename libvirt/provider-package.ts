// The main module of the installed package @kvm-infra/libvirt (scripts/build-libvirt.js compiles
// what this reaches into node_modules): what a provider text loads in the provider host.
export { providers } from "./resources/installed-providers";
