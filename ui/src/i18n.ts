// The Fluent catalogs in assets/locales/<tag>/*.ftl, the very files the Rust
// side embeds for receipts. Bundled at build time; nothing is fetched.
import { FluentBundle, FluentResource, type FluentVariable } from "@fluent/bundle";

const sources = import.meta.glob("../../assets/locales/*/*.ftl", {
  query: "?raw",
  import: "default",
  eager: true,
}) as Record<string, string>;

/** Scripts written right to left. */
const RTL_LANGUAGES = new Set(["ar", "he", "fa", "ur"]);

export type Args = Record<string, FluentVariable>;

/** One locale's messages. */
export class Catalog {
  constructor(
    readonly tag: string,
    private readonly bundle: FluentBundle,
  ) {}

  /** The language's own name (message `language-name`). */
  get nativeName(): string {
    return this.t("language-name");
  }

  get dir(): "ltr" | "rtl" {
    return RTL_LANGUAGES.has(this.tag.split("-")[0]) ? "rtl" : "ltr";
  }

  has(key: string): boolean {
    return this.bundle.hasMessage(key);
  }

  /** Formats `key`. A missing key shows the key itself (and is logged), never a blank. */
  t(key: string, args?: Args): string {
    const message = this.bundle.getMessage(key);
    if (!message?.value) {
      console.error(`i18n: ${this.tag} has no message ${key}`);
      return key;
    }
    const errors: Error[] = [];
    const text = this.bundle.formatPattern(message.value, args ?? null, errors);
    if (errors.length > 0) console.error(`i18n: ${this.tag} ${key}: ${errors.join("; ")}`);
    return text;
  }
}

/** Parses catalogs from `path -> text`; paths end in `/<tag>/<file>.ftl`. */
export function parseCatalogs(files: Record<string, string>): Map<string, Catalog> {
  const bundles = new Map<string, FluentBundle>();
  for (const [path, text] of Object.entries(files)) {
    const match = /\/([^/]+)\/[^/]+\.ftl$/.exec(path);
    if (!match) continue;
    const tag = match[1];
    let bundle = bundles.get(tag);
    if (!bundle) {
      bundle = new FluentBundle(tag);
      bundles.set(tag, bundle);
    }
    const errors = bundle.addResource(new FluentResource(text));
    if (errors.length > 0) throw new Error(`${path}: ${errors.join("; ")}`);
  }
  return new Map([...bundles].map(([tag, bundle]) => [tag, new Catalog(tag, bundle)]));
}

/** Every shipped catalog. */
export const catalogs: Map<string, Catalog> = parseCatalogs(sources);

/** The catalog for `tag`, falling back to English. */
export function catalog(tag: string): Catalog {
  const found = catalogs.get(tag) ?? catalogs.get("en");
  if (!found) throw new Error("the English catalog is missing from the build");
  return found;
}
