//! Errors: [`AntomError`] tells the caller of an API what to do next.
//! [`AntomError::Unknown`] and [`AntomError::Unverifiable`] → inquire (or, for a
//! cancel, retry); [`AntomError::Failed`] → act on the result code
//! ([`ResultCode::advice`]); [`AntomError::InvalidRequest`] → nothing was sent.

use std::fmt;

use alipay::KeyError;

/// Why an answer could not be trusted. Never success.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[non_exhaustive]
pub enum VerifyError {
    /// No `signature` header (or an empty signature): an unsigned answer.
    #[error("the answer is not signed")]
    Unsigned,
    /// A header is missing (`client-id`, `response-time`).
    #[error("the answer has no {0} header")]
    MissingHeader(&'static str),
    /// The answer names another client.
    #[error("the answer is for client {found}, not {expected}")]
    WrongClient {
        /// Our client id.
        expected: String,
        /// The answer's.
        found: String,
    },
    /// The `signature` header cannot be read.
    #[error("{0}")]
    BadHeader(String),
    /// The signature does not verify with Antom's public key.
    #[error("the signature does not verify with the Antom public key")]
    BadSignature,
    /// The body is not the JSON the API answers with.
    #[error("malformed answer body: {0}")]
    Malformed(String),
}

/// Why the outcome of a call is unknown: Antom may or may not have acted on
/// it. The caller inquires (or, for cancel, retries).
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[non_exhaustive]
pub enum Unknown {
    /// `resultStatus` `U`.
    #[error("Antom answered U {code}: {message}")]
    Status {
        /// The result code (`UNKNOWN_EXCEPTION`, `PAYMENT_IN_PROCESS`…).
        code: ResultCode,
        /// `resultMessage`.
        message: String,
    },
    /// Connecting or reading timed out.
    #[error("timed out: {0}")]
    Timeout(String),
    /// The connection could not be made (nothing reached Antom).
    #[error("could not connect: {0}")]
    Connect(String),
    /// The connection broke after the request was (maybe) sent.
    #[error("transport error: {0}")]
    Transport(String),
    /// An HTTP status other than 200.
    #[error("Antom answered HTTP {0}")]
    HttpStatus(u16),
    /// A verified answer whose fields do not make sense.
    #[error("unexpected answer: {0}")]
    Unexpected(String),
}

/// What the caller should do after a failure (`resultStatus` `F`).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Advice {
    /// The payment code is invalid, expired or used: ask for a fresh one.
    FreshCode,
    /// The buyer's wallet refused (balance, limits, risk): another method.
    OtherMethod,
    /// The request or the merchant's setup is wrong (signature, client, key,
    /// parameters): a bug or a config error; alarm staff.
    Setup,
    /// A final answer about this payment (closed, not found, window passed…).
    Final,
}

macro_rules! result_codes {
    ($($variant:ident => $wire:literal, $advice:ident;)*) => {
        /// Antom's `resultCode`, the documented ones by name; anything else is
        /// kept as [`ResultCode::Other`] and its `resultStatus` decides.
        #[derive(Debug, Clone, PartialEq, Eq, Hash)]
        pub enum ResultCode {
            $(
                #[doc = $wire]
                $variant,
            )*
            /// A code this client does not know.
            Other(String),
        }

        impl ResultCode {
            /// The code of its wire text.
            pub fn from_wire(s: &str) -> ResultCode {
                match s {
                    $($wire => ResultCode::$variant,)*
                    other => ResultCode::Other(other.to_owned()),
                }
            }

            /// The wire text.
            pub fn as_str(&self) -> &str {
                match self {
                    $(ResultCode::$variant => $wire,)*
                    ResultCode::Other(s) => s,
                }
            }

            /// What to do when the call failed (`F`) with this code.
            pub fn advice(&self) -> Advice {
                match self {
                    $(ResultCode::$variant => Advice::$advice,)*
                    ResultCode::Other(_) => Advice::Final,
                }
            }
        }
    };
}

