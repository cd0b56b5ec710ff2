// tools/generate-rpc's parsers and naming on small inputs written like libvirt's (the real files are
// covered by gen-current.test.ts), and the codec's edge cases the wire captures do not reach.
import { parseXdr } from "../../../tools/generate-rpc/xdr-parse";
import { parseHeaders } from "../../../tools/generate-rpc/header-enums";
import { emitHeaderEnums, emitProtocol, memberNames, pascal } from "../../../tools/generate-rpc/emit";
import { decodeXdr, encodeXdr } from "../../../libvirt/rpc/codec";
import { XdrReader, XdrWriter } from "../../../libvirt/rpc/xdr";

const X = `
%#include <libvirt/libvirt.h>
const REMOTE_STRING_MAX = 4194304;
const REMOTE_LIST_MAX = 0x10;
typedef string remote_nonnull_string<REMOTE_STRING_MAX>;
typedef remote_nonnull_string *remote_string;
typedef opaque remote_uuid[VIR_UUID_BUFLEN];
struct remote_thing {
    remote_nonnull_string name;
    remote_uuid uuid;
    char model[32];
    unsigned hyper sizes<REMOTE_LIST_MAX>;
    opaque blob<>;
    remote_string note;
};
union remote_value switch (int type) {
 case VIR_TYPED_PARAM_INT:
     int i;
 case 9:
     void;
};
/* Not a doc comment. */
enum remote_procedure {
    /**
     * @generate: both
     * @acl: domain:read
     * @acl: domain:read_secure:VIR_DOMAIN_XML_SECURE
     */
    REMOTE_PROC_THING_GET = 1,

    /**
     * @generate: none
     * @writestream: 1
     */
    REMOTE_PROC_THING_UPLOAD = 2
};
struct remote_thing_get_args { remote_thing thing; unsigned int flags; };
struct remote_thing_get_ret { remote_value value; };
`;

const external = (name: string) => ({ VIR_UUID_BUFLEN: 16, VIR_TYPED_PARAM_INT: 1 })[name];

describe("the XDR parser", () => {
  const spec = parseXdr(X, "x.x", external);

  test("constants, typedefs, structs with every declaration form, unions, enums with annotations", () => {
    expect(spec.consts.get("REMOTE_LIST_MAX")).toBe(16);
    const thing = spec.definitions.find((d) => d.name === "remote_thing");
    expect(thing).toEqual({
      kind: "struct",
      name: "remote_thing",
      line: 8,
      fields: [
        { name: "name", type: { kind: "named", name: "remote_nonnull_string" } },
        { name: "uuid", type: { kind: "named", name: "remote_uuid" } },
        { name: "model", type: { kind: "fixedArray", of: { kind: "primitive", name: "char" }, length: 32 } },
        { name: "sizes", type: { kind: "array", of: { kind: "primitive", name: "unsigned hyper" }, max: 16 } },
        { name: "blob", type: { kind: "opaque", max: undefined } },
        { name: "note", type: { kind: "named", name: "remote_string" } },
      ],
    });
    expect(spec.definitions.find((d) => d.name === "remote_string")).toMatchObject({
      type: { kind: "optional", of: { kind: "named", name: "remote_nonnull_string" } },
    });
    expect(spec.definitions.find((d) => d.name === "remote_value")).toMatchObject({
      discriminant: { name: "type", type: { kind: "primitive", name: "int" } },
      cases: [
        { values: [1], field: { name: "i" } },
        { values: [9], field: null },
      ],
    });
    const procs = spec.definitions.find((d) => d.name === "remote_procedure");
    expect(procs).toMatchObject({
      members: [
        {
          name: "REMOTE_PROC_THING_GET",
          value: 1,
          annotations: { generate: ["both"], acl: ["domain:read", "domain:read_secure:VIR_DOMAIN_XML_SECURE"] },
        },
        { name: "REMOTE_PROC_THING_UPLOAD", value: 2, annotations: { generate: ["none"], writestream: ["1"] } },
      ],
    });
  });

  test("an unknown constant or a syntax error names the file and line", () => {
    expect(() => parseXdr("const A = 1;\nstruct s { int x[B]; };", "p.x", external)).toThrow("p.x:2: unknown constant B");
    expect(() => parseXdr("struct s { int x }", "p.x", external)).toThrow(/^p\.x:1: expected ";", found "}"/);
  });

  test("the emitted module: shapes with named types inlined, procedures as tuples, one export list, nothing live", () => {
    const ts = emitProtocol(spec, "x.x", "remote_procedure", "remote_");
    expect(ts).toMatch(/^\/\/ generated, do not edit, run npm run generate:rpc\n/);
    expect(ts).toContain(
      'const remote_thing: XdrShape = "{name:s4194304,uuid:U,model:A32:c,sizes:a16:H,blob:o4294967295,note:?s4194304}";',
    );
    expect(ts).toContain('const remote_value: XdrShape = "<type:i|1=i:i|9>";');
    expect(ts).toContain(
      'const REMOTE_PROC_THING_GET: ProcedureSpec<RemoteThingGetArgs, RemoteThingGetRet> = [1, "THING_GET", remote_thing_get_args, remote_thing_get_ret, null, null];',
    );
    expect(ts).toContain('const REMOTE_PROC_THING_UPLOAD: ProcedureSpec<void, void> = [2, "THING_UPLOAD", null, null, null, "write"];');
    expect(ts).toContain(
      "interface RemoteThing {\n  name: RemoteNonnullString;\n  uuid: RemoteUuid;\n  model: number[];\n  sizes: number[];\n  blob: Buffer;\n  note: RemoteString;\n}",
    );
    expect(ts).toContain("interface RemoteProcedureArgs {\n  THING_GET: RemoteThingGetArgs;\n  THING_UPLOAD: void;\n}");
    expect(ts).not.toMatch(/export const|\bnew /);
    expect(ts.match(/^export /gm)).toEqual(["export ", "export "]);
  });

  test("a type used before its declaration is refused (it would be undefined at load time)", () => {
    const bad = parseXdr("struct a { b x; };\nstruct b { int y; };", "o.x", external);
    expect(() => emitProtocol(bad, "o.x", "remote_procedure", "remote_")).toThrow("o.x: o.x:1 a.x: b is used before it is declared");
  });
});

