//! The seeded ledger: what bills and vouchers are derived from rather than stored. A
//! customer's bill lines for a month are a function of (seed, uin, month) and its vouchers
//! a function of (seed, uin, join time), each dated up to the clock; every voucher payment
//! is a line of the bill of its month, so bills, vouchers, files and the cost explorer all
//! agree, whichever action is asked.

use crate::clock::{datetime, month};
use crate::envelope::ApiError;
use crate::random::hash;
use crate::state::Customer;

pub(crate) const PRODUCTS: &[(&str, &str)] = &[
    ("p_cvm", "Cloud Virtual Machine"),
    ("p_cbs", "Cloud Block Storage"),
    ("p_cos", "Cloud Object Storage"),
    ("p_cdn", "Content Delivery Network"),
    ("p_cdb", "TencentDB for MySQL"),
];
pub(crate) const REGIONS: &[(&str, &str)] =
    &[("9", "Southeast Asia (Singapore)"), ("5", "Hong Kong, China"), ("15", "Western US (Silicon Valley)")];
/// (PayMode, name, ActionType, transaction type).
pub(crate) const PAY_MODES: &[(&str, &str, &str, &str)] = &[
    ("postPay", "Pay-As-You-Go resources", "postpay_deduct_h", "Hourly settlement"),
    ("prePay", "Monthly subscription", "prepay_purchase", "Purchase"),
];

const DAY: u64 = 86_400;
const PAYMENT_MODES: &[&str] = &["AllPayment", "Prepaid", "Postpaid"];
const PRODUCT_SCOPES: &[&str] = &["AllProducts", "SpecifyProducts", "SpecifyProductsBlacklist"];
const USAGES: &[&str] = &["CustomerOffer", "ProductTrial"];

/// One line of a bill; amounts in millionths of a dollar.
#[derive(Debug, Clone)]
pub(crate) struct Row {
    pub(crate) owner: u64,
    pub(crate) product: usize,
    pub(crate) region: usize,
    pub(crate) pay_mode: usize,
    pub(crate) original: i64,
    pub(crate) voucher: i64,
    pub(crate) id: u64,
    pub(crate) day: u64,
}

impl Row {
    pub(crate) fn total(&self) -> i64 {
        self.original - self.voucher
    }
}

/// A dollar amount with six decimals, as the bill APIs write them.
pub(crate) fn amount(micros: i64) -> String {
    format!("{}{}.{:06}", if micros < 0 { "-" } else { "" }, micros.abs() / 1_000_000, micros.abs() % 1_000_000)
}

/// Checks `YYYY-MM`: a real month, not after the current one.
pub(crate) fn check_month(text: &str, now: u64) -> Result<(), ApiError> {
    let bytes = text.as_bytes();
    let shaped = bytes.len() == 7 && bytes[4] == b'-' && text[..4].parse::<u32>().is_ok();
    let month_no = text.get(5..).and_then(|m| m.parse::<u32>().ok()).unwrap_or(0);
    if !shaped || !(1..=12).contains(&month_no) || text > month(now).as_str() {
        return Err(ApiError::new(
            "InvalidParameterValue.InvalidMonth",
            format!("`{text}` is not a month with a bill."),
        ));
    }
    Ok(())
}

/// The rows of customer `uin` in `month_text` dated from the day it joined to the day
/// of `now`, so a month's bill grows day by day until it is complete.
pub(crate) fn rows(seed: u64, uin: u64, created_at: u64, month_text: &str, now: u64) -> Vec<Row> {
    if month_text < month(created_at).as_str() {
        return Vec::new();
    }
    let (joined, today) = (datetime(created_at), datetime(now));
    let dated = |day: u64| {
        let date = format!("{month_text}-{day:02}");
        (&joined[..10]..=&today[..10]).contains(&date.as_str())
    };
    let base = hash(seed, &format!("{uin}/{month_text}"));
    let count = 3 + base % 6;
    let row = |h: u64, product: usize, original: i64, voucher: i64, day: u64| Row {
        owner: uin,
        product,
        region: (h >> 16) as usize % REGIONS.len(),
        pay_mode: (h >> 24) as usize % PAY_MODES.len(),
        original,
        voucher,
        id: h >> 1,
        day,
    };
    let paid = (0..count).map(|i| {
        let h = hash(base, &i.to_string());
        row(h, (h >> 8) as usize % PRODUCTS.len(), 10_000 + (h % 80_000_000) as i64, 0, 1 + (h >> 40) % 28)
    });
    // Every voucher payment of the month is a line paid (in part) by that voucher.
    let by_voucher =
        issued(seed, uin, created_at, now).into_iter().flat_map(|v| v.used).filter(|u| month(u.at) == month_text).map(
            |u| {
                let h = hash(base, &format!("voucher payment/{}", u.id));
                let voucher = u.cents * 10_000;
                let day = datetime(u.at)[8..10].parse().unwrap_or(1);
                row(h, u.product, voucher + (h % 5_000_000) as i64, voucher, day)
            },
        );
    paid.chain(by_voucher).filter(|r| dated(r.day)).collect()
}

/// One payment made with a voucher.
#[derive(Debug, Clone)]
pub(crate) struct Usage {
    pub(crate) id: u64,
    pub(crate) product: usize,
    pub(crate) cents: i64,
    pub(crate) at: u64,
}

#[derive(Debug, Clone)]
pub(crate) struct Voucher {
    pub(crate) id: u64,
    pub(crate) owner: u64,
    pub(crate) total_cents: i64,
    pub(crate) payment_mode: &'static str,
    pub(crate) product_scope: &'static str,
    pub(crate) usage: &'static str,
    pub(crate) effective_at: u64,
    pub(crate) expire_at: u64,
    pub(crate) invalidated: bool,
    /// Payments made by now, oldest first.
    pub(crate) used: Vec<Usage>,
}

