//! Document outlines for the docs editor's sidebar: a tree of headings with
//! parent links, so that the editor can show breadcrumbs ("Guide > Install
//! > Linux") for the heading under the cursor.
//!
//! The editor rebuilds the outline on every keystroke and drops the old one.

mod node;
mod outline;

pub use node::Node;
pub use outline::{Heading, Outline};
