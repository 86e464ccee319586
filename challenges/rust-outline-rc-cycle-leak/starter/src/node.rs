use std::cell::RefCell;
use std::rc::Rc;

/// A tree node. Parents own their children; a child can find its way back
/// to its parent.
#[derive(Debug)]
pub struct Node<T> {
    pub value: T,
    parent: RefCell<Option<Rc<Node<T>>>>,
    children: RefCell<Vec<Rc<Node<T>>>>,
}

impl<T> Node<T> {
    pub fn new(value: T) -> Rc<Node<T>> {
        Rc::new(Node {
            value,
            parent: RefCell::new(None),
            children: RefCell::new(Vec::new()),
        })
    }

    /// Makes `child` the last child of `parent`. `child` must not have a parent yet.
    pub fn append_child(parent: &Rc<Node<T>>, child: Rc<Node<T>>) {
        assert!(child.parent().is_none(), "node already has a parent");
        *child.parent.borrow_mut() = Some(Rc::clone(parent));
        parent.children.borrow_mut().push(child);
    }

    /// The parent, if the node has one and it is still alive.
    pub fn parent(&self) -> Option<Rc<Node<T>>> {
        self.parent.borrow().clone()
    }

    pub fn children(&self) -> Vec<Rc<Node<T>>> {
        self.children.borrow().clone()
    }

    /// Removes the node (and its subtree) from its parent.
    pub fn detach(node: &Rc<Node<T>>) {
        let parent = node.parent.borrow_mut().take();
        if let Some(parent) = parent {
            parent.children.borrow_mut().retain(|c| !Rc::ptr_eq(c, node));
        }
    }

    /// Parent, grandparent, ... up to the root.
    pub fn ancestors(node: &Rc<Node<T>>) -> Vec<Rc<Node<T>>> {
        let mut result = Vec::new();
        let mut current = node.parent();
        while let Some(n) = current {
            current = n.parent();
            result.push(n);
        }
        result
    }

    /// Number of nodes in the subtree rooted here, this node included.
    pub fn subtree_len(&self) -> usize {
        1 + self.children.borrow().iter().map(|c| c.subtree_len()).sum::<usize>()
    }
}
