//! Device-file and serial transports, against a plain file and a pty.
//! USB needs a printer on the bus and is not tested here.

use std::io::{Read, Write};
use std::time::{Duration, Instant};

use printer::virtual_printer::{Command, Parser};
use printer::{Connection, PrinterConfig, PrinterStatus, StatusFlags};
use serialport::SerialPort;

#[test]
fn a_plain_file_collects_the_exact_bytes_and_has_no_status() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("lp0");
    std::fs::write(&path, b"").unwrap();
    let config = PrinterConfig::from_keys("file", path.to_str().unwrap(), 80, false, 200).unwrap();
    let mut conn = Connection::open(&config).unwrap();
    conn.send(b"\x1b@first\n").unwrap();
    conn.send(b"second\n\x1dVA\x00").unwrap();
    assert_eq!(std::fs::read(&path).unwrap(), b"\x1b@first\nsecond\n\x1dVA\x00");
    assert!(matches!(conn.status(), PrinterStatus::Unknown { .. }));
    let missing = PrinterConfig::from_keys("file", "/nonexistent/lp9", 80, false, 200).unwrap();
    assert!(matches!(Connection::open(&missing), Err(printer::PrinterError::Open { .. })));
}

/// A fake printer on the master side of a pty: collects bytes, answers DLE EOT.
fn pty_printer(answer: bool) -> Option<(String, std::thread::JoinHandle<Vec<u8>>)> {
    let (mut master, slave) = match serialport::TTYPort::pair() {
        Ok(pair) => pair,
        Err(e) => {
            println!("skipped: no pty available here ({e})");
            return None;
        }
    };
    let name = slave.name()?;
    drop(slave);
    let handle = std::thread::spawn(move || {
        master.set_timeout(Duration::from_millis(50)).unwrap();
        let mut parser = Parser::new();
        let mut received = Vec::new();
        let mut buf = [0_u8; 4096];
        let mut idle_since = Instant::now();
        while idle_since.elapsed() < Duration::from_millis(1500) {
            match master.read(&mut buf) {
                Ok(n) if n > 0 => {
                    idle_since = Instant::now();
                    received.extend_from_slice(&buf[..n]);
                    for command in parser.feed(&buf[..n]).unwrap() {
                        if let (Command::Status(n), true) = (command, answer) {
                            master
                                .write_all(&[
                                    StatusFlags { online: true, ..Default::default() }.answer(n)
                                ])
                                .unwrap();
                        }
                    }
                }
                _ => {}
            }
        }
        received
    });
    Some((name, handle))
}

#[test]
fn the_device_file_transport_talks_both_ways_over_a_pty() {
    let Some((name, printer)) = pty_printer(true) else {
        return;
    };
    let config = PrinterConfig::from_keys("file", &name, 58, false, 1000).unwrap();
    let mut conn = Connection::open(&config).unwrap();
    let report = conn.print(b"\x1b@pty file\n\x1dVA\x00").unwrap();
    assert!(report.before.is_ready() && report.after.is_ready(), "{report:?}");
    drop(conn);
    let received = printer.join().unwrap();
    let job: &[u8] = b"\x1b@pty file\n\x1dVA\x00";
    assert!(received.windows(job.len()).any(|w| w == job), "{received:?}");
}

#[test]
fn the_serial_transport_talks_both_ways_over_a_pty() {
    let Some((name, printer)) = pty_printer(true) else {
        return;
    };
    let config =
        PrinterConfig::from_keys("serial", &format!("{name}@115200"), 80, false, 1000).unwrap();
    let mut conn = Connection::open(&config).unwrap();
    let report = conn.print(b"\x1b@serial\n\x1dVA\x00").unwrap();
    assert!(report.after.is_ready(), "{report:?}");
    drop(conn);
    let received = printer.join().unwrap();
    let job: &[u8] = b"\x1b@serial\n\x1dVA\x00";
    assert!(received.windows(job.len()).any(|w| w == job), "{received:?}");
}

#[test]
fn a_serial_printer_without_a_back_channel_is_unknown() {
    let Some((name, printer)) = pty_printer(false) else {
        return;
    };
    let config = PrinterConfig::from_keys("serial", &name, 80, false, 200).unwrap();
    let mut conn = Connection::open(&config).unwrap();
    assert!(matches!(conn.status(), PrinterStatus::Unknown { .. }));
    drop(conn);
    printer.join().unwrap();
}
