use std::sync::mpsc::{Receiver, Sender, channel};
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

use scanner::{
    Classification, CodeRules, Decode, DecodeWorker, Frame, Pass, Purpose, RawCode, RxingDecoder,
    Symbology,
};

fn blank(seq: u64) -> Frame {
    Frame::from_luma(8, 8, vec![200; 64]).unwrap().stamped(seq, Instant::now())
}

/// Reports each frame it starts on, then blocks until released.
struct Gated {
    started: Sender<u64>,
    release: Arc<Mutex<Receiver<()>>>,
}

impl Decode for Gated {
    fn decode(&mut self, frame: &Frame, _: Purpose) -> Vec<RawCode> {
        self.started.send(frame.seq).unwrap();
        self.release.lock().unwrap().recv().unwrap();
        vec![RawCode {
            text: format!("28000000000000{:04}", frame.seq),
            symbology: Symbology::QrCode,
            region: None,
            pass: Pass::Other,
        }]
    }
}

#[test]
fn only_the_newest_frame_is_decoded_and_stale_ones_are_counted() {
    let (started_tx, started) = channel();
    let (release, release_rx) = channel();
    let decoder = Gated { started: started_tx, release: Arc::new(Mutex::new(release_rx)) };
    let worker =
        DecodeWorker::spawn(Box::new(decoder), Arc::new(CodeRules::default()), Purpose::Payment)
            .unwrap();
    let sink = worker.sink();
    sink.submit(blank(1));
    assert_eq!(started.recv_timeout(Duration::from_secs(5)).unwrap(), 1);
    // While frame 1 is being decoded, three more arrive: 2 and 3 go stale.
    for seq in 2..=4 {
        sink.submit(blank(seq));
    }
    release.send(()).unwrap();
    assert_eq!(started.recv_timeout(Duration::from_secs(5)).unwrap(), 4);
    release.send(()).unwrap();
    let seqs: Vec<u64> = (0..2)
        .map(|_| worker.next_event(Duration::from_secs(5)).unwrap().frame_seq.unwrap())
        .collect();
    assert_eq!(seqs, [1, 4]);
    let stats = worker.stats();
    assert_eq!((stats.submitted, stats.decoded, stats.dropped_stale), (4, 2, 2));
    worker.stop();
}

/// Panics on even frames, finds a code on odd ones.
struct Flaky;

impl Decode for Flaky {
    fn decode(&mut self, frame: &Frame, _: Purpose) -> Vec<RawCode> {
        if frame.seq.is_multiple_of(2) {
            panic!("decoder bug on frame {}", frame.seq);
        }
        vec![RawCode {
            text: format!("28000000000000{:04}", frame.seq),
            symbology: Symbology::Code128,
            region: None,
            pass: Pass::Other,
        }]
    }
}

#[test]
fn decoder_panics_are_caught_counted_and_not_fatal() {
    let worker =
        DecodeWorker::spawn(Box::new(Flaky), Arc::new(CodeRules::default()), Purpose::Payment)
            .unwrap();
    let mut events = Vec::new();
    for seq in 0..6 {
        worker.submit(blank(seq));
        // Wait for the worker to take this frame so none goes stale.
        let until = Instant::now() + Duration::from_secs(5);
        while worker.stats().decoded < seq + 1 && Instant::now() < until {
            std::thread::sleep(Duration::from_millis(1));
        }
        if !seq.is_multiple_of(2) {
            events.push(worker.next_event(Duration::from_secs(5)).unwrap());
        }
    }
    let stats = worker.stats();
    assert_eq!(stats.panics, 3);
    assert_eq!(stats.decoded, 6);
    assert_eq!(stats.events, 3);
    assert!(events.iter().all(|e| matches!(e.classification, Classification::Payment { .. })));
    worker.stop();
}

#[test]
fn the_real_decoder_finds_a_rendered_payment_screen_and_reports_it_once() {
    // Find an easy payment frame in the generated corpus and feed it three times.
    let dir = crate::corpus_dir();
    let manifest = scanner::bench::load_manifest(dir).unwrap();
    let entry = manifest
        .iter()
        .find(|e| e.kind == "payment" && e.width == 1280)
        .expect("corpus has a 720p payment frame");
    let frame = scanner::load_frame(&dir.join(&entry.file)).unwrap();
    let rules = Arc::new(CodeRules::default());
    let worker =
        DecodeWorker::spawn(Box::new(RxingDecoder::default()), rules, Purpose::Payment).unwrap();
    // Decoding the same screen in 3 frames must yield at most one event.
    let mut found = None;
    for seq in 0..3 {
        worker.submit(frame.clone().stamped(seq, Instant::now()));
        if let Some(ev) = worker.next_event(Duration::from_secs(10)) {
            assert!(found.is_none(), "second event for the same code");
            found = Some(ev);
        }
    }
    std::thread::sleep(Duration::from_millis(200));
    assert!(worker.next_event(Duration::from_millis(100)).is_none());
    let stats = worker.stats();
    worker.stop();
    match found {
        Some(ev) => {
            let kind = ev.classification.kind();
            assert!(kind == "alipay" || kind == "other_wallet", "{kind}");
            assert!(stats.events == 1);
        }
        // Some corpus frames are hard on purpose; say so instead of passing silently.
        None => panic!("no code found in {} (expected {:?})", entry.file, entry.expected),
    }
}
