//! The sandbox's trades and the buyer model. Pure bookkeeping: the HTTP layer
//! parses and signs, this decides what Alipay would answer.

use std::collections::HashMap;
use std::path::Path;
use std::time::Duration;

use alipay::wire::{self, Flag, WireCancelAction, WireTradeStatus};
use money::{Currency, Money};
use serde::{Deserialize, Serialize};
use time::OffsetDateTime;
use time::macros::{format_description, offset};

use crate::SandboxError;

/// What a buyer does, chosen by the auth code (see the crate docs).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Scenario {
    /// Pays at once (10000).
    PaysAtOnce,
    /// Must confirm on the phone (10003); pays after this many seconds (before
    /// the time scale is applied).
    ConfirmsAfter {
        /// Seconds.
        seconds: u64,
    },
    /// Must confirm and never does (10003, stays WAIT_BUYER_PAY).
    NeverConfirms,
    /// ACQ.BUYER_BALANCE_NOT_ENOUGH.
    BalanceTooLow,
    /// ACQ.PAYMENT_AUTH_CODE_INVALID.
    InvalidCode,
    /// ACQ.PAYMENT_REQUEST_HAS_RISK.
    RiskRejected,
    /// ACQ.PAYMENT_FAIL.
    PaymentFails,
}

impl Scenario {
    /// The scenario of an auth code.
    pub fn of(code: &str, default_confirm_secs: u64) -> Scenario {
        let b = code.as_bytes();
        if b.len() == 18 && code.starts_with("28") && b.iter().all(u8::is_ascii_digit) {
            return match b[2] {
                b'0' => Scenario::PaysAtOnce,
                b'1' => {
                    let n = u64::from(b[3] - b'0') * 10 + u64::from(b[4] - b'0');
                    Scenario::ConfirmsAfter {
                        seconds: if n == 0 { default_confirm_secs } else { n },
                    }
                }
                b'2' => Scenario::NeverConfirms,
                b'3' => Scenario::BalanceTooLow,
                b'4' => Scenario::InvalidCode,
                b'5' => Scenario::RiskRejected,
                b'6' => Scenario::PaymentFails,
                _ => Scenario::PaysAtOnce,
            };
        }
        // Alipay+ codes: 6-digit code issuer, `02` (user-presented payment
        // code), 16-digit UIN. The sandbox reads the UIN's first digits like
        // the third to fifth digits of a `28` code.
        if b.len() == 24
            && b.iter().all(u8::is_ascii_digit)
            && matches!(&code[..2], "25" | "26" | "27" | "28" | "29" | "30")
            && &code[6..8] == "02"
        {
            return Scenario::of(
                &format!("28{}{}", &code[8..11], &code[11..24]),
                default_confirm_secs,
            );
        }
        let alipay_shape = (16..=24).contains(&b.len())
            && b.iter().all(u8::is_ascii_digit)
            && matches!(&code[..2], "25" | "26" | "27" | "28" | "29" | "30");
        let face = code.starts_with("fp") && code.len() > 2;
        if alipay_shape || face { Scenario::PaysAtOnce } else { Scenario::InvalidCode }
    }
}

/// A trade's status in the ledger.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "SCREAMING_SNAKE_CASE")]
pub enum Status {
    /// WAIT_BUYER_PAY
    WaitBuyerPay,
    /// TRADE_SUCCESS
    TradeSuccess,
    /// TRADE_CLOSED
    TradeClosed,
}

/// One refund.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct RefundRecord {
    /// `out_request_no`.
    pub out_request_no: String,
    /// Minor units (fen).
    pub amount_minor: i64,
    /// Unix milliseconds.
    pub at_ms: i64,
}

