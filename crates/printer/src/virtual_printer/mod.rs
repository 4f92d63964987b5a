//! The virtual printer: a TCP listener that behaves like a network receipt
//! printer on port 9100. It parses what it receives with a strict parser,
//! answers `DLE EOT` status requests as configured (or not at all when
//! silent), and turns each receipt (up to each cut) into a PNG image and a
//! text transcript. The demo and the tests print to it.

mod parser;
mod render;

use std::io::{Read, Write};
use std::net::{SocketAddr, TcpListener, TcpStream};
use std::path::{Path, PathBuf};
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::{Arc, Condvar, Mutex, MutexGuard};
use std::thread::JoinHandle;
use std::time::Duration;

pub use parser::{Command, ParseError, ParseErrorKind, Parser};
pub use render::{Page, Renderer};

use crate::error::PrinterError;
use crate::profile::PaperWidth;
use crate::status::StatusFlags;

/// Renders a complete byte stream (what `receipt render --out x.png` and the
/// virtual printer do): one page a cut, plus trailing uncut content.
pub fn render(bytes: &[u8], paper: PaperWidth) -> Result<Vec<Page>, ParseError> {
    let mut parser = Parser::new();
    let mut renderer = Renderer::new(paper);
    let mut pages = Vec::new();
    for command in parser.feed(bytes)? {
        pages.extend(renderer.apply(command));
    }
    parser.finish()?;
    pages.extend(renderer.finish());
    Ok(pages)
}

/// The state the virtual printer reports; changeable while it runs.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct VirtualState {
    /// Out of paper: reports paper end, offline, and prints nothing.
    pub paper_out: bool,
    /// Roll nearly used up: reported, printing continues.
    pub paper_near_end: bool,
    /// Cover open: reports it, offline, prints nothing.
    pub cover_open: bool,
    /// Offline (e.g. feed button held): prints nothing.
    pub offline: bool,
    /// Never answers status requests (a printer without a back channel).
    pub silent: bool,
}

impl VirtualState {
    /// The status flags this state reports.
    pub fn flags(&self) -> StatusFlags {
        StatusFlags {
            online: !(self.offline || self.paper_out || self.cover_open),
            cover_open: self.cover_open,
            paper_end: self.paper_out,
            paper_near_end: self.paper_near_end,
            error: false,
        }
    }

    fn can_print(&self) -> bool {
        self.flags().online
    }
}

/// Options of a virtual printer.
#[derive(Debug, Clone)]
pub struct VirtualOptions {
    /// Paper width it renders.
    pub paper: PaperWidth,
    /// Where receipt-NNNN.png and receipt-NNNN.txt go (none: kept in memory only).
    pub out_dir: Option<PathBuf>,
    /// Initial state.
    pub state: VirtualState,
}

/// A printed receipt.
#[derive(Debug, Clone)]
pub struct Printed {
    /// 1, 2, 3… in arrival order.
    pub number: u32,
    /// The page.
    pub page: Page,
    /// The PNG written, if there is an output directory.
    pub png: Option<PathBuf>,
}

#[derive(Debug, Default)]
struct Log {
    printed: Vec<Printed>,
    errors: Vec<String>,
    discarded: u32,
    status_answers: u32,
}

struct Shared {
    state: Mutex<VirtualState>,
    log: Mutex<Log>,
    changed: Condvar,
    stop: AtomicBool,
    options: VirtualOptions,
}

fn lock<T>(m: &Mutex<T>) -> MutexGuard<'_, T> {
    m.lock().unwrap_or_else(std::sync::PoisonError::into_inner)
}

/// A running virtual printer. Stops when dropped.
pub struct VirtualPrinter {
    addr: SocketAddr,
    shared: Arc<Shared>,
    accept: Option<JoinHandle<()>>,
}

impl std::fmt::Debug for VirtualPrinter {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("VirtualPrinter").field("addr", &self.addr).finish()
    }
}

