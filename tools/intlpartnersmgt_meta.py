"""Hand-written facts the spec JSON lacks: where each action lives, what it does, who calls
it, and the rules of its parameters (from spec/intlpartnersmgt-rules.md). Read by
tools/gen_intlpartnersmgt.py."""

DISTRIBUTOR = "distributor"
SECOND = "second-level reseller"
RESELLER = "reseller"
CUSTOMER = "end customer"
PARTNERS = (DISTRIBUTOR, SECOND, RESELLER)

# action: (file, what it does, who may call it)
ACTIONS = {
    "SendVerifyCode": ("customers", "Sends an SMS verification code to a phone number, the first step of creating a customer account.", PARTNERS + (CUSTOMER,)),
    "CreateAccount": ("customers", "Creates a customer account, bound to the caller, with the code that SendVerifyCode sent.", PARTNERS),
    "GetCountryCodes": ("customers", "Lists the country calling codes that customer accounts may use.", PARTNERS),
    "GetTradeConfigList": ("customers", "Lists the industries (two levels) a new customer account declares.", PARTNERS + (CUSTOMER,)),
    "CreateAndSendClientInvitationMail": ("applications", "Mails an invitation link that lets an existing account become a customer or a second-level reseller of the caller.", PARTNERS),
    "QueryInvitationInfo": ("applications", "Looks up the invitations behind a list of invitation tokens.", PARTNERS),
    "DescribeCustomerInfo": ("clients", "Returns the profile of some of the caller's customers: names, contacts, binding time.", (DISTRIBUTOR, RESELLER)),
    "DescribeCustomerUin": ("clients", "Lists the UINs of the caller's customers, a page at a time.", PARTNERS),
    "QueryAccountVerificationStatus": ("clients", "Tells whether a customer has completed identity verification.", (DISTRIBUTOR, RESELLER)),
    "ModifyClientRemark": ("clients", "Sets the caller's private remark on one of its customers.", PARTNERS),
    "ForceQN": ("clients", "Suspends a customer's services by force, or lifts that suspension.", PARTNERS),
    "ApproveClientApply": ("applications", "Approves or rejects an account's application to become the caller's customer.", PARTNERS),
    "QueryPendingClientsV2": ("applications", "Lists applications from accounts waiting to become the caller's customers.", PARTNERS),
    "QueryPolicyProductListByCode": ("clients", "Lists the products a discount policy covers, by policy code.", PARTNERS),
    "ApproveSubAgentApply": ("sub_agents", "Approves or rejects an application to become the caller's second-level reseller.", (DISTRIBUTOR,)),
    "QueryPendingSubAgentsV2": ("sub_agents", "Lists applications waiting to become the caller's second-level resellers.", (DISTRIBUTOR,)),
    "QuerySubAgentsDetailV2": ("sub_agents", "Lists the caller's second-level resellers with their credit and vouchers.", (DISTRIBUTOR,)),
    "QueryT1IndirectCustomersDetail": ("sub_agents", "Lists the customers of one of the caller's second-level resellers.", (DISTRIBUTOR,)),
    "AllocateCreditPool": ("credit", "Gives credit from the caller's pool to one of its second-level resellers.", (DISTRIBUTOR,)),
    "AllocateCustomerCredit": ("credit", "Raises or lowers a customer's credit by an increment; each call adds to the last.", PARTNERS),
    "QueryCreditAllocationHistory": ("credit", "Lists every credit change the caller made for one customer.", PARTNERS),
    "QueryCreditByUinList": ("credit", "Returns the credit of a list of the caller's customers.", PARTNERS),
    "QueryCustomersCredit": ("credit", "Lists the caller's customers with their credit, filtered and sorted.", PARTNERS),
    "QueryDirectCustomersCredit": ("credit", "Lists the credit of the caller's direct customers.", PARTNERS),
    "QueryPartnerCredit": ("credit", "Returns the caller's own credit: total, allocated and remaining.", PARTNERS),
    "QueryCustomerBillingQuota": ("credit", "Returns the caller's own spending quota: credit, vouchers and frozen amounts.", (CUSTOMER,)),
    "DescribeCustomerOwnVoucherList": ("vouchers", "Lists the vouchers the caller holds as a customer.", (CUSTOMER,)),
    "DescribeCustomerOwnVoucherUsageDetails": ("vouchers", "Lists how one of the caller's own vouchers was spent.", (CUSTOMER,)),
    "DescribeCustomerVoucherList": ("vouchers", "Lists the vouchers issued to the caller's customers.", PARTNERS),
    "DescribeCustomerVoucherUsageDetails": ("vouchers", "Lists how a customer spent one voucher.", PARTNERS),
    "QueryVoucherAmountByUin": ("vouchers", "Returns the voucher totals of a list of customers.", PARTNERS),
    "QueryVoucherListByUin": ("vouchers", "Lists the vouchers of a list of customers.", PARTNERS),
    "QueryVoucherPool": ("vouchers", "Returns the caller's voucher quota: total and remaining.", PARTNERS),
    "DescribeBillDetail": ("bills", "Lists the lines of the caller's own bill for a month.", (CUSTOMER,)),
    "DescribeBillDownloadUrl": ("bills", "Returns a link to download the caller's own bill for a month.", (CUSTOMER,)),
    "DescribeBillSummary": ("bills", "Totals the caller's own bill for a month, grouped as asked.", (CUSTOMER,)),
    "DescribeBillSummaryByPayMode": ("bills", "Totals a customer's bill for a month by billing mode.", PARTNERS),
    "DescribeBillSummaryByProduct": ("bills", "Totals a customer's bill for a month by product.", PARTNERS),
    "DescribeBillSummaryByRegion": ("bills", "Totals a customer's bill for a month by region.", PARTNERS),
    "DescribeRebateDownloadUrl": ("bills", "Returns a link to download the caller's commission (rebate) statement for a month.", (DISTRIBUTOR, RESELLER)),
    "DescribeCustomerBillDetail": ("customer_bills", "Lists the lines of a customer's bill for a month.", PARTNERS),
    "DescribeCustomerBillDetailByDay": ("customer_bills", "Lists a customer's costs for one day.", PARTNERS),
    "DescribeCustomerBillDownloadUrl": ("customer_bills", "Returns a link to download a customer's bill for a month.", PARTNERS),
    "DescribeCustomerBillSummary": ("customer_bills", "Returns the total of a customer's bill for a month.", PARTNERS),
    "DescribeCustomerOwnCostExplorerFilter": ("cost_explorer", "Lists the filter values the caller's own cost analysis offers for a period.", (CUSTOMER,)),
    "DescribeCustomerOwnCostExplorerSummary": ("cost_explorer", "Analyses the caller's own costs over a period, by the dimension asked.", (CUSTOMER,)),
}