describe("the header enum parser", () => {
  const h = parseHeaders([
    { path: "include/libvirt/a.h", text: "# define VIR_UUID_BUFLEN (16)\n# define VIR_SECURITY_LABEL_BUFLEN (4096 + 1)\n" },
    {
      path: "include/libvirt/b.h",
      text: `/**
 * virThingFlags:
 *
 * Since: 1.2.3
 */
typedef enum {
    VIR_THING_AFFECT_CURRENT = 0, /* current state (Since: 1.2.3) */
    VIR_THING_AFFECT_LIVE = 1 << 0,
    VIR_THING_AFFECT_CONFIG = (1 << 1), /* a comment that goes on
                                           over two lines (Since: 2.0.0) */
    /* a comment on its own */
    VIR_THING_NEXT,
    VIR_THING_HIGH = 1U << 31,
    VIR_THING_NEG = -1,
    VIR_THING_SAME = VIR_THING_AFFECT_LIVE,

# ifdef VIR_ENUM_SENTINELS
    VIR_THING_LAST
# endif
} virThingFlags;
`,
    },
  ]);

  test("values as libvirt defines them, the sentinel left out, where and since", () => {
    expect(h.values.get("VIR_UUID_BUFLEN")).toBe(16);
    expect(h.values.get("VIR_SECURITY_LABEL_BUFLEN")).toBe(4097);
    expect(h.enums).toHaveLength(1);
    const e = h.enums[0];
    expect({ cName: e.cName, file: e.file, line: e.line, since: e.since }).toEqual({
      cName: "virThingFlags",
      file: "include/libvirt/b.h",
      line: 6,
      since: "1.2.3",
    });
    expect(e.members.map((m) => [m.cName, m.value])).toEqual([
      ["VIR_THING_AFFECT_CURRENT", 0],
      ["VIR_THING_AFFECT_LIVE", 1],
      ["VIR_THING_AFFECT_CONFIG", 2],
      ["VIR_THING_NEXT", 3],
      ["VIR_THING_HIGH", 2147483648],
      ["VIR_THING_NEG", -1],
      ["VIR_THING_SAME", 1],
    ]);
    expect(e.members[2]).toMatchObject({ doc: "a comment that goes on over two lines", since: "2.0.0" });
  });

  test("emitted as a const object and a type named after libvirt's, with where it was declared", () => {
    const ts = emitHeaderEnums("test", h.enums);
    expect(ts).toContain("/** virThingFlags, declared in include/libvirt/b.h:6 (since 1.2.3). */\nconst ThingFlags = {");
    expect(ts).toContain("  HIGH: 2147483648,");
    expect(ts).toContain("type ThingFlags = (typeof ThingFlags)[keyof typeof ThingFlags];");
    expect(ts).toMatch(/export \{ ThingFlags \};\n$/);
  });
});

