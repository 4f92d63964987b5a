//! The product catalog: a document (TOML file in `kiosk-config/`, or the JSON
//! catalog of a fleet bundle) validated into [`Catalog`], then kept in SQLite
//! ([`CatalogStore`]) where scans are looked up.
//!
//! The document:
//!
//! ```toml
//! [[tax]]
//! id = "standard"
//! rate_bp = 1300            # basis points: 13 %. Prices include tax.
//!
//! [[product]]
//! id = "water-550"
//! barcode = "6901234567892" # EAN-13/EAN-8/UPC-A/GTIN-14 with a valid check digit
//! price_minor = 200         # in the store currency's minor units
//! tax = "standard"
//! names = { en = "Mineral water 550 ml", "zh-Hans" = "矿泉水 550 毫升" }
//!
//! [[product]]
//! id = "banana"             # no barcode: sold by touch on the shopping screen
//! price_minor = 150
//! tax = "standard"
//! names = { en = "Banana (each)" }
//! ```

use std::collections::{BTreeMap, HashSet};
use std::path::{Path, PathBuf};
use std::sync::Mutex;

use rusqlite::{Connection, OptionalExtension, params};
use serde::Deserialize;

use crate::CheckoutError;

/// The file name of the catalog database in the data directory.
pub const FILE_NAME: &str = "catalog.sqlite";

/// The most a price may be (a guard against a misplaced decimal point).
const MAX_PRICE_MINOR: i64 = 100_000_000;

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct RawCatalog {
    #[serde(default)]
    tax: Vec<RawTax>,
    #[serde(default)]
    product: Vec<RawProduct>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct RawTax {
    id: String,
    rate_bp: i64,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct RawProduct {
    id: String,
    #[serde(default)]
    barcode: Option<String>,
    price_minor: i64,
    tax: String,
    names: BTreeMap<String, String>,
    #[serde(default)]
    touch: Option<bool>,
}

/// A tax class. Prices include tax.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct TaxClass {
    /// Its id in the catalog.
    pub id: String,
    /// The rate in basis points (1300 = 13 %).
    pub rate_bp: u32,
}

/// A product as sold.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Product {
    /// Catalog id.
    pub id: String,
    /// The barcode as GTIN-14 (left-padded), if it has one.
    pub gtin: Option<String>,
    /// Price including tax, minor units of the store currency.
    pub price_minor: i64,
    /// Tax rate in basis points.
    pub tax_bp: u32,
    /// Names by language tag.
    pub names: BTreeMap<String, String>,
    /// Offered on the touch grid (products without a barcode).
    pub touch: bool,
}

impl Product {
    /// The name in `language`, else in `fallback`, else English, else any.
    pub fn name(&self, language: &str, fallback: &str) -> &str {
        [language, fallback, "en"]
            .iter()
            .find_map(|tag| self.names.get(*tag))
            .or_else(|| self.names.values().next())
            .map_or(self.id.as_str(), String::as_str)
    }
}

/// A validated catalog.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Catalog {
    /// Tax classes.
    pub taxes: Vec<TaxClass>,
    /// Products, in the document's order.
    pub products: Vec<Product>,
}

/// Turns any GTIN-8/12/13/14 into its 14-digit form, so that a UPC-A label
/// and the same product's EAN-13 match.
pub fn gtin14(code: &str) -> Option<String> {
    let code = code.trim();
    if !matches!(code.len(), 8 | 12 | 13 | 14) || !scanner::gtin_is_valid(code) {
        return None;
    }
    Some(format!("{code:0>14}"))
}

impl Catalog {
    /// Parses and validates a TOML catalog document. `origin` names it in errors.
    pub fn from_toml(text: &str, origin: &str) -> Result<Catalog, CheckoutError> {
        let raw: RawCatalog = toml::from_str(text).map_err(|e| CheckoutError::Catalog {
            origin: origin.to_owned(),
            problems: vec![e.to_string().trim().to_owned()],
        })?;
        Catalog::validate(raw, origin)
    }

    /// Reads a TOML catalog file.
    pub fn from_file(path: &Path) -> Result<Catalog, CheckoutError> {
        let text = std::fs::read_to_string(path)
            .map_err(|source| CheckoutError::Io { path: path.to_path_buf(), source })?;
        Catalog::from_toml(&text, &path.display().to_string())
    }

    /// Validates the catalog of a fleet bundle (the same document as JSON).
    pub fn from_json(value: &serde_json::Value, origin: &str) -> Result<Catalog, CheckoutError> {
        let raw: RawCatalog = serde_json::from_value(value.clone()).map_err(|e| {
            CheckoutError::Catalog { origin: origin.to_owned(), problems: vec![e.to_string()] }
        })?;
        Catalog::validate(raw, origin)
    }

