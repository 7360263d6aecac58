//! How many actions of the catalogue each paging shape covers, and which are left out and
//! why: `cargo test -p tc3-codegen --test paging_census -- --nocapture` prints it.

use std::collections::BTreeMap;
use std::path::Path;

use tc3_codegen::paging::{Overrides, detect};
use tc3_codegen::spec::Spec;

#[test]
fn the_generator_pages_every_shape_and_says_what_it_left_out() {
    let services = Path::new(env!("CARGO_MANIFEST_DIR")).join("../services");
    let mut paged: BTreeMap<&str, usize> = BTreeMap::new();
    let mut left_out: BTreeMap<String, Vec<String>> = BTreeMap::new();
    let mut dirs: Vec<_> = std::fs::read_dir(&services).unwrap().map(|e| e.unwrap().path()).collect();
    dirs.sort();
    for dir in dirs {
        let Ok(files) = std::fs::read_dir(dir.join("spec")) else { continue };
        for file in files {
            let path = file.unwrap().path();
            if path.extension().is_none_or(|ext| ext != "json") {
                continue;
            }
            let spec = Spec::parse(&std::fs::read_to_string(&path).unwrap()).unwrap();
            for (action, status) in &spec.actions {
                match detect(&spec, Overrides::reviewed(), action, *status) {
                    None => {}
                    Some(Ok(shape)) => *paged.entry(shape.name()).or_default() += 1,
                    Some(Err(why)) => left_out
                        .entry(format!("{why:?}"))
                        .or_default()
                        .push(format!("{} {} {action}", spec.service, spec.version)),
                }
            }
        }
    }
    println!("paged, by shape:");
    for (shape, count) in &paged {
        println!("  {count:5}  {shape}");
    }
    println!("  {:5}  in all", paged.values().sum::<usize>());
    println!("left out, by reason:");
    for (why, actions) in &left_out {
        println!(
            "  {:5}  {why}: {}{}",
            actions.len(),
            actions[..actions.len().min(3)].join(", "),
            if actions.len() > 3 { ", ..." } else { "" }
        );
    }
    // Each shape pages actions of the catalogue: a change that loses one shows here.
    for shape in [
        "offset",
        "page-number from 0",
        "page-number from 1",
        "page-number from the caller's page",
        "token",
        "token with a flag",
    ] {
        assert!(paged.get(shape).copied().unwrap_or(0) > 0, "no action paged as {shape}");
    }
}
