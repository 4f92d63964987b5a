//! Values that must never reach a log line or a `Debug` dump: private keys,
//! payment auth codes, buyer ids, PINs, broker passwords.
//!
//! [`Secret<T>`] prints as `*** <type> ***` in both `Debug` and `Display`;
//! the value is reached only through an explicit [`Secret::expose`], which
//! makes every use greppable. Deserializing is transparent (config files and
//! requests carry the plain value); serializing is not implemented, so a secret
//! cannot leak into a JSON event or log by accident. Code that must put it on
//! the wire calls `expose()` where it builds the request.
//!
//! ```
//! use masking::Secret;
//!
//! let code = Secret::new(String::from("286412345678901234"));
//! assert_eq!(format!("{code:?}"), "*** alloc::string::String ***");
//! assert_eq!(code.expose(), "286412345678901234");
//! ```

use std::fmt;

use serde::{Deserialize, Deserializer};

/// A value hidden from `Debug`, `Display` and serialization.
#[derive(Clone, PartialEq, Eq, Hash, Default)]
pub struct Secret<T>(T);

impl<T> Secret<T> {
    /// Wraps a value.
    pub const fn new(value: T) -> Self {
        Secret(value)
    }

    /// The hidden value. Call it only where the value is really needed
    /// (signing, the request body, hashing a PIN).
    pub fn expose(&self) -> &T {
        &self.0
    }

    /// Unwraps the hidden value.
    pub fn into_inner(self) -> T {
        self.0
    }

    /// Applies `f` to the hidden value, keeping the result hidden.
    pub fn map<U>(self, f: impl FnOnce(T) -> U) -> Secret<U> {
        Secret(f(self.0))
    }
}

impl<T> From<T> for Secret<T> {
    fn from(value: T) -> Self {
        Secret(value)
    }
}

impl<T> fmt::Debug for Secret<T> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "*** {} ***", std::any::type_name::<T>())
    }
}

impl<T> fmt::Display for Secret<T> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        fmt::Debug::fmt(self, f)
    }
}

impl<'de, T: Deserialize<'de>> Deserialize<'de> for Secret<T> {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        T::deserialize(d).map(Secret)
    }
}

/// Shows only the last `visible` characters of an identifier, the rest as `*`:
/// `mask_tail("2088102146225135", 4) == "************5135"`. For buyer
/// accounts on receipts and trade numbers in customer-facing text.
pub fn mask_tail(text: &str, visible: usize) -> String {
    let count = text.chars().count();
    let hidden = count.saturating_sub(visible);
    text.chars().enumerate().map(|(i, c)| if i < hidden { '*' } else { c }).collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[derive(Debug, Deserialize)]
    struct Login {
        #[allow(dead_code)]
        user: String,
        password: Secret<String>,
    }

    #[test]
    fn debug_and_display_never_show_the_value() {
        let login: Login =
            serde_json::from_str(r#"{"user":"staff","password":"hunter2"}"#).unwrap();
        let dumped = format!("{login:?} {}", login.password);
        assert!(!dumped.contains("hunter2"), "{dumped}");
        assert!(dumped.contains("*** alloc::string::String ***"), "{dumped}");
        assert_eq!(login.password.expose(), "hunter2");
    }

    #[test]
    fn mask_tail_keeps_the_tail() {
        assert_eq!(mask_tail("2088102146225135", 4), "************5135");
        assert_eq!(mask_tail("abc", 4), "abc");
        assert_eq!(mask_tail("", 4), "");
        assert_eq!(mask_tail("张三丰", 1), "**丰");
    }
}