# Which key pair signs a call, as the emulator enforces it: a customer's own pair for these
# (it asks about itself) ...
OWN_KEY_ACTIONS = [
    "DescribeCustomerOwnCostExplorerFilter",
    "DescribeCustomerOwnCostExplorerSummary",
    "DescribeCustomerOwnVoucherList",
    "DescribeCustomerOwnVoucherUsageDetails",
    "QueryCustomerBillingQuota",
]
# ... either a partner's or a customer's for these reference lists, the partner's for the rest.
EITHER_KEY_ACTIONS = ["GetCountryCodes", "GetTradeConfigList"]

FILES = {
    "customers": "Creating customer accounts: verification codes, country codes and industries.",
    "applications": "Invitations and applications of accounts that want to become customers.",
    "clients": "Existing customers: profiles, verification status, remarks, suspension, policies.",
    "sub_agents": "Second-level resellers and their customers.",
    "credit": "Credit: allocation to customers and second-level resellers, and balances.",
    "vouchers": "Vouchers: pools, lists and usage, for customers and for the caller itself.",
    "bills": "Monthly bills: an end customer's own, a customer's totals for its partner, and commission statements.",
    "customer_bills": "Customers' bills: details, daily costs, totals and downloads.",
    "cost_explorer": "Cost analysis of the caller's own account.",
}

MONTH = 'pattern = r"^[0-9]{4}-(0[1-9]|1[0-2])$"'
DATETIME = 'pattern = r"^[0-9]{4}-[0-9]{2}-[0-9]{2} [0-9]{2}:[0-9]{2}:[0-9]{2}$"'
COUNTRY = 'digits, length(min = 1, max = 5), not_one_of("7", "380", "86")'
PHONE = "digits, length(min = 1, max = 32)"
ACTION_TYPES = [
    "prepay_purchase", "prepay_renew", "prepay_modify", "prepay_return", "postpay_deduct", "postpay_deduct_h",
    "postpay_deduct_d", "postpay_deduct_m", "offline_deduct", "online_deduct", "recon_deduct", "recon_increase",
    "ripay_purchase", "postpay_deduct_s", "ri_hour_pay", "prePurchase", "preRenew", "preUpgrade", "preDowngrade",
    "svp_hour_pay", "recon_guarantee", "pre_purchase", "pre_renew", "pre_upgrade", "pre_downgrade",
]