/// One trade as the sandbox keeps it. The ledger dump is a list of these.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct TradeRecord {
    /// Merchant order number.
    pub out_trade_no: String,
    /// Alipay trade number.
    pub trade_no: String,
    /// Status.
    pub status: Status,
    /// Total in fen.
    pub total_minor: i64,
    /// Sum of refunds in fen (cancel of a paid trade refunds the total).
    pub refunded_minor: i64,
    /// Refunds by request number.
    pub refunds: Vec<RefundRecord>,
    /// Buyer scenario (None for a cancel tombstone).
    pub scenario: Option<Scenario>,
    /// Subject.
    pub subject: String,
    /// Store id.
    pub store_id: String,
    /// Terminal id.
    pub terminal_id: String,
    /// Created, unix ms.
    pub created_ms: i64,
    /// When the buyer confirms, unix ms (confirming scenario).
    pub confirm_at_ms: Option<i64>,
    /// When an unpaid trade closes by `timeout_express`, unix ms.
    pub close_at_ms: Option<i64>,
    /// Paid, unix ms.
    pub paid_ms: Option<i64>,
    /// Closed, unix ms.
    pub closed_ms: Option<i64>,
    /// True when closed by cancel after payment (money returned).
    pub cancelled_with_refund: bool,
    /// Masked buyer account.
    pub buyer_logon_id: String,
    /// Buyer user id.
    pub buyer_user_id: String,
    /// The trade's currency (the Alipay protocol is CNY; Antom names it).
    #[serde(default = "cny")]
    pub currency: String,
    /// The wallet that paid, as Antom's `pspName` (Antom trades only).
    #[serde(default)]
    pub psp_name: Option<String>,
}

fn cny() -> String {
    String::from("CNY")
}

/// An answer node: the common fields and the method's fields.
#[derive(Debug, Clone)]
pub struct Answer {
    /// code, msg, sub_code, sub_msg.
    pub common: wire::Common,
    /// The method's fields (a JSON object, possibly empty).
    pub fields: serde_json::Value,
}

impl Answer {
    fn ok<T: Serialize>(code: &str, msg: &str, fields: &T) -> Answer {
        Answer {
            common: wire::Common {
                code: code.into(),
                msg: msg.into(),
                sub_code: None,
                sub_msg: None,
            },
            fields: serde_json::to_value(fields).unwrap_or(serde_json::Value::Null),
        }
    }

    /// A failure answer.
    pub fn fail(code: &str, sub_code: &str, sub_msg: &str) -> Answer {
        let msg = match code {
            "20000" => "Service Currently Unavailable",
            "40001" => "Missing Required Arguments",
            "40002" => "Invalid Arguments",
            "40004" => "Business Failed",
            "40006" => "Insufficient Permissions",
            _ => "Failed",
        };
        Answer {
            common: wire::Common {
                code: code.into(),
                msg: msg.into(),
                sub_code: Some(sub_code.into()),
                sub_msg: Some(sub_msg.into()),
            },
            fields: serde_json::json!({}),
        }
    }

    fn fail_with<T: Serialize>(sub_code: &str, sub_msg: &str, fields: &T) -> Answer {
        let mut a = Answer::fail("40004", sub_code, sub_msg);
        a.fields = serde_json::to_value(fields).unwrap_or(serde_json::Value::Null);
        a
    }

    /// The node JSON text.
    pub fn to_json(&self) -> String {
        let mut obj = match serde_json::to_value(&self.common) {
            Ok(serde_json::Value::Object(m)) => m,
            _ => serde_json::Map::new(),
        };
        if let serde_json::Value::Object(f) = &self.fields {
            for (k, v) in f {
                obj.insert(k.clone(), v.clone());
            }
        }
        serde_json::Value::Object(obj).to_string()
    }
}

fn ms(t: OffsetDateTime) -> i64 {
    (t.unix_timestamp_nanos() / 1_000_000) as i64
}

pub(crate) fn beijing(ms: i64) -> String {
    let fmt = format_description!("[year]-[month]-[day] [hour]:[minute]:[second]");
    OffsetDateTime::from_unix_timestamp_nanos(i128::from(ms) * 1_000_000)
        .map(|t| t.to_offset(offset!(+8)))
        .ok()
        .and_then(|t| t.format(&fmt).ok())
        .unwrap_or_default()
}

pub(crate) fn yuan(minor: i64) -> String {
    Money::new(minor, Currency::Cny).to_decimal_string()
}

