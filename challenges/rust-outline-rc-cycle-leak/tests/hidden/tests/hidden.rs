use std::cell::Cell;
use std::rc::Rc;

use outline::{Node, Outline};

thread_local! {
    static DROPPED: Cell<usize> = Cell::new(0);
}

/// A node value that counts how many values have been dropped.
#[derive(Debug)]
struct Tracked(u32);

impl Drop for Tracked {
    fn drop(&mut self) {
        DROPPED.with(|d| d.set(d.get() + 1));
    }
}

fn dropped() -> usize {
    DROPPED.with(|d| d.get())
}

/// root -> 3 children -> 2 grandchildren each: 10 nodes.
fn tree() -> Rc<Node<Tracked>> {
    let root = Node::new(Tracked(0));
    for i in 1..=3 {
        let child = Node::new(Tracked(i));
        for j in 1..=2 {
            Node::append_child(&child, Node::new(Tracked(i * 10 + j)));
        }
        Node::append_child(&root, child);
    }
    root
}

#[test]
fn dropping_the_root_frees_every_node() {
    DROPPED.with(|d| d.set(0));
    let root = tree();
    assert_eq!(root.subtree_len(), 10);
    drop(root);
    assert_eq!(dropped(), 10, "nodes still alive after the last handle to the tree was dropped");
}

#[test]
fn dropping_a_detached_subtree_frees_it_and_only_it() {
    DROPPED.with(|d| d.set(0));
    let root = tree();
    let second = root.children()[1].clone();
    Node::detach(&second);
    assert!(second.parent().is_none());
    assert_eq!(root.subtree_len(), 7);
    drop(second);
    assert_eq!(dropped(), 3);
    assert_eq!(root.children().len(), 2);
    drop(root);
    assert_eq!(dropped(), 10);
}

#[test]
fn rebuilt_outlines_do_not_accumulate() {
    // The editor rebuilds the outline on every keystroke.
    let doc = "# A\n## B\n### C\n# D\n";
    let first = Outline::from_markdown(doc);
    let probe = Rc::downgrade(&first.find("C").unwrap());
    drop(first);
    assert!(probe.upgrade().is_none(), "a dropped outline is still in memory");
    for _ in 0..100 {
        let outline = Outline::from_markdown(doc);
        assert_eq!(outline.len(), 4);
    }
}

#[test]
fn child_kept_alive_alone_loses_its_parent() {
    let root = Node::new(String::from("root"));
    let child = Node::new(String::from("child"));
    Node::append_child(&root, Rc::clone(&child));
    assert_eq!(child.parent().unwrap().value, "root");
    drop(root);
    assert!(child.parent().is_none());
}

#[test]
fn breadcrumbs_work_while_only_the_outline_is_held() {
    let outline = Outline::from_markdown("# Guide\n## Install\n### Linux\n## Configure\n### Proxy\n");
    let proxy = outline.find("Proxy").unwrap();
    assert_eq!(Outline::breadcrumb(&proxy), "Guide > Configure > Proxy");
    let ancestors: Vec<usize> = Node::ancestors(&proxy).iter().map(|n| n.value.level).collect();
    assert_eq!(ancestors, [2, 1, 0]);
}

#[test]
fn heading_levels_can_skip() {
    let outline = Outline::from_markdown("# A\n### Deep\n## B\n");
    let deep = outline.find("Deep").unwrap();
    assert_eq!(Outline::breadcrumb(&deep), "A > Deep");
    assert_eq!(Outline::breadcrumb(&outline.find("B").unwrap()), "A > B");
}

#[test]
fn empty_document_has_empty_outline() {
    let outline = Outline::from_markdown("just text\n#hashtag\n");
    assert!(outline.is_empty());
    assert!(outline.find("hashtag").is_none());
}

#[test]
#[should_panic(expected = "already has a parent")]
fn appending_an_attached_node_panics() {
    let a = Node::new(1);
    let b = Node::new(2);
    let c = Node::new(3);
    Node::append_child(&a, Rc::clone(&c));
    Node::append_child(&b, c);
}
