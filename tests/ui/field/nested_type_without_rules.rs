#[derive(tc3::Object)]
struct Item {
    #[tc3(nested)]
    zone: Zone,
}

#[derive(serde::Serialize, serde::Deserialize, Debug)]
struct Zone {
    id: u32,
}

fn main() {}