fn parse_yuan(text: &str) -> Option<i64> {
    Money::parse_decimal(text, Currency::Cny)
        .ok()
        .map(Money::minor)
        .filter(|m| *m >= 1 && *m <= 10_000_000_000)
}

/// `timeout_express` (`90m`, `2h`, `1d`, `1c`) as a duration.
fn timeout_express(t: &str) -> Option<Duration> {
    let (n, unit) = t.split_at(t.len().checked_sub(1)?);
    let n: u64 = n.parse().ok()?;
    let secs = match unit {
        "m" => n * 60,
        "h" => n * 3600,
        "d" | "c" => n * 86_400,
        _ => return None,
    };
    Some(Duration::from_secs(secs))
}

/// The ledger and the buyer model.
#[derive(Debug)]
pub struct Ledger {
    trades: HashMap<String, TradeRecord>,
    used_codes: HashMap<String, String>,
    seq: u64,
    time_scale: f64,
    default_confirm_secs: u64,
    single_use_codes: bool,
    db: Option<rusqlite::Connection>,
}

impl Ledger {
    /// An empty ledger, or the one in the SQLite file.
    pub fn open(
        file: Option<&Path>,
        time_scale: f64,
        default_confirm_secs: u64,
        single_use_codes: bool,
    ) -> Result<Ledger, SandboxError> {
        let mut trades = HashMap::new();
        let db = match file {
            None => None,
            Some(p) => {
                let db = rusqlite::Connection::open(p).map_err(SandboxError::Ledger)?;
                db.execute_batch(
                    "PRAGMA journal_mode=WAL;
                     CREATE TABLE IF NOT EXISTS trades (out_trade_no TEXT PRIMARY KEY, record TEXT NOT NULL);",
                )
                .map_err(SandboxError::Ledger)?;
                {
                    let mut st =
                        db.prepare("SELECT record FROM trades").map_err(SandboxError::Ledger)?;
                    let rows = st
                        .query_map([], |r| r.get::<_, String>(0))
                        .map_err(SandboxError::Ledger)?;
                    for row in rows {
                        let json = row.map_err(SandboxError::Ledger)?;
                        let rec: TradeRecord = serde_json::from_str(&json)
                            .map_err(|e| SandboxError::Corrupt(e.to_string()))?;
                        trades.insert(rec.out_trade_no.clone(), rec);
                    }
                }
                Some(db)
            }
        };
        let seq = trades.len() as u64;
        Ok(Ledger {
            trades,
            used_codes: HashMap::new(),
            seq,
            time_scale: if time_scale > 0.0 { time_scale } else { 1.0 },
            default_confirm_secs,
            single_use_codes,
            db,
        })
    }

    fn scaled(&self, d: Duration) -> i64 {
        (d.as_secs_f64() * 1000.0 / self.time_scale) as i64
    }

    fn save(&self, rec: &TradeRecord) {
        if let Some(db) = &self.db {
            let json = serde_json::to_string(rec).unwrap_or_default();
            if let Err(e) = db.execute(
                "INSERT OR REPLACE INTO trades (out_trade_no, record) VALUES (?1, ?2)",
                rusqlite::params![rec.out_trade_no, json],
            ) {
                tracing::error!(error = %e, "sandbox ledger write failed");
            }
        }
    }

    /// Applies the buyer's and the clock's moves up to `now`.
    fn settle(&mut self, out_trade_no: &str, now: i64) {
        let Some(t) = self.trades.get_mut(out_trade_no) else {
            return;
        };
        if t.status != Status::WaitBuyerPay {
            return;
        }
        let mut changed = false;
        if let Some(at) = t.confirm_at_ms
            && now >= at
            && t.close_at_ms.is_none_or(|c| at < c)
        {
            t.status = Status::TradeSuccess;
            t.paid_ms = Some(at);
            changed = true;
        } else if let Some(c) = t.close_at_ms
            && now >= c
        {
            t.status = Status::TradeClosed;
            t.closed_ms = Some(c);
            changed = true;
        }
        if changed {
            let rec = t.clone();
            self.save(&rec);
        }
    }

    /// One trade, settled to now.
    pub fn record(&mut self, out_trade_no: &str) -> Option<TradeRecord> {
        self.settle(out_trade_no, ms(OffsetDateTime::now_utc()));
        self.trades.get(out_trade_no).cloned()
    }

