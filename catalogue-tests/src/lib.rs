//! The catalogue's tests, in one crate so every service links into one test binary per test
//! (`tests/`); this library is empty.
