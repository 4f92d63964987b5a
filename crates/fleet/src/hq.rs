//! HQ's side of the channel: publish a signed bundle, read the fleet's
//! retained status. Used by `kioskctl hq`.

use std::time::Duration;

use rumqttc::{AsyncClient, Event, Packet, QoS};

use crate::Error;
use crate::bundle::{self, Target};
use crate::mqtt::BrokerConfig;
use crate::report::{KioskStatus, Presence, topics};

/// The topic a bundle for `target` goes to in `fleet`: `fleet:F` bundles to
/// `scanpay/F/config` (F must be `fleet`), `kiosk:ID` to
/// `scanpay/<fleet>/kiosk/ID/config`.
pub fn topic_for(fleet: &str, target: &Target) -> Result<String, Error> {
    match target {
        Target::Fleet(f) if f == fleet => Ok(topics::fleet_config(fleet)),
        Target::Fleet(f) => {
            Err(Error::Bundle(format!("the bundle targets fleet:{f}, not fleet {fleet}")))
        }
        Target::Kiosk(k) => Ok(topics::kiosk_config(fleet, k)),
    }
}

fn client_id(role: &str) -> String {
    format!("scanpay-hq-{role}-{:08x}", rand::random::<u32>())
}

/// Publishes a bundle retained with QoS 1 to the topic of its target and
/// waits for the broker's acknowledgement. Returns the topic.
pub async fn publish(
    broker: &BrokerConfig,
    fleet: &str,
    bundle_bytes: &[u8],
) -> Result<String, Error> {
    let payload = bundle::peek_unverified(bundle_bytes)?;
    let topic = topic_for(fleet, &payload.target)?;
    let options = broker.options(&client_id("publish"), Duration::from_secs(30))?;
    let (client, mut eventloop) = AsyncClient::new(options, 10);
    let work = async {
        loop {
            match eventloop.poll().await.map_err(|e| Error::Broker(e.to_string()))? {
                Event::Incoming(Packet::ConnAck(_)) => {
                    client
                        .try_publish(topic.clone(), QoS::AtLeastOnce, true, bundle_bytes.to_vec())
                        .map_err(|e| Error::Broker(e.to_string()))?;
                }
                Event::Incoming(Packet::PubAck(_)) => break,
                _ => {}
            }
        }
        let _ = client.try_disconnect();
        let _ = tokio::time::timeout(Duration::from_secs(1), async {
            // Until the broker closes the connection: the DISCONNECT is
            // then surely written (dropping earlier fires the last will).
            while eventloop.poll().await.is_ok() {}
        })
        .await;
        Ok::<_, Error>(())
    };
    tokio::time::timeout(Duration::from_secs(15), work).await.map_err(|_| {
        Error::Broker(format!("no acknowledgement from {} within 15 s", broker.url))
    })??;
    Ok(topic)
}

/// Reads every kiosk's retained status in `fleet`, collecting for `wait`
/// after the subscription is acknowledged. Sorted by kiosk.
pub async fn status(
    broker: &BrokerConfig,
    fleet: &str,
    wait: Duration,
) -> Result<Vec<KioskStatus>, Error> {
    let options = broker.options(&client_id("status"), Duration::from_secs(30))?;
    let (client, mut eventloop) = AsyncClient::new(options, 10);
    let mut found: Vec<KioskStatus> = Vec::new();
    let mut deadline: Option<tokio::time::Instant> = None;
    let give_up = tokio::time::Instant::now() + Duration::from_secs(15);
    loop {
        let until = deadline.unwrap_or(give_up);
        let event = match tokio::time::timeout_at(until, eventloop.poll()).await {
            Err(_) if deadline.is_some() => break,
            Err(_) => {
                return Err(Error::Broker(format!("no answer from {} within 15 s", broker.url)));
            }
            Ok(event) => event.map_err(|e| Error::Broker(e.to_string()))?,
        };
        match event {
            Event::Incoming(Packet::ConnAck(_)) => client
                .try_subscribe(topics::all_status(fleet), QoS::AtLeastOnce)
                .map_err(|e| Error::Broker(e.to_string()))?,
            Event::Incoming(Packet::SubAck(_)) => {
                deadline = Some(tokio::time::Instant::now() + wait)
            }
            Event::Incoming(Packet::Publish(p)) => {
                let kiosk = p.topic.split('/').nth(3).unwrap_or_default().to_owned();
                let status =
                    serde_json::from_slice::<KioskStatus>(&p.payload).unwrap_or(KioskStatus {
                        kiosk: kiosk.clone(),
                        state: Presence::Offline,
                        fleet_version: None,
                        kiosk_version: None,
                        health: Some(format!(
                            "unreadable status: {}",
                            String::from_utf8_lossy(&p.payload)
                        )),
                        last_rejection: None,
                        at: None,
                    });
                found.retain(|s| s.kiosk != status.kiosk);
                found.push(status);
            }
            _ => {}
        }
    }
    let _ = client.try_disconnect();
    found.sort_by(|a, b| a.kiosk.cmp(&b.kiosk));
    Ok(found)
}
