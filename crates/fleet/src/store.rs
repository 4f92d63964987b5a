//! The apply state on disk: one JSON file replaced atomically (write a
//! temporary file, fsync it, rename it over the old one, fsync the folder),
//! so a power cut leaves either the old state or the new one.

use std::io::Write as _;
use std::path::{Path, PathBuf};

use crate::Error;
use crate::apply::ApplyState;

const STATE_FILE: &str = "state.json";

/// The folder holding the apply state (`fleet.state_dir`).
#[derive(Debug, Clone)]
pub struct StateStore {
    dir: PathBuf,
}

impl StateStore {
    /// Opens (and creates) the folder.
    pub fn open(dir: &Path) -> Result<StateStore, Error> {
        std::fs::create_dir_all(dir)
            .map_err(|source| Error::Io { path: dir.to_owned(), source })?;
        Ok(StateStore { dir: dir.to_owned() })
    }

    /// The state file's path.
    pub fn path(&self) -> PathBuf {
        self.dir.join(STATE_FILE)
    }

    /// The saved state; an empty one when nothing was saved yet.
    pub fn load(&self) -> Result<ApplyState, Error> {
        let path = self.path();
        match std::fs::read(&path) {
            Ok(bytes) => serde_json::from_slice(&bytes)
                .map_err(|e| Error::State { path, reason: e.to_string() }),
            Err(e) if e.kind() == std::io::ErrorKind::NotFound => Ok(ApplyState::default()),
            Err(source) => Err(Error::Io { path, source }),
        }
    }

    /// Replaces the saved state atomically.
    pub fn save(&self, state: &ApplyState) -> Result<(), Error> {
        let bytes = serde_json::to_vec_pretty(state)
            .map_err(|e| Error::State { path: self.path(), reason: e.to_string() })?;
        let tmp = self.dir.join(format!("{STATE_FILE}.tmp"));
        let io = |path: &Path| {
            let path = path.to_owned();
            move |source| Error::Io { path, source }
        };
        let mut file = std::fs::File::create(&tmp).map_err(io(&tmp))?;
        file.write_all(&bytes).map_err(io(&tmp))?;
        file.sync_all().map_err(io(&tmp))?;
        drop(file);
        std::fs::rename(&tmp, self.path()).map_err(io(&self.path()))?;
        // The rename itself is durable only once the folder is synced.
        #[cfg(unix)]
        std::fs::File::open(&self.dir).and_then(|d| d.sync_all()).map_err(io(&self.dir))?;
        Ok(())
    }
}
