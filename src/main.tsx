import { QueryClientProvider } from "@tanstack/react-query";
import { StrictMode } from "react";
import { createRoot } from "react-dom/client";
import { createBrowserRouter, RouterProvider } from "react-router";
import { createQueryClient } from "./query-client";
import { LanguageProvider } from "./i18n/language-provider";
import { createRoutes } from "./router";
import "./shell/global.css";
import { TimePreferencesProvider } from "./time/time-preferences";

const queryClient = createQueryClient();
const router = createBrowserRouter(createRoutes(queryClient), {
  basename: import.meta.env.BASE_URL,
});
const root = document.getElementById("root");
if (!root) throw new Error("index.html has no #root element");

createRoot(root).render(
  <StrictMode>
    <QueryClientProvider client={queryClient}>
      <TimePreferencesProvider>
        <LanguageProvider>
          <RouterProvider router={router} />
        </LanguageProvider>
      </TimePreferencesProvider>
    </QueryClientProvider>
  </StrictMode>,
);
