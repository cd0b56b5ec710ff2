// Prints the packets of a capture (test/fixtures/rpc-wire/<case>.c2s / .s2c) by procedure name.
import { readFileSync } from "fs";
import { PacketDecoder } from "../../libvirt/rpc/framing";
import { RemoteProcedure } from "../../libvirt/rpc/gen/remote-protocol.gen";

const names = new Map<number, string>(Object.entries(RemoteProcedure).map(([k, v]) => [v, k]));
for (const file of process.argv.slice(2)) {
  for (const p of new PacketDecoder().push(readFileSync(file))) {
    const h = p.header;
    const name = h.program === 0x20008086 ? names.get(h.procedure) : `program ${h.program.toString(16)} proc ${h.procedure}`;
    console.log(
      `${file.replace(/.*\//, "")} serial ${h.serial} type ${h.type} status ${h.status} ${name} ${p.payload.toString("hex").slice(0, 120)}`,
    );
  }
}