    fn validate(raw: RawCatalog, origin: &str) -> Result<Catalog, CheckoutError> {
        let mut problems = Vec::new();
        let mut taxes = Vec::new();
        for (i, t) in raw.tax.into_iter().enumerate() {
            if t.id.trim().is_empty() {
                problems.push(format!("tax[{i}].id: must not be empty"));
            }
            if taxes.iter().any(|x: &TaxClass| x.id == t.id) {
                problems.push(format!("tax[{i}].id: {:?} is defined twice", t.id));
            }
            match u32::try_from(t.rate_bp) {
                Ok(rate) if rate <= 10_000 => taxes.push(TaxClass { id: t.id, rate_bp: rate }),
                _ => problems.push(format!(
                    "tax[{i}].rate_bp: must be between 0 and 10000 basis points (got {})",
                    t.rate_bp
                )),
            }
        }
        let mut products = Vec::new();
        let mut ids = HashSet::new();
        let mut gtins = HashSet::new();
        for (i, p) in raw.product.into_iter().enumerate() {
            let at = |key: &str| format!("product[{i}] ({}).{key}", p.id);
            if p.id.trim().is_empty()
                || !p.id.bytes().all(|b| b.is_ascii_alphanumeric() || b == b'-' || b == b'_')
            {
                problems.push(format!(
                    "product[{i}].id: must be letters, digits, '-' or '_' (got {:?})",
                    p.id
                ));
            }
            if !ids.insert(p.id.clone()) {
                problems.push(format!("product[{i}].id: {:?} is defined twice", p.id));
            }
            let gtin = match &p.barcode {
                None => None,
                Some(code) => match gtin14(code) {
                    Some(g) => {
                        if !gtins.insert(g.clone()) {
                            problems.push(format!("{}: {code} is used twice", at("barcode")));
                        }
                        Some(g)
                    }
                    None => {
                        problems.push(format!(
                            "{}: {code:?} is not an EAN-8/UPC-A/EAN-13/GTIN-14 with a valid check digit",
                            at("barcode")
                        ));
                        None
                    }
                },
            };
            if !(1..=MAX_PRICE_MINOR).contains(&p.price_minor) {
                problems.push(format!(
                    "{}: must be between 1 and {MAX_PRICE_MINOR} (got {})",
                    at("price_minor"),
                    p.price_minor
                ));
            }
            let tax_bp = taxes.iter().find(|t| t.id == p.tax).map(|t| t.rate_bp);
            if tax_bp.is_none() {
                problems.push(format!("{}: no tax class {:?}", at("tax"), p.tax));
            }
            if p.names.is_empty() {
                problems.push(format!("{}: at least one language is needed", at("names")));
            }
            for (tag, name) in &p.names {
                if name.trim().is_empty() || name.chars().count() > 80 {
                    problems.push(format!(
                        "{}: must be 1 to 80 characters",
                        at(&format!("names.{tag}"))
                    ));
                }
            }
            let touch = p.touch.unwrap_or(gtin.is_none());
            if gtin.is_none() && !touch {
                problems.push(format!(
                    "{}: a product without a barcode can only be sold by touch",
                    at("touch")
                ));
            }
            products.push(Product {
                id: p.id,
                gtin,
                price_minor: p.price_minor,
                tax_bp: tax_bp.unwrap_or(0),
                names: p.names,
                touch,
            });
        }
        if products.is_empty() && problems.is_empty() {
            problems.push("product: the catalog has no products".into());
        }
        if problems.is_empty() {
            Ok(Catalog { taxes, products })
        } else {
            Err(CheckoutError::Catalog { origin: origin.to_owned(), problems })
        }
    }
}

/// The catalog in SQLite: what scans are looked up in.
#[derive(Debug)]
pub struct CatalogStore {
    path: PathBuf,
    conn: Mutex<Connection>,
}

const SCHEMA: &str = "
CREATE TABLE IF NOT EXISTS product (
    position    INTEGER NOT NULL,
    id          TEXT PRIMARY KEY,
    gtin        TEXT UNIQUE,
    price_minor INTEGER NOT NULL CHECK (price_minor > 0),
    tax_bp      INTEGER NOT NULL CHECK (tax_bp BETWEEN 0 AND 10000),
    touch       INTEGER NOT NULL,
    names       TEXT NOT NULL
);
CREATE TABLE IF NOT EXISTS source (
    id     INTEGER PRIMARY KEY CHECK (id = 1),
    origin TEXT NOT NULL,
    loaded_ms INTEGER NOT NULL
);
";

fn sql(path: &Path) -> impl Fn(rusqlite::Error) -> CheckoutError + '_ {
    move |source| CheckoutError::Sqlite { path: path.to_path_buf(), source }
}

