// The generated VNC password: 8 characters from the OS's CSPRNG, created once, kept on later runs.
import { generatePassword, RandomPassword, randomPasswordProvider } from "../../../components";
import { installMocks, promiseOf, settled } from "./mocks";

const registered = installMocks();

describe("generatePassword", () => {
  it("gives the asked length from an alphabet without look-alikes", () => {
    for (let i = 0; i < 200; i++) expect(generatePassword(8)).toMatch(/^[A-HJ-NP-Za-km-z2-9]{8}$/);
  });
  it("does not repeat itself", () => {
    const seen = new Set(Array.from({ length: 1000 }, () => generatePassword(8)));
    expect(seen.size).toBe(1000);
  });
  it("uses every character of its alphabet", () => {
    const chars = new Set(Array.from({ length: 500 }, () => generatePassword(8)).join(""));
    expect(chars.size).toBe(57);
  });
});

describe("the RandomPassword provider", () => {
  it("creates a password once and keeps it when only the provider's code changed", async () => {
    const created = await randomPasswordProvider.create!({ length: 8 });
    expect(created.outs.password).toHaveLength(8);
    const diff = await randomPasswordProvider.diff!(created.id, created.outs, { length: 8 });
    expect(diff).toEqual({ changes: false, replaces: [] });
    const updated = await randomPasswordProvider.update!(created.id, created.outs, { length: 8 });
    expect(updated.outs).toEqual(created.outs);
  });
  it("replaces the password when the length changes", async () => {
    const created = await randomPasswordProvider.create!({ length: 8 });
    expect(await randomPasswordProvider.diff!(created.id, created.outs, { length: 6 })).toEqual({ changes: true, replaces: ["length"] });
  });
});

describe("RandomPassword", () => {
  // The engine applies additionalSecretOutputs; the mocks don't, so CentOS7Domain wraps the
  // password in pulumi.secret itself (tested there).
  it("registers as pulumi-nodejs:dynamic/kvm:RandomPassword with the length as its only input", async () => {
    const pw = new RandomPassword("vnc", { length: 8 });
    expect(await promiseOf(pw.password)).toBe("Gen3rat3");
    await settled();
    const r = registered.find((x) => x.name === "vnc")!;
    expect(r.type).toBe("pulumi-nodejs:dynamic/kvm:RandomPassword");
    expect(r.inputs).toEqual({ length: 8 });
  });
});
