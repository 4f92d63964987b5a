//! 1-bit images: receipt text rendered to dots, logos, the virtual printer's page.

/// A monochrome image, one byte per dot (`true` = black), row-major.
#[derive(Clone, PartialEq, Eq)]
pub struct Bitmap {
    width: u32,
    height: u32,
    dots: Vec<bool>,
}

impl std::fmt::Debug for Bitmap {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "Bitmap({}x{})", self.width, self.height)
    }
}

impl Bitmap {
    /// A white image.
    pub fn new(width: u32, height: u32) -> Bitmap {
        Bitmap { width, height, dots: vec![false; (width as usize) * (height as usize)] }
    }

    /// From a grey image: dots darker than mid-grey print.
    pub fn from_luma(image: &image::GrayImage) -> Bitmap {
        let mut bitmap = Bitmap::new(image.width(), image.height());
        for (x, y, p) in image.enumerate_pixels() {
            bitmap.set(x as i64, y as i64, p.0[0] < 128);
        }
        bitmap
    }

    /// Width in dots.
    pub fn width(&self) -> u32 {
        self.width
    }

    /// Height in dots.
    pub fn height(&self) -> u32 {
        self.height
    }

    /// Whether the dot at (x, y) is black; outside the image is white.
    pub fn get(&self, x: i64, y: i64) -> bool {
        if x < 0 || y < 0 || x >= i64::from(self.width) || y >= i64::from(self.height) {
            return false;
        }
        self.dots[(y as usize) * (self.width as usize) + x as usize]
    }

    /// Sets a dot; outside the image is ignored.
    pub fn set(&mut self, x: i64, y: i64, black: bool) {
        if x < 0 || y < 0 || x >= i64::from(self.width) || y >= i64::from(self.height) {
            return;
        }
        self.dots[(y as usize) * (self.width as usize) + x as usize] = black;
    }

    /// Number of black dots.
    pub fn black_dots(&self) -> usize {
        self.dots.iter().filter(|d| **d).count()
    }

    /// The rows packed for `GS v 0`: `ceil(width / 8)` bytes a row, most
    /// significant bit leftmost, 1 = print.
    pub fn packed_rows(&self) -> Vec<u8> {
        let row_bytes = self.width.div_ceil(8) as usize;
        let mut out = vec![0_u8; row_bytes * self.height as usize];
        for y in 0..self.height as usize {
            for x in 0..self.width as usize {
                if self.dots[y * self.width as usize + x] {
                    out[y * row_bytes + x / 8] |= 0x80 >> (x % 8);
                }
            }
        }
        out
    }

    /// Copies `other` onto this image with its top-left corner at (x, y).
    pub fn blit(&mut self, other: &Bitmap, x: i64, y: i64) {
        for oy in 0..other.height as i64 {
            for ox in 0..other.width as i64 {
                if other.get(ox, oy) {
                    self.set(x + ox, y + oy, true);
                }
            }
        }
    }

    /// Black on white, for PNG files.
    pub fn to_luma(&self) -> image::GrayImage {
        image::GrayImage::from_fn(self.width, self.height, |x, y| {
            image::Luma([if self.get(i64::from(x), i64::from(y)) { 0 } else { 255 }])
        })
    }
}
