//! The connections a server accepted, in order, so that a test counts them without a clock.

use std::net::SocketAddr;
use std::sync::Arc;

use tokio::net::TcpStream;
use tokio::sync::watch;

/// The peer address of every connection accepted so far; clones share it.
#[derive(Debug, Clone)]
pub struct Accepted(Arc<watch::Sender<Vec<SocketAddr>>>);

impl Default for Accepted {
    fn default() -> Self {
        Accepted(Arc::new(watch::Sender::new(Vec::new())))
    }
}

impl Accepted {
    /// Notes a connection the server's accept loop took.
    pub fn record(&self, peer: SocketAddr) {
        self.0.send_modify(|peers| peers.push(peer));
    }

    /// How many connections reached the server at `addr` before now: a marker connection
    /// made now is accepted after every earlier one (the listen queue is first in, first
    /// out), so the count is final once the marker is recorded.
    pub async fn so_far(&self, addr: &str) -> usize {
        let marker = TcpStream::connect(addr).await.unwrap();
        let marker = marker.local_addr().unwrap();
        let mut accepted = self.0.subscribe();
        let peers = accepted.wait_for(|peers| peers.contains(&marker)).await.unwrap();
        peers.iter().position(|peer| *peer == marker).unwrap()
    }
}
