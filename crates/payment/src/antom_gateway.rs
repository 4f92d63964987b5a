//! [`Gateway`] over the Antom (Alipay+) client: user-presented mode for
//! stores outside mainland China (DESIGN.md §3, last point).
//!
//! Antom's guidance, and how it lands on the payment machine:
//! - `S` → paid; `U PAYMENT_IN_PROCESS` → waiting (inquire); any other `U`,
//!   no answer within 5 s ([`antom::PAY_ANSWER_WITHIN`]) or an unverifiable
//!   one → unknown (inquire every `payment.query_interval_secs`, ~3 s).
//! - `F` → declined by [`antom::ResultCode::advice`]: a fresh code, another
//!   method, or a setup problem staff must fix.
//! - Cancel at the kiosk's deadline; `U` or no answer → retry. Antom's cancel
//!   answer does not say whether money moved, so a successful cancel is
//!   followed by an inquiry: a payment that had been paid was refunded.
//! - `CANCEL_WINDOW_EXCEED` → the refund fallback: refund the paid amount in
//!   full under a fixed `refundRequestId` (so retries never refund twice).
//!
//! Every mapping below is an exhaustive match on the client's types.

use std::sync::Arc;

use alipay::{PrivateKey, PublicKey};
use antom::{
    Advice, AntomClient, AntomConfig, AntomError, MerchantInfo, PayOutcome, PayRequest,
    PaymentState, PaymentStatus, RequestId, ResultCode,
};
use masking::Secret;

use crate::error::PaymentError;
use crate::gateway::{
    Answered, BillEntry, BillUnavailable, Gateway, GatewayFuture, PayOrder, RefundAnswer,
    RefundOrder,
};
use crate::machine::{CancelAction, CancelAnswer, DeclineReason, Paid, PayAnswer, QueryAnswer};

/// The Antom gateway.
#[derive(Debug, Clone)]
pub struct AntomGateway {
    client: Arc<AntomClient>,
}

/// The `refundRequestId` of the refund that stands in for a cancel whose
/// window has passed: fixed per trade, so a retried fallback is idempotent.
pub fn cancel_refund_id(out_trade_no: &str) -> String {
    format!("{out_trade_no}_cxl")
}

impl AntomGateway {
    /// Wraps a client.
    pub fn new(client: AntomClient) -> Self {
        AntomGateway { client: Arc::new(client) }
    }

    /// Builds the client from the kiosk's `[gateway]` settings (`kind =
    /// "antom"`); key files are read here and errors name the key.
    pub fn from_config(config: &settings::KioskConfig) -> Result<Self, PaymentError> {
        let g = &config.gateway;
        let Some(a) = &g.antom else {
            return Err(PaymentError::Config {
                key: "gateway.kind",
                reason: "the Antom settings (gateway.client_id…) are missing".into(),
            });
        };
        let read = |key: &'static str, path: &std::path::Path| {
            std::fs::read_to_string(path).map_err(|e| PaymentError::Config {
                key,
                reason: format!("{}: {e}", path.display()),
            })
        };
        let private_key = PrivateKey::parse(
            &format!("merchant private key ({})", g.private_key_file.display()),
            &read("gateway.private_key_file", &g.private_key_file)?,
        )
        .map_err(|e| PaymentError::Config {
            key: "gateway.private_key_file",
            reason: e.to_string(),
        })?;
        let antom_key = PublicKey::parse(
            &format!("Antom public key ({})", g.alipay_public_key_file.display()),
            &read("gateway.alipay_public_key_file", &g.alipay_public_key_file)?,
        )
        .map_err(|e| PaymentError::Config {
            key: "gateway.alipay_public_key_file",
            reason: e.to_string(),
        })?;
        let mut c = AntomConfig::new(
            &g.url,
            &a.client_id,
            private_key,
            antom_key,
            MerchantInfo {
                reference_merchant_id: a.reference_merchant_id.clone(),
                name: a.merchant_name.clone(),
                mcc: a.merchant_mcc.clone(),
                store_name: config.store.name.clone(),
            },
        );
        c.key_version = a.key_version;
        c.notify_url.clone_from(&a.notify_url);
        c.connect_timeout = g.connect_timeout;
        c.read_timeout = g.read_timeout;
        c.pay_timeout = antom::PAY_ANSWER_WITHIN.min(g.read_timeout);
        let client = AntomClient::new(c)
            .map_err(|e| PaymentError::Config { key: "gateway", reason: e.to_string() })?;
        Ok(AntomGateway::new(client))
    }
}

