//! `depends_on`: ids known in the same framework, never itself, never in a cycle (a
//! plan ordered by dependencies must have a first step).

use super::validate::Validator;
use super::Question;
use std::collections::{HashMap, HashSet};
use toml::Spanned;

/// `dependencies[i]` is question i's `depends_on` as written.
pub(super) fn check_dependencies(v: &mut Validator, questions: &[Question], index: &HashMap<String, usize>, dependencies: &[Vec<Spanned<String>>]) {
    // Edges that passed the checks below, with the place of each, for the cycle search.
    let mut edges: Vec<Vec<(usize, &Spanned<String>)>> = vec![Vec::new(); questions.len()];
    for (i, deps) in dependencies.iter().enumerate() {
        let own = &questions[i].id;
        let mut seen = HashSet::new();
        for dep in deps {
            let name = dep.get_ref();
            if name == own {
                v.problem(dep.span(), format!("question `{own}` depends on itself: remove `{name}` from its depends_on"));
            } else if !seen.insert(name) {
                v.problem(dep.span(), format!("question `{own}` lists `{name}` twice in depends_on: keep one"));
            } else if let Some(&j) = index.get(name) {
                edges[i].push((j, dep));
            } else {
                v.problem(
                    dep.span(),
                    format!("question `{own}` depends on `{name}`, which is not a question of this framework: use the id of a question defined in this file"),
                );
            }
        }
    }
    for (closing, cycle) in cycles(&edges) {
        let path: Vec<&str> = cycle.iter().map(|&q| questions[q].id.as_str()).collect();
        v.problem(
            closing.span(),
            format!("depends_on makes a cycle ({}): remove one of these dependencies so that one question comes first", path.join(" → ")),
        );
    }
}

/// Each cycle once: the edge that closes it and the questions along it, first repeated.
fn cycles<'s>(edges: &[Vec<(usize, &'s Spanned<String>)>]) -> Vec<(&'s Spanned<String>, Vec<usize>)> {
    #[derive(Clone, Copy, PartialEq)]
    enum State {
        New,
        OnPath,
        Done,
    }
    let mut state = vec![State::New; edges.len()];
    let mut found = Vec::new();
    for start in 0..edges.len() {
        if state[start] != State::New {
            continue;
        }
        // Iterative depth-first search: (node, next edge to follow); the stack is the path.
        let mut stack = vec![(start, 0usize)];
        state[start] = State::OnPath;
        while let Some(&mut (node, ref mut next)) = stack.last_mut() {
            let Some(&(to, span)) = edges[node].get(*next) else {
                state[node] = State::Done;
                stack.pop();
                continue;
            };
            *next += 1;
            match state[to] {
                State::New => {
                    state[to] = State::OnPath;
                    stack.push((to, 0));
                }
                State::OnPath => {
                    let from = stack.iter().position(|&(n, _)| n == to).unwrap_or(0);
                    let mut cycle: Vec<usize> = stack[from..].iter().map(|&(n, _)| n).collect();
                    cycle.push(to);
                    found.push((span, cycle));
                }
                State::Done => {}
            }
        }
    }
    found
}
