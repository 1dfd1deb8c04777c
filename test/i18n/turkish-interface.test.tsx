import { screen, waitFor, within } from "@testing-library/react";
import { http, HttpResponse } from "msw";
import { afterEach, describe, expect, it } from "vitest";
import english from "../../src/i18n/locales/en.json";
import { buildArticle, seedArticle } from "../support/article-fixtures";
import { dataServer, serveArticles } from "../support/data-server";
import { renderApp } from "../support/render-app";

const seedUrl =
  "/articles/4aef69e2e173-iraq-ready-to-share-anti-isil-intel-with-russia";
const turkishReader = {
  browserLanguages: ["tr-TR", "tr"],
  readerTimeZone: "Europe/Istanbul",
} as const;

/** English interface text, as the English catalogue has it, that a page shows (the brand aside). */
function englishInterfaceText(): string[] {
  // What a reader sees: not the text of data blocks such as the article's JSON-LD.
  const visible = document.body.cloneNode(true) as HTMLElement;
  for (const script of visible.querySelectorAll("script")) script.remove();
  const text = visible.textContent ?? "";
  return Object.values(english)
    .flatMap((message) => message.split(/\{[^}]*\}|<\/?\d+>/))
    .map((part) => part.replace(/[()·:,.]/g, "").trim())
    .filter(
      (part) => part.length > 3 && part !== "Bulletin" && text.includes(part),
    );
}

afterEach(() => {
  document.documentElement.lang = "en";
});

describe("a Turkish reader", () => {
  it("reads the seed article with a Turkish interface around the English article", async () => {
    serveArticles([seedArticle]);
    renderApp(seedUrl, turkishReader);

    const heading = await screen.findByRole("heading", { level: 1 });
    expect(heading).toHaveTextContent(seedArticle.headline);
    expect(heading.closest("article")).toHaveAttribute("lang", "en");
    const label = screen.getByText("Güncellendi");
    expect(label.nextElementSibling).toHaveTextContent(/^4 Ekim 2015 09:19$/);
    expect(label.closest("[lang]")).toHaveAttribute("lang", "tr");
    expect(screen.getByRole("link", { name: "← Tüm haberler" })).toBeVisible();
    expect(
      screen.getByRole("button", { name: "Dil ve saat", expanded: false }),
    ).toBeInTheDocument();
    expect(
      screen.getByRole("link", { name: "Ana içeriğe geç" }),
    ).toBeInTheDocument();
    expect(document.title).toBe(`${seedArticle.headline} · Bulletin`);
    await waitFor(() =>
      expect(document.documentElement).toHaveAttribute("lang", "tr"),
    );
    expect(englishInterfaceText()).toEqual([]);
  });

  it("gets the lists, their plurals and their pagination in Turkish", async () => {
    const articles = Array.from({ length: 45 }, (_, index) =>
      buildArticle({ headline: `Story ${index + 1}` }),
    );
    serveArticles(articles);
    const { user } = renderApp("/", turkishReader);

    expect(
      await screen.findByRole("heading", { level: 1, name: "Son haberler" }),
    ).toBeInTheDocument();
    expect(screen.getByText("45 haber, en yenisi başta")).toBeInTheDocument();
    expect(document.title).toBe("Son haberler · Bulletin");
    expect(document.querySelector('meta[name="description"]')).toHaveAttribute(
      "content",
      "Bulletin'deki son haberler, en yenisi başta.",
    );
    expect(englishInterfaceText()).toEqual([]);

    const pages = screen.getByRole("navigation", { name: "Haber sayfaları" });
    await user.click(within(pages).getByRole("link", { name: "Daha eski →" }));
    // Twenty headlines, each with its Save and Read toggles: role queries over them are slow in
    // jsdom on a busy machine.
    expect(
      await screen.findByRole(
        "heading",
        { level: 1, name: "Arşiv sayfası 1" },
        { timeout: 15_000 },
      ),
    ).toBeInTheDocument();
    expect(
      screen.getByText("1–20 arası haberler, en yenisi başta."),
    ).toBeInTheDocument();
    const archivePages = screen.getByRole("navigation", {
      name: "Haber sayfaları",
    });
    expect(within(archivePages).getByText("Sayfa 1")).toBeInTheDocument();
    expect(
      within(archivePages).getByRole("link", { name: "← Daha yeni" }),
    ).toBeInTheDocument();
    expect(englishInterfaceText()).toEqual([]);
  });

  it("reads a withdrawn article's notice in Turkish, its date line included", async () => {
    const article = buildArticle({
      headline: "A withdrawn story",
      timeZone: "Europe/Istanbul",
      withdrawn: {
        at: "2026-03-02T10:00:00+03:00",
        reason: "The story was wrong.",
      },
    });
    serveArticles([article]);
    renderApp(`/articles/${article.id}-${article.slug}`, turkishReader);
    const notice = await screen.findByRole("region", {
      name: "Bu haber geri çekildi",
    });
    expect(notice).toHaveTextContent(
      /Geri çekildi 2 Mart 2026 10:00\s*Yayıncının belirttiği gerekçe:\s*The story was wrong\./,
    );
    expect(
      within(notice).getByText("The story was wrong.").closest("blockquote"),
    ).toHaveAttribute("lang", "en");
  });

  it("gets the not-found and error views in Turkish", async () => {
    serveArticles([seedArticle]);
    renderApp("/no/such/page", turkishReader);
    expect(
      await screen.findByRole("heading", {
        level: 1,
        name: "Sayfa bulunamadı",
      }),
    ).toBeInTheDocument();
    expect(document.title).toBe("Sayfa bulunamadı · Bulletin");
    expect(englishInterfaceText()).toEqual([]);
  });

  it("gets the error view in Turkish, the technical detail marked as English", async () => {
    dataServer.use(
      http.get("*/data/headlines/latest.json", () =>
        HttpResponse.json({ page: "one" }),
      ),
    );
    renderApp("/", turkishReader);
    expect(
      await screen.findByRole("heading", {
        level: 1,
        name: "Bu sayfanın verisi beklenen biçimde değil",
      }),
    ).toBeInTheDocument();
    expect(
      screen.getByRole("button", { name: "Yeniden dene" }),
    ).toBeInTheDocument();
    const detail = screen.getByText(/^Teknik ayrıntı/).closest("p");
    expect(detail?.querySelector('[lang="en"]')).not.toBeNull();
  });
});

describe("an English reader", () => {
  it("gets the English plural for one article", async () => {
    serveArticles([seedArticle]);
    renderApp("/");
    expect(
      await screen.findByText("1 article, newest first"),
    ).toBeInTheDocument();
  });
});