    /// The trade whose gateway number is `trade_no`.
    pub fn by_trade_no(&mut self, trade_no: &str) -> Option<TradeRecord> {
        let key = self.trades.values().find(|t| t.trade_no == trade_no)?.out_trade_no.clone();
        self.record(&key)
    }

    /// Notes an Antom trade's currency and wallet (once, when it is made).
    pub fn tag(&mut self, out_trade_no: &str, currency: &str, psp_name: &str) {
        if let Some(t) = self.trades.get_mut(out_trade_no)
            && t.psp_name.is_none()
            && t.scenario.is_some()
        {
            t.currency = currency.to_owned();
            t.psp_name = Some(psp_name.to_owned());
            let rec = t.clone();
            self.save(&rec);
        }
    }

    /// Every trade, settled to now, sorted by creation.
    pub fn dump(&mut self) -> Vec<TradeRecord> {
        let now = ms(OffsetDateTime::now_utc());
        let keys: Vec<String> = self.trades.keys().cloned().collect();
        for k in &keys {
            self.settle(k, now);
        }
        let mut v: Vec<TradeRecord> = self.trades.values().cloned().collect();
        v.sort_by(|a, b| (a.created_ms, &a.out_trade_no).cmp(&(b.created_ms, &b.out_trade_no)));
        v
    }

    fn new_trade_no(&mut self, now: OffsetDateTime) -> String {
        self.seq += 1;
        let d = now.to_offset(offset!(+8));
        format!("{:04}{:02}{:02}22001{:015}", d.year(), u8::from(d.month()), d.day(), self.seq)
    }

    fn pay_fields(t: &TradeRecord) -> wire::PayNode {
        wire::PayNode {
            trade_no: Some(t.trade_no.clone()),
            out_trade_no: Some(t.out_trade_no.clone()),
            buyer_logon_id: Some(t.buyer_logon_id.clone()),
            buyer_user_id: Some(t.buyer_user_id.clone()),
            total_amount: Some(yuan(t.total_minor)),
            receipt_amount: t.paid_ms.map(|_| yuan(t.total_minor)),
            gmt_payment: t.paid_ms.map(beijing),
        }
    }

