import react from "@vitejs/plugin-react";
import { defineConfig } from "vite";

// The floor resolves react & co. from the project's node_modules (one level up), so the floor and
// the app always compare the same versions.
export default defineConfig({
  root: import.meta.dirname,
  plugins: [react()],
  logLevel: "warn",
});
