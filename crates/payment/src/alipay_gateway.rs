//! [`Gateway`] over the Alipay OpenAPI client (mainland barcode payment).
//!
//! The mapping from the client's outcomes to the machine's answers follows
//! DESIGN.md §3 and is exhaustive: a new sub code or error kind in the
//! client fails to compile here until someone decides what it means.

use std::sync::Arc;

use alipay::{
    Advice, AlipayKey, CallError, Client, ClientConfig, OutTradeNo, PayOutcome, PayRequest,
    PrivateKey, PublicKey, RefundRequest, SubCode, TradeStatus,
};
use masking::Secret;
use money::Money;

use crate::error::PaymentError;
use crate::gateway::{
    Answered, BillEntry, BillKind, BillUnavailable, Gateway, GatewayFuture, PayOrder, RefundAnswer,
    RefundOrder,
};
use crate::machine::{CancelAction, CancelAnswer, DeclineReason, Paid, PayAnswer, QueryAnswer};

/// The Alipay OpenAPI gateway.
#[derive(Debug, Clone)]
pub struct AlipayGateway {
    client: Arc<Client>,
}

impl AlipayGateway {
    /// Wraps a client.
    pub fn new(client: Client) -> Self {
        AlipayGateway { client: Arc::new(client) }
    }

    /// Builds the client from the kiosk's `[gateway]` settings (key files
    /// are read here; errors name the file and the reason).
    pub fn from_config(config: &settings::GatewayConfig) -> Result<Self, PaymentError> {
        let read = |key: &'static str, path: &std::path::Path| {
            std::fs::read_to_string(path).map_err(|e| PaymentError::Config {
                key,
                reason: format!("{}: {e}", path.display()),
            })
        };
        let private = read("gateway.private_key_file", &config.private_key_file)?;
        let public = read("gateway.alipay_public_key_file", &config.alipay_public_key_file)?;
        let key_error = |key: &'static str, e: alipay::KeyError| PaymentError::Config {
            key,
            reason: e.to_string(),
        };
        let private_key = PrivateKey::parse(
            &format!("merchant private key ({})", config.private_key_file.display()),
            &private,
        )
        .map_err(|e| key_error("gateway.private_key_file", e))?;
        let alipay_key = PublicKey::parse(
            &format!("Alipay public key ({})", config.alipay_public_key_file.display()),
            &public,
        )
        .map_err(|e| key_error("gateway.alipay_public_key_file", e))?;
        let mut c = ClientConfig::new(
            &config.url,
            &config.app_id,
            private_key,
            AlipayKey::PublicKey(alipay_key),
        );
        c.sign_type = match config.sign_type {
            settings::SignType::Rsa2 => alipay::SignType::Rsa2,
            settings::SignType::Rsa => alipay::SignType::Rsa,
        };
        c.app_auth_token = config.app_auth_token.clone();
        c.sys_service_provider_id = config.sys_service_provider_id.clone();
        c.connect_timeout = config.connect_timeout;
        c.read_timeout = config.read_timeout;
        let client = Client::new(c)
            .map_err(|e| PaymentError::Config { key: "gateway", reason: e.to_string() })?;
        Ok(AlipayGateway::new(client))
    }
}

fn trade_no(s: &str) -> Result<OutTradeNo, CallError> {
    OutTradeNo::new(s)
}

fn mask(login: Option<&Secret<String>>) -> Option<String> {
    // Alipay already masks `buyer_logon_id` (`159****5620`, `a***@b.com`).
    login.map(|s| s.expose().clone())
}

/// What a 40004 on `trade.pay` means for the checkout.
fn decline(sub: &SubCode, advice: Advice) -> PayAnswer {
    match advice {
        Advice::FreshCode => PayAnswer::Declined(DeclineReason::CodeInvalid),
        Advice::QueryNow | Advice::ConfirmByQuery => PayAnswer::Unknown,
        Advice::OtherMethod | Advice::Final => PayAnswer::Declined(match sub {
            SubCode::BuyerBalanceNotEnough => DeclineReason::InsufficientBalance,
            SubCode::PaymentRequestHasRisk => DeclineReason::RiskRejected,
            SubCode::TradeHasClose => DeclineReason::TradeClosed,
            SubCode::PaymentAuthCodeInvalid
            | SubCode::PaymentFail
            | SubCode::SystemError
            | SubCode::TradeHasSuccess
            | SubCode::TradeNotExist
            | SubCode::TradeStatusError
            | SubCode::RefundAmountTooLarge
            | SubCode::ContextInconsistent
            | SubCode::CancelTimeOut
            | SubCode::Other(_) => DeclineReason::PaymentFailed,
        }),
    }
}

