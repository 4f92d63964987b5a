//! `kioskctl staff`: make PIN hashes for `[[staff.members]]`.

use std::io::BufRead;
use std::process::ExitCode;

use anyhow::{Context, Result, bail};
use clap::Subcommand;

/// Staff subcommands.
#[derive(Debug, Subcommand)]
pub enum StaffCommand {
    /// Reads a PIN (4 to 8 digits) from standard input and prints its
    /// Argon2id hash for `staff.members[].pin_hash`. The PIN is never an
    /// argument, so it stays out of shell history and process lists.
    HashPin,
}

/// Runs a staff subcommand.
pub fn run(cmd: StaffCommand) -> Result<ExitCode> {
    match cmd {
        StaffCommand::HashPin => {
            let mut line = String::new();
            std::io::stdin().lock().read_line(&mut line).context("reading the PIN from stdin")?;
            let pin = masking::Secret::new(line.trim().to_owned());
            if !staff::pin::pin_is_well_formed(pin.expose()) {
                bail!("a PIN is 4 to 8 digits");
            }
            println!("{}", staff::pin::hash_pin(&pin)?);
            Ok(ExitCode::SUCCESS)
        }
    }
}
