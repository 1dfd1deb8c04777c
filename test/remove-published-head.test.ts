import { expect, it } from "vitest";
import { removePublishedHead } from "../src/remove-published-head";

it("takes out only the published page's head elements", () => {
  const page = new DOMParser().parseFromString(
    '<html><head><meta charset="UTF-8"><link rel="stylesheet" href="/a.css"><!--page-head--><title>Page not found · Bulletin</title><meta name="robots" content="noindex"><!--/page-head--></head><body></body></html>',
    "text/html",
  );
  removePublishedHead(page);
  expect(page.head.innerHTML).toBe(
    '<meta charset="UTF-8"><link rel="stylesheet" href="/a.css">',
  );
});
