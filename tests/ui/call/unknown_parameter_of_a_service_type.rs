// A request type of another crate: its builder's type name is long enough that rustc writes it
// to a file of its own for each error, so two reports of one misspelling were not merged.
use tc3::intlpartnersmgt::SendVerifyCode;

fn main() {
    let _ = tc3::request!(SendVerifyCode { country_code: "852", phone_num: "1", phone: "2" });
}
