import { defineConfig } from "vitest/config";

export default defineConfig({
  test: {
    include: ["src/**/*.test.ts", "test/**/*.test.ts"],
    testTimeout: 60_000,
    hookTimeout: 120_000,
    pool: "forks",
    globalSetup: ["test/support/global-setup.ts"],
    // the tests never see the developer's own schema cache (fim-xoev schemas add): a folder that does not exist
    env: { FIM_XOEV_CACHE: "/nonexistent/fim-xoev-test-schema-cache" },
  },
});
