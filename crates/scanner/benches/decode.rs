//! Criterion bench: one 1280×720 payment frame from the generated corpus through the
//! decoder cascade, cold (no remembered region) and warm (the region of the last hit).
//! The whole-corpus figures come from `kioskctl bench decode DIR`.
#![allow(missing_docs)] // criterion_group! generates an undocumented function

use criterion::{Criterion, criterion_group, criterion_main};
use scanner::{Decode, Frame, Purpose, RxingDecoder};

fn payment_frame() -> Option<Frame> {
    // The first 720p payment frame of seed 1 that decodes.
    (0..40).find_map(|i| {
        let (img, entry) = scanpay_tests::corpus::render_frame(1, i).ok()?;
        if entry.width != 1280 || entry.kind != scanpay_tests::corpus::FrameKind::Payment {
            return None;
        }
        let frame = Frame::from_image(&image::DynamicImage::ImageRgb8(img)).ok()?;
        let found = !RxingDecoder::default().decode(&frame, Purpose::Payment).is_empty();
        found.then_some(frame)
    })
}

fn bench(c: &mut Criterion) {
    let Some(frame) = payment_frame() else {
        eprintln!("no decodable 720p payment frame in the first 40 of seed 1; bench skipped");
        return;
    };
    let mut g = c.benchmark_group("decode_720p_payment");
    g.sample_size(30);
    g.bench_function("cold", |b| {
        let mut d = RxingDecoder::default();
        b.iter(|| {
            d.reset();
            d.decode(&frame, Purpose::Payment)
        })
    });
    g.bench_function("warm_region", |b| {
        let mut d = RxingDecoder::default();
        d.decode(&frame, Purpose::Payment);
        b.iter(|| d.decode(&frame, Purpose::Payment))
    });
    let blank = Frame::from_luma(1280, 720, vec![128; 1280 * 720]).ok();
    if let Some(blank) = blank {
        g.bench_function("no_code", |b| {
            let mut d = RxingDecoder::default();
            b.iter(|| d.decode(&blank, Purpose::Payment))
        });
    }
    g.finish();
}

criterion_group!(benches, bench);
criterion_main!(benches);
