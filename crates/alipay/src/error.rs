//! Errors: configuration and keys (fix the setup), verification (the answer
//! cannot be trusted), and [`CallError`], which tells the caller of an API
//! what to do next.

use std::fmt;

/// A key or certificate that cannot be used. Names the key and the reason.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("{which}: {reason}")]
pub struct KeyError {
    /// Which key (role and, when known, file).
    pub which: String,
    /// Why it was refused.
    pub reason: String,
}

/// The client cannot be built from this configuration.
#[derive(Debug, thiserror::Error)]
#[non_exhaustive]
pub enum ConfigError {
    /// A key or certificate is unreadable or of the wrong kind.
    #[error(transparent)]
    Key(#[from] KeyError),
    /// A setting has a value the client cannot use.
    #[error("{key}: {reason}")]
    Invalid {
        /// The setting.
        key: &'static str,
        /// Why.
        reason: String,
    },
    /// The HTTP client could not be built (TLS setup).
    #[error("HTTP client: {0}")]
    Http(#[source] reqwest::Error),
}

/// Why a gateway answer could not be trusted. Never success.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[non_exhaustive]
pub enum VerifyError {
    /// The body is not a JSON object of the expected shape.
    #[error("malformed gateway body: {0}")]
    Malformed(String),
    /// Neither `<method>_response` nor `error_response` is present.
    #[error("no {expected} or error_response node in the body")]
    NoNode {
        /// The node looked for.
        expected: String,
    },
    /// Only a node of another method is present (a correctly signed answer to
    /// a different request is still the wrong answer).
    #[error("expected {expected} but the body has {found}")]
    WrongNode {
        /// The node looked for.
        expected: String,
        /// The node found.
        found: String,
    },
    /// A root node (or `sign`) appears more than once, or several response
    /// nodes are present: refused, as the official SDKs do.
    #[error("the body has {name} more than once or next to another response node")]
    DuplicateNode {
        /// The repeated or conflicting key.
        name: String,
    },
    /// The body has no `sign`.
    #[error("the answer is not signed")]
    Unsigned,
    /// The signature does not verify with the Alipay key.
    #[error("the signature does not verify with the Alipay public key")]
    BadSignature,
    /// The answer names an Alipay certificate the client does not have.
    #[error("the answer is signed with Alipay certificate {sn}, which is not configured")]
    UnknownCertificate {
        /// `alipay_cert_sn` of the answer.
        sn: String,
    },
}

/// Why the outcome of a call is unknown: the gateway may or may not have acted
/// on it. The caller queries (or, for cancel, retries).
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[non_exhaustive]
pub enum Unknown {
    /// Code 20000: service unavailable.
    #[error("gateway answered 20000 service unavailable ({sub_code}: {sub_msg})")]
    ServiceUnavailable {
        /// `sub_code`, e.g. `isp.unknow-error`.
        sub_code: String,
        /// `sub_msg`.
        sub_msg: String,
    },
    /// Connecting timed out or reading the answer timed out.
    #[error("timed out: {0}")]
    Timeout(String),
    /// The TCP/TLS connection could not be made (nothing reached the gateway).
    #[error("could not connect: {0}")]
    Connect(String),
    /// The connection broke after the request was (maybe) sent.
    #[error("transport error: {0}")]
    Transport(String),
    /// The gateway answered an HTTP status other than 200.
    #[error("gateway answered HTTP {0}")]
    HttpStatus(u16),
    /// A verified node whose fields do not make sense.
    #[error("unexpected answer: {0}")]
    Unexpected(String),
}

/// What the caller should do after a [`BusinessFailure`].
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Advice {
    /// The payment code is invalid or expired: ask for a fresh one.
    FreshCode,
    /// The buyer cannot pay this way: offer another payment method.
    OtherMethod,
    /// The gateway had a system error: the trade may exist, query at once.
    QueryNow,
    /// The trade was already paid: confirm by query.
    ConfirmByQuery,
    /// Nothing to retry; the trade is in a final or unknown-to-Alipay state.
    Final,
}

/// Well-known `sub_code`s of code 40004.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub enum SubCode {
    /// `ACQ.PAYMENT_AUTH_CODE_INVALID`
    PaymentAuthCodeInvalid,
    /// `ACQ.BUYER_BALANCE_NOT_ENOUGH`
    BuyerBalanceNotEnough,
    /// `ACQ.PAYMENT_REQUEST_HAS_RISK`
    PaymentRequestHasRisk,
    /// `ACQ.PAYMENT_FAIL`
    PaymentFail,
    /// `ACQ.SYSTEM_ERROR`
    SystemError,
    /// `ACQ.TRADE_HAS_SUCCESS`
    TradeHasSuccess,
    /// `ACQ.TRADE_HAS_CLOSE`
    TradeHasClose,
    /// `ACQ.TRADE_NOT_EXIST`
    TradeNotExist,
    /// `ACQ.TRADE_STATUS_ERROR`
    TradeStatusError,
    /// `ACQ.REFUND_AMT_NOT_EQUAL_TOTAL`
    RefundAmountTooLarge,
    /// `ACQ.CONTEXT_INCONSISTENT`
    ContextInconsistent,
    /// `ACQ.TRADE_CANCEL_TIME_OUT`
    CancelTimeOut,
    /// Any other sub code, kept verbatim.
    Other(String),
}

impl SubCode {
    /// Maps a wire `sub_code`.
    pub fn from_wire(s: &str) -> SubCode {
        match s {
            "ACQ.PAYMENT_AUTH_CODE_INVALID" => SubCode::PaymentAuthCodeInvalid,
            "ACQ.BUYER_BALANCE_NOT_ENOUGH" => SubCode::BuyerBalanceNotEnough,
            "ACQ.PAYMENT_REQUEST_HAS_RISK" => SubCode::PaymentRequestHasRisk,
            "ACQ.PAYMENT_FAIL" => SubCode::PaymentFail,
            "ACQ.SYSTEM_ERROR" => SubCode::SystemError,
            "ACQ.TRADE_HAS_SUCCESS" => SubCode::TradeHasSuccess,
            "ACQ.TRADE_HAS_CLOSE" => SubCode::TradeHasClose,
            "ACQ.TRADE_NOT_EXIST" => SubCode::TradeNotExist,
            "ACQ.TRADE_STATUS_ERROR" => SubCode::TradeStatusError,
            "ACQ.REFUND_AMT_NOT_EQUAL_TOTAL" => SubCode::RefundAmountTooLarge,
            "ACQ.CONTEXT_INCONSISTENT" => SubCode::ContextInconsistent,
            "ACQ.TRADE_CANCEL_TIME_OUT" => SubCode::CancelTimeOut,
            other => SubCode::Other(other.to_owned()),
        }
    }