/// Why a payment failed, for the customer, from an `F` result code.
fn decline_reason(code: &ResultCode) -> PayAnswer {
    use ResultCode as C;
    match code {
        C::InvalidCode | C::InvalidPaymentCode | C::ExpiredCode => {
            PayAnswer::Declined(DeclineReason::CodeInvalid)
        }
        C::UserBalanceNotEnough => PayAnswer::Declined(DeclineReason::InsufficientBalance),
        C::RiskReject => PayAnswer::Declined(DeclineReason::RiskRejected),
        C::OrderIsClosed | C::OrderIsCanceled => PayAnswer::Declined(DeclineReason::TradeClosed),
        C::UserAmountExceedLimit
        | C::PaymentAmountExceedLimit
        | C::PaymentCountExceedLimit
        | C::UserStatusAbnormal
        | C::UserNotExist
        | C::UserKycNotQualified
        | C::UserPaymentVerificationFailed
        | C::UnavailablePaymentMethod
        | C::PaymentNotQualified
        | C::RegulationRestriction
        | C::ProcessFail
        | C::OrderNotExist
        | C::OrderStatusInvalid
        | C::CancelWindowExceed
        | C::RefundWindowExceed
        | C::RefundAmountExceed
        | C::Other(_) => PayAnswer::Declined(DeclineReason::PaymentFailed),
        // An F with a code that means "in process" or "retry" is not a
        // decline anyone can trust: find out by inquiry.
        C::Success
        | C::PaymentInProcess
        | C::UnknownException
        | C::RequestTrafficExceedLimit
        | C::SystemError => PayAnswer::Unknown,
        // The request or the merchant's setup is wrong: staff must fix it.
        C::RepeatReqInconsistent
        | C::CurrencyNotSupport
        | C::BusinessNotSupport
        | C::ParamIllegal
        | C::InvalidSignature
        | C::KeyNotFound
        | C::ClientInvalid
        | C::InvalidClient
        | C::AccessDenied
        | C::InvalidClientStatus
        | C::InvalidContract
        | C::InvalidMerchantStatus
        | C::MerchantNotRegistered
        | C::MerchantKybNotQualified
        | C::SettleContractNotMatch
        | C::InvalidApi
        | C::NoInterfaceDef
        | C::MethodNotSupported
        | C::MediaTypeNotAcceptable => PayAnswer::Rejected,
    }
}

fn paid_of(
    payment_id: String,
    wallet: Option<antom::WalletInfo>,
    buyer: Option<Secret<String>>,
) -> Paid {
    Paid {
        trade_no: payment_id,
        buyer_masked: buyer.map(Secret::into_inner),
        wallet: wallet.map(|w| w.display_name),
    }
}

fn map_pay(r: Result<PayOutcome, AntomError>) -> Answered<PayAnswer> {
    match r {
        Ok(PayOutcome::Paid(p)) => {
            let detail = format!(
                "S SUCCESS paymentId={} amount={} wallet={}",
                p.payment_id,
                p.amount,
                p.wallet.as_ref().map(|w| w.psp_name.as_str()).unwrap_or("-")
            );
            Answered::new(PayAnswer::Paid(paid_of(p.payment_id, p.wallet, p.buyer)), detail)
        }
        Ok(PayOutcome::InProcess { payment_id }) => Answered::new(
            PayAnswer::Waiting,
            format!("U PAYMENT_IN_PROCESS paymentId={}", payment_id.unwrap_or_default()),
        ),
        Err(e) => {
            let answer = match &e {
                AntomError::Unknown(_) | AntomError::Unverifiable(_) => PayAnswer::Unknown,
                AntomError::Failed(f) => match f.code.advice() {
                    Advice::FreshCode | Advice::OtherMethod | Advice::Final => {
                        decline_reason(&f.code)
                    }
                    Advice::Setup => PayAnswer::Rejected,
                },
                AntomError::InvalidRequest { .. }
                | AntomError::Key(_)
                | AntomError::Config { .. }
                | AntomError::Http(_) => PayAnswer::Rejected,
            };
            Answered::new(answer, e.to_string())
        }
    }
}

fn state_detail(s: &PaymentState) -> String {
    format!(
        "S inquiry paymentStatus={:?} paymentId={} resultCode={}",
        s.status,
        s.payment_id.as_deref().unwrap_or_default(),
        s.result_code.as_ref().map(ResultCode::as_str).unwrap_or("-")
    )
}