impl VirtualPrinter {
    /// Listens on `bind` (`127.0.0.1:0` picks a free port) in a background thread.
    pub fn start(bind: &str, options: VirtualOptions) -> Result<VirtualPrinter, PrinterError> {
        let io_err =
            |source| PrinterError::Open { target: format!("virtual printer on {bind}"), source };
        if let Some(dir) = &options.out_dir {
            std::fs::create_dir_all(dir)
                .map_err(|source| PrinterError::Io { path: dir.clone(), source })?;
        }
        let listener = TcpListener::bind(bind).map_err(io_err)?;
        listener.set_nonblocking(true).map_err(io_err)?;
        let addr = listener.local_addr().map_err(io_err)?;
        let shared = Arc::new(Shared {
            state: Mutex::new(options.state),
            log: Mutex::new(Log::default()),
            changed: Condvar::new(),
            stop: AtomicBool::new(false),
            options,
        });
        let accept_shared = Arc::clone(&shared);
        let accept = std::thread::spawn(move || accept_loop(&listener, &accept_shared));
        tracing::info!(%addr, "virtual printer listening");
        Ok(VirtualPrinter { addr, shared, accept: Some(accept) })
    }

    /// The address it listens on.
    pub fn addr(&self) -> SocketAddr {
        self.addr
    }

    /// The state it reports now.
    pub fn state(&self) -> VirtualState {
        *lock(&self.shared.state)
    }

    /// Changes the state (paper out, cover open…) while running.
    pub fn set_state(&self, state: VirtualState) {
        *lock(&self.shared.state) = state;
    }

    /// Receipts printed so far.
    pub fn printed(&self) -> Vec<Printed> {
        lock(&self.shared.log).printed.clone()
    }

    /// Streams refused by the parser, as messages naming offset and command.
    pub fn errors(&self) -> Vec<String> {
        lock(&self.shared.log).errors.clone()
    }

    /// Pages received while the printer could not print (and dropped).
    pub fn discarded(&self) -> u32 {
        lock(&self.shared.log).discarded
    }

    /// Status requests answered.
    pub fn status_answers(&self) -> u32 {
        lock(&self.shared.log).status_answers
    }

    /// Waits until `count` receipts are printed, an error is logged, or `timeout` passes.
    pub fn wait_printed(&self, count: usize, timeout: Duration) -> Vec<Printed> {
        let log =
            self.wait_log(timeout, |log| log.printed.len() >= count || !log.errors.is_empty());
        log.printed.clone()
    }

    /// Waits until a stream error is logged or `timeout` passes.
    pub fn wait_error(&self, timeout: Duration) -> Option<String> {
        self.wait_log(timeout, |log| !log.errors.is_empty()).errors.first().cloned()
    }

    /// The log once `done` holds for it or `timeout` passes.
    fn wait_log(&self, timeout: Duration, done: impl Fn(&Log) -> bool) -> MutexGuard<'_, Log> {
        self.shared
            .changed
            .wait_timeout_while(lock(&self.shared.log), timeout, |log| !done(log))
            .map(|(guard, _)| guard)
            .unwrap_or_else(|poisoned| poisoned.into_inner().0)
    }

    /// Blocks until [`VirtualPrinter::stop`] is called elsewhere or the process ends.
    pub fn run_forever(mut self) {
        if let Some(handle) = self.accept.take() {
            let _ = handle.join();
        }
    }

    /// Stops listening (open connections end when their peers close).
    pub fn stop(&mut self) {
        self.shared.stop.store(true, Ordering::SeqCst);
        if let Some(handle) = self.accept.take() {
            let _ = handle.join();
        }
    }
}

impl Drop for VirtualPrinter {
    fn drop(&mut self) {
        self.stop();
    }
}