    /// `alipay.trade.pay`.
    pub fn pay(&mut self, biz: &wire::PayBiz) -> Answer {
        let now_t = OffsetDateTime::now_utc();
        let now = ms(now_t);
        if !valid_no(&biz.out_trade_no) {
            return Answer::fail("40004", "ACQ.INVALID_PARAMETER", "out_trade_no is invalid");
        }
        let Some(total) = parse_yuan(&biz.total_amount) else {
            return Answer::fail("40004", "ACQ.INVALID_PARAMETER", "total_amount is invalid");
        };
        if biz.scene != "bar_code" && biz.scene != "security_code" {
            return Answer::fail("40004", "ACQ.INVALID_PARAMETER", "scene must be bar_code");
        }
        self.settle(&biz.out_trade_no, now);
        if let Some(t) = self.trades.get(&biz.out_trade_no) {
            if t.scenario.is_none() {
                return Answer::fail(
                    "40004",
                    "ACQ.TRADE_HAS_CLOSE",
                    "交易已经关闭 (cancelled before pay)",
                );
            }
            if t.total_minor != total {
                return Answer::fail(
                    "40004",
                    "ACQ.CONTEXT_INCONSISTENT",
                    "交易信息被篡改 (same out_trade_no, other amount)",
                );
            }
            let fields = Self::pay_fields(t);
            return match t.status {
                Status::TradeSuccess => {
                    Answer::fail_with("ACQ.TRADE_HAS_SUCCESS", "交易已被支付", &fields)
                }
                Status::TradeClosed => {
                    Answer::fail_with("ACQ.TRADE_HAS_CLOSE", "交易已经关闭", &fields)
                }
                Status::WaitBuyerPay => Answer::ok("10003", "等待用户付款", &fields),
            };
        }
        let scenario = Scenario::of(&biz.auth_code, self.default_confirm_secs);
        if self.single_use_codes
            && let Some(other) = self.used_codes.get(&biz.auth_code)
            && other != &biz.out_trade_no
        {
            return Answer::fail(
                "40004",
                "ACQ.PAYMENT_AUTH_CODE_INVALID",
                "付款码已被使用，请刷新后重新付款",
            );
        }
        let refuse = match scenario {
            Scenario::BalanceTooLow => Some(("ACQ.BUYER_BALANCE_NOT_ENOUGH", "买家余额不足")),
            Scenario::InvalidCode => Some((
                "ACQ.PAYMENT_AUTH_CODE_INVALID",
                "支付失败，获取顾客账户信息失败，请顾客刷新付款码后重新收款",
            )),
            Scenario::RiskRejected => Some(("ACQ.PAYMENT_REQUEST_HAS_RISK", "支付存在风险")),
            Scenario::PaymentFails => Some(("ACQ.PAYMENT_FAIL", "支付失败")),
            Scenario::PaysAtOnce | Scenario::ConfirmsAfter { .. } | Scenario::NeverConfirms => None,
        };
        if let Some((sub, msg)) = refuse {
            return Answer::fail("40004", sub, msg);
        }
        self.used_codes.insert(biz.auth_code.clone(), biz.out_trade_no.clone());
        let trade_no = self.new_trade_no(now_t);
        let buyer_n = 1000 + (self.seq % 9000);
        let mut t = TradeRecord {
            out_trade_no: biz.out_trade_no.clone(),
            trade_no,
            status: Status::WaitBuyerPay,
            total_minor: total,
            refunded_minor: 0,
            refunds: Vec::new(),
            scenario: Some(scenario),
            subject: biz.subject.clone(),
            store_id: biz.store_id.clone().unwrap_or_default(),
            terminal_id: biz.terminal_id.clone().unwrap_or_default(),
            created_ms: now,
            confirm_at_ms: None,
            close_at_ms: biz
                .timeout_express
                .as_deref()
                .and_then(timeout_express)
                .map(|d| now + self.scaled(d)),
            paid_ms: None,
            closed_ms: None,
            cancelled_with_refund: false,
            buyer_logon_id: format!("138****{buyer_n}"),
            buyer_user_id: format!("208810214622{buyer_n}"),
            currency: cny(),
            psp_name: None,
        };
        let code = match scenario {
            Scenario::ConfirmsAfter { seconds } => {
                t.confirm_at_ms = Some(now + self.scaled(Duration::from_secs(seconds)));
                "10003"
            }
            Scenario::NeverConfirms => "10003",
            _ => {
                t.status = Status::TradeSuccess;
                t.paid_ms = Some(now);
                "10000"
            }
        };
        let answer = if code == "10000" {
            Answer::ok("10000", "Success", &Self::pay_fields(&t))
        } else {
            Answer::ok("10003", "等待用户付款", &Self::pay_fields(&t))
        };
        self.save(&t);
        self.trades.insert(t.out_trade_no.clone(), t);
        answer
    }

    fn find(&mut self, r: &wire::TradeRefBiz) -> Option<String> {
        let now = ms(OffsetDateTime::now_utc());
        let key = match (&r.out_trade_no, &r.trade_no) {
            (Some(o), _) => Some(o.clone()),
            (None, Some(tn)) => {
                self.trades.values().find(|t| &t.trade_no == tn).map(|t| t.out_trade_no.clone())
            }
            (None, None) => None,
        }?;
        self.settle(&key, now);
        self.trades.contains_key(&key).then_some(key)
    }

