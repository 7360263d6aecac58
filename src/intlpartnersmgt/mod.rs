//! International Partners Management (`intlpartnersmgt`): what Tencent Cloud distributors,
//! second-level resellers and resellers use to onboard customers, hand out credit and
//! vouchers, and collect bills; a few actions serve the end customers themselves.
//!
//! The current version is [`v20220928`], also reachable here: `tc3::intlpartnersmgt::CreateAccount`.
//! Each request's documentation says who may call it and how often.
//!
//! # Onboarding a customer
//!
//! A code by SMS, the account, its first credit, then every customer with its credit:
//!
//! ```no_run
//! use std::time::Duration;
//!
//! use tc3::intlpartnersmgt::{self as api, ErrorCode};
//! use tc3::paging::Paged as _;
//!
//! async fn onboard(client: &tc3::Client, sms_code: impl Fn() -> String) -> Result<(), Box<dyn std::error::Error>> {
//!     // 1. The service sends one code per number and minute; wait as long as it says.
//!     let send = tc3::request!(api::SendVerifyCode { country_code: "852", phone_num: "51234567" });
//!     if let Err(e) = client.call(send.clone()).await {
//!         if ErrorCode::of(&e) != Some(ErrorCode::FailedOperationSendVerifyCodeLimit60) {
//!             return Err(e.into());
//!         }
//!         tokio::time::sleep(e.retry_after().unwrap_or(Duration::from_secs(60))).await;
//!         client.call(send).await?;
//!     }
//!
//!     // 2. The account, bound to the caller, with the code the customer read out.
//!     let account = client
//!         .call(tc3::request!(api::CreateAccount {
//!             account_type: "company",
//!             mail: "ops@example.com",
//!             password: "Abcd1234!",
//!             confirm_password: "Abcd1234!",
//!             phone_num: "51234567",
//!             country_code: "852",
//!             area: "HK",
//!             verify_code: sms_code(),
//!             trade_one: "kghy_01",
//!             trade_two: "kghy_0101",
//!         }))
//!         .await?;
//!     let uin: u64 = account.uin.as_deref().ok_or("CreateAccount returned no UIN")?.parse()?;
//!
//!     // 3. Credit is an increment, in exact decimal: never sent twice by a retry.
//!     let credit = api::AllocateCustomerCredit { added_credit: "1000.00".parse()?, client_uin: uin, remark: None };
//!     let allocated = client.call(credit).await?;
//!     println!("total credit now {:?}", allocated.total_credit);
//!
//!     // 4. Every customer and its remaining credit, a page at a time.
//!     let mut customers = tc3::request!(api::QueryCustomersCredit { page_size: 100 }).pages(client);
//!     while let Some(customer) = customers.next().await {
//!         let customer = customer?;
//!         println!("{:?}: {:?}", customer.client_uin, customer.remaining_credit);
//!     }
//!     Ok(())
//! }
//! ```

pub mod v20220928;

pub use v20220928::*;
