//! The room over loopback: joining, the gate, the facilitator's switches, bad input, the
//! page's crypto library against ours, and a real browser on a phone-sized screen.

mod browser;
mod cli;
mod client;
mod crypto;
mod format;
mod server;
