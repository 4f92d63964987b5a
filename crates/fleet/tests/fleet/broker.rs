//! The shared Mosquitto launcher (`scanpay_tests::mosquitto`) with the
//! fleet crate's types.

use fleet::mqtt::BrokerConfig;
use settings::BrokerUrl;

/// A running broker, killed on drop.
pub struct Mosquitto(scanpay_tests::mosquitto::Mosquitto);

impl Mosquitto {
    /// Starts a broker: `listener PORT 127.0.0.1`, anonymous, no persistence.
    pub fn start() -> Mosquitto {
        Mosquitto(scanpay_tests::mosquitto::Mosquitto::start())
    }

    /// `mqtt://127.0.0.1:PORT`.
    pub fn url(&self) -> BrokerUrl {
        BrokerUrl::parse(&self.0.url()).unwrap()
    }

    /// Anonymous broker config.
    pub fn config(&self) -> BrokerConfig {
        BrokerConfig::anonymous(self.url())
    }
}
