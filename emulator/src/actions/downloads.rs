//! Bill and rebate files: the download actions answer a URL on the emulator itself whose
//! token names the file (`bill_2024-05_L3.csv`); a GET of it renders the CSV from the same
//! rows as the bill actions, so a file's sums are the summaries' sums.

use serde_json::{Map, json};

use tc3::intlpartnersmgt::v20220928::{
    DescribeBillDownloadUrl, DescribeCustomerBillDownloadUrl, DescribeRebateDownloadUrl,
};

use super::customer_queries::indirect_customers;
use super::ledger::{PAY_MODES, PRODUCTS, REGIONS, Row, amount, check_month, rows};
use super::{Answer, Ctx};
use crate::envelope::ApiError;
use crate::state::State;

/// Where the files are served, below the emulator's address.
pub(crate) const PATH: &str = "/_emulator/download/";
/// The first month with downloadable files.
const FIRST_MONTH: &str = "2022-06";
/// The partner's commission, in percent of its customers' total cost.
const REBATE_PERCENT: i64 = 8;

fn check_file_month(month: &str, now: u64, code: &'static str) -> Result<(), ApiError> {
    match check_month(month, now) {
        Ok(()) if month >= FIRST_MONTH => Ok(()),
        _ => Err(ApiError::new(code, format!("`{month}` is not a month with files; they exist from {FIRST_MONTH}."))),
    }
}

fn ready(cx: &Ctx<'_>, token: &str) -> Answer {
    let mut out = Map::new();
    out.insert("DownloadUrl".into(), json!(format!("{}{PATH}{token}.csv", cx.url)));
    out.insert("Ready".into(), json!(1));
    Ok(out)
}

pub(crate) fn describe_bill_download_url(r: DescribeBillDownloadUrl, cx: &mut Ctx<'_>) -> Answer {
    let (month, file_type) = (r.month.as_str(), r.file_type.as_str());
    check_bill_file(month, file_type, cx.now)?;
    ready(cx, &format!("bill_{month}_{file_type}"))
}

fn check_bill_file(month: &str, file_type: &str, now: u64) -> Result<(), ApiError> {
    check_file_month(month, now, "InvalidParameter")?;
    if !matches!(file_type, "L2" | "L3") {
        return Err(ApiError::new("InvalidParameter", "FileType must be L2 or L3."));
    }
    Ok(())
}

pub(crate) fn describe_customer_bill_download_url(r: DescribeCustomerBillDownloadUrl, cx: &mut Ctx<'_>) -> Answer {
    let (month, file_type, kind) = (r.month.as_str(), r.file_type.as_str(), r.customer_uin_type.as_str());
    let (language, uin) = (r.file_language.as_deref().unwrap_or_default(), r.customer_uin);
    customer_file_accounts(cx.state, CustomerFile { kind, uin, month, file_type, language }, cx.now)?;
    let who = uin.map_or_else(|| "all".to_owned(), |uin| uin.to_string());
    ready(cx, &format!("customer_{kind}_{who}_{month}_{file_type}"))
}

/// What DescribeCustomerBillDownloadUrl asks for.
struct CustomerFile<'a> {
    /// Customer, Reseller or ResellerCustomer.
    kind: &'a str,
    /// One account's file; `None` for all accounts of the kind.
    uin: Option<i64>,
    month: &'a str,
    file_type: &'a str,
    language: &'a str,
}

/// (uin, when it joined) of the accounts whose rows `file` holds, or why there is no such file.
fn customer_file_accounts(state: &State, file: CustomerFile<'_>, now: u64) -> Result<Vec<(u64, u64)>, ApiError> {
    let CustomerFile { kind, uin, month, file_type, language } = file;
    check_file_month(month, now, "InvalidParameter")?;
    if !matches!(file_type, "billResource" | "billDetail" | "billResourcePack" | "billDetailPack") {
        return Err(ApiError::new(
            "InvalidParameter",
            "FileType must be billResource, billDetail, billResourcePack or billDetailPack.",
        ));
    }
    if !matches!(language, "" | "en" | "zh_cn") {
        return Err(ApiError::new("InvalidParameter", "FileLanguage must be en or zh_cn."));
    }
    let mut accounts = accounts(state, kind, now).ok_or_else(|| {
        ApiError::new("InvalidParameter", "CustomerUinType must be Customer, Reseller or ResellerCustomer.")
    })?;
    if let Some(uin) = uin {
        accounts.retain(|(u, _)| i64::try_from(*u) == Ok(uin));
        if accounts.is_empty() {
            return Err(ApiError::new(
                "UnauthorizedOperation.UinNoAuth",
                format!("Uin {uin} is not a {kind} of this partner."),
            ));
        }
    }
    Ok(accounts)
}

pub(crate) fn describe_rebate_download_url(r: DescribeRebateDownloadUrl, cx: &mut Ctx<'_>) -> Answer {
    let month = r.month.as_str();
    check_rebate_file(month, &r.file_type, cx.now)?;
    ready(cx, &format!("rebate_{month}_CommissionDetail"))
}

