//! Broker connection settings and rumqttc options (plain TCP or TLS with
//! rustls on the pure-Rust `ring` provider).

use std::path::PathBuf;
use std::sync::Arc;
use std::time::Duration;

use masking::Secret;
use rumqttc::{MqttOptions, TlsConfiguration, Transport};
use rustls::pki_types::pem::PemObject as _;
use rustls::pki_types::{CertificateDer, PrivateKeyDer};
use settings::{BrokerScheme, BrokerUrl, FleetConfig};

use crate::Error;
use crate::bundle::MAX_BUNDLE_BYTES;

/// Largest MQTT packet accepted or sent: room for an oversized bundle to
/// arrive and be rejected with a reason instead of breaking the connection.
pub const MAX_PACKET_BYTES: usize = 4 * MAX_BUNDLE_BYTES;

/// How to reach and log in to the broker.
#[derive(Debug, Clone)]
pub struct BrokerConfig {
    /// Address and scheme.
    pub url: BrokerUrl,
    /// CA certificates (PEM) for `mqtts://`; `None`: the Mozilla roots.
    pub tls_ca_file: Option<PathBuf>,
    /// Client certificate and key (PEM).
    pub tls_client_auth: Option<(PathBuf, PathBuf)>,
    /// User name.
    pub username: Option<String>,
    /// Password.
    pub password: Option<Secret<String>>,
}

impl BrokerConfig {
    /// Anonymous, without client certificates (HQ tools, tests).
    pub fn anonymous(url: BrokerUrl) -> BrokerConfig {
        BrokerConfig {
            url,
            tls_ca_file: None,
            tls_client_auth: None,
            username: None,
            password: None,
        }
    }

    /// From the kiosk's validated `[fleet]` section.
    pub fn from_fleet(f: &FleetConfig) -> BrokerConfig {
        BrokerConfig {
            url: f.broker.clone(),
            tls_ca_file: f.tls_ca_file.clone(),
            tls_client_auth: f.tls_client_auth.clone(),
            username: f.username.clone(),
            password: f.password.clone(),
        }
    }

    /// rumqttc options for a client with this id.
    pub fn options(&self, client_id: &str, keep_alive: Duration) -> Result<MqttOptions, Error> {
        let mut o = MqttOptions::new(client_id, self.url.host.clone(), self.url.port);
        o.set_keep_alive(keep_alive);
        o.set_clean_session(true);
        o.set_max_packet_size(MAX_PACKET_BYTES, MAX_PACKET_BYTES);
        if let Some(user) = &self.username {
            let password = self.password.as_ref().map(|p| p.expose().clone()).unwrap_or_default();
            o.set_credentials(user.clone(), password);
        }
        if self.url.scheme == BrokerScheme::Tls {
            o.set_transport(Transport::tls_with_config(TlsConfiguration::Rustls(Arc::new(
                self.tls_config()?,
            ))));
        }
        Ok(o)
    }

    fn tls_config(&self) -> Result<rustls::ClientConfig, Error> {
        let tls = |what: &str, e: &dyn std::fmt::Display| Error::Tls(format!("{what}: {e}"));
        let mut roots = rustls::RootCertStore::empty();
        match &self.tls_ca_file {
            Some(ca) => {
                for cert in CertificateDer::pem_file_iter(ca)
                    .map_err(|e| tls(&ca.display().to_string(), &e))?
                {
                    let cert = cert.map_err(|e| tls(&ca.display().to_string(), &e))?;
                    roots.add(cert).map_err(|e| tls(&ca.display().to_string(), &e))?;
                }
            }
            None => roots.extend(webpki_roots::TLS_SERVER_ROOTS.iter().cloned()),
        }
        let provider = Arc::new(rustls::crypto::ring::default_provider());
        let builder = rustls::ClientConfig::builder_with_provider(provider)
            .with_safe_default_protocol_versions()
            .map_err(|e| tls("protocol versions", &e))?
            .with_root_certificates(roots);
        match &self.tls_client_auth {
            Some((cert, key)) => {
                let certs = CertificateDer::pem_file_iter(cert)
                    .and_then(|i| i.collect::<Result<Vec<_>, _>>())
                    .map_err(|e| tls(&cert.display().to_string(), &e))?;
                let key = PrivateKeyDer::from_pem_file(key)
                    .map_err(|e| tls(&key.display().to_string(), &e))?;
                builder.with_client_auth_cert(certs, key).map_err(|e| tls("client certificate", &e))
            }
            None => Ok(builder.with_no_client_auth()),
        }
    }
}
