// The few Node APIs the catalog-usage test reads files with (vitest runs tests
// in Node). A shim instead of @types/node: the UI itself never runs in Node.
declare module "node:fs" {
  export function readFileSync(path: string, encoding: "utf8"): string;
  export function readdirSync(path: string): string[];
  export function statSync(path: string): { isDirectory(): boolean; isFile(): boolean };
  export function existsSync(path: string): boolean;
}
declare module "node:path" {
  export function join(...parts: string[]): string;
  export function resolve(...parts: string[]): string;
  export function dirname(path: string): string;
  export function relative(from: string, to: string): string;
}
declare module "node:url" {
  export function fileURLToPath(url: string | URL): string;
}
