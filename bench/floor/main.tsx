/**
 * The floor: the least an app on Bulletin's stack can ship. Same react, react-dom, react-router
 * (data mode) and @tanstack/react-query, one route, one suspense query, one line of text. It
 * fetches the same first headline page as the app so that its first paint is an honest lower bound
 * for the app's "first headline painted", not just a static string.
 */
import {
  QueryClient,
  QueryClientProvider,
  useSuspenseQuery,
} from "@tanstack/react-query";
import { StrictMode, Suspense } from "react";
import { createRoot } from "react-dom/client";
import { createBrowserRouter, RouterProvider } from "react-router";

type FirstPage = { headlines?: { headline?: string }[] };

async function fetchFirstHeadline(): Promise<string> {
  const response = await fetch(
    `${import.meta.env.BASE_URL}data/headlines/1.json`,
    {
      headers: { Accept: "application/json" },
    },
  );
  if (!response.ok) return "No headlines";
  const page = (await response.json()) as FirstPage;
  return page.headlines?.[0]?.headline ?? "No headlines";
}

function Line() {
  const { data } = useSuspenseQuery({
    queryKey: ["first-headline"],
    queryFn: fetchFirstHeadline,
  });
  return <p id="floor-line">{data}</p>;
}

const queryClient = new QueryClient();
const router = createBrowserRouter([
  {
    path: "*",
    Component: () => (
      <Suspense fallback={null}>
        <Line />
      </Suspense>
    ),
  },
]);

const root = document.getElementById("root");
if (!root) throw new Error("index.html has no #root element");
createRoot(root).render(
  <StrictMode>
    <QueryClientProvider client={queryClient}>
      <RouterProvider router={router} />
    </QueryClientProvider>
  </StrictMode>,
);