fn map_pay(r: Result<PayOutcome, CallError>) -> Answered<PayAnswer> {
    match r {
        Ok(PayOutcome::Paid(p)) => Answered::new(
            PayAnswer::Paid(Paid {
                trade_no: p.trade_no.clone(),
                buyer_masked: mask(p.buyer_logon_id.as_ref()),
                wallet: None,
            }),
            format!("10000 paid trade_no={} total={}", p.trade_no, p.total),
        ),
        Ok(PayOutcome::WaitingForBuyer { trade_no }) => Answered::new(
            PayAnswer::Waiting,
            format!("10003 waiting for the buyer trade_no={}", trade_no.unwrap_or_default()),
        ),
        Err(e) => {
            let detail = e.to_string();
            let answer = match &e {
                CallError::Unknown(_) | CallError::Unverifiable(_) => PayAnswer::Unknown,
                CallError::Business(b) => decline(&b.sub_code, b.advice()),
                // Nothing was sent, or the gateway refused the request itself:
                // either way no trade exists; staff must fix the setup.
                CallError::InvalidRequest { .. } | CallError::Rejected(_) => PayAnswer::Rejected,
            };
            Answered::new(answer, detail)
        }
    }
}

fn map_query(r: Result<alipay::TradeState, CallError>) -> Answered<QueryAnswer> {
    match r {
        Ok(t) => {
            let detail = format!(
                "10000 {:?} trade_no={}",
                t.status,
                t.trade_no.as_deref().unwrap_or_default()
            );
            let answer = match t.status {
                TradeStatus::Paid | TradeStatus::Finished => match t.trade_no {
                    Some(trade_no) => QueryAnswer::Paid(Paid {
                        trade_no,
                        buyer_masked: mask(t.buyer_logon_id.as_ref()),
                        wallet: None,
                    }),
                    // Paid without a trade number is not an answer to trust.
                    None => QueryAnswer::Unknown,
                },
                TradeStatus::WaitingForBuyer => QueryAnswer::NotPaid,
                TradeStatus::Closed => QueryAnswer::Closed,
            };
            Answered::new(answer, detail)
        }
        Err(e) => {
            let answer = match &e {
                CallError::Business(b) => match b.sub_code {
                    // Normal early on: the pay request has not landed yet.
                    SubCode::TradeNotExist => QueryAnswer::NotPaid,
                    SubCode::PaymentAuthCodeInvalid
                    | SubCode::BuyerBalanceNotEnough
                    | SubCode::PaymentRequestHasRisk
                    | SubCode::PaymentFail
                    | SubCode::SystemError
                    | SubCode::TradeHasSuccess
                    | SubCode::TradeHasClose
                    | SubCode::TradeStatusError
                    | SubCode::RefundAmountTooLarge
                    | SubCode::ContextInconsistent
                    | SubCode::CancelTimeOut
                    | SubCode::Other(_) => QueryAnswer::Unknown,
                },
                CallError::InvalidRequest { .. }
                | CallError::Unknown(_)
                | CallError::Unverifiable(_)
                | CallError::Rejected(_) => QueryAnswer::Unknown,
            };
            Answered::new(answer, e.to_string())
        }
    }
}

fn map_cancel(r: Result<alipay::Cancellation, CallError>) -> Answered<CancelAnswer> {
    match r {
        Ok(c) => {
            let detail = format!("10000 action={:?} retry_flag={}", c.action, c.retry);
            let answer = match (c.retry, c.action) {
                (true, _) | (false, None) => CancelAnswer::Retry,
                (false, Some(alipay::CancelAction::Closed)) => {
                    CancelAnswer::Done(CancelAction::Closed)
                }
                (false, Some(alipay::CancelAction::Refunded)) => {
                    CancelAnswer::Done(CancelAction::Refunded)
                }
            };
            Answered::new(answer, detail)
        }
        // Every failure of a cancel is retried: by the foreground a few times,
        // then by the background resolver until the 24 h window closes.
        Err(e) => Answered::new(CancelAnswer::Retry, e.to_string()),
    }
}