result_codes! {
    Success => "SUCCESS", Final;
    PaymentInProcess => "PAYMENT_IN_PROCESS", Final;
    UnknownException => "UNKNOWN_EXCEPTION", Final;
    RequestTrafficExceedLimit => "REQUEST_TRAFFIC_EXCEED_LIMIT", Final;
    SystemError => "SYSTEM_ERROR", Final;
    OrderNotExist => "ORDER_NOT_EXIST", Final;
    OrderIsClosed => "ORDER_IS_CLOSED", Final;
    OrderIsCanceled => "ORDER_IS_CANCELED", Final;
    OrderStatusInvalid => "ORDER_STATUS_INVALID", Final;
    ProcessFail => "PROCESS_FAIL", Final;
    CancelWindowExceed => "CANCEL_WINDOW_EXCEED", Final;
    RefundWindowExceed => "REFUND_WINDOW_EXCEED", Final;
    RefundAmountExceed => "REFUND_AMOUNT_EXCEED", Final;
    InvalidCode => "INVALID_CODE", FreshCode;
    InvalidPaymentCode => "INVALID_PAYMENT_CODE", FreshCode;
    ExpiredCode => "EXPIRED_CODE", FreshCode;
    UserBalanceNotEnough => "USER_BALANCE_NOT_ENOUGH", OtherMethod;
    UserAmountExceedLimit => "USER_AMOUNT_EXCEED_LIMIT", OtherMethod;
    PaymentAmountExceedLimit => "PAYMENT_AMOUNT_EXCEED_LIMIT", OtherMethod;
    PaymentCountExceedLimit => "PAYMENT_COUNT_EXCEED_LIMIT", OtherMethod;
    UserStatusAbnormal => "USER_STATUS_ABNORMAL", OtherMethod;
    UserNotExist => "USER_NOT_EXIST", OtherMethod;
    UserKycNotQualified => "USER_KYC_NOT_QUALIFIED", OtherMethod;
    UserPaymentVerificationFailed => "USER_PAYMENT_VERIFICATION_FAILED", OtherMethod;
    UnavailablePaymentMethod => "UNAVAILABLE_PAYMENT_METHOD", OtherMethod;
    PaymentNotQualified => "PAYMENT_NOT_QUALIFIED", OtherMethod;
    RegulationRestriction => "REGULATION_RESTRICTION", OtherMethod;
    RiskReject => "RISK_REJECT", OtherMethod;
    RepeatReqInconsistent => "REPEAT_REQ_INCONSISTENT", Setup;
    CurrencyNotSupport => "CURRENCY_NOT_SUPPORT", Setup;
    BusinessNotSupport => "BUSINESS_NOT_SUPPORT", Setup;
    ParamIllegal => "PARAM_ILLEGAL", Setup;
    InvalidSignature => "INVALID_SIGNATURE", Setup;
    KeyNotFound => "KEY_NOT_FOUND", Setup;
    ClientInvalid => "CLIENT_INVALID", Setup;
    InvalidClient => "INVALID_CLIENT", Setup;
    AccessDenied => "ACCESS_DENIED", Setup;
    InvalidClientStatus => "INVALID_CLIENT_STATUS", Setup;
    InvalidContract => "INVALID_CONTRACT", Setup;
    InvalidMerchantStatus => "INVALID_MERCHANT_STATUS", Setup;
    MerchantNotRegistered => "MERCHANT_NOT_REGISTERED", Setup;
    MerchantKybNotQualified => "MERCHANT_KYB_NOT_QUALIFIED", Setup;
    SettleContractNotMatch => "SETTLE_CONTRACT_NOT_MATCH", Setup;
    InvalidApi => "INVALID_API", Setup;
    NoInterfaceDef => "NO_INTERFACE_DEF", Setup;
    MethodNotSupported => "METHOD_NOT_SUPPORTED", Setup;
    MediaTypeNotAcceptable => "MEDIA_TYPE_NOT_ACCEPTABLE", Setup;
}

impl fmt::Display for ResultCode {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

/// A failed call (`resultStatus` `F`).
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("Antom answered F {code}: {message}")]
pub struct Failure {
    /// The result code.
    pub code: ResultCode,
    /// `resultMessage`.
    pub message: String,
}

/// What can go wrong building the client or calling an API. Not
/// `non_exhaustive`: gateways map every variant on purpose.
#[derive(Debug, thiserror::Error)]
pub enum AntomError {
    /// A key is unusable.
    #[error(transparent)]
    Key(KeyError),
    /// A setting the client cannot use.
    #[error("{key}: {reason}")]
    Config {
        /// The setting.
        key: &'static str,
        /// Why.
        reason: String,
    },
    /// The HTTP client could not be built.
    #[error("HTTP client: {0}")]
    Http(#[source] reqwest::Error),
    /// The request was not sent: a field is invalid.
    #[error("{field}: {reason}")]
    InvalidRequest {
        /// The field.
        field: &'static str,
        /// Why.
        reason: String,
    },
    /// The outcome is unknown: inquire (or retry a cancel).
    #[error(transparent)]
    Unknown(Unknown),
    /// The answer could not be trusted: treat it as no answer.
    #[error("unverifiable answer: {0}")]
    Unverifiable(#[source] VerifyError),
    /// Antom answered `F`.
    #[error(transparent)]
    Failed(Failure),
}

impl AntomError {
    /// Whether the outcome is unknown (U, no answer, an untrusted answer).
    pub fn is_unknown(&self) -> bool {
        matches!(self, AntomError::Unknown(_) | AntomError::Unverifiable(_))
    }
}
