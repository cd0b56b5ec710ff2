// EnterpriseLinuxDomain: a guest of CentOS Stream, Rocky Linux, AlmaLinux or RHEL 8 and 9 (or
// CentOS 7), installed from the release's tree with a kickstart in the release's syntax; the body
// is GuestDomain's, with what libosinfo says about the osVariant.
import * as pulumi from "@pulumi/pulumi";
import { EnterpriseLinuxDomainArgs } from "./domain-args";
import { GuestDomain } from "./guest-domain";
import { OS_VARIANT_NAMES } from "./osinfo";

export type { EnterpriseLinuxDomainArgs } from "./domain-args";

export class EnterpriseLinuxDomain extends GuestDomain {
  constructor(name: string, args: EnterpriseLinuxDomainArgs, opts?: pulumi.ComponentResourceOptions) {
    super({ type: "kvm:compute:EnterpriseLinuxDomain", osVariants: OS_VARIANT_NAMES }, name, args, opts);
  }
}