def one_of(*values):
    return ("one_of", values)


# (action or object, member): rules, each a string written as-is or a one_of(...) whose
# literals the generator quotes or not by the member's type.
RULES = {
    ("SendVerifyCode", "CountryCode"): [COUNTRY],
    ("SendVerifyCode", "PhoneNum"): [PHONE],
    ("CreateAccount", "AccountType"): [one_of("personal", "company")],
    ("CreateAccount", "Mail"): ["email"],
    ("CreateAccount", "Password"): ["sensitive", "length(min = 8, max = 20)", "custom = super::checks::password"],
    ("CreateAccount", "ConfirmPassword"): ["sensitive"],
    ("CreateAccount", "PhoneNum"): [PHONE],
    ("CreateAccount", "CountryCode"): [COUNTRY],
    ("CreateAccount", "Area"): ['pattern = "^[A-Z]{2}$"'],
    ("CreateAccount", "VerifyCode"): ["sensitive", "digits", "length(min = 6, max = 6)"],
    ("CreateAccount", "TradeOne"): ["length(min = 1)"],
    ("CreateAccount", "TradeTwo"): ["length(min = 1)"],
    ("CreateAccount", "CustomerName"): ["length(min = 2, max = 200)", "custom = super::checks::not_only_digits"],
    ("CreateAndSendClientInvitationMail", "Email"): ["email"],
    ("CreateAndSendClientInvitationMail", "InvitationRole"): [one_of("Client", "SubAgent")],
    ("ApproveClientApply", "ApproveType"): [one_of("pass", "reject")],
    ("ApproveSubAgentApply", "ApproveType"): [one_of("pass", "reject")],
    ("ForceQN", "Type"): [one_of(0, 2)],
    ("DescribeBillDetail", "PageSize"): ["range(min = 1, max = 200)"],
    ("DescribeBillDetail", "Page"): ["range(min = 1)"],
    ("DescribeCustomerBillDetail", "PageSize"): ["range(min = 1, max = 200)"],
    ("DescribeCustomerBillDetail", "Page"): ["range(min = 1)"],
    ("DescribeBillDownloadUrl", "FileType"): [one_of("L2", "L3")],
    ("DescribeCustomerBillDownloadUrl", "FileType"): [one_of("billResource", "billDetail", "billResourcePack", "billDetailPack")],
    ("DescribeCustomerBillDownloadUrl", "CustomerUinType"): [one_of("Customer", "Reseller", "ResellerCustomer")],
    ("DescribeCustomerBillDownloadUrl", "FileLanguage"): [one_of("zh_cn", "en")],
    ("DescribeRebateDownloadUrl", "FileType"): [one_of("CommissionDetail")],
    ("DescribeCustomerOwnCostExplorerSummary", "FeeType"): [one_of("originalCost", "totalCost")],
    ("DescribeCustomerOwnCostExplorerSummary", "BillType"): [one_of(1)],
    ("DescribeCustomerOwnCostExplorerSummary", "Page"): ["range(min = 1, max = 10000)"],
    ("DescribeCustomerOwnCostExplorerSummary", "PageSize"): ["range(min = 1, max = 200)"],
    ("DescribeCustomerInfo", "CustomerUin"): ["length(min = 1, max = 20)"],
    ("QueryCreditByUinList", "UinList"): ["length(min = 1, max = 50)"],
    ("QueryVoucherAmountByUin", "ClientUins"): ["length(min = 1, max = 20)"],
    ("QueryVoucherListByUin", "ClientUins"): ["length(min = 1, max = 20)"],
    ("QueryVoucherListByUin", "Status"): [one_of("Unused", "Used", "Expired")],
    ("QueryInvitationInfo", "InvitationToken"): ["length(min = 1, max = 100)"],
    ("QueryPolicyProductListByCode", "Page"): ["range(min = 1)"],
    ("QueryPolicyProductListByCode", "PageSize"): ["range(min = 1, max = 200)"],
    ("QueryCustomersCredit", "Order"): [one_of("desc", "asc")],
    ("CostAnalyzeFilter", "ActionTypeIn"): [one_of(*ACTION_TYPES)],
    ("CostAnalyzeFilter", "PayModeIn"): [one_of("prePay", "postPay")],
}