impl CatalogStore {
    /// Opens (creating) the catalog database at `path`.
    pub fn open(path: &Path) -> Result<CatalogStore, CheckoutError> {
        if let Some(dir) = path.parent() {
            std::fs::create_dir_all(dir)
                .map_err(|source| CheckoutError::Io { path: dir.to_path_buf(), source })?;
        }
        let conn = Connection::open(path).map_err(sql(path))?;
        conn.pragma_update(None, "journal_mode", "WAL").map_err(sql(path))?;
        conn.execute_batch(SCHEMA).map_err(sql(path))?;
        Ok(CatalogStore { path: path.to_path_buf(), conn: Mutex::new(conn) })
    }

    fn conn(&self) -> std::sync::MutexGuard<'_, Connection> {
        self.conn.lock().unwrap_or_else(std::sync::PoisonError::into_inner)
    }

    /// Replaces the whole catalog in one transaction; `origin` says where it
    /// came from (file path or bundle version).
    pub fn replace(&self, catalog: &Catalog, origin: &str) -> Result<(), CheckoutError> {
        let mut conn = self.conn();
        let tx = conn.transaction().map_err(sql(&self.path))?;
        tx.execute("DELETE FROM product", []).map_err(sql(&self.path))?;
        for (i, p) in catalog.products.iter().enumerate() {
            let names = serde_json::to_string(&p.names)
                .map_err(|e| CheckoutError::Internal { detail: format!("catalog names: {e}") })?;
            tx.execute(
                "INSERT INTO product (position, id, gtin, price_minor, tax_bp, touch, names)
                 VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7)",
                params![i as i64, p.id, p.gtin, p.price_minor, p.tax_bp, p.touch, names],
            )
            .map_err(sql(&self.path))?;
        }
        tx.execute(
            "INSERT OR REPLACE INTO source (id, origin, loaded_ms) VALUES (1, ?1, ?2)",
            params![origin, payment::journal::now_ms()],
        )
        .map_err(sql(&self.path))?;
        tx.commit().map_err(sql(&self.path))?;
        tracing::info!(origin, products = catalog.products.len(), "catalog loaded");
        Ok(())
    }

    /// Where the loaded catalog came from.
    pub fn origin(&self) -> Result<Option<String>, CheckoutError> {
        self.conn()
            .query_row("SELECT origin FROM source WHERE id = 1", [], |r| r.get(0))
            .optional()
            .map_err(sql(&self.path))
    }

    /// The product with this barcode (any GTIN length).
    pub fn by_barcode(&self, code: &str) -> Result<Option<Product>, CheckoutError> {
        let Some(g) = gtin14(code) else { return Ok(None) };
        self.one("WHERE gtin = ?1", &g)
    }

    /// The product with this id.
    pub fn product(&self, id: &str) -> Result<Option<Product>, CheckoutError> {
        self.one("WHERE id = ?1", id)
    }

    /// Products sold by touch, in catalog order.
    pub fn touch_products(&self) -> Result<Vec<Product>, CheckoutError> {
        let conn = self.conn();
        let mut stmt = conn
            .prepare(&format!("{SELECT} WHERE touch = 1 ORDER BY position"))
            .map_err(sql(&self.path))?;
        let rows = stmt.query_map([], row).map_err(sql(&self.path))?;
        rows.map(|r| r.map_err(sql(&self.path)).and_then(|p| p.finish(&self.path))).collect()
    }

    /// Every product, in catalog order.
    pub fn products(&self) -> Result<Vec<Product>, CheckoutError> {
        let conn = self.conn();
        let mut stmt =
            conn.prepare(&format!("{SELECT} ORDER BY position")).map_err(sql(&self.path))?;
        let rows = stmt.query_map([], row).map_err(sql(&self.path))?;
        rows.map(|r| r.map_err(sql(&self.path)).and_then(|p| p.finish(&self.path))).collect()
    }

    fn one(&self, filter: &str, key: &str) -> Result<Option<Product>, CheckoutError> {
        let found = self
            .conn()
            .query_row(&format!("{SELECT} {filter}"), [key], row)
            .optional()
            .map_err(sql(&self.path))?;
        found.map(|p| p.finish(&self.path)).transpose()
    }
}

const SELECT: &str = "SELECT id, gtin, price_minor, tax_bp, touch, names FROM product";

struct Row {
    product: Product,
    names: String,
}

impl Row {
    fn finish(mut self, path: &Path) -> Result<Product, CheckoutError> {
        self.product.names =
            serde_json::from_str(&self.names).map_err(|e| CheckoutError::Corrupt {
                path: path.to_path_buf(),
                detail: format!("product {}: names: {e}", self.product.id),
            })?;
        Ok(self.product)
    }
}

fn row(r: &rusqlite::Row<'_>) -> rusqlite::Result<Row> {
    Ok(Row {
        product: Product {
            id: r.get(0)?,
            gtin: r.get(1)?,
            price_minor: r.get(2)?,
            tax_bp: r.get(3)?,
            touch: r.get(4)?,
            names: BTreeMap::new(),
        },
        names: r.get(5)?,
    })
}