fn map_query(r: Result<PaymentState, AntomError>) -> Answered<QueryAnswer> {
    match r {
        Ok(s) => {
            let detail = state_detail(&s);
            let answer = match s.status {
                PaymentStatus::Success => match s.payment_id {
                    Some(id) => QueryAnswer::Paid(paid_of(id, s.wallet, s.buyer)),
                    // Paid without a payment id is not an answer to trust.
                    None => QueryAnswer::Unknown,
                },
                // PENDING: the buyer paid, the final result is not in yet.
                PaymentStatus::Processing | PaymentStatus::Pending => QueryAnswer::NotPaid,
                PaymentStatus::Fail | PaymentStatus::Cancelled => QueryAnswer::Closed,
            };
            Answered::new(answer, detail)
        }
        Err(e) => {
            let answer = match &e {
                // Normal early on: the pay request has not landed yet.
                AntomError::Failed(f) if f.code == ResultCode::OrderNotExist => {
                    QueryAnswer::NotPaid
                }
                AntomError::Failed(_)
                | AntomError::Unknown(_)
                | AntomError::Unverifiable(_)
                | AntomError::InvalidRequest { .. }
                | AntomError::Key(_)
                | AntomError::Config { .. }
                | AntomError::Http(_) => QueryAnswer::Unknown,
            };
            Answered::new(answer, e.to_string())
        }
    }
}

fn map_refund(r: Result<antom::Refund, AntomError>) -> Answered<RefundAnswer> {
    match r {
        Ok(f) => Answered::new(
            RefundAnswer::Refunded,
            format!(
                "S SUCCESS refundId={} amount={}",
                f.refund_id.unwrap_or_default(),
                f.amount.map(|m| m.to_string()).unwrap_or_default()
            ),
        ),
        Err(e) => {
            let answer = match &e {
                AntomError::Unknown(_) | AntomError::Unverifiable(_) => RefundAnswer::Unknown,
                AntomError::Failed(_)
                | AntomError::InvalidRequest { .. }
                | AntomError::Key(_)
                | AntomError::Config { .. }
                | AntomError::Http(_) => RefundAnswer::Declined { reason: e.to_string() },
            };
            Answered::new(answer, e.to_string())
        }
    }
}

fn request_id(s: &str) -> Result<RequestId, AntomError> {
    RequestId::new(s)
}

impl AntomGateway {
    /// The refund that stands in for a cancel once the cancel window has
    /// passed: nothing to do for an unpaid payment, a full refund for a paid
    /// one.
    async fn cancel_by_refund(&self, id: &RequestId) -> Answered<CancelAnswer> {
        let state = match self.client.inquire(id).await {
            Ok(s) => s,
            Err(e) => {
                return Answered::new(
                    CancelAnswer::Retry,
                    format!("F CANCEL_WINDOW_EXCEED; inquiry before the refund: {e}"),
                );
            }
        };
        let (payment_id, amount) = match (state.status, state.payment_id, state.amount) {
            (PaymentStatus::Success | PaymentStatus::Pending, Some(pid), Some(amount)) => {
                (pid, amount)
            }
            (PaymentStatus::Fail | PaymentStatus::Cancelled, _, _) => {
                return Answered::new(
                    CancelAnswer::Done(CancelAction::Closed),
                    "F CANCEL_WINDOW_EXCEED; the payment was never paid",
                );
            }
            (PaymentStatus::Success | PaymentStatus::Pending | PaymentStatus::Processing, _, _) => {
                return Answered::new(
                    CancelAnswer::Retry,
                    "F CANCEL_WINDOW_EXCEED; the payment is not settled yet",
                );
            }
        };
        let refund_id = match request_id(&cancel_refund_id(id.as_str())) {
            Ok(r) => r,
            Err(e) => return Answered::new(CancelAnswer::Retry, e.to_string()),
        };
        let req = antom::RefundRequest {
            refund_request_id: refund_id,
            payment_id,
            amount,
            reason: Some("checkout cancelled".into()),
        };
        match self.client.refund(&req).await {
            Ok(_) => Answered::new(
                CancelAnswer::Done(CancelAction::Refunded),
                format!("F CANCEL_WINDOW_EXCEED; refunded {amount} in full instead"),
            ),
            Err(e) => Answered::new(
                CancelAnswer::Retry,
                format!("F CANCEL_WINDOW_EXCEED; the refund fallback: {e}"),
            ),
        }
    }
}

