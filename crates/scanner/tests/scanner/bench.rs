use scanner::RxingDecoder;

#[test]
fn the_bench_reports_consistent_figures() {
    let dir = crate::corpus_dir();
    let report = scanner::bench::run(dir, &mut RxingDecoder::default()).unwrap();
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
    assert!(scanner::bench::run(dir.path(), &mut RxingDecoder::default()).is_err());
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
