//! Tauri's build step: reads tauri.conf.json, checks the UI bundle exists
//! (ui/dist, built by `npm run build` in ui/), and embeds it.
fn main() {
    tauri_build::build()
}