impl Gateway for AntomGateway {
    fn name(&self) -> &'static str {
        "antom"
    }

    fn pay<'a>(&'a self, order: &'a PayOrder) -> GatewayFuture<'a, Answered<PayAnswer>> {
        Box::pin(async move {
            let id = match request_id(&order.out_trade_no) {
                Ok(id) => id,
                Err(e) => return Answered::new(PayAnswer::Rejected, e.to_string()),
            };
            let req = PayRequest {
                payment_request_id: id,
                code: order.auth_code.clone(),
                amount: order.amount,
                description: order.subject.clone(),
                store_id: order.store_id.clone(),
                terminal_id: order.terminal_id.clone(),
                goods: order
                    .lines
                    .iter()
                    .map(|l| antom::GoodsLine {
                        id: l.item_id.clone(),
                        name: l.name.clone(),
                        quantity: l.quantity,
                        unit: money::Money::new(l.unit_minor, order.amount.currency()),
                    })
                    .collect(),
                expires_at: None,
            };
            map_pay(self.client.pay(&req).await)
        })
    }

    fn query<'a>(&'a self, out_trade_no: &'a str) -> GatewayFuture<'a, Answered<QueryAnswer>> {
        Box::pin(async move {
            match request_id(out_trade_no) {
                Ok(id) => map_query(self.client.inquire(&id).await),
                Err(e) => Answered::new(QueryAnswer::Unknown, e.to_string()),
            }
        })
    }

    fn cancel<'a>(&'a self, out_trade_no: &'a str) -> GatewayFuture<'a, Answered<CancelAnswer>> {
        Box::pin(async move {
            let id = match request_id(out_trade_no) {
                Ok(id) => id,
                Err(e) => return Answered::new(CancelAnswer::Retry, e.to_string()),
            };
            match self.client.cancel(&id).await {
                Ok(c) => {
                    // Did money move? The cancel answer does not say; the
                    // inquiry does: a paid payment that is now cancelled was
                    // refunded.
                    let detail = format!(
                        "S cancelled paymentId={} at {}",
                        c.payment_id.as_deref().unwrap_or("-"),
                        c.cancel_time.as_deref().unwrap_or("-")
                    );
                    match self.client.inquire(&id).await {
                        Ok(s) => {
                            let action = if s.paid_at.is_some() {
                                CancelAction::Refunded
                            } else {
                                CancelAction::Closed
                            };
                            Answered::new(
                                CancelAnswer::Done(action),
                                format!("{detail}; {}", state_detail(&s)),
                            )
                        }
                        // The cancel never reached a payment: nothing was charged.
                        Err(AntomError::Failed(f)) if f.code == ResultCode::OrderNotExist => {
                            Answered::new(
                                CancelAnswer::Done(CancelAction::Closed),
                                format!("{detail}; no payment exists"),
                            )
                        }
                        Err(e) => Answered::new(
                            CancelAnswer::Retry,
                            format!("{detail}; the inquiry after it: {e}"),
                        ),
                    }
                }
                Err(AntomError::Failed(f)) if f.code == ResultCode::CancelWindowExceed => {
                    self.cancel_by_refund(&id).await
                }
                // U, no answer, an untrusted answer, or any other F: retry
                // (Antom: "U → retry cancel with identical parameters"); the
                // background resolver keeps trying until staff are flagged.
                Err(e) => Answered::new(CancelAnswer::Retry, e.to_string()),
            }
        })
    }

    fn refund<'a>(&'a self, order: &'a RefundOrder) -> GatewayFuture<'a, Answered<RefundAnswer>> {
        Box::pin(async move {
            let ids = request_id(&order.out_trade_no)
                .and_then(|t| Ok((t, request_id(&order.out_request_no)?)));
            let (id, refund_id) = match ids {
                Ok(ids) => ids,
                Err(e) => {
                    return Answered::new(
                        RefundAnswer::Declined { reason: e.to_string() },
                        e.to_string(),
                    );
                }
            };
            // Antom refunds by its payment id: look it up first.
            let payment_id = match self.client.inquire(&id).await {
                Ok(PaymentState { payment_id: Some(pid), .. }) => pid,
                Ok(s) => {
                    let why = format!("no payment id to refund ({})", state_detail(&s));
                    return Answered::new(RefundAnswer::Declined { reason: why.clone() }, why);
                }
                Err(e) => {
                    let answer = match &e {
                        AntomError::Failed(_) => RefundAnswer::Declined { reason: e.to_string() },
                        AntomError::Unknown(_)
                        | AntomError::Unverifiable(_)
                        | AntomError::InvalidRequest { .. }
                        | AntomError::Key(_)
                        | AntomError::Config { .. }
                        | AntomError::Http(_) => RefundAnswer::Unknown,
                    };
                    return Answered::new(answer, format!("inquiry before the refund: {e}"));
                }
            };
            let req = antom::RefundRequest {
                refund_request_id: refund_id,
                payment_id,
                amount: order.amount,
                reason: Some(order.reason.clone()).filter(|r| !r.is_empty()),
            };
            map_refund(self.client.refund(&req).await)
        })
    }

    fn bill(&self, date: time::Date) -> GatewayFuture<'_, Result<Vec<BillEntry>, BillUnavailable>> {
        Box::pin(async move {
            Err(BillUnavailable(format!(
                "Antom has no bill API for {date}: its settlement reports arrive by SFTP; \
                 reconcile against the report in the Antom Dashboard"
            )))
        })
    }
}
