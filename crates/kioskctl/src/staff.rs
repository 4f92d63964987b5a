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
    /// HQ: makes a staff badge, a token signed with the HQ key (the kiosks
    /// trust it through `fleet.trusted_keys`), as text and as a QR PNG.
    Badge(BadgeArgs),
}

/// `kioskctl staff badge`.
#[derive(Debug, clap::Args)]
pub struct BadgeArgs {
    /// The HQ private key (`hq.key` from `kioskctl hq keygen`).
    #[arg(long)]
    key: std::path::PathBuf,
    /// The staff id (`staff.members[].id`).
    #[arg(long)]
    staff: String,
    /// Days until it expires.
    #[arg(long, default_value_t = 365)]
    days: u32,
    /// Where to write the QR code (PNG).
    #[arg(long)]
    out: std::path::PathBuf,
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
        StaffCommand::Badge(args) => {
            let pem = std::fs::read_to_string(&args.key)
                .with_context(|| args.key.display().to_string())?;
            let key = fleet::bundle::SigningKeyPair::from_pem(&pem)?;
            let exp =
                time::OffsetDateTime::now_utc().unix_timestamp() + i64::from(args.days) * 24 * 3600;
            let token = staff::badge::issue(&key, &args.staff, exp)?;
            let qr = qrcode::QrCode::new(token.as_bytes())
                .context("the token does not fit a QR code")?;
            let modules = qr.width();
            let scale = 8;
            let quiet = 4;
            let side = u32::try_from((modules + 2 * quiet) * scale)?;
            let colors = qr.to_colors();
            let img = image::GrayImage::from_fn(side, side, |x, y| {
                let (mx, my) = (x as usize / scale, y as usize / scale);
                let dark = mx >= quiet
                    && my >= quiet
                    && mx < modules + quiet
                    && my < modules + quiet
                    && colors[(my - quiet) * modules + (mx - quiet)] == qrcode::Color::Dark;
                image::Luma([if dark { 0 } else { 255 }])
            });
            img.save(&args.out).with_context(|| args.out.display().to_string())?;
            println!("{token}");
            eprintln!(
                "wrote {} (staff {}, valid {} days)",
                args.out.display(),
                args.staff,
                args.days
            );
            Ok(ExitCode::SUCCESS)
        }
    }
}
