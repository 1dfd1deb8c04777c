/** The article page's code is split from the list's; hovering a headline starts loading it early. */
export const loadArticlePage = () => import("./article-page");
