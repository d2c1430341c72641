//! newsgraph turns dumps of news articles into a graph of **who said what to
//! whom**.
//!
//! One [`Document`] per input record flows through the stages that
//! [`Pipeline::annotate`] runs in order: [`segment`] (paragraphs and
//! sentences), the [`Gazetteer`] matcher (known entities, Aho-Corasick),
//! the [`resolve::Resolver`] (senses, partial names, discovered people,
//! metonyms), the [`attribute::Attributor`] (quotes, speakers, addressees,
//! what they are about) and [`relate`] (relations with evidence). The
//! [`aggregate`] stage folds documents into a cross-document [`graph::Graph`]
//! that [`export`] writes as CSV and JSON.
//!
//! Conventions, stated once:
//! - every offset is a **UTF-8 byte offset** into `Document::text` exactly as
//!   read, half-open ([`Span`]); stages never modify the text;
//! - functions that can fail return [`Result`]; bad records are errors that
//!   name `path:line`, and nothing in the library panics on input data;
//! - output order never depends on the number of threads.
//!
//! # Example
//! ```
//! use newsgraph::{Document, Pipeline, PipelineConfig};
//!
//! let pipeline = Pipeline::new(PipelineConfig::default())?;
//! let mut doc = Document::new("a1", "“We will win,” Jens Stoltenberg said.");
//! pipeline.annotate(&mut doc);
//! let quote = &doc.quotes[0];
//! assert_eq!(doc.str(quote.content), "We will win,");
//! # Ok::<(), Box<dyn std::error::Error>>(())
//! ```

pub mod aggregate;
pub mod attribute;
pub mod doc;
pub mod error;
pub mod export;
pub mod gazetteer;
pub mod graph;
pub mod lexicon;
pub mod pipeline;
pub mod read;
pub mod relate;
pub mod resolve;
pub mod segment;
pub mod span;
pub mod stats;
pub mod token;

pub use doc::{Document, EntityRef, EntityType, Mention, Quote, QuoteKind, Relation};
pub use error::{Error, Result};
pub use gazetteer::Gazetteer;
pub use pipeline::{Pipeline, PipelineConfig};
pub use span::Span;
