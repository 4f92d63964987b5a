//! Demo mode: a camera that shows what the on-screen "simulate" buttons pick.
//!
//! Item pictures come from `assets/demo/items/<product id>.png` (an EAN label
//! as a product would carry it; [`render_item_label`] drew them). Payment
//! codes are single use (the scanner never submits one twice, and neither
//! does Alipay), so the demo camera draws a fresh one for every tap, the way
//! the Alipay app refreshes its code: Code128 above a QR on a phone screen,
//! with a prefix that picks the sandbox gateway's buyer scenario.

use std::path::{Path, PathBuf};
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

use rand::Rng;
use rxing::{BarcodeFormat, EncodeHints, MultiFormatWriter, Writer};
use scanner::{Frame, FrameSource, ScanError};
use serde::Serialize;

use crate::CheckoutError;
use crate::catalog::Product;

/// How long a shown picture stays in front of the demo camera.
pub const SHOW_FOR: Duration = Duration::from_millis(1500);

/// Where the demo item pictures are: `assets/demo/items` beside the
/// installation's `kiosk-config` folder.
pub fn items_dir() -> PathBuf {
    settings::install_dir().join("../assets/demo/items")
}

/// What a simulate button shows.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum DemoKind {
    /// A product label.
    Item,
    /// A payment code.
    Payment,
    /// A staff badge.
    Staff,
}

/// A simulate button.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct DemoCode {
    /// What `show` takes.
    pub id: String,
    /// The button text (demo only; not translated).
    pub label: String,
    /// Item or payment.
    pub kind: DemoKind,
}

/// The payment scenarios of the sandbox gateway offered as buttons:
/// (id, label, code prefix).
const PAYMENTS: &[(&str, &str, &str)] = &[
    ("pay-now", "Alipay: pays at once", "280"),
    ("pay-confirm", "Alipay: confirm on phone (5 s)", "28105"),
    ("pay-never", "Alipay: never confirmed", "282"),
    ("pay-balance", "Alipay: balance too low", "283"),
    ("pay-wechat", "WeChat Pay code (refused)", "13"),
];

/// The pictures the demo camera can show.
#[derive(Debug)]
pub struct DemoCodes {
    items: Vec<(DemoCode, PathBuf)>,
    badge: Option<PathBuf>,
}

impl DemoCodes {
    /// The item pictures in `dir` (`<product id>.png`) for the products that
    /// have one, named in English, plus the payment scenarios.
    pub fn load(dir: &Path, products: &[Product]) -> DemoCodes {
        let items = products
            .iter()
            .filter_map(|p| {
                let path = dir.join(format!("{}.png", p.id));
                path.is_file().then(|| {
                    let label = p.name("en", "en").to_owned();
                    (DemoCode { id: format!("item:{}", p.id), label, kind: DemoKind::Item }, path)
                })
            })
            .collect();
        let badge = dir.parent().map(|d| d.join("staff-badge.png")).filter(|p| p.is_file());
        DemoCodes { items, badge }
    }

    /// Every button: items first, then payments.
    pub fn list(&self) -> Vec<DemoCode> {
        let payments = PAYMENTS.iter().map(|(id, label, _)| DemoCode {
            id: (*id).to_owned(),
            label: (*label).to_owned(),
            kind: DemoKind::Payment,
        });
        let badge = self.badge.as_ref().map(|_| DemoCode {
            id: "staff-badge".into(),
            label: "Staff badge (demo manager, PIN 1234)".into(),
            kind: DemoKind::Staff,
        });
        self.items.iter().map(|(c, _)| c.clone()).chain(payments).chain(badge).collect()
    }

    /// The frame for button `id` (a fresh code for payments).
    pub fn frame(&self, id: &str) -> Result<Frame, CheckoutError> {
        if let Some((_, path)) = self.items.iter().find(|(c, _)| c.id == id) {
            return scanner::load_frame(path).map_err(CheckoutError::Scanner);
        }
        if let (Some(path), "staff-badge") = (&self.badge, id) {
            return scanner::load_frame(path).map_err(CheckoutError::Scanner);
        }
        let Some((_, _, prefix)) = PAYMENTS.iter().find(|(pid, _, _)| *pid == id) else {
            return Err(CheckoutError::NotFound { what: format!("demo picture {id:?}") });
        };
        render_payment_screen(&fresh_code(prefix))
    }
}

/// An 18-digit code starting with `prefix`, the rest random.
pub fn fresh_code(prefix: &str) -> String {
    let mut rng = rand::thread_rng();
    let mut code = prefix.to_owned();
    while code.len() < 18 {
        code.push(char::from(b'0' + rng.gen_range(0..10u8)));
    }
    code
}

fn encode(text: &str, format: BarcodeFormat) -> Result<rxing::common::BitMatrix, CheckoutError> {
    let hints = EncodeHints {
        Margin: Some("0".into()),
        ErrorCorrection: (format == BarcodeFormat::QR_CODE).then(|| "M".to_owned()),
        ..EncodeHints::default()
    };
    MultiFormatWriter.encode_with_hints(text, &format, 0, 0, &hints).map_err(|e| {
        CheckoutError::Internal { detail: format!("cannot draw {format:?} for {text:?}: {e}") }
    })
}

