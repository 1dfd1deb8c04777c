import { matchRoutes, type RouteObject } from "react-router";

/**
 * Loads the lazy parts of the routes that match `location`, so a pre-rendered page hydrates at once
 * with the same components it was rendered with (React Router would otherwise render the lazy route
 * empty first, which does not match the HTML).
 */
export async function resolveLazyRoutes(
  routes: RouteObject[],
  location: Pick<Location, "pathname" | "search">,
  basename: string,
): Promise<void> {
  const matches = matchRoutes(routes, location, basename) ?? [];
  await Promise.all(
    matches.map(async ({ route }) => {
      const { lazy } = route;
      if (!lazy || typeof lazy === "function") return;
      const entries = await Promise.all(
        Object.entries(lazy).map(async ([key, load]) => [
          key,
          await (load as () => Promise<unknown>)(),
        ]),
      );
      Object.assign(route, Object.fromEntries(entries), { lazy: undefined });
    }),
  );
}
