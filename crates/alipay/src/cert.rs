//! Public-key-certificate mode (公钥证书模式).
//!
//! A certificate's SN, as the SDKs compute it (Java
//! `AntCertificationUtil.getCertSN`, PHP `AopCertClient::getCertSN`):
//! `md5(issuer DN + decimal serial)` in lower-case hex, where the issuer DN is
//! in RFC 2253 form, most specific first, `,` between attributes
//! (`CN=…,OU=…,O=…,C=CN`: Java's `X500Principal.getName()`, PHP's
//! `array_reverse($ssl['issuer'])` joined with `,`). The root SN
//! (`alipay_root_cert_sn`) covers only the RSA-signed certificates of the
//! root chain file (signature OID under 1.2.840.113549.1.1, as Java's
//! `getRootCertSN` checks; the chain also holds an SM2/ECC root that is
//! skipped), their SNs joined with `_` in file order.

use md5::{Digest, Md5};
use x509_cert::Certificate;
use x509_cert::der::{Decode, DecodePem, Encode};

use crate::error::KeyError;
use crate::keys::PublicKey;

const RSA_SIGNATURE_ARC: &str = "1.2.840.113549.1.1.";

fn key_error(which: &str, reason: impl Into<String>) -> KeyError {
    KeyError { which: which.to_owned(), reason: reason.into() }
}

/// Big-endian unsigned bytes as a decimal string (Java `BigInteger.toString()`).
fn decimal(bytes: &[u8]) -> String {
    let mut digits: Vec<u8> = Vec::new(); // little-endian base-10 digits
    for &byte in bytes {
        let mut carry = u32::from(byte);
        for d in digits.iter_mut() {
            let v = u32::from(*d) * 256 + carry;
            *d = (v % 10) as u8;
            carry = v / 10;
        }
        while carry > 0 {
            digits.push((carry % 10) as u8);
            carry /= 10;
        }
    }
    if digits.is_empty() {
        return "0".into();
    }
    digits.iter().rev().map(|d| char::from(b'0' + d)).collect()
}

fn parse_one(which: &str, text: &[u8]) -> Result<Certificate, KeyError> {
    let trimmed = String::from_utf8_lossy(text);
    if trimmed.trim_start().starts_with("-----BEGIN") {
        Certificate::from_pem(trimmed.trim().as_bytes())
            .map_err(|e| key_error(which, format!("not a PEM X.509 certificate: {e}")))
    } else {
        Certificate::from_der(text)
            .map_err(|e| key_error(which, format!("not a DER X.509 certificate: {e}")))
    }
}

fn sn_of(cert: &Certificate) -> String {
    let issuer = cert.tbs_certificate.issuer.to_string();
    let serial = decimal(cert.tbs_certificate.serial_number.as_bytes());
    hex::encode(Md5::digest(format!("{issuer}{serial}").as_bytes()))
}

/// The SN of one certificate (PEM or DER): `app_cert_sn`, or the SN an answer
/// names in `alipay_cert_sn`.
pub fn cert_sn(which: &str, cert: &[u8]) -> Result<String, KeyError> {
    Ok(sn_of(&parse_one(which, cert)?))
}

/// `alipay_root_cert_sn` of a PEM root chain file.
pub fn root_cert_sn(which: &str, chain_pem: &[u8]) -> Result<String, KeyError> {
    let certs = Certificate::load_pem_chain(chain_pem)
        .map_err(|e| key_error(which, format!("not a PEM certificate chain: {e}")))?;
    let sns: Vec<String> = certs
        .iter()
        .filter(|c| c.signature_algorithm.oid.to_string().starts_with(RSA_SIGNATURE_ARC))
        .map(sn_of)
        .collect();
    if sns.is_empty() {
        return Err(key_error(which, "the chain holds no RSA-signed certificate"));
    }
    Ok(sns.join("_"))
}

/// An Alipay public-key certificate: its SN and its RSA key.
#[derive(Debug, Clone)]
pub struct AlipayCertificate {
    /// SN, matched against an answer's `alipay_cert_sn`.
    pub sn: String,
    /// The key inside.
    pub key: PublicKey,
}

impl AlipayCertificate {
    /// Reads an Alipay public-key certificate (PEM or DER).
    pub fn parse(which: &str, cert: &[u8]) -> Result<Self, KeyError> {
        let c = parse_one(which, cert)?;
        let der = c
            .tbs_certificate
            .subject_public_key_info
            .to_der()
            .map_err(|e| key_error(which, format!("unreadable public key: {e}")))?;
        Ok(AlipayCertificate { sn: sn_of(&c), key: PublicKey::from_spki_der(which, &der)? })
    }
}

/// Everything certificate mode needs: the two SNs sent with each request and
/// the Alipay certificates answers may be signed with (several during a
/// rotation; the first is used when an answer names none).
#[derive(Debug, Clone)]
pub struct CertificateSet {
    /// `app_cert_sn`.
    pub app_cert_sn: String,
    /// `alipay_root_cert_sn`.
    pub alipay_root_cert_sn: String,
    /// Alipay certificates, first is the default.
    pub alipay_certs: Vec<AlipayCertificate>,
}

impl CertificateSet {
    /// Builds the set from the app certificate, the Alipay certificate(s) and
    /// the Alipay root chain.
    pub fn from_pem(
        app_cert: &[u8],
        alipay_certs: &[&[u8]],
        root_chain: &[u8],
    ) -> Result<Self, KeyError> {
        let alipay_certs = alipay_certs
            .iter()
            .map(|c| AlipayCertificate::parse("Alipay public-key certificate", c))
            .collect::<Result<Vec<_>, _>>()?;
        if alipay_certs.is_empty() {
            return Err(key_error("Alipay public-key certificate", "at least one is needed"));
        }
        Ok(CertificateSet {
            app_cert_sn: cert_sn("app public-key certificate", app_cert)?,
            alipay_root_cert_sn: root_cert_sn("Alipay root certificate", root_chain)?,
            alipay_certs,
        })
    }

    /// The key for an answer's `alipay_cert_sn` (the default when absent).
    pub fn key_for(&self, sn: Option<&str>) -> Option<&PublicKey> {
        match sn {
            None => self.alipay_certs.first().map(|c| &c.key),
            Some(sn) => self.alipay_certs.iter().find(|c| c.sn == sn).map(|c| &c.key),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::decimal;

    #[test]
    fn serials_print_in_decimal_like_biginteger() {
        assert_eq!(decimal(&[]), "0");
        assert_eq!(decimal(&[0]), "0");
        assert_eq!(decimal(&[0x00, 0xff]), "255");
        assert_eq!(decimal(&[0x01, 0x00, 0x00, 0x00, 0x00]), "4294967296");
        assert_eq!(
            decimal(&[0xc1, 0xa2, 0xb3, 0xc4, 0xd5, 0xe6, 0xf7, 0x08]),
            "13952912253530863368"
        );
    }
}
