//! Embeds every catalog under `assets/locales/<tag>/*.ftl` into the crate, so
//! the kiosk and kioskctl carry exactly the catalogs the UI was built with.

use std::fmt::Write as _;
use std::path::Path;
use std::{env, fs};

fn main() -> Result<(), Box<dyn std::error::Error>> {
    let manifest = env::var("CARGO_MANIFEST_DIR")?;
    let locales = Path::new(&manifest).join("../../assets/locales").canonicalize()?;
    println!("cargo:rerun-if-changed={}", locales.display());

    let mut entries = Vec::new();
    for dir in fs::read_dir(&locales)? {
        let dir = dir?.path();
        if !dir.is_dir() {
            continue;
        }
        println!("cargo:rerun-if-changed={}", dir.display());
        let tag = dir.file_name().and_then(|n| n.to_str()).ok_or("bad locale dir")?.to_owned();
        for file in fs::read_dir(&dir)? {
            let file = file?.path();
            if file.extension().and_then(|e| e.to_str()) == Some("ftl") {
                println!("cargo:rerun-if-changed={}", file.display());
                let name = file.file_name().and_then(|n| n.to_str()).ok_or("bad name")?.to_owned();
                entries.push((tag.clone(), name, file));
            }
        }
    }
    entries.sort();

    let mut out =
        String::from("/// Every embedded catalog file: (locale tag, file name, contents).\n");
    out.push_str("pub(crate) const SOURCES: &[(&str, &str, &str)] = &[\n");
    for (tag, name, path) in entries {
        writeln!(out, "    ({tag:?}, {name:?}, include_str!({:?})),", path.display().to_string())?;
    }
    out.push_str("];\n");
    fs::write(Path::new(&env::var("OUT_DIR")?).join("sources.rs"), out)?;
    Ok(())
}
