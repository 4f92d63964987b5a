//! Where frames and typed codes come from.

pub mod camera;
pub mod file;
pub mod line;

use crate::{Frame, ScanError};

/// A stream of frames: a camera, an image folder, a single image.
///
/// Not `Send`: native camera handles must stay on the thread that opened them, so the
/// [`CameraSupervisor`](crate::CameraSupervisor) opens sources on its own thread.
pub trait FrameSource {
    /// The next frame; `Ok(None)` when a finite source has ended.
    fn next_frame(&mut self) -> Result<Option<Frame>, ScanError>;

    /// A short description for logs and diagnostics.
    fn name(&self) -> String;
}
