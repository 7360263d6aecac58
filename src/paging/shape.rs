//! How requests and responses carry paging on the wire, and the one `impl Paged` that every
//! Page/PageSize action shares: `paged!` writes it from the field names alone.

/// A `Page` or `PageSize` member as a request holds it.
pub(crate) trait PageField {
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
pub(crate) trait TotalField {
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
macro_rules! paged {
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

            fn into_items(response: Self::Response) -> (Vec<$item>, Option<u64>) {
                let total = None $(.or($crate::paging::shape::TotalField::total(response.$total)))?;
                (response.$items.unwrap_or_default(), total)
            }
        }
    };
}
pub(crate) use paged;
