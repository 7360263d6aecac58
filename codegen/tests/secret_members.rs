//! The secret-member rule applied to every member name of the catalogue, compared with the
//! reviewed list `secret-members.txt`: a change of the rule or of the catalogue shows as a
//! diff of that list, to be read before it is accepted (`TC3_BLESS=1` rewrites the list).

use std::collections::BTreeSet;
use std::path::{Path, PathBuf};

use tc3_codegen::secrets::is_secret;
use tc3_codegen::spec::Spec;

fn root() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("..")
}

/// Every distinct member name of every `services/*/spec/*.json` and of the partner API's
/// (`spec/intlpartnersmgt-2022-09-28.json`), all in one format.
fn member_names() -> BTreeSet<String> {
    let mut names = BTreeSet::new();
    let services = root().join("services");
    let mut files = Vec::new();
    for service in std::fs::read_dir(&services).unwrap_or_else(|e| panic!("{}: {e}", services.display())) {
        let Ok(specs) = std::fs::read_dir(service.expect("a directory entry").path().join("spec")) else { continue };
        for file in specs {
            let path = file.expect("a directory entry").path();
            if path.extension().is_some_and(|ext| ext == "json") {
                files.push(path);
            }
        }
    }
    assert!(files.len() > 100, "only {} spec files under {}", files.len(), services.display());
    files.push(root().join("spec/intlpartnersmgt-2022-09-28.json"));
    for path in files {
        let text = std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("{}: {e}", path.display()));
        let spec = Spec::parse(&text).unwrap_or_else(|e| panic!("{}: {e}", path.display()));
        for object in spec.objects.values() {
            names.extend(object.members().iter().map(|m| m.wire().to_owned()));
        }
    }
    names
}

#[test]
fn secret_members_of_the_catalogue_are_the_reviewed_list() {
    let names = member_names();
    let matched: Vec<&str> = names.iter().map(String::as_str).filter(|name| is_secret(name)).collect();
    println!("{} of {} member names are secret:\n{}", matched.len(), names.len(), matched.join("\n"));
    let list = Path::new(env!("CARGO_MANIFEST_DIR")).join("secret-members.txt");
    let actual: String = matched.iter().map(|name| format!("{name}\n")).collect();
    if std::env::var_os("TC3_BLESS").is_some() {
        std::fs::write(&list, &actual).unwrap_or_else(|e| panic!("{}: {e}", list.display()));
        return;
    }
    let reviewed = std::fs::read_to_string(&list).unwrap_or_default();
    let reviewed: BTreeSet<&str> = reviewed.lines().collect();
    let matched: BTreeSet<&str> = matched.into_iter().collect();
    let added: Vec<&&str> = matched.difference(&reviewed).collect();
    let removed: Vec<&&str> = reviewed.difference(&matched).collect();
    assert!(
        added.is_empty() && removed.is_empty(),
        "the rule's matches differ from {}:\n  now secret, not in the list: {added:?}\n  in the list, no longer \
         secret: {removed:?}\nreview them, then run with TC3_BLESS=1 to rewrite the list",
        list.display()
    );
}

#[test]
fn members_named_in_the_hardening_issue_are_secret() {
    let names = member_names();
    let named = [
        "SecretString",
        "SecretBinary",
        "SecretAccessKey",
        "AccessKeySecret",
        "ApiAppSecret",
        "ClientSecret",
        "PassWord",
        "DbPwd",
        "Passphrase",
        "Secret",
    ];
    for name in named {
        assert!(names.contains(name), "{name} is a member of the catalogue");
        assert!(is_secret(name), "{name} is secret");
    }
    for name in ["SecretId", "SecretName", "ClientToken", "TokenId", "KeyPairId", "PasswordLength"] {
        assert!(!is_secret(name), "{name} is not secret");
    }
}