/// Draws `m` into `luma` (row stride `width`) at (x, y), `scale_x` × `scale_y` pixels a module.
fn blit(
    luma: &mut [u8],
    width: u32,
    m: &rxing::common::BitMatrix,
    (x0, y0): (u32, u32),
    (scale_x, scale_y): (u32, u32),
) {
    for my in 0..m.height() {
        for mx in 0..m.width() {
            if !m.get(mx, my) {
                continue;
            }
            for dy in 0..scale_y {
                for dx in 0..scale_x {
                    let (x, y) = (x0 + mx * scale_x + dx, y0 + my * scale_y + dy);
                    if let Some(p) = luma.get_mut((y * width + x) as usize) {
                        *p = 0;
                    }
                }
            }
        }
    }
}

/// A `w`×`h` grey scene of `background` with a light `panel` rectangle
/// (x, y, width, height) of `shade`.
fn scene(w: u32, h: u32, background: u8, panel: (u32, u32, u32, u32), shade: u8) -> Vec<u8> {
    let mut luma = vec![background; (w * h) as usize];
    let (px, py, pw, ph) = panel;
    for y in py..(py + ph).min(h) {
        for x in px..(px + pw).min(w) {
            luma[(y * w + x) as usize] = shade;
        }
    }
    luma
}

/// A 640×480 camera view of a phone showing the payment code `code`:
/// Code128 above a QR, as the Alipay app shows them.
pub fn render_payment_screen(code: &str) -> Result<Frame, CheckoutError> {
    let (w, h) = (640u32, 480u32);
    // The phone's screen: a light panel in the middle of a dark counter.
    let (sx, sy, sw) = (150u32, 10u32, 340u32);
    let mut luma = scene(w, h, 70, (sx, sy, sw, 460), 250);
    let bar = encode(code, BarcodeFormat::CODE_128)?;
    let bar_scale = ((sw - 30) / bar.width().max(1)).max(1);
    let bar_x = sx + sw.saturating_sub(bar.width() * bar_scale) / 2;
    blit(&mut luma, w, &bar, (bar_x, sy + 30), (bar_scale, 70 / bar.height().max(1)));
    let qr = encode(code, BarcodeFormat::QR_CODE)?;
    let qr_scale = (220 / qr.width().max(1)).max(1);
    let qr_x = sx + sw.saturating_sub(qr.width() * qr_scale) / 2;
    blit(&mut luma, w, &qr, (qr_x, sy + 150), (qr_scale, qr_scale));
    Frame::from_luma(w, h, luma).map_err(CheckoutError::Scanner)
}

/// A 640×480 camera view of a product label carrying the EAN-13 `gtin13`.
pub fn render_item_label(gtin13: &str) -> Result<image::GrayImage, CheckoutError> {
    let (w, h) = (640u32, 480u32);
    let (lx, ly, lw) = (120u32, 140u32, 400u32);
    let mut luma = scene(w, h, 90, (lx, ly, lw, 200), 245);
    let bars = encode(gtin13, BarcodeFormat::EAN_13)?;
    let scale = ((lw - 40) / bars.width().max(1)).max(1);
    let bx = lx + lw.saturating_sub(bars.width() * scale) / 2;
    blit(&mut luma, w, &bars, (bx, ly + 30), (scale, 140 / bars.height().max(1)));
    image::GrayImage::from_raw(w, h, luma)
        .ok_or_else(|| CheckoutError::Internal { detail: "label buffer size".into() })
}

/// The demo camera: a dark counter, or for [`SHOW_FOR`] after
/// [`DemoScreen::show`] the picture shown, at 10 frames a second.
#[derive(Debug, Clone)]
pub struct DemoScreen {
    shown: Arc<Mutex<Option<(Frame, Instant)>>>,
}

impl Default for DemoScreen {
    fn default() -> Self {
        DemoScreen { shown: Arc::new(Mutex::new(None)) }
    }
}

impl DemoScreen {
    /// Holds `frame` in front of the camera.
    pub fn show(&self, frame: Frame) {
        *self.shown.lock().unwrap_or_else(std::sync::PoisonError::into_inner) =
            Some((frame, Instant::now() + SHOW_FOR));
    }

    /// A frame source over this screen.
    pub fn source(&self) -> Box<dyn FrameSource> {
        Box::new(DemoCamera { screen: self.clone(), next: Instant::now() })
    }
}

struct DemoCamera {
    screen: DemoScreen,
    next: Instant,
}

impl FrameSource for DemoCamera {
    fn next_frame(&mut self) -> Result<Option<Frame>, ScanError> {
        let now = Instant::now();
        if self.next > now {
            std::thread::sleep(self.next - now);
        }
        self.next = Instant::now() + Duration::from_millis(100);
        let shown = self.screen.shown.lock().unwrap_or_else(std::sync::PoisonError::into_inner);
        match &*shown {
            Some((frame, until)) if Instant::now() < *until => Ok(Some(frame.clone())),
            _ => Frame::from_luma(320, 240, vec![60; 320 * 240]).map(Some),
        }
    }

    fn name(&self) -> String {
        "demo camera".into()
    }
}
