//! The kiosk's translations: the Fluent catalogs under `assets/locales/`,
//! embedded at build time and shared by the web UI (which loads the same
//! files) and the receipts printed by the Rust side.
//!
//! Layout: `assets/locales/<tag>/<area>.ftl`, where `<tag>` is a BCP 47 tag
//! (`en`, `zh-Hans`, `ar`…) and `<area>` groups messages (`ui.ftl`,
//! `receipt.ftl`). English (`en`) is the reference: every other locale must
//! define exactly its keys; [`Catalogs::coverage_problems`] lists any gap and
//! a test keeps the list empty.
//!
//! Messages are formatted without Fluent's Unicode isolation marks (U+2068 /
//! U+2069): they mean nothing to a receipt printer.
//!
//! ```
//! use i18n::{Catalogs, FluentArgs};
//!
//! let catalogs = Catalogs::embedded()?;
//! let zh = catalogs.locale("zh-Hans")?;
//! assert_eq!(zh.native_name(), "简体中文");
//! let mut args = FluentArgs::new();
//! args.set("store", "Demo");
//! assert_eq!(zh.message("attract-lane-store", Some(&args))?, "Demo");
//! # Ok::<(), i18n::I18nError>(())
//! ```

use std::collections::BTreeSet;

use fluent_bundle::FluentResource;
use fluent_bundle::concurrent::FluentBundle;
pub use fluent_bundle::{FluentArgs, FluentValue};
use unic_langid::{CharacterDirection, LanguageIdentifier};

mod sources {
    include!(concat!(env!("OUT_DIR"), "/sources.rs"));
}

/// The locale every other locale is checked against.
pub const REFERENCE_LOCALE: &str = "en";

/// What can go wrong with catalogs.
#[derive(Debug, thiserror::Error)]
#[non_exhaustive]
pub enum I18nError {
    /// A catalog file does not parse.
    #[error("assets/locales/{tag}/{file}: Fluent syntax error: {detail}")]
    Syntax {
        /// Locale tag.
        tag: String,
        /// File name inside the locale directory.
        file: String,
        /// The parser's complaints.
        detail: String,
    },
    /// A locale directory whose name is not a valid language tag.
    #[error("assets/locales/{tag}: not a valid BCP 47 language tag")]
    BadTag {
        /// The directory name.
        tag: String,
    },
    /// Two files of one locale define the same message.
    #[error("assets/locales/{tag}: message {key:?} is defined twice")]
    Duplicate {
        /// Locale tag.
        tag: String,
        /// The message key.
        key: String,
    },
    /// No catalog for the requested locale.
    #[error("no catalog for locale {tag:?} (available: {available})")]
    UnknownLocale {
        /// The requested tag.
        tag: String,
        /// Available tags, comma separated.
        available: String,
    },
    /// The locale has no such message.
    #[error("locale {tag}: no message {key:?}")]
    MissingMessage {
        /// Locale tag.
        tag: String,
        /// The message key.
        key: String,
    },
    /// The message exists but could not be formatted (e.g. a missing argument).
    #[error("locale {tag}: message {key:?} could not be formatted: {detail}")]
    Format {
        /// Locale tag.
        tag: String,
        /// The message key.
        key: String,
        /// Fluent's complaints.
        detail: String,
    },
}

/// Writing direction of a locale's script.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Direction {
    /// Left to right.
    Ltr,
    /// Right to left (Arabic, Hebrew…).
    Rtl,
}

impl Direction {
    /// `"ltr"` or `"rtl"`, as the HTML `dir` attribute wants it.
    pub fn as_str(self) -> &'static str {
        match self {
            Direction::Ltr => "ltr",
            Direction::Rtl => "rtl",
        }
    }
}

/// An argument `"X"` for every variable (`{ $name }`) any shipped catalog
/// uses: for checks that format every message of every locale.
pub fn sample_args() -> FluentArgs<'static> {
    let mut args = FluentArgs::new();
    for (_, _, text) in sources::SOURCES.iter() {
        let mut rest = *text;
        while let Some(at) = rest.find('$') {
            rest = &rest[at + 1..];
            let end = rest
                .find(|c: char| !(c.is_ascii_alphanumeric() || c == '_' || c == '-'))
                .unwrap_or(rest.len());
            if end > 0 {
                args.set(rest[..end].to_owned(), "X");
            }
        }
    }
    args
}

/// The locale tags that have catalogs, sorted. Cheap: reads no catalog.
pub fn available_tags() -> Vec<&'static str> {
    let mut tags: Vec<&'static str> = sources::SOURCES.iter().map(|(tag, _, _)| *tag).collect();
    tags.dedup();
    tags
}

/// One locale's messages.
pub struct Locale {
    tag: String,
    direction: Direction,
    native_name: String,
    keys: BTreeSet<String>,
    bundle: FluentBundle<FluentResource>,
}

impl std::fmt::Debug for Locale {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Locale")
            .field("tag", &self.tag)
            .field("direction", &self.direction)
            .field("keys", &self.keys.len())
            .finish()
    }
}

impl Locale {
    /// The BCP 47 tag (`zh-Hans`).
    pub fn tag(&self) -> &str {
        &self.tag
    }

    /// The language's name in itself (message `language-name`).
    pub fn native_name(&self) -> &str {
        &self.native_name
    }

    /// Writing direction.
    pub fn direction(&self) -> Direction {
        self.direction
    }

    /// Every message key this locale defines.
    pub fn keys(&self) -> &BTreeSet<String> {
        &self.keys
    }

