//! From a paid checkout (or a paid trade in the journal) to the printer's
//! [`Receipt`], and from `[printer]` to the printer crate's settings.

use money::Money;
use payment::journal::{TradeRecord, TradeState};
use printer::{LineItem, Receipt};
use settings::KioskConfig;

use crate::CheckoutError;
use crate::cart::Cart;
use crate::session::ReceiptJob;

/// The printer settings of `[printer]`.
pub fn printer_config(config: &KioskConfig) -> printer::PrinterConfig {
    let p = &config.printer;
    let transport = match &p.transport {
        settings::PrinterTransport::Tcp(addr) => {
            printer::Transport::Tcp { address: addr.to_string() }
        }
        settings::PrinterTransport::Usb { vendor, product } => {
            printer::Transport::Usb { vendor_id: *vendor, product_id: *product }
        }
        settings::PrinterTransport::Serial(path) => printer::Transport::Serial {
            path: path.display().to_string(),
            baud_rate: printer::DEFAULT_BAUD_RATE,
        },
        settings::PrinterTransport::File(path) => printer::Transport::File { path: path.clone() },
        settings::PrinterTransport::None => printer::Transport::None,
    };
    let paper = match p.paper_width {
        settings::PaperWidth::Mm58 => printer::PaperWidth::Mm58,
        settings::PaperWidth::Mm80 => printer::PaperWidth::Mm80,
    };
    printer::PrinterConfig {
        transport,
        profile: printer::PrinterProfile { paper, chinese_font: p.chinese_font },
        status_timeout: p.status_timeout,
    }
}

fn header(config: &KioskConfig) -> printer::StoreHeader {
    printer::StoreHeader {
        name: config.store.name.clone(),
        lines: vec![format!("{} / {}", config.store.id, config.store.terminal_id)],
        logo: None,
    }
}

fn paid_at(ms: i64) -> Result<time::OffsetDateTime, CheckoutError> {
    time::OffsetDateTime::from_unix_timestamp_nanos(i128::from(ms) * 1_000_000)
        .map(|d| d.to_offset(time::macros::offset!(+8)))
        .map_err(|e| CheckoutError::Internal { detail: format!("receipt time {ms}: {e}") })
}

fn lines(cart: &Cart, language: &str, fallback: &str, currency: money::Currency) -> Vec<LineItem> {
    cart.lines()
        .iter()
        .map(|l| LineItem {
            name: l.product.name(language, fallback).to_owned(),
            quantity: l.quantity,
            unit_price: Money::new(l.product.price_minor, currency),
        })
        .collect()
}

/// The receipt of a checkout just paid: the cart as paid, its tax, the trade.
pub fn receipt_for_checkout(
    job: &ReceiptJob,
    config: &KioskConfig,
    paid_ms: i64,
) -> Result<Receipt, CheckoutError> {
    let currency = config.store.currency;
    let totals = job.cart.totals(currency);
    Ok(Receipt {
        store: header(config),
        items: lines(&job.cart, &job.language, &config.languages.default, currency),
        discounts: vec![],
        tax: totals.uniform_rate_bp.map(|rate| printer::Tax {
            rate_basis_points: rate,
            amount: totals.tax,
            included: true,
        }),
        currency,
        payment: printer::Payment {
            method: method_of(job.paid.wallet.as_deref()),
            trade_no: job.paid.trade_no.clone(),
            out_trade_no: job.out_trade_no.clone(),
            buyer_account: job.paid.buyer_masked.clone().map(masking::Secret::new),
        },
        paid_at: paid_at(paid_ms)?,
        terminal_id: config.store.terminal_id.clone(),
        footer: vec![],
    })
}

/// The receipt of a paid trade in the journal (reprints, `kioskctl receipt
/// render --trade`). Only paid trades have one.
pub fn receipt_for_trade(t: &TradeRecord, config: &KioskConfig) -> Result<Receipt, CheckoutError> {
    match t.state {
        TradeState::Paid => {}
        TradeState::Pending
        | TradeState::Declined
        | TradeState::Cancelled
        | TradeState::CancelOwed
        | TradeState::Flagged => {
            return Err(CheckoutError::NotPaid {
                out_trade_no: t.out_trade_no.clone(),
                state: t.state.to_string(),
            });
        }
    }
    let currency = t.amount.currency();
    let mut items: Vec<LineItem> = t
        .lines
        .iter()
        .map(|l| LineItem {
            name: l.name.clone(),
            quantity: l.quantity,
            unit_price: Money::new(l.unit_minor, currency),
        })
        .collect();
    let sum: i64 = t.lines.iter().map(|l| l.unit_minor * i64::from(l.quantity)).sum();
    if items.is_empty() || sum != t.amount.minor() {
        // A cart that does not add up (or none) prints as one line: the
        // amount actually charged is what the receipt must show.
        items = vec![LineItem { name: t.subject.clone(), quantity: 1, unit_price: t.amount }];
    }
    Ok(Receipt {
        store: header(config),
        items,
        discounts: vec![],
        tax: None,
        currency,
        payment: printer::Payment {
            method: method_of(t.wallet.as_deref()),
            trade_no: t.trade_no.clone().unwrap_or_default(),
            out_trade_no: t.out_trade_no.clone(),
            buyer_account: t.buyer_masked.clone().map(masking::Secret::new),
        },
        // `updated_ms` moves with reprints and refunds; the sale happened
        // within its deadline of the intent.
        paid_at: paid_at(t.created_ms)?,
        terminal_id: config.store.terminal_id.clone(),
        footer: vec![],
    })
}

/// The receipt's payment method: Alipay in the receipt's language, any other
/// wallet (an Alipay+ wallet named by Antom) by its brand name.
pub fn method_of(wallet: Option<&str>) -> printer::PaymentMethod {
    match wallet {
        None | Some("Alipay") => printer::PaymentMethod::Alipay,
        Some(name) => printer::PaymentMethod::Wallet(name.to_owned()),
    }
}
