use std::time::{Duration, Instant};

use scanner::{Frame, PreviewEncoder, PreviewOptions};

#[test]
fn preview_is_throttled_small_and_a_real_jpeg() {
    let luma: Vec<u8> = (0..1280 * 720).map(|i| (i % 251) as u8).collect();
    let frame = Frame::from_luma(1280, 720, luma).unwrap();
    let mut enc = PreviewEncoder::new(PreviewOptions::default());
    let t = Instant::now();
    let jpeg = enc.offer(&frame, t).unwrap().unwrap();
    assert!(enc.offer(&frame, t + Duration::from_millis(50)).is_none());
    assert!(enc.offer(&frame, t + Duration::from_millis(100)).is_some());
    let img = image::load_from_memory(&jpeg).unwrap();
    assert!(img.width() <= 480, "{}", img.width());
    assert_eq!((img.width(), img.height()), (426, 240));
    assert_eq!(&jpeg[..2], &[0xFF, 0xD8]);
}
