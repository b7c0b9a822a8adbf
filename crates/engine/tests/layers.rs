//! The engine's layers (`src/lib.rs`): every module imports only from its own layer and the
//! layers below it, and no modules import each other in a circle.
//!
//! Read from the code's own paths: every `crate::…` and `super::…` outside comments and
//! `#[cfg(test)]` modules (tests may build their fixtures with any layer), and in a layer's
//! `mod.rs` the paths through its own submodules.

use std::collections::{BTreeMap, BTreeSet};
use std::path::{Path, PathBuf};

/// The layers, lowest first: a module may import from its own layer and any before it.
const LAYERS: &[&str] = &[
    "base", "lang", "text", "matching", "features", "corpus", "analysis", "report",
];

/// One source file: its layer (folder) and module (file stem; `mod` for the folder's own).
#[derive(Clone, Debug, PartialEq, Eq, PartialOrd, Ord)]
struct Module {
    layer: String,
    name: String,
}

impl std::fmt::Display for Module {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "{}/{}.rs", self.layer, self.name)
    }
}

fn src() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("src")
}

/// Every module of a layer folder, with its code (comments and test modules left out).
fn modules() -> BTreeMap<Module, String> {
    let mut out = BTreeMap::new();
    for entry in std::fs::read_dir(src()).expect("src/") {
        let path = entry.expect("entry").path();
        if !path.is_dir() {
            continue;
        }
        let layer = path.file_name().unwrap().to_string_lossy().to_string();
        for file in std::fs::read_dir(&path).expect("layer folder") {
            let file = file.expect("entry").path();
            assert!(
                file.extension().is_some_and(|x| x == "rs"),
                "{} is not a module file: layers are one folder deep",
                file.display()
            );
            let name = file.file_stem().unwrap().to_string_lossy().to_string();
            let text = std::fs::read_to_string(&file).expect("module");
            out.insert(
                Module {
                    layer: layer.clone(),
                    name,
                },
                code_of(&text),
            );
        }
    }
    out
}

/// The code of a file without comments and without its `#[cfg(test)]` module.
fn code_of(text: &str) -> String {
    let mut code = String::new();
    for line in text.lines() {
        if line.trim_start().starts_with("#[cfg(test)]") {
            break;
        }
        let line = line.split("//").next().unwrap_or("");
        code.push_str(line);
        code.push('\n');
    }
    code
}

/// The identifiers after each occurrence of `prefix` (`crate::` → `text`, `base`, …), and
/// for `crate::layer::` the identifier after that too.
fn paths_after<'c>(code: &'c str, prefix: &str) -> Vec<Vec<&'c str>> {
    let ident = |s: &'c str| -> &'c str {
        let end = s
            .find(|c: char| !(c.is_alphanumeric() || c == '_'))
            .unwrap_or(s.len());
        &s[..end]
    };
    let mut out = Vec::new();
    let mut rest = code;
    while let Some(at) = rest.find(prefix) {
        let before = rest[..at].chars().last();
        rest = &rest[at + prefix.len()..];
        if before.is_some_and(|c| c.is_alphanumeric() || c == '_' || c == ':') {
            continue;
        }
        let first = ident(rest);
        let mut path = vec![first];
        if let Some(more) = rest[first.len()..].strip_prefix("::") {
            path.push(ident(more));
        }
        out.push(path);
    }
    out
}

/// The modules `module`'s code refers to: `(target, the path as written)`.
fn references(
    module: &Module,
    code: &str,
    all: &BTreeMap<Module, String>,
) -> Vec<(Module, String)> {
    let resolve = |layer: &str, name: Option<&str>| {
        let file = Module {
            layer: layer.to_string(),
            name: name.unwrap_or("mod").to_string(),
        };
        if all.contains_key(&file) {
            file
        } else {
            Module {
                layer: layer.to_string(),
                name: "mod".to_string(),
            }
        }
    };
    let mut out = Vec::new();
    for path in paths_after(code, "crate::") {
        let target = resolve(path[0], path.get(1).copied());
        out.push((target, format!("crate::{}", path.join("::"))));
    }
    for path in paths_after(code, "super::") {
        out.push((
            resolve(&module.layer, Some(path[0])),
            format!("super::{}", path[0]),
        ));
    }
    if module.name == "mod" {
        // A layer's own module refers to its submodules by their names.
        for (other, _) in all.range(
            Module {
                layer: module.layer.clone(),
                name: String::new(),
            }..,
        ) {
            if other.layer != module.layer {
                break;
            }
            if other.name != "mod" && !paths_after(code, &format!("{}::", other.name)).is_empty() {
                out.push((other.clone(), format!("{}::", other.name)));
            }
        }
    }
    out
}