for _action in ["DescribeBillDetail", "DescribeBillSummary", "DescribeBillSummaryByPayMode",
                "DescribeBillSummaryByProduct", "DescribeBillSummaryByRegion", "DescribeCustomerBillDetail",
                "DescribeCustomerBillSummary", "DescribeBillDownloadUrl", "DescribeCustomerBillDownloadUrl",
                "DescribeRebateDownloadUrl", "DescribeCustomerBillDetailByDay"]:
    for _member in ["Month", "BillMonth"]:
        RULES.setdefault((_action, _member), []).append(MONTH)
for _action in ["DescribeBillDownloadUrl", "DescribeCustomerBillDownloadUrl", "DescribeRebateDownloadUrl"]:
    RULES[(_action, "Month")].append("custom = super::checks::downloadable_month")
for _action in ["DescribeBillDetail", "DescribeCustomerBillDetail", "DescribeCustomerBillSummary"]:
    RULES[(_action, "PayMode")] = [one_of("prePay", "postPay")]
    RULES[(_action, "ActionType")] = [one_of(*ACTION_TYPES)]
for _action in ["DescribeCustomerOwnCostExplorerFilter", "DescribeCustomerOwnCostExplorerSummary"]:
    RULES[(_action, "StartTime")] = [DATETIME]
    RULES[(_action, "EndTime")] = [DATETIME]
    RULES[(_action, "PeriodType")] = [one_of("day", "month")]
for _action in ["DescribeCustomerOwnVoucherList", "DescribeCustomerOwnVoucherUsageDetails", "DescribeCustomerVoucherList",
                "DescribeCustomerVoucherUsageDetails", "QueryPendingClientsV2", "QueryPendingSubAgentsV2",
                "QuerySubAgentsDetailV2", "QueryT1IndirectCustomersDetail"]:
    RULES[(_action, "PageSize")] = ["range(min = 1, max = 100)"]
    RULES[(_action, "Page")] = ["range(min = 1)"]
for _action in ["DescribeCustomerOwnVoucherList", "DescribeCustomerVoucherList"]:
    RULES[(_action, "VoucherStatus")] = [one_of("Issued", "Used", "Expired", "Invalidated")]
    RULES[(_action, "PaymentMode")] = [one_of("AllPayment", "Prepaid", "Postpaid")]
    RULES[(_action, "ProductScope")] = [one_of("AllProducts", "SpecifyProducts", "SpecifyProductsBlacklist")]
RULES[("DescribeCustomerVoucherList", "Usage")] = [one_of("ProductTrial", "CustomerOffer")]

# Extra container keys: rules across fields, and the documented waits after some errors.
CONTAINER = {
    "CreateAccount": ["custom = super::checks::passwords_match"],
    "SendVerifyCode": ["retry_after = super::errors::documented_wait"],
    "CreateAndSendClientInvitationMail": ["retry_after = super::errors::documented_wait"],
    "DescribeCustomerOwnCostExplorerFilter": ["custom = super::checks::filter_period"],
    "DescribeCustomerOwnCostExplorerSummary": ["custom = super::checks::summary_period"],
}