    /// The wire form.
    pub fn as_str(&self) -> &str {
        match self {
            SubCode::PaymentAuthCodeInvalid => "ACQ.PAYMENT_AUTH_CODE_INVALID",
            SubCode::BuyerBalanceNotEnough => "ACQ.BUYER_BALANCE_NOT_ENOUGH",
            SubCode::PaymentRequestHasRisk => "ACQ.PAYMENT_REQUEST_HAS_RISK",
            SubCode::PaymentFail => "ACQ.PAYMENT_FAIL",
            SubCode::SystemError => "ACQ.SYSTEM_ERROR",
            SubCode::TradeHasSuccess => "ACQ.TRADE_HAS_SUCCESS",
            SubCode::TradeHasClose => "ACQ.TRADE_HAS_CLOSE",
            SubCode::TradeNotExist => "ACQ.TRADE_NOT_EXIST",
            SubCode::TradeStatusError => "ACQ.TRADE_STATUS_ERROR",
            SubCode::RefundAmountTooLarge => "ACQ.REFUND_AMT_NOT_EQUAL_TOTAL",
            SubCode::ContextInconsistent => "ACQ.CONTEXT_INCONSISTENT",
            SubCode::CancelTimeOut => "ACQ.TRADE_CANCEL_TIME_OUT",
            SubCode::Other(s) => s,
        }
    }
}

impl fmt::Display for SubCode {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

/// A verified 40004 answer: the gateway refused the business operation.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct BusinessFailure {
    /// `sub_code`.
    pub sub_code: SubCode,
    /// `sub_msg` (Alipay's text, for logs and staff).
    pub sub_msg: String,
    /// `retry_flag` of a cancel answer: `Some(true)` means call cancel again.
    pub retry: Option<bool>,
}

impl BusinessFailure {
    /// What to do about it (DESIGN.md §3).
    pub fn advice(&self) -> Advice {
        match &self.sub_code {
            SubCode::PaymentAuthCodeInvalid => Advice::FreshCode,
            SubCode::BuyerBalanceNotEnough
            | SubCode::PaymentRequestHasRisk
            | SubCode::PaymentFail => Advice::OtherMethod,
            SubCode::SystemError => Advice::QueryNow,
            SubCode::TradeHasSuccess => Advice::ConfirmByQuery,
            SubCode::TradeHasClose
            | SubCode::TradeNotExist
            | SubCode::TradeStatusError
            | SubCode::RefundAmountTooLarge
            | SubCode::ContextInconsistent
            | SubCode::CancelTimeOut
            | SubCode::Other(_) => Advice::Final,
        }
    }
}

/// A verified 40001/40002/40006 (or other non-business) answer: the request
/// itself is wrong. A bug or a configuration error: alarm staff.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Rejection {
    /// `code`, e.g. `40002`.
    pub code: String,
    /// `msg`.
    pub msg: String,
    /// `sub_code`, e.g. `isv.invalid-signature`.
    pub sub_code: String,
    /// `sub_msg`.
    pub sub_msg: String,
}

