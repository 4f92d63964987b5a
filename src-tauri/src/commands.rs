//! Tauri commands: one line each, calling into the crates.

use checkout::TouchProduct;
use checkout::demo::DemoCode;
use checkout::session::Input;
use checkout::view::CheckoutView;
use tauri::State;

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
pub fn checkout_scan(state: State<'_, KioskState>, code: String) -> Answer<CheckoutView> {
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