describe("member names", () => {
  test("without the common prefix", () => {
    expect(memberNames("virDomainXMLFlags", ["VIR_DOMAIN_XML_SECURE", "VIR_DOMAIN_XML_INACTIVE"])).toEqual(["SECURE", "INACTIVE"]);
    expect(memberNames("virDomainCreateFlags", ["VIR_DOMAIN_NONE", "VIR_DOMAIN_START_PAUSED"])).toEqual(["NONE", "START_PAUSED"]);
  });
  test("a single member loses the prefix its type name spells", () => {
    expect(memberNames("virNetworkXMLFlags", ["VIR_NETWORK_XML_INACTIVE"])).toEqual(["INACTIVE"]);
    expect(memberNames("virStorageVolDownloadFlags", ["VIR_STORAGE_VOL_DOWNLOAD_SPARSE_STREAM"])).toEqual(["SPARSE_STREAM"]);
  });
  test("virErrorNumber's VIR_ERR_ and VIR_WAR_ members", () => {
    expect(memberNames("virErrorNumber", ["VIR_ERR_OK", "VIR_ERR_NO_DOMAIN", "VIR_WAR_NO_NETWORK", "VIR_ERR_RPC"])).toEqual([
      "OK",
      "NO_DOMAIN",
      "WAR_NO_NETWORK",
      "RPC",
    ]);
  });
  test("never a name starting with a digit", () => {
    expect(memberNames("virX", ["VIR_X_3D", "VIR_X_2D"])).toEqual(["X_3D", "X_2D"]);
  });
  test("pascal case of XDR names", () => {
    expect(pascal("remote_domain_get_xml_desc_args")).toBe("RemoteDomainGetXmlDescArgs");
  });
});

describe("the codec's edges", () => {
  const round = (shape: string, v: unknown) => decodeXdr(new XdrReader(encodeXdr(new XdrWriter(), shape, v).toBuffer()), shape);
  test("unsigned values past 2^31, optionals, void union arms, fixed arrays, doubles", () => {
    expect(round("{a:u,b:H}", { a: 0xffffffff, b: 2 ** 40 })).toEqual({ a: 0xffffffff, b: 2 ** 40 });
    expect(round("?s10", null)).toBeNull();
    expect(round("<t:i|1=x:i|2>", { t: 2 })).toEqual({ t: 2 });
    expect(round("A3:c", [1, -2, 3])).toEqual([1, -2, 3]);
    expect(round("d", 0.1)).toBe(0.1);
    expect(encodeXdr(new XdrWriter(), "{a:u}", { a: 0xffffffff }).toBuffer().toString("hex")).toBe("ffffffff");
  });
  test("bad values are refused naming where they are", () => {
    expect(() => encodeXdr(new XdrWriter(), "{dom:{uuid:U}}", { dom: { uuid: "nope" } }, "DOMAIN_X args")).toThrow(
      'DOMAIN_X args.dom.uuid: not a uuid: "nope"',
    );
    expect(() => encodeXdr(new XdrWriter(), "a2:i", [1, 2, 3], "list")).toThrow("list: array of 3 items exceeds the limit of 2");
    expect(() => encodeXdr(new XdrWriter(), "<t:i|1=x:i>", { t: 3 }, "u")).toThrow("u: the union has no case 3");
    expect(() => encodeXdr(new XdrWriter(), "s3", "four", "name")).toThrow(/exceeds the limit of 3/);
    expect(() => decodeXdr(new XdrReader(Buffer.from("001fffffffffffff", "hex")), "H")).not.toThrow();
    expect(() => decodeXdr(new XdrReader(Buffer.from("ffffffffffffffff", "hex")), "H")).toThrow(/exceeds Number.MAX_SAFE_INTEGER/);
  });
});
