//! The crate's error type.

use std::path::PathBuf;

use serde::Serialize;

/// What went wrong with the camera, in the small set the UI and staff alarms branch on.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize)]
#[serde(rename_all = "snake_case")]
#[non_exhaustive]
pub enum CameraFault {
    /// No camera is connected, or none matches the configured index or name.
    NoCamera,
    /// The camera exists but another process holds it.
    Busy,
    /// The OS refused access (device permissions, macOS/Windows privacy settings).
    PermissionDenied,
    /// The camera stopped delivering frames mid-session (unplugged, driver reset).
    Unplugged,
    /// The camera offers no format we can use.
    Unsupported,
    /// Anything else the backend reported.
    Other,
}

impl CameraFault {
    /// A stable code for the UI and telemetry (`no_camera`, `camera_busy`, …).
    pub fn code(self) -> &'static str {
        match self {
            CameraFault::NoCamera => "no_camera",
            CameraFault::Busy => "camera_busy",
            CameraFault::PermissionDenied => "camera_permission_denied",
            CameraFault::Unplugged => "camera_unplugged",
            CameraFault::Unsupported => "camera_unsupported",
            CameraFault::Other => "camera_error",
        }
    }
}

/// Errors of the scanner crate.
#[derive(Debug, thiserror::Error)]
#[non_exhaustive]
pub enum ScanError {
    /// A camera fault, with the backend's own words.
    #[error("camera {camera}: {} ({detail})", fault.code())]
    Camera {
        /// The kind of fault.
        fault: CameraFault,
        /// Which camera (index or name as configured).
        camera: String,
        /// The backend's message.
        detail: String,
    },
    /// An image file or folder could not be read.
    #[error("cannot read {path}")]
    Io {
        /// The path.
        path: PathBuf,
        /// The cause.
        #[source]
        source: std::io::Error,
    },
    /// An image file could not be decoded.
    #[error("cannot decode image {path}")]
    Image {
        /// The path.
        path: PathBuf,
        /// The cause.
        #[source]
        source: image::ImageError,
    },
    /// A folder source holds no images.
    #[error("no images (png, jpg) in {path}")]
    NoImages {
        /// The folder.
        path: PathBuf,
    },
    /// A frame buffer does not match its stated size or pixel format.
    #[error("bad frame: {reason}")]
    BadFrame {
        /// What is wrong with it.
        reason: String,
    },
    /// A line source (serial port, stdin) failed.
    #[error("cannot read scanner line from {source_name}")]
    Line {
        /// The device or stream.
        source_name: String,
        /// The cause.
        #[source]
        source: std::io::Error,
    },
    /// A bench corpus manifest is missing or malformed.
    #[error("bad corpus manifest {path}: {reason}")]
    Manifest {
        /// The manifest file.
        path: PathBuf,
        /// What is wrong.
        reason: String,
    },
    /// The decode worker has stopped.
    #[error("the decode worker has stopped")]
    WorkerStopped,
}

impl ScanError {
    /// The camera fault, if this is one.
    pub fn camera_fault(&self) -> Option<CameraFault> {
        match self {
            ScanError::Camera { fault, .. } => Some(*fault),
            _ => None,
        }
    }
}
