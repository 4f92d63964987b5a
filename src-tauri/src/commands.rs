//! Tauri commands: one line each, calling into the crates.

use checkout::TouchProduct;
use checkout::demo::DemoCode;
use checkout::session::Input;
use checkout::view::CheckoutView;
use staff::audit::AuditRow;
use staff::maintenance::{
    CameraDevice, CameraInfo, Overview, PrinterInfo, ReconciliationView, RefundRow, TradeDetail,
    TradeFilter, TradeRow,
};
use tauri::{AppHandle, State};

use crate::models::{KioskInfo, UiError};
use crate::state::KioskState;

type Answer<T> = Result<T, UiError>;

/// Store, terminal and language settings for the UI.
#[tauri::command]
pub fn kiosk_info(state: State<'_, KioskState>) -> Answer<KioskInfo> {
    Ok(KioskInfo::new(&state.lane().current_config(), state.windowed(), state.demo().is_some()))
}

/// The current view.
#[tauri::command]
pub fn checkout_view(state: State<'_, KioskState>) -> Answer<CheckoutView> {
    Ok(state.lane().view())
}

/// Attract → language.
#[tauri::command]
pub fn checkout_start(state: State<'_, KioskState>) -> Answer<CheckoutView> {
    Ok(state.lane().input(Input::Start))
}

/// Picks the session's language.
#[tauri::command]
pub fn checkout_language(state: State<'_, KioskState>, tag: String) -> Answer<CheckoutView> {
    Ok(state.lane().input(Input::Language(tag)))
}

/// A line from a handheld (keyboard-wedge) scanner.
#[tauri::command]
pub async fn checkout_scan(state: State<'_, KioskState>, code: String) -> Answer<CheckoutView> {
    state.lane().typed(&code).map_err(UiError::from)
}

/// Products sold by touch, in the session's language.
#[tauri::command]
pub fn checkout_touch_products(state: State<'_, KioskState>) -> Answer<Vec<TouchProduct>> {
    state.lane().touch_products().map_err(UiError::from)
}

/// Adds a product sold by touch.
#[tauri::command]
pub fn checkout_add(state: State<'_, KioskState>, product_id: String) -> Answer<CheckoutView> {
    state.lane().add_product(&product_id).map_err(UiError::from)
}

/// Sets a line's quantity (0 removes it).
#[tauri::command]
pub fn checkout_quantity(
    state: State<'_, KioskState>,
    line_id: u32,
    quantity: u32,
) -> Answer<CheckoutView> {
    Ok(state.lane().input(Input::Quantity { line_id, quantity }))
}

/// Shopping → paying.
#[tauri::command]
pub fn checkout_pay(state: State<'_, KioskState>) -> Answer<CheckoutView> {
    Ok(state.lane().input(Input::Pay))
}

/// Paying → shopping.
#[tauri::command]
pub fn checkout_back(state: State<'_, KioskState>) -> Answer<CheckoutView> {
    Ok(state.lane().input(Input::Back))
}

/// Cancels the payment (processing) or the order.
#[tauri::command]
pub fn checkout_cancel(state: State<'_, KioskState>) -> Answer<CheckoutView> {
    Ok(state.lane().input(Input::Cancel))
}

/// A touch: restarts the idle timer.
#[tauri::command]
pub fn checkout_activity(state: State<'_, KioskState>) -> Answer<CheckoutView> {
    Ok(state.lane().input(Input::Activity))
}

/// "Need help?".
#[tauri::command]
pub fn checkout_call_staff(state: State<'_, KioskState>) -> Answer<CheckoutView> {
    Ok(state.lane().input(Input::CallStaff))
}

/// Failed → paying with a fresh code.
#[tauri::command]
pub fn checkout_retry(state: State<'_, KioskState>) -> Answer<CheckoutView> {
    Ok(state.lane().input(Input::Retry))
}

/// Done/failed → attract.
#[tauri::command]
pub fn checkout_finish(state: State<'_, KioskState>) -> Answer<CheckoutView> {
    Ok(state.lane().input(Input::Finish))
}

/// Demo mode: the simulate buttons.
#[tauri::command]
pub fn demo_codes(state: State<'_, KioskState>) -> Answer<Vec<DemoCode>> {
    Ok(state.demo().map(|d| d.codes.list()).unwrap_or_default())
}

/// Demo mode: shows a picture to the demo camera.
#[tauri::command]
pub fn demo_show(state: State<'_, KioskState>, id: String) -> Answer<()> {
    let demo = state.demo().ok_or_else(|| UiError::new("invalid", "not in demo mode"))?;
    demo.codes.frame(&id).map(|f| demo.screen.show(f)).map_err(UiError::from)
}

// Maintenance mode. Every command but staff_pad and staff_login is refused
// by `staff::Maintenance` unless a staff session is active.

