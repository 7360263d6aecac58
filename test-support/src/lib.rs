//! What the tests of tc3's crates share, so that each is written once: the scripted
//! HTTP/1.1 server on 127.0.0.1 that clients are tested against ([`Server`]), and the command
//! that runs the official Python SDK's scripts ([`python::command`]).

mod accepted;
pub mod python;
mod server;

pub use accepted::Accepted;
pub use server::{Gate, Received, Reply, Server, read_request};
