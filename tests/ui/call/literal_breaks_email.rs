#[derive(tc3::Action)]
#[tc3(service = "intlpartnersmgt", version = "2022-09-28", response = CreateAccountResponse)]
struct CreateAccount {
    #[tc3(email)]
    mail: String,
    #[tc3(sensitive)]
    password: String,
}

#[derive(tc3::Object)]
struct CreateAccountResponse {
    request_id: String,
}

fn main() {
    let password = String::from("Abcd1234!");
    let _ = tc3::request!(CreateAccount { mail: "ops-at-example.com", password: password });
}
