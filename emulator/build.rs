//! Embeds the catalogue's facts (`services/*/spec/*.json`), which the emulator answers every
//! other service from.

use std::fmt::Write;
use std::path::PathBuf;

fn main() {
    let manifest = PathBuf::from(std::env::var_os("CARGO_MANIFEST_DIR").expect("run by cargo"));
    let out = PathBuf::from(std::env::var_os("OUT_DIR").expect("run by cargo"));
    let root = manifest.join("..").join("services");
    println!("cargo::rerun-if-changed={}", root.display());
    let mut files: Vec<PathBuf> = std::fs::read_dir(&root)
        .map(|dirs| dirs.flatten().map(|d| d.path().join("spec")).collect::<Vec<_>>())
        .unwrap_or_default()
        .into_iter()
        .filter_map(|spec| std::fs::read_dir(spec).ok())
        .flat_map(|files| files.flatten().map(|f| f.path()))
        .filter(|path| path.extension().is_some_and(|ext| ext == "json"))
        .collect();
    files.sort();
    let mut code = String::from("/// Every service version of the catalogue: service, version, facts (JSON).\n");
    code.push_str("pub(crate) const SPECS: &[(&str, &str, &str)] = &[\n");
    for path in &files {
        let service = path.parent().and_then(|p| p.parent()).and_then(|p| p.file_name()).and_then(|n| n.to_str());
        let version = path.file_stem().and_then(|n| n.to_str());
        let (Some(service), Some(version)) = (service, version) else { continue };
        let _ = writeln!(code, "    ({service:?}, {version:?}, include_str!({:?})),", path.display().to_string());
    }
    code.push_str("];\n");
    std::fs::write(out.join("catalogue.rs"), code).expect("OUT_DIR is writable");
}