/// Why an API call did not succeed, and so what the caller must do.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum CallError {
    /// Refused locally before anything was sent (a bad amount or identifier).
    #[error("invalid request, nothing sent: {field}: {reason}")]
    InvalidRequest {
        /// The field.
        field: &'static str,
        /// Why.
        reason: String,
    },
    /// The outcome is unknown: query the trade.
    #[error("outcome unknown: {0}")]
    Unknown(Unknown),
    /// An answer came but cannot be trusted (unsigned, badly signed, wrong or
    /// duplicated node). Treated as no answer: query; never success.
    #[error("unverifiable answer: {0}")]
    Unverifiable(VerifyError),
    /// Code 40004 with its `sub_code`.
    #[error("business failure {}: {}", .0.sub_code, .0.sub_msg)]
    Business(BusinessFailure),
    /// Code 40001/40002/40006…: the request or the configuration is wrong.
    #[error("request rejected {}: {} ({}: {})", .0.code, .0.msg, .0.sub_code, .0.sub_msg)]
    Rejected(Rejection),
}

impl CallError {
    /// True when the gateway may have acted: the trade state must be queried.
    pub fn is_unknown(&self) -> bool {
        matches!(self, CallError::Unknown(_) | CallError::Unverifiable(_))
    }

    /// The business failure, when this is one.
    pub fn business(&self) -> Option<&BusinessFailure> {
        match self {
            CallError::Business(b) => Some(b),
            _ => None,
        }
    }
}

/// Why a bill could not be downloaded or read.
#[derive(Debug, thiserror::Error)]
#[non_exhaustive]
pub enum BillError {
    /// Downloading failed.
    #[error("bill download: {0}")]
    Download(String),
    /// The zip archive is unreadable or holds no detail CSV.
    #[error("bill archive: {0}")]
    Archive(String),
    /// The CSV does not have Alipay's layout.
    #[error("bill CSV line {line}: {reason}")]
    Csv {
        /// 1-based line number.
        line: usize,
        /// Why.
        reason: String,
    },
}
