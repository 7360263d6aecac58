//! How requests and responses carry paging on the wire, and the one `impl Paged` that every
//! paged action shares: `paged!` writes it from the field names alone, for `Page`/`PageSize`
//! and for `Offset`/`Limit` requests. Used by generated code, not a public API.

/// A `Page` or `PageSize` member as a request holds it.
pub trait PageField {
    /// Its value, 0 when unset or negative.
    fn get(&self) -> u64;
    /// `value` in this member's type (saturating).
    fn from_u64(value: u64) -> Self;
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

/// `impl Paged` for a request with `page` and `page_size` members, whose response lists its
/// items in `$items` (and, when given, the total in `$total`):
/// `paged!(QueryCustomersCredit => data: QueryCustomersCreditData, total: total, default_size: 100);`
///
/// With `offset: $offset, limit: $limit`, for a request that says where its page starts by
/// item: the request's own offset is where the walk starts (its `page()` is 1), and page `n`
/// of `size` items starts `(n - 1) * size` items after it.
#[macro_export]
#[doc(hidden)]
macro_rules! __paged {
    ($request:ident => $items:ident: $item:ty, $(total: $total:ident,)? default_size: $size:literal) => {
        impl $crate::paging::Paged for $request {
            type Item = $item;
            const DEFAULT_PAGE_SIZE: u64 = $size;

            fn page(&self) -> u64 {
                $crate::paging::shape::PageField::get(&self.page)
            }

            fn page_size(&self) -> u64 {
                $crate::paging::shape::PageField::get(&self.page_size)
            }

            fn set_page(&mut self, page: u64, size: u64) {
                self.page = $crate::paging::shape::PageField::from_u64(page);
                self.page_size = $crate::paging::shape::PageField::from_u64(size);
            }

            fn into_items(response: Self::Response) -> (::std::vec::Vec<$item>, ::core::option::Option<u64>) {
                let total = ::core::option::Option::None $(.or($crate::paging::shape::TotalField::total(response.$total)))?;
                (response.$items.unwrap_or_default(), total)
            }
        }
    };
    ($request:ident => $items:ident: $item:ty, total: $total:ident, offset: $offset:ident, limit: $limit:ident, default_size: $size:literal) => {
        impl $crate::paging::Paged for $request {
            type Item = $item;
            const DEFAULT_PAGE_SIZE: u64 = $size;

            fn page(&self) -> u64 {
                1
            }

            fn items_before(&self) -> u64 {
                $crate::paging::shape::PageField::get(&self.$offset)
            }

            fn page_size(&self) -> u64 {
                $crate::paging::shape::PageField::get(&self.$limit)
            }

            fn set_page(&mut self, page: u64, size: u64) {
                let start = $crate::paging::shape::PageField::get(&self.$offset);
                let skip = page.saturating_sub(1).saturating_mul(size);
                self.$offset = $crate::paging::shape::PageField::from_u64(start.saturating_add(skip));
                self.$limit = $crate::paging::shape::PageField::from_u64(size);
            }

            fn into_items(response: Self::Response) -> (::std::vec::Vec<$item>, ::core::option::Option<u64>) {
                let total = $crate::paging::shape::TotalField::total(response.$total);
                (response.$items.unwrap_or_default(), total)
            }
        }
    };
}
