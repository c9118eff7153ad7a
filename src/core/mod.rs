//! The pure core: product facts and assessment content, testable natively.

pub mod dimensions;
pub mod product;
