// The generic element tree: every character of text and attributes survives a write and re-read.
import { parseXmlElement, writeXmlElement, XmlElement } from "../../../libvirt/xml/node";
import { HOSTILE, HOSTILE_LINE } from "./support";

function doc(text: string, attr: string): XmlElement {
  return { name: "domain", attributes: { a: attr }, children: [{ name: "title", attributes: { b: attr }, children: [{ text }] }] };
}

describe("XML text and attributes round-trip exactly", () => {
  test.each([
    ["markup characters", `<&>"' ]]> </domain>`],
    ["entity look-alikes stay literal", "&amp; &lt; &#10; &#x41; &nbsp;"],
    ["newlines, tabs and carriage returns", "a\nb\r\nc\td\re"],
    ["leading and trailing spaces", "   padded   "],
    ["a CDATA look-alike", "<![CDATA[ not cdata ]]>"],
    ["non-ASCII", "é ✓ 𝄞 日本"],
    ["hostile mix", HOSTILE],
    ["hostile single line", HOSTILE_LINE],
  ])("%s", (_name, s) => {
    const xml = writeXmlElement(doc(s, s));
    const back = parseXmlElement(xml);
    expect(back.attributes.a).toBe(s);
    const title = back.children[0] as XmlElement;
    expect(title.attributes.b).toBe(s);
    expect(title.children).toEqual([{ text: s }]);
  });

  test("newlines and tabs in attributes are written as character references (libxml2 would turn raw ones into spaces)", () => {
    const xml = writeXmlElement({ name: "x", attributes: { a: "1\n2\t3\r" }, children: [] });
    expect(xml).toBe(`<x a="1&#10;2&#9;3&#13;"/>\n`);
  });

  test("markup in text is escaped, not wrapped in CDATA", () => {
    expect(writeXmlElement({ name: "t", attributes: {}, children: [{ text: `a<b>&"'` }] })).toBe(`<t>a&lt;b&gt;&amp;&quot;&apos;</t>\n`);
  });

  test("CDATA sections, numeric references and the declaration are read as libxml2 reads them", () => {
    const back = parseXmlElement(`<?xml version="1.0"?>\n<t a="x&#10;y&#x9;z">p <![CDATA[<raw> & ]]> &#233;&#x2713;<!-- gone --></t>`);
    expect(back).toEqual({ name: "t", attributes: { a: "x\ny\tz" }, children: [{ text: "p <raw> &  é✓" }] });
  });

  test("indentation between elements is dropped but leaf text is kept as is", () => {
    const back = parseXmlElement(`<a>\n  <b>  two spaces  </b>\n  <c/>\n</a>`);
    expect(back.children).toEqual([
      { name: "b", attributes: {}, children: [{ text: "  two spaces  " }] },
      { name: "c", attributes: {}, children: [] },
    ]);
  });

  test("mixed content (text beside elements) round-trips exactly, written unindented", () => {
    const mixed: XmlElement = {
      name: "m",
      attributes: {},
      children: [
        {
          name: "p",
          attributes: {},
          children: [{ text: "hi " }, { name: "b", attributes: {}, children: [{ text: "x" }] }, { text: " there" }],
        },
      ],
    };
    const xml = writeXmlElement(mixed);
    expect(xml).toBe("<m><p>hi <b>x</b> there</p></m>\n");
    expect(parseXmlElement(xml)).toEqual(mixed);
  });

  test("names that would inject markup are refused", () => {
    expect(() => writeXmlElement({ name: "a><b", attributes: {}, children: [] })).toThrow(/invalid XML element name/);
    expect(() => writeXmlElement({ name: "a", attributes: { 'x="1" y': "v" }, children: [] })).toThrow(/invalid XML attribute name/);
  });

  test("malformed XML and documents without one root element are rejected", () => {
    expect(() => parseXmlElement("")).toThrow();
    expect(() => parseXmlElement("<a><b></a>")).toThrow();
  });
});
