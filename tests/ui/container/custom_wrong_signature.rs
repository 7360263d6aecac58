#[derive(tc3::Object)]
#[tc3(custom = passwords_match)]
struct Account {
    password: String,
    confirm_password: String,
}

fn passwords_match(account: &Account) -> bool {
    account.password == account.confirm_password
}

fn main() {}
