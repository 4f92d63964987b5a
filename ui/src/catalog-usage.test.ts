// Every message in the reference (en) catalogs is used: its key appears
// literally ("key", 'key' or `key`) in the UI sources or the Rust crates
// (receipt- keys are used by crates/printer/src). Keys are never built by
// concatenation, so this finds dead messages and typos in either direction.
import { existsSync, readdirSync, readFileSync, statSync } from "node:fs";
import { dirname, join, relative, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";

const here = dirname(fileURLToPath(import.meta.url));
const repo = resolve(here, "../..");

/** Every file under `dir` (recursively) whose name passes `keep`. */
function files(dir: string, keep: (name: string) => boolean): string[] {
  if (!existsSync(dir)) return [];
  const found: string[] = [];
  for (const name of readdirSync(dir)) {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) found.push(...files(path, keep));
    else if (keep(name)) found.push(path);
  }
  return found;
}

/** Message ids of a Fluent file (terms, `-name`, are not messages). */
export function messageKeys(ftl: string): string[] {
  const keys: string[] = [];
  for (const line of ftl.split("\n")) {
    const m = /^([a-zA-Z][a-zA-Z0-9_-]*)\s*=/.exec(line);
    if (m) keys.push(m[1]);
  }
  return keys;
}

const enDir = join(repo, "assets/locales/en");
const keys = readdirSync(enDir)
  .filter((name) => name.endsWith(".ftl"))
  .flatMap((name) => messageKeys(readFileSync(join(enDir, name), "utf8")).map((key) => ({ key, file: name })));

const uiSources = files(join(repo, "ui/src"), (n) => /\.(ts|tsx)$/.test(n) && !/\.test\.|\.d\.ts$/.test(n));
const crateSources = readdirSync(join(repo, "crates")).flatMap((crate) =>
  files(join(repo, "crates", crate, "src"), (n) => n.endsWith(".rs")),
);
const appSources = files(join(repo, "src-tauri/src"), (n) => n.endsWith(".rs"));
const sources = [...uiSources, ...crateSources, ...appSources].map((path) => ({
  path: relative(repo, path),
  text: readFileSync(path, "utf8"),
}));

function usedIn(key: string): string | undefined {
  const quoted = [`"${key}"`, `'${key}'`, `\`${key}\``];
  return sources.find((s) => quoted.some((q) => s.text.includes(q)))?.path;
}

describe("catalog usage", () => {
  it("finds the catalogs and the sources", () => {
    expect(keys.length).toBeGreaterThan(50);
    expect(keys.some((k) => k.key.startsWith("receipt-"))).toBe(true);
    expect(uiSources.length).toBeGreaterThan(5);
    expect(crateSources.some((p) => p.includes("printer"))).toBe(true);
  });

  it("uses every en message literally somewhere", () => {
    const unused = keys.filter(({ key }) => usedIn(key) === undefined).map(({ key, file }) => `${file}: ${key}`);
    expect(unused).toEqual([]);
  });

  it("reads message ids, not terms, attributes or comments", () => {
    expect(messageKeys("# c = 1\n-term = T\nkey-one = a\n    .attr = b\nkey-two =\n    multi\n")).toEqual([
      "key-one",
      "key-two",
    ]);
  });
});
