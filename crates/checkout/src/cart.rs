//! The cart: lines of products, quantities, and totals with the tax they
//! contain, all in integer minor units.

use std::collections::BTreeMap;

use money::{Currency, Money};

use crate::catalog::Product;

/// The most of one product a checkout may hold.
pub const MAX_QUANTITY: u32 = 99;

/// One line of the cart.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Line {
    /// Stable within the session (the UI addresses lines by it).
    pub line_id: u32,
    /// The product.
    pub product: Product,
    /// How many.
    pub quantity: u32,
}

impl Line {
    /// Price × quantity.
    pub fn total_minor(&self) -> i64 {
        self.product.price_minor * i64::from(self.quantity)
    }
}

/// What adding or changing a line did.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Change {
    /// The line now holds the new quantity.
    Updated {
        /// The line.
        line_id: u32,
    },
    /// The line is gone.
    Removed,
    /// The line is already at [`MAX_QUANTITY`].
    AtLimit,
    /// No such line.
    NoSuchLine,
}

/// Totals of a cart. Prices include tax; `tax_minor` is the tax contained.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Totals {
    /// What the customer pays.
    pub total: Money,
    /// The tax contained in `total`.
    pub tax: Money,
    /// Sum of quantities.
    pub items: u32,
    /// The single tax rate of the cart, when all lines share one.
    pub uniform_rate_bp: Option<u32>,
}

/// The cart of one session.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Cart {
    lines: Vec<Line>,
    next_id: u32,
}

impl Cart {
    /// The lines, in the order first added.
    pub fn lines(&self) -> &[Line] {
        &self.lines
    }

    /// Whether nothing is in it.
    pub fn is_empty(&self) -> bool {
        self.lines.is_empty()
    }

    /// Adds one of `product`: a new line, or one more on its existing line.
    pub fn add(&mut self, product: Product) -> Change {
        if let Some(line) = self.lines.iter_mut().find(|l| l.product.id == product.id) {
            if line.quantity >= MAX_QUANTITY {
                return Change::AtLimit;
            }
            line.quantity += 1;
            return Change::Updated { line_id: line.line_id };
        }
        self.next_id += 1;
        let line_id = self.next_id;
        self.lines.push(Line { line_id, product, quantity: 1 });
        Change::Updated { line_id }
    }

    /// Sets a line's quantity; 0 removes it.
    pub fn set_quantity(&mut self, line_id: u32, quantity: u32) -> Change {
        let Some(pos) = self.lines.iter().position(|l| l.line_id == line_id) else {
            return Change::NoSuchLine;
        };
        if quantity == 0 {
            self.lines.remove(pos);
            return Change::Removed;
        }
        if quantity > MAX_QUANTITY {
            return Change::AtLimit;
        }
        self.lines[pos].quantity = quantity;
        Change::Updated { line_id }
    }

    /// Empties the cart (line ids keep counting up).
    pub fn clear(&mut self) {
        self.lines.clear();
    }

    /// Totals in `currency`. The contained tax is computed per rate on the
    /// rate's gross sum, `gross × rate / (10000 + rate)`, rounded half up.
    pub fn totals(&self, currency: Currency) -> Totals {
        let mut by_rate: BTreeMap<u32, i64> = BTreeMap::new();
        let mut total = 0i64;
        let mut items = 0u32;
        for l in &self.lines {
            *by_rate.entry(l.product.tax_bp).or_default() += l.total_minor();
            total += l.total_minor();
            items += l.quantity;
        }
        let tax: i64 = by_rate.iter().map(|(rate, gross)| contained_tax(*gross, *rate)).sum();
        let uniform_rate_bp = match by_rate.len() {
            1 => by_rate.keys().next().copied(),
            _ => None,
        };
        Totals {
            total: Money::new(total, currency),
            tax: Money::new(tax, currency),
            items,
            uniform_rate_bp,
        }
    }
}

/// The tax inside a tax-inclusive `gross` at `rate_bp`, rounded half up.
pub fn contained_tax(gross: i64, rate_bp: u32) -> i64 {
    let rate = i128::from(rate_bp);
    let num = i128::from(gross) * rate;
    let den = 10_000 + rate;
    // Half up for non-negative amounts: (2·num + den) / (2·den).
    i64::try_from((2 * num + den) / (2 * den)).unwrap_or(i64::MAX)
}
