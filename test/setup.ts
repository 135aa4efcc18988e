import { afterAll } from "vitest";
import { getDatabase } from "@/lib/db";

afterAll(async () => {
  await getDatabase().prisma.$disconnect();
  await getDatabase()
    .pool.end()
    .catch(() => {});
});