    /// `alipay.trade.query`.
    pub fn query(&mut self, r: &wire::TradeRefBiz) -> Answer {
        let Some(k) = self.find(r) else {
            return Answer::fail("40004", "ACQ.TRADE_NOT_EXIST", "交易不存在");
        };
        let t = &self.trades[&k];
        if t.scenario.is_none() {
            // A cancel tombstone: Alipay never saw the pay request.
            return Answer::fail("40004", "ACQ.TRADE_NOT_EXIST", "交易不存在");
        }
        let status = match t.status {
            Status::WaitBuyerPay => WireTradeStatus::WaitBuyerPay,
            Status::TradeSuccess => WireTradeStatus::TradeSuccess,
            Status::TradeClosed => WireTradeStatus::TradeClosed,
        };
        Answer::ok(
            "10000",
            "Success",
            &wire::QueryNode {
                trade_no: Some(t.trade_no.clone()),
                out_trade_no: Some(t.out_trade_no.clone()),
                buyer_logon_id: Some(t.buyer_logon_id.clone()),
                buyer_user_id: Some(t.buyer_user_id.clone()),
                trade_status: Some(status),
                total_amount: Some(yuan(t.total_minor)),
                receipt_amount: t.paid_ms.map(|_| yuan(t.total_minor)),
                send_pay_date: t.paid_ms.map(beijing),
            },
        )
    }

    /// `alipay.trade.cancel`: unpaid → close; paid → refund in full; unknown
    /// → a closed tombstone so a late pay with that number is refused.
    pub fn cancel(&mut self, r: &wire::TradeRefBiz) -> Answer {
        let now = ms(OffsetDateTime::now_utc());
        let key = match self.find(r) {
            Some(k) => k,
            None => {
                let Some(o) = r.out_trade_no.clone().filter(|o| valid_no(o)) else {
                    return Answer::fail("40004", "ACQ.TRADE_NOT_EXIST", "交易不存在");
                };
                let tomb = TradeRecord {
                    out_trade_no: o.clone(),
                    trade_no: String::new(),
                    status: Status::TradeClosed,
                    total_minor: 0,
                    refunded_minor: 0,
                    refunds: Vec::new(),
                    scenario: None,
                    subject: String::new(),
                    store_id: String::new(),
                    terminal_id: String::new(),
                    created_ms: now,
                    confirm_at_ms: None,
                    close_at_ms: None,
                    paid_ms: None,
                    closed_ms: Some(now),
                    cancelled_with_refund: false,
                    buyer_logon_id: String::new(),
                    buyer_user_id: String::new(),
                    currency: cny(),
                    psp_name: None,
                };
                self.save(&tomb);
                self.trades.insert(o.clone(), tomb);
                return Answer::ok(
                    "10000",
                    "Success",
                    &wire::CancelNode {
                        trade_no: None,
                        out_trade_no: Some(o),
                        retry_flag: Some(Flag::N),
                        action: Some(WireCancelAction::Close),
                    },
                );
            }
        };
        let Some(t) = self.trades.get_mut(&key) else {
            return Answer::fail("40004", "ACQ.TRADE_NOT_EXIST", "交易不存在");
        };
        if let Some(paid) = t.paid_ms
            && now - paid > 24 * 3600 * 1000
        {
            return Answer::fail("40004", "ACQ.TRADE_CANCEL_TIME_OUT", "超过撤销时间范围");
        }
        let action = match t.status {
            Status::WaitBuyerPay => {
                t.status = Status::TradeClosed;
                t.closed_ms = Some(now);
                WireCancelAction::Close
            }
            Status::TradeSuccess => {
                t.status = Status::TradeClosed;
                t.closed_ms = Some(now);
                t.cancelled_with_refund = true;
                let rest = t.total_minor - t.refunded_minor;
                if rest > 0 {
                    t.refunds.push(RefundRecord {
                        out_request_no: format!("cancel_{}", t.out_trade_no),
                        amount_minor: rest,
                        at_ms: now,
                    });
                }
                t.refunded_minor = t.total_minor;
                WireCancelAction::Refund
            }
            Status::TradeClosed if t.cancelled_with_refund => WireCancelAction::Refund,
            Status::TradeClosed => WireCancelAction::Close,
        };
        let rec = t.clone();
        self.save(&rec);
        Answer::ok(
            "10000",
            "Success",
            &wire::CancelNode {
                trade_no: (!rec.trade_no.is_empty()).then(|| rec.trade_no.clone()),
                out_trade_no: Some(rec.out_trade_no.clone()),
                retry_flag: Some(Flag::N),
                action: Some(action),
            },
        )
    }

