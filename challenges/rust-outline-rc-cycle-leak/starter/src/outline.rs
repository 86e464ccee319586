use std::rc::Rc;

use crate::node::Node;

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Heading {
    /// 1 for `#`, 2 for `##`, ...; 0 for the document root.
    pub level: usize,
    pub title: String,
}

/// The heading tree of a Markdown document.
#[derive(Debug)]
pub struct Outline {
    root: Rc<Node<Heading>>,
}

impl Outline {
    /// Builds the outline from the ATX headings (`#`, `##`, ...) of a document.
    /// A heading becomes a child of the closest preceding heading of a lower level.
    pub fn from_markdown(text: &str) -> Outline {
        let root = Node::new(Heading { level: 0, title: String::new() });
        let mut open: Vec<Rc<Node<Heading>>> = vec![Rc::clone(&root)];
        for line in text.lines() {
            let level = line.chars().take_while(|&c| c == '#').count();
            if level == 0 || !line[level..].starts_with(' ') {
                continue;
            }
            let node = Node::new(Heading { level, title: line[level..].trim().to_string() });
            while open.last().map_or(false, |n| n.value.level >= level) {
                open.pop();
            }
            Node::append_child(open.last().expect("root stays open"), Rc::clone(&node));
            open.push(node);
        }
        Outline { root }
    }

    pub fn root(&self) -> Rc<Node<Heading>> {
        Rc::clone(&self.root)
    }

    /// Number of headings (the root is not counted).
    pub fn len(&self) -> usize {
        self.root.subtree_len() - 1
    }

    pub fn is_empty(&self) -> bool {
        self.len() == 0
    }

    /// First heading with this title, in document order.
    pub fn find(&self, title: &str) -> Option<Rc<Node<Heading>>> {
        fn walk(node: &Rc<Node<Heading>>, title: &str) -> Option<Rc<Node<Heading>>> {
            for child in node.children() {
                if child.value.title == title {
                    return Some(child);
                }
                if let Some(found) = walk(&child, title) {
                    return Some(found);
                }
            }
            None
        }
        walk(&self.root, title)
    }

    /// "Guide > Install > Linux" for the heading `node`.
    pub fn breadcrumb(node: &Rc<Node<Heading>>) -> String {
        let mut titles: Vec<String> = Node::ancestors(node)
            .iter()
            .filter(|n| n.value.level > 0)
            .map(|n| n.value.title.clone())
            .collect();
        titles.reverse();
        titles.push(node.value.title.clone());
        titles.join(" > ")
    }
}
