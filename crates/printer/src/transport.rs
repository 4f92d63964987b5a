//! Getting bytes to the printer and its status back: TCP (port 9100), USB
//! (nusb through escpos's `NativeUsbDriver`), serial (`serialport`) and
//! device files. Status is asked over the same connection.

use std::fs::{File, OpenOptions};
use std::io::{self, Read, Write};
use std::net::{TcpStream, ToSocketAddrs};
use std::sync::Arc;
use std::sync::mpsc;
use std::time::{Duration, Instant};

use escpos::driver::{Driver, NativeUsbDriver};

use crate::error::PrinterError;
use crate::profile::{PrinterConfig, Transport};
use crate::status::{
    DLE_EOT, PrinterStatus, STATUS_OFFLINE, STATUS_PAPER, STATUS_PRINTER, StatusFlags,
    is_status_byte,
};

/// How long a write may block (a printer that stopped reading, a full pipe).
const WRITE_TIMEOUT: Duration = Duration::from_secs(10);

enum Link {
    Tcp(TcpStream),
    /// A device file; `readable` is false for plain files (they cannot answer).
    File {
        file: File,
        readable: bool,
    },
    Serial(Box<dyn serialport::SerialPort>),
    Usb(Arc<NativeUsbDriver>),
}

/// An open connection to the configured printer.
pub struct Connection {
    link: Link,
    target: String,
    status_timeout: Duration,
}

impl std::fmt::Debug for Connection {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Connection").field("target", &self.target).finish()
    }
}

/// What happened to a print job.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct PrintReport {
    /// Status read before sending.
    pub before: PrinterStatus,
    /// Status read after sending: the receipt is only known printed if this is ready.
    pub after: PrinterStatus,
}

impl Connection {
    /// Opens the transport `config` names.
    pub fn open(config: &PrinterConfig) -> Result<Connection, PrinterError> {
        let target = config.transport.to_string();
        let open_err = |source: io::Error| PrinterError::Open { target: target.clone(), source };
        let link = match &config.transport {
            Transport::None => return Err(PrinterError::NoPrinter),
            Transport::Tcp { address } => {
                let addr =
                    address.to_socket_addrs().map_err(open_err)?.next().ok_or_else(|| {
                        open_err(io::Error::new(
                            io::ErrorKind::NotFound,
                            "address resolves to nothing",
                        ))
                    })?;
                let stream = TcpStream::connect_timeout(
                    &addr,
                    config.status_timeout.max(Duration::from_secs(2)),
                )
                .map_err(open_err)?;
                stream.set_write_timeout(Some(WRITE_TIMEOUT)).map_err(open_err)?;
                stream.set_nodelay(true).map_err(open_err)?;
                Link::Tcp(stream)
            }
            Transport::File { path } => {
                let plain = std::fs::metadata(path).map(|m| m.is_file()).unwrap_or(false);
                let mut options = OpenOptions::new();
                options.write(true).append(true);
                if !plain {
                    options.read(true);
                    #[cfg(unix)]
                    {
                        use std::os::unix::fs::OpenOptionsExt;
                        options.custom_flags(libc::O_NONBLOCK | libc::O_NOCTTY);
                    }
                }
                let file = options.open(path).map_err(open_err)?;
                Link::File { file, readable: !plain }
            }
            Transport::Serial { path, baud_rate } => {
                let port = serialport::new(path, *baud_rate)
                    .timeout(config.status_timeout)
                    .open()
                    .map_err(|e| open_err(io::Error::other(e)))?;
                Link::Serial(port)
            }
            Transport::Usb { vendor_id, product_id } => {
                let driver = NativeUsbDriver::open(*vendor_id, *product_id)
                    .map_err(|e| open_err(io::Error::other(e.to_string())))?;
                Link::Usb(Arc::new(driver))
            }
        };
        tracing::debug!(printer = %target, "printer connection open");
        Ok(Connection { link, target, status_timeout: config.status_timeout })
    }

    /// Transport and address, for messages.
    pub fn target(&self) -> &str {
        &self.target
    }

    /// Sends bytes as they are.
    pub fn send(&mut self, bytes: &[u8]) -> Result<(), PrinterError> {
        let target = self.target.clone();
        let send_err = |source: io::Error| PrinterError::Send { target: target.clone(), source };
        match &mut self.link {
            Link::Tcp(stream) => {
                stream.write_all(bytes).and_then(|()| stream.flush()).map_err(send_err)
            }
            Link::Serial(port) => {
                port.write_all(bytes).and_then(|()| port.flush()).map_err(send_err)
            }
            Link::File { file, .. } => write_nonblocking(file, bytes).map_err(send_err),
            Link::Usb(driver) => {
                driver.write(bytes).map_err(|e| send_err(io::Error::other(e.to_string())))
            }
        }
    }

