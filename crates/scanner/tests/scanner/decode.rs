//! The decoder's cascade on frames that single out one pass (issue #5: the hard pass was
//! rebuilt around sampled rows and columns; these frames are the ones that needed it).

use scanner::{Decode, Frame, Pass, Purpose, RxingDecoder};

fn frame_of(seed: u64, index: usize) -> (Frame, Vec<String>) {
    let (img, entry) = scanpay_tests::corpus::render_frame(seed, index).unwrap();
    let frame = Frame::from_image(&image::DynamicImage::ImageRgb8(img)).unwrap();
    (frame, entry.expected)
}

/// Frame `index` of the `seed` corpus, decoded for payment by a fresh decoder: the
/// pass that read its one, expected code.
fn pass_reading(seed: u64, index: usize) -> Pass {
    let (frame, expected) = frame_of(seed, index);
    let codes = RxingDecoder::default().decode(&frame, Purpose::Payment);
    assert_eq!(codes.len(), 1, "{codes:?}");
    assert!(expected.contains(&codes[0].text), "{codes:?} vs {expected:?}");
    codes[0].pass
}

/// Frame 46 of the seed-2 corpus: a Code128 at the top of a phone whose QR a finger
/// covers. Every row through the bars also crosses a dark background and the bezel, so
/// rxing's one-threshold-per-row binarizer merges bars; zxing-cpp read it and we did not.
#[test]
fn issue_5_code128_beside_a_dark_bezel_is_read_with_local_row_thresholds() {
    assert_eq!(frame_of(2, 46).0.width(), 1280);
    assert_eq!(pass_reading(2, 46), Pass::Hard);
}

/// An upright product label turned a quarter: no row crosses its bars, so only the
/// sampled-column pass can read it (rxing's own rotation is off: it cost a whole
/// second scan of the frame).
#[test]
fn issue_5_a_sideways_label_is_read_by_the_column_pass() {
    // Frame 25 of the seed-1 corpus: a UPC-A label at 640×480, tilted ~1°.
    let (img, entry) = scanpay_tests::corpus::render_frame(1, 25).unwrap();
    let upright = Frame::from_image(&image::DynamicImage::ImageRgb8(img.clone())).unwrap();
    let turned =
        Frame::from_image(&image::DynamicImage::ImageRgb8(image::imageops::rotate90(&img)))
            .unwrap();
    let mut decoder = RxingDecoder::default();
    let found = decoder.decode(&upright, Purpose::Items);
    assert!(found.iter().any(|c| entry.expected.contains(&c.text)), "{found:?}");
    decoder.reset();
    let found = decoder.decode(&turned, Purpose::Items);
    assert_eq!(found.len(), 1, "{found:?}");
    assert!(entry.expected.contains(&found[0].text), "{found:?} vs {:?}", entry.expected);
    assert_eq!(found[0].pass, Pass::Hard);
    // The end points map back onto the turned frame: a vertical line (the bars lie
    // across the frame).
    let r = found[0].region.expect("a 1D result has end points");
    assert!(r.h > 50 && r.w < r.h / 4, "{r:?}");
    assert!(r.x + r.w <= turned.width() && r.y + r.h <= turned.height(), "{r:?}");
    // The region pass reads rows, so that line is not kept for the next frame.
    assert_eq!(decoder.last_region(), None);
    // An upright code's line is kept.
    decoder.reset();
    decoder.decode(&upright, Purpose::Items);
    assert!(decoder.last_region().is_some());
}

/// Frame 112 of the seed-1 corpus: a large, sharp QR that rxing's detector misses at
/// half size and reads at a third; the coarse pass costs ~1 ms.
#[test]
fn issue_5_a_qr_missed_at_half_size_is_read_by_the_coarse_pass() {
    assert_eq!(pass_reading(1, 112), Pass::Coarse);
}

/// With `try_harder` off, the frames above are not read: each test is about its pass.
#[test]
fn without_the_hard_pass_the_bezel_frame_is_not_read() {
    let (frame, _) = frame_of(2, 46);
    let mut decoder =
        RxingDecoder::new(scanner::DecoderOptions { try_harder: false, ..Default::default() });
    assert!(decoder.decode(&frame, Purpose::Payment).is_empty());
}