impl Voucher {
    pub(crate) fn remaining_cents(&self) -> i64 {
        self.total_cents - self.used.iter().map(|u| u.cents).sum::<i64>()
    }

    /// Issued, Used, Expired or Invalidated, as the voucher lists write it.
    pub(crate) fn status(&self, now: u64) -> &'static str {
        if self.invalidated {
            "Invalidated"
        } else if self.remaining_cents() == 0 {
            "Used"
        } else if self.expire_at < now {
            "Expired"
        } else {
            "Issued"
        }
    }
}

/// The vouchers customer `c` holds by `now`, oldest first.
pub(crate) fn vouchers(seed: u64, c: &Customer, now: u64) -> Vec<Voucher> {
    issued(seed, c.uin, c.created_at, now)
}

/// The vouchers of customer `uin`, who joined at `created_at`, issued by `now`, oldest first;
/// their payments are the voucher amounts of the customer's bills.
pub(crate) fn issued(seed: u64, uin: u64, created_at: u64, now: u64) -> Vec<Voucher> {
    let base = hash(seed, &format!("vouchers/{uin}"));
    let count = 2 + base % 4;
    (0..count)
        .map(|i| {
            let h = hash(base, &i.to_string());
            let total_cents = 5_000 + (h % 200) as i64 * 500;
            let effective_at = created_at + DAY * (1 + i * 40 + (h >> 8) % 20) + (h >> 16) % DAY;
            let expire_at = effective_at + DAY * (90 + 90 * ((h >> 24) % 4));
            let payments = (h >> 28) % 5;
            let spends_all = payments > 0 && (h >> 32) % 3 == 0;
            let mut left = total_cents;
            let mut used = Vec::new();
            for k in 0..payments {
                let hk = hash(h, &k.to_string());
                let cents =
                    if spends_all && k + 1 == payments { left } else { (left * (10 + (hk % 40) as i64) / 100).max(1) };
                left -= cents;
                let at = effective_at + (expire_at - effective_at) * (k + 1) / (payments + 1);
                used.push(Usage { id: hk % 1_000_000_000, product: (hk >> 32) as usize % PRODUCTS.len(), cents, at });
            }
            used.retain(|u| u.at <= now);
            Voucher {
                id: 10_000_000 + h % 90_000_000,
                owner: uin,
                total_cents,
                payment_mode: PAYMENT_MODES[(h >> 36) as usize % PAYMENT_MODES.len()],
                product_scope: PRODUCT_SCOPES[(h >> 40) as usize % PRODUCT_SCOPES.len()],
                usage: USAGES[(h >> 44) as usize % USAGES.len()],
                effective_at,
                expire_at,
                invalidated: payments == 0 && (h >> 48) % 4 == 0,
                used,
            }
        })
        .filter(|v| v.effective_at <= now)
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::state::State;

    #[test]
    fn amounts_have_six_decimals() {
        assert_eq!(amount(1_234_567), "1.234567");
        assert_eq!(amount(5), "0.000005");
    }

    #[test]
    fn months_are_checked() {
        assert!(check_month("2023-02", 1_700_000_000).is_ok());
        assert!(check_month("2023-13", 1_700_000_000).is_err());
        assert!(check_month("2031-01", 1_700_000_000).is_err());
        assert!(check_month("202302", 1_700_000_000).is_err());
    }

    #[test]
    fn rows_are_a_function_of_seed_uin_and_month() {
        let a: Vec<i64> = rows(1, 42, 0, "2024-01", 1_800_000_000).iter().map(|r| r.original).collect();
        let b: Vec<i64> = rows(1, 42, 0, "2024-01", 1_800_000_000).iter().map(|r| r.original).collect();
        assert_eq!(a, b);
        assert!(rows(1, 42, 1_700_000_000, "2020-01", 1_800_000_000).is_empty());
        // 2023-11-14: the month so far only, from the day the customer joined.
        let so_far = rows(1, 42, 1_699_000_000, "2023-11", 1_700_000_000);
        assert!(so_far.iter().all(|r| (3..=14).contains(&r.day)));
    }

    #[test]
    fn voucher_amounts_are_the_vouchers_payments_of_the_month() {
        let (seed, now) = (5, 1_800_000_000);
        let mut paid_by_vouchers = 0;
        for uin in 100..140 {
            let joined = 1_700_000_000 + uin * 86_400;
            let payments: Vec<Usage> = issued(seed, uin, joined, now).into_iter().flat_map(|v| v.used).collect();
            for m in 0..40 {
                let month_text = month(joined + m * 27 * 86_400);
                let in_month: i64 =
                    payments.iter().filter(|u| month(u.at) == month_text).map(|u| u.cents * 10_000).sum();
                let billed: i64 = rows(seed, uin, joined, &month_text, now).iter().map(|r| r.voucher).sum();
                assert_eq!(billed, in_month, "uin {uin}, {month_text}");
                paid_by_vouchers += billed;
            }
        }
        assert!(paid_by_vouchers > 0, "some bills are paid by vouchers");
    }

    #[test]
    fn payments_never_exceed_the_voucher() {
        let state = State::new(3, 1_700_000_000);
        for c in &state.customers {
            for v in vouchers(3, c, 1_800_000_000) {
                assert!(v.remaining_cents() >= 0 && v.used.iter().all(|u| u.cents > 0), "{v:?}");
            }
        }
    }
}
