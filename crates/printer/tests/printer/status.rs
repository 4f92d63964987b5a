//! Status against the virtual printer over TCP: paper out, cover open,
//! offline, near end and a silent printer (DLE EOT, Epson dle_eot.html).

use std::time::{Duration, Instant};

use printer::virtual_printer::{VirtualOptions, VirtualPrinter, VirtualState};
use printer::{
    Connection, PaperWidth, PrinterConfig, PrinterError, PrinterStatus, Receipt, StatusProblem,
};

use crate::{locale, profile};

pub(crate) fn start(state: VirtualState) -> VirtualPrinter {
    VirtualPrinter::start(
        "127.0.0.1:0",
        VirtualOptions { paper: PaperWidth::Mm80, out_dir: None, state },
    )
    .unwrap()
}

pub(crate) fn config(printer: &VirtualPrinter, timeout_ms: u64) -> PrinterConfig {
    PrinterConfig::from_keys("tcp", &printer.addr().to_string(), 80, false, timeout_ms).unwrap()
}

fn receipt() -> Vec<u8> {
    printer::receipt_bytes(&Receipt::sample(), locale("en"), profile(PaperWidth::Mm80, false))
        .unwrap()
}

#[test]
fn status_bytes_follow_the_epson_bit_layout() {
    let flags = VirtualState { paper_out: true, cover_open: true, ..Default::default() }.flags();
    // Fixed bits 1 and 4 set; n=1 bit 3 offline; n=2 bit 2 cover, bit 5 paper-end stop;
    // n=4 bits 5-6 paper end.
    assert_eq!(flags.answer(1), 0x12 | 0x08);
    assert_eq!(flags.answer(2), 0x12 | 0x04 | 0x20);
    assert_eq!(flags.answer(4), 0x12 | 0x60);
    assert_eq!(VirtualState::default().flags().answer(1), 0x12);
    assert!(
        printer::is_status_byte(0x12)
            && !printer::is_status_byte(0x00)
            && !printer::is_status_byte(0xFF)
    );
}

#[test]
fn a_ready_printer_prints_and_reports_ready_before_and_after() {
    let vp = start(VirtualState::default());
    let mut conn = Connection::open(&config(&vp, 1000)).unwrap();
    let report = conn.print(&receipt()).unwrap();
    assert!(report.before.is_ready() && report.after.is_ready(), "{report:?}");
    let printed = vp.wait_printed(1, Duration::from_secs(10));
    assert_eq!(printed.len(), 1, "errors: {:?}", vp.errors());
    assert!(vp.status_answers() >= 6);
}

#[test]
fn each_fault_is_reported_and_nothing_is_printed() {
    let cases = [
        (VirtualState { paper_out: true, ..Default::default() }, StatusProblem::PaperOut),
        (VirtualState { cover_open: true, ..Default::default() }, StatusProblem::CoverOpen),
        (VirtualState { offline: true, ..Default::default() }, StatusProblem::Offline),
    ];
    for (state, problem) in cases {
        let vp = start(state);
        let mut conn = Connection::open(&config(&vp, 1000)).unwrap();
        let status = conn.status();
        assert!(matches!(status, PrinterStatus::Known(_)), "{status}");
        assert_eq!(status.problem(), Some(problem), "{status}");
        match conn.print(&receipt()) {
            Err(PrinterError::NotReady { status, .. }) => {
                assert_eq!(status.problem(), Some(problem))
            }
            other => panic!("printing with {problem:?} gave {other:?}"),
        }
        // Even bytes sent regardless are not printed while the fault lasts.
        conn.send(&receipt()).unwrap();
        drop(conn);
        std::thread::sleep(Duration::from_millis(200));
        assert!(vp.printed().is_empty(), "{problem:?}");
        assert_eq!(vp.discarded(), 1, "{problem:?}");
    }
}

#[test]
fn paper_near_end_still_prints_but_is_visible() {
    let vp = start(VirtualState { paper_near_end: true, ..Default::default() });
    let mut conn = Connection::open(&config(&vp, 1000)).unwrap();
    let report = conn.print(&receipt()).unwrap();
    assert!(report.after.is_ready() && report.after.paper_near_end());
    assert_eq!(vp.wait_printed(1, Duration::from_secs(10)).len(), 1);
}

#[test]
fn a_silent_printer_is_unknown_after_the_timeout_never_ok() {
    let vp = start(VirtualState { silent: true, ..Default::default() });
    let mut conn = Connection::open(&config(&vp, 300)).unwrap();
    let started = Instant::now();
    let status = conn.status();
    assert!(started.elapsed() >= Duration::from_millis(290));
    assert!(
        matches!(&status, PrinterStatus::Unknown { reason } if reason.contains("no answer")),
        "{status}"
    );
    assert!(!status.is_ready());
    assert_eq!(status.problem(), Some(StatusProblem::Unknown));
    assert!(matches!(conn.print(&receipt()), Err(PrinterError::NotReady { .. })));
}

#[test]
fn state_changes_at_run_time_are_seen_on_the_same_connection() {
    let vp = start(VirtualState::default());
    let mut conn = Connection::open(&config(&vp, 1000)).unwrap();
    assert!(conn.status().is_ready());
    vp.set_state(VirtualState { paper_out: true, ..Default::default() });
    assert_eq!(conn.status().problem(), Some(StatusProblem::PaperOut));
    vp.set_state(VirtualState::default());
    let report = conn.print(&receipt()).unwrap();
    assert!(report.after.is_ready());
    assert_eq!(vp.wait_printed(1, Duration::from_secs(10)).len(), 1);
}

#[test]
fn a_printer_that_is_not_there_fails_to_open() {
    let vp = start(VirtualState::default());
    let config = config(&vp, 300);
    drop(vp);
    assert!(matches!(Connection::open(&config), Err(PrinterError::Open { .. })));
    let none = PrinterConfig::from_keys("none", "", 80, false, 300).unwrap();
    assert!(matches!(Connection::open(&none), Err(PrinterError::NoPrinter)));
}