fn check_rebate_file(month: &str, file_type: &str, now: u64) -> Result<(), ApiError> {
    check_file_month(month, now, "InvalidParameterValue")?;
    if file_type != "CommissionDetail" {
        return Err(ApiError::new("InvalidParameterValue", "FileType must be CommissionDetail."));
    }
    Ok(())
}

/// (uin, when it joined) of the accounts of `kind`: Customer, Reseller or ResellerCustomer.
fn accounts(state: &State, kind: &str, now: u64) -> Option<Vec<(u64, u64)>> {
    Some(match kind {
        "Customer" => state.customers.iter().map(|c| (c.uin, c.created_at)).collect(),
        "Reseller" => state.sub_agents.iter().map(|s| (s.uin, s.bound_at)).collect(),
        "ResellerCustomer" => state
            .sub_agents
            .iter()
            .flat_map(|s| indirect_customers(state.seed, s, now))
            .map(|c| (c.uin, c.bound_at))
            .collect(),
        _ => return None,
    })
}

/// The CSV file a token names, or `None` for a token no action gave. The emulator keeps no
/// list of the URLs it gave: a token is served when the action would give it now, checked
/// by the action's own checks (so a URL stays valid across a restart with `--state`, and
/// one for a month without bills, an unknown file type or a stranger's uin is not found).
pub(crate) fn render(state: &State, token: &str, now: u64) -> Option<String> {
    let parts: Vec<&str> = token.strip_suffix(".csv")?.split('_').collect();
    let customers = || state.customers.iter().map(|c| (c.uin, c.created_at)).collect::<Vec<_>>();
    match parts.as_slice() {
        ["bill", month, file_type] => {
            check_bill_file(month, file_type, now).ok()?;
            Some(bill_csv(state.seed, &customers(), month, now))
        }
        ["customer", kind, who, month, file_type] => {
            let uin = match *who {
                "all" => None,
                // Only as the action writes it: no sign, no leading zero.
                who => Some(who.parse::<i64>().ok().filter(|uin| uin.to_string() == who)?),
            };
            let file = CustomerFile { kind, uin, month, file_type, language: "" };
            let accounts = customer_file_accounts(state, file, now).ok()?;
            Some(bill_csv(state.seed, &accounts, month, now))
        }
        ["rebate", month, file_type] => {
            check_rebate_file(month, file_type, now).ok()?;
            Some(rebate_csv(state.seed, &customers(), month, now))
        }
        _ => None,
    }
}

/// A CSV file of `header` and `records`, quoted where a cell needs it (`csv`).
fn csv_file<const N: usize>(header: [&str; N], records: impl Iterator<Item = [String; N]>) -> String {
    let mut out = csv::Writer::from_writer(Vec::new());
    // Writing to memory fails only on a bug: records have the header's length by their type.
    out.write_record(header).expect("CSV in memory");
    for record in records {
        out.write_record(&record).expect("CSV in memory");
    }
    String::from_utf8(out.into_inner().expect("CSV in memory")).expect("CSV of UTF-8 cells")
}

fn bill_csv(seed: u64, accounts: &[(u64, u64)], month: &str, now: u64) -> String {
    let header = [
        "BillId",
        "PayerUin",
        "OwnerUin",
        "ProductCode",
        "ProductName",
        "Region",
        "PayMode",
        "Date",
        "OriginalCost",
        "VoucherPayAmount",
        "TotalCost",
    ];
    let rows = accounts.iter().flat_map(|(uin, joined)| rows(seed, *uin, *joined, month, now));
    csv_file(
        header,
        rows.map(|Row { owner, product, region, pay_mode, original, voucher, id, day }| {
            [
                id.to_string(),
                owner.to_string(),
                owner.to_string(),
                PRODUCTS[product].0.to_owned(),
                PRODUCTS[product].1.to_owned(),
                REGIONS[region].1.to_owned(),
                PAY_MODES[pay_mode].0.to_owned(),
                format!("{month}-{day:02}"),
                amount(original),
                amount(voucher),
                amount(original - voucher),
            ]
        }),
    )
}

fn rebate_csv(seed: u64, accounts: &[(u64, u64)], month: &str, now: u64) -> String {
    let totals = accounts
        .iter()
        .map(|(uin, joined)| (uin, rows(seed, *uin, *joined, month, now).iter().map(Row::total).sum::<i64>()));
    csv_file(
        ["CustomerUin", "Month", "TotalCost", "RebateRate", "Rebate"],
        totals.filter(|(_, total)| *total != 0).map(|(uin, total)| {
            [
                uin.to_string(),
                month.to_owned(),
                amount(total),
                format!("{REBATE_PERCENT}%"),
                amount(total * REBATE_PERCENT / 100),
            ]
        }),
    )
}