# What a member means, in our words, where its name alone does not say it; `Object.Member`
# keys win over `Member` keys.
FIELD_DOCS = {
    "AccountType": "`personal` or `company`",
    "Mail": "Email address of the new account, its login",
    "Password": "Login password: 8-20 characters with a letter, a digit and one of `!@#$%^&*()`",
    "ConfirmPassword": "The password again, to catch typing mistakes",
    "PhoneNum": "Phone number without the country calling code",
    "CountryCode": "Country calling code, digits only (`852`)",
    "Area": "ISO 3166 alpha-2 code of the country matching CountryCode (`HK`)",
    "VerifyCode": "The 6-digit code SendVerifyCode sent by SMS",
    "TradeOne": "First-level industry id from GetTradeConfigList",
    "TradeTwo": "Second-level industry id from GetTradeConfigList",
    "Extended": "Free-form extra information",
    "CustomerName": "Customer name, 2-200 characters, not only digits",
    "Uin": "Account UIN",
    "ClientUin": "Customer UIN",
    "ClientUins": "Customer UINs",
    "CustomerUin": "Customer UIN",
    "SubAgentUin": "Second-level reseller UIN",
    "UinList": "Customer UINs",
    "OwnerUin": "UIN of the account that owns the resource",
    "PayerUin": "UIN of the account that pays",
    "Credit": "Credit amount, in USD",
    "AddedCredit": "Credit to add; negative takes credit back",
    "TotalCredit": "Total credit, in USD",
    "RemainingCredit": "Credit still available, in USD",
    "AllocatedCredit": "Credit already allocated, in USD",
    "CustomerTotalCredit": "Total credit of the caller's customers, in USD",
    "CustomerRemainingCredit": "Remaining credit of the caller's customers, in USD",
    "ClientCreditAfter": "The customer's credit after this change",
    "TotalAmount": "Total amount, in USD",
    "RemainAmount": "Amount still unused, in USD",
    "RemainingAmount": "Amount still unused, in USD",
    "Amount": "Amount, in USD",
    "TotalQuota": "Total voucher quota, in USD",
    "RemainingQuota": "Voucher quota still available, in USD",
    "RemainingVoucher": "Voucher amount still available, in USD",
    "PrepayFrozen": "Amount frozen for prepaid orders, in USD",
    "PostpayFrozen": "Amount frozen for pay-as-you-go usage, in USD",
    "Voucher": "Voucher amount, in USD",
    "Month": "Month, `YYYY-MM`",
    "BillMonth": "Month of the bill, `YYYY-MM`",
    "Date": "Day, `YYYY-MM-DD`",
    "StartTime": "Start, `YYYY-MM-DD hh:mm:ss`",
    "EndTime": "End, `YYYY-MM-DD hh:mm:ss`",
    "Page": "Page number, from 1",
    "PageSize": "Items per page",
    "Total": "Number of items across all pages",
    "TotalCount": "Number of items across all pages",
    "PayMode": "Billing mode: `prePay` or `postPay`",
    "ActionType": "Transaction type, such as `postpay_deduct_h`",
    "FileType": "Kind of file to download",
    "DownloadUrl": "Link to the file, valid for an hour",
    "Ready": "1 when the file is ready, 0 while it is being generated",
    "ApproveType": "`pass` or `reject`",
    "RejectReason": "Why the application is rejected; only with `reject`",
    "Remark": "The caller's private note",
    "Email": "Email address",
    "InvitationRole": "`Client` (default) or `SubAgent`",
    "InvitationToken": "Tokens of invitation links",
    "InvitationLink": "The invitation link",
    "VoucherId": "Voucher id",
    "VoucherStatus": "Voucher status: `Issued`, `Used`, `Expired` or `Invalidated`",
    "PaymentMode": "Orders a voucher pays for: `AllPayment`, `Prepaid` or `Postpaid`",
    "ProductScope": "Products a voucher applies to: `AllProducts`, `SpecifyProducts` or `SpecifyProductsBlacklist`",
    "Usage": "Why the voucher was issued: `ProductTrial` or `CustomerOffer`",
    "PeriodType": "Granularity: `day` or `month`",
    "FeeType": "`originalCost` or `totalCost`",
    "Dimension": "Dimension to analyse by, such as `Product` or `Region`",
    "Order": "Sort order: `desc` (default) or `asc`",
    "FilterType": "What Filter searches, such as `ClientUin`, `Name`, `Remark` or `Email`",
    "Filter": "The value searched for",
    "ForceQNRequest.Type": "0 lifts a forced suspension, 2 forces one",
    "DescribeCustomerOwnCostExplorerSummaryRequest.Filter": "Narrows the analysis to some products, regions, modes...",
    "RequestId": "Id of this request, for support tickets",
    "C": "Result code; read the error instead",
    "M": "Result message; read the error instead",
    "EventId": "No longer read by the service",
    "ComponentName": "Component name",
    "IOS2": "ISO 3166 alpha-2 country code",
    "IOS3": "ISO 3166 alpha-3 country code",
    "Code": "Code",
    "RICost": "Cost covered by reserved instances",
}

# Objects written by hand (object -> module): the spec's own example of
# DescribeCustomerUinResponse.Data is a list of bare UIN strings, not of objects.
HAND_WRITTEN = {"DescribeCustomerUinData": "customer_uin"}
