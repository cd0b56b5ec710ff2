// The provider revision rides along every answer of a kind's provider (checked inputs, outputs of
// create/update/read, read's inputs), and only a changed revision adds an update to the kind's diff.
import { dynamic } from "@pulumi/pulumi";
import { PROVIDER_REVISIONS, PROVIDER_REVISION_KEY, withRevision, withRevisionInput } from "../../../libvirt/resources/provider-revision";
import { providers } from "../../../libvirt/resources/installed-providers";

// The kind's provider, recording what reaches it: the wrapper is the unit under test.
function inner(): dynamic.ResourceProvider & { seen: unknown[] } {
  const seen: unknown[] = [];
  return {
    seen,
    async check(_olds, news) {
      return { inputs: { name: news.name } };
    },
    async diff(_id, olds, news) {
      return { changes: olds.name !== news.name, replaces: [] };
    },
    async create(inputs) {
      seen.push(inputs);
      return { id: "id1", outs: { name: inputs.name, uuid: "u" } };
    },
    async read(id, props) {
      if (id === "gone") return { id: "", props: {} };
      return { id, props: { name: props?.name, uuid: "u" }, inputs: { name: props?.name } };
    },
    async update(_id, _olds, news) {
      return { outs: { name: news.name, uuid: "u" } };
    },
    async delete() {},
  };
}

const K = PROVIDER_REVISION_KEY;

describe("withRevision", () => {
  const p = withRevision(inner());

  test("check keeps the revision the program sent in the checked inputs", async () => {
    expect(await p.check!({}, { name: "a", [K]: 3 })).toEqual({ inputs: { name: "a", [K]: 3 } });
  });

  test("create, update and read record the revision in outputs (and read's inputs)", async () => {
    expect((await p.create({ name: "a", [K]: 3 })).outs).toEqual({ name: "a", uuid: "u", [K]: 3 });
    expect((await p.update!("id1", { name: "a", [K]: 3 }, { name: "a", [K]: 4 })).outs).toEqual({ name: "a", uuid: "u", [K]: 4 });
    expect(await p.read!("id1", { name: "a", uuid: "u", [K]: 4 })).toEqual({
      id: "id1",
      props: { name: "a", uuid: "u", [K]: 4 },
      inputs: { name: "a", [K]: 4 },
    });
  });

  test("a read that found nothing stays empty", async () => {
    expect(await p.read!("gone", { name: "a", [K]: 4 })).toEqual({ id: "", props: {} });
  });

  test("diff: the kind's answer, with an in-place change added only when the revision changed", async () => {
    expect(await p.diff!("id1", { name: "a", [K]: 1 }, { name: "a", [K]: 1 })).toEqual({ changes: false, replaces: [] });
    expect(await p.diff!("id1", { name: "a", [K]: 1 }, { name: "a", [K]: 2 })).toEqual({ changes: true, replaces: [] });
    expect(await p.diff!("id1", { name: "a" }, { name: "a", [K]: 1 })).toEqual({ changes: true, replaces: [] });
    expect(await p.diff!("id1", { name: "a", [K]: 1 }, { name: "b", [K]: 1 })).toEqual({ changes: true, replaces: [] });
  });
});

test("resources send their kind's current revision, and the installed providers carry it through", async () => {
  expect(withRevisionInput("Domain", { name: "x" })).toEqual({ name: "x", [K]: PROVIDER_REVISIONS.Domain });
  const checked = await providers.StoragePool.check!(
    {},
    withRevisionInput("StoragePool", { uri: "qemu:///system", name: "p", type: "dir", targetPath: "/var/lib/p" }),
  );
  expect(checked.failures ?? []).toEqual([]);
  expect(checked.inputs?.[K]).toBe(PROVIDER_REVISIONS.StoragePool);
});