    /// Asks `DLE EOT 1`, `2` and `4` and waits up to the status timeout for
    /// the answers. No answer, or a byte that is not a status answer, is
    /// [`PrinterStatus::Unknown`].
    pub fn status(&mut self) -> PrinterStatus {
        let deadline = Instant::now() + self.status_timeout;
        let mut answers = [0_u8; 3];
        for (slot, n) in answers.iter_mut().zip([STATUS_PRINTER, STATUS_OFFLINE, STATUS_PAPER]) {
            if let Err(e) = self.send(&[DLE_EOT[0], DLE_EOT[1], n]) {
                return PrinterStatus::Unknown { reason: format!("sending DLE EOT {n}: {e}") };
            }
            match self.read_byte(deadline) {
                Ok(Some(byte)) if is_status_byte(byte) => *slot = byte,
                Ok(Some(byte)) => {
                    return PrinterStatus::Unknown {
                        reason: format!("answer 0x{byte:02X} to DLE EOT {n} is not a status byte"),
                    };
                }
                Ok(None) => {
                    return PrinterStatus::Unknown {
                        reason: format!(
                            "no answer to DLE EOT {n} within {} ms",
                            self.status_timeout.as_millis()
                        ),
                    };
                }
                Err(e) => {
                    return PrinterStatus::Unknown {
                        reason: format!("reading the answer to DLE EOT {n}: {e}"),
                    };
                }
            }
        }
        let status =
            PrinterStatus::Known(StatusFlags::from_bytes(answers[0], answers[1], answers[2]));
        tracing::debug!(printer = %self.target, %status, "printer status");
        status
    }

    /// Reads the status, refuses to print unless it is ready, sends `bytes`,
    /// and reads the status again.
    pub fn print(&mut self, bytes: &[u8]) -> Result<PrintReport, PrinterError> {
        let before = self.status();
        if !before.is_ready() {
            return Err(PrinterError::NotReady { target: self.target.clone(), status: before });
        }
        self.send(bytes)?;
        let after = self.status();
        if !after.is_ready() {
            tracing::warn!(printer = %self.target, status = %after, "printer not ready after printing");
        }
        Ok(PrintReport { before, after })
    }

    /// One byte, or `None` if nothing arrives before `deadline`.
    fn read_byte(&mut self, deadline: Instant) -> io::Result<Option<u8>> {
        let mut byte = [0_u8; 1];
        let remaining = || deadline.saturating_duration_since(Instant::now());
        match &mut self.link {
            Link::Tcp(stream) => {
                if remaining().is_zero() {
                    return Ok(None);
                }
                stream.set_read_timeout(Some(remaining()))?;
                match stream.read(&mut byte) {
                    Ok(0) => Err(io::Error::new(
                        io::ErrorKind::UnexpectedEof,
                        "printer closed the connection",
                    )),
                    Ok(_) => Ok(Some(byte[0])),
                    Err(e)
                        if matches!(
                            e.kind(),
                            io::ErrorKind::WouldBlock | io::ErrorKind::TimedOut
                        ) =>
                    {
                        Ok(None)
                    }
                    Err(e) => Err(e),
                }
            }
            Link::Serial(port) => {
                if remaining().is_zero() {
                    return Ok(None);
                }
                port.set_timeout(remaining()).map_err(io::Error::other)?;
                match port.read(&mut byte) {
                    Ok(0) => Ok(None),
                    Ok(_) => Ok(Some(byte[0])),
                    Err(e) if e.kind() == io::ErrorKind::TimedOut => Ok(None),
                    Err(e) => Err(e),
                }
            }
            Link::File { readable: false, .. } => Ok(None),
            Link::File { file, readable: true } => loop {
                match file.read(&mut byte) {
                    Ok(1) => return Ok(Some(byte[0])),
                    Ok(_) => {}
                    Err(e) if e.kind() == io::ErrorKind::WouldBlock => {}
                    Err(e) => return Err(e),
                }
                if remaining().is_zero() {
                    return Ok(None);
                }
                std::thread::sleep(Duration::from_millis(5).min(remaining()));
            },
            Link::Usb(driver) => {
                // The nusb read has its own 5 s timeout; wait at most ours.
                let (tx, rx) = mpsc::channel();
                let driver = Arc::clone(driver);
                std::thread::spawn(move || {
                    let mut buf = [0_u8; 64];
                    let result = driver
                        .read(&mut buf)
                        .map(|n| buf.get(..n).and_then(|b| b.first().copied()));
                    let _ = tx.send(result.map_err(|e| e.to_string()));
                });
                match rx.recv_timeout(remaining()) {
                    Ok(Ok(byte)) => Ok(byte),
                    Ok(Err(e)) => Err(io::Error::other(e)),
                    Err(_) => Ok(None),
                }
            }
        }
    }
}

fn write_nonblocking(file: &mut File, mut bytes: &[u8]) -> io::Result<()> {
    let deadline = Instant::now() + WRITE_TIMEOUT;
    while !bytes.is_empty() {
        match file.write(bytes) {
            Ok(0) => {
                return Err(io::Error::new(io::ErrorKind::WriteZero, "device accepted no bytes"));
            }
            Ok(n) => bytes = &bytes[n..],
            Err(e) if e.kind() == io::ErrorKind::WouldBlock => {
                if Instant::now() >= deadline {
                    return Err(io::Error::new(
                        io::ErrorKind::TimedOut,
                        "device stopped accepting bytes",
                    ));
                }
                std::thread::sleep(Duration::from_millis(5));
            }
            Err(e) => return Err(e),
        }
    }
    file.flush()
}
