//! The mainland site: one client for CVM, which both sites have, and TSF, which only the
//! mainland has; an international client refuses TSF before sending anything.
//!
//! `cargo run --example mainland --features cvm,tsf` runs on the embedded tc3 emulator; with
//! `TENCENTCLOUD_SECRET_ID`/`_SECRET_KEY` set it calls the real mainland site, read-only
//! (region from `TENCENTCLOUD_REGION`, default `ap-guangzhou`).

use tc3::Site;
use tc3::cvm::DescribeInstances;
use tc3::tsf::DescribeClusters;

#[tokio::main]
async fn main() -> Result<(), Box<dyn std::error::Error>> {
    let _emulator;
    let (mainland, international) = if std::env::var_os("TENCENTCLOUD_SECRET_ID").is_some() {
        let region = std::env::var("TENCENTCLOUD_REGION").unwrap_or_else(|_| "ap-guangzhou".to_owned());
        let mainland = tc3::Client::builder().site(Site::Mainland).region(region.clone()).build()?;
        (mainland, tc3::Client::builder().region(region).build()?)
    } else {
        let emulator = tc3_emulator::Emulator::start().await?;
        println!("running against the tc3 emulator at {}\n", emulator.url());
        let clients = (emulator.client_builder().site(Site::Mainland).build()?, emulator.client()?);
        _emulator = emulator;
        clients
    };
    let instances = mainland.call(tc3::request!(DescribeInstances { limit: 20 })).await?;
    println!("cvm: {} instances (request {})", instances.total_count.unwrap_or_default(), instances.request_id);
    let clusters = mainland.call(tc3::request!(DescribeClusters { limit: 20 })).await?;
    let total = clusters.result.and_then(|page| page.total_count).unwrap_or_default();
    println!("tsf: {total} clusters (request {})", clusters.request_id);
    // TSF is not on the international site: refused before anything is sent.
    let refused = international.call(tc3::request!(DescribeClusters { limit: 20 })).await.unwrap_err();
    println!("international client: {refused}");
    Ok(())
}
