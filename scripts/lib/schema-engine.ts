// Prisma Migrate through Prisma's own Wasm schema engine. The native engine cannot be downloaded on
// offline machines; this keeps Prisma's migration folder format and its _prisma_migrations table, so
// `prisma migrate deploy` / `status` on a networked server agree with what these scripts did.
// See docs/decisions/0002-migrations-through-the-wasm-schema-engine.md.
import { readFile, readdir } from "node:fs/promises";
import { createRequire } from "node:module";
import path from "node:path";
import { fileURLToPath } from "node:url";
import pg from "pg";
import { PrismaPg } from "@prisma/adapter-pg";
import { bindMigrationAwareSqlAdapterFactory, ColumnTypeEnum } from "@prisma/driver-adapter-utils";
import type { SchemaEngine } from "@prisma/schema-engine-wasm";

export const projectRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../..");
export const schemaPath = path.join(projectRoot, "prisma/schema.prisma");
export const migrationsDir = path.join(projectRoot, "prisma/migrations");

export type MigrationList = Awaited<ReturnType<typeof loadMigrations>>;

export async function loadMigrations() {
  const entries = await readdir(migrationsDir, { withFileTypes: true }).catch(() => []);
  const dirs = entries.filter((e) => e.isDirectory()).map((e) => e.name).sort();
  const migrationDirectories = await Promise.all(
    dirs.map(async (dir) => ({
      path: dir,
      migrationFile: {
        path: "migration.sql",
        content: { tag: "ok" as const, value: await readFile(path.join(migrationsDir, dir, "migration.sql"), "utf8") },
      },
    })),
  );
  const lockContent = await readFile(path.join(migrationsDir, "migration_lock.toml"), "utf8").catch(() => null);
  return {
    baseDir: migrationsDir,
    shadowDbInitScript: "",
    lockfile: { path: "migration_lock.toml", content: lockContent },
    migrationDirectories,
  };
}

export async function loadSchemaFiles() {
  return [{ path: schemaPath, content: await readFile(schemaPath, "utf8") }];
}

export const filters = { externalTables: [], externalEnums: [] };

const PG_CHAR_OID = 18;
const PG_TEXT_OID = 25;
let adapterPatched = false;

// adapter-pg rejects PostgreSQL's internal "char" type, which the engine reads while introspecting,
// and splits scripts on every ";" (breaking function bodies). Patch both on the shared prototype so
// that plain connections and transactions behave alike.
function patchAdapter(adapter: object) {
  if (adapterPatched) return;
  adapterPatched = true;
  const adapterProto = Object.getPrototypeOf(adapter) as Record<string, unknown>;
  const queryableProto = Object.getPrototypeOf(adapterProto) as Record<string, unknown>;
  const charColumns = new WeakMap<object, number[]>();
  type Fields = { dataTypeID: number }[];
  type Performer = (this: unknown, q: unknown) => Promise<{ fields: Fields; rows: object }>;
  const performIO = queryableProto.performIO as Performer;
  queryableProto.performIO = async function (this: unknown, query: unknown) {
    const result = await performIO.call(this, query);
    const indexes: number[] = [];
    result.fields.forEach((field, i) => {
      if (field.dataTypeID === PG_CHAR_OID) {
        field.dataTypeID = PG_TEXT_OID;
        indexes.push(i);
      }
    });
    if (indexes.length > 0) charColumns.set(result.rows, indexes);
    return result;
  };
  type Raw = (this: unknown, q: unknown) => Promise<{ columnTypes: number[]; rows: object }>;
  const queryRaw = queryableProto.queryRaw as Raw;
  queryableProto.queryRaw = async function (this: unknown, query: unknown) {
    const result = await queryRaw.call(this, query);
    for (const i of charColumns.get(result.rows) ?? []) result.columnTypes[i] = ColumnTypeEnum.Character;
    return result;
  };
  adapterProto.executeScript = async function (this: { underlyingDriver(): pg.Pool }, script: string) {
    await this.underlyingDriver().query(script);
  };
}

function connectionConfig(url: string): pg.PoolConfig {
  const u = new URL(url);
  return {
    host: u.hostname,
    port: Number(u.port || 5432),
    user: decodeURIComponent(u.username),
    password: decodeURIComponent(u.password),
    database: u.pathname.slice(1),
    ssl: u.searchParams.get("sslmode") === "require" ? { rejectUnauthorized: false } : undefined,
    max: 2,
  };
}

function adapterFactory(url: string) {
  const config = connectionConfig(url);
  const factory = new PrismaPg(config);
  const connect = factory.connect.bind(factory);
  factory.connect = async () => {
    const adapter = await connect();
    patchAdapter(adapter);
    return adapter;
  };
  // The stock shadow database outlives its pool and is left behind; this one is always dropped.
  factory.connectToShadowDb = async () => {
    const name = `prisma_migrate_shadow_db_${crypto.randomUUID().replaceAll("-", "")}`;
    const admin = new pg.Client({ ...config, database: config.database });
    await admin.connect();
    await admin.query(`CREATE DATABASE "${name}"`);
    await admin.end();
    const shadow = await new PrismaPg({ ...config, database: name }).connect();
    patchAdapter(shadow);
    const dispose = shadow.dispose.bind(shadow);
    shadow.dispose = async () => {
      await dispose();
      const dropper = new pg.Client(config);
      await dropper.connect();
      await dropper.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
      await dropper.end();
    };
    return shadow;
  };
  return bindMigrationAwareSqlAdapterFactory(factory);
}

let lastPanic: string | undefined;

let engineClass: Promise<typeof SchemaEngine> | undefined;

// One Wasm instance per process: instantiating again would swap the memory under a live engine.
function loadWasm() {
  engineClass ??= instantiateWasm();
  return engineClass;
}

async function instantiateWasm() {
  const bg = (await import("@prisma/schema-engine-wasm/schema_engine_bg")) as unknown as WebAssembly.ModuleImports & {
    __wbg_set_wasm(exports: WebAssembly.Exports): void;
    SchemaEngine: typeof SchemaEngine;
  };
  // The package's exports map hides the .wasm file; it sits beside the bindings.
  const entry = createRequire(import.meta.url).resolve("@prisma/schema-engine-wasm/schema_engine_bg");
  const bytes = await readFile(path.join(path.dirname(entry), "schema_engine_bg.wasm"));
  const { instance } = await WebAssembly.instantiate(bytes, { "./schema_engine_bg.js": bg });
  bg.__wbg_set_wasm(instance.exports);
  (instance.exports.__wbindgen_start as () => void)();
  return bg.SchemaEngine;
}

/** Opens a schema engine on the database at `url`. Errors that only say "unreachable" carry the panic. */
export async function openSchemaEngine(url: string): Promise<SchemaEngine> {
  (globalThis as Record<string, unknown>).PRISMA_WASM_PANIC_REGISTRY = {
    set_message: (message: string) => {
      lastPanic = message;
    },
  };
  const Engine = await loadWasm();
  const files = await loadSchemaFiles();
  const log = (line: string) => {
    if (process.env.DEBUG_SCHEMA_ENGINE) console.error(line);
  };
  return Engine.new({ datamodels: files.map((f) => [f.path, f.content]) }, log, adapterFactory(url));
}

export function explain(error: unknown): Error {
  const message = error instanceof Error ? error.message : String(error);
  return new Error(lastPanic ? `${message}\nSchema engine panic: ${lastPanic}` : message);
}