    /// Formats message `key` with `args`, without isolation marks.
    pub fn message(&self, key: &str, args: Option<&FluentArgs<'_>>) -> Result<String, I18nError> {
        let missing = || I18nError::MissingMessage { tag: self.tag.clone(), key: key.to_owned() };
        let pattern = self.bundle.get_message(key).and_then(|m| m.value()).ok_or_else(missing)?;
        let mut errors = Vec::new();
        let text = self.bundle.format_pattern(pattern, args, &mut errors).into_owned();
        if errors.is_empty() {
            Ok(text)
        } else {
            Err(I18nError::Format {
                tag: self.tag.clone(),
                key: key.to_owned(),
                detail: errors.iter().map(|e| e.to_string()).collect::<Vec<_>>().join("; "),
            })
        }
    }
}

/// A gap between a locale and the reference locale.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum CoverageProblem {
    /// The reference has the key, the locale does not.
    Missing {
        /// Locale tag.
        tag: String,
        /// The message key.
        key: String,
    },
    /// The locale has a key the reference does not.
    Extra {
        /// Locale tag.
        tag: String,
        /// The message key.
        key: String,
    },
}

impl std::fmt::Display for CoverageProblem {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            CoverageProblem::Missing { tag, key } => write!(f, "{tag}: missing {key:?}"),
            CoverageProblem::Extra { tag, key } => {
                write!(f, "{tag}: {key:?} is not in the reference locale {REFERENCE_LOCALE}")
            }
        }
    }
}

/// All catalogs.
#[derive(Debug)]
pub struct Catalogs {
    locales: Vec<Locale>,
}

impl Catalogs {
    /// Parses the catalogs embedded at build time.
    pub fn embedded() -> Result<Catalogs, I18nError> {
        Catalogs::from_sources(sources::SOURCES.iter().copied())
    }

    /// Parses catalogs from `(tag, file name, contents)` triples.
    pub fn from_sources<'a>(
        sources: impl IntoIterator<Item = (&'a str, &'a str, &'a str)>,
    ) -> Result<Catalogs, I18nError> {
        let mut locales: Vec<Locale> = Vec::new();
        for (tag, file, text) in sources {
            let index = match locales.iter().position(|l| l.tag == tag) {
                Some(i) => i,
                None => {
                    locales.push(new_locale(tag)?);
                    locales.len() - 1
                }
            };
            let locale = &mut locales[index];
            let resource = FluentResource::try_new(text.to_owned()).map_err(|(_, errors)| {
                I18nError::Syntax {
                    tag: tag.to_owned(),
                    file: file.to_owned(),
                    detail: errors.iter().map(|e| format!("{e:?}")).collect::<Vec<_>>().join("; "),
                }
            })?;
            for entry in resource.entries() {
                if let fluent_syntax::ast::Entry::Message(m) = entry
                    && !locale.keys.insert(m.id.name.to_owned())
                {
                    return Err(I18nError::Duplicate {
                        tag: tag.to_owned(),
                        key: m.id.name.to_owned(),
                    });
                }
            }
            locale.bundle.add_resource(resource).map_err(|_| I18nError::Duplicate {
                tag: tag.to_owned(),
                key: String::from("(a term or message)"),
            })?;
        }
        for locale in &mut locales {
            locale.native_name = locale.message("language-name", None)?;
        }
        locales.sort_by(|a, b| a.tag.cmp(&b.tag));
        Ok(Catalogs { locales })
    }

    /// Every locale, sorted by tag.
    pub fn locales(&self) -> &[Locale] {
        &self.locales
    }

    /// The locale with this exact tag.
    pub fn locale(&self, tag: &str) -> Result<&Locale, I18nError> {
        self.locales.iter().find(|l| l.tag == tag).ok_or_else(|| I18nError::UnknownLocale {
            tag: tag.to_owned(),
            available: self.locales.iter().map(|l| l.tag.as_str()).collect::<Vec<_>>().join(", "),
        })
    }

    /// Keys missing from, or extra in, each locale compared to
    /// [`REFERENCE_LOCALE`]. Empty when the catalogs are complete.
    pub fn coverage_problems(&self) -> Vec<CoverageProblem> {
        let Some(reference) = self.locales.iter().find(|l| l.tag == REFERENCE_LOCALE) else {
            return vec![CoverageProblem::Missing {
                tag: REFERENCE_LOCALE.to_owned(),
                key: String::from("(the whole reference locale)"),
            }];
        };
        let mut problems = Vec::new();
        for locale in &self.locales {
            for key in reference.keys.difference(&locale.keys) {
                problems
                    .push(CoverageProblem::Missing { tag: locale.tag.clone(), key: key.clone() });
            }
            for key in locale.keys.difference(&reference.keys) {
                problems.push(CoverageProblem::Extra { tag: locale.tag.clone(), key: key.clone() });
            }
        }
        problems
    }
}

fn new_locale(tag: &str) -> Result<Locale, I18nError> {
    let langid: LanguageIdentifier =
        tag.parse().map_err(|_| I18nError::BadTag { tag: tag.to_owned() })?;
    let direction = match langid.character_direction() {
        CharacterDirection::RTL => Direction::Rtl,
        CharacterDirection::LTR | CharacterDirection::TTB => Direction::Ltr,
    };
    let mut bundle = FluentBundle::new_concurrent(vec![langid]);
    bundle.set_use_isolating(false);
    Ok(Locale {
        tag: tag.to_owned(),
        direction,
        native_name: String::new(),
        keys: BTreeSet::new(),
        bundle,
    })
}