fn map_refund(r: Result<alipay::Refund, CallError>) -> Answered<RefundAnswer> {
    match r {
        Ok(f) => Answered::new(
            RefundAnswer::Refunded,
            format!(
                "10000 fund_change={} refunded_total={}",
                f.fund_change,
                f.refunded_total.map(|m| m.to_string()).unwrap_or_default()
            ),
        ),
        Err(e) => {
            let answer = match &e {
                CallError::Unknown(_) | CallError::Unverifiable(_) => RefundAnswer::Unknown,
                CallError::Business(b) => match b.advice() {
                    Advice::QueryNow => RefundAnswer::Unknown,
                    Advice::FreshCode
                    | Advice::OtherMethod
                    | Advice::ConfirmByQuery
                    | Advice::Final => RefundAnswer::Declined { reason: e.to_string() },
                },
                CallError::InvalidRequest { .. } | CallError::Rejected(_) => {
                    RefundAnswer::Declined { reason: e.to_string() }
                }
            };
            Answered::new(answer, e.to_string())
        }
    }
}

fn invalid<T>(e: CallError, answer: T) -> Answered<T> {
    Answered::new(answer, e.to_string())
}

impl Gateway for AlipayGateway {
    fn name(&self) -> &'static str {
        "alipay"
    }

    fn pay<'a>(&'a self, order: &'a PayOrder) -> GatewayFuture<'a, Answered<PayAnswer>> {
        Box::pin(async move {
            let no = match trade_no(&order.out_trade_no) {
                Ok(n) => n,
                Err(e) => return invalid(e, PayAnswer::Rejected),
            };
            let mut req =
                PayRequest::new(no, order.auth_code.clone(), order.amount, order.subject.clone());
            req.store_id = Some(order.store_id.clone()).filter(|s| !s.is_empty());
            req.terminal_id = Some(order.terminal_id.clone()).filter(|s| !s.is_empty());
            req.goods = order
                .lines
                .iter()
                .map(|l| alipay::GoodsLine {
                    goods_id: l.item_id.clone(),
                    goods_name: l.name.clone(),
                    quantity: l.quantity,
                    price: Money::new(l.unit_minor, order.amount.currency()),
                })
                .collect();
            map_pay(self.client.pay(&req).await)
        })
    }

    fn query<'a>(&'a self, out_trade_no: &'a str) -> GatewayFuture<'a, Answered<QueryAnswer>> {
        Box::pin(async move {
            match trade_no(out_trade_no) {
                Ok(no) => map_query(self.client.query(&no).await),
                Err(e) => invalid(e, QueryAnswer::Unknown),
            }
        })
    }

    fn cancel<'a>(&'a self, out_trade_no: &'a str) -> GatewayFuture<'a, Answered<CancelAnswer>> {
        Box::pin(async move {
            match trade_no(out_trade_no) {
                Ok(no) => map_cancel(self.client.cancel(&no).await),
                Err(e) => invalid(e, CancelAnswer::Retry),
            }
        })
    }

    fn refund<'a>(&'a self, order: &'a RefundOrder) -> GatewayFuture<'a, Answered<RefundAnswer>> {
        Box::pin(async move {
            let ids = trade_no(&order.out_trade_no)
                .and_then(|t| Ok((t, OutTradeNo::new(&order.out_request_no)?)));
            let (out_trade_no, out_request_no) = match ids {
                Ok(ids) => ids,
                Err(e) => {
                    return invalid(e.clone(), RefundAnswer::Declined { reason: e.to_string() });
                }
            };
            let req = RefundRequest {
                out_trade_no,
                out_request_no,
                amount: order.amount,
                reason: Some(order.reason.clone()).filter(|r| !r.is_empty()),
            };
            map_refund(self.client.refund(&req).await)
        })
    }

    fn bill(&self, date: time::Date) -> GatewayFuture<'_, Result<Vec<BillEntry>, BillUnavailable>> {
        Box::pin(async move {
            let url = self
                .client
                .bill_download_url(date)
                .await
                .map_err(|e| BillUnavailable(format!("bill download URL: {e}")))?;
            let bill = self
                .client
                .download_bill(&url)
                .await
                .map_err(|e| BillUnavailable(e.to_string()))?;
            Ok(bill
                .rows
                .into_iter()
                .map(|r| {
                    let (kind, amount) = match r.kind {
                        alipay::BillKind::Trade => (BillKind::Payment, r.order_amount),
                        alipay::BillKind::Refund => (
                            BillKind::Refund,
                            Money::new(r.order_amount.minor().abs(), r.order_amount.currency()),
                        ),
                    };
                    BillEntry {
                        out_trade_no: r.out_trade_no,
                        trade_no: r.trade_no,
                        kind,
                        amount,
                        out_request_no: Some(r.refund_request_no).filter(|s| !s.is_empty()),
                    }
                })
                .collect())
        })
    }
}
