//! `kioskctl config …`: check configuration files with the kiosk's own rules.

use std::path::PathBuf;
use std::process::ExitCode;

use anyhow::Result;
use clap::Subcommand;

/// Configuration subcommands.
#[derive(Debug, Subcommand)]
pub enum ConfigCommand {
    /// Validate a site config file layered over the built-in defaults, exactly
    /// as the kiosk does at start-up. Prints `ok` or every problem, one per
    /// line, naming the key and the reason; exits 1 when invalid.
    Check {
        /// The site file (TOML).
        file: PathBuf,
    },
    /// Print the built-in defaults (the documented reference of every key).
    Defaults,
}

/// Runs a config subcommand.
pub fn run(cmd: ConfigCommand) -> Result<ExitCode> {
    match cmd {
        ConfigCommand::Check { file } => match settings::load_local(Some(&file)) {
            Ok(config) => {
                println!(
                    "ok: {} store {} terminal {} ({} languages, gateway {})",
                    file.display(),
                    config.store.id,
                    config.store.terminal_id,
                    config.languages.enabled.len(),
                    config.gateway.url
                );
                Ok(ExitCode::SUCCESS)
            }
            Err(err) => {
                println!("invalid: {err}");
                Ok(ExitCode::from(1))
            }
        },
        ConfigCommand::Defaults => {
            print!("{}", settings::DEFAULT_TOML);
            Ok(ExitCode::SUCCESS)
        }
    }
}
