//! One module per subcommand.

pub mod extract;
pub mod gazetteer;
pub mod mentions;
pub mod merge;
pub mod scan;
pub mod sentences;