    /// `alipay.trade.close`.
    pub fn close(&mut self, r: &wire::TradeRefBiz) -> Answer {
        let now = ms(OffsetDateTime::now_utc());
        let Some(k) = self.find(r) else {
            return Answer::fail("40004", "ACQ.TRADE_NOT_EXIST", "交易不存在");
        };
        let Some(t) = self.trades.get_mut(&k) else {
            return Answer::fail("40004", "ACQ.TRADE_NOT_EXIST", "交易不存在");
        };
        match t.status {
            Status::TradeSuccess => {
                return Answer::fail("40004", "ACQ.TRADE_STATUS_ERROR", "交易状态不合法");
            }
            Status::WaitBuyerPay => {
                t.status = Status::TradeClosed;
                t.closed_ms = Some(now);
            }
            Status::TradeClosed => {}
        }
        let rec = t.clone();
        self.save(&rec);
        Answer::ok(
            "10000",
            "Success",
            &wire::CloseNode {
                trade_no: Some(rec.trade_no.clone()),
                out_trade_no: Some(rec.out_trade_no.clone()),
            },
        )
    }

    /// `alipay.trade.refund`: idempotent by `out_request_no`, partial refunds
    /// up to the paid amount; the full amount refunded closes the trade.
    pub fn refund(&mut self, biz: &wire::RefundBiz) -> Answer {
        let now = ms(OffsetDateTime::now_utc());
        let r = wire::TradeRefBiz {
            out_trade_no: biz.out_trade_no.clone(),
            trade_no: biz.trade_no.clone(),
        };
        let Some(amount) = parse_yuan(&biz.refund_amount) else {
            return Answer::fail("40004", "ACQ.INVALID_PARAMETER", "refund_amount is invalid");
        };
        let Some(k) = self.find(&r) else {
            return Answer::fail("40004", "ACQ.TRADE_NOT_EXIST", "交易不存在");
        };
        let Some(t) = self.trades.get_mut(&k) else {
            return Answer::fail("40004", "ACQ.TRADE_NOT_EXIST", "交易不存在");
        };
        let request_no = biz.out_request_no.clone().unwrap_or_else(|| t.out_trade_no.clone());
        if !valid_no(&request_no) {
            return Answer::fail("40004", "ACQ.INVALID_PARAMETER", "out_request_no is invalid");
        }
        let fields = |t: &TradeRecord, changed: bool| wire::RefundNode {
            trade_no: Some(t.trade_no.clone()),
            out_trade_no: Some(t.out_trade_no.clone()),
            buyer_logon_id: Some(t.buyer_logon_id.clone()),
            fund_change: Some(if changed { Flag::Y } else { Flag::N }),
            refund_fee: Some(yuan(t.refunded_minor)),
            gmt_refund_pay: Some(beijing(now)),
        };
        if let Some(prev) = t.refunds.iter().find(|x| x.out_request_no == request_no) {
            if prev.amount_minor != amount {
                return Answer::fail(
                    "40004",
                    "ACQ.REQUEST_AMOUNT_EXCEED",
                    "同一退款请求号的退款金额不一致",
                );
            }
            return Answer::ok("10000", "Success", &fields(t, false));
        }
        if t.paid_ms.is_none()
            || (t.status == Status::TradeClosed
                && !t.cancelled_with_refund
                && t.refunded_minor < t.total_minor)
        {
            return Answer::fail("40004", "ACQ.TRADE_STATUS_ERROR", "交易状态不合法");
        }
        if t.refunded_minor + amount > t.total_minor {
            return Answer::fail("40004", "ACQ.REFUND_AMT_NOT_EQUAL_TOTAL", "退款金额超限");
        }
        t.refunds.push(RefundRecord {
            out_request_no: request_no,
            amount_minor: amount,
            at_ms: now,
        });
        t.refunded_minor += amount;
        if t.refunded_minor == t.total_minor {
            t.status = Status::TradeClosed;
            t.closed_ms = Some(now);
        }
        let rec = t.clone();
        self.save(&rec);
        Answer::ok("10000", "Success", &fields(&rec, true))
    }

