import { defineConfig } from "prisma/config";

// Prisma 7 reads no .env and takes no URL in schema.prisma; the CLI gets it from here.
export default defineConfig({
  schema: "prisma/schema.prisma",
  migrations: { path: "prisma/migrations" },
  datasource: { url: process.env.DATABASE_URL ?? "" },
});
