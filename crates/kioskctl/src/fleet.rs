//! `kioskctl fleet simulate`: many simulated kiosks in one process running
//! the kiosk's real apply code against a broker (issue 9).

use std::path::PathBuf;
use std::process::ExitCode;
use std::time::Duration;

use ::fleet::sim::{SimOptions, Simulation};
use anyhow::{Context as _, Result, bail};
use clap::Subcommand;

use crate::hq::{broker_config, read_trust, runtime};

/// Fleet subcommands.
#[derive(Debug, Subcommand)]
pub enum FleetCommand {
    /// Run N simulated kiosks (sim-0001 …). Prints one JSON line per bundle
    /// outcome ({"kiosk","version","outcome","reason"}) and, on exit, a JSON
    /// summary line with the counts and the time to 100% applied.
    Simulate {
        /// mqtt://HOST:PORT or mqtts://HOST:PORT.
        #[arg(long)]
        broker: String,
        /// The fleet.
        #[arg(long)]
        fleet: String,
        /// How many kiosks.
        #[arg(long, default_value_t = 10)]
        kiosks: usize,
        /// A trusted HQ public key: an hq.pub file or its base64; repeat for several.
        #[arg(long, required = true)]
        trust: Vec<PathBuf>,
        /// Stop after this many seconds (default: on Ctrl-C).
        #[arg(long = "for")]
        for_secs: Option<u64>,
        /// Keep the kiosks' state here (default: a temporary folder, removed).
        #[arg(long)]
        state_dir: Option<PathBuf>,
    },
}

/// Runs a `fleet` subcommand.
pub fn run(cmd: FleetCommand) -> Result<ExitCode> {
    let FleetCommand::Simulate { broker, fleet, kiosks, trust, for_secs, state_dir } = cmd;
    if kiosks == 0 {
        bail!("--kiosks must be at least 1");
    }
    let temp;
    let state_root = match state_dir {
        Some(dir) => dir,
        None => {
            temp = tempfile::tempdir().context("cannot create a temporary folder")?;
            temp.path().to_owned()
        }
    };
    let options = SimOptions {
        broker: broker_config(&broker)?,
        fleet,
        kiosks,
        trust: read_trust(&trust)?,
        state_root,
        heartbeat: Duration::from_secs(60),
    };
    runtime()?.block_on(async move {
        let mut sim = Simulation::start(&options)?;
        let stop = async {
            match for_secs {
                Some(s) => tokio::time::sleep(Duration::from_secs(s)).await,
                None => {
                    let _ = tokio::signal::ctrl_c().await;
                }
            }
        };
        tokio::pin!(stop);
        loop {
            tokio::select! {
                _ = &mut stop => break,
                report = sim.next_outcome() => match report {
                    Some(r) => println!(
                        "{}",
                        serde_json::json!({
                            "kiosk": r.kiosk,
                            "version": r.version,
                            "outcome": r.outcome,
                            "reason": r.reason,
                            "code": r.code,
                        })
                    ),
                    None => break,
                },
            }
        }
        println!("{}", serde_json::to_string(&sim.summary())?);
        sim.shutdown().await;
        Ok(ExitCode::SUCCESS)
    })
}