    /// The detail CSV (GBK) of a Beijing-time day `yyyy-MM-dd`.
    pub fn bill_csv(&mut self, date: &str, account: &str) -> Vec<u8> {
        let trades = self.dump();
        let day = |ms: i64| beijing(ms).get(..10).map(str::to_owned).unwrap_or_default();
        let mut lines: Vec<String> = vec![
            "#支付宝业务明细查询".into(),
            format!("#账号：[{account}]"),
            format!("#起始日期：[{date} 00:00:00]   终止日期：[{date} 23:59:59]"),
            "#-----------------------------------------业务明细列表----------------------------------------".into(),
            alipay::bill::DETAIL_COLUMNS.join(","),
        ];
        let (mut n_trades, mut n_refunds) = (0, 0);
        for t in trades.iter().filter(|t| t.scenario.is_some()) {
            let row = |kind: &str, amount: i64, finished: i64, request_no: &str| {
                let mut f = vec![
                    format!("{}\t", t.trade_no),
                    format!("{}\t", t.out_trade_no),
                    kind.to_owned(),
                    alipay::bill::csv_field(&t.subject),
                    beijing(t.created_ms),
                    beijing(finished),
                    t.store_id.clone(),
                    String::new(),
                    String::new(),
                    t.terminal_id.clone(),
                    t.buyer_logon_id.clone(),
                    yuan(amount),
                    yuan(amount),
                ];
                f.extend(std::iter::repeat_n("0.00".to_owned(), 5));
                f.push(String::new());
                f.push("0.00".into());
                f.push("0.00".into());
                f.push(request_no.to_owned());
                f.push("0.00".into());
                f.push("0.00".into());
                f.push(String::new());
                f.join(",")
            };
            if let Some(paid) = t.paid_ms
                && day(paid) == date
            {
                lines.push(row("交易", t.total_minor, paid, ""));
                n_trades += 1;
            }
            for r in t.refunds.iter().filter(|r| day(r.at_ms) == date) {
                lines.push(row("退款", -r.amount_minor, r.at_ms, &r.out_request_no));
                n_refunds += 1;
            }
        }
        lines.push("#-----------------------------------------业务明细列表结束------------------------------------".into());
        lines.push(format!("#交易合计：{n_trades}笔，退款合计：{n_refunds}笔"));
        lines.push(format!("#导出时间：[{}]", beijing(ms(OffsetDateTime::now_utc()))));
        let text = lines.join("\r\n") + "\r\n";
        encoding_rs::GBK.encode(&text).0.into_owned()
    }
}

fn valid_no(s: &str) -> bool {
    !s.is_empty() && s.len() <= 64 && s.bytes().all(|b| b.is_ascii_alphanumeric() || b == b'_')
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn auth_codes_pick_scenarios() {
        assert_eq!(Scenario::of("280000000000000001", 5), Scenario::PaysAtOnce);
        assert_eq!(Scenario::of("281030000000000001", 5), Scenario::ConfirmsAfter { seconds: 3 });
        assert_eq!(Scenario::of("281000000000000001", 5), Scenario::ConfirmsAfter { seconds: 5 });
        assert_eq!(Scenario::of("282000000000000001", 5), Scenario::NeverConfirms);
        assert_eq!(Scenario::of("283000000000000001", 5), Scenario::BalanceTooLow);
        assert_eq!(Scenario::of("284000000000000001", 5), Scenario::InvalidCode);
        assert_eq!(Scenario::of("285000000000000001", 5), Scenario::RiskRejected);
        assert_eq!(Scenario::of("286000000000000001", 5), Scenario::PaymentFails);
        assert_eq!(Scenario::of("2512345678901234", 5), Scenario::PaysAtOnce);
        assert_eq!(Scenario::of("1234", 5), Scenario::InvalidCode);
        assert_eq!(Scenario::of("fp123", 5), Scenario::PaysAtOnce);
    }

    #[test]
    fn timeout_express_units() {
        assert_eq!(timeout_express("5m"), Some(Duration::from_secs(300)));
        assert_eq!(timeout_express("2h"), Some(Duration::from_secs(7200)));
        assert_eq!(timeout_express("x"), None);
    }
}
