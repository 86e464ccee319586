//! Builds invoices from the price lists our suppliers send us.
//!
//! All money is kept as a whole number of cents ([`Cents`]); prices only
//! exist as text at the edges (input files and printed invoices).

mod invoice;
mod money;

pub use invoice::{Invoice, InvoiceError, Line};
pub use money::{parse_amount, AmountError, Cents};