fn rank(layer: &str) -> Option<usize> {
    LAYERS.iter().position(|l| *l == layer)
}

#[test]
fn every_folder_is_a_listed_layer_and_lib_rs_is_the_only_root_file() {
    let mut folders = BTreeSet::new();
    for entry in std::fs::read_dir(src()).expect("src/") {
        let path = entry.expect("entry").path();
        let name = path.file_name().unwrap().to_string_lossy().to_string();
        if path.is_dir() {
            folders.insert(name);
        } else {
            assert_eq!(name, "lib.rs", "a module outside the layer folders");
        }
    }
    let listed: BTreeSet<String> = LAYERS.iter().map(|l| l.to_string()).collect();
    assert_eq!(folders, listed, "folders (left) against LAYERS (right)");
}

#[test]
fn no_module_imports_from_a_layer_above_its_own() {
    let all = modules();
    let mut upward = Vec::new();
    for (module, code) in &all {
        let own = rank(&module.layer).expect("a listed layer");
        for (target, path) in references(module, code, &all) {
            match rank(&target.layer) {
                Some(r) if r <= own => {}
                Some(_) => upward.push(format!("{module} imports {path} ({target})")),
                None => upward.push(format!(
                    "{module} imports {path}: not through a layer (name the layer's path, not a re-export at the crate root)"
                )),
            }
        }
    }
    assert!(
        upward.is_empty(),
        "imports that run up:\n  {}",
        upward.join("\n  ")
    );
}

#[test]
fn no_modules_import_each_other_in_a_circle() {
    let all = modules();
    let edges: BTreeMap<&Module, BTreeSet<Module>> = all
        .iter()
        .map(|(m, code)| {
            let targets = references(m, code, &all)
                .into_iter()
                .map(|(t, _)| t)
                .filter(|t| t != m)
                .collect();
            (m, targets)
        })
        .collect();
    // Depth-first search; a module met again on the current path closes a circle.
    fn visit<'m>(
        m: &'m Module,
        edges: &'m BTreeMap<&Module, BTreeSet<Module>>,
        path: &mut Vec<&'m Module>,
        done: &mut BTreeSet<&'m Module>,
    ) -> Option<Vec<String>> {
        if let Some(at) = path.iter().position(|p| *p == m) {
            let mut circle: Vec<String> = path[at..].iter().map(|p| p.to_string()).collect();
            circle.push(m.to_string());
            return Some(circle);
        }
        if !done.insert(m) {
            return None;
        }
        path.push(m);
        for next in edges.get(m).into_iter().flatten() {
            if let Some(circle) = visit(next, edges, path, done) {
                return Some(circle);
            }
        }
        path.pop();
        None
    }
    let mut done = BTreeSet::new();
    for m in all.keys() {
        if let Some(circle) = visit(m, &edges, &mut Vec::new(), &mut done) {
            panic!(
                "modules import each other in a circle: {}",
                circle.join(" → ")
            );
        }
    }
}

#[test]
fn the_check_sees_imports_and_circles() {
    // The reader of paths, on made-up code: an upward import and a circle are found.
    let code = code_of(
        "use crate::report::format::Report; // crate::corpus in a comment\nfn f() { crate::text::segment::segment(\"\"); super::x(); }\n#[cfg(test)]\nuse crate::analysis::align;",
    );
    let paths = paths_after(&code, "crate::");
    assert_eq!(paths, [vec!["report", "format"], vec!["text", "segment"]]);
    assert_eq!(paths_after(&code, "super::"), [vec!["x"]]);
    assert_eq!(rank("base"), Some(0));
    assert!(rank("report") > rank("text"));
}
