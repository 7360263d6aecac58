//! How requests and responses carry paging on the wire, and the one `impl Paged` that every
//! paged action shares: `paged!` writes it from the field names alone, for `Offset`/`Limit`,
//! page-number and token requests. Used by generated code, not a public API.

/// One page as the paginator reads it from an answer.
#[derive(Debug)]
pub struct Page<T> {
    /// The page's items.
    pub items: Vec<T>,
    /// The total across pages, when the answer gives one.
    pub total: Option<u64>,
    /// The token for the next page, when the answer gives one.
    pub next_token: Option<String>,
    /// Whether the answer says more pages follow, when it has a flag that says so.
    pub more: Option<bool>,
}

impl<T> Page<T> {
    /// A page of `items` that says nothing of the pages after it.
    pub fn of(items: impl ItemsField<T>) -> Self {
        Page { items: items.items(), total: None, next_token: None, more: None }
    }
}

/// The list of an answer that holds the page's items.
pub trait ItemsField<T> {
    /// The items, none when the list is absent.
    fn items(self) -> Vec<T>;
}

impl<T> ItemsField<T> for Option<Vec<T>> {
    fn items(self) -> Vec<T> {
        self.unwrap_or_default()
    }
}

impl<T> ItemsField<T> for Option<crate::OneOrMany<T>> {
    fn items(self) -> Vec<T> {
        self.map(|list| list.0).unwrap_or_default()
    }
}

/// A `Page` or `PageSize` member as a request holds it.
pub trait PageField {
    /// Its value, 0 when unset or negative.
    fn get(&self) -> u64;
    /// `value` in this member's type (saturating).
    fn from_u64(value: u64) -> Self;
    /// Whether the request sets it: a required member always does.
    fn is_set(&self) -> bool {
        true
    }
}

impl PageField for u64 {
    fn get(&self) -> u64 {
        *self
    }

    fn from_u64(value: u64) -> Self {
        value
    }
}

impl PageField for i64 {
    fn get(&self) -> u64 {
        u64::try_from(*self).unwrap_or(0)
    }

    fn from_u64(value: u64) -> Self {
        i64::try_from(value).unwrap_or(i64::MAX)
    }
}

impl<T: PageField> PageField for Option<T> {
    fn get(&self) -> u64 {
        self.as_ref().map_or(0, PageField::get)
    }

    fn from_u64(value: u64) -> Self {
        Some(T::from_u64(value))
    }

    fn is_set(&self) -> bool {
        self.is_some()
    }
}

/// A page token as a request holds it.
pub trait TokenField {
    /// The token sent, when set.
    fn token(&self) -> Option<&str>;
    /// `token` in this member's type.
    fn from_token(token: String) -> Self;
}

impl TokenField for String {
    fn token(&self) -> Option<&str> {
        Some(self)
    }

    fn from_token(token: String) -> Self {
        token
    }
}

impl TokenField for Option<String> {
    fn token(&self) -> Option<&str> {
        self.as_deref()
    }

    fn from_token(token: String) -> Self {
        Some(token)
    }
}

/// A flag of an answer, as a boolean or a count (`HasMore: 1`).
pub trait FlagField {
    /// The flag, when given.
    fn flag(self) -> Option<bool>;
}

impl FlagField for Option<bool> {
    fn flag(self) -> Option<bool> {
        self
    }
}

impl FlagField for Option<u64> {
    fn flag(self) -> Option<bool> {
        self.map(|n| n != 0)
    }
}

impl FlagField for Option<i64> {
    fn flag(self) -> Option<bool> {
        self.map(|n| n != 0)
    }
}

/// More pages follow unless `ListOver` is true.
pub fn list_over(flag: impl FlagField) -> Option<bool> {
    flag.flag().map(|over| !over)
}

/// More pages follow when `IsTruncated` is true.
pub fn is_truncated(flag: impl FlagField) -> Option<bool> {
    flag.flag()
}

/// More pages follow when `HasMore` is true.
pub fn has_more(flag: impl FlagField) -> Option<bool> {
    flag.flag()
}

/// The total across pages as a response holds it: a count, or digits in a string.
pub trait TotalField {
    /// The total, when given and a count.
    fn total(self) -> Option<u64>;
}

impl TotalField for Option<u64> {
    fn total(self) -> Option<u64> {
        self
    }
}

impl TotalField for Option<i64> {
    fn total(self) -> Option<u64> {
        self.and_then(|t| u64::try_from(t).ok())
    }
}

impl TotalField for Option<String> {
    fn total(self) -> Option<u64> {
        self.and_then(|t| t.trim().parse().ok())
    }
}

