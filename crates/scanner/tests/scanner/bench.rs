use scanner::RxingDecoder;

#[test]
fn the_bench_reports_consistent_figures() {
    let dir = crate::corpus_dir();
    let report = scanner::bench::run(dir, &mut RxingDecoder::default(), 1).unwrap();
    let p = &report.payment;
    assert_eq!(
        p.frames,
        report.payment_480p.frames + report.payment_720p.frames + report.payment_1080p.frames
    );
    assert_eq!(report.all.frames, super::corpus::FRAMES);
    assert!(p.detected <= p.frames && p.rate > 0.0);
    assert!(p.p50_ms > 0.0 && p.p50_ms <= p.p95_ms);
    assert_eq!(report.negatives.wrong, 0);
}

#[test]
fn a_folder_without_manifest_is_an_error() {
    let dir = tempfile::tempdir().unwrap();
    assert!(scanner::bench::run(dir.path(), &mut RxingDecoder::default(), 1).is_err());
    std::fs::write(dir.path().join("manifest.jsonl"), "{not json}\n").unwrap();
    let err = scanner::bench::load_manifest(dir.path()).unwrap_err();
    assert!(err.to_string().contains("line 1"), "{err}");
}

#[test]
fn percentiles_use_nearest_rank() {
    let v = [1.0, 2.0, 3.0, 4.0, 5.0, 6.0, 7.0, 8.0, 9.0, 10.0];
    assert_eq!(scanner::bench::percentile(&v, 0.5), 5.0);
    assert_eq!(scanner::bench::percentile(&v, 0.95), 10.0);
    assert_eq!(scanner::bench::percentile(&[], 0.5), 0.0);
}

/// A stand-in whose every other decode is slow, as a frame timed while the host
/// was busy would be.
struct EveryOtherSlow {
    calls: u32,
}

impl scanner::Decode for EveryOtherSlow {
    fn decode(
        &mut self,
        _frame: &scanner::Frame,
        _purpose: scanner::Purpose,
    ) -> Vec<scanner::RawCode> {
        self.calls += 1;
        if self.calls % 2 == 1 {
            std::thread::sleep(std::time::Duration::from_millis(30));
        }
        Vec::new()
    }
}

#[test]
fn repeated_timings_keep_each_frames_fastest() {
    let dir = tempfile::tempdir().unwrap();
    let mut manifest = String::new();
    for i in 0..3 {
        let file = format!("f{i}.png");
        image::GrayImage::from_pixel(32, 24, image::Luma([200u8]))
            .save(dir.path().join(&file))
            .unwrap();
        manifest.push_str(&format!(
            "{{\"file\":\"{file}\",\"width\":32,\"height\":24,\"kind\":\"negative\",\"expected\":[]}}\n"
        ));
    }
    std::fs::write(dir.path().join("manifest.jsonl"), manifest).unwrap();
    let once = scanner::bench::run(dir.path(), &mut EveryOtherSlow { calls: 0 }, 1).unwrap();
    // One timing each: frames 1 and 3 were slow.
    assert!(once.all.p95_ms >= 30.0, "{:?}", once.all);
    let mut decoder = EveryOtherSlow { calls: 0 };
    let twice = scanner::bench::run(dir.path(), &mut decoder, 2).unwrap();
    assert_eq!(decoder.calls, 6, "each frame decoded twice");
    assert!(twice.all.p95_ms < 30.0, "the fast timing of each frame is kept: {:?}", twice.all);
    assert_eq!(twice.negatives.rate, 1.0);
}
