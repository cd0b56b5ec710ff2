// The rpc integration tests use the library through its public entry point only.
export * from "../../../libvirt/rpc";