fn accept_loop(listener: &TcpListener, shared: &Arc<Shared>) {
    while !shared.stop.load(Ordering::SeqCst) {
        match listener.accept() {
            Ok((stream, peer)) => {
                let shared = Arc::clone(shared);
                std::thread::spawn(move || serve(stream, peer, &shared));
            }
            Err(e) if e.kind() == std::io::ErrorKind::WouldBlock => {
                std::thread::sleep(Duration::from_millis(10));
            }
            Err(e) => {
                tracing::warn!(error = %e, "virtual printer accept failed");
                std::thread::sleep(Duration::from_millis(50));
            }
        }
    }
}

fn serve(mut stream: TcpStream, peer: SocketAddr, shared: &Arc<Shared>) {
    tracing::debug!(%peer, "virtual printer connection");
    let _ = stream.set_nonblocking(false);
    let _ = stream.set_read_timeout(Some(Duration::from_millis(100)));
    let mut parser = Parser::new();
    let mut renderer = Renderer::new(shared.options.paper);
    let mut buf = vec![0_u8; 16 * 1024];
    loop {
        if shared.stop.load(Ordering::SeqCst) {
            return;
        }
        let n = match stream.read(&mut buf) {
            Ok(0) => break,
            Ok(n) => n,
            Err(e)
                if matches!(
                    e.kind(),
                    std::io::ErrorKind::WouldBlock | std::io::ErrorKind::TimedOut
                ) =>
            {
                continue;
            }
            Err(_) => break,
        };
        let commands = match parser.feed(&buf[..n]) {
            Ok(commands) => commands,
            Err(e) => {
                record_error(shared, e.to_string());
                return;
            }
        };
        for command in commands {
            let state = *lock(&shared.state);
            if let Command::Status(n) = command {
                if !state.silent {
                    lock(&shared.log).status_answers += 1;
                    let _ = stream.write_all(&[state.flags().answer(n)]);
                }
                continue;
            }
            let is_cut = matches!(command, Command::Cut { .. });
            if !state.can_print() && !matches!(command, Command::Init) {
                // A printer that cannot print loses the job; the kiosk sees it in the status.
                if is_cut {
                    lock(&shared.log).discarded += 1;
                    renderer = Renderer::new(shared.options.paper);
                }
                continue;
            }
            if let Some(page) = renderer.apply(command) {
                record_page(shared, page);
            }
        }
    }
    if let Err(e) = parser.finish() {
        record_error(shared, e.to_string());
        return;
    }
    if let Some(page) = renderer.finish() {
        record_page(shared, page);
    }
}

fn record_error(shared: &Shared, message: String) {
    tracing::warn!(error = %message, "virtual printer refused a stream");
    lock(&shared.log).errors.push(message);
    shared.changed.notify_all();
}

fn record_page(shared: &Shared, page: Page) {
    let number = lock(&shared.log).printed.len() as u32 + 1;
    let png =
        shared.options.out_dir.as_ref().and_then(|dir| match write_page(dir, number, &page) {
            Ok(path) => Some(path),
            Err(e) => {
                lock(&shared.log).errors.push(e.to_string());
                None
            }
        });
    lock(&shared.log).printed.push(Printed { number, page, png });
    shared.changed.notify_all();
}

/// Writes `receipt-NNNN.png` and `receipt-NNNN.txt` into `dir`; returns the PNG path.
pub fn write_page(dir: &Path, number: u32, page: &Page) -> Result<PathBuf, PrinterError> {
    let png = dir.join(format!("receipt-{number:04}.png"));
    let txt = dir.join(format!("receipt-{number:04}.txt"));
    save_png(&page.image, &png)?;
    std::fs::write(&txt, &page.transcript)
        .map_err(|source| PrinterError::Io { path: txt, source })?;
    Ok(png)
}

/// Saves a bitmap as a black-on-white PNG.
pub fn save_png(image: &crate::raster::Bitmap, path: &Path) -> Result<(), PrinterError> {
    image
        .to_luma()
        .save_with_format(path, image::ImageFormat::Png)
        .map_err(|source| PrinterError::Image { path: path.to_owned(), source })
}
