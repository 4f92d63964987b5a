// The only door to the Rust backend: typed wrappers over Tauri commands.
// The UI renders what these return; it decides nothing about payments.
import { invoke } from "@tauri-apps/api/core";

/** What the kiosk tells the UI at start-up. Mirrors src-tauri/src/models.rs. */
export interface KioskInfo {
  storeName: string;
  storeId: string;
  terminalId: string;
  currency: string;
  defaultLanguage: string;
  /** Language tags offered in the picker, in order. */
  languages: string[];
  /** True when the app runs windowed for development. */
  windowed: boolean;
}

/** Errors from the backend: a code the UI may branch on and a message for logs. */
export interface UiError {
  code: string;
  message: string;
}

export function isUiError(value: unknown): value is UiError {
  return typeof value === "object" && value !== null && "code" in value && "message" in value;
}

export function kioskInfo(): Promise<KioskInfo> {
  return invoke<KioskInfo>("kiosk_info");
}
