use std::fmt;

/// An amount of money in cents.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Default)]
pub struct Cents(pub i64);

impl fmt::Display for Cents {
    /// Formats as dollars with exactly two decimals, e.g. `19.99`.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let sign = if self.0 < 0 { "-" } else { "" };
        let abs = self.0.unsigned_abs();
        write!(f, "{sign}{}.{:02}", abs / 100, abs % 100)
    }
}

#[derive(Debug, Clone, PartialEq)]
pub enum AmountError {
    Empty,
    /// Not a plain non-negative decimal number.
    Invalid(String),
    /// More than two digits after the decimal point.
    TooPrecise(String),
}

impl fmt::Display for AmountError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            AmountError::Empty => write!(f, "empty amount"),
            AmountError::Invalid(s) => write!(f, "{s:?} is not an amount"),
            AmountError::TooPrecise(s) => write!(f, "{s:?} has more than two decimals"),
        }
    }
}

impl std::error::Error for AmountError {}

/// Parses a price as written by suppliers: digits with an optional decimal
/// point and at most two decimals, such as `19.99`, `5`, `0.5` or `12.30`.
pub fn parse_amount(text: &str) -> Result<Cents, AmountError> {
    let text = text.trim();
    if text.is_empty() {
        return Err(AmountError::Empty);
    }
    let well_formed = text.chars().all(|c| c.is_ascii_digit() || c == '.')
        && text.matches('.').count() <= 1
        && text.chars().any(|c| c.is_ascii_digit());
    if !well_formed {
        return Err(AmountError::Invalid(text.to_string()));
    }
    if let Some((_, decimals)) = text.split_once('.') {
        if decimals.len() > 2 {
            return Err(AmountError::TooPrecise(text.to_string()));
        }
    }
    let dollars: f64 = text
        .parse()
        .map_err(|_| AmountError::Invalid(text.to_string()))?;
    // Most decimal fractions have no exact binary representation (19.99 is
    // stored as 19.98999...), so scale and round to the nearest cent rather
    // than truncating.
    Ok(Cents((dollars * 100.0).round() as i64))
}
