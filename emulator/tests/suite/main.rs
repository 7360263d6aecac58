//! The emulator's tests in one binary, each file a module, so that the crate and its
//! dependencies are linked once; `support` holds what they share. Tests that need the process
//! to themselves stay apart: `connections.rs` (hundreds of sockets against the file limit) and
//! `fault_storm.rs` (thousands of calls).

mod support;

mod binary;
mod catalogue;
mod cost_explorer;
mod customer_queries;
mod debug_output;
mod documented_shapes;
mod downloads;
mod faults;
mod guard;
mod interop;
mod onboarding;
mod own_view;
mod page;
mod parameter_fuzz;
mod policy;
mod protocol;
mod record_replay;
mod request_fuzz;
mod scripts;
mod state_file;
mod streams;
mod temporary_credentials;
mod validation;
mod vouchers;
