// CentOS7Domain: the runbook's guest, CentOS 7 (centos7.0, the only osVariant it accepts), as it
// always was; the body is GuestDomain's.
import * as pulumi from "@pulumi/pulumi";
import { CentOS7DomainArgs } from "./domain-args";
import { defaultOsVariant } from "./defaults";
import { GuestDomain } from "./guest-domain";

export { checkDomainArgs, DOMAIN_CONFIG_KEYS } from "./domain-args";
export type { CentOS7DiskArgs, CentOS7DomainArgs, CentOS7VncArgs } from "./domain-args";

export class CentOS7Domain extends GuestDomain {
  constructor(name: string, args: CentOS7DomainArgs, opts?: pulumi.ComponentResourceOptions) {
    super({ type: "kvm:compute:CentOS7Domain", osVariants: [defaultOsVariant()], defaultOsVariant: defaultOsVariant() }, name, args, opts);
  }
}
