// @ts-check
// Prints the SQL that would take the database built by prisma/migrations to what schema.prisma
// describes, using Prisma's own schema engine (its WebAssembly build, from npm) through the pg
// driver adapter. Prisma's CLI cannot do this here: it first downloads a native engine.
// Not an official Prisma entry point; pinned to the engine build that matches prisma 7.10.0.
import { randomUUID } from "node:crypto";
import { readFile } from "node:fs/promises";
import path from "node:path";
import { PrismaPg } from "@prisma/adapter-pg";
import { bindMigrationAwareSqlAdapterFactory, ColumnTypeEnum } from "@prisma/driver-adapter-utils";
import { listMigrations } from "./migrate.mjs";

const root = path.resolve(import.meta.dirname, "../..");
const engineDir = path.join(root, "node_modules/@prisma/schema-engine-wasm");

// PostgreSQL's internal one-byte "char" type (oid 18, used in pg_catalog) is not mapped by
// adapter-pg 7.10.0, and the engine reads constraint kinds with it and expects a Character column.
const CHAR_OID = 18;
const TEXT_OID = 25;

/** @param {any} adapter */
function readCharAsCharacter(adapter) {
  // The engine keeps its pools open; let the server stop under them without an unhandled error.
  adapter.underlyingDriver().on("error", () => {});
  const performIO = adapter.performIO.bind(adapter);
  const queryRaw = adapter.queryRaw.bind(adapter);
  /** @type {number[]} */
  let charColumns = [];
  /** @param {unknown} query */
  adapter.performIO = async (query) => {
    const result = await performIO(query);
    charColumns = [];
    result.fields.forEach(
      (/** @type {{ dataTypeID: number }} */ field, /** @type {number} */ index) => {
        if (field.dataTypeID !== CHAR_OID) return;
        field.dataTypeID = TEXT_OID;
        charColumns.push(index);
      },
    );
    return result;
  };
  /** @param {unknown} query */
  adapter.queryRaw = async (query) => {
    const resultSet = await queryRaw(query);
    for (const index of charColumns) resultSet.columnTypes[index] = ColumnTypeEnum.Character;
    return resultSet;
  };
  return adapter;
}

async function loadEngine() {
  // The engine reports a Rust panic's message through this global before it throws.
  const panic = {
    message: "",
    set_message(/** @type {string} */ message) {
      panic.message = message;
    },
  };
  Object.assign(globalThis, { PRISMA_WASM_PANIC_REGISTRY: panic });
  process.on("exit", () => panic.message && console.error(panic.message));
  const bindings = await import(path.join(engineDir, "schema_engine_bg.js"));
  // Node 20 cannot import .wasm modules, so instantiate it by hand as the generated glue expects.
  const bytes = await readFile(path.join(engineDir, "schema_engine_bg.wasm"));
  const { instance } = await WebAssembly.instantiate(bytes, { "./schema_engine_bg.js": bindings });
  bindings.__wbg_set_wasm(instance.exports);
  /** @type {any} */ (instance.exports).__wbindgen_start?.();
  return bindings;
}

/**
 * @param {string} url a database the engine may create a throw-away shadow database on
 * @returns {Promise<string>} the SQL of the difference; empty when schema and migrations agree
 */
export async function diffMigrationsAgainstSchema(url) {
  const bindings = await loadEngine();
  const schemaPath = path.join(root, "prisma/schema.prisma");
  const schema = await readFile(schemaPath, "utf8");
  const { hostname, port, username, password, pathname } = new URL(url);
  const connection = {
    host: hostname,
    port: Number(port || 5432),
    user: decodeURIComponent(username),
    password: decodeURIComponent(password),
  };
  const factory = new PrismaPg({ ...connection, database: pathname.slice(1) });
  // adapter-pg 7.10.0 drops the shadow database while its own pool still holds a connection
  // ("being accessed by other users"), so manage the shadow database here instead.
  /** @type {Parameters<typeof bindMigrationAwareSqlAdapterFactory>[0]} */
  const factoryWithShadow = {
    provider: factory.provider,
    adapterName: factory.adapterName,
    connect: async () => readCharAsCharacter(await factory.connect()),
    connectToShadowDb: async () => {
      const admin = await factory.connect();
      const name = `backstory_shadow_${randomUUID().replaceAll("-", "")}`;
      await admin.executeScript(`CREATE DATABASE "${name}"`);
      const shadow = readCharAsCharacter(
        await new PrismaPg({ ...connection, database: name }).connect(),
      );
      // adapter-pg splits scripts on every ";", which breaks function bodies (our triggers):
      // PostgreSQL's simple query protocol runs a whole script in one call.
      shadow.executeScript = async (/** @type {string} */ script) => {
        await shadow.underlyingDriver().query(script);
      };
      const closeShadow = shadow.dispose.bind(shadow);
      shadow.dispose = async () => {
        await closeShadow();
        await admin.executeScript(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
        await admin.dispose();
      };
      return shadow;
    },
  };
  const engine = await bindings.SchemaEngine.new(
    { datamodels: [["schema.prisma", schema]] },
    () => {},
    bindMigrationAwareSqlAdapterFactory(factoryWithShadow),
  );
  const migrationsDir = path.join(root, "prisma/migrations");
  const migrations = await listMigrations(migrationsDir);
  const lockPath = path.join(migrationsDir, "migration_lock.toml");
  const result = await engine.diff({
    from: {
      tag: "migrations",
      baseDir: migrationsDir,
      lockfile: { path: lockPath, content: await readFile(lockPath, "utf8") },
      shadowDbInitScript: "",
      migrationDirectories: migrations.map((migration) => ({
        path: migration.name,
        migrationFile: { path: "migration.sql", content: { tag: "ok", value: migration.sql } },
      })),
    },
    to: { tag: "schemaDatamodel", files: [{ path: schemaPath, content: schema }] },
    script: true,
    exitCode: null,
    filters: { externalTables: [], externalEnums: [] },
  });
  engine.free();
  const sql = String(result.stdout ?? "");
  return sql.includes("This is an empty migration.") ? "" : sql.trim();
}