/// `impl Paged` for a paged request, from its field names.
///
/// - Page numbers, with the number of the first page (`0` or `1`, or `caller` when the API
///   does not document it) and the wire name of the page member:
///   `paged!(DescribeNumbers => numbers: NumberInfo, total: total_count, page: page_number = "PageNumber", size: page_size, base: 0, default_size: 20);`
/// - `Offset`/`Limit`, with the answer's total when it has one: the request's own offset is
///   where the walk starts, and each page starts after the items received before it:
///   `paged!(DescribeInstances => instance_set: Instance, total: total_count, offset: offset, limit: limit, default_size: 20);`
/// - Where the items (and the total) are members of one object of the answer, either of these
///   ends with `; within <that member>`:
///   `paged!(DescribeAPIDocs => api_doc_set: APIDoc, total: total_count, offset: offset, limit: limit, default_size: 20; within result);`
/// - Tokens, the request's member and the answer's, with the answer's flag when it has one
///   (`list_over`, `is_truncated` or `has_more`):
///   `paged!(ListUsers => users: UserInfo, token: next_token => next_token, is_truncated: is_truncated);`
///   and where the items, the token and the flag are members of one object of the answer:
///   `paged!(ListTables => items: TableInfo, token: page_token => next_page_token, has_more: has_more; within data);`
#[macro_export]
#[doc(hidden)]
macro_rules! __paged {
    ($request:ident => $items:ident: $item:ty, $(total: $total:ident,)? page: $page:ident = $wire:literal, size: $page_size:ident, base: $base:tt, default_size: $size:literal $(; within $within:ident)?) => {
        impl $crate::paging::Paged for $request {
            type Item = $item;
            const SHAPE: $crate::paging::PageShape = $crate::paging::PageShape::PageNumber { base: $crate::__paged!(@base $base) };
            const DEFAULT_PAGE_SIZE: u64 = $size;
            const PAGE_MEMBER: &'static str = $wire;

            fn page(&self) -> ::core::option::Option<u64> {
                $crate::paging::shape::PageField::is_set(&self.$page).then(|| $crate::paging::shape::PageField::get(&self.$page))
            }

            fn page_size(&self) -> u64 {
                $crate::paging::shape::PageField::get(&self.$page_size)
            }

            fn set_page(&mut self, page: u64, size: u64) {
                self.$page = $crate::paging::shape::PageField::from_u64(page);
                self.$page_size = $crate::paging::shape::PageField::from_u64(size);
            }

            fn into_page(response: Self::Response) -> $crate::paging::shape::Page<$item> {
                $($crate::__paged!(@within response.$within, $item);)?
                let total = ::core::option::Option::None $(.or($crate::paging::shape::TotalField::total(response.$total)))?;
                $crate::paging::shape::Page { total, ..$crate::paging::shape::Page::of(response.$items) }
            }
        }
    };
    ($request:ident => $items:ident: $item:ty, $(total: $total:ident,)? offset: $offset:ident, limit: $limit:ident, default_size: $size:literal $(; within $within:ident)?) => {
        impl $crate::paging::Paged for $request {
            type Item = $item;
            const SHAPE: $crate::paging::PageShape = $crate::paging::PageShape::Offset;
            const DEFAULT_PAGE_SIZE: u64 = $size;

            fn page(&self) -> ::core::option::Option<u64> {
                ::core::option::Option::None
            }

            fn items_before(&self) -> u64 {
                $crate::paging::shape::PageField::get(&self.$offset)
            }

            fn page_size(&self) -> u64 {
                $crate::paging::shape::PageField::get(&self.$limit)
            }

            fn set_offset(&mut self, skip: u64, size: u64) {
                let start = $crate::paging::shape::PageField::get(&self.$offset);
                self.$offset = $crate::paging::shape::PageField::from_u64(start.saturating_add(skip));
                self.$limit = $crate::paging::shape::PageField::from_u64(size);
            }

            fn into_page(response: Self::Response) -> $crate::paging::shape::Page<$item> {
                $($crate::__paged!(@within response.$within, $item);)?
                let total = ::core::option::Option::None $(.or($crate::paging::shape::TotalField::total(response.$total)))?;
                $crate::paging::shape::Page { total, ..$crate::paging::shape::Page::of(response.$items) }
            }
        }
    };
    ($request:ident => $items:ident: $item:ty, token: $token:ident => $next:ident $(, $flag:ident: $field:ident)? $(; within $within:ident)?) => {
        impl $crate::paging::Paged for $request {
            type Item = $item;
            const SHAPE: $crate::paging::PageShape = $crate::paging::PageShape::Token;
            const DEFAULT_PAGE_SIZE: u64 = 0;

            fn page(&self) -> ::core::option::Option<u64> {
                ::core::option::Option::None
            }

            fn page_size(&self) -> u64 {
                0
            }

            fn token(&self) -> ::core::option::Option<&str> {
                $crate::paging::shape::TokenField::token(&self.$token)
            }

            fn set_token(&mut self, token: ::std::string::String) {
                self.$token = $crate::paging::shape::TokenField::from_token(token);
            }

            fn into_page(response: Self::Response) -> $crate::paging::shape::Page<$item> {
                $($crate::__paged!(@within response.$within, $item);)?
                let more = ::core::option::Option::None $(.or($crate::paging::shape::$flag(response.$field)))?;
                let next_token = response.$next;
                $crate::paging::shape::Page { next_token, more, ..$crate::paging::shape::Page::of(response.$items) }
            }
        }
    };
    // `response` becomes the object member that holds the page; an answer without it is an
    // empty page.
    (@within $response:ident.$within:ident, $item:ty) => {
        let ::core::option::Option::Some($response) = $response.$within else {
            return $crate::paging::shape::Page::of(::core::option::Option::None::<::std::vec::Vec<$item>>);
        };
    };
    (@base caller) => {
        ::core::option::Option::None
    };
    (@base $base:literal) => {
        ::core::option::Option::Some($base)
    };
}
