use std::fmt;

use crate::money::{parse_amount, AmountError, Cents};

#[derive(Debug, Clone, PartialEq)]
pub struct Line {
    pub description: String,
    pub unit_price: Cents,
    pub quantity: u32,
}

impl Line {
    pub fn total(&self) -> Cents {
        Cents(self.unit_price.0 * i64::from(self.quantity))
    }
}

#[derive(Debug, Clone, PartialEq)]
pub enum InvoiceError {
    /// A line does not have the form `description;price;quantity`.
    Malformed { line: usize },
    BadPrice { line: usize, error: AmountError },
    BadQuantity { line: usize },
}

impl fmt::Display for InvoiceError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            InvoiceError::Malformed { line } => write!(f, "line {line}: expected description;price;quantity"),
            InvoiceError::BadPrice { line, error } => write!(f, "line {line}: {error}"),
            InvoiceError::BadQuantity { line } => write!(f, "line {line}: bad quantity"),
        }
    }
}

impl std::error::Error for InvoiceError {}

#[derive(Debug, Clone, PartialEq, Default)]
pub struct Invoice {
    pub lines: Vec<Line>,
}

impl Invoice {
    /// Reads `description;price;quantity` lines; blank lines are skipped.
    pub fn parse(text: &str) -> Result<Invoice, InvoiceError> {
        let mut lines = Vec::new();
        for (index, raw) in text.lines().enumerate() {
            let line = index + 1;
            if raw.trim().is_empty() {
                continue;
            }
            let fields: Vec<&str> = raw.split(';').collect();
            if fields.len() != 3 || fields[0].trim().is_empty() {
                return Err(InvoiceError::Malformed { line });
            }
            let unit_price =
                parse_amount(fields[1]).map_err(|error| InvoiceError::BadPrice { line, error })?;
            let quantity: u32 = fields[2]
                .trim()
                .parse()
                .map_err(|_| InvoiceError::BadQuantity { line })?;
            lines.push(Line {
                description: fields[0].trim().to_string(),
                unit_price,
                quantity,
            });
        }
        Ok(Invoice { lines })
    }

    pub fn subtotal(&self) -> Cents {
        Cents(self.lines.iter().map(|l| l.total().0).sum())
    }

    /// Tax at `basis_points` (1/100 of a percent), rounded half up to the cent.
    pub fn tax(&self, basis_points: u32) -> Cents {
        let raw = self.subtotal().0 * i64::from(basis_points);
        Cents((raw + 5_000) / 10_000)
    }

    pub fn total(&self, basis_points: u32) -> Cents {
        Cents(self.subtotal().0 + self.tax(basis_points).0)
    }
}
