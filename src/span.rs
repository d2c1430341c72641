//! Byte spans into a document's text.
//!
//! Owns: [`Span`]. Every annotation layer of a [`crate::Document`] points into
//! `Document::text` with spans; no stage copies text around.

use serde::Serialize;

/// A half-open byte range `[start, end)` into [`crate::Document::text`].
///
/// Both ends are always on `char` boundaries of the text they index.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize)]
pub struct Span {
    pub start: usize,
    pub end: usize,
}

impl Span {
    /// Creates a span; `start <= end` is the caller's invariant.
    #[inline]
    pub const fn new(start: usize, end: usize) -> Span {
        Span { start, end }
    }

    /// The text this span covers.
    ///
    /// # Panics
    /// If the span is out of range or not on char boundaries of `text`, which
    /// no stage produces.
    #[inline]
    pub fn as_str<'t>(&self, text: &'t str) -> &'t str {
        &text[self.start..self.end]
    }

    /// Length in bytes.
    #[inline]
    pub const fn len(&self) -> usize {
        self.end - self.start
    }

    /// True for an empty span.
    #[inline]
    pub const fn is_empty(&self) -> bool {
        self.start == self.end
    }

    /// True when `other` lies entirely inside `self`.
    #[inline]
    pub const fn contains(&self, other: Span) -> bool {
        self.start <= other.start && other.end <= self.end
    }

    /// True when the two spans share at least one byte.
    #[inline]
    pub const fn overlaps(&self, other: Span) -> bool {
        self.start < other.end && other.start < self.end
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn span_basics() {
        let text = "NATO chief";
        let s = Span::new(0, 4);
        assert_eq!(s.as_str(text), "NATO");
        assert_eq!(s.len(), 4);
        assert!(Span::new(0, 10).contains(s));
        assert!(s.overlaps(Span::new(3, 6)));
        assert!(!s.overlaps(Span::new(4, 6)));
    }
}