/// The PIN pad opens.
#[tauri::command]
pub fn staff_pad(state: State<'_, KioskState>) -> Answer<staff::PadState> {
    Ok(state.staff().pad())
}

/// A PIN was entered.
#[tauri::command]
pub async fn staff_login(state: State<'_, KioskState>, pin: String) -> Answer<staff::Login> {
    Ok(state.staff().login(pin))
}

/// Ends the staff session.
#[tauri::command]
pub fn staff_logout(state: State<'_, KioskState>) -> Answer<()> {
    state.staff().exit().map_err(UiError::from)
}

/// Back to customer mode.
#[tauri::command]
pub fn staff_exit(state: State<'_, KioskState>) -> Answer<()> {
    state.staff().exit().map_err(UiError::from)
}

/// The overview.
#[tauri::command]
pub async fn staff_overview(state: State<'_, KioskState>) -> Answer<Overview> {
    state.staff().overview().map_err(UiError::from)
}

/// Opens or closes the lane.
#[tauri::command]
pub async fn staff_set_lane(state: State<'_, KioskState>, open: bool) -> Answer<Overview> {
    state.staff().set_lane(open).map_err(UiError::from)
}

/// Mutes or unmutes the customer sounds.
#[tauri::command]
pub async fn staff_set_muted(state: State<'_, KioskState>, muted: bool) -> Answer<Overview> {
    state.staff().set_muted(muted).map_err(UiError::from)
}

/// Journal rows.
#[tauri::command]
pub async fn staff_trades(
    state: State<'_, KioskState>,
    filter: TradeFilter,
) -> Answer<Vec<TradeRow>> {
    state.staff().trades(filter).map_err(UiError::from)
}

/// One trade in full.
#[tauri::command]
pub async fn staff_trade(
    state: State<'_, KioskState>,
    out_trade_no: String,
) -> Answer<TradeDetail> {
    state.staff().trade(&out_trade_no).map_err(UiError::from)
}

/// Reprints a receipt.
#[tauri::command]
pub async fn staff_reprint(state: State<'_, KioskState>, out_trade_no: String) -> Answer<()> {
    state.staff().reprint(&out_trade_no).map_err(UiError::from)
}

/// Refunds all or part of a trade.
#[tauri::command]
pub async fn staff_refund(
    state: State<'_, KioskState>,
    out_trade_no: String,
    amount_minor: i64,
    reason: String,
) -> Answer<RefundRow> {
    state.staff().refund(&out_trade_no, amount_minor, &reason).await.map_err(UiError::from)
}

/// Retries owed cancels and pending trades; where the trade stands.
#[tauri::command]
pub async fn staff_resolve(state: State<'_, KioskState>, out_trade_no: String) -> Answer<TradeRow> {
    state.staff().resolve(&out_trade_no).await.map_err(UiError::from)
}

/// Reconciles a day against the bill.
#[tauri::command]
pub async fn staff_reconcile(
    state: State<'_, KioskState>,
    date: String,
) -> Answer<ReconciliationView> {
    state.staff().reconcile(&date).await.map_err(UiError::from)
}

/// Prints the test page.
#[tauri::command]
pub async fn staff_test_print(state: State<'_, KioskState>) -> Answer<PrinterInfo> {
    state.staff().test_print().map_err(UiError::from)
}

/// The audit log.
#[tauri::command]
pub async fn staff_audit(state: State<'_, KioskState>, limit: u32) -> Answer<Vec<AuditRow>> {
    state.staff().audit(limit).map_err(UiError::from)
}

/// The newest log lines.
#[tauri::command]
pub async fn staff_logs(state: State<'_, KioskState>, lines: u32) -> Answer<Vec<String>> {
    state.staff().logs(lines).map_err(UiError::from)
}

/// The cameras the OS reports.
#[tauri::command]
pub async fn staff_cameras(state: State<'_, KioskState>) -> Answer<Vec<CameraDevice>> {
    state.staff().cameras().map_err(UiError::from)
}

/// Switches the scanner to camera `index`.
#[tauri::command]
pub fn staff_pick_camera(
    app: AppHandle,
    state: State<'_, KioskState>,
    index: u32,
) -> Answer<CameraInfo> {
    state.staff().pick_camera(index).map_err(UiError::from)?;
    crate::events::pick_camera(&app, index)
        .map_err(|e| UiError::new("camera", format!("{e:#}")))?;
    Ok(state.staff().camera())
}

/// The staff camera page opened or closed.
#[tauri::command]
pub fn staff_camera_preview(state: State<'_, KioskState>, on: bool) -> Answer<CameraInfo> {
    state.staff().camera_preview(on).map_err(UiError::from)
}

/// Quits the kiosk: the only way to close it.
#[tauri::command]
pub fn staff_quit(app: AppHandle, state: State<'_, KioskState>) -> Answer<()> {
    state.staff().quit().map(|()| app.exit(0)).map_err(UiError::from)
}
