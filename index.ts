// kvm-infra: a storage pool, a network and CentOS 7 domains on one KVM host, from the stack config.
// The whole config is validated before any resource is registered (one error lists every problem).
import { readStackConfig } from "./components/config";
import { buildInfrastructure, stackOutputs } from "./components/program";

const outputs = stackOutputs(buildInfrastructure(readStackConfig()));

export const pool = outputs.pool;
export const network = outputs.network;
export const domains = outputs.domains;
