import { describe, expect, it } from "vitest";
import {
  htmlToBody,
  htmlToText,
  sanitiseHtml,
} from "../../../scripts/ingest/html-body.ts";

// Removed elements lose their markup, not their words (a form's button label stays as text).
describe("sanitiseHtml", () => {
  it.each([
    ["<p>Hi</p><script>alert(1)</script>", "<p>Hi</p>"],
    ['<p onclick="steal()" onmouseover="x()">Hi</p>', "<p>Hi</p>"],
    ['<a href="javascript:alert(1)">x</a>', "<a>x</a>"],
    ['<a href=" JaVaScRiPt:alert(1)">x</a>', "<a>x</a>"],
    [
      '<a href="https://ok.example/" target="_blank">x</a>',
      '<a href="https://ok.example/" rel="noopener noreferrer nofollow">x</a>',
    ],
    [
      '<a href="https://ok.example/" rel="opener">x</a>',
      '<a href="https://ok.example/" rel="noopener noreferrer nofollow">x</a>',
    ],
    [
      '<img src="data:image/svg+xml;base64,PHN2Zz4=" alt="x"><p>After</p>',
      "<p>After</p>",
    ],
    ['<iframe src="https://evil.example"></iframe><p>Text</p>', "<p>Text</p>"],
    [
      '<object data="x.swf"></object><embed src="x.swf"><p>Text</p>',
      "<p>Text</p>",
    ],
    [
      '<form action="https://evil.example"><input name="password"><button>Go</button></form><p>Text</p>',
      "Go<p>Text</p>",
    ],
    [
      '<style>p{display:none}</style><p style="position:fixed;inset:0">Text</p>',
      "<p>Text</p>",
    ],
    ['<p class="overlay" hidden>Text</p>', "<p>Text</p>"],
    ["<svg><script>alert(1)</script></svg><p>Text</p>", "<p>Text</p>"],
    [
      "<p>Keep <em>this</em>, <strong>that</strong> and <code>code</code></p>",
      "<p>Keep <em>this</em>, <strong>that</strong> and <code>code</code></p>",
    ],
    [
      "<table><tr><td>Cell</td></tr></table>",
      "<table><tbody><tr><td>Cell</td></tr></tbody></table>",
    ],
  ])("%s", (html, expected) => {
    expect(sanitiseHtml(html)).toBe(expected);
  });
});

describe("htmlToBody", () => {
  it.each([
    [
      "<p>One &amp; two</p>\n<p>Three&nbsp; four</p>",
      [
        { type: "paragraph", text: "One & two" },
        { type: "paragraph", text: "Three four" },
      ],
    ],
    [
      "<h2>H2</h2><h3>H3</h3><h4>H4</h4>",
      [
        { type: "heading", level: 2, text: "H2" },
        { type: "heading", level: 3, text: "H3" },
        { type: "heading", level: 4, text: "H4" },
      ],
    ],
    [
      // The headline is the article's only h1.
      "<h1>Level one</h1>",
      [{ type: "heading", level: 2, text: "Level one" }],
    ],
    [
      "<blockquote>Plain quote</blockquote>",
      [{ type: "quote", text: "Plain quote" }],
    ],
    [
      "<blockquote><p>Said.</p><cite>Someone</cite></blockquote>",
      [{ type: "quote", text: "Said.", cite: "Someone" }],
    ],
    [
      "<ul><li>a</li><li>b</li></ul>",
      [{ type: "list", ordered: false, items: ["a", "b"] }],
    ],
    [
      '<img src="https://img.example/x.jpg" alt="X">',
      [{ type: "image", src: "https://img.example/x.jpg", alt: "X" }],
    ],
    [
      "Bare text &amp; nothing else",
      [{ type: "paragraph", text: "Bare text & nothing else" }],
    ],
    ["<script>x</script>", []],
    ["", []],
  ])("%s converts losslessly", (html, expected) => {
    expect(htmlToBody(html)).toEqual({ ok: true, blocks: expected });
  });

  it.each([
    [
      '<p>With a <a href="https://x.example/">link</a></p>',
      '<p>With a <a href="https://x.example/" rel="noopener noreferrer nofollow">link</a></p>',
    ],
    ['<ol start="3"><li>c</li></ol>', '<ol start="3"><li>c</li></ol>'],
    ['<img src="/relative.jpg" alt="">', '<img src="/relative.jpg" alt="">'],
    [
      "<p>One</p><table><tr><td>x</td></tr></table>",
      "<p>One</p><table><tbody><tr><td>x</td></tr></tbody></table>",
    ],
    [
      '<p>Hi</p><p onclick="x()">there<br>friend</p>',
      "<p>Hi</p><p>there<br>friend</p>",
    ],
  ])("%s stays sanitised HTML", (html, expected) => {
    expect(htmlToBody(html)).toEqual({
      ok: true,
      blocks: [{ type: "html", html: expected }],
    });
  });
});

describe("htmlToText", () => {
  it("keeps words apart across blocks and decodes entities", () => {
    expect(
      htmlToText("<p>One</p><p>Two &amp; <b>three</b></p><script>x</script>"),
    ).toBe("One Two & three");
  });
});
